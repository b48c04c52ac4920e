#!/bin/sh
# A recording restores what shapes the screen: made with --tour and
# --theme light, turned to the tour's page 2 and zoomed, its replay (with
# neither option) ends on the same screen, page 2 of the tour, light ground;
# while its events play the status says "replay ... playing", never
# "paused". The settings are written as `tour 1` and `theme light`; an old
# recording without them still plays; a bad one is refused with its line.
. "$(dirname "$0")/tui_lib.sh"

tui_start 160 48 --tour --theme light --record screen.rec
tui_wait_for 'Tour 1/9' "recording: the tour open"
tui_keys s '>' z
tui_wait_for 'Tour 2/9' "page 2"
tui_wait_gone 'Neuron h0' "zoomed"
recorded=$(tui_settled)
tui_keys q
tui_wait_exit
tui_expect_status 0
if grep -qx 'tour 1' "$tui_dir/screen.rec" && grep -qx 'theme light' "$tui_dir/screen.rec"; then
	tui_pass "the recording says: tour 1, theme light"
else
	tui_fail "no tour or theme in the recording: $(cat "$tui_dir/screen.rec")"
fi

tui_start 160 48 --replay screen.rec
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the replay ends"
replayed=$(tui_settled)
if [ "$recorded" = "$replayed" ]; then
	tui_pass "the replay ends on the recorded screen: tour page 2, zoomed"
else
	tui_fail "the replayed screen differs"
	printf '%s\n' "--- recorded ---" "$recorded"
fi
if tui_screen_attributes | grep -Eq '30m.\[(107|47)m'; then
	tui_pass "in the recorded light theme"
else
	tui_fail "not in the light theme"
fi
tui_keys q
tui_wait_exit

# While the events play: "replay N/M playing", not "paused".
printf '%s\n' 'edgeviz-recording 1' 'tour 3' '0 key s' '20 key s' >"$tui_dir/slow.rec"
tui_start 80 24 --replay slow.rec
tui_wait_for ' replay 1/2 playing' "between its events the status says replay ... playing"
tui_wait_for 'Tour 3/9' "tour 3: the tour opens at page 3"
if tui_status_line | grep -q 'paused'; then
	tui_fail "the status says paused while the replay plays: $(tui_status_line)"
else
	tui_pass "and not paused"
fi
tui_keys q
tui_wait_exit

# A recording from before these settings plays as it did: no tour.
printf '%s\n' 'edgeviz-recording 1' 'seed 42' 'key s' >"$tui_dir/old.rec"
tui_start 80 24 --replay old.rec
tui_wait_for ' forward ' "an old recording plays"
tui_wait_gone 'Tour [0-9]' "with the tour closed"
tui_keys q
tui_wait_exit

printf '%s\n' 'edgeviz-recording 1' 'theme dark' 'tour 12' >"$tui_dir/bad.rec"
tui_start 80 24 --replay bad.rec
tui_wait_exit
tui_expect_status 1
tui_wait_for "edgeviz: --replay: .*bad.rec.* line 3: tour '12' is not off or a page, 1 .. 9" \
	"a bad tour page: refused with its line"
tui_finish
