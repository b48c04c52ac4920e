#!/usr/bin/python3
"""Per-epoch reference metrics for edgeviz's --csv, computed by numpy.

Developer tool: the test suite never runs it (the tests must not need
Python). It replays the "Try It Yourself" training of the tutorial with the
same numpy calls in the same order, so that the figures are those the
tutorial's own code would give for the chosen settings:

  * np.random.seed(seed); draw the training set, then the test set, with
    the tutorial's make_data; then W1 = randn(25, H) * 0.3 and
    W2 = randn(H, 2) * 0.3; both biases start at zero;
  * one SGD step per training sample, samples in order, no shuffling;
  * each sample's loss -sum(y * log(p + 1e-8)) is taken before its update;
    the epoch's loss is the running total divided by the training-set size.

Output (stdout), CSV:  epoch,loss,train_acc,test_acc
  loss       the epoch's average training loss, "%.17g" (round-trips)
  train_acc  fraction of training samples whose argmax(p), taken before the
             sample's update in the same pass, equals the label
  test_acc   fraction of the test set right with the weights at the end of
             the epoch
  Both fractions are printed with "%.12g". np.argmax picks the first index on
  ties and the first NaN if there is one; this script relies on it as is.

Example:
  tests/reference/make_reference.py --seed 42 --hidden 8 --lr 0.1 \\
      --epochs 100 --train-size 100 --test-size 20
"""

import argparse
import sys

import numpy as np


# --- data: the tutorial's make_data, draw for draw -----------------------------

def draw_patches(count):
    """Return (inputs, one-hot labels) for count patches, as make_data does.

    inputs is a (count, 25) float array; labels a (count, 2) integer array
    with [1, 0] for an edge and [0, 1] for no edge.
    """
    inputs, labels = [], []
    for _ in range(count):
        if np.random.rand() > 0.5:
            # dark-to-bright edge at column 1, 2 or 3
            column = np.random.randint(1, 4)
            grid = np.ones((5, 5)) * 0.1
            grid[:, column:] = 0.9
            onehot = [1, 0]
        else:
            if np.random.rand() > 0.5:
                # a flat grey patch
                grid = np.ones((5, 5)) * np.random.uniform(0.3, 0.7)
            else:
                # bright-to-dark: not an edge in the tutorial's sense
                grid = np.ones((5, 5)) * 0.9
                grid[:, 2:] = 0.1
            onehot = [0, 1]
        inputs.append(grid.flatten())
        labels.append(onehot)
    return np.array(inputs), np.array(labels)


# --- the network ---------------------------------------------------------------

class TwoLayerNet:
    """25 -> hidden (ReLU) -> 2 (softmax), with the tutorial's array shapes."""

    def __init__(self, hidden, activation="relu"):
        self.activation = activation
        self.w1 = np.random.randn(25, hidden) * 0.3
        self.b1 = np.zeros((1, hidden))
        self.w2 = np.random.randn(hidden, 2) * 0.3
        self.b2 = np.zeros((1, 2))

    def forward(self, row):
        """row is (1, 25). Return z1, h, z2, p, each a (1, n) array."""
        z1 = row @ self.w1 + self.b1
        h = self.gate(z1)
        z2 = h @ self.w2 + self.b2
        shifted = np.exp(z2 - np.max(z2))
        p = shifted / np.sum(shifted)
        return z1, h, z2, p

    def gate(self, z1):
        """The hidden layer's activation; ReLU is the tutorial's."""
        if self.activation == "leaky":
            return np.where(z1 > 0, z1, 0.01 * z1)
        if self.activation == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z1))
        if self.activation == "tanh":
            return np.tanh(z1)
        return np.maximum(0, z1)

    def gate_slope(self, z1, h):
        """The activation's derivative, from z1 and h."""
        if self.activation == "leaky":
            return np.where(z1 > 0, 1.0, 0.01)
        if self.activation == "sigmoid":
            return h * (1.0 - h)
        if self.activation == "tanh":
            return 1.0 - h * h
        return (z1 > 0).astype(float)

    def sgd_step(self, row, target, z1, h, p, lr):
        """Backpropagate from the forward results and update in place."""
        dz2 = p - target
        dw2 = h.T @ dz2
        db2 = dz2
        dh = dz2 @ self.w2.T
        dz1 = dh * self.gate_slope(z1, h)
        dw1 = row.T @ dz1
        db1 = dz1
        # All gradients are taken before any weight moves, as the tutorial
        # does; each update is w -= (lr * grad).
        self.w1 -= lr * dw1
        self.b1 -= lr * db1
        self.w2 -= lr * dw2
        self.b2 -= lr * db2


def sample_loss(p, target):
    return -np.sum(target * np.log(p + 1e-8))


def is_right(p, target_row):
    return np.argmax(p) == np.argmax(target_row)


# --- the run -------------------------------------------------------------------

def run(seed, hidden, lr, epochs, train_size, test_size, out, activation="relu"):
    np.random.seed(seed)
    x_train, y_train = draw_patches(train_size)
    x_test, y_test = draw_patches(test_size)
    net = TwoLayerNet(hidden, activation)

    out.write("epoch,loss,train_acc,test_acc\n")
    for epoch in range(epochs):
        total = 0
        right = 0
        for k in range(len(x_train)):
            row = x_train[k:k + 1]
            target = y_train[k:k + 1]
            z1, h, _, p = net.forward(row)
            total += sample_loss(p, target)
            if is_right(p, y_train[k]):
                right += 1
            net.sgd_step(row, target, z1, h, p, lr)
        mean_loss = total / len(x_train)

        test_right = 0
        for k in range(len(x_test)):
            _, _, _, p = net.forward(x_test[k:k + 1])
            if is_right(p, y_test[k]):
                test_right += 1

        out.write("%d,%.17g,%.12g,%.12g\n" % (
            epoch, float(mean_loss),
            right / len(x_train), test_right / len(x_test)))


def main(argv):
    parser = argparse.ArgumentParser(
        description="Print numpy's per-epoch metrics of the tutorial's "
                    "training loop as CSV (reference data for edgeviz --csv).")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--hidden", type=int, default=8)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--epochs", type=int, default=100)
    parser.add_argument("--train-size", type=int, default=100)
    parser.add_argument("--test-size", type=int, default=20)
    parser.add_argument("--activation", default="relu",
                        choices=("relu", "leaky", "sigmoid", "tanh"))
    parser.add_argument("--quiet", action="store_true",
                        help="hide numpy's overflow/invalid warnings "
                             "(the figures are the same)")
    args = parser.parse_args(argv)

    if args.quiet:
        np.seterr(all="ignore")
    run(args.seed, args.hidden, args.lr, args.epochs,
        args.train_size, args.test_size, sys.stdout, args.activation)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
