#!/bin/sh
# After o loads weights, the narration says what was loaded and from where
# (issue 9, point 8), not "nothing trained". The file is the tutorial's run
# after its 100 epochs (--batch --save), which gets the test set's 20 of 20
# right (the tutorial's "Test Accuracy: 20/20"). Back at step 0 after a
# step, the narration still names them; N draws new ones from a seed. (o and
# N are pressed at step 0, where they throw no training away.)
. "$(dirname "$0")/tui_lib.sh"

"$EDGEVIZ" --batch --save "$tui_dir/edgeviz.weights" >/dev/null || tui_fail "--batch --save"
tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_wait_for 'Step 0, nothing trained: the weights drawn from seed 42\.' "step 0 of a fresh run: the seed's weights"
tui_keys o
tui_wait_for 'Step 0: the weights loaded from edgeviz\.weights \(8 hidden, ReLU\); they get 20 of 20 test' \
	"o: the narration names the file and what it holds"
if tui_screen | grep -q 'nothing trained'; then
	tui_fail "'nothing trained' after loading trained weights"
else
	tui_pass "no 'nothing trained' after loading"
fi
tui_keys Space
tui_wait_for ' step 1 ' "a step from them"
tui_keys b
tui_wait_for ' step 0 ' "b: back to step 0"
tui_wait_for 'Step 0: the weights loaded from edgeviz\.weights' "step 0 again: still the loaded weights, still named"
tui_keys N
tui_wait_for 'seed 43' "N: a new seed"
tui_wait_for 'Step 0, nothing trained: the weights drawn from seed 43\.' "N: the new seed's weights, named so"
tui_keys q
tui_wait_exit

# --load at the start: the same words, with the path as given.
tui_start 160 48 --load "$tui_dir/edgeviz.weights"
tui_wait_for "Step 0: the weights loaded from $tui_dir/edgeviz\\.weights \\(8 hidden, ReLU\\)" "--load: named too"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
