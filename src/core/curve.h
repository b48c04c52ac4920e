/*
 * The whole learning curve in a fixed number of columns: every epoch kept
 * so far (the trainer keeps the records of the last 65,536), split evenly
 * over the columns, each column summarising its epochs (mean, least and
 * greatest loss and accuracies). So ten thousand epochs fit eighty columns
 * and the early epochs are never scrolled away.
 */
#ifndef EDGEVIZ_CURVE_H
#define EDGEVIZ_CURVE_H

#include "core/trainer.h"

/* What one column of the curve stands for. */
struct curve_column {
	long first, last;		/* its epochs, from 0, both included */
	double loss_mean, loss_min, loss_max;
	double train_mean, train_min, train_max;	/* accuracy, 0 .. 1 */
	double test_mean, test_min, test_max;
};

/*
 * Summarise the epochs kept into at most columns columns (one an epoch when
 * there are fewer epochs than columns), into out. Return the columns
 * filled: 0 before the first epoch ends.
 */
int curve_summarise(const struct trainer *trainer, int columns, struct curve_column *out);

#endif
