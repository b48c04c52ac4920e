#!/bin/sh
# For projectors: --theme light draws dark text on a light ground (every
# window's blank cells too), and z zooms a large screen: the patch's cells
# and the heatmaps grow large enough to carry their values; on 80x24 z says
# it needs a larger screen and changes nothing.
. "$(dirname "$0")/tui_lib.sh"

TUI_ENV='TERM=screen-256color'
tui_start 80 24 --theme light
tui_wait_for 'Hidden layer' "light theme: the panels appear"
# Black text (30) on bright white (107) or white (47): the ground.
if tui_screen_attributes | grep -Eq '30m.\[(107|47)m'; then
	tui_pass "dark text on a light ground"
else
	tui_fail "no light ground"
	tui_screen_attributes | head -n 3 | cat -v
fi
tui_check_whole "the light screen is whole"
tui_keys z
tui_wait_for 'zoom: on a screen of 120x36 or more' "z on 80x24: says it needs a large screen"
tui_check_whole "and the screen is unchanged"
tui_keys q
tui_wait_exit
tui_expect_status 0

tui_start 160 48
tui_wait_for 'Neuron h0' "160x48: the neuron band"
tui_keys z
tui_wait_gone 'Neuron h0' "z: the neuron band gives its rows to the pictures"
# Zoomed, a weight heatmap's cells are wide enough to print the weights.
tui_wait_for '\+0\.14 +\+0\.05 +\+0\.32 +\+0\.17 +-0\.15' "the heatmaps are large enough for their values"
tui_keys Tab Tab Tab Tab Tab
tui_wait_for ' h5 ' "Tab scrolls the zoomed heatmaps to the selected neuron"
tui_keys i
tui_wait_for 'zoom off' "i: zoom off, the neuron is back"
tui_wait_for 'Neuron h5' "the neuron band again"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
