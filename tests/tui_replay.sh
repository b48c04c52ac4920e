#!/bin/sh
# Record and replay: a session recorded with --record (steps, phases, a run
# at 100 steps a second, a run at full speed to the end of --epochs, the
# gate, the editor, w to save) replayed with --replay ends with the same
# weights bit for bit (w saves them again at the end of both; cmp) and the
# same screen at the same size; at another size, stepped event by event
# with space and played on with r, the same weights again. A hand-written
# recording with comments and a wait plays; a bad one is refused with its
# line, exit status 1, before the screen is touched.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --record demo.rec --epochs 8
tui_wait_for 'Hidden layer' "recording: the panels appear"
tui_keys s s Space
tui_wait_for ' step 1 ' "a step by phases, then one more"
tui_keys + + + r
tui_wait_for ' running ' "a run at 100 steps a second"
sleep 1
tui_keys r
tui_wait_for ' paused ' "paused"
tui_keys a y + + + + + + + + + + r
tui_wait_for '8 epochs done' "leaky ReLU at full speed, up to --epochs"
tui_keys p Right 5 Escape Tab i w
tui_wait_for 'saved the weights to edgeviz\.weights' "w: the recorded run's weights"
recorded_screen=$(tui_settled)
tui_keys q
tui_wait_exit
tui_expect_status 0
mv "$tui_dir/edgeviz.weights" "$tui_dir/recorded.weights"
if grep -q '^edgeviz-recording 1$' "$tui_dir/demo.rec" && grep -q ' run [0-9]' "$tui_dir/demo.rec" &&
	grep -q '^epochs 8$' "$tui_dir/demo.rec" && ! grep -q 'key q' "$tui_dir/demo.rec"; then
	tui_pass "the recording has the header, the settings and the runs' steps"
else
	tui_fail "the recording: $(cat "$tui_dir/demo.rec")"
fi

# The same size: the same weights and the same final screen.
tui_start 80 24 --replay demo.rec
tui_wait_for 'Hidden layer' "the replay's screen"
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay ends"
tui_wait_for 'saved the weights to edgeviz\.weights' "the replayed w saved"
replayed_screen=$(tui_settled)
if cmp -s "$tui_dir/recorded.weights" "$tui_dir/edgeviz.weights"; then
	tui_pass "the replayed run's weights are the recorded ones, bit for bit"
else
	tui_fail "the replayed weights differ"
fi
if [ "$recorded_screen" = "$replayed_screen" ]; then
	tui_pass "the replay's final screen is the recorded one"
else
	tui_fail "the final screens differ"
	printf '%s\n' "--- recorded ---" "$recorded_screen"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# Another size, stepped by hand, then played on: the same weights. A wait
# written in after the settings holds the replay at its start (and shows
# the format's waits at work).
rm -f "$tui_dir/edgeviz.weights"
sed '/^epochs /a\
wait 600' "$tui_dir/demo.rec" >"$tui_dir/held.rec"
tui_start 132 43 --replay held.rec
tui_wait_for ' replay 0/[0-9]+ ' "a replay at 132x43"
tui_keys Space Space
tui_wait_for ' replay 2/[0-9]+ stepping' "space: one event a key, said"
tui_wait_for ' step 0 .* loss ' "two events: two phases"
tui_keys s
tui_wait_for ' replay 3/[0-9]+ stepping' "s steps too"
tui_keys Right
tui_wait_for ' replay 4/[0-9]+ stepping' "right steps too"
tui_keys r
tui_wait_gone ' replay [0-9]+/' "r: played on to the end"
tui_wait_for 'saved the weights' "saved at the end"
if cmp -s "$tui_dir/recorded.weights" "$tui_dir/edgeviz.weights"; then
	tui_pass "at 132x43, stepped: the same weights bit for bit"
else
	tui_fail "the weights differ at another size"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# A session started from --load: the recording names the weights file, and
# the replay starts from it too.
rm -f "$tui_dir/edgeviz.weights"
tui_start 80 24 --load recorded.weights --record load.rec
tui_wait_for 'Hidden layer' "recording from --load weights"
tui_keys Space Space e w
tui_wait_for 'saved the weights' "an epoch and two steps on them, saved"
tui_keys q
tui_wait_exit
tui_expect_status 0
mv "$tui_dir/edgeviz.weights" "$tui_dir/load-recorded.weights"
if grep -q '^weights recorded\.weights$' "$tui_dir/load.rec"; then
	tui_pass "the recording names the loaded weights"
else
	tui_fail "no weights setting in the recording"
fi
tui_start 80 24 --replay load.rec
tui_wait_for 'saved the weights' "the replay from the loaded weights ends"
if cmp -s "$tui_dir/load-recorded.weights" "$tui_dir/edgeviz.weights"; then
	tui_pass "started from the loaded weights: the same weights bit for bit"
else
	tui_fail "the replay from --load weights differs"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# A hand-written recording: comments, no times, a wait, a run.
cat >"$tui_dir/hand.rec" <<'REC'
edgeviz-recording 1
# a teacher's demo: two phases, a pause to talk, then 37 steps
seed 7
key s
key s
wait 0.3
run 37
REC
tui_start 120 30 --replay hand.rec
tui_wait_for ' step 37 .* seed 7 ' "the hand-written demo plays: seed 7, 37 steps"
tui_keys q
tui_wait_exit
tui_expect_status 0

# A bad recording: one line naming the line, status 1.
printf 'edgeviz-recording 1\nseed 3\nkey s\nkey spacebar\n' >"$tui_dir/bad.rec"
tui_start 80 24 --replay bad.rec
tui_wait_exit
tui_expect_status 1
tui_wait_for "^edgeviz: --replay: bad\.rec: line 4: no key is named 'spacebar'$" "the bad line is named"
tui_finish
