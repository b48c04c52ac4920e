#!/bin/sh
# Resize storms: hundreds of sizes one after the other while the run goes on,
# down to 1x1 and up to 200x60. The program stays alive, shows the "terminal
# too small" notice at every size below 80x24 that can hold it, draws the
# whole screen again at 80x24 once the storm is over, with no key pressed,
# and what it shows then is what a full repaint shows; it quits cleanly.
#
# A race between a resize and the frame being drawn shows only now and then,
# on a busy machine. To hunt for one:
#   TUI_STORM_RUNS=N   the storm N times over (seeds seed, seed+1, ...)
#   TUI_STORM_LOAD=1   edgeviz pinned to one processor with a busy loop
#                      beside it, so that resizes land in the middle of frames
# e.g. in a build configured with --enable-sanitizers:
#   TUI_STORM_LOAD=1 TUI_STORM_RUNS=50 TUI_DEADLINE=40 make check TESTS=tests/tui_storm.sh
# `make check` runs one storm, unloaded.
. "$(dirname "$0")/tui_lib.sh"

seed=${TUI_STORM_SEED:-4711}
runs=${TUI_STORM_RUNS:-1}
echo "sizes from seed $seed on (replay: TUI_STORM_SEED=$seed), $runs storm(s)"

# Under TUI_STORM_LOAD, a busy loop on processor 0, where edgeviz is pinned.
hog=
if [ -n "${TUI_STORM_LOAD:-}" ]; then
	if ! command -v taskset >/dev/null 2>&1; then
		echo "SKIP: TUI_STORM_LOAD needs taskset"
		exit 77
	fi
	taskset -c 0 sh -c 'while :; do :; done' &
	hog=$!
	trap 'kill "$hog" 2>/dev/null; tui_cleanup' EXIT
	echo "load: edgeviz and a busy loop (pid $hog) share processor 0"
fi

# Pin the edgeviz just started to processor 0 when under load.
storm_pin() {
	if [ -n "$hog" ] && [ -n "$(tui_pid)" ]; then
		taskset -p -c 0 "$(tui_pid)" >/dev/null
	fi
}

tui_resize() {
	tui_tmux resize-window -t edgeviz -x "$1" -y "$2"
}

# The notice at sizes just too small, and at the smallest that can hold it.
tui_start 80 24 --epochs 10000000
tui_wait_for 'Hidden layer' "the panels appear"
storm_pin
for size in '79 24' '80 23' '40 12' '33 2'; do
	# shellcheck disable=SC2086 # two arguments
	tui_resize $size
	tui_wait_for "terminal too small \\(need 80x24\\)" "$size: too small"
done
tui_wait_for 'now 33x2; q quits' "the notice says the size and how to quit, on 2 rows too"
tui_resize 12 3
tui_wait_for '^ *need 80x24' "12x3: in fewer words"
tui_wait_for '^ *now 12x3' "and the size"
tui_resize 1 1
tui_resize 80 24
tui_wait_for 'Hidden layer' "from 1x1 back to 80x24: the panels"

# The storm of seed $1, while running at 100 steps a second (a frame for
# every step); then, with no key pressed, the whole screen at 80x24, and
# once paused what a full repaint shows.
storm() {
	tui_keys r
	tui_wait_for ' running 100 steps/s' "running"
	LC_ALL=C awk -v seed="$1" 'BEGIN {
		srand(seed)
		for (i = 0; i < 300; i++) {
			r = rand()
			if (r < 0.1)
				print 1, 1
			else if (r < 0.2)
				print 200, 60
			else if (r < 0.3)
				print 79 + int(rand() * 3), 23 + int(rand() * 3)
			else
				print 1 + int(rand() * 200), 1 + int(rand() * 60)
		}
	}' >"$tui_dir/sizes"
	resizes=0
	while read -r cols rows; do
		tui_resize "$cols" "$rows"
		resizes=$((resizes + 1))
		# Check now and then, not every time: a storm is fast.
		if [ $((resizes % 25)) -eq 0 ] && ! tui_alive; then
			break
		fi
	done <"$tui_dir/sizes"
	if tui_alive; then
		tui_pass "seed $1: alive after $resizes resizes"
	else
		tui_fail "seed $1: died after $resizes resizes (status $(cat "$tui_dir/status" 2>/dev/null))"
		return 1
	fi

	tui_resize 80 24
	# No key yet: a key makes curses look at the size again, hiding a
	# resize the loop missed. The screen must come whole by itself.
	end=$(($(tui_now) + tui_deadline))
	while ! tui_screen | grep -Eq '\? help +q quit *$' || ! tui_screen | grep -q 'Hidden layer' ||
		! tui_screen | grep -Eq '^ epoch [0-9]+ .* running 100 steps/s'; do
		if [ "$(tui_now)" -gt "$end" ]; then
			break
		fi
		sleep 0.05
	done
	tui_check_whole "seed $1: the whole screen at 80x24 after the storm, no key pressed"
	tui_keys r
	tui_wait_for ' paused ' "paused"
	tui_check_whole "seed $1: still whole, paused"
	tui_check_repaint "seed $1: and what is shown is what a full repaint shows"
}

# Speed 100 steps a second: three + from the default.
tui_keys + + +
run=0
while [ "$run" -lt "$runs" ] && [ "$tui_failures" -eq 0 ]; do
	storm $((seed + run))
	run=$((run + 1))
done
echo "$run storm(s) run"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_check_restored
tui_finish
