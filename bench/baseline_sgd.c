/*
 * The yardstick for the benchmark: the tutorial's network (25 inputs -> 8
 * hidden ReLU -> 2 softmax, cross-entropy, plain SGD one sample at a time)
 * written as a textbook would write it in C, in double precision, with no
 * tricks: forward, softmax, loss, backward into gradient arrays, then the
 * update. It includes no project header on purpose, so that it measures only
 * what a straightforward loop compiled with -O2 does.
 *
 * It makes 100 patches of the tutorial's kinds (edges at column 1, 2 or 3;
 * uniform gray; the inverted edge) from a small generator of its own, trains
 * on them epoch after epoch for about --seconds, and prints the steps a second
 * and a checksum of the weights (printing it keeps the compiler from dropping
 * the work).
 *
 *	baseline_sgd [--seconds S] [--steps N]
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define INPUTS 25
#define HIDDEN 8
#define OUTPUTS 2
#define SAMPLES 100
#define LEARNING_RATE 0.1

static double X[SAMPLES][INPUTS];
static int Y[SAMPLES];		/* 0 edge, 1 no edge */

static double W1[INPUTS][HIDDEN], b1[HIDDEN];
static double W2[HIDDEN][OUTPUTS], b2[OUTPUTS];

/* What the last epoch measured, so the loss and accuracy are really computed. */
static double epoch_loss;
static int epoch_correct;

static unsigned long long generator_state = 88172645463325252ULL;

/* A uniform double in [0, 1) from a 64-bit xorshift generator. */
static double
uniform01(void)
{
	generator_state ^= generator_state << 13;
	generator_state ^= generator_state >> 7;
	generator_state ^= generator_state << 17;
	return (double)(generator_state >> 11) / 9007199254740992.0;
}

/* A standard normal draw by the Box-Muller transform. */
static double
normal(void)
{
	double u = uniform01();
	double v = uniform01();

	return sqrt(-2.0 * log(1.0 - u)) * cos(6.283185307179586 * v);
}

/* Fill X and Y with the tutorial's kinds of patches, and draw the weights. */
static void
make_data(void)
{
	int s, r, c, i, j, k;

	for (s = 0; s < SAMPLES; s++) {
		double row[5];

		if (uniform01() > 0.5) {
			int edge_col = 1 + (int)(uniform01() * 3.0);

			for (c = 0; c < 5; c++)
				row[c] = c < edge_col ? 0.1 : 0.9;
			Y[s] = 0;
		} else if (uniform01() > 0.5) {
			double gray = 0.3 + 0.4 * uniform01();

			for (c = 0; c < 5; c++)
				row[c] = gray;
			Y[s] = 1;
		} else {
			for (c = 0; c < 5; c++)
				row[c] = c < 2 ? 0.9 : 0.1;
			Y[s] = 1;
		}
		for (r = 0; r < 5; r++)
			for (c = 0; c < 5; c++)
				X[s][r * 5 + c] = row[c];
	}

	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			W1[i][j] = normal() * 0.3;
	for (j = 0; j < HIDDEN; j++)
		for (k = 0; k < OUTPUTS; k++)
			W2[j][k] = normal() * 0.3;
	for (j = 0; j < HIDDEN; j++)
		b1[j] = 0.0;
	for (k = 0; k < OUTPUTS; k++)
		b2[k] = 0.0;
}

/* One SGD step on sample s, the textbook way. Return the sample's loss. */
static double
train_step(int s)
{
	const double *x = X[s];
	double z1[HIDDEN], h[HIDDEN], z2[OUTPUTS], p[OUTPUTS];
	double dz2[OUTPUTS], dW2[HIDDEN][OUTPUTS], db2[OUTPUTS];
	double dh[HIDDEN], dz1[HIDDEN], dW1[INPUTS][HIDDEN], db1[HIDDEN];
	double zmax, sum, loss;
	int i, j, k, predicted;

	/*
	 * Forward: z1 = x W1 + b1, h = ReLU(z1), z2 = h W2 + b2. The input
	 * loop is outside the hidden one, so W1 is read row by row as it lies
	 * in memory: of the two usual ways to write x W1, the faster here.
	 */
	for (j = 0; j < HIDDEN; j++)
		z1[j] = b1[j];
	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			z1[j] += x[i] * W1[i][j];
	for (j = 0; j < HIDDEN; j++)
		h[j] = z1[j] > 0.0 ? z1[j] : 0.0;
	for (k = 0; k < OUTPUTS; k++) {
		z2[k] = b2[k];
		for (j = 0; j < HIDDEN; j++)
			z2[k] += h[j] * W2[j][k];
	}

	/* Softmax, shifted by the largest logit. */
	zmax = z2[0];
	for (k = 1; k < OUTPUTS; k++)
		if (z2[k] > zmax)
			zmax = z2[k];
	sum = 0.0;
	for (k = 0; k < OUTPUTS; k++) {
		p[k] = exp(z2[k] - zmax);
		sum += p[k];
	}
	for (k = 0; k < OUTPUTS; k++)
		p[k] /= sum;

	/* Loss and whether the prediction was right. */
	loss = -log(p[Y[s]] + 1e-8);
	predicted = 0;
	for (k = 1; k < OUTPUTS; k++)
		if (p[k] > p[predicted])
			predicted = k;
	if (predicted == Y[s])
		epoch_correct++;

	/* Backward. */
	for (k = 0; k < OUTPUTS; k++) {
		dz2[k] = p[k] - (k == Y[s] ? 1.0 : 0.0);
		db2[k] = dz2[k];
	}
	for (j = 0; j < HIDDEN; j++)
		for (k = 0; k < OUTPUTS; k++)
			dW2[j][k] = h[j] * dz2[k];
	for (j = 0; j < HIDDEN; j++) {
		dh[j] = 0.0;
		for (k = 0; k < OUTPUTS; k++)
			dh[j] += dz2[k] * W2[j][k];
		dz1[j] = z1[j] > 0.0 ? dh[j] : 0.0;
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

	return loss;
}

/* One pass over the samples in order, as the tutorial's loop does. */
static void
train_epoch(void)
{
	int s;

	epoch_loss = 0.0;
	epoch_correct = 0;
	for (s = 0; s < SAMPLES; s++)
		epoch_loss += train_step(s);
	epoch_loss /= SAMPLES;
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

/* The sum of every weight and bias. */
static double
checksum(void)
{
	double sum = 0.0;
	int i, j, k;

	for (i = 0; i < INPUTS; i++)
		for (j = 0; j < HIDDEN; j++)
			sum += W1[i][j];
	for (j = 0; j < HIDDEN; j++) {
		sum += b1[j];
		for (k = 0; k < OUTPUTS; k++)
			sum += W2[j][k];
	}
	for (k = 0; k < OUTPUTS; k++)
		sum += b2[k];
	return sum;
}

static void
usage(void)
{
	fprintf(stderr, "usage: baseline_sgd [--seconds S] [--steps N]\n");
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
			if (*end != '\0' || steps < SAMPLES)
				usage();
		} else {
			usage();
		}
	}

	make_data();

	/* Warm up the caches and the clock speed; not counted. */
	start = now();
	while (now() - start < 0.05)
		train_epoch();
	make_data();

	start = now();
	for (;;) {
		train_epoch();
		done += SAMPLES;
		elapsed = now() - start;
		if (steps > 0 ? done >= steps : elapsed >= seconds)
			break;
	}

	printf("baseline steps=%ld seconds=%.6f steps_per_s=%.0f loss=%.6g train_acc=%.2f checksum=%.17g\n",
	       done, elapsed, (double)done / elapsed, epoch_loss,
	       (double)epoch_correct / SAMPLES, checksum());
	return 0;
}
