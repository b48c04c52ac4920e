/*
 * The learning curve's columns, read from the trainer's epoch records: one
 * pass over the epochs kept, so a frame of the visualizer costs a few tens
 * of microseconds even after ten thousand epochs.
 */
#include "config.h"

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

/*
 * Add n records that lie together to a column (its means are sums until
 * column_end). Plain comparisons, not fmin and fmax: this loop runs over
 * every epoch kept in each frame. A NaN loss (a diverged epoch) is skipped
 * by the comparisons and shows in the mean.
 */
static void
column_add(struct curve_column *c, const struct epoch_record *r, long n)
{
	for (long i = 0; i < n; i++) {
		c->loss_mean += r[i].loss;
		if (r[i].loss < c->loss_min)
			c->loss_min = r[i].loss;
		if (r[i].loss > c->loss_max)
			c->loss_max = r[i].loss;
		c->train_mean += r[i].train_acc;
		if (r[i].train_acc < c->train_min)
			c->train_min = r[i].train_acc;
		if (r[i].train_acc > c->train_max)
			c->train_max = r[i].train_acc;
		c->test_mean += r[i].test_acc;
		if (r[i].test_acc < c->test_min)
			c->test_min = r[i].test_acc;
		if (r[i].test_acc > c->test_max)
			c->test_max = r[i].test_acc;
	}
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

/* Summarise epochs from .. to - 1 (all kept) into one column. */
static void
column_fill(const struct trainer *t, struct curve_column *c, long from, long to)
{
	long e = from + 1;

	column_start(c, from, trainer_epoch_record(t, from));
	c->last = to - 1;
	while (e < to) {
		long n = to - e;
		const struct epoch_record *r = trainer_epoch_span(t, e, &n);

		if (r == NULL)
			break;
		column_add(c, r, n);
		e += n;
	}
	column_end(c);
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
		column_fill(t, &out[c], first + c * n / used, first + (c + 1) * n / used);
	}
	return used;
}
