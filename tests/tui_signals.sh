#!/bin/sh
# Ctrl-C, SIGTERM and SIGHUP end the visualizer cleanly: the terminal is
# restored and the status says which signal (128 + its number). So does a
# crash.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys C-c
tui_wait_exit
tui_expect_status 130
tui_check_restored

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys r
tui_wait_for 'running' "running when the signal comes"
kill -TERM "$(tui_pid)"
tui_wait_exit
tui_expect_status 143
tui_check_restored

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys p
tui_wait_for 'Your patch' "in the editor (mouse on) when the signal comes"
kill -HUP "$(tui_pid)"
tui_wait_exit
tui_expect_status 129
tui_check_restored

# A crash (here a SIGSEGV sent from outside) must not leave the terminal raw
# either: the handler restores it, then dies of the same signal (128 + 11).
tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
kill -SEGV "$(tui_pid)"
tui_wait_exit
tui_expect_status 139
tui_check_restored
tui_finish
