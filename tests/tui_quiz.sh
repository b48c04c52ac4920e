#!/bin/sh
# Quiz mode (--quiz, Q): the question is asked in the narration band at
# 80x24 and the panels do not move until it is answered (space, r, e are
# refused with the hint, s waits for the answer); an answer shows the phase,
# marks the right answer (it agrees with what the panel then shows) and
# counts in the score; B and b take the answers back and the score is the
# one the run had there; c writes the score and the questions to
# edgeviz-quiz.txt; the recorded session replays to the same screen and
# the same file; at 160x48 the question and its answers take one row.
. "$(dirname "$0")/tui_lib.sh"

# score: "R/N" from the status line.
score() {
	tui_status_line | sed -n 's/.*quiz, score \([0-9]*\/[0-9]*\).*/\1/p'
}

# panels: the status line and the panels, all but the narration band and the key line.
panels() {
	tui_settled | head -n 21
}

# answer_first: press 1 and wait for the verdict; count it in right and given.
answer_first() {
	tui_keys 1
	tui_wait_for 'Right: |Not this time' "answer $((given + 1)): the verdict" >/dev/null
	given=$((given + 1))
	if tui_screen | grep -q 'Right: '; then
		right=$((right + 1))
	fi
}

tui_start 80 24 --quiz --record quiz.rec
# Seed 42's first sample (No Edge) and h3, whose z1 is -1.217 (the hidden panel shows it after).
tui_wait_for 'Quiz, forward of sample 0 \(No Edge\): will h3 pass ReLU \(z1 > 0\)\?  1 yes  2 no,' \
	"--quiz: the first question, with its answers, in the narration band"
tui_wait_for '^ blocked *$' "the question's last answer fits the band's second row"
tui_wait_for 'quiz, score 0/0' "the score in the status line"
before=$(panels)
for key in Space r e; do
	tui_keys "$key"
	tui_wait_for 'quiz: one phase at a time; s asks, 1-4 answer \(Q leaves the quiz\)' "$key: refused, the hint"
	tui_keys C-l
	tui_wait_gone 'one phase at a time' "the hint goes with the next key"
done
tui_keys s
tui_wait_for 'answer first: 1-4' "s: the question waits for its answer"
if [ "$(panels)" = "$before" ]; then
	tui_pass "the panels did not change before the answer (space, r, e, s)"
else
	tui_fail "the panels changed before the answer"
fi
tui_check_whole

given=0
right=0
answer_first
tui_wait_for 'Not this time \(you said 1\): it is 2 no, blocked\. h3: z1 = ' "1 was wrong: 2 is marked right"
tui_wait_for '^ -1\.2175 <= 0, so h = 0, blocked\. Score 0/1\.' "and why, with the number, and the score"
tui_wait_for ' h3 .*-1\.217 +blocked' "the hidden panel shows h3 blocked: the marked answer is what the phase shows"
tui_wait_for ' forward ' "the phase is shown once answered"
[ "$(score)" = "0/1" ] && tui_pass "score 0/1" || tui_fail "score $(score), expected 0/1"

# Six more, each asked by s: the score follows the verdicts.
scores="0/0 0/1"
i=0
while [ $i -lt 6 ]; do
	tui_keys s
	tui_wait_for 'Quiz, ' "s asks question $((given + 1))" >/dev/null
	answer_first
	scores="$scores $right/$given"
	i=$((i + 1))
done
if [ "$(score)" = "$right/$given" ] && [ "$given" = 7 ]; then
	tui_pass "score $right/$given: the right answers of the seven given"
else
	tui_fail "score $(score), expected $right/$given"
fi
# seven answers, asked at positions 0 .. 6: the run stands after the backward phase of sample 1
tui_wait_for ' step 1 backward ' "seven phases shown, one an answer"

# scores holds the score at positions 0 .. 7.
score_at() {
	printf '%s\n' $scores | sed -n "$(($1 + 1))p"
}
tui_keys B
tui_wait_for ' step 1 loss ' "B: back one phase"
[ "$(score)" = "$(score_at 6)" ] && tui_pass "B: score $(score), as before the last answer" ||
	tui_fail "B: score $(score), expected $(score_at 6)"
tui_keys b
tui_wait_for ' step 1 update ' "b: back to the boundary of step 1"
[ "$(score)" = "$(score_at 4)" ] && tui_pass "b: score $(score), as at step 1's boundary" ||
	tui_fail "b: score $(score), expected $(score_at 4)"
tui_keys b
tui_wait_for ' step 0 ready ' "b: back to step 0"
[ "$(score)" = "0/0" ] && tui_pass "back at step 0: score 0/0" || tui_fail "step 0: score $(score)"

# Q leaves (space steps again), Q comes back with a question; two answers; c exports.
tui_keys Q
tui_wait_for 'quiz off: score 0/0' "Q leaves the quiz"
tui_keys Space
tui_wait_for ' step 1 update ' "out of the quiz, space steps"
tui_keys Q
tui_wait_for 'Quiz, forward of sample 1 ' "Q: back in the quiz, asked at once"
given=0
right=0
answer_first
tui_keys s
tui_wait_for 'Quiz, loss of sample 1 ' "s asks about the loss"
answer_first
tui_keys c
tui_wait_for "to edgeviz-loss.csv, the quiz \\(score $right/2\\)" "c: the loss history, and the quiz with its score"
tui_wait_for "^ to edgeviz-quiz.txt" "exported to edgeviz-quiz.txt"
if [ "$(head -n 1 "$tui_dir/edgeviz-quiz.txt")" = "edgeviz quiz: score $right/2" ] &&
	[ "$(grep -c '^[0-9]*\. step 1: Quiz, ' "$tui_dir/edgeviz-quiz.txt")" = 2 ] &&
	grep -q '^1\. step 1: Quiz, forward of sample 1 ' "$tui_dir/edgeviz-quiz.txt" &&
	[ "$(grep -c '^   answered 1, ' "$tui_dir/edgeviz-quiz.txt")" = 2 ]; then
	tui_pass "edgeviz-quiz.txt: the score and the two questions, each with its answer"
else
	tui_fail "edgeviz-quiz.txt: $(cat "$tui_dir/edgeviz-quiz.txt")"
fi
recorded_screen=$(tui_settled)
tui_keys q
tui_wait_exit
tui_expect_status 0
mv "$tui_dir/edgeviz-quiz.txt" "$tui_dir/recorded-quiz.txt"
grep -q '^quiz on$' "$tui_dir/quiz.rec" && grep -q '^[0-9.]* key Q$' "$tui_dir/quiz.rec" &&
	grep -q '^[0-9.]* key 1$' "$tui_dir/quiz.rec" && tui_pass "the recording: quiz on, Q, the answers" ||
	tui_fail "the recording: $(cat "$tui_dir/quiz.rec")"

# The replay (no --quiz given: the recording says it): the same screen, the same file.
tui_start 80 24 --replay quiz.rec
tui_wait_for 'Hidden layer' "the replay's screen"
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay ends"
tui_wait_for 'to edgeviz-quiz.txt' "the replayed c"
if [ "$(tui_settled)" = "$recorded_screen" ]; then
	tui_pass "the replay ends on the recorded screen (score, question, panels)"
else
	tui_fail "the replay's final screen differs; recorded:"
	printf '%s\n' "$recorded_screen"
fi
if cmp -s "$tui_dir/recorded-quiz.txt" "$tui_dir/edgeviz-quiz.txt"; then
	tui_pass "the replay asked the same questions and got the same answers (edgeviz-quiz.txt)"
else
	tui_fail "the replayed quiz differs: $(cat "$tui_dir/edgeviz-quiz.txt")"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# 160x48: the question and its answers on one row, a word on the panels below it, the
# phase's narration below the verdict.
tui_start 160 48 --quiz
tui_wait_for 'Quiz, forward of sample 0 \(No Edge\): will h3 pass ReLU \(z1 > 0\)\?  1 yes  2 no, blocked *$' \
	"160x48: the question and its answers on one row"
tui_wait_for '^ The panels show the run before this phase: predict, then 1-4 shows it\.' \
	"160x48: the band's spare row says what the panels show"
tui_keys 2
tui_wait_for '^ Right: 2 no, blocked\. .* Score 1/1\. *$' "160x48: the verdict on one row"
tui_wait_for '^ Forward: z1 = x\.W1 \+ b1' "and the phase's narration below it"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
