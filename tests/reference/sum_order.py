#!/usr/bin/python3
"""Which summation order does numpy's matmul use here, bit for bit?

Developer tool, not run by the tests. For random inputs of the network's
shapes it compares numpy's x @ W1, h @ W2 and dz2 @ W2.T against Python float
loops summed in several orders (left to right from 0.0; right to left; four
interleaved accumulators; pairwise halves; fused multiply-add, emulated
exactly with fractions; the exactly rounded sum), checks that the outer
products x.T @ dz1 are plain products and that w -= lr * g rounds twice (no
FMA), and compares np.exp / np.log with the C library's (math.exp / math.log).

  tests/reference/sum_order.py [TRIALS]

Found with numpy 1.24.2 and Debian's reference BLAS (libblas3 3.11.0-2):
left to right from 0.0, no FMA, matches every output; exp and log are libm's.
"""
import math
import sys
from fractions import Fraction
import numpy as np
rng = np.random.default_rng(1)

def fma(a, b, c):
    return float(Fraction(a) * Fraction(b) + Fraction(c))

def ltr(xs, ws):
    s = 0.0
    for a, b in zip(xs, ws): s += a * b
    return s
def rtl(xs, ws):
    s = 0.0
    for a, b in reversed(list(zip(xs, ws))): s += a * b
    return s
def acc4(xs, ws, comb):
    acc = [0.0] * 4
    for i, (a, b) in enumerate(zip(xs, ws)): acc[i % 4] += a * b
    return (acc[0] + acc[1]) + (acc[2] + acc[3]) if comb == 'pair' else ((acc[0] + acc[1]) + acc[2]) + acc[3]
def pairwise(v):
    if len(v) == 1: return v[0]
    if len(v) == 0: return 0.0
    m = len(v) // 2
    return pairwise(v[:m]) + pairwise(v[m:])
def fma_ltr(xs, ws):
    s = 0.0
    for a, b in zip(xs, ws): s = fma(a, b, s)
    return s
def exact(xs, ws):
    return float(sum(Fraction(a) * Fraction(b) for a, b in zip(xs, ws)))

methods = {
    'left-to-right (s=0; s+=x*w)': ltr,
    'right-to-left': rtl,
    '4 accumulators, (a0+a1)+(a2+a3)': lambda x, w: acc4(x, w, 'pair'),
    '4 accumulators, ((a0+a1)+a2)+a3': lambda x, w: acc4(x, w, 'seq'),
    'pairwise halves': lambda x, w: pairwise([a * b for a, b in zip(x, w)]),
    'fma left-to-right': fma_ltr,
    'exactly rounded sum': exact,
}

def trial(name, make, trials):
    hits = {k: 0 for k in methods}
    total = 0
    for _ in range(trials):
        a, B, pyrows, pycols = make()
        out = a @ B
        for j in range(out.shape[1]):
            xs = [float(v) for v in a[0]]
            ws = [float(v) for v in B[:, j]]
            got = float(out[0, j])
            total += 1
            for k, f in methods.items():
                if f(xs, ws) == got: hits[k] += 1
    print("%s: %d outputs" % (name, total))
    for k in methods: print("   %-34s %5d / %d" % (k, hits[k], total))

T = int(sys.argv[1]) if len(sys.argv) > 1 else 200
for H in (1, 2, 3, 8, 64):
    trial("x(1x25) @ W1(25x%d)" % H, lambda: (rng.random((1, 25)), rng.standard_normal((25, H)) * 0.3, 0, 0), T)
trial("h(1x8) @ W2(8x2)", lambda: (np.maximum(0, rng.standard_normal((1, 8))), rng.standard_normal((8, 2)), 0, 0), T)
trial("h(1x64) @ W2(64x2)", lambda: (np.maximum(0, rng.standard_normal((1, 64))), rng.standard_normal((64, 2)), 0, 0), T)
def mk_back():
    W2 = rng.standard_normal((8, 2))
    return rng.standard_normal((1, 2)), W2.T, 0, 0
trial("dz2(1x2) @ W2.T(2x8) (W2.T a transposed view)", mk_back, T)

# outer products (inner dimension 1) and the updates
bad_outer = bad_upd = fma_upd = 0
for _ in range(T):
    x = rng.random((1, 25)); d = rng.standard_normal((1, 8))
    o = x.T @ d
    bad_outer += sum(1 for i in range(25) for j in range(8) if float(o[i, j]) != float(x[0, i]) * float(d[0, j]))
    W = rng.standard_normal((25, 8)); lr = 0.1 * rng.random() + 0.05
    W0 = W.copy(); W -= lr * o
    for i in range(25):
        for j in range(8):
            plain = float(W0[i, j]) - lr * float(o[i, j])
            if float(W[i, j]) != plain: bad_upd += 1
            if float(W[i, j]) == fma(-lr, float(o[i, j]), float(W0[i, j])) and plain != fma(-lr, float(o[i, j]), float(W0[i, j])): fma_upd += 1
print("outer product x.T @ dz1: %d of %d elements differ from the plain product x_i*d_j" % (bad_outer, T * 200))
print("update W -= lr*dW: %d of %d differ from W - (lr*dW) rounded twice; %d match an FMA where FMA differs" % (bad_upd, T * 200, fma_upd))

# exp and log: numpy ufuncs against the C library's (math.exp, math.log)
bad_exp = bad_log = n = 0
for _ in range(T * 50):
    z = -rng.random(2) * 40
    e = np.exp(z)
    bad_exp += sum(1 for k in range(2) if float(e[k]) != math.exp(float(z[k])))
    p = rng.random(2)
    l = np.log(p + 1e-8)
    bad_log += sum(1 for k in range(2) if float(l[k]) != math.log(float(p[k]) + 1e-8))
    n += 2
big = -rng.random(100000) * 40
bad_exp_big = int(np.count_nonzero(np.exp(big) != np.array([math.exp(v) for v in big])))
bad_log_big = int(np.count_nonzero(np.log(-big) != np.array([math.log(-v) for v in big])))
print("np.exp vs libm exp: %d of %d differ (2-element arrays); %d of 100000 (one big array)" % (bad_exp, n, bad_exp_big))
print("np.log vs libm log: %d of %d differ (2-element arrays); %d of 100000 (one big array)" % (bad_log, n, bad_log_big))
