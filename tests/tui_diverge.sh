#!/bin/sh
# A learning rate so large that training diverges (--lr 1e200: the numbers
# overflow to inf and nan within a few samples): the screen says so plainly
# (DIVERGED on the status line, the narration, nan in the loss), nothing
# crashes, w refuses to save the non-finite weights with the reason and
# leaves the old file as it was, r refuses to run on, b steps back to finite
# numbers, and R resets. A run at that rate stops by itself at divergence.
. "$(dirname "$0")/tui_lib.sh"

# The file w would replace: weights saved by a short run without a screen.
"$EDGEVIZ" --batch --epochs 1 --save "$tui_dir/keep.weights" >/dev/null
cp "$tui_dir/keep.weights" "$tui_dir/keep.orig"

tui_start 80 24 --lr 1e200 --save keep.weights
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space Space Space Space Space
tui_wait_for ' step 5 ' "five samples trained"
tui_wait_for 'DIVERGED' "the status line says DIVERGED"
tui_wait_for 'Diverged: the loss or the weights are no longer finite' "the narration says why"
tui_wait_for '-log\(nan\+1e-8\)=nan' "the loss shows nan"
tui_wait_for '\|w\| up to nan' "the weights' scale shows nan"

tui_keys w
tui_wait_for 'not saved: .*not finite' "w: refused, with the reason"
if cmp -s "$tui_dir/keep.weights" "$tui_dir/keep.orig"; then
	tui_pass "the old file is untouched"
else
	tui_fail "the old file was changed"
fi
stray=
for f in "$tui_dir"/* "$tui_dir"/.[!.]*; do
	[ -e "$f" ] || continue
	case ${f##*/} in
	keep.weights | keep.orig | wrapper.sh | pid | status* | stty) ;;
	*) stray="$stray ${f##*/}" ;;
	esac
done
[ -z "$stray" ] && tui_pass "no temporary file left" || tui_fail "files left: $stray"

tui_keys r
tui_wait_for 'diverged: step back \(b\)' "r: refused, with what to do"
tui_wait_for ' paused ' "still paused"

# Back one step at a time until the numbers are finite again.
back=0
while tui_status_line | grep -q DIVERGED && [ "$back" -lt 5 ]; do
	step=$(tui_step)
	tui_keys b
	tui_wait_for " step $((step - 1)) " "b: back to step $((step - 1))"
	back=$((back + 1))
done
if tui_status_line | grep -q DIVERGED; then
	tui_fail "still diverged after $back steps back"
elif tui_screen | grep -q 'nan'; then
	tui_fail "no longer DIVERGED, but nan still shown"
else
	tui_pass "$back steps back: finite numbers, no DIVERGED, no nan"
fi

tui_keys R y
tui_wait_for 'reset: step 0' "R resets"
tui_wait_for ' step 0 ' "to step 0"
tui_status_line | grep -q DIVERGED && tui_fail "DIVERGED after the reset" ||
	tui_pass "not diverged after the reset"

# Running into it: the run stops by itself and says so.
tui_keys r
tui_wait_for 'the loss diverged: the run stopped' "a run stops at divergence"
tui_wait_for ' paused ' "paused"
tui_wait_for 'DIVERGED' "DIVERGED"
tui_check_whole "the screen is whole"

tui_keys q
tui_wait_exit
tui_expect_status 0
if cmp -s "$tui_dir/keep.weights" "$tui_dir/keep.orig"; then
	tui_pass "the old file is still untouched"
else
	tui_fail "the old file was changed"
fi
tui_finish
