/*
 * The headless run. Its log is the tutorial's, line for line: a header, the
 * average loss every 20 epochs, then the test accuracy. The CSV has every
 * epoch at full precision, for plotting or for checking against numpy.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli/batch.h"
#include "cli/common.h"
#include "core/atomic_file.h"
#include "core/export.h"
#include "core/weights_file.h"

void batch_log_line(FILE *log, const char *run, const struct epoch_record *r)
{
	fprintf(log, "%s  Epoch %2ld: Loss = ", run, r->epoch);
	export_write_loss(log, r->loss, 4);
	fputc('\n', log);
}

FILE *batch_open_csv(const char *path)
{
	if (strcmp(path, "-") == 0)
		return stdout;
	FILE *csv = fopen(path, "w");
	if (csv == NULL)
		cli_error("cannot write '%s': %s", path, strerror(errno));
	return csv;
}

int batch_close_outputs(FILE *csv, const char *csv_path)
{
	int status = 0;

	if (csv != NULL && csv != stdout) {
		if (ferror(csv) | fclose(csv)) {
			cli_error("cannot write '%s': %s", csv_path, strerror(errno));
			status = 1;
		}
	}
	if (ferror(stdout) | fflush(stdout)) {
		cli_error("write error on standard output: %s", strerror(errno));
		status = 1;
	}
	return status;
}

void batch_report_epoch(FILE *log, FILE *csv, const char *run, long epoch, const struct epoch_record *r,
			long *diverged)
{
	if (*diverged < 0 && !isfinite(r->loss))
		*diverged = epoch;
	if (epoch % BATCH_LOG_EVERY == 0)
		batch_log_line(log, run, r);
	if (csv != NULL) {
		if (run[0] != '\0')
			fprintf(csv, "%s,", run);
		export_csv_row(csv, r);
	}
}

/*
 * Train the epochs, writing the log and the CSV; return the first diverged
 * epoch or -1. Epochs are trained BATCH_EPOCH_BLOCK at a time and then reported
 * from the trainer's records: trainer_run makes its last step the slow way,
 * keeping every intermediate for a screen, so one such step a block rather
 * than one an epoch.
 */
static long train_epochs(struct trainer *t, long epochs, FILE *log, FILE *csv)
{
	long diverged = -1;
	long per_epoch = trainer_train_set(t)->size;

	for (long done = 0; done < epochs;) {
		long block = epochs - done < BATCH_EPOCH_BLOCK ? epochs - done : BATCH_EPOCH_BLOCK;
		trainer_run(t, block * per_epoch);
		for (long e = done; e < done + block; e++)
			batch_report_epoch(log, csv, "", e, trainer_epoch_record(t, e), &diverged);
		done += block;
		if (ferror(log) || (csv != NULL && ferror(csv)))
			break;
	}
	return diverged;
}

int batch_run(const struct options *o)
{
	char err[256];
	struct cli_data data;

	if (cli_load_data(o, &data) != 0)
		return 1;
	struct trainer *t = cli_make_trainer(o, &data);
	cli_free_data(&data);
	if (t == NULL)
		return 1;
	/* A long run must not end in a save that was bound to fail. */
	if ((o->save_path != NULL && atomic_file_check(o->save_path, err, sizeof(err)) != 0) ||
	    (o->map_path != NULL && atomic_file_check(o->map_path, err, sizeof(err)) != 0)) {
		cli_error("%s", err);
		trainer_destroy(t);
		return 1;
	}
	FILE *csv = NULL;
	if (o->csv_path != NULL && (csv = batch_open_csv(o->csv_path)) == NULL) {
		trainer_destroy(t);
		return 1;
	}
	/* With the CSV on standard output, the log moves out of its way. */
	FILE *log = csv == stdout ? stderr : stdout;
	if (csv != NULL)
		fputs(EXPORT_CSV_HEADER "\n", csv);

	const struct network *net = trainer_network(t);
	fprintf(log, "Training 2-layer network: %d -> %d (%s) -> %d\n", NETWORK_INPUTS, net->hidden,
		activation_name(net->activation), NETWORK_OUTPUTS);
	long diverged = train_epochs(t, o->epochs, log, csv);
	int correct = trainer_test_correct(t);
	int total = trainer_test_set(t)->size;
	fprintf(log, "\nTest Accuracy: %d/%d = %.1f%%\n", correct, total, 100.0 * correct / total);

	int status = batch_close_outputs(csv, o->csv_path);
	if (diverged >= 0)
		cli_error(
			"training diverged in epoch %ld: the loss is no longer a finite number (try a smaller --lr)",
			diverged);
	if (status == 0 && o->save_path != NULL) {
		if (weights_save(trainer_network(t), o->save_path, err, sizeof(err)) != 0) {
			cli_error("%s", err);
			status = 1;
		}
	}
	if (status == 0 && o->map_path != NULL) {
		if (export_map_csv(trainer_network(t), o->map_path, err, sizeof(err)) != 0) {
			cli_error("%s", err);
			status = 1;
		}
	}
	trainer_destroy(t);
	return status;
}
