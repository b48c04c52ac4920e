#!/bin/sh
# --batch --map: the decision map over the edge-patch family, checked
# against two forward passes that share no code with it: one in awk, from
# the saved weights (every row), and --trace --load on a few patches. Then
# what the tutorial's trained network must say about its own examples.
. "${top_srcdir:-.}/tests/lib.sh"

map="$work/map.csv"
weights="$work/w"
run_edgeviz --batch --map "$map" --save "$weights"
check "--batch --map exits 0" test "$(cat "$work/status")" -eq 0

check "the header is k,a,b,p_edge" test "$(head -n 1 "$map")" = "k,a,b,p_edge"
check "21 x 21 x 4 rows after the header" test "$(tail -n +2 "$map" | wc -l)" -eq 1764

# Every (k, a, b) of the grid once: k 1..4, a and b multiples of 0.05 in [0, 1].
grid=$(awk -F, 'NR > 1 {
	ia = $2 * 20; ib = $3 * 20
	if ($1 < 1 || $1 > 4 || ia != int(ia + 0.5) && ia != int(ia) || ia < 0 || ia > 20 || ib < 0 || ib > 20) bad++
	seen[$1 "," int(ia + 0.5) "," int(ib + 0.5)]++
} END { for (c in seen) { n++; if (seen[c] != 1) bad++ } print n + 0, bad + 0 }' "$map")
check "each of the 1764 cells once, on the grid ($grid)" test "$grid" = "1764 0"
check "a and b read as the grid's values (0.05, not 0.050000000000000003)" \
	grep -q '^2,0.05,0.9500000000000001,\|^2,0.05,0.95,' "$map"

# An independent forward pass in awk (tests/forward.awk) from the weights file.
tail -n +2 "$map" | tr ',' ' ' | cut -d' ' -f1-3 >"$work/cells"
awk -f "${top_srcdir:-.}/tests/forward.awk" "$weights" "$work/cells" >"$work/awk_p"
worst=$(tail -n +2 "$map" | cut -d, -f4 | paste -d' ' - "$work/awk_p" | awk '
	{ d = $1 - $2; if (d < 0) d = -d; s = $2 < 1 - $2 ? $2 : 1 - $2; d /= s + 1e-12; if (d > worst) worst = d }
	END { printf "%.3g\n", worst }')
check "awk answered for every row" test "$(grep -c '^[0-9]' "$work/awk_p")" -eq 1764
check "every p_edge agrees with an awk forward pass of the saved weights (worst relative $worst)" \
	awk -v w="$worst" 'BEGIN { exit !(w < 1e-9) }'

# --trace --load on the same patch prints the same p(Edge) (to its 3 decimals).
# The cells: the tutorial's edge and inverted patch, and for each k the first
# undecided one (p between 0.2 and 0.8), where 3 decimals tell most.
cells=$(awk -F, 'NR > 1 && (($1 == 2 && $2 == 0.1 && $3 == 0.9) || ($1 == 2 && $2 == 0.9 && $3 == 0.1)) { print }
	NR > 1 && $4 > 0.2 && $4 < 0.8 && !done[$1]++ { print }' "$map")
compared=0
for cell in $cells; do
	k=${cell%%,*}; rest=${cell#*,}; a=${rest%%,*}; rest=${rest#*,}; b=${rest%%,*}; p=${rest#*,}
	patch=$(awk -v k="$k" -v a="$a" -v b="$b" 'BEGIN { for (i = 0; i < 25; i++) printf "%s%s", (i ? "," : ""), ((i % 5) < k ? a : b) }')
	traced=$("$EDGEVIZ" --trace --load "$weights" --patch "$patch" | sed -n 's/^p = \[\([0-9.]*\),.*/\1/p')
	want=$(printf '%.3f' "$p")
	check "k=$k a=$a b=$b: --trace --load says p(Edge) = $traced, the map $want" test "$traced" = "$want"
	compared=$((compared + 1))
done
check "at least 5 cells compared with --trace ($compared)" test "$compared" -ge 5

# What the trained network says about the tutorial's own patches (k = 2).
p_at() { awk -F, -v k="$1" -v a="$2" -v b="$3" '$1 == k && $2 == a && $3 == b { print $4 }' "$map"; }
edge=$(p_at 2 0.1 0.9); inverted=$(p_at 2 0.9 0.1); gray=$(p_at 2 0.5 0.5)
check "p(Edge) > 0.9 at the edge (a 0.1, b 0.9, k 2): $edge" awk -v p="$edge" 'BEGIN { exit !(p > 0.9) }'
check "p(Edge) < 0.1 at the inverted patch (0.9, 0.1, 2): $inverted" awk -v p="$inverted" 'BEGIN { exit !(p < 0.1) }'
check "p(Edge) < 0.5 at the uniform gray (0.5, 0.5, 2): $gray" awk -v p="$gray" 'BEGIN { exit !(p < 0.5) }'

# Untrained weights draw another map: the map follows the weights.
run_edgeviz --batch --epochs 0 --map "$work/map0.csv"
check "the map at step 0 differs from the trained one" sh -c "! cmp -s '$map' '$work/map0.csv'"

# Refusals: one line, status 2 for usage, 1 for a file that cannot be written (before training).
run_edgeviz --map "$work/x.csv" --trace
check "--map without --batch: status 2" test "$(cat "$work/status")" -eq 2
check "--map without --batch: says so" grep -qx 'edgeviz: --map needs --batch' "$work/err"
run_edgeviz --batch --map ''
check "--map '': status 2" test "$(cat "$work/status")" -eq 2
run_edgeviz --batch --epochs 1000 --map "$work/no/such/dir/map.csv"
check "--map into a missing directory: status 1" test "$(cat "$work/status")" -eq 1
check "... said in one line" test "$(wc -l <"$work/err")" -eq 1
check "... before training (no log printed)" test ! -s "$work/out"

finish
