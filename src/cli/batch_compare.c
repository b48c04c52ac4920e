/*
 * --batch --compare: runs A and B trained side by side, epoch for epoch.
 * The log gives each line of the tutorial's for both runs, labelled A and
 * B; the CSV leads each row with its run, so that B's rows without that
 * column are the CSV of the run B is on its own (--batch --lr 1.0 ...).
 */
#include "config.h"

#include <stdio.h>

#include "cli/batch.h"
#include "cli/batch_compare.h"
#include "cli/common.h"
#include "core/export.h"
#include "core/run_pair.h"

static const char *const RUN_NAME[2] = { "A", "B" };

/* The first line of the tutorial's log for one run, with its settings. */
static void write_header(FILE *log, const char *name, const struct trainer *t, const char *change)
{
	const struct network *net = trainer_network(t);
	const struct trainer_config *c = trainer_config(t);

	fprintf(log, "%s Training 2-layer network: %d -> %d (%s) -> %d (lr %g, seed %lu%s%s)\n", name,
		NETWORK_INPUTS, net->hidden, activation_name(net->activation), NETWORK_OUTPUTS, trainer_lr(t),
		(unsigned long)c->seed, change[0] ? ": A with " : "", change);
}

/* Report epochs from .. from + count - 1 of both runs; record each run's first diverged epoch. */
static void report(struct trainer *const runs[2], long from, long count, FILE *log, FILE *csv,
		   long diverged[2])
{
	for (long e = from; e < from + count; e++)
		for (int i = 0; i < 2; i++)
			batch_report_epoch(log, csv, RUN_NAME[i], e, trainer_epoch_record(runs[i], e),
					   &diverged[i]);
}

/* Train both runs the epochs, a block at a time, writing the log and the CSV. */
static void train_pair(struct run_pair *pair, long epochs, FILE *log, FILE *csv, long diverged[2])
{
	struct trainer *const runs[2] = { pair->a, pair->b };
	long per_epoch = trainer_train_set(pair->a)->size;

	for (long done = 0; done < epochs;) {
		long block = epochs - done < BATCH_EPOCH_BLOCK ? epochs - done : BATCH_EPOCH_BLOCK;
		run_pair_run(pair, block * per_epoch);
		report(runs, done, block, log, csv, diverged);
		done += block;
		if (ferror(log) || (csv != NULL && ferror(csv)))
			break;
	}
}

/* The last lines: each run's test accuracy. */
static void write_ends(const struct run_pair *pair, FILE *log)
{
	const struct trainer *const runs[2] = { pair->a, pair->b };

	fputc('\n', log);
	for (int i = 0; i < 2; i++) {
		int correct = trainer_test_correct(runs[i]);
		int total = trainer_test_set(runs[i])->size;
		fprintf(log, "%s Test Accuracy: %d/%d = %.1f%%\n", RUN_NAME[i], correct, total,
			100.0 * correct / total);
	}
}

/* Say which runs diverged, once the outputs are closed. */
static void say_diverged(const long diverged[2])
{
	for (int i = 0; i < 2; i++)
		if (diverged[i] >= 0)
			cli_error("run %s diverged in epoch %ld: the loss is no longer a finite number "
				  "(try a smaller lr)",
				  RUN_NAME[i], diverged[i]);
}

int batch_compare_run(const struct options *o)
{
	char err[256], change[RUN_CHANGE_TEXT_MAX + 32];
	struct cli_data data;
	struct run_pair pair;

	if (cli_load_data(o, &data) != 0)
		return 1;
	struct trainer *a = cli_make_trainer(o, &data);
	cli_free_data(&data);
	if (a == NULL)
		return 1;
	run_pair_init(&pair, a);
	if (run_pair_open(&pair, &o->compare, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		trainer_destroy(a);
		return 1;
	}
	FILE *csv = NULL;
	int status = 1;
	if (o->csv_path == NULL || (csv = batch_open_csv(o->csv_path)) != NULL) {
		FILE *log = csv == stdout ? stderr : stdout;
		long diverged[2] = { -1, -1 };
		if (csv != NULL)
			fputs("run," EXPORT_CSV_HEADER "\n", csv);
		run_change_format(&o->compare, change, sizeof(change));
		write_header(log, "A", a, "");
		write_header(log, "B", pair.b, change);
		train_pair(&pair, o->epochs, log, csv, diverged);
		write_ends(&pair, log);
		status = batch_close_outputs(csv, o->csv_path);
		say_diverged(diverged);
	}
	run_pair_close(&pair);
	trainer_destroy(a);
	return status;
}
