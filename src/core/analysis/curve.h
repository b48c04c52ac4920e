/*
 * The whole learning curve in a fixed number of columns: every epoch since
 * step 0, split evenly over the columns, each column summarising its epochs
 * (mean, least and greatest loss and accuracies, the mean test loss). So
 * ten thousand epochs fit eighty columns, and the early epochs are never
 * scrolled away: those older than the 65,536 the trainer keeps whole come
 * from its digest, in buckets that each go to one column (the one of the
 * bucket's middle).
 */
#ifndef EDGEVIZ_CURVE_H
#define EDGEVIZ_CURVE_H

#include "core/trainer.h"

/* What one column of the curve stands for. */
struct curve_column {
	long first, last; /* its epochs, from 0, both included */
	long count;	  /* epochs summarised: 0 for an empty column (no mean) */
	double loss_mean, loss_min, loss_max;
	double train_mean, train_min, train_max; /* accuracy, 0 .. 1 */
	double test_mean, test_min, test_max;
	double test_loss_mean; /* NaN unless the trainer records it (epoch_test_loss) */
};

/*
 * Summarise every epoch done into at most columns columns (one an epoch
 * when there are fewer epochs than columns), into out. Return the columns
 * filled: 0 before the first epoch ends.
 */
int curve_summarise(const struct trainer *trainer, int columns, struct curve_column *out);

#endif
