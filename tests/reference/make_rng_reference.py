#!/usr/bin/python3
"""numpy's legacy generator, draw by draw: reference values for edgeviz's rng.

Developer tool: the test suite never runs it. It writes
  tests/reference/rng_sequences.txt   the values, for people (and awk)
  tests/rng_reference.h               the same values as C arrays
from the top of the source tree:

  tests/reference/make_rng_reference.py [SRCDIR]

Every double is written as a C99 hex float literal (float.hex), so a C test
can compare bit for bit; the text file has %.17g beside it for reading.

Contents:
  * for each seed in SEEDS, each sequence drawn from a freshly seeded
    generator: the first 10 raw MT19937 outputs (32 bits), 10 rand(),
    10 randn(), 10 randint(1, 4), 10 uniform(0.3, 0.7);
  * one mixed sequence of 40 draws from np.random.seed(42), cycling through
    rand, randint(1,4), randn, uniform(0.3,0.7), randn, randn, rand, ...
    (randn's cached second value makes the order matter);
  * the tutorial's Part 1: np.random.seed(123), W1 = randn(25, 8) * 0.3,
    W2 = randn(8, 2) * 0.3, zero biases, and the forward pass of the
    soft-edge patch (every row 0.1 0.1 0.5 0.9 0.9): z1, h, z2, p, and the
    loss for either label;
  * the "Try It Yourself" data: after np.random.seed(42), the first 3
    training patches (labels and pixels) and W1[0][0..7] once the training
    (100) and test (20) sets have been drawn.
"""

import os
import sys

import numpy as np

SEEDS = (0, 1, 42, 123, 4294967295)
COUNT = 10
MIXED_SEED = 42
MIXED_CYCLE = ("rand", "randint", "randn", "uniform", "randn", "randn")
MIXED_COUNT = 40
SOFT_EDGE_ROW = (0.1, 0.1, 0.5, 0.9, 0.9)


# --- drawing -------------------------------------------------------------------

def raw_outputs(seed, count):
    """Raw MT19937 words after init_genrand(seed), checked against RandomState."""
    bitgen = np.random.MT19937()
    bitgen._legacy_seeding(seed)
    words = [int(v) for v in bitgen.random_raw(count)]

    # The same state as np.random.seed(seed) ...
    legacy = np.random.RandomState(seed).get_state()
    fresh = np.random.MT19937()
    fresh._legacy_seeding(seed)
    state = fresh.state["state"]
    assert legacy[0] == "MT19937"
    assert np.array_equal(legacy[1], state["key"]) and legacy[2] == state["pos"]
    # ... and the same words as RandomState gives for a full 32-bit range,
    # which numpy returns as the raw word itself.
    full = np.random.RandomState(seed).randint(0, 2**32, size=count, dtype=np.uint32)
    assert [int(v) for v in full] == words, "random_raw disagrees with RandomState"
    # rand() from the documented formula over the raw words.
    rs = np.random.RandomState(seed)
    for k in range(count // 2):
        a, b = words[2 * k] >> 5, words[2 * k + 1] >> 6
        assert rs.rand() == (a * 67108864.0 + b) / 9007199254740992.0
    return words


def fresh_draws(seed, what, count):
    np.random.seed(seed)
    return [draw(what) for _ in range(count)]


def draw(what):
    if what == "rand":
        return float(np.random.rand())
    if what == "randn":
        return float(np.random.randn())
    if what == "randint":
        return int(np.random.randint(1, 4))
    if what == "uniform":
        return float(np.random.uniform(0.3, 0.7))
    raise ValueError(what)


def mixed_draws():
    np.random.seed(MIXED_SEED)
    out = []
    for k in range(MIXED_COUNT):
        what = MIXED_CYCLE[k % len(MIXED_CYCLE)]
        out.append((what, draw(what)))
    return out


def part1():
    np.random.seed(123)
    w1 = np.random.randn(25, 8) * 0.3
    w2 = np.random.randn(8, 2) * 0.3
    b1 = np.zeros((1, 8))
    b2 = np.zeros((1, 2))
    x = np.tile(np.array(SOFT_EDGE_ROW), (5, 1)).flatten()[None, :]
    z1 = x @ w1 + b1
    h = np.maximum(0, z1)
    z2 = h @ w2 + b2
    e = np.exp(z2 - np.max(z2))
    p = e / np.sum(e)
    loss_edge = float(-np.sum(np.array([[1, 0]]) * np.log(p + 1e-8)))
    loss_no_edge = float(-np.sum(np.array([[0, 1]]) * np.log(p + 1e-8)))
    return dict(x=x[0], w1=w1, w2=w2, z1=z1[0], h=h[0], z2=z2[0], p=p[0],
                loss_edge=loss_edge, loss_no_edge=loss_no_edge)


def tutorial_data():
    """The tutorial's make_data (train 100, test 20) after seed 42, then W1."""
    np.random.seed(42)

    def make(n):
        xs, ys = [], []
        for _ in range(n):
            if np.random.rand() > 0.5:
                col = np.random.randint(1, 4)
                g = np.ones((5, 5)) * 0.1
                g[:, col:] = 0.9
                ys.append(0)
            else:
                if np.random.rand() > 0.5:
                    g = np.ones((5, 5)) * np.random.uniform(0.3, 0.7)
                else:
                    g = np.ones((5, 5)) * 0.9
                    g[:, 2:] = 0.1
                ys.append(1)
            xs.append(g.flatten())
        return np.array(xs), ys

    xtr, ytr = make(100)
    make(20)
    w1 = np.random.randn(25, 8) * 0.3
    return xtr[:3], ytr[:3], w1[0]


# --- writing -------------------------------------------------------------------

def hexf(v):
    return float(v).hex()


def c_doubles(values, indent="\t"):
    return ",\n".join(indent + hexf(v) for v in values)


def write_text(path, data):
    seeds, raw, seqs, mixed, p1, (xs, ys, w1row) = data
    L = []
    L.append("# numpy %s legacy np.random reference values (tests/reference/make_rng_reference.py)" % np.__version__)
    L.append("# doubles: C99 hex float, then %.17g; each sequence from a freshly seeded generator")
    for si, s in enumerate(seeds):
        L.append("")
        L.append("seed %d" % s)
        L.append("raw " + " ".join("%d" % w for w in raw[si]))
        L.append("raw_hex " + " ".join("0x%08x" % w for w in raw[si]))
        for what in ("rand", "randn", "uniform"):
            for k, v in enumerate(seqs[what][si]):
                L.append("%s %d %s %.17g" % (what, k, hexf(v), v))
        L.append("randint_1_4 " + " ".join("%d" % v for v in seqs["randint"][si]))
    L.append("")
    L.append("mixed seed %d (draw index, function, value)" % MIXED_SEED)
    for k, (what, v) in enumerate(mixed):
        if what == "randint":
            L.append("mixed %d randint_1_4 %d" % (k, v))
        else:
            name = "uniform_0.3_0.7" if what == "uniform" else what
            L.append("mixed %d %s %s %.17g" % (k, name, hexf(v), v))
    L.append("")
    L.append("part1 seed 123: W1 = randn(25,8)*0.3, W2 = randn(8,2)*0.3; soft-edge patch")
    L.append("part1 W1[0,0] %s %.17g" % (hexf(p1["w1"][0, 0]), p1["w1"][0, 0]))
    L.append("part1 W1[0,1] %s %.17g" % (hexf(p1["w1"][0, 1]), p1["w1"][0, 1]))
    for name in ("z1", "h", "z2", "p"):
        for k, v in enumerate(p1[name]):
            L.append("part1 %s[%d] %s %.17g" % (name, k, hexf(v), v))
    L.append("part1 loss_edge %s %.17g" % (hexf(p1["loss_edge"]), p1["loss_edge"]))
    L.append("part1 loss_no_edge %s %.17g" % (hexf(p1["loss_no_edge"]), p1["loss_no_edge"]))
    L.append("")
    L.append("data seed 42: first training patches (label 0 edge, 1 no edge), pixels row by row")
    for k in range(3):
        L.append("data train[%d] label %d pixels %s" % (k, ys[k], " ".join(hexf(v) for v in xs[k])))
    L.append("data W1[0][0..7] after 100+20 patches: " + " ".join(hexf(v) for v in w1row))
    with open(path, "w") as f:
        f.write("\n".join(L) + "\n")


def write_header(path, data):
    seeds, raw, seqs, mixed, p1, (xs, ys, w1row) = data
    n = len(seeds)
    L = []
    L.append("/*")
    L.append(" * numpy's legacy np.random, draw by draw (numpy %s), and the tutorial's" % np.__version__)
    L.append(" * Part 1 numbers. Generated by tests/reference/make_rng_reference.py; do not")
    L.append(" * edit. Doubles are hex float literals: compare them bit for bit.")
    L.append(" * Each per-seed sequence comes from a freshly seeded generator.")
    L.append(" */")
    L.append("#ifndef EDGEVIZ_TESTS_RNG_REFERENCE_H")
    L.append("#define EDGEVIZ_TESTS_RNG_REFERENCE_H")
    L.append("")
    L.append("#include <stdint.h>")
    L.append("")
    L.append("#define RNG_REF_SEEDS %d" % n)
    L.append("#define RNG_REF_COUNT %d" % COUNT)
    L.append("")
    L.append("static const uint32_t rng_ref_seed[RNG_REF_SEEDS] = {")
    L.append(",\n".join("\t%du" % s for s in seeds))
    L.append("};")
    L.append("")
    L.append("/* np.random.seed(s), then the first raw MT19937 outputs. */")
    L.append("static const uint32_t rng_ref_raw[RNG_REF_SEEDS][RNG_REF_COUNT] = {")
    L.append(",\n".join("\t{" + ", ".join("0x%08xu" % w for w in raw[i]) + "}" for i in range(n)))
    L.append("};")
    for what, cname, doc in (("rand", "rng_ref_rand", "np.random.rand()"),
                             ("randn", "rng_ref_randn", "np.random.randn()"),
                             ("uniform", "rng_ref_uniform", "np.random.uniform(0.3, 0.7)")):
        L.append("")
        L.append("/* np.random.seed(s), then %s, %d times. */" % (doc, COUNT))
        L.append("static const double %s[RNG_REF_SEEDS][RNG_REF_COUNT] = {" % cname)
        L.append(",\n".join("\t{\n" + c_doubles(seqs[what][i], "\t\t") + "\n\t}" for i in range(n)))
        L.append("};")
    L.append("")
    L.append("/* np.random.seed(s), then np.random.randint(1, 4), %d times. */" % COUNT)
    L.append("static const long rng_ref_randint_1_4[RNG_REF_SEEDS][RNG_REF_COUNT] = {")
    L.append(",\n".join("\t{" + ", ".join("%d" % v for v in seqs["randint"][i]) + "}" for i in range(n)))
    L.append("};")
    L.append("")
    L.append("enum rng_ref_fn {")
    L.append("\tRNG_REF_RAND,\t\t/* rand() */")
    L.append("\tRNG_REF_RANDINT_1_4,\t/* randint(1, 4); value holds the integer */")
    L.append("\tRNG_REF_RANDN,\t\t/* randn() */")
    L.append("\tRNG_REF_UNIFORM,\t/* uniform(0.3, 0.7) */")
    L.append("};")
    L.append("")
    L.append("struct rng_ref_draw {")
    L.append("\tenum rng_ref_fn fn;")
    L.append("\tdouble value;")
    L.append("};")
    L.append("")
    L.append("#define RNG_REF_MIXED_SEED %du" % MIXED_SEED)
    L.append("#define RNG_REF_MIXED_COUNT %d" % MIXED_COUNT)
    L.append("/* np.random.seed(%d), then these draws in this order. */" % MIXED_SEED)
    L.append("static const struct rng_ref_draw rng_ref_mixed[RNG_REF_MIXED_COUNT] = {")
    enum = {"rand": "RNG_REF_RAND", "randint": "RNG_REF_RANDINT_1_4",
            "randn": "RNG_REF_RANDN", "uniform": "RNG_REF_UNIFORM"}
    rows = []
    for what, v in mixed:
        lit = "%d.0" % v if what == "randint" else hexf(v)
        rows.append("\t{%s, %s}" % (enum[what], lit))
    L.append(",\n".join(rows))
    L.append("};")
    L.append("")
    L.append("/*")
    L.append(" * The tutorial's Part 1: np.random.seed(123), W1 = randn(25, 8) * 0.3,")
    L.append(" * W2 = randn(8, 2) * 0.3, zero biases; forward pass of the soft-edge patch")
    L.append(" * (every row 0.1 0.1 0.5 0.9 0.9). W1[i][j] at [i * 8 + j], W2[j][k] at")
    L.append(" * [j * 2 + k]. The loss -sum(y * log(p + 1e-8)) for either label.")
    L.append(" */")
    L.append("#define RNG_REF_PART1_SEED 123u")
    L.append("static const double rng_ref_part1_w1[25 * 8] = {")
    L.append(c_doubles(p1["w1"].flatten()))
    L.append("};")
    L.append("static const double rng_ref_part1_w2[8 * 2] = {")
    L.append(c_doubles(p1["w2"].flatten()))
    L.append("};")
    for name, size in (("z1", 8), ("h", 8), ("z2", 2), ("p", 2)):
        L.append("static const double rng_ref_part1_%s[%d] = {" % (name, size))
        L.append(c_doubles(p1[name]))
        L.append("};")
    L.append("static const double rng_ref_part1_loss_edge = %s;" % hexf(p1["loss_edge"]))
    L.append("static const double rng_ref_part1_loss_no_edge = %s;" % hexf(p1["loss_no_edge"]))
    L.append("")
    L.append("/*")
    L.append(" * The \"Try It Yourself\" data: np.random.seed(42), make_data(100) then")
    L.append(" * make_data(20). The first 3 training patches (label 0 edge, 1 no edge;")
    L.append(" * pixels row by row), and W1[0][0..7] of randn(25, 8) * 0.3 drawn next.")
    L.append(" */")
    L.append("static const int rng_ref_data_label[3] = {%s};" % ", ".join("%d" % v for v in ys))
    L.append("static const double rng_ref_data_pixel[3][25] = {")
    L.append(",\n".join("\t{\n" + c_doubles(xs[k], "\t\t") + "\n\t}" for k in range(3)))
    L.append("};")
    L.append("static const double rng_ref_data_w1_row0[8] = {")
    L.append(c_doubles(w1row))
    L.append("};")
    L.append("")
    L.append("#endif")
    with open(path, "w") as f:
        f.write("\n".join(L) + "\n")


def main(argv):
    top = argv[0] if argv else "."
    raw = [raw_outputs(s, COUNT) for s in SEEDS]
    seqs = {what: [fresh_draws(s, what, COUNT) for s in SEEDS]
            for what in ("rand", "randn", "randint", "uniform")}
    data = (SEEDS, raw, seqs, mixed_draws(), part1(), tutorial_data())
    write_text(os.path.join(top, "tests", "reference", "rng_sequences.txt"), data)
    write_header(os.path.join(top, "tests", "rng_reference.h"), data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
