#!/bin/sh
# What 80x24 must not garble: the help's second page keeps each mode's
# title with its keys; the status line, when short of room, drops whole
# words (not "rel" for relu); a softmax bar keeps a blank before its
# percentage; one epoch is "1 epoch"; and S writes the pictures the screen
# shows in color (the patch, the heatmaps) as numbers with a legend.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --epochs 150
tui_wait_for 'Hidden layer' "the panels appear"

# The help's second page: under every mode's title, in the same column, a key.
tui_keys '?' '?'
tui_wait_for '2/2: any key closes' "the help's second page"
for title in 'Patch editor (p)' 'Data sets (t)' 'Wrong samples (W)' 'Replay (--replay)'; do
	# Same byte offset on the next row: both start with the box's edge.
	below=$(tui_screen | awk -v t="$title" '
		found { print substr($0, col, 8); exit }
		{ i = index($0, t) }
		i > 0 { found = 1; col = i }')
	case $below in
	*[!\ ]*) tui_pass "'$title' has a key under it: '$below'" ;;
	*) tui_fail "'$title' alone at the bottom of its column" ;;
	esac
done
tui_keys Escape
tui_wait_gone 'every key' "the help closes"

# One epoch, said in the singular.
tui_keys e c
tui_wait_for 'exported the loss history \(1 epoch\) to edgeviz-loss.csv' "c: '(1 epoch)'"

# S: the patch's 25 values and every neuron's template, under a legend.
tui_keys p x S
tui_wait_for 'exported the screen as text' "S in the editor, on the example 'edge'"
file="$tui_dir/edgeviz-screen.txt"
if grep -q 'Input patch (label Edge): brightness, 0 black .. 1 white' "$file" &&
	[ "$(grep -c '^  0.10  0.10  0.90  0.90  0.90$' "$file")" -eq 5 ]; then
	tui_pass "the export holds the patch's values (the example's rows 0.1 0.1 0.9 0.9 0.9)"
else
	tui_fail "the export lacks the patch's values"
	tail -n 60 "$file"
fi
if grep -q '^Weights W1, one 5x5 template a hidden neuron' "$file" &&
	[ "$(grep -c '^h[0-7]$' "$file")" -eq 8 ]; then
	tui_pass "and the eight templates, each named"
else
	tui_fail "the export lacks the templates"
fi
tui_keys Escape

# After 150 epochs at full speed: a 100.0% bar, and a long status line.
tui_keys r
for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do tui_keys +; done
tui_deadline=$((tui_deadline * 4)) tui_wait_for 'epoch 149 sample 99/100' "the run reaches --epochs 150"
tui_wait_for '100\.0%' "a bar at 100.0%"
if tui_screen | grep -q '[█▉▊▋▌▍▎▏][0-9]'; then
	tui_fail "a bar runs into its percentage"
else
	tui_pass "every bar stops a blank before its percentage"
fi
tui_keys W
tui_wait_for ' wrong ' "W: the list of wrong samples"
status=$(tui_status_line)
if printf '%s\n' "$status" | grep -Eq '(relu|[0-9]) +wrong'; then
	tui_pass "the short status line drops whole words: '$status'"
else
	tui_fail "the status line cuts a word: '$status'"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
