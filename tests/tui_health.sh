#!/bin/sh
# n, neuron health, on the tutorial's run: at step 0 exactly h3 is dead
# (fires on none of the 100 training samples), after epoch 1 and after 100
# epochs exactly h2, h3 and h4, with the firing counts numpy gives (86 68 0
# 0 0 86 86 86) and the mean |dL/dz1| of the last epoch; dead neurons are
# marked in the hidden layer and the templates too, also in monochrome.
. "$(dirname "$0")/tui_lib.sh"

# dead_rows: the neurons the health panel marks dead, in order.
dead_rows() {
	tui_screen | sed -n 's/^\(h[0-9][0-9]*\) *[0-9][0-9]*\/[0-9][0-9]* dead.*/\1/p' | tr '\n' ' '
}

# check_dead WANT WHAT: the health panel marks exactly WANT dead.
check_dead() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(dead_rows)" != "$1" ] && [ "$(tui_now)" -le "$end" ]; do
		sleep 0.1
	done
	if [ "$(dead_rows)" = "$1" ]; then tui_pass "$2: dead: $1"; else tui_fail "$2: dead: $(dead_rows), not $1"; fi
}

# fired: the firing counts of h0 .. h7, as the panel shows them.
fired() {
	tui_screen | sed -n 's/^h[0-9][0-9]* *\([0-9][0-9]*\)\/100.*/\1/p' | tr '\n' ' '
}

tui_start 80 24 --no-color
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys n
tui_wait_for 'Neuron health: fired of 100' "n: the health panel, in the lower band"
tui_wait_gone 'Weights W1' "in the place of the weights"
check_dead "h3 " "step 0"
tui_wait_for '^h0 +100/100 ' "h0 fires on all 100"
if [ "$(fired)" = "100 68 27 0 32 32 100 100 " ]; then
	tui_pass "step 0: fired counts as numpy's"
else
	tui_fail "step 0: fired $(fired)"
fi
tui_wait_for ' h3 !-' "the hidden layer marks h3 (!)"
tui_keys e
tui_wait_for ' step 100 ' "e: epoch 1"
check_dead "h2 h3 h4 " "after epoch 1"
tui_wait_for ' h2 ! ' "the hidden layer marks h2 (!)"
tui_wait_for '^h0 .* [0-9]\.[0-9][0-9]e-0[0-9] .*[▁▂▃▄▅▆▇█]' "h0: a mean |dz1| and a sparkline"
tui_wait_for '^h3 +0/100 dead +0 *$' "h3: no gradient at all, an empty sparkline"

tui_keys + + + + + + + + + + r
tui_wait_for '100 epochs done' "run to the end of --epochs (100)"
check_dead "h2 h3 h4 " "after 100 epochs"
if [ "$(fired)" = "86 68 0 0 0 86 86 86 " ]; then
	tui_pass "after 100 epochs: fired counts as numpy's"
else
	tui_fail "after 100 epochs: fired $(fired)"
fi
# numpy: the mean |dL/dz1| over epoch 99 of h0 is 8.66478404e-05, of h7 1.32622847e-05.
tui_wait_for '^h0 .* 8\.66e-05 ' "h0's mean |dz1| over epoch 99 is numpy's"
tui_wait_for '^h7 .* 1\.33e-05 ' "h7's too"
tui_keys R y
tui_wait_for '^ epoch 0 +sample 0/100 +step 0 ' "R: back to step 0"
check_dead "h3 " "after the reset"
tui_keys s T '>' '>'
tui_wait_for 'ReLU, the gate' "the tour's ReLU page (it takes the lower band from n)"
tui_wait_for 'look at: Hidden layer; dead: h3, see n ' "its foot points at n while a neuron is dead"
tui_keys n
tui_wait_for 'Neuron health' "n: the health panel again, in the tour's place"
tui_wait_gone 'ReLU, the gate' "the tour gave way"
tui_keys n
tui_wait_gone 'Neuron health' "n closes it"
tui_keys q
tui_wait_exit
tui_expect_status 0

# 160x48, monochrome: the templates say dead too.
tui_start 160 48 --no-color
tui_wait_for 'Hidden layer' "160x48"
tui_keys e n
tui_wait_for ' h1 +h2(!| dead) +h3(!| dead) +h4(!| dead) +h5 ' "the templates mark exactly h2 h3 h4 dead"
tui_wait_for 'Neuron health \(of 100 samples\)' "the health panel beside the weights"
tui_wait_for '3 dead: blocked on every sample' "its foot counts them"
tui_wait_for 'Weights W1' "with the weights"
tui_wait_for ' h3 ! .* blocked +dead' "the hidden layer says dead where there is room"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
