#!/bin/sh
# Every page of the tour sends the eye only to a panel on screen, at 80x24,
# 120x36 and 160x48; the template page says where the pictures are when it
# covers them; and the last page tells the run's own numbers (the
# tutorial's epoch 0: mean loss 0.1423, 96 of 100 right), not a promise
# ("from about 0.7", "the templates turn into edges").
. "$(dirname "$0")/tui_lib.sh"

# look_at_shown PAGE: the panel "look at:" names has its title on screen.
look_at_shown() {
	screen=$(tui_screen)
	what=$(printf '%s\n' "$screen" | sed -n 's/.*look at: \(.*\)   > next.*/\1/p')
	what=${what%%;*}	# the panel's name, without the ReLU page's "; dead: ..., see n"
	case $what in
	'the status line on top') pattern='^ epoch [0-9]+ ' ;;
	'the narration below') pattern='^ (Forward|Loss|Backward|Update|Step|Ready|Next)' ;;
	'') tui_fail "$size page $1: no 'look at:'"; return ;;
	*) pattern="─ $what" ;;
	esac
	if printf '%s\n' "$screen" | grep -Eq -- "$pattern"; then
		tui_pass "$size page $1: looks at '$what', on screen"
	else
		tui_fail "$size page $1: looks at '$what', not on screen"
	fi
}

# wait_words PATTERN WHAT: like tui_wait_for, on the screen's words joined
# into one line (the page wraps its sentences).
wait_words() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		if tui_screen | tr '\n' ' ' | tr -s ' ' | grep -Eq -- "$1"; then
			tui_pass "$2"
			return 0
		fi
		sleep 0.05
	done
	tui_fail "$2 (timed out)"
}

for size in 80x24 120x36 160x48; do
	tui_start "${size%x*}" "${size#*x}" --tour
	tui_wait_for 'Tour 1/9' "$size: the tour opens"
	tui_keys s s s
	tui_wait_for ' backward ' "$size: the backward pass"
	page=1
	while [ "$page" -le 9 ]; do
		tui_wait_for "Tour $page/9" "$size: page $page" >/dev/null
		tui_settled >/dev/null
		look_at_shown "$page"
		if [ "$page" = 2 ]; then
			if [ "$size" = 80x24 ]; then
				wait_words 'under this page: T closes it' \
					"80x24: the template page says the pictures are under it"
			else
				tui_wait_for 'look at: Weights W1' "$size: the template page looks at the weights"
			fi
		fi
		[ "$page" -lt 9 ] && tui_keys '>'
		page=$((page + 1))
	done
	tui_keys q
	tui_wait_exit
done

tui_start 80 24 --tour
tui_wait_for 'Tour 1/9' "the tour opens"
tui_keys '>' '>' '>' '>' '>' '>' '>' '>'
tui_wait_for 'Tour 9/9: Watching it learn' "the last page"
wait_words 'so far: no epoch done yet' "before an epoch: nothing claimed"
tui_keys e
wait_words "epoch 0's mean loss was 0\\.1423, with 96 of 100 samples right" \
	"after one epoch: the run's own loss and accuracy"
tui_keys e
wait_words 'the mean loss went from 0\.1423 \(epoch 0\) to 0\.0158 \(epoch 1\), the samples right from 96 to 100 of 100' \
	"after two: from epoch 0 to epoch 1"
if tui_screen | tr '\n' ' ' | tr -s ' ' | grep -Eq 'about 0\.7|turn into edges'; then
	tui_fail "the page still promises what the run does not show"
else
	tui_pass "no promise the run does not keep"
fi
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
