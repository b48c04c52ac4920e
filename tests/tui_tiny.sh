#!/bin/sh
# Tiny numbers keep their magnitude (issue 9, point 4). After the tutorial's
# 100 epochs (--batch --save: its weights to the bit), one more step on the
# first sample has gradients of 1e-5 and below. numpy, running the
# tutorial's code, gives for it: dh[2] = -1.39e-05, dh[7] = dz1[7] =
# -8.80e-06, max |dW1| = 8.58e-05, p(No Edge) = 1 - 4.75e-05 and a loss of
# 4.75e-05. They must show as such, never as -0.0000, and the change
# heatmaps' caption on the same scale.
. "$(dirname "$0")/tui_lib.sh"

"$EDGEVIZ" --batch --save "$tui_dir/trained.weights" >/dev/null || tui_fail "--batch --save"
tui_start 160 48 --load "$tui_dir/trained.weights"
tui_wait_for 'Hidden layer' "the trained weights loaded"
tui_keys Space
tui_wait_for 'h2( !)? +-0\.925 +blocked +-1\.4e-05 +blocked' "dh of h2: -1.4e-05"
tui_wait_for 'h7 +\+0\.670 +0\.670 +-8\.8e-06 +-8\.8e-06' "dh and dz1 of h7: -8.8e-06"
tui_wait_for '\|dW1\| <= 8\.58e-05\)' "the change heatmaps' caption on the same scale"
tui_wait_for 'loss -log\(1 - 4\.75e-05 \+ 1e-8\) = 4\.75e-05' "p(No Edge) as 1 - 4.75e-05: the loss's size shows"
if tui_screen | grep -Eq '[-+]0\.0+( |$)'; then
	tui_fail "a number shown as a signed zero"
	tui_screen | grep -En '[-+]0\.0+( |$)' | head -n 3
else
	tui_pass "no non-zero number shown as +0.000 or -0.0000"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# At 80x24 the Output panel has no room for 1 - 4.75e-05: p by name (its
# value is in the row above), the loss still whole.
tui_start 80 24 --load "$tui_dir/trained.weights"
tui_wait_for 'Hidden layer' "80x24: the trained weights loaded"
tui_keys Space
tui_wait_for 'loss -log\(p\+1e-8\)=4\.75e-05 *$|-log\(p\+1e-8\)=4\.75e-05 *$' "80x24: the loss formula, cut nowhere"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
