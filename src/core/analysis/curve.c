/*
 * The learning curve's columns, from what the trainer keeps: its blocks of
 * EPOCH_BLOCK epochs, the records at the columns' edges, and its digest of
 * the epochs older than those kept. A frame reads about two thousand
 * summaries and a few thousand records, however long the run.
 */
#include "config.h"

#include "core/analysis/curve.h"
#include "core/analysis/epoch_digest.h"

/* An empty column standing for epochs from .. to - 1. */
static void column_open(struct curve_column *c, long from, long to)
{
	*c = (struct curve_column){ .first = from, .last = to - 1 };
}

/* Add a bucket of epochs to a column (its means are sums until column_close). */
static void column_add(struct curve_column *c, const struct epoch_bucket *b)
{
	if (c->count == 0) {
		c->loss_min = b->loss_min;
		c->loss_max = b->loss_max;
		c->train_min = b->train_min;
		c->train_max = b->train_max;
		c->test_min = b->test_min;
		c->test_max = b->test_max;
	}
	c->count += b->count;
	c->loss_mean += b->loss_sum;
	c->train_mean += b->train_sum;
	c->test_mean += b->test_sum;
	c->test_loss_mean += b->test_loss_sum;
	/* Comparisons rather than fmin and fmax: a NaN (a diverged epoch) shows in the mean. */
	if (b->loss_min < c->loss_min)
		c->loss_min = b->loss_min;
	if (b->loss_max > c->loss_max)
		c->loss_max = b->loss_max;
	if (b->train_min < c->train_min)
		c->train_min = b->train_min;
	if (b->train_max > c->train_max)
		c->train_max = b->train_max;
	if (b->test_min < c->test_min)
		c->test_min = b->test_min;
	if (b->test_max > c->test_max)
		c->test_max = b->test_max;
}

/*
 * Add n records that lie together to a column: the loop that runs over
 * every epoch kept, each frame, so it works on the records in place.
 */
static void column_add_records(struct curve_column *c, const struct epoch_record *r, long n)
{
	long i = 0;

	if (n > 0 && c->count == 0) {
		c->loss_min = c->loss_max = r[0].loss;
		c->train_min = c->train_max = r[0].train_acc;
		c->test_min = c->test_max = r[0].test_acc;
	}
	for (; i < n; i++) {
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
		c->test_loss_mean += r[i].test_loss;
		if (r[i].test_acc < c->test_min)
			c->test_min = r[i].test_acc;
		if (r[i].test_acc > c->test_max)
			c->test_max = r[i].test_acc;
	}
	c->count += n;
}

/* Turn a column's sums into means. */
static void column_close(struct curve_column *c)
{
	if (c->count == 0)
		return;
	c->loss_mean /= (double)c->count;
	c->train_mean /= (double)c->count;
	c->test_mean /= (double)c->count;
	c->test_loss_mean /= (double)c->count;
}

/* The column (of used over n epochs) that epoch e falls in. */
static int column_of(long e, long n, int used)
{
	int c = (int)(e * used / n);

	while (c + 1 < used && (c + 1) * n / used <= e)
		c++;
	while (c > 0 && c * n / used > e)
		c--;
	return c;
}

/* Add the kept records of epochs e .. to - 1 to a column, one by one. */
static void column_add_kept(const struct trainer *t, struct curve_column *c, long e, long to)
{
	while (e < to) {
		long n = to - e;
		const struct epoch_record *r = trainer_epoch_span(t, e, &n);

		if (r == NULL)
			break;
		column_add_records(c, r, n);
		e += n;
	}
}

/*
 * Add the kept epochs from .. to - 1 to a column: the whole blocks inside
 * it by their sums, the rest record by record.
 */
static void column_fill(const struct trainer *t, struct curve_column *c, long from, long to)
{
	long e = from < trainer_oldest_epoch(t) ? trainer_oldest_epoch(t) : from;

	while (e < to) {
		long next = (e / EPOCH_BLOCK + 1) * EPOCH_BLOCK;
		const struct epoch_bucket *b = trainer_epoch_block(t, e / EPOCH_BLOCK);

		if (e % EPOCH_BLOCK == 0 && next <= to && b != NULL && b->first == e &&
		    b->count == EPOCH_BLOCK) {
			column_add(c, b);
		} else {
			if (next > to)
				next = to;
			column_add_kept(t, c, e, next);
		}
		e = next;
	}
}

int curve_summarise(const struct trainer *t, int columns, struct curve_column *out)
{
	const struct epoch_digest *digest = trainer_epoch_digest(t);
	long n = trainer_epochs_done(t);
	int used;

	if (n <= 0 || columns <= 0)
		return 0;
	used = n < columns ? (int)n : columns;
	for (int c = 0; c < used; c++)
		column_open(&out[c], c * n / used, (c + 1) * n / used);
	/* The folded epochs: each bucket in the column of its middle epoch. */
	for (int i = 0; i < digest->count; i++) {
		const struct epoch_bucket *b = &digest->bucket[i];

		column_add(&out[column_of((b->first + b->last) / 2, n, used)], b);
	}
	for (int c = 0; c < used; c++) {
		column_fill(t, &out[c], out[c].first, out[c].last + 1);
		column_close(&out[c]);
	}
	return used;
}
