#!/bin/sh
# Saving is atomic: kill the program at many moments while it saves; the
# file must always load, be either the old or the new weights, and no
# temporary file may remain after SIGTERM or SIGINT (SIGKILL cannot be
# caught: it may leave one, never a damaged file).
. "${top_srcdir:-.}/tests/lib.sh"

target="$work/w"
"$EDGEVIZ" --batch --epochs 0 --hidden 64 --seed 1 --save "$work/a" >/dev/null
"$EDGEVIZ" --batch --epochs 0 --hidden 64 --seed 2 --save "$work/b" >/dev/null
cp "$work/a" "$target"

rounds=120
damaged=0
strays=0
killed=0
inside=0
late=0
i=0
while [ "$i" -lt "$rounds" ]; do
	seed=$((i % 2 + 1))
	case $((i % 3)) in
	0) signal=TERM ;;
	1) signal=INT ;;
	2) signal=KILL ;;
	esac
	"$EDGEVIZ" --batch --epochs 0 --hidden 64 --seed "$seed" --save "$target" >/dev/null 2>&1 &
	pid=$!
	hit=no
	if [ $((i % 4)) -eq 3 ]; then
		# one round in four at a random moment (before, in or after the save)
		sleep "$(awk -v i="$i" 'BEGIN { srand(i); printf "%.4f", rand() * 0.012 }')"
		kill -s "$signal" "$pid" 2>/dev/null && killed=$((killed + 1))
	else
		# the others aimed inside the write: as soon as the temporary file is there
		while kill -0 "$pid" 2>/dev/null; do
			set -- "$work"/w.tmp-*
			if [ -e "$1" ]; then
				kill -s "$signal" "$pid" 2>/dev/null && killed=$((killed + 1)) && hit=yes
				break
			fi
		done
	fi
	wait "$pid" 2>/dev/null
	if ! cmp -s "$target" "$work/a" && ! cmp -s "$target" "$work/b"; then
		damaged=$((damaged + 1))
	fi
	if [ "$hit" = yes ]; then
		inside=$((inside + 1))
		# a catchable signal waits for the rename: the save completes
		expect="$work/a"
		[ "$seed" = 2 ] && expect="$work/b"
		[ "$signal" = KILL ] || cmp -s "$target" "$expect" || late=$((late + 1))
	fi
	left=$(find "$work" -name 'w.tmp-*' | wc -l)
	if [ "$left" -gt 0 ]; then
		[ "$signal" = KILL ] || strays=$((strays + 1))
		rm -f "$work"/w.tmp-*
	fi
	i=$((i + 1))
done

# Of the 90 aimed rounds, two thirds must land inside the write, or the rounds
# above prove little (the save takes about a millisecond).
check "at least 60 of $rounds saves killed inside the write ($inside were)" test "$inside" -ge 60
check "after $rounds interrupted saves ($killed killed) the file is always old or new" test "$damaged" -eq 0
check "SIGTERM or SIGINT inside the write: the save completes first ($late did not)" test "$late" -eq 0
check "no temporary file after SIGTERM or SIGINT" test "$strays" -eq 0
"$EDGEVIZ" --batch --epochs 0 --load "$target" >/dev/null
check "the file loads" test $? -eq 0

finish
