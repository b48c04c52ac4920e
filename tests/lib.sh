# Shared by the shell tests: where the program is, and small assertions.
# Each test sources this file, calls its checks, then `finish`.

: "${EDGEVIZ:=$(cd "$(dirname "$0")/.." && pwd)/src/edgeviz}"
failures=0
checks=0
skipped=0
work=$(mktemp -d "${TMPDIR:-/tmp}/edgeviz-shell-XXXXXX")
trap 'rm -rf "$work"' EXIT

# fail MESSAGE: count a failure and say what it was.
fail() {
	failures=$((failures + 1))
	printf 'FAIL: %s\n' "$*"
}

# pass MESSAGE: count a check that held.
pass() {
	checks=$((checks + 1))
	printf 'ok: %s\n' "$*"
}

# skip MESSAGE: a check that cannot run here (a tool or device is missing):
# say so, and count it as skipped, never as passed.
skip() {
	skipped=$((skipped + 1))
	printf 'SKIP: %s\n' "$*"
}

# check NAME COMMAND...: run COMMAND; pass if it succeeds.
check() {
	name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}

# run_edgeviz ARGS...: run the program; stdout, stderr and status in $work.
run_edgeviz() {
	"$EDGEVIZ" "$@" >"$work/out" 2>"$work/err" </dev/null
	status=$?
	echo "$status" >"$work/status"
	return 0
}

# finish: exit 1 if any check failed (the skipped ones are said, not counted as run).
finish() {
	if [ "$skipped" -gt 0 ]; then
		printf '%d checks, %d failed, %d skipped\n' "$((checks + failures))" "$failures" "$skipped"
	else
		printf '%d checks, %d failed\n' "$((checks + failures))" "$failures"
	fi
	[ "$failures" -eq 0 ]
}
