#!/bin/sh
# --trace: one step of one patch, with the tutorial's Part 1 figures.
. "${top_srcdir:-.}/tests/lib.sh"

run_edgeviz --trace --seed 123
check "trace exits 0" test "$status" -eq 0
for line in \
	'W1[0,0:2] = [-0.33, +0.30]    W1[1,0:2] = [+0.38, -0.26]' \
	'z1 = [-0.27, -1.06, +0.58,' \
	'h = ReLU(z1) = [0.00, 0.00, 0.58,' \
	'W2[0] = [+0.21, -0.18]    W2[1] = [+0.66, +0.21]' \
	'z2 = [-0.07, -0.41]  (Edge, No Edge)' \
	'p = [0.583, 0.417]' \
	'-> Prediction: Edge (58.3% confident)' \
	'p[Edge] = 0.5829, so L = -log(0.5829 + 1e-8) = 0.5397 (right)'; do
	check "trace shows: $line" grep -qF -- "$line" "$work/out"
done
check "trace shows each phase" test "$(grep -c -e '--- Forward' -e '--- Softmax' -e '--- Loss' -e '--- Backward' -e '--- Update' "$work/out")" -eq 6

run_edgeviz --trace
check "trace defaults to seed 123" grep -qF 'z2 = [-0.07, -0.41]' "$work/out"

run_edgeviz --trace --patch inverted
check "a no-edge patch has the no-edge label" grep -q 'true label No Edge (inverted)' "$work/out"

run_edgeviz --trace --patch 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 --hidden 3
check "values as a patch" grep -q 'your values' "$work/out"
check "hidden size follows --hidden" grep -q 'W1: shape (25, 3)' "$work/out"

run_edgeviz --trace --activation sigmoid
check "another gate is named in the trace" grep -qF 'h = sigmoid(z1) = [0.43, 0.26, 0.64,' "$work/out"
check "a smooth gate blocks none" grep -q 'it blocks none' "$work/out"

run_edgeviz --batch --epochs 0 --save "$work/w"
run_edgeviz --trace --load "$work/w"
check "trace from saved weights" grep -q "weights from $work/w" "$work/out"

finish
