/*
 * --batch: train with no screen and print the tutorial's log, optionally a
 * per-epoch CSV, and save the weights at the end.
 */
#ifndef EDGEVIZ_BATCH_H
#define EDGEVIZ_BATCH_H

#include "cli/options.h"

/* Run the batch mode; return the process exit status. */
int batch_run(const struct options *options);

/* Load --load's weights into trainer; print why not and return -1 on failure. */
int cli_load_weights(struct trainer *trainer, const char *path);

/* Print one line on stderr, prefixed with the program's name. */
void cli_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
