#!/bin/sh
# The patch editor: paint a patch and see the prediction follow, with no
# training; then browse the test set, also without training.
. "$(dirname "$0")/tui_lib.sh"

# tui_percent: the prediction's confidence shown under the patch.
tui_guess() {
	tui_screen | grep -Eo '(right|wrong|WRONG):|[0-9.]+% sure' | tr '\n' ' '
}

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys e
tui_wait_for ' step 100 ' "an epoch trained first"

tui_keys p
tui_wait_for 'Your patch' "p: the patch editor"
tui_wait_for 'painting' "the status line says so"
tui_keys x
tui_wait_for 'now: edge' "x: the tutorial's edge example"
edge=$(tui_guess)
tui_wait_for 'label Edge' "with its label"

# Paint it into the inverted edge: bright left, dark right, every row.
tui_keys c
for row in 1 2 3 4 5; do
	tui_keys 9 Right 9 Right 1 Right 1 Right 1 Down Left Left Left Left
done
tui_wait_for 'r4 c0 = 0\.90' "the cursor went down the rows painting"
painted=$(tui_guess)
if [ -n "$edge" ] && [ -n "$painted" ] && [ "$edge" != "$painted" ]; then
	tui_pass "the prediction followed the paint ($edge -> $painted)"
else
	tui_fail "the prediction did not change ($edge -> $painted)"
fi
# A mouse click (xterm's X10 report: button 1 at column 9, row 4) toggles that pixel.
tui_keys -l "$(printf '\033[M )$')"
tui_wait_for 'r1 c2 = 0\.90' "a click on the second row, third column (r1 c2) paints it bright"
tui_keys L
tui_wait_for 'label No Edge' "L switches the label"
tui_wait_for ' step 100 ' "painting trained nothing"

tui_keys Escape
tui_wait_for '─ Input[ ,]' "Esc: back to training"
tui_wait_gone 'painting' "the editor is closed"

tui_keys t
tui_wait_for 'test #0/20' "t: the first test sample"
tui_keys Right
tui_wait_for 'test #1/20' "right: the next one"
tui_wait_for 'Test sample 1/20, no training' "the narration says it does not train"
tui_keys t
tui_wait_gone 'test #' "t again: back to training"
tui_wait_for ' step 100 ' "browsing trained nothing"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
