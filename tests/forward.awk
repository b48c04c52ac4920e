# An independent forward pass of the network, for the tests: no code shared
# with edgeviz, double precision in awk. The first file is a weights file
# (edgeviz-weights 1, ReLU); every line of the input after it is
# "k a b": the family patch with columns < k at a and columns >= k at b.
# Prints p(Edge) of each, with %.17g.
#	awk -f forward.awk WEIGHTS CELLS
FILENAME == ARGV[1] {
	if ($1 == "hidden") H = $2
	if ($1 == "W1" || $1 == "b1" || $1 == "W2" || $1 == "b2") { sect = $1; row = 0; next }
	if ($1 == "end") sect = ""
	if (sect == "W1") { for (j = 1; j <= NF; j++) W1[row, j - 1] = $j; row++ }
	if (sect == "b1") for (j = 1; j <= NF; j++) b1[j - 1] = $j
	if (sect == "W2") { for (j = 1; j <= NF; j++) W2[row, j - 1] = $j; row++ }
	if (sect == "b2") for (j = 1; j <= NF; j++) b2[j - 1] = $j
	next
}
{
	k = $1 + 0; a = $2 + 0; b = $3 + 0
	z0 = b2[0]; z1 = b2[1]
	for (j = 0; j < H; j++) {
		z = 0
		for (i = 0; i < 25; i++) z += ((i % 5) < k ? a : b) * W1[i, j]
		z += b1[j]
		if (z > 0) { z0 += z * W2[j, 0]; z1 += z * W2[j, 1] }
	}
	m = z0 > z1 ? z0 : z1
	printf "%.17g\n", exp(z0 - m) / (exp(z0 - m) + exp(z1 - m))
}
