#!/bin/sh
# Stepping: space trains a whole sample (step counts up), s walks one sample
# phase by phase (forward, loss, backward, update) with each phase's numbers
# on screen.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"

tui_keys Space
tui_wait_for '^ epoch 0 +sample 0/100 +step 1 +update' "space: step 1"
tui_keys Space
tui_wait_for ' step 2 ' "space again: step 2"

tui_keys s
tui_wait_for ' step 2 +forward ' "s: the forward phase"
tui_wait_for 'passed ReLU' "the hidden layer counts the neurons ReLU passed"
tui_wait_for 'blocked' "blocked neurons are marked"
tui_wait_for 'logit z2' "the output shows the logits"
tui_wait_for '[0-9]\.[0-9]%' "the softmax as percentages"
tui_wait_for 'Forward: z1 = x\.W1 \+ b1' "the narration explains the forward pass"

tui_keys s
tui_wait_for ' step 2 +loss ' "s: the loss phase"
tui_wait_for '-log\([0-9.]+ ?\+ ?1e-8\) ?= ?[0-9]' "the loss -log(p + 1e-8) of this sample"

tui_keys s
tui_wait_for ' step 2 +backward ' "s: the backward phase"
tui_wait_for 'dz2 = p-y' "the output gradient"
tui_wait_for ' dh +dz1' "the gradient through ReLU"
tui_wait_for 'gradient: [0-9]+ through' "how many gradients ReLU let through"

tui_keys s
tui_wait_for ' step 3 +update ' "s: the update, step 3"
tui_wait_for 'Update: w = w - lr x dw' "the narration explains the update"

tui_keys e
tui_wait_for 'sample 99/100 +step 100 ' "e: to the end of the epoch"
tui_wait_for 'epochs .*[0-9]' "the epoch average appears"
tui_keys ']'
tui_wait_for 'lr 0\.2 ' "]: the learning rate up"
tui_keys '[' '['
tui_wait_for 'lr 0\.05 ' "[: the learning rate down"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
