#!/bin/sh
# Where a number comes from: in the backward phase the Update panel's last
# row is the selected weight's gradient as an equation, and its result is
# the number the panel's gradient column shows for that weight; j and k
# select the next and previous values; after the update a second line
# gives the new value, equal to the "new" column; the neuron inspector
# writes the selected input's product, equal to its cell in "products x*w".
. "$(dirname "$0")/tui_lib.sh"

# column NAME OFFSET: the 8 columns at OFFSET after NAME's first column, trimmed.
column() {
	# Two blanks before the row's name: not the inspector's "x[i] * W1[i,0] =".
	tui_screen | awk -v name="  $1" -v off="$2" '{ p = index($0, name) } p && !done {
		v = substr($0, p + 2 + off, 8); gsub(/ /, "", v); print v; done = 1 }'
}

# check_gradient WHAT: the gradient equation's result is the value its row shows.
check_gradient() {
	line=$(tui_screen | grep -Eo 'dL/dW1\[[0-9]+,[0-9]+\] = x\[[0-9]+\] \* dz1\[[0-9]+\] = [0-9.]+ \* [-+0-9.]+ = [-+0-9.]+')
	i=$(printf '%s\n' "$line" | sed -n 's/^dL\/dW1\[\([0-9]*\),.*/\1/p')
	result=${line##* = }
	[ -n "$i" ] || { tui_fail "$1: no gradient equation"; return; }
	shown=$(column "W1[$i,0] " 19)
	if [ "$result" = "$shown" ]; then
		tui_pass "$1: '$line' ends in the value its row shows ($shown)"
	else
		tui_fail "$1: '$line', but row W1[$i,0] shows '$shown'"
	fi
}

tui_start 160 48 --no-color
tui_wait_for 'Hidden layer' "160x48"
tui_keys Space Space Space s s s
tui_wait_for ' step 3 .* backward ' "the backward phase of sample 4 (an edge: gradients differ by column)"
tui_wait_for 'dL/dW1\[[0-9]+,0\] = x\[[0-9]+\] \* dz1\[0\] = ' "the Update panel's equation line"
check_gradient "the default (largest gradient)"
first=$i
listed=$(tui_screen | grep -o 'W1\[[0-9]*,0\]' | tr '\n' ' ')
name_of() { echo "W1[$1,0]"; }
nth() { echo "$listed" | awk -v n="$1" '{ print $n }'; }
index_of() { echo "$1" | sed 's/W1\[\([0-9]*\),.*/\1/'; }
if [ "$(name_of "$first")" = "$(nth 1)" ]; then
	tui_pass "the default is the first W1 row listed ($(nth 1))"
else
	tui_fail "the default $(name_of "$first") is not the first W1 row listed ($(nth 1))"
fi
tui_keys j j
tui_wait_for "dL/dW1\\[$(index_of "$(nth 3)"),0\\]" "j j: the third W1 row listed"
check_gradient "after j j"
if [ "$(name_of "$i")" = "$(nth 3)" ]; then tui_pass "j j: the third row listed"; else tui_fail "j j: $(name_of "$i"), not $(nth 3)"; fi
tui_keys k
tui_wait_for "dL/dW1\\[$(index_of "$(nth 2)"),0\\]" "k: the second"
check_gradient "after k"
if [ "$(name_of "$i")" = "$(nth 2)" ]; then tui_pass "k: the second row listed"; else tui_fail "k: $(name_of "$i"), not $(nth 2)"; fi
tui_keys k k
tui_wait_for "dL/dW2\\[0,1\\] = h\\[0\\] \\* dz2\\[1\\] = " "k k: W2 to No Edge, before the W1 rows"
line=$(tui_screen | grep -Eo 'dL/dW2\[0,1\] = .* = [-+0-9.]+')
shown=$(column "W2 0>No " 19)
if [ "${line##* = }" = "$shown" ]; then tui_pass "'$line' is its row's gradient"; else tui_fail "'$line' but its row shows '$shown'"; fi
tui_keys k k k
tui_wait_for "dL/dW1\\[[0-9]+,0\\] = x\\[[0-9]+\\] \\* dz1\\[0\\] = 0\\.10 " "k k k: round to the smallest W1 gradient (a dark pixel)"
check_gradient "the smallest gradient, beyond the rows that fit, is shown in the last one"
tui_keys j j j j
tui_wait_for "dL/dW1\\[$first,0\\]" "j j j j: back to the first"

# The product in the inspector: x[i] * W1[i,0], equal to its cell.
line=$(tui_screen | grep -Eo 'x\[[0-9]+\] \* W1\[[0-9]+,0\] = [0-9.]+ \* [-+0-9.]+ = [-+0-9.]+')
i=$(printf '%s\n' "$line" | sed -n 's/^x\[\([0-9]*\)\].*/\1/p')
cell=$(tui_screen | awk -v i="$i" '/products x\*w/ && !p { p = index($0, "products x*w"); at = NR; next }
	p && NR == at + 1 + int(i / 5) { v = substr($0, p + 6 * (i % 5), 5); gsub(/ /, "", v); print v; exit }')
if [ -n "$i" ] && [ "${line##* = }" = "$cell" ]; then
	tui_pass "the inspector's '$line' is its cell ($cell)"
else
	tui_fail "the inspector's '$line', its cell '$cell'"
fi

tui_keys s
tui_wait_for ' update ' "the update"
line=$(tui_screen | grep -Eo 'new W1\[[0-9]+,0\] = [-+0-9.]+ - 0\.1 \* [-+0-9.]+ = [-+0-9.]+')
i=$(printf '%s\n' "$line" | sed -n 's/^new W1\[\([0-9]*\),.*/\1/p')
shown=$(column "W1[$i,0] " 28)
if [ -n "$i" ] && [ "${line##* = }" = "$shown" ]; then
	tui_pass "'$line' is the new value its row shows ($shown)"
else
	tui_fail "'$line', but its row's new value is '$shown'"
fi
check_gradient "the gradient line stays after the update"
tui_keys ']'
tui_wait_for 'lr 0\.2' "] raises the rate for the steps to come"
tui_wait_for 'new W1\[[0-9]+,0\] = [-+0-9.]+ - 0\.1 \* ' "the update's equation keeps the rate it was made with (0.1)"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
