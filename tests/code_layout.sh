#!/bin/sh
# The shape of the code, measured on the build (README, "Code map"):
#  - no circle of calls between the files of src/ (from the object files'
#    symbols, by nm: file A uses a symbol file B defines);
#  - src/core uses nothing of src/tui, src/cli or the curses library;
#  - no folder of src/ holds more than 16 .c files;
#  - no function in src/ is longer than 60 lines (Universal Ctags' start
#    and end lines; a table of data is not a function).
# Needs nm (binutils), tsort (coreutils) and Universal Ctags; skipped (77)
# where one is missing.
. "$(dirname "$0")/lib.sh"

LC_ALL=C	# sort and join agree on the order
export LC_ALL
src="$top_srcdir/src"
build="$top_builddir/src"
max_files=16
max_lines=60

for tool in nm tsort ctags; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "SKIP: $tool is not installed"
		exit 77
	fi
done
if ! ctags --version 2>/dev/null | grep -q 'Universal Ctags'; then
	echo "SKIP: ctags is not Universal Ctags (no end lines)"
	exit 77
fi

# object_of FILE.c: the program's (or the core library's) object of a source.
object_of() {
	rel=${1#"$src"/}
	dir=$(dirname "$rel")
	base=$(basename "$rel" .c)
	for o in "$build/$dir/$base.o" "$build/$dir/edgeviz-$base.o"; do
		if [ -f "$o" ]; then
			echo "$o"
			return 0
		fi
	done
	return 1
}

# Every source's defined and used symbols, as "file symbol" lines.
: >"$work/defs"
: >"$work/uses"
for c in $(find "$src" -name '*.c' | sort); do
	name=${c#"$src"/}
	if ! o=$(object_of "$c"); then
		fail "no object file for src/$name (build it first)"
		continue
	fi
	nm "$o" | awk -v f="$name" '$1 == "U" { print f, $2 }' >>"$work/uses"
	nm --defined-only "$o" | awk -v f="$name" '$2 ~ /^[TDBRCGSV]$/ { print f, $3 }' >>"$work/defs"
done

# Calls between files: "user definer", one line an edge.
sort -k2 "$work/defs" >"$work/defs.by_symbol"
sort -k2 "$work/uses" >"$work/uses.by_symbol"
join -1 2 -2 2 -o 1.1,2.1 "$work/uses.by_symbol" "$work/defs.by_symbol" |
	awk '$1 != $2' | sort -u >"$work/edges"
echo "$(wc -l <"$work/edges") calls between $(cut -d' ' -f1 "$work/defs" | sort -u | wc -l) files"

# No circle: tsort orders the files, or names the files of a loop.
if tsort "$work/edges" >/dev/null 2>"$work/loops"; then
	pass "no circle of calls between the files of src/"
else
	sed 's/^/  /' "$work/loops"
	fail "a circle of calls between files of src/ (above)"
fi

# The core uses nothing of the visualizer, the command line or curses.
grep -E '^core/[^ ]+ (tui|cli|main)' "$work/edges" >"$work/core_out" || true
if [ -s "$work/core_out" ]; then
	sed 's/^/  /' "$work/core_out"
	fail "src/core calls into src/tui or src/cli (above)"
else
	pass "src/core calls nothing of src/tui or src/cli"
fi
curses_libs=$(ldd "$build/edgeviz" 2>/dev/null | awk '/ncurses|tinfo/ { print $3 }')
if [ -z "$curses_libs" ]; then
	fail "cannot find the curses library src/edgeviz links"
else
	for lib in $curses_libs; do
		# Without the symbol's version: beep@@NCURSESW6_5.1.20000708 is beep.
		nm -D --defined-only "$lib" | awk '{ sub(/@.*/, "", $3); print $3 }'
	done | sort -u >"$work/curses_symbols"
	grep '^core/' "$work/uses" | sort -k2 >"$work/core_uses"
	join -1 2 -2 1 -o 1.1,1.2 "$work/core_uses" "$work/curses_symbols" >"$work/core_curses"
	if [ -s "$work/core_curses" ]; then
		sed 's/^/  /' "$work/core_curses"
		fail "src/core uses the curses library (above)"
	else
		pass "src/core uses nothing of the curses library ($(wc -l <"$work/curses_symbols") symbols)"
	fi
fi

# Files per folder.
crowded=0
for dir in $(find "$src" -type d ! -name '.*' | sort); do
	n=$(find "$dir" -maxdepth 1 -name '*.c' | wc -l)
	rel=src${dir#"$src"}
	echo "$n .c files in $rel"
	if [ "$n" -gt "$max_files" ]; then
		fail "$rel holds $n .c files (at most $max_files)"
		crowded=1
	fi
done
[ "$crowded" -eq 1 ] || pass "every folder of src/ holds at most $max_files .c files"

# Function lengths, from the line of the name to the closing brace.
ctags -R --languages=C --kinds-C=f --fields=+ne -o - "$src" |
	awk -F'\t' '{
		start = end = 0
		for (i = 4; i <= NF; i++) {
			if ($i ~ /^line:/) start = substr($i, 6)
			if ($i ~ /^end:/) end = substr($i, 5)
		}
		if (start > 0 && end > 0) print end - start + 1, $2 ":" start, $1
	}' | sort -rn >"$work/lengths"
if [ ! -s "$work/lengths" ]; then
	fail "ctags found no function in src/"
else
	echo "longest functions:"
	head -5 "$work/lengths" | sed "s|$src/|  src/|"
	awk -v max="$max_lines" '$1 > max' "$work/lengths" | sed "s|$src/|src/|" >"$work/long"
	if [ -s "$work/long" ]; then
		sed 's/^/  /' "$work/long"
		fail "functions longer than $max_lines lines (above)"
	else
		pass "every function in src/ is at most $max_lines lines"
	fi
fi

finish
