#!/bin/sh
# Terminals the visualizer cannot use are refused with one line naming
# --batch and status 2, before anything is drawn: TERM unset, empty, dumb,
# unknown (xyzzy) or unable to move the cursor (glasstty); standard input or
# output not a terminal. And on terminals it can use, what it writes (every
# byte, captured with tmux's pipe-pane): nothing above 0x7f in the C locale,
# no color code with NO_COLOR or --no-color.
. "$(dirname "$0")/tui_lib.sh"

# tui_refused WHAT COMMAND PATTERN: COMMAND, typed into the shell, exits 2
# with one line on stderr matching PATTERN and naming --batch, writes nothing
# on stdout, and leaves the terminal as it was.
tui_refused() {
	rm -f "$tui_dir/err"
	tui_shell_run "stty -g >'$tui_dir/before'; $2 2>'$tui_dir/err'; s=\$?; stty -g >'$tui_dir/after'; (exit \$s)"
	if [ "$tui_status" = 2 ]; then
		tui_pass "$1: exit status 2"
	else
		tui_fail "$1: exit status $tui_status, expected 2"
	fi
	lines=$(wc -l <"$tui_dir/err")
	if [ "$lines" -eq 1 ] && grep -Eq -- "^edgeviz: .*$3.*--batch" "$tui_dir/err"; then
		tui_pass "$1: one line: $(cat "$tui_dir/err")"
	else
		tui_fail "$1: $lines lines on stderr: $(cat "$tui_dir/err")"
	fi
	if cmp -s "$tui_dir/before" "$tui_dir/after"; then
		tui_pass "$1: the terminal settings unchanged"
	else
		tui_fail "$1: the terminal settings changed"
	fi
}

tui_shell 80 24
tui_record "$tui_dir/refusals.out"
tui_refused "TERM unset" "env -u TERM '$EDGEVIZ'" 'TERM is unset or dumb'
tui_refused "TERM empty" "TERM= '$EDGEVIZ'" 'TERM is unset or dumb'
tui_refused "TERM=dumb" "TERM=dumb '$EDGEVIZ'" 'TERM is unset or dumb'
tui_refused "TERM=xyzzy" "TERM=xyzzy '$EDGEVIZ'" "terminal type 'xyzzy'"
# glasstty has no cursor addressing (where terminfo lacks it: unknown).
tui_refused "TERM=glasstty" "TERM=glasstty '$EDGEVIZ'" "terminal type 'glasstty'"
tui_refused "stdin not a terminal" "'$EDGEVIZ' </dev/null" 'needs a terminal'
tui_refused "stdout not a terminal" "'$EDGEVIZ' >'$tui_dir/out'" 'needs a terminal'
if [ -s "$tui_dir/out" ]; then
	tui_fail "stdout not a terminal: something was written to it"
else
	tui_pass "stdout not a terminal: nothing written to it"
fi
# Refused before anything was drawn: no control sequence at all reached the
# terminal, only the shell's echo, the prompts and nothing else.
if LC_ALL=C grep -q "$(printf '\033')" "$tui_dir/refusals.out"; then
	tui_fail "escape sequences reached the terminal: $(LC_ALL=C od -c "$tui_dir/refusals.out" | grep -m 3 '033')"
else
	tui_pass "no escape sequence reached the terminal ($(wc -c <"$tui_dir/refusals.out") bytes recorded)"
fi

# tui_exercise: show every panel and overlay: a forward and backward pass,
# the help, the patch editor, the test set, a larger screen, the tour, the
# wrong samples, then quit.
tui_exercise() {
	tui_wait_for 'Hidden layer' "the panels appear"
	tui_keys Space s s s
	# (the step-0 narration already says "backward": wait for the phase itself)
	tui_wait_for ' step 1 +backward ' "a backward pass"
	tui_wait_for 'dz2 = p-y' "its output gradient"
	tui_keys '?'
	tui_wait_for 'every key' "the help"
	tui_keys z p
	tui_wait_for 'Your patch' "the editor"
	tui_keys x Right 9 Escape t
	tui_wait_for 'test set' "the test set"
	tui_keys Escape
	tui_tmux resize-window -t edgeviz -x 160 -y 48
	tui_wait_for 'Update of h0' "160x48"
	# The pages of the tour, and the samples it gets wrong.
	tui_keys T '>' '>' '>' '>' '>' '>' '>' '>'
	tui_wait_for 'Tour 9/9' "the tour, to its last page"
	tui_keys T W
	tui_wait_for 'Wrong now' "the wrong samples"
	tui_keys q
	tui_wait_exit
	tui_expect_status 0
}

# tui_count_high FILE: how many bytes of FILE are above 0x7f.
tui_count_high() {
	LC_ALL=C tr -d '\000-\177' <"$1" | wc -c | tr -d ' '
}

# tui_color_codes FILE: the SGR sequences in FILE that set a color (30-49,
# 90-107, 38;... and 48;...), one a line.
tui_color_codes() {
	LC_ALL=C grep -ao "$(printf '\033')\[[0-9;:]*m" "$1" | LC_ALL=C awk '{
		n = split(substr($0, 3, length($0) - 3), p, /[;:]/)
		for (i = 1; i <= n; i++)
			if (p[i] ~ /^(3[0-9]|4[0-9]|9[0-7]|10[0-7])$/) {
				print substr($0, 2)
				break
			}
	}'
}

TUI_HOLD=1 TUI_LANG=C tui_start 80 24
tui_record "$tui_dir/c.out"
tui_go
tui_exercise
if [ "$(wc -c <"$tui_dir/c.out")" -gt 1000 ]; then
	tui_pass "recorded $(wc -c <"$tui_dir/c.out") bytes in the C locale"
else
	tui_fail "recorded only $(wc -c <"$tui_dir/c.out") bytes"
fi
high=$(tui_count_high "$tui_dir/c.out")
[ "$high" -eq 0 ] && tui_pass "C locale: no byte above 0x7f written" ||
	tui_fail "C locale: $high bytes above 0x7f written"

# The recording can see both: a UTF-8 locale writes UTF-8, colors by default.
TUI_HOLD=1 TUI_ENV="TERM=xterm-256color" tui_start 80 24
tui_record "$tui_dir/utf8.out"
tui_go
tui_exercise
[ "$(tui_count_high "$tui_dir/utf8.out")" -gt 0 ] && tui_pass "UTF-8: UTF-8 written" ||
	tui_fail "UTF-8: no UTF-8 written"
[ -n "$(tui_color_codes "$tui_dir/utf8.out")" ] && tui_pass "colors written by default" ||
	tui_fail "no colors written by default"

for how in "NO_COLOR=1" "--no-color"; do
	case $how in
	--*) TUI_HOLD=1 TUI_ENV="TERM=xterm-256color" tui_start 80 24 "$how" ;;
	*) TUI_HOLD=1 TUI_ENV="TERM=xterm-256color $how" tui_start 80 24 ;;
	esac
	tui_record "$tui_dir/mono.out"
	tui_go
	tui_exercise
	codes=$(tui_color_codes "$tui_dir/mono.out" | sort -u | tr '\n' ' ')
	[ -z "$codes" ] && tui_pass "$how: no color code written" ||
		tui_fail "$how: color codes written: $codes"
done
tui_finish
