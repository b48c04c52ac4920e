#!/bin/sh
# B goes back exactly one phase: from update, backward, loss and forward the
# screen and the saved weights are those of the phase before; space then
# B B B B gives back the screen of before the space, with the learning views
# (d, l) open too. In the update phase the output panel shows this sample's
# loss before and after its own update, and the "after" is the loss that a
# forward pass of the new weights gives on that patch (--trace of the saved
# weights, the independent path).
. "$(dirname "$0")/tui_lib.sh"

same() { # same WHAT A B
	if [ "$2" = "$3" ]; then
		tui_pass "$1"
	else
		tui_fail "$1"
		printf '%s\n' "$2" >"$tui_dir/a"
		printf '%s\n' "$3" >"$tui_dir/b"
		diff "$tui_dir/a" "$tui_dir/b"
	fi
}

tui_start 80 24 --save "$tui_dir/w"
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space Space
tui_wait_for ' step 2 ' "two samples trained"
ready=$(tui_settled)
tui_keys w
tui_wait_for 'saved the weights' "saved at step 2"
cp "$tui_dir/w" "$tui_dir/w2"
tui_keys C-l
ready=$(tui_settled)

# Each phase of sample 3, then B from it: the screen of the phase before.
prev=$ready
for phase in forward loss backward update; do
	tui_keys s
	tui_wait_for "step [23] +$phase " "s: $phase"
	here=$(tui_settled)
	tui_keys B
	tui_wait_gone "step [23] +$phase " "B from $phase"
	same "B from $phase gives exactly the screen before it" "$prev" "$(tui_settled)"
	tui_keys s
	tui_wait_for "step [23] +$phase " "s: $phase again"
	same "and s gives the $phase screen again" "$here" "$(tui_settled)"
	prev=$here
done

# space then B B B B: the screen and the weights of before the space.
tui_keys B B B B
tui_wait_for ' step 2 +update ' "back to step 2"
same "four B from the update give step 2's screen" "$ready" "$(tui_settled)"
tui_keys w
tui_wait_for 'saved the weights' "saved again"
if cmp -s "$tui_dir/w" "$tui_dir/w2"; then
	tui_pass "the weights saved after B B B B are those of step 2, to the bit"
else
	tui_fail "the weights differ after B B B B"
fi

# With the learning views open the same holds.
tui_keys d l
tui_wait_for 'Learning curve' "l opens the learning curve"
before=$(tui_settled)
tui_keys Space
tui_wait_for ' step 3 ' "space: step 3"
tui_keys B B B B
tui_wait_for ' step 2 ' "B B B B: step 2"
same "with d and l open too, the screen of before the space" "$before" "$(tui_settled)"
tui_keys d l
tui_wait_gone 'Learning curve' "l closes it"

# Sample 2 (step 3) is the tutorial's inverted patch (bright then dark, no
# edge); its loss before and after its update.
tui_keys Space
tui_wait_for ' step 3 +update ' "step 3"
screen=$(tui_settled)
after=$(printf '%s\n' "$screen" | sed -n 's/.* loss \([0-9.e-]*\)->\([0-9.e-]*\).*/\2/p')
before=$(printf '%s\n' "$screen" | sed -n 's/.* loss \([0-9.e-]*\)->.*/\1/p')
shown=$(printf '%s\n' "$screen" | sed -n 's/.*-log([0-9.]* *+ *1e-8) *= *\([0-9.e-]*\).*/\1/p')
if [ -n "$after" ] && [ "$before" = "$shown" ]; then
	tui_pass "update phase: this sample's loss $before -> $after, before = the loss line"
else
	tui_fail "no before/after line, or 'before' ($before) is not the loss ($shown)"
fi
tui_keys w
tui_wait_for 'saved the weights' "saved at step 3"
traced=$("$EDGEVIZ" --trace --load "$tui_dir/w" --patch inverted |
	sed -n 's/.*p\[No Edge\] = .*so L = .* = \([0-9.]*\).*/\1/p')
if printf '%s\n' "$screen" | grep -q 'label No Edge' &&
	[ -n "$traced" ] &&
	awk -v a="$after" -v b="$traced" 'BEGIN { d = a - b; exit !(d < 6e-5 && d > -6e-5) }'; then
	tui_pass "'after' ($after) is the loss of the new weights on this patch ($traced)"
else
	tui_fail "'after' ($after) is not --trace's loss of the new weights ($traced)"
fi

# At step 0, B says so and changes nothing.
tui_keys R y
tui_wait_for '^ epoch 0 +sample 0/100 +step 0 ' "reset"
tui_keys B
tui_wait_for 'already at step 0' "B at step 0 says so"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
