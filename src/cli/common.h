/*
 * What every mode of the command line shares: reporting an error, and
 * making the trainer the options ask for.
 */
#ifndef EDGEVIZ_CLI_COMMON_H
#define EDGEVIZ_CLI_COMMON_H

#include "cli/options.h"

/* Print one line on stderr, prefixed with the program's name. */
void cli_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

/*
 * Read --load's file into *net: its size must match an explicit --hidden,
 * and an explicit --activation replaces its gate. 0, or -1 after saying why.
 */
int cli_load_network(const struct options *options, struct network *net);

/* The sets of --train-data and --test-data; size 0 where not given. */
struct cli_data {
	struct dataset train;
	struct dataset test;
};

/* Read --train-data's and --test-data's files. 0, or -1 after saying why. */
int cli_load_data(const struct options *options, struct cli_data *data);

/* Free what cli_load_data read. */
void cli_free_data(struct cli_data *data);

/*
 * Make the trainer of the options: data and weights from --seed, or the
 * weights of --load. NULL after saying why (the exit status is then 1).
 */
struct trainer *cli_make_trainer(const struct options *options, const struct cli_data *data);

#endif
