# Shared by the tmux tests of the visualizer (tests/tui_*.sh): start the
# real program in a detached tmux session of a given size on a private
# socket, send it keys, and poll its screen with capture-pane until what is
# expected shows up or a deadline passes (never a blind sleep). Every name
# here starts with tui_ (tests/lib.sh belongs to the command-line tests).

: "${EDGEVIZ:=$(cd "$(dirname "$0")/.." && pwd)/src/edgeviz}"

if ! command -v tmux >/dev/null 2>&1; then
	echo "SKIP: tmux is not installed"
	exit 77
fi

# A private tmux server, a fresh one for each start (a server being killed
# can still hold its socket for a moment).
tui_runs=0
tui_socket="edgeviz-test-$$-0"
tui_dir=$(mktemp -d "${TMPDIR:-/tmp}/edgeviz-tui-XXXXXX")
tui_failures=0
tui_checks=0
# Seconds to wait for a screen before failing; generous for slow CI machines.
tui_deadline=${TUI_DEADLINE:-15}

# tui_tmux ARGS...: tmux on the private socket, with no user configuration.
tui_tmux() {
	tmux -L "$tui_socket" -f /dev/null "$@"
}

# tui_cleanup: kill the private tmux server and remove the scratch files.
tui_cleanup() {
	tui_tmux kill-server >/dev/null 2>&1
	# The wrapper may still be writing edgeviz's status as the pane goes.
	for _ in 1 2 3 4 5 6 7 8 9 10; do
		rm -rf "$tui_dir" 2>/dev/null && break
		sleep 0.1
	done
}
trap tui_cleanup EXIT

# tui_fail MESSAGE: count a failure, say it, and show the screen as it was.
tui_fail() {
	tui_failures=$((tui_failures + 1))
	printf 'FAIL: %s\n--- screen ---\n' "$*"
	tui_screen
	printf -- '--------------\n'
}

# tui_pass MESSAGE: count a check that held.
tui_pass() {
	tui_checks=$((tui_checks + 1))
	printf 'ok: %s\n' "$*"
}

# tui_start COLS ROWS ARGS...: run edgeviz ARGS in a COLS x ROWS session, in the
# locale $TUI_LANG (default C.UTF-8) with the variables $TUI_ENV. When it
# exits, its status goes to $tui_dir/status and the terminal's settings (stty -a)
# to $tui_dir/stty; the pane stays open so that its screen can still be read.
tui_start() {
	cols=$1
	rows=$2
	shift 2
	tui_tmux kill-server >/dev/null 2>&1
	# A run still going when the server went writes its status as it ends:
	# wait for it, or it would land on the new run's.
	if [ -f "$tui_dir/pid" ]; then
		end=$(($(tui_now) + tui_deadline))
		while [ ! -f "$tui_dir/status" ] && [ "$(tui_now)" -le "$end" ]; do
			sleep 0.05
		done
	fi
	tui_runs=$((tui_runs + 1))
	tui_socket="edgeviz-test-$$-$tui_runs"
	rm -f "$tui_dir/status" "$tui_dir/stty" "$tui_dir/pid" "$tui_dir/go"
	# The wrapper ignores SIGINT and SIGHUP so that it outlives them to report,
	# then takes them back for its sleep (which would outlive the tmux server
	# otherwise), and does not sleep at all when the terminal is gone. With
	# $TUI_HOLD set it waits for tui_go before it starts edgeviz.
	printf '%s\n' \
		"trap '' INT HUP" \
		"ulimit -c 0" \
		"i=0" \
		"while [ -n '$TUI_HOLD' ] && [ ! -f '$tui_dir/go' ] && [ \$i -lt 600 ] && [ -t 0 ]; do" \
		"	sleep 0.05; i=\$((i + 1))" \
		"done" \
		"[ -z '$TUI_HOLD' ] || [ -f '$tui_dir/go' ] || exit 0" \
		"sh -c 'echo \$\$ >\"\$0\"; exec \"\$@\"' '$tui_dir/pid' \"\$@\"" \
		"echo \$? >'$tui_dir/status.tmp'" \
		"stty -a >'$tui_dir/stty' 2>&1" \
		"mv '$tui_dir/status.tmp' '$tui_dir/status'" \
		"trap - INT HUP" \
		"[ -t 0 ] || exit 0" \
		"exec sleep 3600" >"$tui_dir/wrapper.sh"
	tui_tmux new-session -d -s edgeviz -x "$cols" -y "$rows" -c "$tui_dir" \
		"LANG=${TUI_LANG:-C.UTF-8} LC_ALL=${TUI_LANG:-C.UTF-8} $TUI_ENV sh '$tui_dir/wrapper.sh' '$EDGEVIZ' $*"
}

# tui_go: start edgeviz in a session started with $TUI_HOLD set (after, say,
# tui_record has begun to record what it writes).
tui_go() {
	: >"$tui_dir/go"
}

# tui_record FILE: append every byte the pane's programs write to FILE.
tui_record() {
	: >"$1"
	tui_tmux pipe-pane -t edgeviz "cat >>'$1'"
}

# tui_shell COLS ROWS: an interactive shell (with job control, for Ctrl-Z and
# fg) in a COLS x ROWS session, in $tui_dir, for commands typed into it.
tui_shell() {
	tui_tmux kill-server >/dev/null 2>&1
	tui_runs=$((tui_runs + 1))
	tui_socket="edgeviz-test-$$-$tui_runs"
	tui_tmux new-session -d -s edgeviz -x "$1" -y "$2" -c "$tui_dir" \
		"LANG=${TUI_LANG:-C.UTF-8} LC_ALL=${TUI_LANG:-C.UTF-8} PS1='$ ' ENV=/dev/null sh -i"
	tui_wait_for '^\$' "a shell in the pane"
}

# tui_shell_type COMMAND: type COMMAND and Enter into the shell of tui_shell.
tui_shell_type() {
	tui_tmux send-keys -t edgeviz -l "$1"
	tui_tmux send-keys -t edgeviz Enter
}

# tui_shell_run COMMAND: type COMMAND into the shell and wait until it has
# finished; its status in $tui_status.
tui_shell_run() {
	rm -f "$tui_dir/done"
	tui_shell_type "$1; echo \$? >'$tui_dir/done.tmp'; mv '$tui_dir/done.tmp' '$tui_dir/done'"
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if [ -f "$tui_dir/done" ]; then
			tui_status=$(cat "$tui_dir/done")
			return 0
		fi
		sleep 0.05
	done
	tui_status=none
	tui_fail "'$1' did not finish"
	return 1
}

# tui_screen: the pane's text as it is now.
tui_screen() {
	tui_tmux capture-pane -p -t edgeviz 2>/dev/null
}

# tui_screen_attributes: the pane's text with its colors and attributes as escapes.
tui_screen_attributes() {
	tui_tmux capture-pane -p -e -t edgeviz 2>/dev/null
}

# tui_keys KEYS...: type KEYS (tmux key names: Space, Escape, C-c, Right...).
tui_keys() {
	tui_tmux send-keys -t edgeviz "$@"
}

# tui_now: seconds since the epoch.
tui_now() {
	date +%s
}

# tui_wait_for PATTERN [WHAT]: poll until the screen matches the grep -E PATTERN.
tui_wait_for() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if tui_screen | grep -Eq -- "$1"; then
			tui_pass "${2:-screen shows /$1/}"
			return 0
		fi
		sleep 0.05
	done
	tui_fail "${2:-screen shows /$1/} (timed out)"
	return 1
}

# tui_wait_gone PATTERN [WHAT]: poll until the screen no longer matches PATTERN.
tui_wait_gone() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if ! tui_screen | grep -Eq -- "$1"; then
			tui_pass "${2:-screen lost /$1/}"
			return 0
		fi
		sleep 0.05
	done
	tui_fail "${2:-screen lost /$1/} (timed out)"
	return 1
}

# tui_settled: the screen once two captures a moment apart agree (the
# program has finished drawing the frame).
tui_settled() {
	end=$(($(tui_now) + tui_deadline))
	last=$(tui_screen)
	while [ "$(tui_now)" -le "$end" ]; do
		sleep 0.1
		now=$(tui_screen)
		if [ "$now" = "$last" ]; then
			printf '%s\n' "$now"
			return 0
		fi
		last=$now
	done
	printf '%s\n' "$last"
}

# tui_status_line: the first line of the screen, where the run's state is.
tui_status_line() {
	tui_screen | head -n 1
}

# tui_step: the step count the status line shows.
tui_step() {
	tui_status_line | sed -n 's/.*step \([0-9][0-9]*\).*/\1/p'
}

# tui_pid: the process id of edgeviz in the pane (written by the wrapper).
tui_pid() {
	cat "$tui_dir/pid" 2>/dev/null
}

# tui_alive: edgeviz is still running.
tui_alive() {
	[ ! -f "$tui_dir/status" ] && [ -n "$(tui_pid)" ] && kill -0 "$(tui_pid)" 2>/dev/null
}

# tui_check_whole [WHAT]: the training screen is all there, with the status
# line (its step), the first band's panel titles and the key line.
tui_check_whole() {
	screen=$(tui_screen)
	missing=
	for part in '^ epoch [0-9]+ .* step [0-9]+ ' '─ Input[ ,]|- Input[ ,]' 'Hidden layer' \
		'Output' '\? help +q quit *$'; do
		printf '%s\n' "$screen" | grep -Eq -- "$part" || missing="$missing /$part/"
	done
	if [ -z "$missing" ]; then
		tui_pass "${1:-the screen is whole}"
	else
		tui_fail "${1:-the screen is whole}: missing$missing"
	fi
}

# tui_help_blink: open the help and close it again, waiting for each: every
# key sent before has then been handled, and the message line cleared.
tui_help_blink() {
	tui_keys '?'
	tui_wait_for 'every key' "the help opens" && tui_keys z &&
		tui_wait_gone 'every key' "and closes"
}

# tui_check_repaint [WHAT]: what the terminal shows is what edgeviz meant to
# draw (nothing garbled behind curses's back): a full repaint (C-l) changes
# nothing on a paused screen. The help, opened and closed after the C-l,
# shows that the C-l was handled.
tui_check_repaint() {
	tui_help_blink
	before=$(tui_settled)
	tui_keys C-l
	tui_help_blink
	after=$(tui_settled)
	if [ "$before" = "$after" ]; then
		tui_pass "${1:-the screen matches a full repaint}"
	else
		tui_fail "${1:-the screen matches a full repaint}: differs from the repaint"
		printf '%s\n' "--- before the repaint ---" "$before" "--------------"
	fi
}

# tui_wait_exit: poll until edgeviz has exited; its status in $tui_status.
tui_wait_exit() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if [ -f "$tui_dir/status" ]; then
			tui_status=$(cat "$tui_dir/status")
			return 0
		fi
		sleep 0.05
	done
	tui_status=none
	tui_fail "edgeviz did not exit"
	return 1
}

# tui_check_restored: after the exit, the terminal is back in cooked mode with
# echo, the cursor visible and the normal screen (not curses's alternate) shown.
tui_check_restored() {
	if grep -Eq '(^| )icanon( |$)' "$tui_dir/stty" && grep -Eq '(^| )echo( |$)' "$tui_dir/stty"; then
		tui_pass "terminal back in canonical mode with echo"
	else
		tui_fail "terminal left raw: $(cat "$tui_dir/stty")"
	fi
	if [ "$(tui_tmux display -p -t edgeviz '#{alternate_on}')" = 0 ]; then
		tui_pass "alternate screen left"
	else
		tui_fail "still on the alternate screen"
	fi
	if [ "$(tui_tmux display -p -t edgeviz '#{cursor_flag}')" = 1 ]; then
		tui_pass "cursor visible"
	else
		tui_fail "cursor still hidden"
	fi
}

# tui_expect_status CODE: the exit status was CODE.
tui_expect_status() {
	if [ "$tui_status" = "$1" ]; then
		tui_pass "exit status $1"
	else
		tui_fail "exit status $tui_status, expected $1"
	fi
}

# tui_finish: report, and exit 1 if any check failed.
tui_finish() {
	printf '%d checks, %d failed\n' "$((tui_checks + tui_failures))" "$tui_failures"
	[ "$tui_failures" -eq 0 ]
}
