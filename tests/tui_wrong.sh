#!/bin/sh
# The training samples the network gets wrong, live: W lists them (as the
# core counts them) with thumbnails and browses them, showing each one's
# forward pass in the input panel without training on it; a training key
# trains with the list still open and it follows the weights; W closes it.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys W
tui_wait_for 'Wrong now: 45 of 100 training samples' "W: the first weights get 45 of 100 wrong"
tui_wait_for '─ Wrong sample ─' "the input panel shows one of them"
tui_wait_for 'train #1/100' "the first wrong one: training sample 1"
tui_wait_for '✗ wrong' "and it is wrong"
tui_wait_for '#1 E +#5 E +#8 E' "thumbnails with their numbers and labels"
tui_keys Right
tui_wait_for 'train #5/100' "right: the next wrong one"
tui_keys Left Left
tui_wait_for 'train #[0-9]+/100' "left past the first: round to the last"
tui_wait_for ' step 0 ' "browsing trains nothing"

tui_keys e
tui_wait_for ' step 100 ' "e: back to training, an epoch trained"
tui_wait_for 'Wrong now: 0 of 100 training samples' "the list follows the weights: none left"
tui_wait_for 'none: the network gets every training sample right' "and says so"
tui_wait_for 'W closes this list' "the list stays open while training"
tui_keys W
tui_wait_gone 'Wrong now' "W closes it"
tui_keys W
tui_wait_for ' wrong .*paused' "W again: browsing (an empty list)"
tui_wait_for 'Esc closes this list' "Esc closes it"
tui_keys Escape
tui_wait_gone 'Wrong now' "Esc closes the list"
tui_wait_for '─ (Weights )?W1[ :]' "the weights are back"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
