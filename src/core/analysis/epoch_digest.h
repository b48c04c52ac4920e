/*
 * Summaries of runs of epochs for the learning curve, kept by the trainer
 * as it records epochs, so that a frame need not read every record:
 *
 * - blocks: the epochs it keeps whole, also summed up by EPOCH_BLOCK
 *   (block k holds epochs k * EPOCH_BLOCK onwards), in a ring beside the
 *   records, cut back with them when the run goes back;
 * - the digest: the epochs older than it keeps whole, folded into buckets
 *   of `span` consecutive epochs. When the buckets fill up, neighbours merge
 *   and the span doubles, so a run of any length takes EPOCH_DIGEST_BUCKETS.
 */
#ifndef EDGEVIZ_EPOCH_DIGEST_H
#define EDGEVIZ_EPOCH_DIGEST_H

#include "core/ring.h"
#include "core/trainer.h"

#define EPOCH_DIGEST_BUCKETS 1024
#define EPOCH_BLOCK 64

/* Some consecutive epochs, summed up. */
struct epoch_bucket {
	long first, last; /* its epochs, both included */
	long count;	  /* how many it holds (fewer than last - first + 1 after a gap) */
	double loss_sum, loss_min, loss_max;
	double train_sum, train_min, train_max;
	double test_sum, test_min, test_max;
	double test_loss_sum; /* the curve draws the test loss's mean alone */
};

struct epoch_digest {
	struct epoch_bucket bucket[EPOCH_DIGEST_BUCKETS];
	int count;
	long span; /* epochs a bucket takes before the next starts */
};

/* Empty, with buckets of one epoch. */
void epoch_digest_reset(struct epoch_digest *digest);

/* Fold in the record of an epoch later than every one folded so far. */
void epoch_digest_add(struct epoch_digest *digest, const struct epoch_record *record);

/* Forget the buckets that reach epoch or later (a bucket is not split). */
void epoch_digest_truncate(struct epoch_digest *digest, long epoch);

/* Add an epoch's record to its block in blocks (a ring of struct epoch_bucket by block). */
void epoch_blocks_add(struct ring *blocks, const struct epoch_record *record);

/*
 * The run went back to epoch: forget the blocks from its block on, and
 * sum that block's epochs before epoch again from records (the ring of
 * struct epoch_record) where they are kept.
 */
void epoch_blocks_truncate(struct ring *blocks, const struct ring *records, long epoch);

#endif
