#!/bin/sh
# Bad command lines: one line on stderr, nothing on stdout, exit 2.
# Files that cannot be read or written: one line, exit 1.
. "${top_srcdir:-.}/tests/lib.sh"

# expect STATUS ARGS...: the run exits STATUS with one line on stderr and none on stdout.
expect() {
	want=$1
	shift
	run_edgeviz "$@"
	said=$(printf '%.60s' "$*")
	if [ "$status" -ne "$want" ]; then
		fail "edgeviz $said: exit $status, expected $want"
	elif [ "$(wc -l <"$work/err")" -ne 1 ] || ! grep -q '^edgeviz: ' "$work/err"; then
		fail "edgeviz $said: stderr is not one 'edgeviz: ' line: $(head -c 200 "$work/err")"
	elif [ -s "$work/out" ]; then
		fail "edgeviz $said: wrote to stdout"
	else
		pass "edgeviz $said -> $want: $(head -c 200 "$work/err")"
	fi
}

expect 2 --bogus
expect 2 -x
expect 2 --batch --seed
expect 2 --batch --seed -1
expect 2 --batch --seed 4294967296
expect 2 --batch --seed 12abc
expect 2 --batch --seed ''
expect 2 --batch --hidden 0
expect 2 --batch --hidden 65
expect 2 --batch --hidden 8.5
expect 2 --batch --lr 0
expect 2 --batch --lr -0.1
expect 2 --batch --lr nan
expect 2 --batch --lr inf
expect 2 --batch --lr 1e999
expect 2 --batch --lr fast
expect 2 --batch --activation swish
expect 2 --batch --csv ''
check "--csv '' says the name is empty" grep -q -- "--csv: the file name is empty" "$work/err"
expect 2 --batch --epochs -1
expect 2 --batch --epochs 99999999999999999999999
expect 2 --batch --train-size 0
expect 2 --batch --test-size 100001
expect 2 --batch --trace
expect 2 --csv out.csv
expect 2 --batch --patch edge
expect 2 --trace --patch nothing
expect 2 --trace --patch 0.1,0.2
expect 2 --trace --save w
expect 2 --batch extra-argument
expect 2 --batch --record demo.txt
expect 2 --trace --tour
expect 2 --batch --quiz
expect 2 --narrate --quiz
expect 2 --record a.txt --replay b.txt
expect 2 --theme pink
expect 2 --batch --seed "$(printf '%0100000d' 0 | tr 0 9)"
expect 1 --batch --load "$work/missing"
expect 1 --batch --load /dev/null
expect 1 --batch --load "$work"
expect 1 --batch --epochs 1 --csv "$work/no/dir/x.csv"
expect 1 --batch --epochs 1 --save "$work/no/dir/w"
expect 1 --trace --load "$work/missing"
expect 1 --batch --epochs 0 --save /dev/full
check "a device is never replaced by a save" test -c /dev/full
expect 1 --batch --epochs 0 --save "$work"
printf 'edgeviz-weights 1\ninputs 25\nhidden 2\n' >"$work/short.w"
expect 1 --batch --load "$work/short.w"
check "a short file's line is named" grep -q "short.w:4: file ends early" "$work/err"

# A file size limit: the write fails (EFBIG) and is reported; the old file stays.
printf 'old\n' >"$work/limited"
(ulimit -f 1 && "$EDGEVIZ" --batch --epochs 0 --hidden 64 --save "$work/limited" >/dev/null 2>"$work/err")
status=$?
check "over the file size limit: exit 1" test "$status" -eq 1
check "over the file size limit: says so" grep -q "cannot write .*limited.*too large" "$work/err"
check "over the file size limit: old file kept" test "$(cat "$work/limited")" = old
check "over the file size limit: no temporary file" test -z "$(find "$work" -name 'limited.tmp-*')"

# Not a terminal: the visualizer says so and points to --batch.
expect 2
check "no terminal points to --batch" grep -q -- '--batch' "$work/err"
if command -v script >/dev/null 2>&1; then
	TERM=dumb script -qec "$EDGEVIZ" /dev/null >"$work/out" 2>&1 </dev/null
	check "TERM=dumb is refused" grep -q 'TERM is unset or dumb' "$work/out"
else
	skip "no script(1) (bsdutils): TERM=dumb on a terminal not tried"
fi

for ok in --help -h --version -V; do
	run_edgeviz "$ok"
	check "$ok exits 0 with output" test "$status" -eq 0 -a -s "$work/out" -a ! -s "$work/err"
done
check "--version names the program" grep -q '^edgeviz [0-9]' "$work/out"

finish
