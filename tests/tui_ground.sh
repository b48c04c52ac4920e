#!/bin/sh
# The patch's darkest shade stands out from the panel around it: in the dark
# theme a 0.0 pixel is not drawn (nearly) black on black, and in the light
# theme a 1.0 pixel not (nearly) white on white. Every background in the
# patch's panel (the top left 18x11 at 80x24) differs from the theme's
# ground by 1.5:1 or more (WCAG 2 ratio, xterm's 256 colors; a 0.0 pixel
# used to be gray 8 on black, 1.05:1, and a 1.0 pixel gray 238 on white).
. "$(dirname "$0")/tui_lib.sh"

contrast="${top_builddir:-$(dirname "$0")/..}/tests/contrast"

# grounds THEME GROUND KEY: paint the editor's first pixel with KEY, move
# away from it, and measure every background against the color GROUND.
grounds() {
	TUI_ENV='TERM=screen-256color' tui_start 80 24 --theme "$1"
	tui_wait_for 'Hidden layer' "$1 theme: the panels appear" || return
	tui_keys p
	tui_wait_for 'Your patch' "$1 theme: the editor"
	tui_keys "$3" l
	tui_settled >/dev/null
	tui_screen_attributes >"$tui_dir/capture"
	if "$contrast" -g "$2" -w 18 -h 11 -m 1.5 -l "$1 theme, pixel $3" <"$tui_dir/capture" >"$tui_dir/out"; then
		tui_pass "$(tail -n 1 "$tui_dir/out")"
	else
		tui_fail "$(tail -n 1 "$tui_dir/out")"
		head -n 6 "$tui_dir/out"
	fi
	tui_keys q
	tui_wait_exit
}

grounds dark 0 0
grounds light 15 f
tui_finish
