#!/bin/sh
# The loss as the core computes it, -log(p + 1e-8), wherever it is shown
# (issue 9, point 2), and a log-scale chart with no gaps.
#
# seed 42's first sample: p(No Edge) = 0.810, loss 0.2111 (--trace's form:
# "L = -log(p + 1e-8)"). Then weights that make every answer "No Edge" for
# sure: no hidden signal (W1, b1, W2 all 0) and b2 = [0, 40], so p(No Edge) =
# 1 / (1 + e^-40), which is 1.0 in double precision (e^-40 = 4.2e-18 is below
# half an ulp of 1): a No Edge sample's loss is -log(1 + 1e-8) = -1.0e-08, a
# hair below 0, and an Edge sample's -log(4.2e-18 + 1e-8) = 18.4207. Such a
# loss has no place on a log scale: the chart draws it at its floor, marked
# "v", instead of leaving a gap.
. "$(dirname "$0")/tui_lib.sh"

sure="$tui_dir/sure.weights"
{
	printf 'edgeviz-weights 1\ninputs 25\nhidden 1\noutputs 2\nW1 25 1\n'
	for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
		echo 0
	done
	printf 'b1 1\n0\nW2 1 2\n0 0\nb2 2\n0 40\nend\n'
} >"$sure"

# At 80x24 the Output panel is narrow: the formula, compact, still whole.
tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s s
tui_wait_for '-log\(0\.810\+1e-8\)=0\.2111' "80x24: the Output panel's loss carries + 1e-8"
tui_keys q
tui_wait_exit

# Wide enough for the narration and the tour's formula on one line each.
tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s s
tui_wait_for 'loss -log\(0\.810 \+ 1e-8\) = 0\.2111' "160x48: the Output panel's loss"
tui_wait_for 'loss = -log\(p\[No Edge\] \+ 1e-8\) = -log\(0\.810 \+ 1e-8\) = 0\.2111' "the narration's"
tui_keys T '>' '>' '>' '>'
tui_wait_for 'loss = -log\(p\(No Edge\) \+ 1e-8\) = -log\(0\.810 \+ 1e-8\) = 0\.2111' "the tour's loss page"
if tui_screen | grep -q 'log(0\.810)'; then
	tui_fail "a loss shown without its + 1e-8"
else
	tui_pass "no loss shown without its + 1e-8"
fi
tui_keys q
tui_wait_exit

tui_start 160 48 --load "$sure"

tui_start 120 36 --load "$sure"
tui_wait_for 'Hidden layer' "the sure weights loaded"
tui_keys s s
tui_wait_for 'loss -log\(1\.000 \+ 1e-8\) = -1\.0e-08' "a sure answer: the loss as computed, a hair below 0"
tui_wait_for 'is just above 1, so the loss is a hair below 0' "the narration says why it is below 0"
# Samples 0-5: No Edge, Edge, No Edge, No Edge, No Edge, Edge (seed 42).
tui_keys Space Space Space Space Space Space
tui_wait_for 'step 6 ' "six steps"
tui_wait_for 'v = loss <= 0' "the chart's legend for the mark"
# The chart's bottom row: one cell a step, none empty; v where the loss <= 0.
bottom=$(tui_screen | grep -E ' 1e1 +[v█]' | sed 's/.* 1e1 *//')
if [ "$bottom" = 'v█vvv█' ]; then
	tui_pass "the chart's floor: v v v v at the four sure answers, bars at the two others, no gap"
else
	tui_fail "the chart's floor is '$bottom', expected 'v█vvv█'"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
