#!/bin/sh
# The benchmark behind `make bench`: SGD steps a second of the core on the
# tutorial's default network, side by side with the yardstick, the tutorial's
# own loop written plainly in C (tutorial_sgd.c), with an older plain -O2 C
# loop of the same network on data of its own (baseline_sgd.c), with the
# tutorial's numpy loop (numpy_sgd.py), and the whole `edgeviz --batch`
# command (3,000,000 steps, the CSV to /dev/null).
#
# Each contender runs BENCH_RUNS times (7 by default), the runs interleaved
# (tutorial, core, ..., tutorial, core, ...) so that whatever else the machine
# does hits them all alike; the median of each is printed (with its slowest
# and fastest run, to show the noise), then the ratios: of the medians, and
# the median of the ratios of the runs made side by side in each round.
# Every figure is steps per second of processor time (user + system) of the
# process: on a shared machine, time spent waiting for a processor is not
# the program's; the wall clock of the --batch runs is printed beside it.
#
# First the core's weights are checked against the tutorial loop's, bit for
# bit, after BENCH_CHECK_STEPS steps (100000) by both the fused path and the
# trainer: a faster core that gave other numbers would be no gain.
#
#	bench/run.sh [BUILDDIR [SRCDIR]]
#
# BENCH_RUNS, BENCH_SECONDS (seconds a single run trains, default 0.4),
# BENCH_BATCH_EPOCHS (30000) and BENCH_CHECK_STEPS may be set in the
# environment. The whole run takes about half a minute.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-$(dirname "$here")}
srcdir=${2:-$(dirname "$here")}
runs=${BENCH_RUNS:-7}
seconds=${BENCH_SECONDS:-0.4}
batch_epochs=${BENCH_BATCH_EPOCHS:-30000}
check_steps=${BENCH_CHECK_STEPS:-100000}
python=/usr/bin/python3

bench_sgd=$builddir/bench/bench_sgd
tutorial_sgd=$builddir/bench/tutorial_sgd
cputime=$builddir/bench/cputime
baseline_sgd=$builddir/bench/baseline_sgd
edgeviz=$builddir/src/edgeviz
numpy_sgd=$srcdir/bench/numpy_sgd.py

for program in "$bench_sgd" "$tutorial_sgd" "$baseline_sgd" "$cputime"; do
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

# The weights after check_steps steps: the tutorial loop's, the fused path's
# and the trainer's must be the same bits (the hash of their bytes).
weights_of() {
	"$@" --steps "$check_steps" | sed -n 's/.* weights=\([0-9a-f]*\).*/\1/p'
}
want=$(weights_of "$tutorial_sgd")
for mode in sgd run; do
	got=$(weights_of "$bench_sgd" --mode "$mode")
	if [ -z "$want" ] || [ "$got" != "$want" ]; then
		echo "run.sh: after $check_steps steps the core ($mode) has weights ${got:-?}, the tutorial loop ${want:-?}" >&2
		exit 1
	fi
done
echo "weights after $check_steps steps: core (fused, trainer) = tutorial loop, bit for bit ($want)"

if [ ! -x "$edgeviz" ] || ! "$edgeviz" --batch --epochs 1 >/dev/null 2>&1; then
	echo "note: '$edgeviz --batch' cannot run; the whole command is not timed"
	batch_epochs=
fi

# Run one contender and append its result line (name steps=... ...) to results.
run_one() {
	"$@" >>"$results"
}

# Time `edgeviz --batch --epochs $batch_epochs --csv /dev/null` as a whole
# command, by processor time and by the wall clock.
run_batch() {
	"$cputime" "$edgeviz" --batch --epochs "$batch_epochs" --csv /dev/null |
		awk -v steps=$((batch_epochs * 100)) '{
			split($1, c, "="); split($2, w, "=")
			printf "batch steps=%d seconds=%s steps_per_s=%.0f\n", steps, c[2], steps / c[2]
			printf "batchwall steps=%d seconds=%s steps_per_s=%.0f\n", steps, w[2], steps / w[2] }' \
		>>"$results"
}

echo "running each contender $runs times, interleaved, about ${seconds}s a run..."
i=0
while [ "$i" -lt "$runs" ]; do
	run_one "$tutorial_sgd" --seconds "$seconds"
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
	if (batch_epochs != "") {
		line("edgeviz --batch", "batch", sprintf(", %d steps", batch_epochs * 100))
		line("  the same, by wall clock", "batchwall", "")
	}
	line("tutorial loop in C, -O2", "tutorial", "")
	line("older plain C -O2 loop", "baseline", "")
	if (have_numpy == "yes")
		line("numpy loop", "numpy", "")
	else
		printf "%-27s %s\n", "numpy loop", "skipped: /usr/bin/python3 cannot import numpy"
	printf "%-27s %s\n", "core SGD alone / tutorial", ratio("core-sgd", "tutorial")
	printf "%-27s %s\n", "core / tutorial", ratio("core-run", "tutorial")
	if (batch_epochs != "")
		printf "%-27s %s\n", "edgeviz --batch / tutorial", ratio("batch", "tutorial")
	printf "%-27s %s\n", "core SGD alone / older C", ratio("core-sgd", "baseline")
	printf "%-27s %s\n", "core / older C", ratio("core-run", "baseline")
	if (have_numpy == "yes") {
		printf "%-27s %s\n", "core / numpy", ratio("core-run", "numpy")
		if (batch_epochs != "")
			printf "%-27s %s\n", "edgeviz --batch / numpy", ratio("batch", "numpy")
	}
}' "$results"
