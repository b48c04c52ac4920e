#!/bin/sh
# --cast with --replay and --cast-size: a recording made into an asciicast v2
# with no terminal (standard input and output not terminals, as in CI). Each
# line is JSON (jq parses the file line by line), the header says version 2,
# the size, a timestamp, a title and TERM; every event is [time, "o"|"m",
# string], times never decrease, and there is one marker for each phase the
# recording's keys show, in their order and at their times: the recording's
# own, or one event a second when it gives none (edgeviz(1), --cast-size).
# Refusals: one line, nothing on standard output, no file left; a cast that
# cannot be saved leaves the old file whole.
. "$(dirname "$0")/lib.sh"

if ! command -v jq >/dev/null 2>&1; then
	skip "jq is not installed"
	finish
	exit 77
fi

# cast REC ARGS...: make $work/out.cast from REC (a file in $work), at 80x24 unless ARGS say.
cast() {
	rec=$1
	shift
	(cd "$work" && "$EDGEVIZ" --replay "$rec" --cast out.cast --cast-size 80x24 "$@" \
		</dev/null >"$work/out" 2>"$work/err")
	status=$?
}

# lines_json: every line of out.cast is one JSON value (jq reads each line as text, then parses it).
lines_json() {
	jq -R 'fromjson' "$work/out.cast" >/dev/null 2>"$work/jq" &&
		[ "$(jq -R -c 'fromjson' "$work/out.cast" | wc -l)" -eq "$(wc -l <"$work/out.cast")" ]
}

# markers: the markers' labels, one a line, each with its time ("1 step 1 forward").
markers() {
	jq -R -r 'fromjson | select(type == "array" and .[1] == "m") | "\(.[0]) \(.[2])"' "$work/out.cast"
}

# The recording's keys and the phase each shows (edgeviz(1), Keys): s the next
# phase, space the rest of the step (its update), b back one step, B back one
# phase, m a view (no phase: no marker). A step is counted from its forward.
printf '%s\n' 'edgeviz-recording 1' 'key s' 'key s' 'key s' 'key s' 'key space' 'key b' 'key B' 'key m' \
	'key space' >"$work/phases.rec"
cast phases.rec
check "a recording cast: status 0" test "$status" -eq 0
check "nothing on standard output" test ! -s "$work/out"
check "nothing on standard error" test ! -s "$work/err"
check "every line is JSON, one value a line" lines_json
# holds ARGS...: jq -e ARGS succeeds (its output not shown).
holds() {
	jq "$@" >/dev/null 2>&1
}

# header FILTER: the first line, the header, is an object and FILTER holds on it.
header() {
	head -n 1 "$work/out.cast" | jq -e "type == \"object\" and ($1)" >/dev/null
}

check "the header: version 2, 80x24, a timestamp, the title, TERM" \
	header '.version == 2 and .width == 80 and .height == 24 and
		(.timestamp | type) == "number" and .timestamp > 1600000000 and
		.title == "edgeviz --replay phases.rec" and .env.TERM == "xterm-256color"'
check "every event is [time, o or m, text]" \
	holds -R -e -s '[split("\n")[1:][] | select(. != "") | fromjson |
		(type == "array" and length == 3 and (.[0] | type) == "number" and
		 (.[1] == "o" or .[1] == "m") and (.[2] | type) == "string")] | all' "$work/out.cast"
check "times never decrease" \
	holds -R -e -s '[split("\n")[1:][] | select(. != "") | fromjson | .[0]] as $t |
		[range(1; $t | length) | $t[.] >= $t[. - 1]] | all' "$work/out.cast"
# The recording gives no times: event i (from 0) at i + 1 seconds; step 0 at 0.
expected='0 step 0 ready
1 step 1 forward
2 step 1 loss
3 step 1 backward
4 step 1 update
5 step 2 update
6 step 1 update
7 step 1 backward
9 step 1 update'
if [ "$(markers)" = "$expected" ]; then
	pass "one marker a phase shown, at one event a second, none for m"
else
	fail "markers: $(markers | tr '\n' ';') expected $(printf '%s' "$expected" | tr '\n' ';')"
fi
check "the screen leaves the alternate screen at the end" \
	sh -c "tail -n 1 '$work/out.cast' | jq -e '.[1] == \"o\" and (.[2] | contains(\"\\u001b[?1049l\"))' >/dev/null"

# A recording with its own times (and a wait): the markers keep them.
printf '%s\n' 'edgeviz-recording 1' '0.5 key s' '1.25 key s' 'wait 2' 'key s' >"$work/timed.rec"
cast timed.rec --cast-size 160x48
check "a timed recording at 160x48: status 0" test "$status" -eq 0
check "the header says 160x48" header '.width == 160 and .height == 48'
expected='0 step 0 ready
0.5 step 1 forward
1.25 step 1 loss
3.25 step 1 backward'
if [ "$(markers)" = "$expected" ]; then
	pass "a timed recording's markers at its own times, the wait included"
else
	fail "markers: $(markers | tr '\n' ';')"
fi

# refused CODE WHAT ARGS...: ARGS give exit CODE, one line "edgeviz: ..." on
# standard error, nothing on standard output, and no cast written.
refused() {
	code=$1
	what=$2
	shift 2
	rm -f "$work/out.cast"
	(cd "$work" && "$EDGEVIZ" "$@" </dev/null >"$work/out" 2>"$work/err")
	status=$?
	if [ "$status" -eq "$code" ] && [ "$(wc -l <"$work/err")" -eq 1 ] && grep -q '^edgeviz: ' "$work/err" &&
		[ ! -s "$work/out" ] && [ ! -e "$work/out.cast" ]; then
		pass "$what: exit $code, one line: $(cat "$work/err")"
	else
		fail "$what: exit $status, stderr: $(cat "$work/err")"
	fi
}

refused 2 "--cast without a terminal nor --cast-size" --replay phases.rec --cast out.cast
refused 2 "--cast-size without --replay" --cast out.cast --cast-size 80x24
refused 2 "--cast-size without --cast" --replay phases.rec --cast-size 80x24
refused 2 "--cast with --batch" --batch --cast out.cast
refused 2 "--cast with --narrate" --narrate --replay phases.rec --cast out.cast
refused 2 "--cast with an empty name" --replay phases.rec --cast '' --cast-size 80x24
for size in 80 80x x24 80x24x2 abcx24 80xabc ' 80x24' 80x24. -80x24 0x0 79x24 80x23 401x24 80x201; do
	refused 2 "--cast-size '$size'" --replay phases.rec --cast out.cast --cast-size "$size"
	case $size in
	0x0 | 79x24 | 80x23 | 401x24 | 80x201)
		check "  a size out of range says the range" grep -q "$size is out of range (80x24 to 400x200)" "$work/err"
		;;
	esac
done
refused 1 "--cast into a directory that does not exist" --replay phases.rec --cast no/such/dir/out.cast \
	--cast-size 80x24
check "  it names the file" grep -q "cannot write 'no/such/dir/out.cast'" "$work/err"

# Nothing lost: a bad recording, or a cast too large for the file size limit,
# leaves the old cast as it was and no temporary file beside it.
printf '%s\n' 'edgeviz-recording 1' 'key nosuchkey' >"$work/bad.rec"
echo old >"$work/out.cast"
(cd "$work" && "$EDGEVIZ" --replay bad.rec --cast out.cast --cast-size 80x24 </dev/null >"$work/out" 2>"$work/err")
status=$?
check "a bad recording: exit 1" test "$status" -eq 1
check "  one line naming its line" sh -c "[ \$(wc -l <'$work/err') -eq 1 ] && grep -q 'bad.rec.*line 2' '$work/err'"
check "  the old cast kept" test "$(cat "$work/out.cast")" = old
(ulimit -f 8 && cd "$work" && exec "$EDGEVIZ" --replay phases.rec --cast out.cast --cast-size 80x24 \
	</dev/null >"$work/out" 2>"$work/err")
status=$?
check "a cast past the file size limit (4 KiB): exit 1" test "$status" -eq 1
check "  one line saying why" sh -c "[ \$(wc -l <'$work/err') -eq 1 ] && grep -q \"^edgeviz: --cast: cannot write 'out.cast'\" '$work/err'"
check "  the old cast kept" test "$(cat "$work/out.cast")" = old
check "  no temporary file left" test "$(ls "$work" | grep -c 'out.cast.')" -eq 0
finish
