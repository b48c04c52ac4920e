#!/bin/sh
# f: the tutorial's figures, live. Part 2's ReLU curve marks each neuron's
# z1 and lists the blocked ones (those whose z1 the hidden panel shows
# below 0); Part 4's loss curve marks this sample's p, its loss -log(p)
# (computed here from the p shown), and moves with the sample; Part 5's
# weight landscape shows the slope and the step that the update panel
# shows for the same weight. A session with f, d, l and B, recorded, replays
# to the same screen.
. "$(dirname "$0")/tui_lib.sh"

tui_start 80 24 --record fig.rec
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys f
tui_wait_for 'Part 2: ReLU, h = max\(0, z\)' "f: Part 2's ReLU curve"
tui_wait_for 'z1: after the forward phase' "before the forward pass: no z1 yet"
tui_keys s
tui_wait_for ' step 0 +forward ' "s: the forward pass"
screen=$(tui_settled)
# (a dead neuron's name has a ! after it: "h3 !  -1.217  blocked  dead")
blocked=$(printf '%s\n' "$screen" | sed -n 's/.*  \(h[0-9]\)[ !]* -[0-9.]*  .*/\1/p' | tr '\n' ' ')
listed=$(printf '%s\n' "$screen" | sed -n 's/^blocked: //p' | tr -s ' ' | sed 's/ *$/ /')
if [ -n "$blocked" ] && [ "$blocked" = "$listed" ]; then
	tui_pass "the neurons on the flat part ($listed) are those with z1 < 0"
else
	tui_fail "blocked on the curve '$listed', z1 < 0 in the hidden panel '$blocked'"
fi
marks=$(printf '%s\n' "$screen" | sed -n '/Part 2/,/ z1 /p' | sed '1d;$d' | cut -c8- | tr -cd '0-7' | wc -m)
if [ "$marks" -ge 6 ] && [ "$marks" -le 8 ]; then
	tui_pass "the neurons are marked on the curve ($marks of 8 visible)"
else
	tui_fail "only $marks neuron marks on the curve"
fi
plot_a=$(printf '%s\n' "$screen" | sed -n '/Part 2/,/blocked/p')
tui_keys Space s
tui_wait_for ' step 1 +forward ' "the next sample's forward pass"
plot_b=$(tui_settled | sed -n '/Part 2/,/blocked/p')
if [ "$plot_a" != "$plot_b" ]; then
	tui_pass "the marks move with the sample"
else
	tui_fail "the ReLU figure did not change with the sample"
fi

tui_keys f
tui_wait_for 'Part 4: loss = -log\(p \+ 1e-8\)' "f: Part 4's loss curve"
screen=$(tui_settled)
label=$(printf '%s\n' "$screen" | sed -n 's/^ label \(Edge\|No Edge\) .*/\1/p')
p=$(printf '%s\n' "$screen" | sed -n "s/.*p($label) = \([0-9.]*\), loss = \([0-9.]*\).*/\1/p")
loss=$(printf '%s\n' "$screen" | sed -n "s/.*p($label) = \([0-9.]*\), loss = \([0-9.]*\).*/\2/p")
column=$([ "$label" = Edge ] && echo 1 || echo 2)
p_out=$(printf '%s\n' "$screen" | sed -n 's/.*p = e\/sum *\([0-9.]*\) *\([0-9.]*\).*/\'$column'/p')
if [ -n "$p" ] && awk -v p="$p" -v l="$loss" -v q="$p_out" 'BEGIN { d = -log(p) - l; e = p - q;
	exit !(d < 2e-4 && d > -2e-4 && e < 6e-4 && e > -6e-4) }'; then
	tui_pass "the marked p ($p) is the output's ($p_out), its loss $loss = -log(p)"
else
	tui_fail "p '$p', loss '$loss', output's p '$p_out'"
fi
tui_keys Space s
tui_wait_for ' step 2 +forward ' "the next sample"
p2=$(tui_settled | sed -n 's/.*p([A-Za-z ]*) = \([0-9.]*\), loss.*/\1/p')
if [ -n "$p2" ] && [ "$p2" != "$p" ]; then
	tui_pass "the marked p moves with the sample ($p -> $p2)"
else
	tui_fail "the marked p did not move ($p -> $p2)"
fi

# The curve, d and B belong to the recorded session too.
tui_keys d l B
tui_wait_for 'Learning curve' "l"
tui_keys l
tui_wait_gone 'Learning curve' "l closes"
recorded=$(tui_settled)
tui_keys q
tui_wait_exit
if grep -q ' key f$' "$tui_dir/fig.rec" && grep -q ' key d$' "$tui_dir/fig.rec" &&
	grep -q ' key l$' "$tui_dir/fig.rec" && grep -q ' key B$' "$tui_dir/fig.rec"; then
	tui_pass "the recording has the keys f, d, l and B"
else
	tui_fail "the recording lacks a view's key: $(cat "$tui_dir/fig.rec")"
fi
tui_start 80 24 --replay fig.rec
tui_wait_for ' step 1 ' "replaying"
end=$(($(tui_now) + tui_deadline))
while [ "$(tui_now)" -le "$end" ] && [ "$(tui_screen)" != "$recorded" ]; do
	sleep 0.2
done
if [ "$(tui_settled)" = "$recorded" ]; then
	tui_pass "the replay ends on the recorded screen, views and all"
else
	tui_fail "the replay's screen differs"
	printf '%s\n' "$recorded" >"$tui_dir/a"
	tui_screen >"$tui_dir/b"
	diff "$tui_dir/a" "$tui_dir/b"
fi
tui_keys q
tui_wait_exit

# Part 5 at 160x48, beside the update panel: the same weight, slope and step,
# on sample 1 (an edge: its pixels, so its gradients, differ; sample 0 is a
# uniform gray, where every input's gradient is the same).
tui_start 160 48
tui_wait_for 'Hidden layer' "160x48"
tui_keys Space f f f
tui_wait_for 'Part 5: gradient descent on one weight, W1\[[0-9]+,0\]' "f f f: Part 5"
tui_keys s s s
tui_wait_for ' step 1 +backward ' "the backward phase"
screen=$(tui_settled)
name=$(printf '%s\n' "$screen" | sed -n 's/.*one weight, \(W1\[[0-9]*,0\]\).*/\1/p')
name_re=$(printf '%s' "$name" | sed 's/[][]/\\&/g')
slope=$(printf '%s\n' "$screen" | sed -n 's/.*slope dL\/dw = *\([-+0-9.]*\).*/\1/p')
grad=$(printf '%s\n' "$screen" | grep -m1 -F "  $name  " | sed -n "s/.*$name_re *[-+0-9.]* *\([-+0-9.]*\).*/\1/p")
first=$(printf '%s\n' "$screen" | grep -m1 -E '  W1\[[0-9]+,0\]  ' | sed 's/.*\(W1\[[0-9]*,0\]\).*/\1/')
if [ -n "$slope" ] && [ "$first" = "$name" ] &&
	awk -v a="$slope" -v b="$grad" 'BEGIN { d = a - b; exit !(d < 6e-5 && d > -6e-5) }'; then
	tui_pass "the slope of $name ($slope) is the update panel's largest gradient ($grad)"
else
	tui_fail "slope '$slope' of '$name'; the update panel's first W1 row '$first', gradient '$grad'"
fi
tui_keys s
tui_wait_for 'step taken' "s: the step is taken"
screen=$(tui_settled)
next=$(printf '%s\n' "$screen" | sed -n 's/.*step taken: w - lr x slope = *\([-+0-9.]*\).*/\1/p')
new=$(printf '%s\n' "$screen" | grep -m1 -F "  $name  " | sed -n "s/.*$name_re *[-+0-9.]* *[-+0-9.]* *\([-+0-9.]*\).*/\1/p")
if [ -n "$next" ] && [ "$next" = "$new" ]; then
	tui_pass "the step taken ends where the update panel's new weight is ($next)"
else
	tui_fail "step to '$next', the update panel's new '$new'"
fi
tui_keys f
tui_wait_gone 'Part 5' "f again: the figures close"
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
