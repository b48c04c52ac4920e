#!/bin/sh
# Run and pause: r trains continuously (the step count climbs), r again stops
# it (the count stays), + and - change the speed up to "max speed", and a
# paused visualizer uses no CPU.
. "$(dirname "$0")/tui_lib.sh"

# tui_cpu_ticks PID: user + system clock ticks the process has used.
tui_cpu_ticks() {
	awk '{ print $14 + $15 }' "/proc/$1/stat"
}

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"

tui_keys r
tui_wait_for 'running 10 steps/s' "r: running at 10 steps a second"
tui_wait_for ' step ([5-9]|[1-9][0-9]+) ' "the step count climbs"
tui_keys r
tui_wait_for 'paused' "r again: paused"
first=$(tui_settled | head -n 1 | sed -n 's/.*step \([0-9][0-9]*\).*/\1/p')
# Give a run that did not stop the time to show it: poll the step a while.
end=$(($(tui_now) + 2))
moved=no
while [ "$(tui_now)" -le "$end" ]; do
	[ "$(tui_step)" != "$first" ] && moved=yes
	sleep 0.1
done
[ "$moved" = no ] && tui_pass "paused: the step stays at $first" || tui_fail "the step moved while paused"

pid=$(tui_pid)
if [ -n "$pid" ] && [ -r "/proc/$pid/stat" ]; then
	before=$(tui_cpu_ticks "$pid")
	sleep 2
	after=$(tui_cpu_ticks "$pid")
	# A busy loop would spend about 200 ticks here.
	if [ $((after - before)) -le 20 ]; then
		tui_pass "idle while paused ($((after - before)) ticks in 2 s)"
	else
		tui_fail "busy while paused: $((after - before)) ticks in 2 s"
	fi
else
	tui_skip "no /proc/PID/stat: the CPU used while paused not measured"
fi

tui_keys +
tui_wait_for 'paused 20 steps/s' "+: faster"
tui_keys - -
tui_wait_for 'paused 5 steps/s' "-: slower"
tui_keys + + + + + + + + + + +
tui_wait_for 'max speed' "+ up to max speed"
tui_keys r
tui_wait_for 'epochs done \(--epochs\)' "at max speed the run reaches --epochs and stops"
tui_wait_for ' step 10000 ' "100 epochs of 100 samples"
tui_wait_for 'train 100%' "and the network has learned"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
