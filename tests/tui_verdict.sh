#!/bin/sh
# The Input panel says what its percentage is (issue 9, point 5): how sure
# the network is of its guess ("✗ wrong: 77.9% sure of No Edge"), not a
# bare "✗ wrong 77.9%" that reads as "77.9% wrong". The figures are the
# Output panel's on the same screen: seed 42's first training sample gets
# p(No Edge) = 0.810 (right), its first test sample p(No Edge) = 0.779 with
# the label Edge (wrong).
. "$(dirname "$0")/tui_lib.sh"

tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s
tui_wait_for 'No Edge .*81\.0%' "the Output panel: No Edge 81.0%"
tui_wait_for '✓ right: 81\.0% sure of No Edge' "160x48: right, and how sure of what"
tui_keys t
tui_wait_for 'No Edge .*77\.9%' "a test sample: No Edge 77.9%"
tui_wait_for '✗ wrong: 77\.9% sure of No Edge' "160x48: wrong, and how sure of what"
tui_keys q
tui_wait_exit

tui_start 120 36
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys t
tui_wait_for '✗ wrong: 77\.9% sure( |$)' "120x36: the shorter form"
tui_keys q
tui_wait_exit

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys t
tui_wait_for '✗ wrong: ' "80x24: the verdict"
tui_wait_for '^ 77\.9% sure ' "and below it, how sure"
if tui_screen | grep -Eq '(right|wrong) +[0-9.]+%'; then
	tui_fail "a bare percentage after the verdict"
else
	tui_pass "no bare percentage after the verdict"
fi
tui_keys Escape
tui_wait_gone 'test set' "back to training"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
