#!/bin/sh
# Mutation testing (make mutants): every deliberate bug in tests/mutants.txt
# must be caught by the tests it names. The source tree (as checked out, with
# uncommitted changes) is copied into a scratch directory and configured once,
# out of tree; then for each mutant its file is found by the text it changes
# (so files may move), the text is replaced, only what depends on that file is
# rebuilt, the tests are run, and the file is put back.
#
#   tests/mutants.sh [-j N] [WORD...]   only the mutants whose name has a WORD
#   tests/mutants.sh -n [WORD...]       only check that each mutant's text is
#                                       found once, in one file (no build)
#
# Prints one line a mutant (caught, SURVIVED, or BROKEN: it did not apply or
# build), the survivors at the end, and exits 1 if any mutant survived or was
# broken. Needs git (to list the sources) and perl (to replace the text).
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
list="$top/tests/mutants.txt"
jobs=2
dry=no
if [ "${1:-}" = -j ]; then
	jobs=$2
	shift 2
fi
if [ "${1:-}" = -n ]; then
	dry=yes
	shift
fi

for tool in git perl; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "SKIP: mutants: $tool is not installed"
		exit 77
	fi
done
if ! git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
	echo "SKIP: mutants: $top is not a git checkout (the sources are listed by git)"
	exit 77
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/edgeviz-mutants-XXXXXX")
if [ "$dry" = yes ]; then
	# the tree itself, read only
	rmdir "$scratch"
	src=$top
fi
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM HUP
# build_scratch: copy the tree as it is (tracked files and new ones not
# ignored) into the scratch directory, and configure and build it once.
build_scratch() {
	src="$scratch/src"
	build="$scratch/build"
	mkdir "$src" "$build"

	# The tree as it is (tracked files and new ones not ignored), configured once.
	echo "== copying the tree and building it once in $scratch"
	(cd "$top" && git ls-files -co --exclude-standard -z | tar --null -T - -cf - 2>/dev/null) |
		tar -xf - -C "$src"
	if ! (cd "$src" && ./autogen.sh >"$scratch/autogen.log" 2>&1) ||
		! (cd "$build" && "$src/configure" >"$scratch/configure.log" 2>&1) ||
		! make -C "$build" -j"$jobs" all >"$scratch/build.log" 2>&1 ||
		! make -C "$build" -j"$jobs" check TESTS= >>"$scratch/build.log" 2>&1; then
		echo "the unmutated tree does not build:"
		tail -n 30 "$scratch/build.log" "$scratch/configure.log" 2>/dev/null
		exit 1
	fi
}

start=$(date +%s)
[ "$dry" = yes ] || build_scratch

total=0
caught=0
survivors=
broken=

# wanted NAME: the mutant was asked for (no WORD given, or its name has one).
wanted() {
	[ "$#" -le 1 ] && return 0
	name=$1
	shift
	for word in "$@"; do
		case $name in *"$word"*) return 0 ;; esac
	done
	return 1
}

# find_file OLD IN: the one file under src/ holding OLD (and IN, if given).
find_file() {
	files=$(cd "$src" && grep -rlF --include="*.[ch]" -- "$1" src)
	if [ -n "$2" ]; then
		files=$(cd "$src" && for f in $files; do grep -qF -- "$2" "$f" && echo "$f"; done)
	fi
	[ "$(printf '%s\n' "$files" | grep -c .)" -eq 1 ] && printf '%s\n' "$files"
}

# mutate NAME OLD NEW IN TESTS: apply, build, test, restore; say the outcome.
mutate() {
	total=$((total + 1))
	for t in $5; do
		if [ ! -e "$src/$t" ] && [ ! -e "$src/$t.c" ]; then
			echo "BROKEN   $1: no test $t"
			broken="$broken
  $1 (no test $t)"
			return
		fi
	done
	file=$(find_file "$2" "$4") || file=
	if [ -z "$file" ]; then
		echo "BROKEN   $1: its text is not in exactly one file under src/"
		broken="$broken
  $1 (text not found once)"
		return
	fi
	if [ "$dry" = yes ]; then
		if OLD=$2 perl -0777 -ne '$n = () = /\Q$ENV{OLD}\E/g; exit($n == 1 ? 0 : 1)' "$src/$file"; then
			caught=$((caught + 1))
			echo "found    $1 ($file)"
		else
			echo "BROKEN   $1: its text is not once in $file"
			broken="$broken
  $1 (text not once in $file)"
		fi
		return
	fi
	cp -p "$src/$file" "$scratch/original"
	if ! OLD=$2 NEW=$3 perl -0777 -i -pe '$n = s/\Q$ENV{OLD}\E/$ENV{NEW}/g; END { exit($n == 1 ? 0 : 1) }' \
		"$src/$file"; then
		echo "BROKEN   $1: its text is not once in $file"
		broken="$broken
  $1 (text not once in $file)"
		cp "$scratch/original" "$src/$file"
		return
	fi
	t0=$(date +%s)
	if ! make -C "$build" -j"$jobs" all >"$scratch/mutant.log" 2>&1 ||
		! make -C "$build" -j"$jobs" check TESTS= >>"$scratch/mutant.log" 2>&1; then
		echo "BROKEN   $1: does not build ($file)"
		grep -m 3 'error' "$scratch/mutant.log" | sed 's/^/         /'
		broken="$broken
  $1 (does not build)"
	elif TUI_FAIL_FAST=1 make -C "$build" -j"$jobs" check TESTS="$5" >"$scratch/mutant.log" 2>&1; then
		echo "SURVIVED $1 ($file; $5)"
		survivors="$survivors
  $1 ($file; $5)"
	elif by=$(grep -E '^(FAIL|ERROR): ' "$scratch/mutant.log" | sed -E 's/^(FAIL|ERROR): //' |
		tr '\n' ' ') && [ -n "$by" ]; then
		caught=$((caught + 1))
		echo "caught   $1 ($file) by $by in $(($(date +%s) - t0)) s"
	else
		echo "BROKEN   $1: make check failed, but no test did"
		tail -n 5 "$scratch/mutant.log" | sed 's/^/         /'
		broken="$broken
  $1 (make check failed without a failed test)"
	fi
	# Put the file back; its new time makes the next build recompile it.
	cp "$scratch/original" "$src/$file"
	touch "$src/$file"
}

# Read the records; run each one asked for.
name= old= new= in= tests=
run_record() {
	if [ -n "$name" ] && wanted "$name" "$@"; then
		mutate "$name" "$old" "$new" "$in" "$tests"
	fi
	name= old= new= in= tests=
}
echo "== mutants (at $(($(date +%s) - start)) s)"
while IFS= read -r line || [ -n "$line" ]; do
	case $line in
	'#'*) ;;
	'') run_record "$@" ;;
	name:*) name=$(printf '%s' "${line#name:}" | sed 's/^ *//') ;;
	old:*) old=$(printf '%s' "${line#old:}" | sed 's/^ *//') ;;
	new:*) new=$(printf '%s' "${line#new:}" | sed 's/^ *//') ;;
	in:*) in=$(printf '%s' "${line#in:}" | sed 's/^ *//') ;;
	tests:*) tests=$(printf '%s' "${line#tests:}" | sed 's/^ *//') ;;
	*) echo "mutants.txt: cannot read: $line"; exit 1 ;;
	esac
done <"$list"
run_record "$@"

if [ "$dry" = yes ]; then
	echo "== $caught of $total mutants found"
else
	echo "== $caught of $total mutants caught in $(($(date +%s) - start)) s"
fi
status=0
if [ -n "$survivors" ]; then
	echo "survivors:$survivors"
	status=1
fi
if [ -n "$broken" ]; then
	echo "broken (fix them in tests/mutants.txt):$broken"
	status=1
fi
[ "$total" -gt 0 ] || status=1
exit "$status"
