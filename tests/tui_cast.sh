#!/bin/sh
# --cast: playing a cast's output (its "o" events, concatenated) into a fresh
# tmux pane of the same size gives the screen the visualizer showed. For a
# cast made from a recording with no terminal (--cast-size), against the
# recording replayed live in tmux; for a live --cast, against the live run.
# Every pane has tmux's alternate screen off, so that the program leaving its
# screen keeps its last frame there: the screens are compared once every
# byte has come.
# A live cast has one marker a phase shown (keys typed one at a time), an
# "r" event when the terminal is resized, is saved on SIGTERM as on q, and
# Ctrl-Z and fg work as without --cast.
. "$(dirname "$0")/tui_lib.sh"

if ! command -v jq >/dev/null 2>&1; then
	tui_skip "jq is not installed"
	exit 77
fi

# start_keeping COLS ROWS ARGS...: tui_start with tmux's alternate screen off, so that
# the last frame stays on the pane after the program has left its screen.
start_keeping() {
	TUI_HOLD=1
	tui_start "$@"
	TUI_HOLD=
	tui_tmux set-option -g -w alternate-screen off
	tui_go
}

# cast_play CAST COLS ROWS: write CAST's output into a fresh COLS x ROWS pane;
# its screen, settled, in $played (not run in $(...): tui_start counts its servers).
cast_play() {
	# Not jq -R: jq 1.6 reads raw lines in blocks and breaks a UTF-8 character cut
	# by a block's end into U+FFFD; parsing the JSON values themselves is exact.
	jq -r -j 'select(type == "array" and .[1] == "o") | .[2]' "$1" >"$tui_dir/played.bin"
	# The wrapper keeps the pane open once cat is done.
	printf '%s\n' "exec cat '$tui_dir/played.bin'" >"$tui_dir/play.sh"
	chmod +x "$tui_dir/play.sh"
	saved=$EDGEVIZ
	EDGEVIZ=$tui_dir/play.sh
	start_keeping "$2" "$3"
	EDGEVIZ=$saved
	tui_wait_exit
	played=$(tui_settled)
}

# same WHAT SHOWN PLAYED: the two screens are the same.
same() {
	if [ "$2" = "$3" ]; then
		tui_pass "$1"
	else
		tui_fail "$1: the screens differ"
		printf '%s\n' "--- shown ---" "$2" "--- played ---" "$3"
	fi
}

# markers CAST: the markers' labels, one a line.
markers() {
	jq -R -r 'fromjson | select(type == "array" and .[1] == "m") | .[2]' "$1"
}

# A recording (with times, so that the live replay is quick) made into a cast
# with no terminal, and replayed live: the same last screen.
printf '%s\n' 'edgeviz-recording 1' '0.05 key s' '0.1 key s' '0.15 key space' '0.2 key s' '0.25 key m' \
	'0.3 key tab' >"$tui_dir/lesson.rec"
(cd "$tui_dir" && LANG=C.UTF-8 LC_ALL=C.UTF-8 "$EDGEVIZ" --replay lesson.rec --cast lesson.cast \
	--cast-size 80x24 </dev/null >/dev/null 2>"$tui_dir/err")
if [ $? -eq 0 ] && [ -s "$tui_dir/lesson.cast" ]; then
	tui_pass "a cast made from the recording with no terminal"
else
	tui_fail "no cast made: $(cat "$tui_dir/err")"
fi
# The screen compared is the last frame, kept on the pane after q: every byte has come by then.
start_keeping 80 24 --replay lesson.rec
tui_wait_for 'Input' "the live replay starts"
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the live replay ends"
tui_keys q
tui_wait_exit
shown=$(tui_settled)
cast_play "$tui_dir/lesson.cast" 80 24
same "the recording's cast, played, ends on the live replay's screen (80x24)" "$shown" "$played"
if printf '%s\n' "$played" | grep -q 'Decision map'; then
	tui_pass "  and that screen is the last one: the map the recording opened"
else
	tui_fail "the played cast does not show the map"
fi

# A live cast, keys typed one at a time, each waited for on screen.
start_keeping 80 24 --cast live.cast
tui_wait_for ' step 0 ready ' "a live --cast starts at step 0"
tui_keys s
tui_wait_for ' forward ' "s: forward"
tui_keys s
tui_wait_for ' loss ' "s: loss"
tui_keys n
tui_wait_for 'health' "n: the neuron health view"
tui_keys q
tui_wait_exit
tui_expect_status 0
shown=$(tui_settled)
tui_check_restored
pane_term=$(tui_tmux show-options -g -v default-terminal)
if jq -R 'fromjson' "$tui_dir/live.cast" >/dev/null 2>&1 &&
	head -n 1 "$tui_dir/live.cast" | jq -e --arg term "$pane_term" \
		'.version == 2 and .width == 80 and .height == 24 and .env.TERM == $term' >/dev/null 2>&1; then
	tui_pass "the live cast is JSON a line, its header 80x24 and the pane's TERM"
else
	tui_fail "the live cast's lines or header: $(head -n 1 "$tui_dir/live.cast")"
fi
if [ "$(markers "$tui_dir/live.cast" | tr '\n' ';')" = "step 0 ready;step 1 forward;step 1 loss;" ]; then
	tui_pass "one marker a phase shown: step 0, then the two s presses; none for the view"
else
	tui_fail "markers: $(markers "$tui_dir/live.cast" | tr '\n' ';')"
fi
cast_play "$tui_dir/live.cast" 80 24
same "the live cast, played, ends on the screen the visualizer showed" "$shown" "$played"

# A resize is an "r" event with the new size; SIGTERM saves the cast and ends with 143.
tui_start 80 24 --cast resized.cast
tui_wait_for ' step 0 ready ' "a live --cast"
tui_tmux resize-window -t edgeviz -x 100 -y 30
tui_wait_for '^.{81}' "the screen redrawn wider than 80"
kill -TERM "$(tui_pid)"
tui_wait_exit
tui_expect_status 143
if jq -R -r 'fromjson | select(type == "array" and .[1] == "r") | .[2]' "$tui_dir/resized.cast" | grep -qx 100x30; then
	tui_pass "the resize: an r event 100x30, the cast saved on SIGTERM"
else
	tui_fail "no r event 100x30: $(grep '"r"' "$tui_dir/resized.cast")"
fi

# Ctrl-Z and fg in a shell with job control: the job stops, the shell has the
# terminal back as it was, fg brings the screen back, and the cast goes on.
# A script, as the job: it stops whole, and its status is written once edgeviz has ended.
printf '%s\n' "stty -g >before" "'$EDGEVIZ' --cast stopped.cast" "echo \$? >status.tmp" "stty -g >after" \
	"mv status.tmp status" >"$tui_dir/run.sh"
tui_shell 80 24
rm -f "$tui_dir/status"
tui_shell_type "sh run.sh"
tui_wait_for 'Hidden layer' "a live --cast from a shell"
tui_keys s
tui_wait_for ' forward ' "s: forward"
tui_keys C-z
tui_wait_for 'Stopped' "Ctrl-Z: the shell says the job stopped"
tui_shell_run "stty -g >stopped"
if cmp -s "$tui_dir/before" "$tui_dir/stopped"; then
	tui_pass "while stopped, stty -g is the shell's, as before"
else
	tui_fail "while stopped: stty -g $(cat "$tui_dir/stopped"), before $(cat "$tui_dir/before")"
fi
tui_shell_type fg
tui_wait_for 'Hidden layer' "fg: the panels again"
tui_keys s
tui_wait_for ' loss ' "s after fg: loss"
tui_keys q
tui_wait_exit
tui_expect_status 0
if cmp -s "$tui_dir/before" "$tui_dir/after"; then
	tui_pass "after q, stty -g as before"
else
	tui_fail "after q: stty -g $(cat "$tui_dir/after"), before $(cat "$tui_dir/before")"
fi
if [ "$(markers "$tui_dir/stopped.cast" | tr '\n' ';')" = "step 0 ready;step 1 forward;step 1 loss;" ]; then
	tui_pass "the cast goes on after the stop: its markers"
else
	tui_fail "markers after a stop: $(markers "$tui_dir/stopped.cast" | tr '\n' ';')"
fi
tui_finish
