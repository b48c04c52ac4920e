#!/bin/sh
# --narrate in a real terminal (tmux): keys read one at a time without Enter,
# not echoed, the sentences appear, not one escape byte reaches the terminal
# (all the pane received is kept by pipe-pane), and q leaves the terminal's
# settings as they were.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --narrate
tui_record "$tui_dir/bytes"
tui_wait_for '^Press s for one phase' "the narration starts"
tui_keys s
tui_wait_for '^Forward: 4 of 8 hidden neurons pass ReLU: h0 1.66' "s: the forward phase, one key, no Enter"
tui_keys s
tui_wait_for '^Loss: minus log of 0.810 plus 1e-8 is 0.2111\.$' "s: the loss"
tui_keys '?'
tui_wait_for '^q: quit\.$' "?: the keys as lines"
if tui_screen | grep -q '^ss'; then tui_fail "keys echoed"; else tui_pass "keys not echoed"; fi
tui_keys q
tui_wait_exit
tui_expect_status 0
if grep -q 'icanon' "$tui_dir/stty" && grep -q ' echo ' "$tui_dir/stty"; then
	tui_pass "q: canonical mode and echo back"
else
	tui_fail "q: the terminal left raw: $(cat "$tui_dir/stty")"
fi
if [ -s "$tui_dir/bytes" ] && ! LC_ALL=C grep -q "$(printf '\033')" "$tui_dir/bytes"; then
	tui_pass "not one ESC byte written"
else
	tui_fail "an ESC byte (or nothing) written: $(od -c "$tui_dir/bytes" | head -5)"
fi
tui_finish
