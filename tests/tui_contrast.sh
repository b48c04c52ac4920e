#!/bin/sh
# Every piece of text reaches 4.5:1 contrast against its own background
# (WCAG 2, xterm's palette): tests/contrast reads each capture's colors and
# measures every character that is not a blank or a block. Over the main
# screens (training mid-step, the help, the tour, the patch editor, the test
# set, the zoomed pictures), in both themes and both palettes (--palette
# cvd), at 80x24 and 160x48, on 8- and 256-color terminals.
. "$(dirname "$0")/tui_lib.sh"

contrast="${top_builddir:-$(dirname "$0")/..}/tests/contrast"
esc=$(printf '\033')

# The checker itself can fail: the old light theme's bold green on white.
printf '%s[1m%s[32m%s[107mthrough%s[0m\n' "$esc" "$esc" "$esc" "$esc" >"$tui_dir/green"
if "$contrast" -l 'bold green on white' <"$tui_dir/green" >"$tui_dir/out"; then
	tui_fail "the checker passed bold green on white: $(cat "$tui_dir/out")"
else
	tui_pass "the checker fails bold green on white: $(tail -n 1 "$tui_dir/out")"
fi
printf '%s[30m%s[47mthrough%s[0m\n' "$esc" "$esc" "$esc" >"$tui_dir/black"
if "$contrast" -l 'black on white' <"$tui_dir/black" >"$tui_dir/out"; then
	tui_pass "and passes black on white: $(tail -n 1 "$tui_dir/out")"
else
	tui_fail "the checker failed black on white: $(cat "$tui_dir/out")"
fi

# measure WHAT: the screen as it is now passes the checker.
measure() {
	tui_settled >/dev/null
	tui_screen_attributes >"$tui_dir/capture"
	if "$contrast" -l "$what: $1" <"$tui_dir/capture" >"$tui_dir/out"; then
		tui_pass "$(tail -n 1 "$tui_dir/out")"
	else
		tui_fail "$(tail -n 1 "$tui_dir/out")"
		head -n 12 "$tui_dir/out"
	fi
}

# screens TERM COLS ROWS THEME PALETTE: the main screens of one terminal.
screens() {
	what="$1 $2x$3 $4 $5"
	TUI_ENV="TERM=$1" tui_start "$2" "$3" --theme "$4" --palette "$5"
	tui_wait_for 'Hidden layer' "$what: the panels appear" || return
	tui_keys s s
	tui_wait_for 'loss' "$what: the loss phase"
	measure "loss phase"
	tui_keys s s
	tui_wait_for ' update ' "$what: the update phase"
	measure "update phase"
	tui_keys '?'
	tui_wait_for '1/2: \? more keys' "$what: the help"
	measure "help"
	tui_keys '?'
	tui_wait_for '2/2: any key closes' "$what: the help's second page"
	measure "help, page 2"
	tui_keys Escape
	tui_wait_gone 'every key' "$what: help closed"
	tui_keys T
	tui_wait_for 'Tour 1/9' "$what: the tour"
	measure "tour"
	tui_keys T p
	tui_wait_for 'Your patch' "$what: the editor"
	measure "editor"
	tui_keys Escape t
	tui_wait_for 'Test sample 0/20' "$what: the test set"
	measure "test set"
	tui_keys Escape
	if [ "$2" -ge 120 ]; then
		tui_keys z
		tui_wait_gone 'Neuron h0' "$what: zoomed"
		measure "zoomed"
	fi
	tui_keys q
	tui_wait_exit
}

for term in screen screen-256color; do
	for theme in dark light; do
		for palette in normal cvd; do
			screens "$term" 80 24 "$theme" "$palette"
			screens "$term" 160 48 "$theme" "$palette"
		done
	done
done
tui_finish
