/*
 * The learning curve's columns, read from the trainer's epoch records: one
 * pass over the epochs kept, so a frame of the visualizer costs a few tens
 * of microseconds even after ten thousand epochs.
 */
#include "config.h"

#include <math.h>

#include "core/curve.h"

/* Start a column at epoch e with its first record. */
static void
column_start(struct curve_column *c, long e, const struct epoch_record *r)
{
	c->first = c->last = e;
	c->loss_mean = c->loss_min = c->loss_max = r->loss;
	c->train_mean = c->train_min = c->train_max = r->train_acc;
	c->test_mean = c->test_min = c->test_max = r->test_acc;
}

/* Add epoch e's record to a column (its means are sums until column_end). */
static void
column_add(struct curve_column *c, long e, const struct epoch_record *r)
{
	c->last = e;
	c->loss_mean += r->loss;
	/* fmin/fmax skip a NaN: a diverged epoch shows in the mean. */
	c->loss_min = fmin(c->loss_min, r->loss);
	c->loss_max = fmax(c->loss_max, r->loss);
	c->train_mean += r->train_acc;
	c->train_min = fmin(c->train_min, r->train_acc);
	c->train_max = fmax(c->train_max, r->train_acc);
	c->test_mean += r->test_acc;
	c->test_min = fmin(c->test_min, r->test_acc);
	c->test_max = fmax(c->test_max, r->test_acc);
}

/* Turn a column's sums into means. */
static void
column_end(struct curve_column *c)
{
	double n = (double)(c->last - c->first + 1);

	c->loss_mean /= n;
	c->train_mean /= n;
	c->test_mean /= n;
}

int
curve_summarise(const struct trainer *t, int columns, struct curve_column *out)
{
	long done = trainer_epochs_done(t), first = trainer_oldest_epoch(t), n = done - first;
	int used;

	if (n <= 0 || columns <= 0)
		return 0;
	used = n < columns ? (int)n : columns;
	for (int c = 0; c < used; c++) {
		/* Column c holds epochs [first + c n / used, first + (c + 1) n / used). */
		long from = first + c * n / used, to = first + (c + 1) * n / used;

		column_start(&out[c], from, trainer_epoch_record(t, from));
		for (long e = from + 1; e < to; e++)
			column_add(&out[c], e, trainer_epoch_record(t, e));
		column_end(&out[c]);
	}
	return used;
}
