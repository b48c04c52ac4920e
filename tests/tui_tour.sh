#!/bin/sh
# The guided tour at 80x24: --tour opens it beside the live network; > and
# PgDn turn to each of the nine pages in the tutorial's order, < and PgUp
# back; each page is drawn whole (title, words, formula, where to look), the
# panel it speaks of has its title highlighted, and the formulas carry the
# numbers of the sample on screen (seed 42's first sample: the tutorial's
# p(Edge) = 0.235 / (0.235 + 1.000) = 0.190). T closes and reopens it.
. "$(dirname "$0")/tui_lib.sh"

# tour_page N TITLE PANEL-PATTERN: page N of 9 is on screen, whole, and the
# title row of the panel it speaks of is highlighted (magenta background).
tour_page() {
	tui_wait_for "Tour $1/9: $2" "page $1: $2" || return
	screen=$(tui_screen)
	if printf '%s\n' "$screen" | grep -q 'look at: ' &&
		printf '%s\n' "$screen" | grep -Eq '\? help +q quit *$'; then
		tui_pass "page $1 drawn whole"
	else
		tui_fail "page $1 not whole"
	fi
	if tui_screen_attributes | grep -Eq "45m[^[]*$3"; then
		tui_pass "page $1: /$3/ highlighted"
	else
		tui_fail "page $1: /$3/ not highlighted"
		tui_screen_attributes | grep -n '45m' | head -n 3
	fi
}

tui_start 80 24 --tour
tui_wait_for 'Hidden layer' "the panels appear"
tour_page 1 'The forward pass' 'Hidden layer'
tui_wait_for 'press s until the forward pass' "no numbers before the forward pass"
tui_keys s
tui_wait_for 'h0: z1 = x\.W1 \+ b1 = \+1\.664;  z2 = h\.W2 \+ b2 = \[-0\.278, \+1\.170\]' \
	"page 1: the forward pass's numbers"
tui_keys '>'
tour_page 2 'A neuron is a template' 'Hidden layer'
tui_keys NPage
tour_page 3 'ReLU, the gate' 'Hidden layer'
tui_wait_for 'h0: ReLU\(\+1\.664\) = max\(0, \+1\.664\) = 1\.664;  4 of 8 pass, 4 blocked' "page 3: ReLU's numbers"
tui_keys '>'
tour_page 4 'Softmax: scores to chances' 'Output'
tui_wait_for 'p\(Edge\) = 0\.235 / \(0\.235 \+ 1\.000\) = 0\.190' "page 4: the softmax, with this sample's numbers"
tui_keys '>'
tour_page 5 'The loss: how wrong' 'Output'
tui_keys s
tui_wait_for 'label No Edge: loss = -log\(p\(No Edge\) \+ 1e-8\) = -log\(0\.810 \+ 1e-8\) = 0\.2111' "page 5: the loss"
tui_keys '>'
tour_page 6 'Gradient descent' ' Loss: the label'
tui_keys s s
tui_wait_for 'b1\[0\] = \+0\.0000 - 0\.1 x \(-0\.0876\) = \+0\.0088' "page 6: old, gradient, new"
tui_keys '>'
tour_page 7 'The chain rule' 'Output'
tui_keys '>'
tour_page 8 'Backpropagation' 'Hidden layer'
tui_keys '>'
tour_page 9 'Watching it learn' ' epoch'
tui_keys e
tui_wait_for 'epoch 0: mean loss [0-9.]+, train [0-9]+/100, test [0-9]+/20 right now' "page 9: the epoch's numbers"
tui_keys '>'
tui_wait_for 'the last page of the tour' "> on the last page says so"
tui_keys '<'
tour_page 8 'Backpropagation' 'Hidden layer'
tui_keys PPage
tour_page 7 'The chain rule' 'Output'

tui_keys T
tui_wait_gone 'Tour [0-9]' "T closes the tour"
tui_wait_for '─ (Weights )?W1[ :]' "the weights are back"
tui_keys T
tour_page 7 'The chain rule' 'Output'

# The help lists the classroom keys on its first page, replay's on the second.
tui_keys '?'
tui_wait_for 'guided tour: open / close' "? lists T"
tui_wait_for '1/2: \? more keys' "the help says ? turns its page"
tui_keys '?'
tui_wait_for 'Replay \(--replay\)' "? again: the other modes' keys"
tui_keys x
tui_wait_gone 'every key' "any key closes the help"

# 160x48: the page sits in the neuron's place, the weights stay, and the
# template page points at them.
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_start 160 48 --tour
tour_page 1 'The forward pass' 'Hidden layer'
tui_wait_for 'Weights W1' "160x48: the weights beside the tour"
tui_keys '>'
tour_page 2 'A neuron is a template' 'Weights W1'
tui_keys q
tui_wait_exit
tui_expect_status 0
tui_finish
