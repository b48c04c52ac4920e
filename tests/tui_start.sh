#!/bin/sh
# The visualizer starts paused at step 0 with every panel of the 80x24 screen
# titled, the help overlay lists the keys (every training key on its first
# page, two columns at 80x24) and closes, and q quits with status
# 0 and the terminal restored.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
screen=$(tui_screen)
for title in 'Input' 'Hidden layer' 'Output' 'Weights W1' 'Loss' \
	'epoch 0' 'sample 0/100' 'step 0' 'ready' 'lr 0\.1' 'seed 42' 'paused' \
	'10 steps/s' 'Step 0, nothing trained' '\? help' 'q quit' 'label +No Edge'; do
	if printf '%s\n' "$screen" | grep -Eq -- "$title"; then
		tui_pass "80x24 shows /$title/"
	else
		tui_fail "80x24 lacks /$title/"
	fi
done
lines=$(printf '%s\n' "$screen" | wc -l)
[ "$lines" -le 24 ] && tui_pass "fits in 24 lines" || tui_fail "$lines lines"

tui_keys '?'
tui_wait_for 'every key' "? opens the help"
for key in 'back one step, exactly' 'run / pause' 'learning rate down, up' 'two runs side by side' 'paint your own patch' \
	'browse the test set' 'save the weights' 'load weights' 'quit' \
	'back one phase, exactly' 'what training added' 'the whole learning curve' \
	"the tutorial's figures" 'decision map' 'edge column k up' 'neuron health' \
	'equation of the previous value' 'export the screen as text' 'redraw the screen' \
	'this help'; do
	if tui_screen | grep -q -- "$key"; then
		tui_pass "help lists '$key'"
	else
		tui_fail "help lacks '$key'"
	fi
done
tui_keys x
tui_wait_gone 'every key' "any key closes the help"
tui_wait_for 'step 0 ' "closing the help did not step"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_check_restored
tui_finish
