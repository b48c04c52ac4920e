/*
 * The cycle budget of one SGD step of the core (bench/README.md): each part
 * of the fused step timed alone over many steps, on the tutorial's network
 * and data, in the two ways that matter for a chain of dependent steps:
 *
 *   latency:    the part's output fed back into its own input, so each run
 *               waits for the one before, as the parts of a step wait for
 *               one another (the feedback is a store and a load, as in the
 *               step itself, where the parts pass arrays);
 *   throughput: independent runs, so the processor overlaps them: the cost
 *               of the work that is off the chain (the loss's log, the
 *               updates of b1, W2 and b2).
 *
 * Then the whole fused step, and the clock: a chain of dependent multiplies
 * (4 cycles each on every x86 since 2013) gives the cycles per nanosecond,
 * since this machine's clock is not known and may not be fixed. Times are
 * processor time, the minimum of several rounds (the least disturbed). The
 * parts are built as the core's kernels are (target_clones: the AVX2 code
 * where the processor has it), so they run the same instructions.
 *
 *	budget [--rounds N]
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/kernels.h"
#include "core/network.h"
#include "core/trainer.h"

#define REPS 2000000L
#define SAMPLES 100

static struct network net;
static const struct dataset *data;

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Keeps results alive without a cost on the chain. */
static volatile double sink;

/* Nanoseconds per dependent double multiply: 4 cycles. */
static double
ns_per_mul(void)
{
	volatile double one = 1.0;
	double x = 1.5, f = one;
	double t = cpu_now();

	for (long i = 0; i < REPS * 10; i++)
		x *= f;
	t = cpu_now() - t;
	sink = x;
	return t * 1e9 / (double)(REPS * 10);
}

/* glibc's exp as the step calls it, fed its own result (latency). */
KERNEL static double
part_exp(void)
{
	volatile double start = -0.5;
	double x = start;
	double t = cpu_now();

	for (long i = 0; i < REPS; i++)
		x = exp(x) - 1.1065306597126334;	/* stays at -0.5: e^-0.5 - 1.1065... */
	t = cpu_now() - t;
	sink = x;
	return t * 1e9 / REPS;
}

/* A division fed its own result (latency). */
KERNEL static double
part_division(void)
{
	volatile double start = -0.5;
	double x = start;
	double t = cpu_now();

	for (long i = 0; i < REPS; i++)
		x = 1.0 / (x + 2.5) - 1.0;	/* stays at -0.5 */
	t = cpu_now() - t;
	sink = x;
	return t * 1e9 / REPS;
}

/* W1's update by dz1 and the next sample's z1, h: dz1 <- z1 (latency). */
KERNEL static double
part_w1(void)
{
	double z1[8] = { 0 }, h[8], dz1[8] = { 0 };
	struct network n = net;
	double t = cpu_now();

	for (long i = 0; i < REPS; i++) {
		const double *x = data->patch[i % SAMPLES].pixel, *next = data->patch[(i + 1) % SAMPLES].pixel;
		kernel_update_and_forward(&n, 8, x, dz1, 1e-30, next, z1, h);
		memcpy(dz1, z1, sizeof dz1);
	}
	t = cpu_now() - t;
	sink = h[0];
	return t * 1e9 / REPS;
}

/* z2 from h: h[0] <- z2[0] (latency). */
KERNEL static double
part_logits(void)
{
	double h[8] = { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 }, z2[2];
	double t = cpu_now();

	for (long i = 0; i < REPS; i++) {
		kernel_logits(&net, 8, h, z2);
		h[0] = z2[0] * 0x1p-60;
	}
	t = cpu_now() - t;
	sink = z2[1];
	return t * 1e9 / REPS;
}

/* p from z2, with the one exp: z2 <- p (latency). */
KERNEL static double
part_softmax(void)
{
	double z2[2] = { 0.3, -0.2 }, e[2], p[2];
	double t = cpu_now();

	for (long i = 0; i < REPS; i++) {
		kernel_softmax(z2, e, p);
		z2[i & 1] = p[0];
	}
	t = cpu_now() - t;
	sink = p[1];
	return t * 1e9 / REPS;
}

/* dz2, dh and dz1 from p: p[0] <- dz1[0] (latency). */
KERNEL static double
part_gradients(void)
{
	double z1[8] = { 1, -1, 1, 1, -1, 1, 1, 1 }, h[8] = { 1, 0, 1, 1, 0, 1, 1, 1 };
	double p[2] = { 0.7, 0.3 }, dz2[2], dh[8], dz1[8];
	double t = cpu_now();

	for (long i = 0; i < REPS; i++) {
		kernel_output_gradient(&net, 8, p, LABEL_EDGE, dz2, dh);
		kernel_activation_gradient(&net, 8, dh, z1, h, dz1);
		p[0] = 0.5 + dz1[0] * 0x1p-60;
	}
	t = cpu_now() - t;
	sink = dz1[1];
	return t * 1e9 / REPS;
}

/* b1, W2, b2 updated from independent gradients (throughput). */
KERNEL static double
part_update_rest(void)
{
	double h[8] = { 1, 0, 1, 1, 0, 1, 1, 1 }, dz2[2] = { 1e-9, -1e-9 }, dz1[8] = { 1e-9 };
	struct network n = net;
	double t = cpu_now();

	for (long i = 0; i < REPS; i++)
		kernel_update_rest(&n, 8, h, dz2, dz1, 1e-30);
	t = cpu_now() - t;
	sink = n.b2[0];
	return t * 1e9 / REPS;
}

/* The loss's log, off the chain (throughput). */
KERNEL static double
part_log(void)
{
	double acc = 0.0;
	double t = cpu_now();

	for (long i = 0; i < REPS; i++)
		acc += kernel_loss_from(0.5 + (double)(i & 1023) * 1e-4);
	t = cpu_now() - t;
	sink = acc;
	return t * 1e9 / REPS;
}

/* The whole fused step, network_train_steps over whole epochs. */
KERNEL static double
part_step(void)
{
	double loss[SAMPLES];
	bool correct[SAMPLES];
	struct network n = net;
	double t = cpu_now();

	for (long i = 0; i < REPS / SAMPLES; i++)
		network_train_steps(&n, data->patch, data->label, SAMPLES, 0.1, loss, correct);
	t = cpu_now() - t;
	sink = loss[0];
	return t * 1e9 / (double)(REPS / SAMPLES * SAMPLES);
}

static double
min2(double a, double b)
{
	return a < b ? a : b;
}

int
main(int argc, char **argv)
{
	static const char *names[] = {
		"W1 update + next z1, h (latency)", "z2 = h.W2 + b2 (latency)", "softmax, one exp (latency)",
		"dz2, dh, dz1 (latency)", "b1, W2, b2 updates (throughput)", "loss log (throughput)",
		"whole fused step", "  exp(x) - c (latency)", "  1 / (x + c) - 1 (latency)",
	};
	double (*parts[])(void) = { part_w1, part_logits, part_softmax, part_gradients, part_update_rest,
				     part_log, part_step, part_exp, part_division };
	enum { PARTS = sizeof(parts) / sizeof(parts[0]) };
	double best[PARTS], mul = 1e9;
	int rounds = 5;
	struct trainer *t;
	char err[256];

	if (argc == 3 && strcmp(argv[1], "--rounds") == 0)
		rounds = atoi(argv[2]);
	if (rounds < 1 || (argc != 1 && argc != 3)) {
		fprintf(stderr, "usage: budget [--rounds N]\n");
		return 2;
	}
	t = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	if (t == NULL) {
		fprintf(stderr, "budget: %s\n", err);
		return 1;
	}
	net = *trainer_network(t);
	data = trainer_train_set(t);
	for (int p = 0; p < PARTS; p++)
		best[p] = 1e9;
	for (int r = 0; r < rounds; r++) {
		mul = min2(mul, ns_per_mul());
		for (int p = 0; p < PARTS; p++)
			best[p] = min2(best[p], parts[p]());
	}
	double ghz = 4.0 / mul;
	printf("clock: %.3f ns a dependent multiply (4 cycles): %.2f GHz\n", mul, ghz);
	for (int p = 0; p < PARTS; p++)
		printf("%-36s %6.1f ns %6.0f cycles\n", names[p], best[p], best[p] * ghz);
	trainer_destroy(t);
	return 0;
}
