#!/bin/sh
# Resize storms: hundreds of sizes one after the other while the run goes on,
# down to 1x1 and up to 200x60. The program stays alive, shows the "terminal
# too small" notice at every size below 80x24 that can hold it, draws the
# whole screen again at 80x24 (matching a full repaint), and quits cleanly.
. "$(dirname "$0")/tui_lib.sh"

seed=${TUI_STORM_SEED:-4711}
echo "sizes from seed $seed (replay: TUI_STORM_SEED=$seed)"

tui_resize() {
	tui_tmux resize-window -t edgeviz -x "$1" -y "$2"
}

# The notice at sizes just too small, and at the smallest that can hold it.
tui_start 80 24 --epochs 10000000
tui_wait_for 'Hidden layer' "the panels appear"
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

# The storm, while running at 100 steps a second (a frame for every step).
tui_keys + + + r
tui_wait_for ' running 100 steps/s' "running"
LC_ALL=C awk -v seed="$seed" 'BEGIN {
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
	tui_pass "alive after $resizes resizes"
else
	tui_fail "died after $resizes resizes (status $(cat "$tui_dir/status" 2>/dev/null))"
fi

tui_resize 80 24
tui_wait_for ' running 100 steps/s' "80x24 again, still running"
tui_keys r
tui_wait_for ' paused ' "paused"
tui_check_whole "the whole screen at 80x24 after the storm"
tui_check_repaint "and what is shown is what a full repaint shows"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_check_restored
tui_finish
