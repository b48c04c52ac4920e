/*
 * The benchmark of the core: how many SGD steps a second the trainer makes
 * on the tutorial's default run (seed 42, 25 -> 8 -> 2, lr 0.1, 100 training
 * patches), by the fast path (trainer_run) or by the path that keeps every
 * intermediate for display (trainer_step_sample, or trainer_step_phase four
 * times a step). bench/run.sh sets it side by side with the plain C loop of
 * baseline_sgd.c and with the tutorial's numpy loop.
 *
 * It trains for about --seconds (or exactly --steps, rounded up to a whole
 * chunk) on a fresh trainer after a short warm-up on another one, and prints
 * one line: the steps, the time, the steps a second, the last epoch's loss
 * and accuracy, and a hash of the weights' bits.
 *
 * --mode sgd times network_train_steps alone, on the trainer's data and
 * initial weights: SGD with no test set evaluated each epoch and no history
 * kept, the same work as baseline_sgd.c, for a like-for-like ratio.
 *
 *	bench_sgd [--mode run|sample|phase|sgd] [--seconds S] [--steps N]
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench/weights_hash.h"
#include "core/network.h"
#include "core/trainer.h"

/* Steps between two looks at the clock: small beside the time measured. */
#define BENCH_CHUNK 10000L
/* Seconds of training before the measured run, not counted. */
#define BENCH_WARMUP 0.05

enum bench_mode {
	BENCH_RUN,		/* trainer_run: the fused fast path */
	BENCH_SAMPLE,		/* trainer_step_sample: every intermediate kept */
	BENCH_PHASE,		/* trainer_step_phase, four phases a step */
	BENCH_SGD,		/* network_train_steps alone: the same work as the plain loop */
};

static const char *const bench_mode_name[] = { "core-run", "core-sample", "core-phase", "core-sgd" };

/*
 * The network BENCH_SGD trains: the trainer's initial weights, then trained
 * epoch by epoch on its data with no test set evaluated and no history kept,
 * which is what baseline_sgd.c does too.
 */
static struct network sgd_net;
static long sgd_step;

/*
 * Seconds of processor time this process has used: on a machine that others
 * share, time spent waiting for a processor is not the program's.
 */
static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Train sgd_net steps samples on trainer's data, a chunk per epoch at most. */
static void
bench_sgd_steps(const struct trainer *trainer, long steps)
{
	const struct dataset *set = trainer_train_set(trainer);
	double loss[256];
	bool correct[256];

	while (steps > 0) {
		int first = (int)(sgd_step % set->size);
		long chunk = set->size - first;
		if (chunk > 256)
			chunk = 256;
		if (chunk > steps)
			chunk = steps;
		network_train_steps(&sgd_net, &set->patch[first], &set->label[first], (int)chunk, 0.1, loss,
				    correct);
		sgd_step += chunk;
		steps -= chunk;
	}
}

/* Train steps whole samples on trainer the way mode says. */
static void
bench_train(struct trainer *trainer, enum bench_mode mode, long steps)
{
	long i;
	int p;

	switch (mode) {
	case BENCH_RUN:
		trainer_run(trainer, steps);
		break;
	case BENCH_SAMPLE:
		for (i = 0; i < steps; i++)
			trainer_step_sample(trainer);
		break;
	case BENCH_PHASE:
		for (i = 0; i < steps; i++)
			for (p = 0; p < 4; p++)
				trainer_step_phase(trainer);
		break;
	case BENCH_SGD:
		bench_sgd_steps(trainer, steps);
		break;
	}
}

/* A fresh trainer on the default run; exits on failure. */
static struct trainer *
bench_trainer(void)
{
	struct trainer *trainer;
	char err[256];

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	if (trainer == NULL) {
		fprintf(stderr, "bench_sgd: %s\n", err);
		exit(1);
	}
	sgd_net = *trainer_network(trainer);
	sgd_step = 0;
	return trainer;
}

/* The hash of net's weights' bits, to compare with tutorial_sgd's. */
static uint64_t
bench_weights_hash(const struct network *net)
{
	double params[NETWORK_INPUTS * NETWORK_MAX_HIDDEN + NETWORK_MAX_HIDDEN * 3 + NETWORK_OUTPUTS];

	network_pack(net, params);
	return weights_hash(params, network_param_count(net->hidden));
}

static void
bench_usage(void)
{
	fprintf(stderr, "usage: bench_sgd [--mode run|sample|phase|sgd] [--seconds S] [--steps N]\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	enum bench_mode mode = BENCH_RUN;
	double seconds = 0.5, start, elapsed;
	long steps = 0, done = 0, epochs;
	const struct epoch_record *record;
	struct trainer *trainer;
	int a;

	for (a = 1; a < argc; a++) {
		const char *value;
		char *end;

		if (a + 1 >= argc)
			bench_usage();
		value = argv[++a];
		if (strcmp(argv[a - 1], "--mode") == 0) {
			if (strcmp(value, "run") == 0)
				mode = BENCH_RUN;
			else if (strcmp(value, "sample") == 0)
				mode = BENCH_SAMPLE;
			else if (strcmp(value, "phase") == 0)
				mode = BENCH_PHASE;
			else if (strcmp(value, "sgd") == 0)
				mode = BENCH_SGD;
			else
				bench_usage();
		} else if (strcmp(argv[a - 1], "--seconds") == 0) {
			seconds = strtod(value, &end);
			if (*end != '\0' || !(seconds > 0.0 && seconds < 3600.0))
				bench_usage();
		} else if (strcmp(argv[a - 1], "--steps") == 0) {
			steps = strtol(value, &end, 10);
			if (*end != '\0' || steps < 1)
				bench_usage();
		} else {
			bench_usage();
		}
	}

	/* Warm up the caches and the clock speed on a throwaway trainer. */
	trainer = bench_trainer();
	start = bench_now();
	while (bench_now() - start < BENCH_WARMUP)
		bench_train(trainer, mode, 1000);
	trainer_destroy(trainer);

	trainer = bench_trainer();
	start = bench_now();
	for (;;) {
		long chunk = BENCH_CHUNK;

		if (steps > 0 && steps - done < chunk)
			chunk = steps - done;
		bench_train(trainer, mode, chunk);
		done += chunk;
		elapsed = bench_now() - start;
		if (steps > 0 ? done >= steps : elapsed >= seconds)
			break;
	}

	epochs = trainer_epochs_done(trainer);
	record = epochs > 0 ? trainer_epoch_record(trainer, epochs - 1) : NULL;
	printf("%s steps=%ld seconds=%.6f steps_per_s=%.0f loss=%.6g train_acc=%.2f weights=%016llx\n",
	       bench_mode_name[mode], done, elapsed, (double)done / elapsed,
	       record != NULL ? record->loss : -1.0, record != NULL ? record->train_acc : -1.0,
	       (unsigned long long)bench_weights_hash(mode == BENCH_SGD ? &sgd_net : trainer_network(trainer)));
	trainer_destroy(trainer);
	return 0;
}
