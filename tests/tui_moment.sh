#!/bin/sh
# In the update phase every panel says which moment it shows (issue 9,
# point 3): the pass on screen (input's guess, hidden layer, output, the
# neuron inspector's template) was made with the weights before the update;
# the Weights panel shows them after it. Before the update phase no title
# speaks of it. At 80x24 the titles shorten to ", before" / ", after".
. "$(dirname "$0")/tui_lib.sh"

tui_start 120 36
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s s s
tui_wait_for ' step 0  backward ' "the backward phase"
if tui_screen | grep -Eq ', (before|after)( the update)? ─'; then
	tui_fail "a moment named before the update phase"
else
	tui_pass "no moment named before the update phase"
fi
tui_keys s
tui_wait_for ' step 1  update ' "the update phase"
for title in 'Hidden layer, before the update' 'Output, before the update' \
	'Neuron h0 \(Tab: next\), before the update' \
	'Weights W1: red < 0, blue > 0, \|w\| up to 1\.16, after the update'; do
	tui_wait_for "─ $title ─" "120x36: '$title'"
done
# What the inspector shows is the template before the update: b1[0] was
# +0.000 (the Update panel's old value), not the new +0.0088.
tui_wait_for 'z1 = sum of the 25 products \+ b1 \(\+0\.000\) = \+1\.664' "the inspector: b1 before the update"
tui_wait_for 'b1\[0\] +\+0\.0000 -0\.08761 +\+0\.0088' "the Update panel: old and new"
tui_keys q
tui_wait_exit

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s s s s
tui_wait_for ' step 1 update ' "80x24: the update phase"
for title in 'Input, before' 'Hidden layer, before' 'Output, before' \
	'W1: red < 0, blue > 0, \|w\| up to 1\.16, after'; do
	tui_wait_for "─ $title ─" "80x24: '$title'"
done
tui_keys Space
tui_wait_for ' step 2 update ' "the next step"
tui_wait_for '─ Hidden layer, before ─' "still labelled"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
