#!/bin/sh
# Remakes the README's screenshots, doc/*.png, from the real program in a real
# terminal emulator: tmux drives edgeviz at a given size, an xterm under Xvfb
# attached to that tmux session shows it, and ImageMagick's import takes the
# picture of the xterm's window. Run by `make screenshots`; not part of
# `make check` (no X there).
#
# Usage: doc/screenshots.sh [OUTDIR]    (default: the folder of this script)
# It builds nothing: it runs $EDGEVIZ, or ./src/edgeviz of the tree it is in.
#
# Needs (Debian packages): tmux, xvfb (Xvfb), xterm, imagemagick (import,
# identify), fontconfig (fc-list) and fonts-dejavu-core (DejaVu Sans Mono,
# the fixed font the cells are drawn in).
#
# Each picture waits for its screen in the tmux pane (polled, never a blind
# sleep), checks that the xterm has exactly the program's size (so every cell
# is shown once, nothing cut), and is taken again until two pictures in a row
# agree (the X server has finished drawing). Xvfb, tmux and xterm are stopped
# on exit, however it ends; a picture replaces the old one only when whole.
set -u

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
: "${EDGEVIZ:=$here/../src/edgeviz}"
# Not antialiased: every pixel is one of the program's colors (antialiased
# glyphs of the half blocks blend a seam into the heatmaps), the text stays
# crisp and the files small. 10x20 pixels a cell.
font='DejaVu Sans Mono:antialias=false'
font_size=12
deadline=${SHOTS_DEADLINE:-60}

# die MESSAGE: one line on standard error, exit 1.
die() {
	printf 'screenshots.sh: %s\n' "$*" >&2
	exit 1
}

# need TOOL PACKAGE: stop if TOOL is not installed.
need() {
	command -v "$1" >/dev/null 2>&1 || die "$1 is missing (install the package $2)"
}

need tmux tmux
need Xvfb xvfb
need xterm xterm
need import imagemagick
need identify imagemagick
need fc-list fontconfig
[ -n "$(fc-list "${font%%:*}" family)" ] || die "the font $font is missing (install fonts-dejavu-core)"
[ -x "$EDGEVIZ" ] || die "$EDGEVIZ is not built (run make, or set EDGEVIZ)"
[ -d "$out" ] && [ -w "$out" ] || die "$out is not a writable folder"

# The program's terminal inside tmux: 256 colors, as most terminals today.
term=tmux-256color
infocmp "$term" >/dev/null 2>&1 || term=screen-256color
export LANG=C.UTF-8 LC_ALL=C.UTF-8

work=$(mktemp -d "${TMPDIR:-/tmp}/edgeviz-shots-XXXXXX") || die "no temporary folder"
runs=0
socket="edgeviz-shots-$$-$runs"
xvfb_pid=
xterm_pid=

# cleanup: stop what this script started, by its process id, and remove the scratch folder.
cleanup() {
	[ -z "$xterm_pid" ] || kill "$xterm_pid" 2>/dev/null
	stop_tmux
	[ -z "$xvfb_pid" ] || { kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null; }
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

# The tmux server's whole configuration (none of the user's): no status line,
# so the xterm shows the program's cells and nothing else; a pane that ends
# stays, so that a failure shows its last screen.
printf '%s\n' 'set -g status off' 'set -g remain-on-exit on' \
	"set -g default-terminal $term" >"$work/tmux.conf"

# shots_tmux ARGS...: tmux on this script's own server.
shots_tmux() {
	tmux -L "$socket" -f "$work/tmux.conf" "$@"
}

# stop_tmux: stop this script's tmux server and remove its socket (tmux 3.3 leaves it).
stop_tmux() {
	path=$(shots_tmux display -p '#{socket_path}' 2>/dev/null)
	shots_tmux kill-server >/dev/null 2>&1
	[ -z "$path" ] || rm -f "$path"
}

# now: seconds since the epoch.
now() {
	date +%s
}

# start_x: an X server on a free display (Xvfb picks it and writes its number).
start_x() {
	Xvfb -displayfd 3 -screen 0 2000x1200x24 -nolisten tcp 3>"$work/display" \
		>"$work/xvfb.log" 2>&1 &
	xvfb_pid=$!
	end=$(($(now) + deadline))
	while [ ! -s "$work/display" ]; do
		kill -0 "$xvfb_pid" 2>/dev/null || die "Xvfb did not start: $(tail -n 1 "$work/xvfb.log")"
		[ "$(now)" -le "$end" ] || die "Xvfb did not start within ${deadline}s"
		sleep 0.05
	done
	DISPLAY=:$(cat "$work/display")
	export DISPLAY
}

# run COLS ROWS ARGS...: start edgeviz ARGS in a fresh COLS x ROWS tmux session.
run() {
	cols=$1
	rows=$2
	shift 2
	stop_tmux
	# A fresh server each time: one being killed may still hold its socket.
	runs=$((runs + 1))
	socket="edgeviz-shots-$$-$runs"
	shots_tmux new-session -d -s shot -x "$cols" -y "$rows" "'$EDGEVIZ' $*" ||
		die "tmux could not start edgeviz"
}

# keys KEYS...: type KEYS into the program (tmux key names).
keys() {
	shots_tmux send-keys -t shot "$@"
}

# wait_for PATTERN: poll the pane until its text matches the grep -E PATTERN.
wait_for() {
	end=$(($(now) + deadline))
	until shots_tmux capture-pane -p -t shot | grep -Eq -- "$1"; do
		if [ "$(now)" -gt "$end" ]; then
			shots_tmux capture-pane -p -t shot >&2
			die "the screen never showed /$1/ (above: what it showed)"
		fi
		sleep 0.05
	done
}

# snap NAME: attach an xterm of the session's size to it and save its picture as NAME.png.
snap() {
	rm -f "$work/wid"
	xterm -fa "$font" -fs "$font_size" -geometry "${cols}x$rows+0+0" -b 0 \
		-tn xterm-256color -title edgeviz \
		-e sh -c 'echo "$WINDOWID" >"$0.tmp" && mv "$0.tmp" "$0" &&
			exec tmux -L "$1" -f "$2" attach -t shot' "$work/wid" "$socket" "$work/tmux.conf" \
		>"$work/xterm.log" 2>&1 &
	xterm_pid=$!
	attached "$cols" "$rows"
	settle "$work/$1.png"
	kill "$xterm_pid" 2>/dev/null
	wait "$xterm_pid" 2>/dev/null
	xterm_pid=
	# Into OUTDIR under another name first: the old picture goes only when the new is whole.
	cp "$work/$1.png" "$out/.$1.png.tmp" && mv "$out/.$1.png.tmp" "$out/$1.png" ||
		die "could not write $out/$1.png"
	printf '%s %s\n' "$out/$1.png" "$(identify -format '%wx%h, %b' "$out/$1.png")"
}

# attached COLS ROWS: wait until the xterm is attached with exactly COLS x ROWS
# cells and the program's window still has that size (nothing cut, nothing resized).
attached() {
	end=$(($(now) + deadline))
	while :; do
		client=$(shots_tmux list-clients -F '#{client_width}x#{client_height}' 2>/dev/null)
		window=$(shots_tmux display -p -t shot '#{window_width}x#{window_height}')
		[ -s "$work/wid" ] && [ "$client" = "$1x$2" ] && [ "$window" = "$1x$2" ] && return 0
		[ "$(now)" -le "$end" ] ||
			die "xterm not attached at $1x$2 (client '$client', window $window): $(tail -n 1 "$work/xterm.log")"
		sleep 0.05
	done
}

# settle FILE: take the xterm's picture until two in a row are the same, into FILE.
settle() {
	end=$(($(now) + deadline))
	wid=$(cat "$work/wid")
	# -quality 91: zlib's level 9 with the sub filter (lossless, a tenth smaller).
	import -window "$wid" -quality 91 "$work/last.png" 2>/dev/null
	while :; do
		sleep 0.2
		import -window "$wid" -quality 91 "$1" 2>/dev/null || die "import could not take window $wid"
		cmp -s "$1" "$work/last.png" && return 0
		[ "$(now)" -le "$end" ] || die "the xterm's picture did not settle within ${deadline}s"
		mv "$1" "$work/last.png"
	done
}

start_x

# 1. 80x24, dark: the forward pass of sample 8 (an edge the network still gets
# wrong), four hidden neurons blocked by ReLU.
run 80 24
wait_for 'Hidden layer'
keys Space Space Space Space Space Space Space Space s
wait_for '^ epoch 0 sample 8/100 step 8 forward '
wait_for 'blocked'
snap edgeviz-80x24-dark

# 2. 160x48, light (for projectors): the update of the same sample, with the
# neuron inspector (h0's template on this patch) and the update panel.
run 160 48 --theme light
wait_for 'Hidden layer'
keys Space Space Space Space Space Space Space Space s s s s
wait_for '^ epoch 0 +sample 8/100 .*step 9 +update '
wait_for '─ Neuron h0'
snap edgeviz-160x48-light

# 3. 80x24, dark: the decision map (m) after five epochs of training, in the
# lower band (at 80x24 the view is whole: title, both axes and the legend).
run 80 24
wait_for 'Hidden layer'
for epoch in 1 2 3 4 5; do
	keys e
	wait_for "step $((epoch * 100)) .*paused"
done
keys m
wait_for 'Decision map'
wait_for '^p\(Edge\) 0 '
snap edgeviz-map-80x24
