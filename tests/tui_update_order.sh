#!/bin/sh
# The Update panel says how its W1 rows are ordered (issue 9, point 10): by
# the size of their gradient, largest first, and they are. Rows are named
# by numpy's index, as --trace writes them: W1[pixel, neuron].
. "$(dirname "$0")/tui_lib.sh"

tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space Space
tui_wait_for ' step 2  update ' "two steps: the second sample, an edge (its pixels differ, so do their gradients)"
tui_wait_for 'W1, sorted by \|gradient\|, largest first:' "the panel says how its W1 rows are sorted"
# The gradient column of the W1 rows, in the order shown: |g| never grows.
grads=$(tui_screen | grep -Eo 'W1\[[0-9]+,0\] +[-+][0-9.e-]+ +[-+][0-9.e-]+' | awk '{ print $3 }')
count=$(printf '%s\n' "$grads" | grep -c .)
if [ "$count" -ge 6 ] && printf '%s\n' "$grads" |
	awk '{ v = $1 < 0 ? -$1 : $1; if (NR > 1 && v > last + 1e-12) bad = 1; last = v } END { exit bad }'; then
	tui_pass "the $count W1 rows shown are in that order"
else
	tui_fail "the W1 rows are not sorted by |gradient| ($count rows): $(printf '%s ' $grads)"
fi
# The patch is 0.1 0.1 0.1 0.9 0.9 in every row, and dW1[i,0] = x[i] dz1[0]:
# the largest gradients are those of the bright pixels, columns 3 and 4.
tui_wait_for '0\.1 0\.1 0\.1 0\.9 0\.9' "the patch's columns 3 and 4 are the bright ones"
rows=$(tui_screen | grep -Eo 'W1\[[0-9]+,0\]' | sed 's/W1.\([0-9]*\),.*/\1/')
if [ -n "$rows" ] && printf '%s\n' "$rows" | awk '{ if ($1 % 5 < 3) bad = 1 } END { exit bad }'; then
	tui_pass "the rows first shown are the bright pixels' ($(printf '%s ' $rows))"
else
	tui_fail "a dark pixel's weight among the largest gradients: $(printf '%s ' $rows)"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
