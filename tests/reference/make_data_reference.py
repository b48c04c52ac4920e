#!/usr/bin/python3
"""Reference data files and numpy's per-epoch metrics when training on them.

Developer tool: the test suite never runs it (the tests must not need
Python). For each case it writes, into the folder given (default: data/
beside this script),

  <name>-train.csv, <name>-test.csv   the data files (edgeviz's format:
                                      25 values row by row, then the label;
                                      values as Python's repr, which reads
                                      back as the same double)
  <name>-e<E>.csv                     numpy's epoch,loss,train_acc,test_acc

and numpy trains as edgeviz does with --train-data and --test-data: the
seed (42) still draws the tutorial's training set (100) and test set (20)
first, and they are thrown away where a file replaces them; then W1 and W2;
then the tutorial's loop (make_reference.run's) over the file's arrays.
A case without a test file keeps the drawn test set.

The patches are made by a RandomState of their own, so they do not touch
the global generator that the seed drives.

Example:  tests/reference/make_data_reference.py
"""

import os
import sys

# numpy's AVX-512 exp and log differ from the C library's in the last bits
# (the committed fixtures of make_reference.py were made where they were not
# used); numpy reads this when it is imported.
os.environ.setdefault("NPY_DISABLE_CPU_FEATURES",
                      "AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL")

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_reference as ref  # noqa: E402

DARK, BRIGHT = 0.1, 0.9


def horizontal(gen, count):
    """Edges lying flat: dark rows on top of bright ones (the edge at row 1,
    2 or 3), with a little brightness jitter; not edges: a uniform gray or
    bright rows on top of dark ones."""
    inputs, labels = [], []
    for _ in range(count):
        grid = np.ones((5, 5))
        if gen.rand() > 0.5:
            row = gen.randint(1, 4)
            grid[:row, :] = DARK + gen.uniform(-0.05, 0.05)
            grid[row:, :] = BRIGHT + gen.uniform(-0.05, 0.05)
            label = 1
        elif gen.rand() > 0.5:
            grid *= gen.uniform(0.3, 0.7)
            label = 0
        else:
            row = gen.randint(1, 4)
            grid[:row, :] = BRIGHT
            grid[row:, :] = DARK
            label = 0
        inputs.append(grid.flatten())
        labels.append(label)
    return np.array(inputs), np.array(labels)


def noisy_tutorial(gen, count):
    """The tutorial's kinds of patch with noise on every pixel, clipped to [0, 1]."""
    inputs, labels = [], []
    for _ in range(count):
        grid = np.ones((5, 5))
        if gen.rand() > 0.5:
            column = gen.randint(1, 4)
            grid *= BRIGHT
            grid[:, :column] = DARK
            label = 1
        elif gen.rand() > 0.5:
            grid *= gen.uniform(0.3, 0.7)
            label = 0
        else:
            grid *= DARK
            grid[:, :2] = BRIGHT
            label = 0
        grid = np.clip(grid + gen.normal(0.0, 0.08, (5, 5)), 0.0, 1.0)
        inputs.append(grid.flatten())
        labels.append(label)
    return np.array(inputs), np.array(labels)


def three(gen):
    """Three patches: random values, an edge, a no-edge and an edge."""
    return gen.rand(3, 25), np.array([1, 0, 1])


def write_data(path, inputs, labels, title):
    with open(path, "w") as out:
        out.write("# %s\n" % title)
        for row, label in zip(inputs, labels):
            out.write(",".join(repr(float(v)) for v in row))
            out.write(",%s\n" % ("edge" if label == 1 else "no-edge"))


def one_hot(labels):
    return np.array([[1, 0] if label == 1 else [0, 1] for label in labels])


def train(x_train, y_train, x_test, y_test, epochs, out, seed=42):
    """make_reference.run's loop, with the file's arrays for the drawn ones."""
    np.random.seed(seed)
    drawn_train = ref.draw_patches(100)
    drawn_test = ref.draw_patches(20)
    if x_test is None:
        x_test, y_test = drawn_test
    del drawn_train
    net = ref.TwoLayerNet(8)

    out.write("epoch,loss,train_acc,test_acc\n")
    for epoch in range(epochs):
        total, right = 0, 0
        for k in range(len(x_train)):
            row, target = x_train[k:k + 1], y_train[k:k + 1]
            z1, h, _, p = net.forward(row)
            total += ref.sample_loss(p, target)
            right += ref.is_right(p, y_train[k])
            net.sgd_step(row, target, z1, h, p, 0.1)
        test_right = 0
        for k in range(len(x_test)):
            _, _, _, p = net.forward(x_test[k:k + 1])
            test_right += ref.is_right(p, y_test[k])
        out.write("%d,%.17g,%.12g,%.12g\n" % (
            epoch, float(total / len(x_train)),
            right / len(x_train), test_right / len(x_test)))


def case(folder, name, train_set, test_set, epochs, title):
    write_data(os.path.join(folder, name + "-train.csv"), *train_set, title + ", training set")
    x_test = y_test = None
    if test_set is not None:
        write_data(os.path.join(folder, name + "-test.csv"), *test_set, title + ", test set")
        x_test, y_test = test_set[0], one_hot(test_set[1])
    with open(os.path.join(folder, "%s-e%d.csv" % (name, epochs)), "w") as out:
        train(train_set[0], one_hot(train_set[1]), x_test, y_test, epochs, out)


def main(argv):
    folder = argv[0] if argv else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    os.makedirs(folder, exist_ok=True)
    gen = np.random.RandomState(2024)
    case(folder, "horizontal", horizontal(gen, 100), horizontal(gen, 40), 30,
         "horizontal edges (dark above bright)")
    case(folder, "three", three(gen), None, 50, "three patches of random values")
    case(folder, "thousand", noisy_tutorial(gen, 1000), noisy_tutorial(gen, 200), 5,
         "1,000 noisy patches of the tutorial's kinds")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
