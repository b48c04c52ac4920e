#!/bin/sh
# l: the whole learning curve at 80x24 after 10,000 epochs (trained by a
# replayed recording, which also opens the view with its "key l"): every
# column of the loss chart has its mean, the axes are labelled (loss
# decades, 0% and 100%, the first and the last epoch), the last epoch's
# loss is the one --batch --csv prints. b takes the last epoch off the
# curve and space puts back the same screen; running, the curve follows live.
. "$(dirname "$0")/tui_lib.sh"

printf '%s\n' 'edgeviz-recording 1' 'epochs 10000' 'run 1000000' 'key l' >"$tui_dir/long.rec"
tui_start 80 24 --replay long.rec
tui_wait_for 'Learning curve: 10000 epochs' "the replay trains 10,000 epochs and opens the curve"
screen=$(tui_settled)
chart=$(printf '%s\n' "$screen" | sed -n '/Learning curve/,/^epoch /p')
check() { # check WHAT PATTERN
	if printf '%s\n' "$chart" | grep -Eq -- "$2"; then
		tui_pass "$1"
	else
		tui_fail "$1"
		printf '%s\n' "$chart"
	fi
}
check "the epoch axis: from epoch 0 to 9999" '^epoch 0 .* 9999 *$'
check "the loss axis: its decades, on a log scale" '^ *1 │' 
check "the loss axis' lowest decade" '^ *1e-[0-9] │'
check "the loss axis is named" '^loss │'
check "the accuracy axis: 100% and 0%" '^100% │'
check "the accuracy axis' 0%" '^  0% │'
# One mean a column (73 columns: 80 less the axis and a margin), each
# summarising 136 or 137 epochs: a dot, or a * where the test loss falls in
# its cell; and one accuracy mark a column.
dots=$(printf '%s\n' "$chart" | sed -n '2,/^100%/p' | sed '$d' | tr -cd '•' | wc -m)
dots=$((dots + $(printf '%s\n' "$chart" | sed -n '2,/^100%/p' | sed '$d' | tr -cd '*' | wc -c)))
marks=$(printf '%s\n' "$chart" | sed -n '/^100%/,/^  0%/p' | cut -c7- | tr -cd '*ox' | wc -m)
if [ "$dots" -eq 73 ] && [ "$marks" -ge 73 ] && printf '%s\n' "$chart" | grep -q '(136/col)'; then
	tui_pass "73 columns of 136-137 epochs each: 10,000 epochs in 80 columns"
else
	tui_fail "$dots loss means, $marks accuracy marks"
fi
shown=$(printf '%s\n' "$chart" | sed -n 's/.*last: loss \([0-9.e+-]*\) .*/\1/p')
csv=$("$EDGEVIZ" --batch --epochs 10000 --csv - 2>/dev/null | grep '^9999,' | cut -d, -f2)
if [ -n "$shown" ] && [ -n "$csv" ] &&
	awk -v a="$shown" -v b="$csv" 'BEGIN { d = (a - b) / b; exit !(d < 0.01 && d > -0.01) }'; then
	tui_pass "the last epoch's loss ($shown) is --batch's ($csv)"
else
	tui_fail "the last epoch's loss '$shown' is not --batch's '$csv'"
fi

# b: the last epoch is not finished any more; space: the same screen again.
tui_keys b
tui_wait_for 'Learning curve: 9999 epochs' "b takes the 10000th epoch off the curve"
tui_keys Space
tui_wait_for 'Learning curve: 10000 epochs' "space puts it back"
again=$(tui_settled)
if [ "$again" = "$screen" ]; then
	tui_pass "and the screen is the one of before b"
else
	tui_fail "the screen after b, space differs"
fi

# Running at full speed the curve follows, frame by frame.
tui_keys + + + + + + + + + + r
tui_wait_gone 'Learning curve: 10000 epochs' "running: new epochs appear on the curve"
first=$(tui_screen | sed -n 's/.*Learning curve: \([0-9]*\) epochs.*/\1/p')
tui_wait_gone "Learning curve: $first epochs" "and more, frame after frame, while it runs"
tui_keys r
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
