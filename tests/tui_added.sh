#!/bin/sh
# d: after the tutorial's 100 epochs, the weights panel and the neuron
# inspector show W1 - W1(step 0), titled so; the inspector's numbers are the
# difference of the weights saved at step 0 and at step 10000 (read from the
# two files here), and the neuron h1 shows the tutorial's edge: negative on
# the left, positive on the right. g with d on writes images of the change,
# titled so, dark on the left and bright on the right for h1. d again: W1.
. "$(dirname "$0")/tui_lib.sh"

tui_start 160 48 --save w
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys w
tui_wait_for 'saved the weights' "the weights of step 0 saved"
mv "$tui_dir/w" "$tui_dir/w0"
i=0
while [ $i -lt 100 ]; do
	tui_keys e
	i=$((i + 1))
done
tui_wait_for ' step 10000 ' "100 epochs"
tui_keys Tab d w
tui_wait_for 'saved the weights' "the weights of step 10000 saved"
screen=$(tui_settled)
if printf '%s\n' "$screen" | grep -q 'W1 - W1(step 0): what training added' &&
	printf '%s\n' "$screen" | grep -q 'Neuron h1: W1 - W1(step 0)'; then
	tui_pass "d: the weights and the neuron say W1 - W1(step 0)"
else
	tui_fail "d: no 'W1 - W1(step 0)' title"
fi

# W1 is 25 rows of 8 after its "W1 25 8" line: column 2 is h1.
column() {
	awk '/^W1 / { on = 1; next } on && n < 25 { print $2; n++ }' "$1"
}
column "$tui_dir/w0" >"$tui_dir/c0"
column "$tui_dir/w" >"$tui_dir/c1"
paste "$tui_dir/c1" "$tui_dir/c0" | awk '{ printf "%.6f\n", $1 - $2 }' >"$tui_dir/expected"
# The inspector's grid: five rows of five numbers under "w - w(step 0)".
printf '%s\n' "$screen" | awk '/^w - w\(step 0\)/ { on = 1; next }
	on && n < 5 { for (i = 1; i <= 5; i++) print $i; n++ }' >"$tui_dir/shown"
if [ "$(wc -l <"$tui_dir/shown")" -eq 25 ] &&
	paste "$tui_dir/shown" "$tui_dir/expected" |
	awk '{ d = $1 - $2; if (d > 0.0051 || d < -0.0051) bad++ } END { exit bad > 0 }'; then
	tui_pass "h1's 25 changes are the saved weights' difference (to the 2 decimals shown)"
else
	tui_fail "h1's changes on screen are not W1 - W1(step 0)"
	paste "$tui_dir/shown" "$tui_dir/expected"
fi
if paste "$tui_dir/shown" | awk '{ c = (NR - 1) % 5; if (c == 0 && !($1 < 0)) bad++;
	if (c >= 3 && !($1 > 0)) bad++ } END { exit bad > 0 }'; then
	tui_pass "h1's change: negative on the left, positive on the right"
else
	tui_fail "h1's change is not the tutorial's edge"
fi

tui_keys g
tui_wait_for 'exported W1 - W1\(step 0\), what training added, as images to edgeviz-added-h0' \
	"g with d on: the images of the change"
image="$tui_dir/edgeviz-added-h1.pgm"
if head -c 200 "$image" | grep -q '^# edgeviz: W1 - W1(step 0), what training added to hidden neuron 1'; then
	tui_pass "the image says what it shows"
else
	tui_fail "the image's comment: $(head -2 "$image" | tail -1)"
fi
# Its first row of pixels (80 of them, 16 a weight): dark at the left, bright at the right.
row=$(tail -c 6400 "$image" | od -v -An -tu1 -N80 | tr -s ' \n' '  ')
left=$(echo "$row" | awk '{ print $1 }')
right=$(echo "$row" | awk '{ print $NF }')
if [ -n "$left" ] && [ "$left" -lt 64 ] && [ "$right" -gt 192 ]; then
	tui_pass "h1's image is dark on the left ($left), bright on the right ($right)"
else
	tui_fail "h1's image: left $left, right $right"
fi

tui_keys d
tui_wait_for 'Weights W1: each neuron' "d again: W1 itself"
tui_wait_for 'Neuron h1: its template' "and the neuron's template"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
