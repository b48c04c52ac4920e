#!/bin/sh
# m, the decision map: at 80x24 it takes the lower band; every cell's
# character is the ramp's level of p(Edge) that an independent forward pass
# (tests/forward.awk) gives for that cell's patch; it changes as the run
# trains; , and . change k; v shows a neuron's h, Tab another neuron; the
# current patch is marked; a recording replays it all; at 160x48 it sits
# beside the other panels.
. "$(dirname "$0")/tui_lib.sh"

top=${top_srcdir:-$(dirname "$0")/..}
"$EDGEVIZ" --batch --save "$tui_dir/trained.w" >/dev/null

# map_grid: the map's grid rows as the screen shows them (between its b labels and its legend).
map_grid() {
	tui_screen | awk '/Decision map|over the edge patches/ { on = 1; skip = 1; next }
		on && skip { skip = 0; next }
		on && /^p\(Edge\)|^h[0-9]+:/ { exit }
		on { print substr($0, 1, 80) }'
}

# check_cells WEIGHTS K: every cell's first character is the ramp's level of awk's p(Edge).
check_cells() {
	map_grid >"$tui_dir/grid"
	rows=$(wc -l <"$tui_dir/grid")
	cols=37	# (80 - 5 - 1) / 2: the grid is this wide even where its right cells are blank
	awk -v R="$rows" -v C="$cols" -v k="$2" 'BEGIN {
		for (r = 0; r < R; r++) for (c = 0; c < C; c++) print k, r / (R - 1), c / (C - 1) }' >"$tui_dir/cells"
	awk -f "$top/tests/forward.awk" "$1" "$tui_dir/cells" >"$tui_dir/p"
	bad=$(awk -v R="$rows" -v C="$cols" -v ramp=' .:-=+*#%@' '
		FILENAME == ARGV[1] { p[n++] = $1; next }
		{ line[FNR - 1] = $0 }
		END {
			for (r = 0; r < R; r++) for (c = 0; c < C; c++) {
				got = substr(line[r], 6 + 2 * c, 1); if (got == "") got = " "
				level = int(p[r * C + c] * 10); if (level > 9) level = 9
				want = substr(ramp, level + 1, 1)
				if (got != want && got != "X") { bad++; if (bad < 4) printf "r%d c%d p %s: %s not %s; ", r, c, p[r * C + c], got, want }
			}
			print bad + 0
		}' "$tui_dir/p" "$tui_dir/grid")
	if [ "$rows" -ge 5 ] && [ "$bad" = 0 ]; then
		tui_pass "k=$2: each of the $rows x $cols cells shows awk's p(Edge) for its patch"
	else
		tui_fail "k=$2: $rows rows; cells differing from awk's p(Edge): $bad"
	fi
}

# The trained weights (100 default epochs, the data of seed 42).
tui_start 80 24 --load "$tui_dir/trained.w"
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys m
tui_wait_for 'Decision map: p\(Edge\), columns < 2 at a, >= 2 at b' "m: the map of p(Edge), k = 2"
tui_wait_gone 'Weights W1' "at 80x24 it takes the lower band (no weights)"
tui_wait_for '^p\(Edge\) 0 \[ \.:-=\+\*#%@\] 1' "its legend: the ramp from 0 to 1"
tui_wait_for '^a\\b +0 +0\.5 +1' "b across, labelled 0 .. 1"
check_cells "$tui_dir/trained.w" 2
# map_has PATTERN WHAT: the grid's rows match PATTERN.
map_has() {
	if map_grid | grep -Eq -- "$1"; then tui_pass "$2"; else tui_fail "$2"; fi
}
map_has '^.{5}(..)*[^ ]o' "the p = 0.5 line is marked (o in a cell)"
map_has 'X' "the current sample (uniform gray: in the family) is marked X"
tui_keys .
tui_wait_for 'columns < 3 at a, >= 3 at b' ". : k = 3"
check_cells "$tui_dir/trained.w" 3
tui_keys , , , ,
tui_wait_for 'columns < 1 at a, >= 1 at b' ", : down to k = 1"
tui_wait_for 'k is 1: the family' "and no further"
check_cells "$tui_dir/trained.w" 1
tui_keys . v
tui_wait_for 'Neuron h0 over the edge patches, k = 2' "v: neuron h0's h over the family"
tui_wait_for '^h0: blank blocked' "its legend: blank where ReLU blocks it"
tui_keys Tab
tui_wait_for 'Neuron h1 over the edge patches' "Tab: the next neuron"
tui_keys v p
tui_wait_for 'Decision map: p\(Edge\)' "v again: p(Edge); the map stays open in the editor"
tui_keys Escape m
tui_wait_gone 'Decision map' "m closes it"
tui_wait_for 'Weights W1' "and the weights are back"
tui_keys q
tui_wait_exit
tui_expect_status 0

# Live: the map of the first weights changes with an epoch of training.
tui_start 80 24 --record map.rec
tui_wait_for 'Hidden layer' "a new run"
tui_keys m
tui_wait_for 'Decision map' "m"
before=$(map_grid)
"$EDGEVIZ" --batch --epochs 0 --save "$tui_dir/start.w" >/dev/null
check_cells "$tui_dir/start.w" 2
tui_keys e
tui_wait_for ' step 100 ' "e: one epoch"
after=$(map_grid)
if [ -n "$before" ] && [ "$before" != "$after" ]; then
	tui_pass "the map changed with the epoch"
else
	tui_fail "the map did not change with the epoch"
fi
"$EDGEVIZ" --batch --epochs 1 --save "$tui_dir/epoch1.w" >/dev/null
check_cells "$tui_dir/epoch1.w" 2
tui_keys . v Tab
tui_wait_for 'Neuron h1 over the edge patches, k = 3' "k 3, neuron h1"
recorded=$(tui_settled)
tui_keys q
tui_wait_exit

tui_start 80 24 --replay map.rec
tui_wait_for ' replay [0-9]+/[0-9]+ ' "the recording plays"
# Event by event (space), not at the recorded pace: the pauses above were long.
for _ in 1 2 3 4 5 6 7 8 9 10; do
	tui_screen | grep -Eq ' replay [0-9]+/[0-9]+ ' || break
	tui_keys Space
	sleep 0.3
done
tui_wait_gone ' replay [0-9]+/[0-9]+ ' "the recording replays"
replayed=$(tui_settled)
if [ "$recorded" = "$replayed" ]; then
	tui_pass "the replay ends on the same map (k 3, h1)"
else
	tui_fail "the replay's screen differs"
	printf '%s\n' "$recorded"
fi
tui_keys q
tui_wait_exit

# 160x48: beside the others.
tui_start 160 48
tui_wait_for 'Hidden layer' "160x48"
tui_keys m
tui_wait_for 'Map of p\(Edge\), k = 2' "m: the map, its title in the narrow form"
for title in 'Weights W1' 'Loss' 'Neuron h0' 'Update' 'Output'; do
	tui_wait_for "$title" "160x48: $title still shown beside the map"
done
# Whole, not cut by the map beside them: the update's title and its
# equation's end, and the map's legend (its narrow form).
tui_wait_for 'Update of h0: new = old - lr x grad \(lr 0\.1\)' "160x48: the update's title whole"
tui_keys Space
tui_wait_for 'new W1\[[0-9]+,0\] = [-+][0-9.]+ - 0\.1 \* [-+][0-9.e-]+ = [-+][0-9.]+ ' "160x48: the update's last line whole"
tui_wait_for '0 \[ \.:-=\+\*#%@\] 1  o 0\.5  X patch' "160x48: the map's legend whole"
tui_keys q
tui_wait_exit
tui_expect_status 0

# 120x36: the map takes the neuron's place, whole, the update beside it whole.
tui_start 120 36
tui_wait_for 'Hidden layer' "120x36"
tui_keys Space
tui_wait_for 'dL/dW1\[0,0\] = x\[0\] \* dz1\[0\] = [0-9.]+ \* [-+][0-9.]+ = [-+][0-9.]+' "120x36: the update's equation whole beside the inspector"
tui_keys m
tui_wait_for 'Decision map: p\(Edge\), columns < 2 at a, >= 2 at b' "120x36: the map's title whole"
tui_wait_for 'p\(Edge\) 0 \[ \.:-=\+\*#%@\] 1  o p=0\.5  X this patch  , \. k  v h' "120x36: the map's legend whole"
tui_wait_for 'Update of h0: new = old - lr x grad \(lr 0\.1\)' "120x36: the update's title whole"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
