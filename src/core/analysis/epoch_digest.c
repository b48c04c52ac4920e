/*
 * The blocks of the epochs kept, and the digest of the older ones: buckets
 * filled in order (the digest's merged two by two when they run out).
 */
#include "config.h"

#include "core/analysis/epoch_digest.h"

void epoch_digest_reset(struct epoch_digest *d)
{
	d->count = 0;
	d->span = 1;
}

/* A bucket of one record. */
static void bucket_start(struct epoch_bucket *b, const struct epoch_record *r)
{
	b->first = b->last = r->epoch;
	b->count = 1;
	b->loss_sum = b->loss_min = b->loss_max = r->loss;
	b->train_sum = b->train_min = b->train_max = r->train_acc;
	b->test_sum = b->test_min = b->test_max = r->test_acc;
	b->test_loss_sum = r->test_loss;
}

/* a takes b, the bucket after it, in (comparisons skip a NaN, as curve.c's). */
static void bucket_merge(struct epoch_bucket *a, const struct epoch_bucket *b)
{
	a->last = b->last;
	a->count += b->count;
	a->loss_sum += b->loss_sum;
	if (b->loss_min < a->loss_min)
		a->loss_min = b->loss_min;
	if (b->loss_max > a->loss_max)
		a->loss_max = b->loss_max;
	a->train_sum += b->train_sum;
	if (b->train_min < a->train_min)
		a->train_min = b->train_min;
	if (b->train_max > a->train_max)
		a->train_max = b->train_max;
	a->test_sum += b->test_sum;
	a->test_loss_sum += b->test_loss_sum;
	if (b->test_min < a->test_min)
		a->test_min = b->test_min;
	if (b->test_max > a->test_max)
		a->test_max = b->test_max;
}

/* Merge the buckets two by two: half as many, each twice as long. */
static void digest_halve(struct epoch_digest *d)
{
	int n = 0;

	for (int i = 0; i < d->count; i += 2) {
		d->bucket[n] = d->bucket[i];
		if (i + 1 < d->count)
			bucket_merge(&d->bucket[n], &d->bucket[i + 1]);
		n++;
	}
	d->count = n;
	d->span *= 2;
}

void epoch_digest_add(struct epoch_digest *d, const struct epoch_record *r)
{
	struct epoch_bucket one;

	bucket_start(&one, r);
	if (d->count > 0) {
		struct epoch_bucket *last = &d->bucket[d->count - 1];

		if (r->epoch < last->first + d->span) {
			bucket_merge(last, &one);
			return;
		}
	}
	if (d->count == EPOCH_DIGEST_BUCKETS) {
		digest_halve(d);
		epoch_digest_add(d, r);
		return;
	}
	d->bucket[d->count++] = one;
}

void epoch_digest_truncate(struct epoch_digest *d, long epoch)
{
	while (d->count > 0 && d->bucket[d->count - 1].last >= epoch)
		d->count--;
}

void epoch_blocks_add(struct ring *blocks, const struct epoch_record *r)
{
	long k = r->epoch / EPOCH_BLOCK;
	/* The ring's own memory, which ring_get hands out read-only. */
	struct epoch_bucket *block = (struct epoch_bucket *)ring_get(blocks, k);
	struct epoch_bucket one;

	bucket_start(&one, r);
	if (block != NULL) {
		bucket_merge(block, &one);
		return;
	}
	/* A block not kept (a new one, or one lost going far back): it starts here. */
	ring_truncate(blocks, k);
	if (blocks->end < k)
		ring_restart(blocks, k);
	*(struct epoch_bucket *)ring_push_slot(blocks) = one;
}

void epoch_blocks_truncate(struct ring *blocks, const struct ring *records, long epoch)
{
	long k = epoch / EPOCH_BLOCK;

	ring_truncate(blocks, k);
	for (long e = k * EPOCH_BLOCK; e < epoch; e++) {
		const struct epoch_record *r = ring_get(records, e);

		if (r != NULL)
			epoch_blocks_add(blocks, r);
	}
}
