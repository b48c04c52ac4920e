#!/bin/sh
# The options the visualizer takes besides the headless modes' ones: --seed,
# --activation, --train-size and --test-size shape its run, --ascii draws
# with ASCII even in a UTF-8 locale, --theme dark is the default's look; and
# the file keys that fail say why and change nothing: o with no file, w to a
# --save path that cannot be written, and the exports c, g, S.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --seed 7 --activation tanh --train-size 30 --test-size 10
tui_wait_for 'Hidden layer' "the panels appear"
tui_wait_for ' seed 7 ' "--seed 7 on the status line"
tui_wait_for ' gate tanh ' "--activation tanh on the status line"
tui_wait_for ' sample 0/30 ' "--train-size 30: 30 samples an epoch"
tui_keys t
tui_wait_for 'test #0/10' "--test-size 10: a test set of 10"
tui_keys q
tui_wait_exit
tui_expect_status 0

# --ascii in a UTF-8 locale: ASCII rules, and not one byte above 127.
tui_start 80 24 --ascii
tui_wait_for 'Hidden layer' "the panels appear with --ascii"
tui_keys s
tui_wait_for 'passed ReLU' "a forward pass (bars and marks on screen)"
tui_wait_for '^- Input -' "--ascii: ASCII rules in a UTF-8 locale"
if tui_screen | LC_ALL=C grep -q "$(printf '[\200-\377]')"; then
	tui_fail "--ascii: non-ASCII characters on screen"
else
	tui_pass "--ascii: only ASCII on screen"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# --theme dark is the default: the same screen, colors and all.
tui_start 80 24
tui_wait_for 'Hidden layer' "the default theme"
tui_keys s
tui_wait_for 'passed ReLU' "a forward pass"
default=$(tui_settled; tui_screen_attributes)
tui_keys q
tui_wait_exit
tui_start 80 24 --theme dark
tui_wait_for 'Hidden layer' "--theme dark starts"
tui_keys s
tui_wait_for 'passed ReLU' "a forward pass"
dark=$(tui_settled; tui_screen_attributes)
if [ "$default" = "$dark" ]; then
	tui_pass "--theme dark looks as the default, colors and all"
else
	tui_fail "--theme dark differs from the default"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# Files that cannot be read or written: one line why, the run untouched.
mkdir "$tui_dir/edgeviz-loss.csv" "$tui_dir/edgeviz-screen.txt" "$tui_dir/edgeviz-h0.pgm"
tui_start 80 24 --save nodir/w.weights
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space Space
tui_wait_for ' step 2 ' "two steps"
# (past step 0, o asks first: y goes ahead)
tui_keys o y
tui_wait_for 'not loaded: .*edgeviz\.weights' "o with no edgeviz.weights: not loaded, and why"
tui_wait_for ' step 2 ' "the run untouched"
tui_keys w
tui_wait_for 'not saved: .*nodir/w\.weights' "w to a --save path in no directory: not saved, and why"
if [ -e "$tui_dir/nodir" ] || [ -e "$tui_dir/edgeviz.weights" ]; then
	tui_fail "w wrote somewhere else"
else
	tui_pass "nothing written"
fi
tui_keys e
tui_wait_for ' step 100 ' "an epoch, for the loss history"
tui_keys c
tui_wait_for 'not exported: .*edgeviz-loss\.csv' "c where the CSV cannot go: not exported, and why"
tui_keys g
tui_wait_for 'not exported: .*edgeviz-h0\.pgm' "g where a PGM cannot go: not exported, and why"
tui_keys S
tui_wait_for 'not exported: .*edgeviz-screen\.txt' "S where the screen text cannot go: not exported, and why"
tui_check_whole "the screen stays whole"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
