#!/bin/sh
# The training set's size in the status line at 80 columns: with the seed's
# data it gives way (the line is full; "sample 0/100" says it anyway), but
# once the data is one's own it stays: after A (in the patch editor too, and
# stepping on), after X, and from the start with --train-data; the seed,
# the gate and then the speed give way for it. b back before the
# add makes the data the seed's again, and the size gives way again.
. "$(dirname "$0")/tui_lib.sh"

# Paint a bright left half over an empty patch (from the editor's cursor 0).
paint_some() {
	tui_keys c
	for row in 1 2 3 4 5; do
		tui_keys 9 Right 9 Down Left
	done
}

status_has() { # status_has PATTERN MESSAGE
	tui_wait_for "^ epoch .*$1" "$2"
}

tui_start 80 24
tui_wait_for 'Hidden layer' "the visualizer at 80x24"
line=$(tui_screen | head -n 1)
if printf '%s\n' "$line" | grep -q ' sample 0/100 step 0 ready lr 0\.1 ' &&
	! printf '%s\n' "$line" | grep -q ' train '; then
	tui_pass "the seed's data: no room for the size, as before"
else
	tui_fail "the status line with the seed's data: $line"
fi
tui_keys p
tui_wait_for 'Your patch' "p: the patch editor"
paint_some
tui_wait_for 'r4 c0 = 0\.90' "a patch painted"
tui_keys A
status_has ' sample 0/101 train 101 step 0 ready lr 0\.1 .*painting' "A: train 101 at 80 columns, in the editor"
tui_keys Escape Space
status_has ' sample 0/101 train 101 step 1 ' "a step: still train 101"
line=$(tui_screen | head -n 1)
if printf '%s\n' "$line" | grep -q ' paused 10 steps/s *$' && ! printf '%s\n' "$line" | grep -q 'seed'; then
	tui_pass "the seed gave way to it, the speed stayed: $line"
else
	tui_fail "what gave way: $line"
fi
tui_keys b
status_has ' train 101 step 0 ' "b: step 0, the patch still added"
tui_keys b
status_has ' sample 0/100 step 0 ' "b again: back before the add"
if ! tui_screen | head -n 1 | grep -q ' train '; then
	tui_pass "the seed's data again: the size gives way again"
else
	tui_fail "train N still shown with the seed's data"
fi
# X takes a patch out in the browser: one's own data too.
tui_keys t x X
tui_wait_for 'removed training patch 0: train 99' "X removes a training patch"
status_has ' train 99 ' "X: train 99 at 80 columns"
tui_keys q
tui_wait_exit
tui_expect_status 0

# A data file: one's own data from the start.
cp "${top_srcdir:-.}/tests/reference/data/horizontal-train.csv" "$tui_dir/flat.csv"
tui_start 80 24 --train-data flat.csv --epochs 5000
status_has ' sample 0/100 train 100 step 0 ready lr 0\.1 ' "--train-data: train 100 at 80 columns"
tui_keys + + + r
status_has ' train 100 .* running 100 steps/s *$' "running: the size and the speed both"
tui_keys + + + + + + +
status_has ' train 100 step [0-9]{6} .* running *$' "at six-digit steps the speed gives way, the size stays"
tui_keys r q
tui_wait_exit
tui_expect_status 0
tui_finish
