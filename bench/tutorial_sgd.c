/*
 * The benchmark's yardstick: the tutorial's training loop (its Part 8,
 * "Putting It All Together") written plainly in C, double precision, -O2,
 * no -march, no tricks. Per sample, as the tutorial's numpy code:
 *
 *	z1 = x @ W1 + b1;  h1 = max(0, z1);  z2 = h1 @ W2 + b2
 *	exp_z = exp(z2 - max(z2));  p = exp_z / sum(exp_z)
 *	loss = -sum(y * log(p + 1e-8));  right if argmax(p) == argmax(y)
 *	dz2 = p - y;  dW2 = h1.T @ dz2;  db2 = dz2;  dh1 = dz2 @ W2.T
 *	dz1 = dh1 * (z1 > 0);  dW1 = x.T @ dz1;  db1 = dz1
 *	W1 -= lr * dW1;  b1 -= lr * db1;  W2 -= lr * dW2;  b2 -= lr * db2
 *
 * with y one-hot as a vector of doubles, both exp and both log taken, the
 * gradients in arrays of their own, every sum from 0.0 in numpy's order
 * (each product rounded, the bias added last), so its weights are numpy's.
 *
 * Only the tutorial's data and initial weights (seed 42, 100 training
 * patches, W1 then W2 from randn * 0.3) come from the core, which draws
 * them as numpy does; the training loop below uses nothing of the core.
 * It prints, in the one-line form of bench_sgd, the steps a second, the last
 * epoch's loss and accuracy, and a hash of the weights' bits, which must
 * equal the core's after as many steps (bench/run.sh checks it).
 *
 *	tutorial_sgd [--seconds S] [--steps N]
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/weights_hash.h"
#include "core/trainer.h"

#define INPUTS 25
#define HIDDEN 8
#define OUTPUTS 2
#define SAMPLES 100
#define LEARNING_RATE 0.1

static double X[SAMPLES][INPUTS];
static double Y[SAMPLES][OUTPUTS];	/* one-hot: [1, 0] edge, [0, 1] no edge */

static double W1[INPUTS][HIDDEN], b1[HIDDEN];
static double W2[HIDDEN][OUTPUTS], b2[OUTPUTS];

static double epoch_loss;
static int epoch_correct;

/* The tutorial's data and initial weights, drawn by the core as numpy does. */
static void
load_tutorial_run(void)
{
	struct trainer *trainer;
	const struct dataset *set;
	const struct network *net;
	char err[256];
	int s, i, j;

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	if (trainer == NULL) {
		fprintf(stderr, "tutorial_sgd: %s\n", err);
		exit(1);
	}
	set = trainer_train_set(trainer);
	net = trainer_network(trainer);
	if (set->size != SAMPLES || net->hidden != HIDDEN) {
		fprintf(stderr, "tutorial_sgd: the default run is not 100 samples, 8 hidden\n");
		exit(1);
	}
	for (s = 0; s < SAMPLES; s++) {
		memcpy(X[s], set->patch[s].pixel, sizeof X[s]);
		Y[s][0] = set->label[s] == LABEL_EDGE ? 1.0 : 0.0;
		Y[s][1] = set->label[s] == LABEL_EDGE ? 0.0 : 1.0;
	}
	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			W1[i][j] = net->w1[i * HIDDEN + j];
	for (j = 0; j < HIDDEN; j++) {
		b1[j] = net->b1[j];
		W2[j][0] = net->w2[j * OUTPUTS];
		W2[j][1] = net->w2[j * OUTPUTS + 1];
	}
	b2[0] = net->b2[0];
	b2[1] = net->b2[1];
	trainer_destroy(trainer);
}

/* The index of the first largest of two values, as np.argmax. */
static int
argmax2(const double v[OUTPUTS])
{
	return v[1] > v[0] ? 1 : 0;
}

/* One SGD step on sample s, the tutorial's way. */
static void
train_step(int s)
{
	const double *x = X[s], *y = Y[s];
	double z1[HIDDEN], h1[HIDDEN], z2[OUTPUTS], exp_z[OUTPUTS], p[OUTPUTS];
	double dz2[OUTPUTS], dW2[HIDDEN][OUTPUTS], db2[OUTPUTS];
	double dh1[HIDDEN], dz1[HIDDEN], dW1[INPUTS][HIDDEN], db1[HIDDEN];
	double zmax, sum, loss;
	int i, j, k;

	/* Forward. */
	for (j = 0; j < HIDDEN; j++)
		z1[j] = 0.0;
	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			z1[j] += x[i] * W1[i][j];
	for (j = 0; j < HIDDEN; j++) {
		z1[j] += b1[j];
		h1[j] = z1[j] > 0.0 ? z1[j] : 0.0;
	}
	for (k = 0; k < OUTPUTS; k++) {
		z2[k] = 0.0;
		for (j = 0; j < HIDDEN; j++)
			z2[k] += h1[j] * W2[j][k];
		z2[k] += b2[k];
	}
	zmax = z2[0] > z2[1] ? z2[0] : z2[1];
	sum = 0.0;
	for (k = 0; k < OUTPUTS; k++) {
		exp_z[k] = exp(z2[k] - zmax);
		sum += exp_z[k];
	}
	for (k = 0; k < OUTPUTS; k++)
		p[k] = exp_z[k] / sum;

	/* Loss and accuracy. */
	loss = 0.0;
	for (k = 0; k < OUTPUTS; k++)
		loss += y[k] * log(p[k] + 1e-8);
	epoch_loss += -loss;
	if (argmax2(p) == argmax2(y))
		epoch_correct++;

	/* Backward. */
	for (k = 0; k < OUTPUTS; k++) {
		dz2[k] = p[k] - y[k];
		db2[k] = dz2[k];
	}
	for (j = 0; j < HIDDEN; j++)
		for (k = 0; k < OUTPUTS; k++)
			dW2[j][k] = h1[j] * dz2[k];
	for (j = 0; j < HIDDEN; j++) {
		dh1[j] = 0.0;
		for (k = 0; k < OUTPUTS; k++)
			dh1[j] += dz2[k] * W2[j][k];
		dz1[j] = dh1[j] * (z1[j] > 0.0 ? 1.0 : 0.0);
		db1[j] = dz1[j];
	}
	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			dW1[i][j] = x[i] * dz1[j];

	/* Update. */
	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			W1[i][j] -= LEARNING_RATE * dW1[i][j];
	for (j = 0; j < HIDDEN; j++)
		b1[j] -= LEARNING_RATE * db1[j];
	for (j = 0; j < HIDDEN; j++)
		for (k = 0; k < OUTPUTS; k++)
			W2[j][k] -= LEARNING_RATE * dW2[j][k];
	for (k = 0; k < OUTPUTS; k++)
		b2[k] -= LEARNING_RATE * db2[k];
}

/* Steps s0 .. s1-1 of an epoch; a new epoch's sums start at its sample 0. */
static void
train_samples(int s0, int s1)
{
	int s;

	if (s0 == 0) {
		epoch_loss = 0.0;
		epoch_correct = 0;
	}
	for (s = s0; s < s1; s++)
		train_step(s);
}

/*
 * Seconds of processor time this process has used: on a machine that others
 * share, time spent waiting for a processor is not the program's.
 */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The weights as the core holds them, for the hash. */
static uint64_t
hash_weights(void)
{
	double flat[INPUTS * HIDDEN + HIDDEN + HIDDEN * OUTPUTS + OUTPUTS];
	size_t n = 0;
	int i, j;

	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			flat[n++] = W1[i][j];
	for (j = 0; j < HIDDEN; j++)
		flat[n++] = b1[j];
	for (j = 0; j < HIDDEN; j++) {
		flat[n++] = W2[j][0];
		flat[n++] = W2[j][1];
	}
	flat[n++] = b2[0];
	flat[n++] = b2[1];
	return weights_hash(flat, n);
}

static void
usage(void)
{
	fprintf(stderr, "usage: tutorial_sgd [--seconds S] [--steps N]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	double seconds = 0.5, start, elapsed;
	long steps = 0, done = 0;
	int a;

	for (a = 1; a < argc; a++) {
		char *end;

		if (a + 1 >= argc)
			usage();
		if (strcmp(argv[a], "--seconds") == 0) {
			seconds = strtod(argv[++a], &end);
			if (*end != '\0' || !(seconds > 0.0 && seconds < 3600.0))
				usage();
		} else if (strcmp(argv[a], "--steps") == 0) {
			steps = strtol(argv[++a], &end, 10);
			if (*end != '\0' || steps < 1)
				usage();
		} else {
			usage();
		}
	}

	/* Warm up the caches and the clock speed; not counted. */
	load_tutorial_run();
	start = now();
	while (now() - start < 0.05)
		train_samples(0, SAMPLES);
	load_tutorial_run();

	start = now();
	for (;;) {
		long left = steps > 0 ? steps - done : SAMPLES;
		int first = (int)(done % SAMPLES);
		int last = left < SAMPLES - first ? first + (int)left : SAMPLES;

		train_samples(first, last);
		done += last - first;
		elapsed = now() - start;
		if (steps > 0 ? done >= steps : elapsed >= seconds)
			break;
	}

	printf("tutorial steps=%ld seconds=%.6f steps_per_s=%.0f loss=%.6g train_acc=%.2f weights=%016llx\n",
	       done, elapsed, (double)done / elapsed, epoch_loss / SAMPLES, (double)epoch_correct / SAMPLES,
	       (unsigned long long)hash_weights());
	return 0;
}
