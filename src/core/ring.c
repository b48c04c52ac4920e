/*
 * The bounded sequence behind the trainer's histories: a circular buffer
 * addressed by item number.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/ring.h"

int ring_init(struct ring *ring, size_t item_size, long capacity)
{
	ring->items = calloc((size_t)capacity, item_size);
	ring->item_size = item_size;
	ring->capacity = capacity;
	ring->end = 0;
	ring->kept = 0;
	return ring->items == NULL ? -1 : 0;
}

void ring_free(struct ring *ring)
{
	free(ring->items);
	ring->items = NULL;
	ring->kept = 0;
}

int ring_copy(struct ring *copy, const struct ring *ring)
{
	if (ring_init(copy, ring->item_size, ring->capacity) != 0)
		return -1;
	memcpy(copy->items, ring->items, (size_t)ring->capacity * ring->item_size);
	copy->end = ring->end;
	copy->kept = ring->kept;
	return 0;
}

void ring_restart(struct ring *ring, long end)
{
	ring->end = end;
	ring->kept = 0;
}

/* Where item number index lives. */
static unsigned char *ring_slot(const struct ring *ring, long index)
{
	return ring->items + (size_t)(index % ring->capacity) * ring->item_size;
}

void *ring_push_slot(struct ring *ring)
{
	void *slot = ring_slot(ring, ring->end);

	ring->end++;
	if (ring->kept < ring->capacity)
		ring->kept++;
	return slot;
}

void ring_push(struct ring *ring, const void *item)
{
	memcpy(ring_push_slot(ring), item, ring->item_size);
}

void ring_push_many(struct ring *ring, const void *items, long count)
{
	const unsigned char *from = items;

	/* Only the last `capacity` of them would stay. */
	if (count > ring->capacity) {
		from += (size_t)(count - ring->capacity) * ring->item_size;
		ring->end += count - ring->capacity;
		count = ring->capacity;
	}
	while (count > 0) {
		long at = ring->end % ring->capacity;
		long run = ring->capacity - at < count ? ring->capacity - at : count;
		memcpy(ring->items + (size_t)at * ring->item_size, from, (size_t)run * ring->item_size);
		from += (size_t)run * ring->item_size;
		ring->end += run;
		ring->kept = ring->kept + run < ring->capacity ? ring->kept + run : ring->capacity;
		count -= run;
	}
}

const void *ring_get(const struct ring *ring, long index)
{
	if (index < ring->end - ring->kept || index >= ring->end)
		return NULL;
	return ring_slot(ring, index);
}

const void *ring_span(const struct ring *ring, long index, long *count)
{
	long to_wrap = ring->capacity - index % ring->capacity;

	if (index < ring->end - ring->kept || index >= ring->end || *count <= 0) {
		*count = 0;
		return NULL;
	}
	if (*count > to_wrap)
		*count = to_wrap;
	if (*count > ring->end - index)
		*count = ring->end - index;
	return ring_slot(ring, index);
}

void ring_truncate(struct ring *ring, long end)
{
	if (end >= ring->end)
		return;
	long first = ring->end - ring->kept;
	ring->end = end;
	ring->kept = end > first ? end - first : 0;
}

long ring_first(const struct ring *ring)
{
	return ring->end - ring->kept;
}

size_t ring_bytes(const struct ring *ring)
{
	return (size_t)ring->capacity * ring->item_size;
}
