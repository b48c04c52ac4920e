#!/bin/sh
# The benchmark behind `make bench`: SGD steps a second of the core on the
# tutorial's default network, side by side with a plain -O2 C loop of the same
# network (baseline_sgd.c) and with the tutorial's own numpy loop
# (numpy_sgd.py), and the whole `edgeviz --batch` command.
#
# Each contender runs BENCH_RUNS times (7 by default), the runs interleaved
# (baseline, core, ..., baseline, core, ...) so that whatever else the machine
# does hits them all alike; the median of each is printed (with its slowest
# and fastest run, to show the noise), then the ratios: of the medians, and
# the median of the ratios of the runs made side by side in each round.
#
#	bench/run.sh [BUILDDIR [SRCDIR]]
#
# BENCH_RUNS and BENCH_SECONDS (seconds a single run trains, default 0.4)
# may be set in the environment. The whole run takes about half a minute.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-$(dirname "$here")}
srcdir=${2:-$(dirname "$here")}
runs=${BENCH_RUNS:-7}
seconds=${BENCH_SECONDS:-0.4}
python=/usr/bin/python3

bench_sgd=$builddir/bench/bench_sgd
baseline_sgd=$builddir/bench/baseline_sgd
edgeviz=$builddir/src/edgeviz
numpy_sgd=$srcdir/bench/numpy_sgd.py

for program in "$bench_sgd" "$baseline_sgd"; do
	if [ ! -x "$program" ]; then
		echo "run.sh: $program is not built; run 'make bench'" >&2
		exit 1
	fi
done

results=$(mktemp "${TMPDIR:-/tmp}/edgeviz-bench.XXXXXX")
trap 'rm -f "$results"' EXIT INT TERM

# Say how the core was compiled: a debug or sanitizer build is no measure.
if [ -f "$builddir/Makefile" ]; then
	cflags=$(sed -n 's/^CFLAGS = //p' "$builddir/Makefile")
	sanitizers=$(sed -n 's/^SANITIZER_CFLAGS = //p' "$builddir/Makefile")
	echo "core built with CFLAGS: ${cflags:-(none)}"
	if [ -n "$sanitizers" ]; then
		echo "warning: this build has sanitizers on; its figures say little about speed"
	fi
fi
echo "machine: $(uname -m), $(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"

have_numpy=no
if [ -x "$python" ] && "$python" -c 'import numpy' >/dev/null 2>&1; then
	have_numpy=yes
fi

# Nanoseconds on the clock, or nothing where date cannot tell them.
now_ns() {
	t=$(date +%s%N 2>/dev/null) || return 0
	case $t in
	*N*) ;;
	*) echo "$t" ;;
	esac
}

# Pick a number of epochs for `edgeviz --batch` that takes about $seconds:
# time a short run first and scale it.
batch_epochs=
if [ -x "$edgeviz" ] && [ -n "$(now_ns)" ]; then
	t0=$(now_ns)
	if "$edgeviz" --batch --epochs 1000 >/dev/null 2>&1; then
		t1=$(now_ns)
		batch_epochs=$(awk -v ns=$((t1 - t0)) -v s="$seconds" 'BEGIN {
			e = 1000 * s * 1e9 / (ns > 0 ? ns : 1);
			if (e < 100) e = 100;
			if (e > 10000000) e = 10000000;
			printf "%d", e }')
	else
		echo "note: '$edgeviz --batch' failed; the whole command is not timed"
	fi
fi

# Run one contender and append its result line (name steps=... ...) to results.
run_one() {
	"$@" >>"$results"
}

# Time `edgeviz --batch --epochs $batch_epochs` as a whole command.
run_batch() {
	t0=$(now_ns)
	"$edgeviz" --batch --epochs "$batch_epochs" >/dev/null
	t1=$(now_ns)
	awk -v steps=$((batch_epochs * 100)) -v ns=$((t1 - t0)) 'BEGIN {
		printf "batch steps=%d seconds=%.6f steps_per_s=%.0f\n", steps, ns / 1e9, steps / (ns / 1e9) }' \
		>>"$results"
}

echo "running each contender $runs times, interleaved, about ${seconds}s a run..."
i=0
while [ "$i" -lt "$runs" ]; do
	run_one "$baseline_sgd" --seconds "$seconds"
	run_one "$bench_sgd" --mode run --seconds "$seconds"
	run_one "$bench_sgd" --mode sgd --seconds "$seconds"
	run_one "$bench_sgd" --mode sample --seconds "$seconds"
	if [ "$have_numpy" = yes ]; then
		run_one env OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
			"$python" "$numpy_sgd" --seconds "$seconds"
	fi
	if [ -n "$batch_epochs" ]; then
		run_batch
	fi
	i=$((i + 1))
done
echo

# The median steps/s of each contender, then the report.
awk -v runs="$runs" -v have_numpy="$have_numpy" -v batch_epochs="$batch_epochs" '
function rate(line,    n, f, i) {
	n = split(line, f, " ")
	for (i = 2; i <= n; i++)
		if (f[i] ~ /^steps_per_s=/)
			return substr(f[i], 13) + 0
	return 0
}
function median(name,    n, v, i, j, t) {
	n = count[name]
	for (i = 1; i <= n; i++)
		v[i] = value[name, i]
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && v[j - 1] > v[j]; j--) {
			t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
		}
	if (n == 0)
		return 0
	if (n % 2)
		return v[(n + 1) / 2]
	return (v[n / 2] + v[n / 2 + 1]) / 2
}
function extreme(name, sign,    i, m) {
	m = value[name, 1]
	for (i = 2; i <= count[name]; i++)
		if (sign * value[name, i] > sign * m)
			m = value[name, i]
	return m
}
function human(r) {
	if (r >= 1e6)
		return sprintf("%6.2f M steps/s", r / 1e6)
	if (r >= 1e3)
		return sprintf("%6.1f k steps/s", r / 1e3)
	return sprintf("%6.0f   steps/s", r)
}
# The median and, for a sense of the noise, the slowest and fastest run.
function line(label, name, note,    lo, hi) {
	lo = extreme(name, -1)
	hi = extreme(name, 1)
	printf "%-27s %s  (%s .. %s)%s\n", label, human(median(name)),
		short(lo), short(hi), note
}
function short(r) {
	if (r >= 1e6)
		return sprintf("%.2f M", r / 1e6)
	if (r >= 1e3)
		return sprintf("%.1f k", r / 1e3)
	return sprintf("%.0f", r)
}
function times(r) {
	if (r >= 100)
		return sprintf("%.0fx", r)
	if (r >= 10)
		return sprintf("%.1fx", r)
	return sprintf("%.2fx", r)
}
# The ratio of the medians of a and b, and the median of the ratios of runs
# made side by side in the same round, which noise moves less.
function ratio(a, b,    n, i, j, t, v) {
	if (median(b) <= 0)
		return "n/a"
	n = count[a] < count[b] ? count[a] : count[b]
	for (i = 1; i <= n; i++)
		v[i] = value[b, i] > 0 ? value[a, i] / value[b, i] : 0
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && v[j - 1] > v[j]; j--) {
			t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
		}
	t = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
	return sprintf("%7s  (round by round: %s)", times(median(a) / median(b)), times(t))
}
{
	name = $1
	count[name]++
	value[name, count[name]] = rate($0)
}
END {
	printf "median of %d runs each (slowest .. fastest run):\n", runs
	line("core SGD alone", "core-sgd", "")
	line("core (trainer_run)", "core-run", "")
	line("core (trainer_step_sample)", "core-sample", "")
	if (batch_epochs != "")
		line("edgeviz --batch", "batch", sprintf(", %d epochs", batch_epochs))
	line("plain C -O2 loop", "baseline", "")
	if (have_numpy == "yes")
		line("numpy loop", "numpy", "")
	else
		printf "%-27s %s\n", "numpy loop", "skipped: /usr/bin/python3 cannot import numpy"
	printf "%-27s %s\n", "core SGD alone / plain C", ratio("core-sgd", "baseline")
	printf "%-27s %s\n", "core / plain C", ratio("core-run", "baseline")
	if (batch_epochs != "")
		printf "%-27s %s\n", "edgeviz --batch / plain C", ratio("batch", "baseline")
	if (have_numpy == "yes") {
		printf "%-27s %s\n", "core / numpy", ratio("core-run", "numpy")
		if (batch_epochs != "")
			printf "%-27s %s\n", "edgeviz --batch / numpy", ratio("batch", "numpy")
	}
}' "$results"
