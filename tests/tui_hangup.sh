#!/bin/sh
# The terminal taken away under the program (the tmux server killed, as when
# a laptop's session dies): it exits by itself within a few seconds, as on a
# hang-up (status 129), and does not spin on the dead terminal meanwhile. The
# test wrapper ignores SIGHUP, so no SIGHUP reaches edgeviz from the kernel:
# it has to notice the hang-up on the terminal itself.
. "$(dirname "$0")/tui_lib.sh"

# tui_cpu_ticks PID: user + system clock ticks the process has used.
tui_cpu_ticks() {
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null
}

# tui_check_gone WHAT: after the server is killed, edgeviz is gone within
# the deadline (a spinning process is killed here, and the test fails).
tui_check_gone() {
	pid=$1
	end=$(($(tui_now) + 5))
	while [ "$(tui_now)" -le "$end" ] && kill -0 "$pid" 2>/dev/null; do
		sleep 0.05
	done
	if kill -0 "$pid" 2>/dev/null; then
		ticks=$(tui_cpu_ticks "$pid")
		sleep 1
		spent=$(($(tui_cpu_ticks "$pid") - ticks))
		kill -KILL "$pid" 2>/dev/null
		tui_fail "$2: edgeviz still running 5 s after the server was killed ($spent ticks in 1 s)"
		return 1
	fi
	tui_pass "$2: edgeviz exited by itself"
	# The wrapper (which outlives the pane) writes the status as edgeviz goes.
	end=$(($(tui_now) + 5))
	while [ "$(tui_now)" -le "$end" ] && [ ! -f "$tui_dir/status" ]; do
		sleep 0.05
	done
	tui_status=$(cat "$tui_dir/status" 2>/dev/null)
	tui_expect_status 129
}

for state in paused running; do
	tui_start 80 24
	tui_wait_for 'Hidden layer' "$state: the panels appear"
	if [ "$state" = running ]; then
		tui_keys r
		tui_wait_for ' running ' "running"
	fi
	pid=$(tui_pid)
	tui_tmux kill-server
	tui_check_gone "$pid" "$state"
done

# In the patch editor, with mouse reporting on.
tui_start 80 24
tui_wait_for 'Hidden layer' "editor: the panels appear"
tui_keys p
tui_wait_for 'Your patch' "in the editor"
pid=$(tui_pid)
tui_tmux kill-server
tui_check_gone "$pid" "editor"
tui_finish
