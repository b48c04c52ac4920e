#!/bin/sh
# --narrate with keys from a pipe: the sentences of the first step, with the
# tutorial's numbers (seed 42, the first sample, index 0 as edgeviz(1) numbers it: h0 1.66 h1 0.07 h6 1.09 h7 0.90,
# p(No Edge) 0.810, loss 0.2111; reference/tutorial-outputs.md gives epoch 0's
# loss 0.1423), one line an epoch while running, the keys as lines, a
# recording narrated, and not one escape byte anywhere.
. "$(dirname "$0")/lib.sh"

# narrate KEYS ARGS...: run --narrate with KEYS on standard input.
narrate() {
	keys=$1
	shift
	printf '%s' "$keys" | "$EDGEVIZ" --narrate "$@" >"$work/out" 2>"$work/err"
	status=$?
}

# has LINE: the output has LINE, whole.
has() {
	if grep -Fxq -- "$1" "$work/out"; then pass "says: $1"; else fail "does not say: $1"; cat "$work/out"; fi
}

# no_escape WHAT: not one ESC byte (nor any other control byte but newline) in the output.
no_escape() {
	if LC_ALL=C tr -d '\n' <"$work/out" | LC_ALL=C grep -q '[[:cntrl:]]'; then
		fail "$1: a control byte in the output"
	elif [ ! -s "$work/out" ]; then
		fail "$1: no output"
	else
		pass "$1: no escape or control byte"
	fi
}

narrate 'ssss q'
check "four s presses: status 0" test "$status" -eq 0
has 'Step 1, sample 0 of 100, labelled No Edge.'
has 'Forward: 4 of 8 hidden neurons pass ReLU: h0 1.66, h1 0.07, h6 1.09, h7 0.90; blocked: h2, h3, h4, h5.'
has 'Softmax: Edge 19.0 percent, No Edge 81.0 percent; the guess No Edge is right.'
has 'Loss: minus log of 0.810 plus 1e-8 is 0.2111.'
has 'Backward: dz2 is p minus y: Edge 0.190, No Edge -0.190.'
has 'ReLU passes the gradient at 4 neurons and stops it at 4 blocked ones.'
has 'Update: every weight moves by minus 0.1 times its gradient; step 1 done.'
check "space after the step: the next sample in one line" grep -q '^Step 2, sample 1 of 100, labelled Edge: guess .*, \(right\|wrong\), loss [0-9.]*\.$' "$work/out"
check "q: nothing after goodbye" test "$(tail -n 1 "$work/out")" = "Goodbye."
no_escape "four s presses"

# A run: one line an epoch, not one a step.
narrate 'r' --epochs 3
has 'Epoch 0 done: loss 0.1423, training 96 of 100 right, test 20 of 20 right.'
check "a run of 3 epochs: 3 epoch lines" test "$(grep -c '^Epoch [0-9]* done' "$work/out")" -eq 3
check "a run of 3 epochs: no step lines" test "$(grep -c '^Step' "$work/out")" -eq 0
check "the end of the keys ends the narration" test "$status" -eq 0
no_escape "a run"

# b goes back exactly; ? lists the keys as lines.
narrate ' b?'
has 'At step 0, epoch 0, sample 0 of 100, phase ready.'
has 's: one phase (forward, loss, backward, update).'
has 'q: quit.'
no_escape "back and the keys"

# B goes back one phase and says it again, the same numbers.
narrate 'sssB'
has 'At step 0, epoch 0, sample 0 of 100, phase loss.'
check "B: the loss said again, the same" test "$(grep -c '^Loss: minus log of 0.810 plus 1e-8 is 0.2111.$' "$work/out")" -eq 2
no_escape "B"

# A recording narrated: its keys and its run frames.
printf 'edgeviz-recording 1\nepochs 3\nkey s\nrun 100\nkey q\nkey s\n' >"$work/rec"
"$EDGEVIZ" --narrate --replay "$work/rec" </dev/null >"$work/out" 2>"$work/err"
check "--replay: status 0" test $? -eq 0
has 'Softmax: Edge 19.0 percent, No Edge 81.0 percent; the guess No Edge is right.'
has 'Epoch 0 done: loss 0.1423, training 96 of 100 right, test 20 of 20 right.'
check "--replay: q in the recording ends it" test "$(grep -c '^Forward' "$work/out")" -eq 1
no_escape "--replay"

# Bad input: one line, status 2.
"$EDGEVIZ" --narrate --batch >"$work/out" 2>"$work/err" </dev/null
check "--narrate --batch: status 2" test $? -eq 2
check "--narrate --batch: one line" test "$(wc -l <"$work/err")" -eq 1
"$EDGEVIZ" --narrate --replay "$work/none" >"$work/out" 2>"$work/err" </dev/null
check "--narrate --replay missing: status 1" test $? -eq 1
check "--narrate --replay missing: edgeviz: line" grep -q '^edgeviz: --replay' "$work/err"
finish
