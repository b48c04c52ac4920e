#!/bin/sh
# The terminal after a signal, as a shell sees it: edgeviz runs from a script
# typed into an interactive shell in the pane, which takes `stty -g` before
# and after. For SIGINT, SIGTERM, SIGHUP and SIGQUIT (a stray Ctrl-\) sent to
# the process: the settings are the same after as before, the cursor is
# visible, the normal screen is back, and the status is 128 + the signal.
# Ctrl-Z then fg, and SIGTSTP then SIGCONT from outside: the whole screen
# comes back, and q still leaves the settings as they were.
. "$(dirname "$0")/tui_lib.sh"

# The script the shell runs: the settings, edgeviz (its pid in a file), the
# status, the settings again.
printf '%s\n' \
	"stty -g >'$tui_dir/before'" \
	"sh -c 'echo \$\$ >\"\$0\"; exec \"\$@\"' '$tui_dir/pid' '$EDGEVIZ' \"\$@\"" \
	"echo \$? >'$tui_dir/status.tmp'" \
	"stty -g >'$tui_dir/after'" \
	"mv '$tui_dir/status.tmp' '$tui_dir/status'" >"$tui_dir/run.sh"

# tui_run_in_shell: start edgeviz through the script, wait for its panels.
tui_run_in_shell() {
	rm -f "$tui_dir/status" "$tui_dir/pid" "$tui_dir/before" "$tui_dir/after"
	tui_shell_type "clear; sh '$tui_dir/run.sh'"
	tui_wait_for 'Hidden layer' "the panels appear"
}

# tui_check_after STATUS WHAT: edgeviz exited with STATUS and the terminal is
# as it was before.
tui_check_after() {
	tui_wait_exit
	tui_expect_status "$1"
	if [ -s "$tui_dir/before" ] && cmp -s "$tui_dir/before" "$tui_dir/after"; then
		tui_pass "$2: stty -g the same after as before"
	else
		tui_fail "$2: stty -g before $(cat "$tui_dir/before" 2>/dev/null), after $(cat "$tui_dir/after" 2>/dev/null)"
	fi
	if [ "$(tui_tmux display -p -t edgeviz '#{cursor_flag}')" = 1 ]; then
		tui_pass "$2: cursor visible"
	else
		tui_fail "$2: cursor still hidden"
	fi
	if [ "$(tui_tmux display -p -t edgeviz '#{alternate_on}')" = 0 ]; then
		tui_pass "$2: alternate screen left"
	else
		tui_fail "$2: still on the alternate screen"
	fi
}

tui_shell 80 24
for signal in INT:130 TERM:143 HUP:129 QUIT:131; do
	name=${signal%:*}
	tui_run_in_shell
	# Running, and in the editor for one of them (mouse reporting on).
	case $name in
	TERM) tui_keys r && tui_wait_for ' running ' "running" ;;
	HUP) tui_keys p && tui_wait_for 'Your patch' "in the editor" ;;
	esac
	kill -"$name" "$(tui_pid)"
	tui_check_after "${signal#*:}" "SIG$name"
done

# tui_wait_state STATE WHAT: poll until edgeviz's process state (from
# /proc/PID/stat) is STATE: T stopped, S sleeping.
tui_wait_state() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if [ "$(awk '{ print $3 }' "/proc/$(tui_pid)/stat" 2>/dev/null)" = "$1" ]; then
			tui_pass "$2"
			return 0
		fi
		sleep 0.05
	done
	tui_fail "$2 (timed out)"
	return 1
}

# Ctrl-Z and fg (the whole job stops, the shell takes the terminal back);
# SIGTSTP and SIGCONT sent to edgeviz alone. A full redraw each time.
tui_run_in_shell
tui_keys Space
tui_wait_for ' step 1 ' "a step trained"
tui_keys C-z
tui_wait_state T "Ctrl-Z: stopped"
tui_wait_gone 'Hidden layer' "and the terminal given back (the panels gone)"
tui_shell_type fg
tui_wait_for 'Hidden layer' "fg: the panels again"
tui_check_whole "fg: the whole screen again"
tui_wait_for ' step 1 ' "at the same step"
kill -TSTP "$(tui_pid)"
tui_wait_state T "SIGTSTP: stopped"
tui_wait_gone 'Hidden layer' "and the terminal given back"
kill -CONT "$(tui_pid)"
tui_wait_for 'Hidden layer' "SIGCONT: the panels again"
tui_check_whole "SIGCONT: the whole screen again"
tui_check_repaint "nothing garbled after the stops"
tui_keys q
tui_check_after 0 "q after the stops"
tui_finish
