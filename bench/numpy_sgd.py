#!/usr/bin/python3
"""The tutorial's training loop in numpy, timed: the other yardstick of the
benchmark.

It builds the tutorial's data (100 training patches from np.random.seed(42),
edges and no-edges as its make_data draws them), the 25 -> 8 -> 2 network,
and trains it one sample at a time with the very numpy operations of the
tutorial's Part 8 loop: x @ W1, np.maximum, np.exp, the loss with np.log,
the outer products of the backward pass and the in-place updates. It trains
whole epochs until about --seconds have passed and prints the steps a second
in the same one-line form as the C programs.

    numpy_sgd.py [--seconds S] [--steps N]
"""

import argparse
import time

import numpy as np

SAMPLES = 100
HIDDEN = 8
LEARNING_RATE = 0.1


def edge_patch():
    """A dark-to-bright patch with its edge at column 1, 2 or 3."""
    column = np.random.randint(1, 4)
    patch = np.ones((5, 5)) * 0.1
    patch[:, column:] = 0.9
    return patch.flatten(), np.array([1, 0])


def no_edge_patch():
    """A uniform gray patch, or the bright-to-dark inversion."""
    if np.random.rand() > 0.5:
        patch = np.ones((5, 5)) * np.random.uniform(0.3, 0.7)
    else:
        patch = np.ones((5, 5)) * 0.9
        patch[:, 2:] = 0.1
    return patch.flatten(), np.array([0, 1])


def make_network():
    """The data and the initial weights, drawn as the tutorial draws them."""
    np.random.seed(42)
    xs, ys = [], []
    for _ in range(SAMPLES):
        x, y = edge_patch() if np.random.rand() > 0.5 else no_edge_patch()
        xs.append(x)
        ys.append(y)
    net = {
        "X": np.array(xs),
        "Y": np.array(ys),
        "W1": np.random.randn(25, HIDDEN) * 0.3,
        "b1": np.zeros((1, HIDDEN)),
        "W2": np.random.randn(HIDDEN, 2) * 0.3,
        "b2": np.zeros((1, 2)),
    }
    return net


def train_epoch(net):
    """One pass over the samples in order, one SGD update each."""
    X, Y = net["X"], net["Y"]
    W1, b1, W2, b2 = net["W1"], net["b1"], net["W2"], net["b2"]
    total_loss, right = 0.0, 0
    for i in range(len(X)):
        x = X[i:i + 1]
        y = Y[i:i + 1]

        # Forward.
        z1 = x @ W1 + b1
        h1 = np.maximum(0, z1)
        z2 = h1 @ W2 + b2
        exp_z = np.exp(z2 - np.max(z2))
        p = exp_z / np.sum(exp_z)

        # Loss, and whether the answer was right.
        total_loss += -np.sum(y * np.log(p + 1e-8))
        if np.argmax(p) == np.argmax(y):
            right += 1

        # Backward.
        dz2 = p - y
        dW2 = h1.T @ dz2
        db2 = dz2
        dh1 = dz2 @ W2.T
        dz1 = dh1 * (z1 > 0)
        dW1 = x.T @ dz1
        db1 = dz1

        # Update, in place as the tutorial does.
        W1 -= LEARNING_RATE * dW1
        b1 -= LEARNING_RATE * db1
        W2 -= LEARNING_RATE * dW2
        b2 -= LEARNING_RATE * db2
    return total_loss / len(X), right / len(X)


def checksum(net):
    """The sum of every weight and bias."""
    return float(net["W1"].sum() + net["b1"].sum() + net["W2"].sum() + net["b2"].sum())


def main():
    parser = argparse.ArgumentParser(description="Time the tutorial's numpy SGD loop.")
    parser.add_argument("--seconds", type=float, default=0.5)
    parser.add_argument("--steps", type=int, default=0)
    args = parser.parse_args()

    # Warm up (imports, caches); not counted.
    net = make_network()
    train_epoch(net)

    net = make_network()
    done = 0
    start = time.process_time()  # processor time: others on the machine do not count
    while True:
        loss, accuracy = train_epoch(net)
        done += SAMPLES
        elapsed = time.process_time() - start
        if (done >= args.steps) if args.steps > 0 else (elapsed >= args.seconds):
            break

    print("numpy steps=%d seconds=%.6f steps_per_s=%.0f loss=%.6g train_acc=%.2f checksum=%.17g"
          % (done, elapsed, done / elapsed, loss, accuracy, checksum(net)))


if __name__ == "__main__":
    main()
