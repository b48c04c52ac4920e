#!/bin/sh
# The keys nothing else presses: the aliases (=, Backspace, F1, Enter), the
# editor's h j k l f, the test set's and the wrong list's n j N k Up Down
# space and Enter, Shift-Tab going back round the neurons, N's new seed; each
# checked by what it changes on screen, so a key whose effect is removed fails.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"

# Tab and Shift-Tab go round the hidden neurons both ways.
tui_keys i
tui_wait_for '─ Neuron h0:' "i: the neuron panel, h0"
tui_keys BTab
tui_wait_for '─ Neuron h7:' "Shift-Tab from h0: back round to h7"
tui_keys BTab
tui_wait_for '─ Neuron h6:' "Shift-Tab: h6"
tui_keys Tab
tui_wait_for '─ Neuron h7:' "Tab: forward to h7"
tui_keys Tab
tui_wait_for '─ Neuron h0:' "Tab from h7: round to h0"

# = is + (faster); Backspace is b (back a step); F1 is ? (the help).
tui_keys =
tui_wait_for 'paused 20 steps/s' "=: faster, as +"
tui_keys Space Space
tui_wait_for ' step 2 ' "two steps"
tui_keys BSpace
tui_wait_for ' step 1 ' "Backspace: back one step, as b"
tui_keys F1
tui_wait_for 'every key' "F1: the help, as ?"
tui_keys z
tui_wait_gone 'every key' "and a key closes it"

# The test set: right/left and their aliases move by one, round the ends.
tui_keys t
tui_wait_for 'test #0/20' "t: the first test sample"
tui_keys Left
tui_wait_for 'test #19/20' "left from the first: round to the last"
tui_keys Right
tui_wait_for 'test #0/20' "right: round to the first"
tui_keys n
tui_wait_for 'test #1/20' "n: next"
tui_keys j
tui_wait_for 'test #2/20' "j: next"
tui_keys Down
tui_wait_for 'test #3/20' "down: next"
tui_keys Space
tui_wait_for 'test #4/20' "space: next"
tui_keys N
tui_wait_for 'test #3/20' "N: previous"
tui_keys k
tui_wait_for 'test #2/20' "k: previous"
tui_keys Up
tui_wait_for 'test #1/20' "up: previous"
tui_keys Enter
tui_wait_gone ' test set ' "Enter leaves the test set"

# The wrong samples (2, 6, 9, ..., 99 with the first weights): the same keys.
# (past step 0, R asks first: y goes ahead)
tui_keys R y
tui_wait_for ' step 0 ' "R y: back to step 0"
tui_keys W
tui_wait_for 'train #1/100' "W: the first wrong sample, #1"
tui_keys n
tui_wait_for 'train #5/100' "n: the next one"
tui_keys j
tui_wait_for 'train #8/100' "j: the next one"
tui_keys Down
tui_wait_for 'train #12/100' "down: the next one"
tui_keys Space
tui_wait_for 'train #15/100' "space: the next one"
tui_keys N
tui_wait_for 'train #12/100' "N: the one before"
tui_keys k
tui_wait_for 'train #8/100' "k: the one before"
tui_keys Up
tui_wait_for 'train #5/100' "up: the one before"
tui_keys Enter
tui_wait_gone 'Wrong now' "Enter closes the list"

# The editor: h j k l move the cursor, f paints a full pixel, Enter leaves.
tui_keys p
tui_wait_for 'r0 c0 = ' "p: the editor, the cursor at the top left"
tui_keys l
tui_wait_for 'r0 c1 = ' "l: right"
tui_keys j
tui_wait_for 'r1 c1 = ' "j: down"
tui_keys f
tui_wait_for 'r1 c1 = 1\.00' "f: the pixel full"
tui_keys h
tui_wait_for 'r1 c0 = ' "h: left"
tui_keys k
tui_wait_for 'r0 c0 = ' "k: up"
tui_keys Enter
tui_wait_gone ' painting ' "Enter leaves the editor"

# N: the next seed, new data and new weights, at step 0.
tui_keys Space
tui_wait_for ' step 1 ' "a step"
tui_keys N y
tui_wait_for 'seed 43: new data, new weights, step 0' "N: seed 43"
tui_wait_for ' step 0 .* seed 43 ' "the status line shows step 0 and seed 43"
# numpy, seed 43 (data, then weights, as the tutorial draws them): its first
# weights get 81 of its 100 training samples wrong, the first being #1 and #2 (from 0).
tui_keys W
tui_wait_for 'Wrong now: 81 of 100 training samples' "another seed: its own data and weights"
tui_wait_for '#1 No +#2 (E|No) ' "its own wrong samples"
tui_keys Escape

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
