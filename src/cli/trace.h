/*
 * --trace: one training step of one patch, printed phase by phase with its
 * numbers, as the tutorial's Part 1 walks through it.
 */
#ifndef EDGEVIZ_TRACE_H
#define EDGEVIZ_TRACE_H

#include "cli/options.h"

/* Run the trace mode; return the process exit status. */
int trace_run(const struct options *options);

#endif
