#!/bin/sh
# edgeviz --batch --csv against numpy: every fixture in tests/reference/ was made
# by tests/reference/make_reference.py (the tutorial's training loop in numpy;
# see tests/reference/README.md). Running it needs no Python.
#
# For each fixture, the settings are read from its name
#   seed<S>_h<H>_lr<L>_e<E>_n<N>_t<T>[_<activation>].csv  (no suffix: relu)
# edgeviz is run with them, and every row of its CSV is compared:
#   epoch      equal
#   loss       within 1e-9 relative; nan matches nan (any sign, any case),
#              inf matches an inf of the same sign; nan against a number fails
#   train_acc, test_acc
#              the same number of right answers (fraction * set size) and
#              within 1e-9 of the reference: "%.12g" and "%.17g" forms agree
# One line per fixture, "ok" or "FAIL" with the first row that differs.
# Exit 1 if any fixture fails.
#
# Environment: EDGEVIZ (the program), top_srcdir (set by make check);
# CSV_REFERENCE_DIR overrides the fixture folder (to check the checker);
# CSV_REFERENCE_EXACT=1 asks for the loss bit for bit instead (the fixtures
# hold 17 significant digits, so edgeviz must print as many), except with
# tanh: numpy has a tanh of its own, which differs from the C library's in
# the last bits.
#
# 1e-9 is the product's promise, not a proof of bit-exactness: summing the
# dot products in another order moves these losses by about 1e-14 only.

set -u

fixtures='
seed42_h8_lr0.1_e100_n100_t20.csv
seed7_h3_lr0.05_e30_n100_t20.csv
seed42_h1_lr0.1_e50_n100_t20.csv
seed42_h64_lr0.1_e40_n100_t20.csv
seed42_h8_lr0.1_e10_n1000_t200.csv
seed42_h8_lr0.5_e30_n100_t20.csv
seed42_h8_lr1000_e20_n100_t20.csv
seed42_h8_lr1e200_e10_n100_t20.csv
seed35_h64_lr2_e30_n100_t20.csv
seed4294967295_h2_lr0.3_e40_n7_t3.csv
seed42_h8_lr0.1_e30_n100_t20_leaky.csv
seed42_h8_lr0.1_e30_n100_t20_sigmoid.csv
seed42_h8_lr0.1_e30_n100_t20_tanh.csv
seed7_h5_lr0.5_e20_n100_t20_tanh.csv
'

: "${top_srcdir:=.}"
refdir=${CSV_REFERENCE_DIR:-$top_srcdir/tests/reference}

if [ -z "${EDGEVIZ:-}" ] || [ ! -x "$EDGEVIZ" ]; then
	echo "cli_csv_reference: EDGEVIZ is not set to the built program" >&2
	exit 99
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/edgeviz-csv.XXXXXX") || exit 99
trap 'rm -rf "$tmpdir"' EXIT
trap 'exit 130' INT TERM

# compare REFERENCE OUTPUT TRAIN_SIZE TEST_SIZE: print "ok" or a reason.
compare() {
	awk -v ntrain="$3" -v ntest="$4" -v exact="$5" '
	function kind(s,   t) {
		t = tolower(s)
		sub(/^[+-]/, "", t)
		if (t == "nan") return "nan"
		if (t == "inf" || t == "infinity") return (s ~ /^-/) ? "-inf" : "inf"
		if (s ~ /^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$/) return "num"
		return "bad"
	}
	function abs(v) { return v < 0 ? -v : v }
	# Loss: 1e-9 relative (or equal, when exact); nan and inf by kind.
	function loss_differs(want, got,   kw, kg, a, b, m) {
		kw = kind(want); kg = kind(got)
		if (kg == "bad") return "loss is not a number"
		if (kw != kg) return "loss " kg " where " kw " expected"
		if (kw != "num") return ""
		a = want + 0; b = got + 0
		if (exact == 1) return (a == b) ? "" : "loss not bit for bit"
		m = abs(a) > abs(b) ? abs(a) : abs(b)
		if (abs(a - b) > 1e-9 * m) return "loss off by more than 1e-9 relative"
		return ""
	}
	# A fraction of n: the same count, and the same value to 1e-9.
	function frac_differs(name, want, got, n,   a, b) {
		if (kind(got) != "num") return name " is not a number"
		a = want + 0; b = got + 0
		if (b < 0 || b > 1) return name " is not between 0 and 1"
		if (int(a * n + 0.5) != int(b * n + 0.5) || abs(a - b) > 1e-9)
			return name " differs"
		return ""
	}
	function fail(msg) {
		printf "%s", msg
		failed = 1
		exit 1
	}
	FNR == NR { ref[FNR] = $0; nref = FNR; next }
	{
		row = FNR
		if (row == 1) {
			if ($0 != ref[1])
				fail("header \"" $0 "\", expected \"" ref[1] "\"")
			next
		}
		if (!(row in ref))
			fail("row " row - 1 " is extra: \"" $0 "\"")
		split(ref[row], w, ",")
		got = $0
		if (split(got, g, ",") != 4)
			fail("epoch " w[1] ": \"" got "\" has not 4 fields; expected \"" ref[row] "\"")
		why = ""
		if (g[1] !~ /^[0-9]+$/ || g[1] + 0 != w[1] + 0)
			why = "epoch number"
		if (why == "") why = loss_differs(w[2], g[2])
		if (why == "") why = frac_differs("train_acc", w[3], g[3], ntrain)
		if (why == "") why = frac_differs("test_acc", w[4], g[4], ntest)
		if (why != "")
			fail("epoch " w[1] ": " why ": got \"" got "\", expected \"" ref[row] "\"")
	}
	END {
		if (failed) exit 1
		if (FNR == 0 || NR == nref)
			fail("no output (empty CSV)")
		if (FNR < nref)
			fail("only " FNR - 1 " epochs of " nref - 1 "; next expected \"" ref[FNR + 1] "\"")
		printf "ok"
	}' "$1" "$2"
}

status=0
count=0
failed=0
for name in $fixtures; do
	count=$((count + 1))
	settings=$(printf '%s\n' "$name" |
		sed -n 's/^seed\([0-9]*\)_h\([0-9]*\)_lr\([^_]*\)_e\([0-9]*\)_n\([0-9]*\)_t\([0-9]*\)\(_[a-z]*\)\{0,1\}[.]csv$/\1 \2 \3 \4 \5 \6 x\7/p')
	if [ -z "$settings" ]; then
		echo "FAIL $name: name does not give the settings"
		status=1
		failed=$((failed + 1))
		continue
	fi
	# shellcheck disable=SC2086
	set -- $settings
	seed=$1 hidden=$2 lr=$3 epochs=$4 ntrain=$5 ntest=$6 activation=${7#x_}
	[ "$activation" = x ] && activation=relu
	exact=${CSV_REFERENCE_EXACT:-0}
	[ "$activation" = tanh ] && exact=0
	ref=$refdir/$name
	if [ ! -r "$ref" ]; then
		echo "FAIL $name: fixture missing ($ref)"
		status=1
		failed=$((failed + 1))
		continue
	fi
	out=$tmpdir/out.csv
	err=$tmpdir/err.txt
	rm -f "$out"
	"$EDGEVIZ" --batch --seed "$seed" --hidden "$hidden" --lr "$lr" \
		--epochs "$epochs" --train-size "$ntrain" --test-size "$ntest" --activation "$activation" \
		--csv "$out" >/dev/null 2>"$err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		echo "FAIL $name: edgeviz exited with status $rc: $(head -n 1 "$err")"
		status=1
		failed=$((failed + 1))
		continue
	fi
	if [ ! -r "$out" ]; then
		echo "FAIL $name: edgeviz wrote no CSV file"
		status=1
		failed=$((failed + 1))
		continue
	fi
	if verdict=$(compare "$ref" "$out" "$ntrain" "$ntest" "$exact"); then
		echo "ok   $name"
	else
		echo "FAIL $name: $verdict"
		status=1
		failed=$((failed + 1))
	fi
done

if [ "$count" -eq 0 ]; then
	echo "FAIL: no fixtures listed"
	exit 1
fi
echo "$count checks, $failed failed"
exit $status
