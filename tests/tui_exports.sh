#!/bin/sh
# Exports from the running program, read back: c writes the loss history as
# CSV (the header, one row an epoch, numbers that parse), g one PGM a hidden
# neuron (P5, 80x80 for scale 16, maxval 255, the right byte count), S the
# screen as plain text (the rows the terminal shows, then its pictures as
# numbers). Each names its file.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys e e e
tui_wait_for ' step 300 ' "three epochs trained"

tui_keys c
tui_wait_for 'exported the loss history \(3 epochs\) to edgeviz-loss\.csv' "c: says the file"
csv="$tui_dir/edgeviz-loss.csv"
if [ "$(head -n 1 "$csv" 2>/dev/null)" = "epoch,loss,train_acc,test_acc" ] &&
	[ "$(wc -l <"$csv")" -eq 4 ] &&
	awk -F, 'NR > 1 { if (NF != 4 || $1 != NR - 2 || !($2 + 0 > 0) || $3 < 0 || $3 > 1 || $4 < 0 || $4 > 1) bad = 1 } END { exit bad }' "$csv"; then
	tui_pass "the CSV parses: header, 3 rows of numbers"
else
	tui_fail "the CSV is wrong: $(cat "$csv" 2>/dev/null)"
fi

tui_keys g
tui_wait_for 'exported the weights as images to edgeviz-h0\.pgm \.\. edgeviz-h7\.pgm' "g: says the files"
bad=
for j in 0 1 2 3 4 5 6 7; do
	f="$tui_dir/edgeviz-h$j.pgm"
	# The header: P5, one comment, width height, maxval; then 80 * 80 bytes.
	magic=$(head -n 1 "$f" 2>/dev/null)
	comment=$(head -n 2 "$f" 2>/dev/null | tail -n 1 | cut -c 1)
	dims=$(head -n 3 "$f" 2>/dev/null | tail -n 1)
	maxval=$(head -n 4 "$f" 2>/dev/null | tail -n 1)
	size=$(wc -c <"$f" 2>/dev/null)
	header=$(head -n 4 "$f" 2>/dev/null | wc -c)
	if [ "$magic" != P5 ] || [ "$comment" != "#" ] || [ "$dims" != "80 80" ] ||
		[ "$maxval" != 255 ] || [ "$size" -ne $((header + 6400)) ]; then
		bad="$bad h$j($magic/$dims/$maxval/$size)"
	fi
done
if [ -z "$bad" ]; then
	tui_pass "8 PGM files, P5 80x80 255, 6400 pixels each"
else
	tui_fail "bad PGM files:$bad"
fi

tui_keys Tab
tui_wait_gone 'exported' "the message goes with the next key"
expect=$(tui_settled | sed 's/ *$//')
tui_keys S
tui_wait_for 'exported the screen as text to edgeviz-screen\.txt' "S: says the file"
got=$(head -n 24 "$tui_dir/edgeviz-screen.txt" 2>/dev/null)
if [ "$got" = "$expect" ]; then
	tui_pass "the screen text is what the terminal showed"
else
	tui_fail "the screen text differs from the screen"
	printf '%s\n' "--- file ---" "$got"
fi
# After the screen's 24 rows, a blank, then its pictures as numbers.
if [ "$(sed -n 26p "$tui_dir/edgeviz-screen.txt")" = \
	'The pictures above as numbers (the screen draws them as colored cells):' ]; then
	tui_pass "24 rows, then the pictures as numbers"
else
	tui_fail "not 24 rows then the pictures as numbers"
fi

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
