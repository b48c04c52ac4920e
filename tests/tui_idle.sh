#!/bin/sh
# Idle: paused, the visualizer sleeps in poll() and writes nothing. For 3
# seconds on the training screen (after a run, paused) and in the patch
# editor (mouse reporting on), it spends (almost) no CPU time (utime + stime
# from /proc/PID/stat) and writes (almost) no bytes to the terminal (all its
# output recorded with tmux's pipe-pane).
. "$(dirname "$0")/tui_lib.sh"

# At most this many clock ticks (a busy loop spends about 300 in 3 s) and
# bytes written in the 3 idle seconds.
max_ticks=5
max_bytes=16

# tui_cpu_ticks PID: user + system clock ticks the process has used (0
# where there is no /proc: then only the bytes are measured).
tui_cpu_ticks() {
	if [ -r "/proc/$1/stat" ]; then
		awk '{ print $14 + $15 }' "/proc/$1/stat"
	else
		echo 0
	fi
}

# tui_quiet FILE: poll until FILE has not grown for half a second: the frame
# is out.
tui_quiet() {
	end=$(($(tui_now) + tui_deadline))
	last=-1
	while [ "$(tui_now)" -le "$end" ]; do
		size=$(wc -c <"$1")
		[ "$size" -eq "$last" ] && return 0
		last=$size
		sleep 0.5
	done
	tui_fail "$1 still growing after ${tui_deadline}s: the frame never ended"
	return 1
}

# tui_check_idle WHAT: measure 3 seconds of doing nothing.
tui_check_idle() {
	tui_quiet "$tui_dir/out"
	pid=$(tui_pid)
	ticks=$(tui_cpu_ticks "$pid")
	bytes=$(wc -c <"$tui_dir/out")
	sleep 3
	ticks=$(($(tui_cpu_ticks "$pid") - ticks))
	bytes=$(($(wc -c <"$tui_dir/out") - bytes))
	echo "$1: $ticks clock ticks, $bytes bytes written in 3 s"
	if [ ! -r "/proc/$pid/stat" ]; then
		tui_skip "$1: no /proc/PID/stat, the CPU used not measured"
	elif [ "$ticks" -le "$max_ticks" ]; then
		tui_pass "$1: $ticks ticks of CPU in 3 s"
	else
		tui_fail "$1: busy, $ticks ticks of CPU in 3 s"
	fi
	if [ "$bytes" -le "$max_bytes" ]; then
		tui_pass "$1: $bytes bytes written in 3 s"
	else
		tui_fail "$1: $bytes bytes written in 3 s"
	fi
}

TUI_HOLD=1 tui_start 80 24
tui_record "$tui_dir/out"
tui_go
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys + + + + r
tui_wait_for ' running ' "running"
tui_wait_for ' step [1-9][0-9]+ ' "some steps trained"
tui_keys r
tui_wait_for ' paused ' "paused"
tui_check_idle "paused"
tui_keys p
tui_wait_for 'Your patch' "the patch editor"
tui_check_idle "editor"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
