#!/bin/sh
# The tour and the Output panel use the same numbers for the same softmax
# (issue 9, point 7), and one line says why the core subtracts the max
# first. seed 42's first sample: z2 = [-0.278, +1.170], so e^(z2 - max) =
# [e^-1.448, e^0] = [0.235, 1.000] and p(Edge) = 0.235 / 1.235 = 0.190, the
# tutorial's e^-0.28 / (e^-0.28 + e^1.17) with e^1.17 taken out of both.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --tour
tui_wait_for 'Tour 1/9' "the tour opens"
tui_keys s '>' '>' '>'
tui_wait_for 'Tour 4/9: Softmax' "the softmax page"
tui_wait_for 'e\^\(z-max\) +0\.235 +1\.000' "the Output panel: e^(z-max) 0.235 1.000"
tui_wait_for 'e\^\(z2 - max\) = \[0\.235, 1\.000\];  p\(Edge\) = 0\.235 / \(0\.235 \+ 1\.000\) = 0\.190' \
	"the tour: the same numbers"
tui_wait_for 'p = e/sum +0\.190 +0\.810' "the Output panel's p: the tour's"
tui_wait_for 'lose the larger one \(z - max\): p' "the tour says why the max is subtracted"
tui_wait_for 'stays the same, and e\^z cannot overflow' "it changes nothing in p"
if tui_screen | grep -q 'e^-0\.28'; then
	tui_fail "the tour still uses other numbers than the Output panel"
else
	tui_pass "no second set of numbers"
fi
tui_keys q
tui_wait_exit

tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s
tui_wait_for 'p\(Edge\) = 0\.235 / \(0\.235 \+ 1\.000\) = 0\.190' "160x48: the Output panel's softmax written out"
tui_wait_for 'minus the max: the same p, e\^z can.t overflow' "and the line that says why"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
