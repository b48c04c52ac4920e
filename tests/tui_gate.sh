#!/bin/sh
# The activation key: a cycles the hidden layer's gate relu -> leaky ->
# sigmoid -> tanh -> relu, restarting the run at step 0 and saying so; the
# status line names the gate; the panels speak of blocking only under ReLU.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_wait_for '^ epoch .* relu ' "the status line names the gate: relu"
tui_keys Space Space s
tui_wait_for ' step 2 ' "two steps and a forward pass"
tui_wait_for 'passed ReLU, [0-9]+ blocked' "ReLU: blocked neurons counted"

tui_keys a y
tui_wait_for 'gate: leaky \(run restarted at step 0\)' "a: leaky ReLU, said"
tui_wait_for '^ epoch 0 .* step 0 .* leaky ' "restarted at step 0, status says leaky"
tui_keys s
tui_wait_for 'leaks 1%' "leaky: below-zero neurons leak 1%"
if tui_screen | grep -q 'blocked'; then
	tui_fail "leaky ReLU still says blocked"
else
	tui_pass "leaky: nothing said blocked"
fi

tui_keys a
tui_wait_for 'gate: sigmoid \(run restarted at step 0\)' "a: sigmoid, said"
tui_keys s
tui_wait_for 'h=sigm' "the h column names sigmoid"
tui_wait_for 'no neuron is blocked' "the narration: sigmoid blocks nothing"
if tui_screen | grep -Eq 'ReLU|[0-9] blocked'; then
	tui_fail "sigmoid still speaks of ReLU or blocked neurons"
else
	tui_pass "sigmoid: no ReLU, no blocked"
fi
tui_keys s s
tui_wait_for 'sigmoid scales dh by' "backward under sigmoid: dh scaled"

tui_keys a
tui_wait_for 'gate: tanh \(run restarted at step 0\)' "a: tanh, said"
tui_wait_for '^ epoch .* tanh ' "status: tanh"
tui_keys a
tui_wait_for 'gate: relu \(run restarted at step 0\)' "a: back to relu"
tui_keys s
tui_wait_for 'passed ReLU' "ReLU again blocks"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
