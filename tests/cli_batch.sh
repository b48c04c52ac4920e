#!/bin/sh
# --batch: the tutorial's log line for line, the CSV, save and load, divergence.
. "${top_srcdir:-.}/tests/lib.sh"

cat >"$work/tutorial.log" <<'LOG'
Training 2-layer network: 25 -> 8 (ReLU) -> 2
  Epoch  0: Loss = 0.1423
  Epoch 20: Loss = 0.0005
  Epoch 40: Loss = 0.0002
  Epoch 60: Loss = 0.0001
  Epoch 80: Loss = 0.0001

Test Accuracy: 20/20 = 100.0%
LOG

run_edgeviz --batch
check "default run exits 0" test "$status" -eq 0
check "default run prints the tutorial's log" cmp -s "$work/out" "$work/tutorial.log"
check "default run is quiet on stderr" test ! -s "$work/err"

run_edgeviz --batch --epochs 0
check "--epochs 0 evaluates only" grep -q '^Test Accuracy: [0-9]*/20 = ' "$work/out"
check "--epochs 0 trains no epoch" test "$(grep -c Epoch "$work/out")" -eq 0

run_edgeviz --batch --csv "$work/run.csv"
check "--csv has a header and 100 rows" test "$(wc -l <"$work/run.csv")" -eq 101
check "--csv header" test "$(head -n 1 "$work/run.csv")" = "epoch,loss,train_acc,test_acc"
check "--csv epoch 0 loss to 12 digits" \
	awk -F, 'NR == 2 { d = $2 - 0.1422563870793; exit !(d < 1e-13 && d > -1e-13 && $1 == 0) }' "$work/run.csv"
check "--csv leaves the log on stdout" cmp -s "$work/out" "$work/tutorial.log"

run_edgeviz --batch --epochs 3 --csv -
check "--csv - puts only CSV on stdout" test "$(cut -c1-6 "$work/out" | sort -u | tr '\n' ' ')" = "0,0.14 1,0.01 2,0.00 epoch, "
check "--csv - moves the log to stderr" grep -q 'Epoch  0: Loss = 0.1423' "$work/err"

# Ten epochs, saved, loaded, five more: the same weights as fifteen straight.
run_edgeviz --batch --epochs 15 --save "$work/straight.w"
run_edgeviz --batch --epochs 10 --save "$work/first.w"
run_edgeviz --batch --epochs 5 --load "$work/first.w" --save "$work/resumed.w"
check "save, load and go on gives the same bits" cmp -s "$work/straight.w" "$work/resumed.w"
check "saved file names its format" test "$(head -n 1 "$work/first.w")" = "edgeviz-weights 1"
run_edgeviz --batch --epochs 0 --load "$work/straight.w"
check "--load brings its hidden size" grep -q '25 -> 8 (ReLU)' "$work/out"
run_edgeviz --batch --epochs 0 --load "$work/straight.w" --hidden 3
check "--hidden that contradicts --load's file is refused" test "$status" -eq 1
check "... saying why" grep -q -- "--hidden 3 does not match the 8 hidden neurons" "$work/err"

run_edgeviz --batch --epochs 1 --activation tanh --save "$work/tanh.w"
check "the log names the gate" grep -q '25 -> 8 (tanh) -> 2' "$work/out"
check "the saved file names the gate" grep -qx 'activation tanh' "$work/tanh.w"
run_edgeviz --batch --epochs 0 --load "$work/tanh.w"
check "a loaded file brings its gate" grep -q '25 -> 8 (tanh) -> 2' "$work/out"
run_edgeviz --batch --epochs 0 --load "$work/tanh.w" --activation relu
check "--activation overrides the file's gate" grep -q '25 -> 8 (ReLU) -> 2' "$work/out"

run_edgeviz --batch --epochs 5 --lr 1e200 --save "$work/diverged.w"
check "divergence prints nan in the log" grep -q 'Loss = nan' "$work/out"
check "divergence is reported on stderr" grep -q 'diverged in epoch' "$work/err"
check "diverged weights are not saved" test ! -e "$work/diverged.w"
check "diverged save exits 1" test "$status" -eq 1

if [ -w /dev/full ]; then
	"$EDGEVIZ" --batch >/dev/full 2>"$work/err"
	status=$?
	check "a full disk on stdout exits 1" test "$status" -eq 1
	check "a full disk on stdout says so" grep -q 'write error' "$work/err"
else
	skip "no writable /dev/full: a full disk on stdout (2 checks) not tried"
fi

finish
