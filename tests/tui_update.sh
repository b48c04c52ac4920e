#!/bin/sh
# The update, seen, on a large screen: after a step, under each neuron's
# template the change the update made to its 25 weights, as a heatmap (blue
# up, red down, white for a neuron ReLU blocked: its weights did not move),
# and beside it the selected neuron's old weight, gradient and new weight.
. "$(dirname "$0")/tui_lib.sh"

TUI_ENV='TERM=screen-256color'
tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
if tui_screen | grep -q 'Below: the last update'; then
	tui_fail "a change shown before any update"
else
	tui_pass "no change before the first update"
fi
tui_keys Space
tui_wait_for 'Below: the last update \(blue up, red down, \|dW1\| <= 0\.052\)' "a step: the change heatmaps and their scale"
# The first sample: h0 went up (blue 25), h1 down (red 124), h2 blocked (white 255).
row=$(tui_screen_attributes | grep -n 'Below: the last update' | cut -d: -f1)
maps=$(tui_screen_attributes | sed -n "$((row + 1))p")
if printf '%s' "$maps" | grep -Eq '48;5;25m {10}.*48;5;124m {10}.*48;5;255m {10}'; then
	tui_pass "h0 up, h1 down, h2 (blocked) unchanged"
else
	tui_fail "the change heatmaps' colors"
	printf '%s\n' "$maps" | cat -v | cut -c 1-300
fi
tui_wait_for 'Update of h0: new = old - lr x grad' "the selected neuron's update beside"
tui_wait_for 'old gradient +new' "old, gradient, new"
tui_wait_for 'b1\[0\] +\+0\.0000 -0\.08761 +\+0\.0088' "its bias: old, gradient, new"
tui_keys Tab
tui_wait_for 'Update of h1' "Tab: the next neuron's update"
# z: larger pictures in place of the neuron and the update; z again: back.
tui_keys z
tui_wait_gone 'Update of h1' "z: the update makes room"
tui_wait_gone 'Neuron h1:' "and the neuron"
tui_wait_for '─ Loss \(log scale\) ─' "the loss panel takes the space"
tui_keys z
tui_wait_for 'Update of h1' "z again: the update is back"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
