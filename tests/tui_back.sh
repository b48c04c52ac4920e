#!/bin/sh
# Stepping back gives exactly the screen of before: after a whole sample,
# and from the middle of one; and it stops at step 0.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"

tui_keys Space Space Space
tui_wait_for ' step 3 ' "three samples trained"
before=$(tui_settled)

tui_keys Space
tui_wait_for ' step 4 ' "a fourth"
tui_keys b
tui_wait_for ' step 3 ' "b: back to step 3"
after=$(tui_settled)
if [ "$before" = "$after" ]; then
	tui_pass "the screen is exactly the one of step 3"
else
	tui_fail "the screen differs from step 3's"
	printf '%s\n' "$before" >"$tui_dir/before"
	printf '%s\n' "$after" >"$tui_dir/after"
	diff "$tui_dir/before" "$tui_dir/after"
fi

tui_keys s s
tui_wait_for ' step 3 +loss ' "two phases into the next sample"
tui_keys b
tui_wait_for ' step 3 +update ' "b from the middle: back to the boundary"
after=$(tui_settled)
if [ "$before" = "$after" ]; then
	tui_pass "and the screen is again exactly step 3's"
else
	tui_fail "the screen differs after stepping back from a phase"
fi

tui_keys b b b
tui_wait_for ' step 0 +ready ' "back to step 0"
tui_keys b
tui_wait_for 'already at step 0' "b at step 0 says so"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
