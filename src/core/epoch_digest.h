/*
 * The epochs older than the trainer keeps whole, folded into a bounded
 * digest so that the learning curve can still show them: buckets of `span`
 * consecutive epochs with their sums, least and greatest values. When the
 * buckets fill up, neighbours merge and the span doubles, so a run of any
 * length takes EPOCH_DIGEST_BUCKETS of them.
 */
#ifndef EDGEVIZ_EPOCH_DIGEST_H
#define EDGEVIZ_EPOCH_DIGEST_H

#include "core/trainer.h"

#define EPOCH_DIGEST_BUCKETS 1024

/* Some consecutive epochs, summed up. */
struct epoch_bucket {
	long first, last;	/* its epochs, both included */
	long count;		/* how many it holds (fewer than last - first + 1 after a gap) */
	double loss_sum, loss_min, loss_max;
	double train_sum, train_min, train_max;
	double test_sum, test_min, test_max;
};

struct epoch_digest {
	struct epoch_bucket bucket[EPOCH_DIGEST_BUCKETS];
	int count;
	long span;		/* epochs a bucket takes before the next starts */
};

/* Empty, with buckets of one epoch. */
void epoch_digest_reset(struct epoch_digest *digest);

/* Fold in the record of an epoch later than every one folded so far. */
void epoch_digest_add(struct epoch_digest *digest, const struct epoch_record *record);

/* Forget the buckets that reach epoch or later (a bucket is not split). */
void epoch_digest_truncate(struct epoch_digest *digest, long epoch);

#endif
