/*
 * The changes made to a training set during a run (patches added and
 * removed), kept as part of the run's history: where the run stood when
 * each was made, so that the order of samples is known for any step, and
 * what each changed, so that the set can be put back as it was on any
 * earlier step boundary and brought forward again, exactly.
 *
 * A change is made on a step boundary. An add appends its patch: it is
 * trained when the epoch in progress reaches its end. A remove takes one
 * out: the samples after it move down one place. Either way the samples of
 * the epoch in progress that are still to come keep their order, and an
 * epoch ends when its last sample is trained.
 */
#ifndef EDGEVIZ_DATA_LOG_H
#define EDGEVIZ_DATA_LOG_H

#include <stdbool.h>
#include <stddef.h>

#include "core/dataset.h"

/* One change, and where the run stood just after it. */
struct data_change {
	long from;   /* the step boundary it was made on */
	long epoch;  /* the epoch in progress there */
	int index;   /* the next sample's index in the changed set */
	int size;    /* the changed set's size */
	int trained; /* samples of that epoch trained before it */
	int at;	     /* the index added at (the end) or removed */
	bool add;
	struct patch patch; /* the patch added or removed */
	enum label label;
};

/* Where a step boundary stands: the next sample's place. */
struct data_position {
	long epoch;  /* epochs completed before it */
	int index;   /* the next sample's index in the set */
	int size;    /* the set's size for it */
	int trained; /* samples of its epoch trained before it */
};

struct data_log {
	int base_size;		     /* the set's size at step 0 */
	int capacity;		     /* patches the set's arrays can hold */
	struct data_change *changes; /* in the order made */
	size_t count, room;
	size_t applied; /* changes[0 .. applied) are in the set now */
};

/* Start a log for set, which has capacity patches' room; no change yet. */
void data_log_init(struct data_log *log, const struct dataset *set, int capacity);

/*
 * Make *copy a log of its own holding log's changes, for set, a copy of
 * the log's set. 0, or -1 out of memory.
 */
int data_log_copy(struct data_log *copy, const struct data_log *log, const struct dataset *set);

void data_log_free(struct data_log *log);

/* Forget every change: set, as it is now, becomes step 0's. */
void data_log_restart(struct data_log *log, const struct dataset *set);

/* Where boundary step stands, counting every change the log holds. */
struct data_position data_log_position(const struct data_log *log, long step);

/* The first boundary after step with a change, or -1. */
long data_log_next(const struct data_log *log, long step);

/*
 * Add patch with label at the end of set on boundary step (every change
 * applied). Return 0, or -1 with a reason in err (set full, out of memory).
 */
int data_log_add(struct data_log *log, struct dataset *set, long step, const struct patch *patch,
		 enum label label, char *err, size_t err_size);

/*
 * Remove set's patch at on boundary step. Return 0, or -1 with a reason in
 * err: the last patch of a set, the next sample when it is its epoch's
 * last (the epoch would end without a step), out of memory.
 */
int data_log_remove(struct data_log *log, struct dataset *set, long step, int at, char *err, size_t err_size);

/* True when the last change was made on boundary step. */
bool data_log_last_made_at(const struct data_log *log, long step);

/* Undo the last change and forget it. */
void data_log_undo(struct data_log *log, struct dataset *set);

/* Undo and forget the changes made after step. */
void data_log_truncate(struct data_log *log, struct dataset *set, long step);

/* Put set back as it was for the sample of boundary step, keeping the later changes to redo. */
void data_log_rewind(struct data_log *log, struct dataset *set, long step);

/* Redo the kept changes made on or before boundary step. */
void data_log_catch_up(struct data_log *log, struct dataset *set, long step);

#endif
