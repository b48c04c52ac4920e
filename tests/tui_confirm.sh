#!/bin/sh
# a, N, R and o start the run over: at step 0 they act at once; past it
# they ask first, on one line (y: yes, any other key: no), and any other
# key keeps the run and does nothing else. A recording keeps the confirmed
# key alone, and its replay (like an old or hand-written one) does not ask.
. "$(dirname "$0")/tui_lib.sh"

question='y: yes, other keys: no'

# asks KEY WHAT: KEY past step 0 shows the question, on one line.
asks() {
	tui_keys "$1"
	tui_wait_for "^ $2 and lose the [0-9]+ steps?\\? $question\$" \
		"$1 past step 0 asks: '$2?'"
}

tui_start 80 24 --record session.rec
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys R
tui_wait_for 'reset: step 0' "R at step 0 resets at once: nothing to lose"
tui_keys Space Space Space
tui_wait_for ' step 3 ' "three steps"

asks R 'reset to step 0'
tui_keys s
tui_wait_for 'kept the run: nothing changed' "s answers no"
tui_wait_for ' step 3 update ' "the run is kept, and s did not step a phase"
asks N 'take the next seed'
tui_keys n
tui_wait_for 'kept the run' "n answers no"
tui_wait_for ' step 3 ' "the same step: no new seed"
asks a 'take the next gate'
tui_keys Escape
tui_wait_for 'kept the run' "Esc answers no"
tui_wait_for ' step 3 .* relu ' "same gate"
tui_keys w
tui_wait_for 'saved the weights' "w saves (w does not ask)"
asks o 'load the saved weights'
tui_keys q
tui_wait_for 'kept the run' "even q answers no"
tui_wait_for ' step 3 ' "still step 3"

asks R 'reset to step 0'
tui_keys y
tui_wait_for 'reset: step 0' "y: reset"
tui_wait_for ' step 0 ' "at step 0"
tui_keys q
tui_wait_exit
tui_expect_status 0

if [ "$(grep -c '^[0-9.]* *key R$' "$tui_dir/session.rec")" -eq 2 ] &&
	! grep -q 'key [NaoysEn]$\|key Escape' "$tui_dir/session.rec"; then
	tui_pass "the recording holds the two R that acted, no question, no answer"
else
	tui_fail "the recording: $(cat "$tui_dir/session.rec")"
fi

tui_start 80 24 --replay session.rec
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay plays to its end without asking"
tui_wait_for ' step 0 ' "and ends reset, at step 0"
if tui_screen | grep -q "$question"; then
	tui_fail "the replay asked"
else
	tui_pass "nothing asked in the replay"
fi
tui_keys q
tui_wait_exit
tui_finish
