#!/bin/sh
# Data files on the command line: --batch on numpy's fixtures bit for bit
# (tests/reference/make_data_reference.py made them; see its README), the
# seed's starting weights kept, standard input, --trace's patch, and every
# refusal: exit 1 (a bad file) or 2 (bad options), one line, nothing on stdout.
. "${top_srcdir:-.}/tests/lib.sh"

data="${top_srcdir:-.}/tests/reference/data"

# fixture NAME EPOCHS [test]: edgeviz --batch --csv on NAME's files is numpy's CSV, byte for byte.
fixture() {
	set -- "$1" "$2" "${3:-}"
	if [ "$3" = test ]; then
		run_edgeviz --batch --train-data "$data/$1-train.csv" --test-data "$data/$1-test.csv" \
			--epochs "$2" --csv -
	else
		run_edgeviz --batch --train-data "$data/$1-train.csv" --epochs "$2" --csv -
	fi
	if [ "$status" -ne 0 ]; then
		fail "$1: exit $status: $(head -c 200 "$work/err")"
	elif cmp -s "$work/out" "$data/$1-e$2.csv"; then
		pass "$1: every epoch's loss and accuracies are numpy's, bit for bit"
	else
		fail "$1: differs from numpy: $(diff "$work/out" "$data/$1-e$2.csv" | head -3)"
	fi
}

fixture horizontal 30 test
fixture three 50
fixture thousand 5 test

# The default network learns horizontal edges to 100% on their test set.
run_edgeviz --batch --train-data "$data/horizontal-train.csv" --test-data "$data/horizontal-test.csv" --epochs 30
check "horizontal edges: 100% of the test set" grep -qx 'Test Accuracy: 40/40 = 100.0%' "$work/out"
check "the log keeps its form" grep -q '^  Epoch 20: Loss = ' "$work/out"

# The README's two-line example, run as it is written there (./src/edgeviz being the one
# built here): it makes six patches, three horizontal edges and three grays, and learns them.
sed -n '/^\*\*Your own data\*\*/,/^The seed still draws/p' "${top_srcdir:-.}/README.md" |
	sed -n 's/^    //p' | sed "s|\./src/edgeviz|\"\$EDGEVIZ\"|" >"$work/readme.sh"
if [ "$(wc -l <"$work/readme.sh")" -eq 2 ] && (cd "$work" && EDGEVIZ=$EDGEVIZ sh readme.sh >readme.out 2>&1) &&
	[ "$(grep -c ',edge$' "$work/flat.csv")" -eq 3 ] && [ "$(grep -c ',no-edge$' "$work/flat.csv")" -eq 3 ] &&
	grep -qx 'Test Accuracy: 6/6 = 100.0%' "$work/readme.out"; then
	pass "the README's two-line example makes a data file and learns it"
else
	fail "the README's example: $(cat "$work/readme.sh" "$work/readme.out" 2>&1 | head -c 600)"
fi

# The seed still draws the tutorial's sets first: the starting weights are the default run's.
run_edgeviz --batch --epochs 0 --save "$work/drawn.weights"
run_edgeviz --batch --epochs 0 --save "$work/file.weights" --train-data "$data/three-train.csv" \
	--test-data "$data/horizontal-test.csv"
check "the same starting weights as the drawn sets'" cmp -s "$work/drawn.weights" "$work/file.weights"

# Standard input for one of them gives the same run as the file.
"$EDGEVIZ" --batch --train-data - --epochs 3 --csv - <"$data/three-train.csv" >"$work/stdin.csv" 2>/dev/null
"$EDGEVIZ" --batch --train-data "$data/three-train.csv" --epochs 3 --csv - >"$work/path.csv" 2>/dev/null
check "--train-data - reads standard input" cmp -s "$work/stdin.csv" "$work/path.csv"
check "... and trains on it" test "$(wc -l <"$work/stdin.csv")" -eq 4

# --trace: the first patch of the file, unless --patch gives one; the test set's answers.
run_edgeviz --trace --train-data "$data/horizontal-train.csv" --test-data "$data/horizontal-test.csv"
check "--trace shows the file's first patch" grep -q 'true label .*(the first patch of .*horizontal-train.csv)' "$work/out"
check "--trace counts the test set before and after" \
	grep -q '^Test set (.*horizontal-test.csv): [0-9]*/40 right before the update, [0-9]*/40 after$' "$work/out"
run_edgeviz --trace --train-data "$data/horizontal-train.csv" --patch edge
check "--trace keeps a --patch of its own" grep -q '(edge):$' "$work/out"

# expect STATUS WORDS ARGS...: exit STATUS, one line on stderr that holds WORDS, nothing on stdout.
expect() {
	want=$1 words=$2
	shift 2
	run_edgeviz "$@"
	if [ "$status" -ne "$want" ]; then
		fail "$*: exit $status, expected $want ($(head -c 200 "$work/err"))"
	elif [ "$(wc -l <"$work/err")" -ne 1 ] || ! grep -qF "edgeviz: $words" "$work/err"; then
		fail "$*: stderr is not 'edgeviz: $words...': $(head -c 200 "$work/err")"
	elif [ -s "$work/out" ]; then
		fail "$*: wrote to stdout"
	else
		pass "$* -> $want: $(cat "$work/err")"
	fi
}

good="$data/three-train.csv"
row="0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5"
printf '# a bad file\n%s,0.5,edge\n%s,1.5,edge\n' "$row" "$row" >"$work/range.csv"
printf '%s,edge\n' "$row" >"$work/24.csv"
printf '%s,0.5,0.5,edge\r\n' "$row" >"$work/26.csv"
printf '%s,0.5,maybe\n' "$row" >"$work/label.csv"
printf '# only a comment\n\n' >"$work/empty.csv"
printf '%s,0.5,edge\n%s,0\0005,edge\n' "$row" "$row" >"$work/nul.csv"
awk -v row="$row" 'BEGIN { print row ",0.5,edge"; printf "#"; for (i = 0; i < 10000; i++) printf " "; print "" }' \
	>"$work/long.csv"
awk -v row="$row" 'BEGIN { print "# 100,001 patches"; for (i = 0; i <= 100000; i++) print row ",0,1" }' \
	>"$work/many.csv"
for mode in --batch --trace; do
	expect 1 "$work/range.csv:3: value 25 (1.5) is outside [0, 1]" $mode --train-data "$work/range.csv"
	expect 1 "$work/24.csv:1: 24 values before the label" $mode --test-data "$work/24.csv"
	expect 1 "$work/26.csv:1: 26 values before the label" $mode --train-data "$work/26.csv"
	expect 1 "$work/label.csv:1: unknown label 'maybe'" $mode --train-data "$work/label.csv"
	expect 1 "$work/empty.csv:2: no patches" $mode --train-data "$work/empty.csv"
	expect 1 "$work/nul.csv:2: a NUL byte" $mode --train-data "$work/nul.csv"
	expect 1 "$work/long.csv:2: line longer than 10000 characters" $mode --test-data "$work/long.csv"
	expect 1 "$work/many.csv:100002: more than 100000 patches" $mode --train-data "$work/many.csv"
	expect 1 "cannot open '$work/missing.csv'" $mode --train-data "$work/missing.csv"
done
expect 1 "$work/range.csv:3:" --batch --train-data "$good" --test-data "$work/range.csv"
"$EDGEVIZ" --batch --train-data - <"$work/label.csv" >"$work/out" 2>"$work/err"
check "standard input is named in the message" grep -qxF "edgeviz: (standard input):1: unknown label 'maybe' (edge, no-edge, 1 or 0)" "$work/err"
expect 2 "--train-data and --test-data cannot both read standard input" --batch --train-data - --test-data -
expect 2 "--train-size cannot be used with --train-data" --batch --train-data "$good" --train-size 10
expect 2 "--test-size cannot be used with --test-data" --batch --test-data "$good" --test-size 10
expect 2 "--train-data: the file name is empty" --batch --train-data ''
expect 2 "option '--test-data' needs a value" --batch --test-data

finish
