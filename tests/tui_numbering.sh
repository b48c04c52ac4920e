#!/bin/sh
# One numbering for everything a person reads (issue 9, point 9): every
# index of the data and the network counts from 0, as numpy and the
# tutorial do (its log prints "Epoch 0", --csv numbers epochs from 0,
# --trace writes W1[0,2]). The rule is stated in ? , --help and the man page.
. "$(dirname "$0")/tui_lib.sh"

man="$(dirname "$0")/../man/edgeviz.1"
if grep -q '^\.Ss Numbering' "$man" && grep -q 'counts from 0, as numpy' "$man"; then
	tui_pass "the man page states the rule"
else
	tui_fail "the man page does not state the numbering"
fi
if "$EDGEVIZ" --help | grep -q '^Numbering: every index of the data and the network counts from 0'; then
	tui_pass "--help states it"
else
	tui_fail "--help does not state the numbering"
fi
if "$EDGEVIZ" --trace | grep -q '^W1\[0,2\] '; then
	tui_pass "--trace names W1[0,2] (numpy's indices)"
else
	tui_fail "--trace's weight names"
fi

tui_start 160 48
tui_wait_for 'Hidden layer' "the panels appear"
tui_wait_for '^ epoch 0  sample 0/100 .*step 0 ' "the status: epoch 0, sample 0 of 100"
tui_wait_for 'Sample 0 is labelled No Edge' "the narration: sample 0"
tui_keys '?'
tui_wait_for 'Indices count from 0, as in numpy: epoch 0, sample 0/100, h0, W1\[24,7\]|Indices count from 0 \(numpy\)' \
	"? states the rule"
tui_keys z
tui_wait_gone 'Indices count from 0' "the help closes"
# The second sample (index 1) is an edge: its W1 rows carry numpy's indices,
# the same names --trace uses, for neuron h0.
tui_keys Space Space
tui_wait_for '^ epoch 0  sample 1/100 .*step 2  update ' "after two steps: sample 1, the second"
tui_wait_for 'W1\[(3|4|8|9|13|14|18|19|23|24),0\] ' "the Update panel: W1[pixel,neuron]"
if tui_screen | grep -Eq 'W1 r[0-9]c[0-9]'; then
	tui_fail "a weight still named by 1-based row and column"
else
	tui_pass "no 1-based weight names"
fi
# The wrong list: its captions and the narration give the same index.
tui_keys W
tui_wait_for 'Training sample [0-9]+/100, which the weights get wrong' "browsing the wrong samples"
n=$(tui_screen | sed -n 's/.*Training sample \([0-9]*\)\/100, which.*/\1/p')
if tui_screen | grep -q "#$n E\\|#$n No"; then
	tui_pass "the list's caption #$n is the narration's sample $n"
else
	tui_fail "no caption #$n for the narration's sample $n"
fi
tui_keys Escape
tui_wait_gone 'which the weights get wrong' "back to training"
tui_keys t
tui_wait_for 'Test sample 0/20, no training' "the test set starts at test sample 0"
tui_keys Escape
tui_wait_gone 'Test sample 0/20' "back to training"
# The loss history the visualizer exports: epochs from 0, as --csv and the tutorial.
tui_keys e c
tui_wait_for 'exported the loss history' "c: the loss history exported"
if [ "$(sed -n 2p "$tui_dir/edgeviz-loss.csv" | cut -d, -f1)" = 0 ]; then
	tui_pass "its first epoch is epoch 0"
else
	tui_fail "the export's first epoch: $(sed -n 2p "$tui_dir/edgeviz-loss.csv")"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
