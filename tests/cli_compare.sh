#!/bin/sh
# --batch --compare: run B's CSV rows are, byte for byte, those of the run B
# is on its own (--batch --lr 1.0 ...), and A's those of the plain run (both
# checked against numpy by cli_csv_reference.sh and cli_data.sh); the log
# gives both runs' lines; every bad change is refused with one line, exit 2.
. "${top_srcdir:-.}/tests/lib.sh"

data="${top_srcdir:-.}/tests/reference/data"

# rows RUN FILE: FILE's rows of RUN without the run column, the header first.
rows() {
	echo "epoch,loss,train_acc,test_acc"
	sed -n "s/^$1,//p" "$2"
}

# same_as NAME "COMPARE ARGS" "A's ARGS" "B's ARGS": A's and B's rows against the runs alone.
same_as() {
	label=$1 both=$2 alone_a=$3 alone_b=$4
	# shellcheck disable=SC2086
	"$EDGEVIZ" --batch --epochs 12 $both --csv "$work/pair.csv" >"$work/pair.log" 2>&1
	check "$label: exit 0" test $? -eq 0
	# shellcheck disable=SC2086
	"$EDGEVIZ" --batch --epochs 12 $alone_a --csv "$work/a.csv" >/dev/null 2>&1
	# shellcheck disable=SC2086
	"$EDGEVIZ" --batch --epochs 12 $alone_b --csv "$work/b.csv" >/dev/null 2>&1
	rows A "$work/pair.csv" >"$work/pair-a.csv"
	rows B "$work/pair.csv" >"$work/pair-b.csv"
	check "$label: the CSV's header leads with run" test "$(head -n 1 "$work/pair.csv")" = "run,epoch,loss,train_acc,test_acc"
	check "$label: A's rows are '$alone_a' byte for byte" cmp -s "$work/pair-a.csv" "$work/a.csv"
	check "$label: B's rows are '$alone_b' byte for byte" cmp -s "$work/pair-b.csv" "$work/b.csv"
	check "$label: 12 epochs of each run" test "$(grep -c '^[AB],' "$work/pair.csv")" -eq 24
	check "$label: A and B differ" test "$(cut -d, -f3 "$work/pair-a.csv")" != "$(cut -d, -f3 "$work/pair-b.csv")"
}

files="--train-data $data/three-train.csv --test-data $data/horizontal-test.csv"
same_as "lr" "--compare lr=1.0" "" "--lr 1.0"
same_as "lr=0.5 on --lr 2" "--lr 2 --compare lr=0.5" "--lr 2" "--lr 0.5"
same_as "hidden" "--compare hidden=16" "" "--hidden 16"
same_as "activation" "--compare activation=tanh" "" "--activation tanh"
# A new seed draws new weights, not new data: B trains on A's sets, as --train-data makes it.
same_as "seed on files" "$files --compare seed=7" "$files" "$files --seed 7"
same_as "seed and lr" "$files --compare seed=7,lr=0.3" "$files" "$files --seed 7 --lr 0.3"
"$EDGEVIZ" --batch --epochs 0 --seed 9 --save "$work/start.weights" >/dev/null
same_as "lr from --load" "--load $work/start.weights --compare lr=0.7" "--load $work/start.weights" \
	"--load $work/start.weights --lr 0.7"

# The log: both runs' lines, labelled, each as the run alone prints it.
"$EDGEVIZ" --batch --epochs 41 --compare lr=1.0 >"$work/log" 2>&1
"$EDGEVIZ" --batch --epochs 41 --lr 1.0 >"$work/alone.log" 2>&1
"$EDGEVIZ" --batch --epochs 41 >"$work/plain.log" 2>&1
check "the log names B's change" grep -qx 'B Training 2-layer network: 25 -> 8 (ReLU) -> 2 (lr 1, seed 42: A with lr=1)' "$work/log"
check "B's epoch lines are --lr 1.0's" test "$(sed -n 's/^B  Epoch/  Epoch/p' "$work/log")" = "$(grep '^  Epoch' "$work/alone.log")"
check "A's epoch lines are the plain run's" test "$(sed -n 's/^A  Epoch/  Epoch/p' "$work/log")" = "$(grep '^  Epoch' "$work/plain.log")"
check "three epoch lines each" test "$(grep -c '^[AB]  Epoch' "$work/log")" -eq 6
check "B's test accuracy is --lr 1.0's" test "$(sed -n 's/^B Test/Test/p' "$work/log")" = "$(grep '^Test' "$work/alone.log")"
check "A's test accuracy is the plain run's" test "$(sed -n 's/^A Test/Test/p' "$work/log")" = "$(grep '^Test' "$work/plain.log")"
# With the CSV on standard output the log moves to standard error.
run_edgeviz --batch --epochs 2 --compare lr=1.0 --csv -
check "--csv -: only the CSV on stdout" test "$(grep -vc '^run,\|^[AB],' "$work/out")" -eq 0
check "--csv -: the log on stderr" grep -q '^B  Epoch  0' "$work/err"

# expect WORDS ARGS...: exit 2, one line on stderr that holds WORDS, nothing on stdout.
expect() {
	words=$1
	shift
	run_edgeviz "$@"
	if [ "$status" -ne 2 ]; then
		fail "$*: exit $status, expected 2 ($(head -c 200 "$work/err"))"
	elif [ "$(wc -l <"$work/err")" -ne 1 ] || ! grep -qF "edgeviz: $words" "$work/err"; then
		fail "$*: stderr is not 'edgeviz: $words...': $(head -c 200 "$work/err")"
	elif [ -s "$work/out" ]; then
		fail "$*: wrote to stdout"
	else
		pass "$* -> 2: $(cat "$work/err")"
	fi
}
expect "--compare: lr=0: the learning rate must be a finite number above 0" --batch --compare lr=0
expect "--compare: lr=abc: the learning rate" --batch --compare lr=abc
expect "--compare: lr=inf: the learning rate" --batch --compare lr=inf
expect "--compare: lr=: the learning rate" --batch --compare lr=
expect "--compare: seed=-1: the seed must be a whole number, 0 to 4294967295" --compare seed=-1
expect "--compare: seed=4294967296: the seed" --batch --compare seed=4294967296
expect "--compare: hidden=0: the hidden size must be a whole number, 1 to 64" --batch --compare hidden=0
expect "--compare: hidden=65: the hidden size" --batch --compare hidden=65
expect "--compare: activation=soft: not relu, leaky, sigmoid or tanh" --batch --compare activation=soft
expect "--compare: 'epochs' is not lr, activation, seed or hidden" --batch --compare epochs=3
expect "--compare: 'lr' is not KEY=VALUE" --batch --compare lr
expect "--compare: an empty change" --batch --compare ''
expect "--compare: an empty change" --batch --compare lr=1,
expect "--compare: lr is given twice" --batch --compare lr=1,lr=2
expect "--compare is given twice" --batch --compare lr=1 --compare seed=3
expect "--compare cannot be used with --trace" --trace --compare lr=1
expect "--compare cannot be used with --trace, --narrate or --replay" --narrate --compare lr=1
expect "--save and --map keep one run" --batch --compare lr=1 --save "$work/w"
expect "--save and --map keep one run" --batch --compare lr=1 --map "$work/m"
expect "option '--compare' needs a value" --batch --compare

finish
