#!/bin/sh
# l with the test loss: the learning curve draws each epoch's test loss as a
# second series on its loss chart, an x (a * where it falls in the cell of
# the training loss's dot), one a column, with a legend that says so:
# - 80x24, 100 epochs (the plot takes the width): the legend on the epoch
#   axis; b then space, and B then s, give back the same curve; the session
#   is recorded, and its replay draws the same curve;
# - 160x48, 10 epochs: the legend beside the plot, one line a series;
# - --ascii: the same marks, the training loss's dot an o.
# The figures themselves are checked against numpy in tests/test_figures.c.
. "$(dirname "$0")/tui_lib.sh"
# Columns are characters here (the axis line and the dot are several bytes each).
LC_ALL=C.UTF-8
export LC_ALL

# The loss chart of a screen: its rows from the title to the accuracy's 100%, the axis cut off.
loss_chart() {
	printf '%s\n' "$1" | sed -n '/Learning curve/,/^100%/p' | sed '1d;$d' | sed 's/^......//'
}

# check_marks SCREEN COLUMNS WIDTH: one test-loss mark (x or *) in each of the plot's columns.
check_marks() {
	marks=$(loss_chart "$1" | sed "s/^\(.\{1,$3\}\).*/\1/" | tr -cd 'x*' | wc -m)
	if [ "$marks" -eq "$2" ]; then
		tui_pass "one test-loss mark a column: $marks"
	else
		tui_fail "$marks test-loss marks for $2 columns"
		loss_chart "$1"
	fi
}

tui_start 80 24 --record curve.rec --epochs 100
tui_wait_for 'Hidden layer' "the visualizer at 80x24, recording"
tui_keys + + + + + + + + + + r
tui_wait_for '100 epochs done' "a run to the end of --epochs 100"
tui_keys l
tui_wait_for 'Learning curve: 100 epochs' "l: the curve of 100 epochs"
screen=$(tui_settled)
# 73 columns (80 less the axis and a margin), of one or two epochs each.
check_marks "$screen" 73 73
if printf '%s\n' "$screen" | grep -q '^epoch 0  • o train  x test  \* both  '; then
	tui_pass "the legend on the epoch axis: the dot and o train, x test, * both"
else
	tui_fail "no legend on the epoch axis"
fi
if printf '%s\n' "$screen" | grep -Eq '^epoch 0 .* 49 .* 99 *$'; then
	tui_pass "and the axis still says epochs 0, 49 and 99"
else
	tui_fail "the epoch axis lost its numbers"
fi

tui_keys b
tui_wait_for 'Learning curve: 99 epochs' "b: the last epoch is off the curve"
tui_keys Space
tui_wait_for 'Learning curve: 100 epochs' "space puts it back"
again=$(tui_settled)
if [ "$(loss_chart "$again")" = "$(loss_chart "$screen")" ] && [ "$again" = "$screen" ]; then
	tui_pass "the curve after b, space is the one before, test loss and all"
else
	tui_fail "the curve after b, space differs"
	printf '%s\n' "--- before ---" "$screen"
fi
tui_keys B
tui_wait_for 'Learning curve: 99 epochs' "B: a phase back, the epoch unfinished again"
tui_keys s
tui_wait_for 'Learning curve: 100 epochs' "s finishes it"
again=$(tui_settled)
if [ "$again" = "$screen" ]; then
	tui_pass "the curve after B, s is the one before"
else
	tui_fail "the curve after B, s differs"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# The recording's replay draws the same curve (it ends with the view open).
tui_start 80 24 --replay curve.rec
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay plays to its end"
tui_wait_for 'Learning curve: 100 epochs' "the replay opens the curve"
replayed=$(tui_settled)
if [ "$(loss_chart "$replayed")" = "$(loss_chart "$screen")" ]; then
	tui_pass "the replayed curve is the recorded one, test loss and all"
else
	tui_fail "the replayed curve differs"
	printf '%s\n' "--- recorded ---" "$screen"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# 160x48: room beside the plot, a line of legend a series.
tui_start 160 48 --epochs 10
tui_wait_for 'Hidden layer' "the visualizer at 160x48"
tui_keys + + + + + + + + + + r
tui_wait_for '10 epochs done' "ten epochs"
tui_keys l
tui_wait_for 'Learning curve: 10 epochs' "l: the curve of 10 epochs"
screen=$(tui_settled)
check_marks "$screen" 10 10
if loss_chart "$screen" | grep -q '^.\{10\}  • train loss' &&
	loss_chart "$screen" | grep -q '^.\{10\}  x test loss  \* both'; then
	tui_pass "the legend beside the plot: the dot train loss, x test loss, * both"
else
	tui_fail "no legend beside the plot at 160x48"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# --ascii: o for the training loss (as on the accuracy chart), x and * as ever.
tui_start 80 24 --ascii --epochs 10
tui_wait_for 'Hidden layer' "--ascii"
tui_keys + + + + + + + + + + r
tui_wait_for '10 epochs done' "ten epochs"
tui_keys l
tui_wait_for 'Learning curve: 10 epochs' "l"
screen=$(tui_settled)
check_marks "$screen" 10 10
if loss_chart "$screen" | grep -q '^.\{10\}  o train loss' && loss_chart "$screen" | sed 's/^\(.\{1,10\}\).*/\1/' | grep -q 'o'; then
	tui_pass "in ASCII the training loss is an o, its legend says so"
else
	tui_fail "the ASCII curve's marks"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
