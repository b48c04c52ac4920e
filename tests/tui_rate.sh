#!/bin/sh
# A shown update names the rate it was made with (issue 9, point 1). The
# first step is made at lr 0.1; ] ] then raise the rate to 0.5 for the steps
# to come. The update on screen is still the 0.1 one: b1[0] = +0.0000 - 0.1
# x (-0.0876) = +0.0088 (0.5 would give +0.0438), in the narration, the
# Update panel's title and the tour's gradient-descent page; the status line
# shows the new rate as the next step's: "lr 0.5 next". Stepping on makes
# the next update at 0.5, and every place then says 0.5.
. "$(dirname "$0")/tui_lib.sh"

tui_start 120 36
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s s s s
tui_wait_for 'e\.g\. b1\[0\]: \+0\.0000 - 0\.1 x \(-0\.0876\) = \+0\.0088' "the update, made at 0.1"
tui_keys ] ]
tui_wait_for ' lr 0\.5 next ' "the status: 0.5 is the next step's rate"
tui_wait_for 'every weight \(lr 0\.1\); e\.g\. b1\[0\]: \+0\.0000 - 0\.1 x \(-0\.0876\) = \+0\.0088' \
	"the narration still names 0.1, the rate of the update shown"
tui_wait_for 'Update of h0: new = old - lr x grad \(lr 0\.1\)' "the Update panel's title names 0.1"
if tui_screen | grep -q 'lr 0\.5)\|0\.5 x (-0\.0876)'; then
	tui_fail "0.5 named for the update made at 0.1"
else
	tui_pass "0.5 named nowhere for that update"
fi
tui_keys T '>' '>' '>' '>' '>'
tui_wait_for 'Tour 6/9: Gradient descent' "the tour's gradient-descent page"
tui_wait_for 'b1\[0\] = \+0\.0000 - 0\.1 x \(-0\.0876\) = \+0\.0088' "the tour names 0.1 too"
tui_keys T
tui_wait_gone 'Tour 6/9' "the tour closes"
# The next step is made at 0.5: b1[0] of sample 1 moves by 0.5 x its gradient.
tui_keys Space
tui_wait_for 'step 2  update  lr 0\.5  ' "after the next step: lr 0.5, no longer 'next'"
tui_wait_for 'every weight \(lr 0\.5\); e\.g\. b1\[0\]: \+0\.0088 - 0\.5 x \(' "the narration names 0.5 for it"
tui_wait_for 'Update of h0: new = old - lr x grad \(lr 0\.5\)' "and so does the Update panel"
# Back to the first update: its rate is 0.1 again, and 0.5 the next.
tui_keys b
tui_wait_for 'step 1  update  lr 0\.5 next ' "b: back on the first update, 0.5 next"
tui_wait_for 'b1\[0\]: \+0\.0000 - 0\.1 x \(-0\.0876\) = \+0\.0088' "its own rate again"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
