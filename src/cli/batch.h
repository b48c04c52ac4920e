/*
 * --batch: train with no screen and print the tutorial's log, optionally a
 * per-epoch CSV, and save the weights at the end.
 */
#ifndef EDGEVIZ_BATCH_H
#define EDGEVIZ_BATCH_H

#include "cli/options.h"

/* Run the batch mode; return the process exit status. */
int batch_run(const struct options *options);

#endif
