/*
 * --batch: train with no screen and print the tutorial's log, optionally a
 * per-epoch CSV, and save the weights at the end.
 */
#ifndef EDGEVIZ_BATCH_H
#define EDGEVIZ_BATCH_H

#include "cli/options.h"

#include <stdio.h>

#include "core/trainer.h"

/* The log's epochs: one line every so many. */
#define BATCH_LOG_EVERY 20
/* Epochs trained between two reports; far fewer than the trainer keeps records of. */
#define BATCH_EPOCH_BLOCK 1000

/* Run the batch mode; return the process exit status. */
int batch_run(const struct options *options);

/* One line of the tutorial's log for r, after run's label ("" for a run alone). */
void batch_log_line(FILE *log, const char *run, const struct epoch_record *r);

/*
 * Report epoch's record r of a run ("" for a run alone): note it in *diverged
 * if it is the first whose loss is not finite, the log's line every
 * BATCH_LOG_EVERY epochs, and the CSV's row (after "RUN," for a named run).
 */
void batch_report_epoch(FILE *log, FILE *csv, const char *run, long epoch, const struct epoch_record *r,
			long *diverged);

/* Open --csv's file ("-" is standard output); NULL after saying why. */
FILE *batch_open_csv(const char *path);

/* Close out: flush and check every stream written; 0, or 1 after saying why. */
int batch_close_outputs(FILE *csv, const char *csv_path);

#endif
