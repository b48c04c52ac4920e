#!/bin/sh
# What the screen is drawn with: colors on a color terminal, none at all
# with NO_COLOR (or --no-color), and only ASCII where the locale is not
# UTF-8 (or with --ascii).
. "$(dirname "$0")/tui_lib.sh"

# tui_has_colors: the screen holds a foreground or background color.
tui_has_colors() {
	tui_screen_attributes | grep -Eq "$(printf '\033')\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9;]*)?m"
}

# tui_check_color CODES TEXT WHAT: TEXT is drawn in a foreground color of
# CODES (an -E alternation of SGR codes).
tui_check_color() {
	esc=$(printf '\033')
	if tui_screen_attributes | grep -Eq "$esc\\[([0-9;]*;)?($1)(;[0-9;]*)?m($esc\\[[0-9;]*m)*$2"; then
		tui_pass "$3"
	else
		tui_fail "$3: not in color $1"
	fi
}

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys s
tui_wait_for 'passed ReLU' "a forward pass on screen"
tui_has_colors && tui_pass "colors on a color terminal" || tui_fail "no colors on a color terminal"
tui_wait_for '─ Input ─' "UTF-8 rules in a UTF-8 locale"
# Each role its color: sample 1 is guessed right (green, 32), test sample 20
# wrong (red: 31, or 203 of 256); other escapes (bold) may come between the
# color and the text.
tui_check_color 32 '✓ right' "a right guess in green"
tui_keys t Left
tui_wait_for 'test #19/20' "the last test sample"
tui_check_color '31|38;5;203' '✗ wrong' "a wrong guess in red"
tui_keys q
tui_wait_exit
tui_expect_status 0

# With 256 colors the 80x24 weights are square half-block pixels on the
# red-white-blue ramp, in two bands of four.
TUI_ENV="TERM=xterm-256color" tui_start 80 24
tui_wait_for 'Weights W1: red < 0, blue > 0' "256 colors: the ramp's legend in the title"
tui_wait_for '▀▀▀▀▀▀▀▀▀▀ ▀▀▀▀▀▀▀▀▀▀' "the heatmaps in half blocks"
tui_wait_for ' h4 ' "a second band of heatmaps"
if tui_screen_attributes | grep -q "$(printf '\033')\[[0-9;]*48;5;"; then
	tui_pass "cells painted from the 256-color ramps"
else
	tui_fail "no 256-color cells"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0

TUI_ENV="NO_COLOR=1" tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear with NO_COLOR"
tui_keys s
tui_wait_for 'passed ReLU' "a forward pass on screen"
tui_has_colors && tui_fail "colors despite NO_COLOR" || tui_pass "NO_COLOR: no colors"
tui_keys q
tui_wait_exit
tui_expect_status 0

tui_start 80 24 --no-color
tui_wait_for 'Hidden layer' "the panels appear with --no-color"
tui_has_colors && tui_fail "colors despite --no-color" || tui_pass "--no-color: no colors"
tui_keys q
tui_wait_exit
tui_expect_status 0

TUI_LANG=C tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear in the C locale"
tui_keys Space s s s
# (the step-0 narration already says "backward": wait for the phase itself)
tui_wait_for ' step 1 +backward ' "a backward pass: the status line"
tui_wait_for 'dz2 = p-y' "a backward pass: the output gradient on screen"
tui_wait_for '^- Input -' "ASCII rules"
if tui_screen | LC_ALL=C grep -q "$(printf '[\200-\377]')"; then
	tui_fail "non-ASCII bytes in the C locale"
else
	tui_pass "only ASCII in the C locale"
fi
# ncurses shows a UTF-8 byte it cannot print in the C locale as "M-x".
if tui_screen | grep -q 'M-'; then
	tui_fail "UTF-8 glyphs shown as M- escapes"
else
	tui_pass "no UTF-8 glyph attempted"
fi
tui_keys '?'
tui_wait_for 'every key' "the help, in ASCII too"
if tui_screen | LC_ALL=C grep -q "$(printf '[\200-\377]')"; then
	tui_fail "non-ASCII bytes in the help"
else
	tui_pass "the help is ASCII"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
