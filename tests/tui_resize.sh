#!/bin/sh
# Resizing: below 80x24 a plain notice, back to the panels when there is room,
# and more on a projector-sized 160x48.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space
tui_wait_for ' step 1 ' "a step trained"

tui_tmux resize-window -t edgeviz -x 70 -y 20
tui_wait_for 'terminal too small \(need 80x24\)' "70x20: too small"
tui_tmux resize-window -t edgeviz -x 80 -y 23
tui_wait_for 'now 80x23' "80x23: still too small"
tui_tmux resize-window -t edgeviz -x 80 -y 24
tui_wait_for 'Hidden layer' "80x24 again: the panels"
tui_wait_for ' step 1 ' "the run is where it was"

tui_tmux resize-window -t edgeviz -x 160 -y 48
tui_wait_for 'Neuron h0: its template' "160x48: the neuron's template picture"
tui_wait_for 'Update of h0' "and the update panel"
tui_wait_for 'products x\*w' "the products x*w"
tui_wait_for 'ReLU: z1 ' "and ReLU's verdict"
tui_keys Tab
tui_wait_for 'Neuron h1' "Tab selects the next neuron"

tui_tmux resize-window -t edgeviz -x 80 -y 24
tui_wait_gone 'Neuron h1' "back to 80x24"
tui_keys i
tui_wait_for 'Neuron h1' "i shows the neuron at 80x24"
tui_keys i
tui_wait_for 'Update of h1' "i again: the update"
tui_keys i
tui_wait_for '─ (Weights )?W1[ :]' "and again: back to the weights"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_check_restored
tui_finish
