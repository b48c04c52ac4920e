/*
 * What the learning curve (l) costs a run at full speed. The visualizer's
 * frame at full speed trains for 25 ms (trainer_run in doubling chunks, as
 * tui.c's tui_train_tick does), draws, then waits for keys up to 8 ms; with
 * l open the drawing adds curve_summarise over every epoch kept (the core's
 * part; the panel then places one mark a column). This program runs such
 * frames with and without the summary, in pairs side by side (which of the
 * two goes first alternates), on a trainer that has already trained
 * --epochs epochs (65536 by default: every record the trainer keeps, the
 * worst case), and prints each pair's steps per CPU second, then the medians and
 * the median of the pairs' slowdowns. On a busy machine the pairs are
 * noisy; it also times curve_summarise alone (the median of 101 calls) and
 * prints its share of a 33 ms frame, the slowdown it implies at most.
 *
 *	bench_curve [--pairs N] [--seconds S] [--columns C] [--epochs E]
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/analysis/curve.h"
#include "core/trainer.h"

#define FRAME_TRAIN_S 0.025
#define FRAME_WAIT_NS 8000000L
#define MAX_PAIRS 99

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* This process's CPU seconds: what others running on the machine do not move. */
static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One frame's training at full speed, as tui_train_tick does it. */
static void
train_frame(struct trainer *t)
{
	double start = now();
	long chunk = 64;

	while (now() - start < FRAME_TRAIN_S) {
		trainer_run(t, chunk);
		if (chunk < 1L << 20)
			chunk *= 2;
	}
}

/*
 * Steps per CPU second over seconds of frames, the curve summarised each
 * frame if curve: per CPU second rather than per second, so that the other
 * programs of a busy machine, which take the CPU from both alike but not
 * evenly, move it less.
 */
static double
run_frames(struct trainer *t, double seconds, bool curve, int columns)
{
	static struct curve_column col[4096];
	struct timespec wait = { 0, FRAME_WAIT_NS };
	long before = trainer_step_count(t);
	double start = now(), cpu_start = cpu_now();
	volatile double sink = 0;

	while (now() - start < seconds) {
		train_frame(t);
		if (curve) {
			int used = curve_summarise(t, columns, col);
			sink += used > 0 ? col[used - 1].loss_mean : 0;
		}
		nanosleep(&wait, NULL);
	}
	(void)sink;
	return (double)(trainer_step_count(t) - before) / (cpu_now() - cpu_start);
}

static int
compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), compare);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The median time of one curve_summarise, in seconds. */
static double
summary_time(const struct trainer *t, int columns)
{
	static struct curve_column col[4096];
	double times[101];

	for (int i = 0; i < 101; i++) {
		double start = now();
		curve_summarise(t, columns, col);
		times[i] = now() - start;
	}
	return median(times, 101);
}

int
main(int argc, char **argv)
{
	int pairs = 7, columns = 73;
	double seconds = 1.0, with[MAX_PAIRS], without[MAX_PAIRS], slowdown[MAX_PAIRS];
	long epochs = 65536;
	char err[128];

	for (int i = 1; i + 1 < argc; i += 2) {
		if (strcmp(argv[i], "--pairs") == 0)
			pairs = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--seconds") == 0)
			seconds = atof(argv[i + 1]);
		else if (strcmp(argv[i], "--columns") == 0)
			columns = atoi(argv[i + 1]);
		else if (strcmp(argv[i], "--epochs") == 0)
			epochs = atol(argv[i + 1]);
	}
	if (pairs < 1 || pairs > MAX_PAIRS || columns < 1 || columns > 4096 || epochs < 0) {
		fprintf(stderr, "bench_curve: bad arguments\n");
		return 2;
	}
	struct trainer_config config = TRAINER_DEFAULTS;
	config.epoch_test_loss = true; /* as the visualizer runs, its curve with the test loss */
	struct trainer *t = trainer_create(&config, err, sizeof(err));
	if (t == NULL) {
		fprintf(stderr, "bench_curve: %s\n", err);
		return 1;
	}
	trainer_run(t, epochs * TRAINER_DEFAULTS.train_size);
	printf("frames of 25 ms training + 8 ms wait; curve of %d columns over %ld epochs\n", columns,
	       trainer_epochs_done(t));
	double once = summary_time(t, columns);
	printf("curve_summarise alone: %.1f us a frame (median of 101), %.2f%% of a 33 ms frame\n",
	       once * 1e6, 100.0 * once / 0.033);
	for (int p = 0; p < pairs; p++) {
		bool curve_first = p % 2;
		double a = run_frames(t, seconds, curve_first, columns);
		double b = run_frames(t, seconds, !curve_first, columns);

		with[p] = curve_first ? a : b;
		without[p] = curve_first ? b : a;
		slowdown[p] = 100.0 * (1.0 - with[p] / without[p]);
		printf("pair %d: without %.0f steps/CPU s, with the curve %.0f (%+.2f%%)\n", p + 1,
		       without[p], with[p], -slowdown[p]);
	}
	double s = median(slowdown, pairs);
	printf("median: without %.0f steps/CPU s, with the curve %.0f; median slowdown %.2f%%\n",
	       median(without, pairs), median(with, pairs), s);
	trainer_destroy(t);
	return 0;
}
