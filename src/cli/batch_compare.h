/*
 * --batch --compare: two runs trained side by side, A as the options give
 * it and B with --compare's change; both in the log and in the CSV.
 */
#ifndef EDGEVIZ_BATCH_COMPARE_H
#define EDGEVIZ_BATCH_COMPARE_H

#include "cli/options.h"

/* Run --batch --compare; return the process exit status. */
int batch_compare_run(const struct options *options);

#endif
