#!/bin/sh
# --palette cvd: no red and no green anywhere on the screen, read from the
# colors tmux captures (capture-pane -e: every SGR color of the 8, 16 and
# 256 color sets, and direct RGB) over the screens that use the roles of
# sign, gating and right/wrong (mid-step, the update, a wrong guess, the
# zoomed pictures, a run, divergence), in both themes, on 8- and 256-color
# terminals; EDGEVIZ_PALETTE=cvd does the same; and the text on the screen
# is the same as with the normal palette, so every glyph and word that
# says what a color says is still there. The checker itself fails the
# normal palette, which paints with red and green.
. "$(dirname "$0")/tui_lib.sh"

# redgreen: read a capture with its escapes and print each red or green
# color it uses (hue within 20 degrees of red, or 75 to 165 degrees for
# green, saturation 0.35 and up: xterm's colors 1, 2, 9, 10, 22, 124, 203,
# ... but not its oranges 130, 172, 208, 214, its yellows or its blues).
redgreen() {
	LC_ALL=C awk '
	function rgb(i) {
		if (i < 16) {
			split("0 0 0;205 0 0;0 205 0;205 205 0;0 0 238;205 0 205;0 205 205;229 229 229;" \
			      "127 127 127;255 0 0;0 255 0;255 255 0;92 92 255;255 0 255;0 255 255;255 255 255", t, ";")
			split(t[i + 1], c, " ")
			R = c[1]; G = c[2]; B = c[3]
		} else if (i < 232) {
			split("0 95 135 175 215 255", lv, " ")
			i -= 16
			R = lv[int(i / 36) + 1]; G = lv[int(i / 6) % 6 + 1]; B = lv[i % 6 + 1]
		} else {
			R = G = B = 8 + 10 * (i - 232)
		}
	}
	function judge(what) {
		max = R; if (G > max) max = G; if (B > max) max = B
		min = R; if (G < min) min = G; if (B < min) min = B
		if (max < 80 || (max - min) / max < 0.35)
			return
		d = max - min
		if (max == R) h = 60 * ((G - B) / d); else if (max == G) h = 60 * ((B - R) / d + 2); else h = 60 * ((R - G) / d + 4)
		if (h < 0) h += 360
		if (h <= 20 || h >= 340) print "red " what
		else if (h >= 75 && h <= 165) print "green " what
	}
	{
		line = $0
		while (match(line, /\033\[[0-9;:]*m/)) {
			n = split(substr(line, RSTART + 2, RLENGTH - 3), p, /[;:]/)
			line = substr(line, RSTART + RLENGTH)
			for (k = 1; k <= n; k++) {
				v = p[k] + 0
				if ((v == 38 || v == 48) && p[k + 1] == 5) { rgb(p[k + 2] + 0); judge(v ";5;" p[k + 2]); k += 2 }
				else if ((v == 38 || v == 48) && p[k + 1] == 2) { R = p[k + 2]; G = p[k + 3]; B = p[k + 4]; judge(v ";2"); k += 4 }
				else if ((v >= 30 && v <= 37) || (v >= 40 && v <= 47)) { rgb(v % 10); judge(v) }
				else if ((v >= 90 && v <= 97) || (v >= 100 && v <= 107)) { rgb(v % 10 + 8); judge(v) }
			}
		}
	}' | sort -u
}

# clean WHAT: the screen as it is now uses no red and no green.
clean() {
	# A running screen never settles (tui_settled fails then): take it as it is.
	[ "$1" = running ] || tui_settled >/dev/null
	tui_screen_attributes >"$tui_dir/capture"
	redgreen <"$tui_dir/capture" >"$tui_dir/found"
	if [ -s "$tui_dir/capture" ] && [ ! -s "$tui_dir/found" ]; then
		tui_pass "$what: $1: no red, no green ($(grep -o "$(printf '\033')\[[0-9;]*m" "$tui_dir/capture" | sort -u | wc -l) distinct SGRs)"
	else
		tui_fail "$what: $1: $(tr '\n' ' ' <"$tui_dir/found")"
	fi
}

# The checker fails the normal palette (red blocked neurons, green passed).
for term in screen screen-256color; do
	TUI_ENV="TERM=$term" tui_start 80 24
	tui_wait_for 'Hidden layer' "$term normal: the panels appear"
	tui_keys s
	tui_wait_for 'blocked' "$term normal: the forward phase"
	tui_settled >/dev/null
	tui_screen_attributes | redgreen >"$tui_dir/found"
	if grep -q '^red' "$tui_dir/found" && grep -q '^green' "$tui_dir/found"; then
		tui_pass "$term: the normal palette is seen using red and green: $(tr '\n' ' ' <"$tui_dir/found")"
	else
		tui_fail "$term: the checker sees no red and green in the normal palette: $(cat "$tui_dir/found")"
	fi
	tui_keys q
	tui_wait_exit
done

# screens TERM THEME ENV ARGS...: the screens of one terminal and theme.
screens() {
	what="$1 $2${3:+ $3}"
	TUI_ENV="TERM=$1 $3" tui_start 160 48 --theme "$2" "$4"
	tui_wait_for 'Hidden layer' "$what: the panels appear" || return
	tui_keys s
	tui_wait_for 'blocked' "$what: the forward phase"
	clean "forward"
	tui_keys s s s
	tui_wait_for ' update ' "$what: the update phase"
	clean "update"
	tui_keys s
	tui_wait_for 'wrong|✗' "$what: a wrong guess"
	clean "a wrong guess"
	tui_keys z
	tui_wait_gone 'Neuron h0' "$what: zoomed"
	clean "zoomed"
	tui_keys z m
	tui_wait_for 'ecision map|map' "$what: the decision map"
	clean "the decision map"
	tui_keys m n
	tui_wait_for 'ealth' "$what: neuron health"
	clean "neuron health"
	tui_keys n d
	clean "what training added"
	tui_keys d r
	tui_wait_for 'running|RUN' "$what: running"
	clean "running"
	tui_keys q
	tui_wait_exit
	TUI_ENV="TERM=$1 $3" tui_start 80 24 --theme "$2" --lr 1e200 "$4"
	tui_wait_for 'Hidden layer' "$what: the panels appear"
	tui_keys Space Space Space Space Space
	tui_wait_for 'DIVERGED' "$what: diverged"
	clean "diverged"
	tui_keys q
	tui_wait_exit
}

for term in screen screen-256color; do
	for theme in dark light; do
		screens "$term" "$theme" "" --palette=cvd
	done
done
screens screen-256color dark EDGEVIZ_PALETTE=cvd --seed=42

# The same words and glyphs: the text of the update phase, without colors,
# is the same with either palette.
for palette in normal cvd; do
	TUI_ENV="TERM=screen-256color" tui_start 160 48 --palette "$palette"
	tui_wait_for 'Hidden layer' "$palette: the panels appear"
	tui_keys s s s s
	tui_wait_for ' update ' "$palette: the update phase"
	tui_settled >"$tui_dir/text-$palette"
	tui_keys q
	tui_wait_exit
done
if cmp -s "$tui_dir/text-normal" "$tui_dir/text-cvd"; then
	tui_pass "the same text and glyphs in both palettes ($(wc -c <"$tui_dir/text-cvd") bytes)"
else
	tui_fail "the text differs between the palettes: $(diff "$tui_dir/text-normal" "$tui_dir/text-cvd" | head -5)"
fi

# A palette that does not exist: one line, status 2, from the option or the
# variable; the headless modes do not read the variable.
for how in "--palette red" "EDGEVIZ_PALETTE=red"; do
	case $how in
	--*) "$EDGEVIZ" $how >"$tui_dir/out" 2>"$tui_dir/err" </dev/null ;;
	*) env "$how" "$EDGEVIZ" >"$tui_dir/out" 2>"$tui_dir/err" </dev/null ;;
	esac
	status=$?
	if [ "$status" -eq 2 ] && [ "$(wc -l <"$tui_dir/err")" -eq 1 ] && grep -q "^edgeviz: .*'red' is not normal or cvd" "$tui_dir/err"; then
		tui_pass "$how: status 2, one line: $(cat "$tui_dir/err")"
	else
		tui_fail "$how: status $status: $(cat "$tui_dir/err")"
	fi
done
if EDGEVIZ_PALETTE=red "$EDGEVIZ" --batch --epochs 1 >/dev/null 2>&1; then
	tui_pass "--batch does not read EDGEVIZ_PALETTE"
else
	tui_fail "--batch refused for EDGEVIZ_PALETTE"
fi
tui_finish
