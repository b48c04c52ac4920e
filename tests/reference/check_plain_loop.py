#!/usr/bin/python3
"""Check that a plain double-precision loop reproduces the numpy fixtures.

Developer tool, not run by the tests. The data and the initial weights come
from numpy's generator (as make_reference.py draws them); all the arithmetic
after that is Python floats, done the way a C loop would do it:

  * dot products summed left to right from 0.0, each product rounded, no
    fused multiply-add; then the bias added;
  * ReLU as np.maximum(0, z) (NaN goes through), its derivative as a
    multiplication by 1.0 or 0.0;
  * softmax with the max subtracted, C library exp and log;
  * np.argmax's rules: the first NaN, else the first largest;
  * updates w -= lr * grad (the product rounded, then the difference).

Every fixture seed*.csv in this folder must come out identical, character for
character. If it does, a C implementation that follows the same order can
match numpy to the last bit.

  tests/reference/check_plain_loop.py
"""

import glob
import math
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import make_reference  # noqa: E402


def relu(z):
    if z != z:
        return z
    return z if z > 0.0 else 0.0


def first_argmax(p):
    for k, v in enumerate(p):
        if v != v:
            return k
    best = 0
    for k in range(1, len(p)):
        if p[k] > p[best]:
            best = k
    return best


def c_exp(v):
    try:
        return math.exp(v)
    except OverflowError:
        return math.inf


def c_log(v):
    if v != v:
        return v
    return -math.inf if v == 0.0 else math.log(v)


def plain_run(seed, hidden, lr, epochs, n_train, n_test):
    np.random.seed(seed)
    xtr, ytr = make_reference.draw_patches(n_train)
    xte, yte = make_reference.draw_patches(n_test)
    net = make_reference.TwoLayerNet(hidden)
    w1 = [[float(v) for v in row] for row in net.w1]
    w2 = [[float(v) for v in row] for row in net.w2]
    b1 = [0.0] * hidden
    b2 = [0.0, 0.0]
    train = [([float(v) for v in x], int(np.argmax(y))) for x, y in zip(xtr, ytr)]
    test = [([float(v) for v in x], int(np.argmax(y))) for x, y in zip(xte, yte)]

    def forward(x):
        z1 = []
        for j in range(hidden):
            s = 0.0
            for i in range(25):
                s += x[i] * w1[i][j]
            z1.append(s + b1[j])
        h = [relu(z) for z in z1]
        z2 = []
        for k in range(2):
            s = 0.0
            for j in range(hidden):
                s += h[j] * w2[j][k]
            z2.append(s + b2[k])
        top = z2[0] if z2[0] != z2[0] else (z2[1] if z2[1] != z2[1] else max(z2))
        e = [c_exp(z - top) for z in z2]
        total = e[0] + e[1]
        return z1, h, [v / total for v in e]

    rows = []
    for epoch in range(epochs):
        loss_sum = 0.0
        right = 0
        for x, label in train:
            z1, h, p = forward(x)
            y = [1.0 if k == label else 0.0 for k in range(2)]
            loss_sum += -(y[0] * c_log(p[0] + 1e-8) + y[1] * c_log(p[1] + 1e-8))
            if first_argmax(p) == label:
                right += 1
            dz2 = [p[k] - y[k] for k in range(2)]
            dh = [dz2[0] * w2[j][0] + dz2[1] * w2[j][1] for j in range(hidden)]
            dz1 = [dh[j] * (1.0 if z1[j] > 0.0 else 0.0) for j in range(hidden)]
            for i in range(25):
                for j in range(hidden):
                    w1[i][j] -= lr * (x[i] * dz1[j])
            for j in range(hidden):
                b1[j] -= lr * dz1[j]
            for j in range(hidden):
                for k in range(2):
                    w2[j][k] -= lr * (h[j] * dz2[k])
            for k in range(2):
                b2[k] -= lr * dz2[k]
        test_right = sum(1 for x, label in test if first_argmax(forward(x)[2]) == label)
        rows.append("%d,%.17g,%.12g,%.12g" % (epoch, loss_sum / n_train,
                                              right / n_train, test_right / n_test))
    return rows


def main():
    np.seterr(all="ignore")
    pattern = re.compile(r"seed(\d+)_h(\d+)_lr([^_]+)_e(\d+)_n(\d+)_t(\d+)\.csv$")
    failed = 0
    for path in sorted(glob.glob(os.path.join(HERE, "seed*.csv"))):
        s, h, lr, e, n, t = pattern.search(path).groups()
        with open(path) as f:
            want = f.read().splitlines()[1:]
        got = plain_run(int(s), int(h), float(lr), int(e), int(n), int(t))
        bad = [k for k in range(max(len(want), len(got)))
               if k >= len(want) or k >= len(got) or want[k] != got[k]]
        name = os.path.basename(path)
        if bad:
            failed = 1
            k = bad[0]
            print("DIFFERS %s at row %d: numpy %r, plain %r" % (
                name, k, want[k] if k < len(want) else None, got[k] if k < len(got) else None))
        else:
            print("same    %s (%d rows)" % (name, len(want)))
    return failed


if __name__ == "__main__":
    sys.exit(main())
