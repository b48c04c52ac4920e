#!/bin/sh
# Saving and loading weights from the visualizer: w saves (and says where),
# o loads them back and restarts the run from them, and a bad file is
# refused with its one-line reason while the run stays as it was.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys Space Space Space Space Space
tui_wait_for ' step 5 ' "five steps trained"
tui_keys w
tui_wait_for 'saved the weights to edgeviz\.weights' "w: saved, and says where"
if head -n 1 "$tui_dir/edgeviz.weights" 2>/dev/null | grep -q '^edgeviz-weights 1$'; then
	tui_pass "the file is a weights file"
else
	tui_fail "no weights file was written"
fi

tui_keys e
tui_wait_for ' step 100 ' "an epoch later"
tui_keys o y
tui_wait_for 'loaded edgeviz\.weights' "o: loaded, and says so"
tui_wait_for ' step 0 ' "the run starts over from the loaded weights"

# A file cut short: the load is refused with the reason, and nothing changes.
tui_keys Space Space
tui_wait_for ' step 2 ' "two steps on the loaded weights"
head -n 10 "$tui_dir/edgeviz.weights" >"$tui_dir/cut" && mv "$tui_dir/cut" "$tui_dir/edgeviz.weights"
tui_keys o y
tui_wait_for 'not loaded: .*edgeviz\.weights' "a bad file: the reason is shown"
tui_wait_for ' step 2 ' "and the run is untouched"
tui_keys s
tui_wait_gone 'not loaded' "the message goes with the next key"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
