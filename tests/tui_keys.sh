#!/bin/sh
# Thousands of random keys, while paused and while running: printable and
# high bytes, control characters, lone ESC, escape sequences cut short and
# whole (arrows, function keys, Shift-Tab, mouse reports), the patch editor's
# cursor pushed past every edge, the help opened and closed, Tab through all
# neurons, the test set browsed. The program stays alive, its screen is whole
# and matches a full repaint afterwards, and q still quits with status 0.
# Then the same at 160x48 with 64 neurons.
#
# The keys come from awk's srand with a fixed seed: a failure replays with
# the same TUI_KEYS_SEED. Never sent: q (it quits), and the bytes the
# terminal turns into signals, Ctrl-C, Ctrl-Z and Ctrl-\ (tui_signals.sh and
# tui_stty.sh test those).
. "$(dirname "$0")/tui_lib.sh"

seed=${TUI_KEYS_SEED:-20261125}
echo "random keys from seed $seed (replay: TUI_KEYS_SEED=$seed)"

# tui_key_batches SEED BYTES MODE: lines of about 48 hex bytes, BYTES in all.
# MODE "all" uses every kind of key. MODE "running" keeps to keys that leave
# a run going, so that it goes on under them: of the printable ones, only
# digits, punctuation (no ] : the learning rate up the ladder diverges; no ?:
# the help, left open by the last keys, hides the status line under load), i
# and T (the inspector, the tour); no backspace, no editor, no test set.
# (A list of the keys allowed rather than of those that stop a run: new keys
# are letters, and must not make this test fail.)
tui_key_batches() {
	LC_ALL=C awk -v seed="$1" -v total="$2" -v mode="$3" '
	function emit(b) {
		line = line sprintf(" %02x", b)
		sent++
		in_line++
	}
	function flush() {
		if (line != "")
			print substr(line, 2)
		line = ""
		in_line = 0
	}
	function str(s,  i) {
		for (i = 1; i <= length(s); i++)
			emit(ord[substr(s, i, 1)])
	}
	function esc(s) {
		emit(27)
		str(s)
	}
	# Whether a sequence may be sent while running: curses passes one it
	# does not know (ESC [ A, where the keypad sends ESC O A) as its bytes,
	# so its letters arrive as keys and must be ones that leave a run going.
	function run_safe(s,  i, c) {
		if (mode != "running")
			return 1
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c ~ /[A-Za-z]/ && !allowed(ord[c]))
				return 0
		}
		return 1
	}
	function pick(n) {
		return int(rand() * n)
	}
	function allowed(c) {
		if (c == 113)			# q quits
			return 0
		if (mode != "running" || c >= 128)
			return 1
		if (c == 8 || c == 127)		# backspace steps back
			return 0
		if (c < 32 || c == 27)		# other control characters, escape
			return 1
		return index(runsafe, sprintf("%c", c)) > 0
	}
	function printable(  c) {
		do c = 32 + pick(95); while (!allowed(c))
		return c
	}
	function control(  c) {
		# 3, 26, 28: Ctrl-C, Ctrl-Z, Ctrl-\ (signals); 127 is DEL
		do {
			c = pick(33)
			if (c == 32)
				c = 127
		} while (c == 3 || c == 26 || c == 28 || !allowed(c))
		return c
	}
	# Bytes of a mouse report: keys of their own where mouse reports are
	# off (outside the editor), so they obey allowed() too.
	function coordinate(  c) {
		do c = 33 + pick(223); while (!allowed(c))
		return c
	}
	function button(  b, n) {
		n = split("0 1 2 3 32 35 64 65", buttons, " ")
		do b = 32 + buttons[1 + pick(n)]; while (!allowed(b))
		return b
	}
	function mouse() {
		if (pick(2)) {
			esc("[M")
			emit(button())
			emit(coordinate())
			emit(coordinate())
		} else {
			esc(sprintf("[<%d;%d;%d%s", pick(4) == 0 ? 64 : pick(3),
				    1 + pick(300), 1 + pick(300), pick(2) ? "M" : "m"))
		}
	}
	function editor(  d, i, n, dirs) {
		# Into the editor, the cursor past each edge in turn, paint, leave.
		str("p")
		split("A B C D", dirs, " ")
		for (d = 1; d <= 4; d++) {
			n = 6 + pick(5)
			for (i = 0; i < n; i++) {
				if (pick(2))
					esc("[" dirs[d])
				else
					str(substr("kjlh", d, 1))
				if (pick(4) == 0)
					str(substr("0123456789f xcL", 1 + pick(15), 1))
			}
			if (pick(3) == 0)
				mouse()
		}
		n = pick(3)
		if (n == 0)
			str("p")
		else if (n == 1)
			emit(27)
		else
			emit(13)
	}
	function test_set(  i, n) {
		str("t")
		n = 15 + pick(15)
		for (i = 0; i < n; i++) {
			if (pick(2))
				esc("[" substr("ABCD", 1 + pick(4), 1))
			else
				str(substr("nNjk ", 1 + pick(5), 1))
		}
		if (pick(2))
			str("t")
		else
			emit(27)
	}
	BEGIN {
		srand(seed)
		for (i = 1; i < 128; i++)
			ord[sprintf("%c", i)] = i
		runsafe = "0123456789+-=[{}()|\\/:;,.~`!@#$%^&*_<>\"iT"
		nwhole = split("[A [B [C [D OA OB OC OD [H [F OH OF [1~ [2~ [3~ [4~ [5~ [6~ " \
			       "OP OQ OR OS [15~ [17~ [18~ [19~ [20~ [21~ [23~ [24~ [Z " \
			       "[1;5A [1;2B [1;3C [1;5D [3;5~ [2J [6n [200~ [201~ [I [O", whole, " ")
		npartial = split("[ [1 [1; [1;5 O [< [<0; [<0;10 [M [15 [[ [<64;", partial, " ")
		ntrain = split(" sbe[]iRNwo+-=acgS", train, "")
		# Each sequence of the lists once for sure, then at random.
		for (i = 1; i <= nwhole; i++)
			if (run_safe(whole[i]))
				esc(whole[i])
		for (i = 1; i <= npartial; i++) {
			esc(partial[i])
			emit(printable())
		}
		flush()
		while (sent < total) {
			kind = pick(100)
			if (kind < 25) {
				n = 1 + pick(6)
				for (i = 0; i < n; i++)
					emit(pick(10) == 0 ? 128 + pick(128) : printable())
			} else if (kind < 35) {
				emit(control())
			} else if (kind < 43) {
				emit(27)
			} else if (kind < 51) {
				esc(partial[1 + pick(npartial)])
			} else if (kind < 66) {
				do seq = whole[1 + pick(nwhole)]; while (!run_safe(seq))
				esc(seq)
				if (pick(3) == 0)
					emit(printable())
			} else if (kind < 72) {
				mouse()
			} else if (kind < 76) {
				str("?")
				emit(pick(2) ? printable() : 27)
			} else if (kind < 80) {
				n = 9 + pick(4)
				for (i = 0; i < n; i++)
					if (pick(3))
						emit(9)
					else
						esc("[Z")
			} else if (kind < 84) {
				if (mode == "all")
					editor()
			} else if (kind < 88) {
				if (mode == "all")
					test_set()
			} else if (kind < 92) {
				emit(12)
			} else {
				c = train[1 + pick(ntrain)]
				if (allowed(ord[c]))
					str(c)
			}
			# Batches end between keys: no sequence is cut by a pause
			# between two batches (only on purpose, above).
			if (in_line >= 48)
				flush()
		}
		flush()
	}'
}

# tui_send_batches FILE WHAT: send each line of FILE as raw bytes; the program
# must be alive after every batch.
tui_send_batches() {
	batches=0
	dead=no
	while read -r batch; do
		# shellcheck disable=SC2086 # one argument a byte
		tui_tmux send-keys -t edgeviz -H $batch
		batches=$((batches + 1))
		if ! tui_alive; then
			dead=yes
			break
		fi
	done <"$1"
	if [ "$dead" = no ]; then
		tui_pass "$2: alive after $batches batches ($(wc -w <"$1") bytes)"
	else
		tui_fail "$2: edgeviz died in batch $batches (status $(cat "$tui_dir/status" 2>/dev/null))"
	fi
}

# tui_status_gone PATTERN: poll until the status line no longer matches.
tui_status_gone() {
	end=$(($(tui_now) + tui_deadline))
	while [ "$(tui_now)" -le "$end" ]; do
		tui_status_line | grep -Eq -- "$1" || return 0
		sleep 0.05
	done
	tui_fail "the status line still shows /$1/ after ${tui_deadline}s"
	return 1
}

# tui_back_to_training: close the help, leave the editor, the test set or
# the wrong samples, whichever is open, one at a time, until the training
# screen is back; then pause if the keys left it running.
tui_back_to_training() {
	# Keys that save files (w, c, g, S, D: each synced to disk) can leave the
	# program seconds behind the keys sent: the help, asked for now, comes up
	# only once every key before it is handled. (? on the help's last page
	# closes it instead: then once more.)
	for _ in 1 2; do
		tui_keys '?'
		end=$(($(tui_now) + tui_deadline))
		while ! tui_screen | grep -q 'every key' && [ "$(tui_now)" -le "$end" ]; do
			sleep 0.1
		done
		tui_screen | grep -q 'every key' && break
	done
	for _ in 1 2 3 4 5 6; do
		sleep 0.1	# let the last escape sequence time out first
		if tui_screen | grep -q 'every key'; then
			tui_keys z
			tui_wait_gone 'every key' "the help closes"
		elif tui_status_line | grep -Eq ' (painting|test set|wrong) '; then
			tui_keys Escape
			tui_status_gone ' (painting|test set|wrong) '
		elif tui_status_line | grep -q ' quiz, score '; then
			# Q came up among the keys: quiz mode refuses r; Q leaves it.
			tui_keys Q
			tui_status_gone ' quiz, score '
		else
			break
		fi
	done
	if tui_status_line | grep -q ' running '; then
		tui_keys r
		tui_wait_for ' paused ' "paused after the keys"
	fi
}

tui_start 80 24 --epochs 10000000
tui_wait_for 'Hidden layer' "the panels appear"

# Ctrl-S is a key like any other, not XOFF: the screen does not freeze.
tui_keys C-s Space
tui_wait_for ' step 1 ' "Ctrl-S, space: a step trained and shown"

# The help comes and goes without a trace (it covers the gaps between the
# panels, which no panel repaints).
before=$(tui_settled)
tui_keys '?'
tui_wait_for 'every key' "? opens the help"
tui_keys z
tui_wait_gone 'every key' "a key closes it"
after=$(tui_settled)
if [ "$before" = "$after" ]; then
	tui_pass "the screen is as it was before the help"
else
	tui_fail "the help left a trace"
	printf '%s\n' "--- before the help ---" "$before" "--------------"
fi

# Paused (though the keys themselves step, run, pause, reset, save and load).
tui_key_batches "$seed" 1800 all >"$tui_dir/keys-all"
tui_send_batches "$tui_dir/keys-all" "random keys"
tui_back_to_training
tui_alive && tui_pass "alive after the random keys" || tui_fail "died after the random keys"
tui_keys r
tui_wait_for ' running ' "it still runs on r"
tui_keys r
tui_wait_for ' paused ' "and pauses"
tui_check_whole "the screen is whole after the random keys"
tui_check_repaint "nothing garbled after the random keys"

tui_keys q
tui_wait_exit
tui_expect_status 0

# Running, with the keys that would stop the run left out (and --epochs far
# enough that max speed does not end it).
tui_start 80 24 --epochs 10000000
tui_wait_for 'Hidden layer' "the panels appear"
tui_keys r
tui_wait_for ' running ' "running before the keys"
tui_key_batches "$((seed + 1))" 1500 running >"$tui_dir/keys-running"
tui_send_batches "$tui_dir/keys-running" "random keys while running"
tui_wait_for ' running ' "still running after them"
tui_back_to_training
tui_check_whole "the screen is whole after the keys while running"
tui_check_repaint "nothing garbled after the keys while running"

tui_keys q
tui_wait_exit
tui_expect_status 0

# The most neurons (64) on a projector's 160x48, where the neuron and update
# panels are shown too.
tui_start 160 48 --hidden 64 --epochs 10000000
tui_wait_for 'Hidden layer' "64 neurons at 160x48: the panels appear"
tui_key_batches "$((seed + 2))" 1200 all >"$tui_dir/keys-large"
tui_send_batches "$tui_dir/keys-large" "random keys at 160x48 with 64 neurons"
tui_back_to_training
tui_check_whole "the screen is whole after them"

tui_keys q
tui_wait_exit
tui_expect_status 0
tui_check_restored
tui_finish
