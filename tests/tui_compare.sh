#!/bin/sh
# Two runs side by side (--compare, C). With --compare lr=1.0 the screen
# splits into runs A and B at 80x24 (output, loss, accuracy) and at 160x48
# (also the hidden layers and templates); space, s, B and b move both runs
# in lockstep on the same sample, and B's numbers are, at every step, those
# a plain --lr 1.0 run shows there (A's those of the plain run); after e,
# each run's epoch loss and test count are --batch's for that run. C asks
# for the change on the message line and forks B from where A stands (its
# rate from then on: a plain run with ] ] ] at that step shows the same
# numbers); C closes B; keys that would change A alone are refused; a
# recording replays C with its change.
. "$(dirname "$0")/tui_lib.sh"

# run_a, run_b: the split screen's columns at 80 columns (A left, B right), on its ASCII lines.
run_a() { tui_settled | cut -c 1-39; }
run_b() { tui_settled | cut -c 41-; }
# sample_loss: the sample loss a column shows; plain_loss: the output panel's -log(...) = X.
sample_loss() { sed -n 's/^sample loss \([^ ]*\).*/\1/p'; }
plain_loss() { sed -n 's/.*-log([^)]*) *= *\([-0-9.e]*\).*/\1/p' | head -n 1; }
# p_edges: both runs' p(Edge) percentages, from the whole row (its bars are not ASCII);
# plain_p_edge: the plain output panel's first percentage.
p_edges() { tui_settled | sed -n 's/^p(Edge) .* \([0-9.]*%\) *p(Edge) .* \([0-9.]*%\) *$/\1 \2/p'; }
plain_p_edge() { grep -o '[0-9.]*%' | head -n 1; }

# lockstep STEP WHAT: the status line's step, and both columns' sample and phase, agree.
lockstep() {
	screen=$(tui_settled)
	a=$(printf '%s\n' "$screen" | cut -c 1-39 | sed -n 's/^sample \([0-9]*\/[0-9]* [a-z]*\),.*/\1/p')
	b=$(printf '%s\n' "$screen" | cut -c 41- | sed -n 's/^sample \([0-9]*\/[0-9]* [a-z]*\),.*/\1/p')
	if [ -n "$a" ] && [ "$a" = "$b" ] && printf '%s\n' "$screen" | head -n 1 | grep -Eq "^ step $1 "; then
		tui_pass "$2: both runs at step $1, sample $a"
	else
		tui_fail "$2: A at '$a', B at '$b', status: $(printf '%s\n' "$screen" | head -n 1)"
	fi
}

# The plain runs' numbers after the same keys: default, and --lr 1.0.
# plain KEYS...: loss and p(Edge) shown after KEYS (ending in a loss phase).
plain() {
	tui_wait_for 'Hidden layer' "a plain run for reference ($plain_args)"
	tui_keys "$@"
	tui_wait_for ' loss +lr' "the plain run in a loss phase"
	plain_screen=$(tui_settled)
	tui_keys q
	tui_wait_exit
}
plain_args="(lr 0.1)"
tui_start 80 24
plain Space Space Space Space s s
a_loss=$(printf '%s\n' "$plain_screen" | plain_loss)
a_p=$(printf '%s\n' "$plain_screen" | plain_p_edge)
plain_args="--lr 1.0"
tui_start 80 24 --lr 1.0
plain Space Space Space Space s s
b_loss=$(printf '%s\n' "$plain_screen" | plain_loss)
b_p=$(printf '%s\n' "$plain_screen" | plain_p_edge)

tui_start 80 24 --compare lr=1.0
tui_wait_for '^A lr 0\.1 relu seed 42 h8 +B lr 1 relu seed 42 h8 \(A with lr=1\)' "80x24: A and B, labelled, with their settings"
tui_wait_for '^ step 0 ready \| A loss - acc - test [0-9.]+% \| B loss - acc - test [0-9.]+% \| paused' "the status line has both runs"
tui_keys Space Space Space
lockstep 3 "space x3"
tui_keys s s
lockstep 3 "s s"
tui_wait_for '^ step 3 loss ' "s s: the loss phase of both"
tui_keys B
lockstep 3 "B"
tui_wait_for '^ step 3 forward ' "B: back to the forward phase of both"
tui_keys b
lockstep 3 "b"
tui_wait_for '^ step 3 update ' "b: back to the boundary of both"
tui_keys Space s s
lockstep 4 "space s s"
got_a=$(run_a | sample_loss) got_b=$(run_b | sample_loss)
got_pa=$(p_edges | cut -d ' ' -f 1) got_pb=$(p_edges | cut -d ' ' -f 2)
if [ -n "$b_loss" ] && [ "$got_b" = "$b_loss" ] && [ "$got_pb" = "$b_p" ]; then
	tui_pass "B's sample loss $got_b and p(Edge) $got_pb are --lr 1.0's at that step"
else
	tui_fail "B shows loss '$got_b' p '$got_pb'; --lr 1.0 shows '$b_loss' '$b_p'"
fi
if [ -n "$a_loss" ] && [ "$got_a" = "$a_loss" ] && [ "$got_pa" = "$a_p" ]; then
	tui_pass "A's sample loss $got_a and p(Edge) $got_pa are the plain run's"
else
	tui_fail "A shows loss '$got_a' p '$got_pa'; the plain run shows '$a_loss' '$a_p'"
fi
check_c() { [ "$got_a" != "$got_b" ]; }
check_c && tui_pass "the runs differ ($got_a, $got_b)" || tui_fail "A and B show the same loss"

# e twice: the epochs' losses and test counts are --batch's, for each run.
tui_keys e e
lockstep 200 "e e"
tui_wait_for 'loss per epoch, log scale, epochs 0\.\.1: +\* A +o B +@ both' "one chart, a glyph a run, its legend"
for run in A B; do
	if [ $run = A ]; then args=; col=run_a; else args="--lr 1.0"; col=run_b; fi
	# shellcheck disable=SC2086
	"$EDGEVIZ" --batch --epochs 2 $args --csv "$tui_dir/$run.csv" >"$tui_dir/$run.log"
	want=$(awk -F, 'NR == 3 { printf "%.4f", $2 }' "$tui_dir/$run.csv")
	test=$(sed -n 's/^Test Accuracy: \([0-9]*\/[0-9]*\).*/\1/p' "$tui_dir/$run.log")
	shown=$($col)
	if printf '%s\n' "$shown" | grep -q "^epoch loss $want " && printf '%s\n' "$shown" | grep -q "^test $test = "; then
		tui_pass "$run after 2 epochs: epoch loss $want and test $test, as --batch $args"
	else
		tui_fail "$run: want epoch loss $want, test $test: $(printf '%s\n' "$shown" | grep '^epoch\|^test')"
	fi
done

# Keys that would change run A alone are refused; views wait for C.
tui_keys ']'
tui_wait_for 'run B is open: this would change run A alone; C closes B first' "]: refused while B is open"
tui_wait_for '^A lr 0\.1 ' "A's rate unchanged"
tui_keys m
tui_wait_for 'the split screen shows runs A and B only' "m: the map waits for C"
tui_keys C
tui_wait_for 'Hidden layer' "C: B closed, the panels back"
tui_wait_for 'run B closed' "C says so"
tui_keys q
tui_wait_exit
tui_expect_status 0

# C forks B at step 2 with lr=1: its numbers are a plain run's with the rate raised to 1 there.
tui_start 80 24
tui_wait_for 'Hidden layer' "a plain run for reference (] ] ] at step 2)"
tui_keys Space Space ']' ']' ']'
tui_wait_for ' lr 1 ' "the rate raised to 1 at step 2"
tui_keys Space s s
tui_wait_for ' loss +lr' "its loss phase"
fork_loss=$(tui_settled | plain_loss)
tui_keys q
tui_wait_exit
tui_start 80 24 --record "$tui_dir/c.rec"
tui_wait_for 'Hidden layer' "the panels"
tui_keys Space Space C
tui_wait_for 'run B = A with: _' "C asks for the change on the message line"
tui_keys l r = 1 . 0 x BSpace
tui_wait_for 'run B = A with: lr=1\.0_' "typed, and Backspace takes one back"
tui_keys Escape
tui_wait_for 'no run B' "Esc: no run B"
tui_keys C l r = a b c Enter
tui_wait_for 'no run B: lr=abc: the learning rate must be a finite number above 0' "a bad change says why"
tui_keys C l r = 1 . 0 Enter
tui_wait_for 'run B: A with lr=1, from step 2' "Enter: run B, from A's step"
tui_keys Space s s
lockstep 3 "after C, space s s"
got=$(run_b | sample_loss)
if [ -n "$fork_loss" ] && [ "$got" = "$fork_loss" ]; then
	tui_pass "B forked at step 2 shows $got, the plain run's with ] ] ] at step 2"
else
	tui_fail "B forked at step 2 shows '$got'; the plain run '$fork_loss'"
fi
fork_screen=$(tui_settled)
tui_keys q
tui_wait_exit
tui_expect_status 0
if grep -Eq '^[0-9.]+ compare lr=1$' "$tui_dir/c.rec" && ! grep -q 'key l' "$tui_dir/c.rec"; then
	tui_pass "the recording has 'compare lr=1', not the keys typed"
else
	tui_fail "the recording: $(cat "$tui_dir/c.rec")"
fi
tui_start 80 24 --replay "$tui_dir/c.rec"
tui_wait_for '^A lr 0\.1 ' "the replay opens B"
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay ends"
if [ "$(tui_settled | tail -n +2)" = "$(printf '%s\n' "$fork_screen" | tail -n +2)" ]; then
	tui_pass "the replay's split screen is the recorded one"
else
	tui_fail "the replay's screen differs"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

# 160x48: both runs' hidden layers and templates too.
tui_start 160 48 --compare seed=7
tui_wait_for 'B lr 0\.1 relu seed 7 h8 \(A with seed=7\)' "160x48: B with its seed"
tui_keys s
tui_wait_for 'hidden layer h \(relu\) +hidden layer h \(relu\)' "both runs' hidden layers"
tui_wait_for 'h0 +[0-9.]+ +h1 .* h0 +[0-9.]+ +h1 ' "with each neuron's h"
tui_wait_for 'templates W1 of h0\.\.h7 +templates W1 of h0\.\.h7' "both runs' templates"
tui_wait_for '^ step 0  epoch 0  sample 0/100  forward \| A loss .* test .* \| B loss .* test ' "the status line, in full"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
