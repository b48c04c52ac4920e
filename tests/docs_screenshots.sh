#!/bin/sh
# The README's screenshots, without X: doc/screenshots.sh parses, every
# picture the README shows is in doc/ as a PNG, the script makes exactly the
# pictures the README shows (so `make screenshots` remakes them all), each
# picture is whole (its pixels are the size the script runs the program at
# times one cell, the same cell in all of them), and small.
. "${top_srcdir:-.}/tests/lib.sh"

top=${top_srcdir:-.}
script="$top/doc/screenshots.sh"

check "doc/screenshots.sh parses (sh -n)" sh -n "$script"
if command -v bash >/dev/null 2>&1; then
	check "doc/screenshots.sh parses (bash -n)" bash -n "$script"
else
	skip "bash is not installed: no bash -n"
fi

# The pictures the README links, and those the script makes (snap NAME),
# each with the size of the run before it (run COLS ROWS).
sed -n 's/.*](doc\/\([^)]*\.png\)).*/\1/p' "$top/README.md" | sort >"$work/linked"
awk '$1 == "run" { size = $2 " " $3 } $1 == "snap" { print $2 ".png", size }' "$script" |
	sort >"$work/made"
check "the README shows at least 3 pictures ($(wc -l <"$work/linked"))" \
	test "$(wc -l <"$work/linked")" -ge 3
if cut -d' ' -f1 "$work/made" | diff "$work/linked" - >"$work/diff"; then
	pass "the script makes exactly the pictures the README shows"
else
	fail "the README's pictures (<) and the script's (>) differ: $(tr '\n' ' ' <"$work/diff")"
fi

# png_size FILE: "WIDTH HEIGHT" from the PNG's header, or nothing if it is no PNG.
png_size() {
	od -An -tu1 -N24 "$1" | tr -s ' \n' '  ' | awk '{
		if ($1 != 137 || $2 != 80 || $3 != 78 || $4 != 71 || $13 != 73 || $14 != 72) exit
		print (($17 * 256 + $18) * 256 + $19) * 256 + $20, (($21 * 256 + $22) * 256 + $23) * 256 + $24 }'
}

cells=
while read -r picture cols rows; do
	file="$top/doc/$picture"
	if [ ! -f "$file" ]; then
		fail "doc/$picture is missing"
		continue
	fi
	size=$(png_size "$file")
	if [ -z "$size" ]; then
		fail "doc/$picture is not a PNG"
		continue
	fi
	set -- $size
	cell=$(awk -v w="$1" -v h="$2" -v c="$cols" -v r="$rows" \
		'BEGIN { if (w % c == 0 && h % r == 0) print w / c "x" h / r }')
	check "doc/$picture is ${cols}x$rows cells, whole (${1}x$2 pixels, a cell ${cell:-?})" test -n "$cell"
	[ -z "$cell" ] || cells="$cells$cell
"
	bytes=$(wc -c <"$file")
	check "doc/$picture is small: $bytes bytes, under 200 KB" test "$bytes" -lt 204800
	check "doc/$picture is in Makefile.am (EXTRA_DIST: make dist keeps it)" \
		grep -q "doc/$picture" "$top/Makefile.am"
done <"$work/made"
check "one cell size in every picture ($(printf '%s' "$cells" | sort -u | tr '\n' ' '))" \
	test "$(printf '%s' "$cells" | sort -u | wc -l)" -eq 1
check "the script is in Makefile.am's EXTRA_DIST" grep -q 'doc/screenshots.sh' "$top/Makefile.am"

finish
