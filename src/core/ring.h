/*
 * A bounded sequence: items numbered 0, 1, 2, ... of which only the newest
 * `capacity` are kept. The trainer keeps its per-step losses, its epoch
 * records and its recent states in these, so memory stays flat however long
 * a run goes.
 */
#ifndef EDGEVIZ_RING_H
#define EDGEVIZ_RING_H

#include <stdbool.h>
#include <stddef.h>

struct ring {
	unsigned char *items;
	size_t item_size;
	long capacity;
	long end;  /* the number the next item pushed gets */
	long kept; /* items end - kept .. end - 1 are kept */
};

/* Make an empty ring of capacity items of item_size bytes. Return 0 or -1. */
int ring_init(struct ring *ring, size_t item_size, long capacity);

/* Make *copy a ring of its own holding what ring holds. 0, or -1 out of memory. */
int ring_copy(struct ring *copy, const struct ring *ring);

void ring_free(struct ring *ring);

/* Forget every item; the next one pushed is number end. */
void ring_restart(struct ring *ring, long end);

/* Append a copy of item as number ring->end; the oldest goes when full. */
void ring_push(struct ring *ring, const void *item);

/* Append count items, numbered from ring->end on. */
void ring_push_many(struct ring *ring, const void *items, long count);

/* Make room for item number ring->end and return it, to be filled in place. */
void *ring_push_slot(struct ring *ring);

/* Item number index, or NULL if it is not kept. */
const void *ring_get(const struct ring *ring, long index);

/*
 * Items index .. index + *count - 1 where they lie together in memory: at
 * most *count of them, fewer where the ring wraps round or the kept items
 * end (*count says how many). NULL, with *count 0, if index is not kept.
 */
const void *ring_span(const struct ring *ring, long index, long *count);

/* Forget every item numbered end or later. */
void ring_truncate(struct ring *ring, long end);

/* The first number still kept. */
long ring_first(const struct ring *ring);

size_t ring_bytes(const struct ring *ring);

#endif
