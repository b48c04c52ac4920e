#!/bin/sh
# Your own data, live: a painted patch added with A shows as "train 101",
# is part of the run's history (a step, b back to the add, b again undoes it:
# train 100; R keeps it and says so); t and x browse both sets, X removes a
# training patch and b puts it back; D writes both sets, and --batch on
# them with --train-data and --test-data makes the visualizer's run bit for
# bit; a recording with an added patch replays to the same weights (cmp);
# a bad data file is refused before the screen is touched.
. "$(dirname "$0")/tui_lib.sh"

# Paint the inverted edge (bright left, dark right) over an empty patch: keys from the editor's cursor 0.
paint_inverted() {
	tui_keys c
	for row in 1 2 3 4 5; do
		tui_keys 9 Right 9 Right 1 Right 1 Right 1 Down Left Left Left Left
	done
}

# L until the editor's label is No Edge (the patch painted is the inverted edge).
label_no_edge() {
	tui_wait_for 'label (No )?Edge' "the editor shows its label"
	if tui_screen | grep -q 'label Edge'; then
		tui_keys L
	fi
	tui_wait_for 'label No Edge' "the label: No Edge"
}

# Counting at 100 columns: the status line shows the sets' sizes where there is room.
tui_start 100 30
tui_wait_for ' train 100 ' "the status line shows the training set's size"
tui_keys p
tui_wait_for 'Your patch' "p: the patch editor"
paint_inverted
tui_wait_for 'r4 c0 = 0\.90' "a patch painted"
label_no_edge
tui_keys A
tui_wait_for ' train 101 ' "A: the painted patch joins the training set"
tui_wait_for 'added as No Edge: train 101' "and the narration says so"
tui_keys Escape Space
tui_wait_for ' sample 0/101 +train 101 +step 1 ' "a step on the grown set"
tui_keys b
tui_wait_for ' step 0 ' "b: back to step 0, after the add"
tui_wait_for ' train 101 ' "the added patch is still there"
tui_keys b
tui_wait_for ' train 100 ' "b again: back before the add"
tui_wait_for ' step 0 ' "still step 0"
tui_keys b
tui_wait_for 'already at step 0' "nothing left to undo"
# Added again, then an epoch of 101 samples; R keeps the data.
tui_keys p
paint_inverted
label_no_edge
tui_keys A Escape e
tui_wait_for ' sample 100/101 +train 101 +step 101 ' "e: the epoch ends with the added patch"
tui_keys R y
tui_wait_for 'reset: step 0, the first weights, the current data \(train 101\)' "R keeps the data and says so"
# The set browser shows both sets: the added patch is the training set's last.
tui_keys t
tui_wait_for 'test #0/20' "t: the test set"
tui_wait_for 'Test set: 20 patches, p\(Edge\) now' "its thumbnails, with p(Edge) now"
tui_wait_for '#1 No +#2 No' "each captioned with its number and label"
tui_wait_for '(✓|✗) +[0-9]+%' "and p(Edge), right or wrong"
# The first thumbnail is the sample shown: its verdict is the input panel's.
screen=$(tui_settled)
shown=$(printf '%s\n' "$screen" | grep -Eo '(✓|✗) (right|wrong)' | head -n 1 | cut -c1-3)
thumb=$(printf '%s\n' "$screen" | grep -Eo '(✓|✗) +[0-9]+%' | head -n 1 | cut -c1-3)
if [ -n "$shown" ] && [ "$shown" = "$thumb" ]; then
	tui_pass "the first thumbnail's verdict is the input panel's ($shown)"
else
	tui_fail "thumbnail '$thumb', input panel '$shown'"
fi
tui_keys x
tui_wait_for 'train #0/101' "x: the training set, with the added patch"
tui_wait_for 'Training set: 101 patches' "its thumbnails"
tui_wait_for ' training set ' "the status line says which set"
tui_keys Left
tui_wait_for 'train #100/101' "left from the first: the last, the painted patch"
tui_wait_for '#100 No' "its thumbnail, on the last page"
tui_wait_for 'Training sample 100/101, no training: .* the label is No Edge' "with its label"
# X takes the shown training patch out; b (back to training) puts it back.
tui_keys Left X
tui_wait_for 'removed training patch 99: train 100' "X: the patch before it (#99, counted from 0) removed"
tui_wait_for 'train #99/100' "the browser shows the one that moved into its place"
tui_keys b
tui_wait_for ' train 101 ' "b: the remove undone"
tui_keys t
tui_wait_for 'train #0/101' "t again: still the training set"
tui_keys x
tui_wait_for 'test #0/20' "x again: the test set"
tui_keys X
tui_wait_for 'only training patches can be removed' "X on the test set says why not"
tui_keys Escape
tui_keys e e e w D
tui_wait_for 'wrote 101 training patches to edgeviz-train\.csv and 20 test patches to edgeviz-test\.csv' \
	"D writes both sets"
tui_keys q
tui_wait_exit
tui_expect_status 0

lines=$(grep -vc '^#' "$tui_dir/edgeviz-train.csv")
if [ "$lines" -eq 101 ] && tail -n 1 "$tui_dir/edgeviz-train.csv" | grep -q '^0\.9,0\.9,0\.1,0\.1,0\.1,.*,no-edge$'; then
	tui_pass "edgeviz-train.csv: 101 patches, the painted one last with its label"
else
	tui_fail "edgeviz-train.csv: $lines patches; last: $(tail -n 1 "$tui_dir/edgeviz-train.csv")"
fi
"$EDGEVIZ" --batch --train-data "$tui_dir/edgeviz-train.csv" --test-data "$tui_dir/edgeviz-test.csv" \
	--epochs 3 --save "$tui_dir/batch.weights" >/dev/null
if cmp -s "$tui_dir/edgeviz.weights" "$tui_dir/batch.weights"; then
	tui_pass "--train-data on D's files: the visualizer's three epochs, bit for bit"
else
	tui_fail "--batch on D's files gives other weights"
fi

# A recording with an added patch (mid-epoch) replays to the same weights.
rm -f "$tui_dir/edgeviz.weights"
tui_start 80 24 --record add.rec
tui_wait_for 'Hidden layer' "recording"
tui_keys Space Space Space p
paint_inverted
tui_keys A Escape e e w
tui_wait_for 'saved the weights' "three steps, an add, two epochs, saved"
tui_keys q
tui_wait_exit
mv "$tui_dir/edgeviz.weights" "$tui_dir/recorded.weights"
tui_start 80 24 --replay add.rec
tui_wait_for 'saved the weights' "the replay ends"
if cmp -s "$tui_dir/recorded.weights" "$tui_dir/edgeviz.weights"; then
	tui_pass "the replayed add: the same weights bit for bit"
else
	tui_fail "the replay with an add gives other weights"
fi
tui_keys q
tui_wait_exit

# The same on data files: the recording names them, and its replay needs no option.
cp "${top_srcdir:-.}/tests/reference/data/horizontal-train.csv" "$tui_dir/flat.csv"
cp "${top_srcdir:-.}/tests/reference/data/horizontal-test.csv" "$tui_dir/flat-test.csv"
rm -f "$tui_dir/edgeviz.weights"
tui_start 80 24 --record files.rec --train-data flat.csv --test-data flat-test.csv
tui_wait_for 'Hidden layer' "recording"
tui_keys Space Space Space p
paint_inverted
tui_keys A Escape e e w
tui_wait_for 'saved the weights' "three steps, an add, two epochs, saved"
tui_keys q
tui_wait_exit
mv "$tui_dir/edgeviz.weights" "$tui_dir/recorded.weights"
if grep -qx 'train-data flat.csv' "$tui_dir/files.rec" && grep -qx 'test-data flat-test.csv' "$tui_dir/files.rec"; then
	tui_pass "the recording names the data files"
else
	tui_fail "no data settings in the recording: $(head -n 12 "$tui_dir/files.rec")"
fi
tui_start 80 24 --replay files.rec
tui_wait_for 'saved the weights' "the replay on the files ends"
if cmp -s "$tui_dir/recorded.weights" "$tui_dir/edgeviz.weights"; then
	tui_pass "the replayed add on data files: the same weights bit for bit"
else
	tui_fail "the replay on data files gives other weights"
fi
tui_keys q
tui_wait_exit

# A bad data file: one line, exit 1, the terminal untouched (no screen drawn).
printf '0.5 0.5\n' >"$tui_dir/bad.csv"
tui_start 80 24 --train-data bad.csv
tui_wait_exit
tui_expect_status 1
tui_wait_for '^edgeviz: bad\.csv:1: 1 value before the label' "the refusal names the line"
tui_finish
