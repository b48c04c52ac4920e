/*
 * The trainer's memory of earlier steps: a ring of recent states and a
 * thinning list of checkpoints, each stored packed (only the parameters the
 * network has, not its maximum size).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/history.h"

/* A stored state: this header, then the packed parameters. */
struct stored_header {
	long step;
	double epoch_loss_sum;
	int epoch_correct;
	enum activation activation;
};

/* Pack state into an item of history->item_size bytes. */
static void store(const struct history *history, void *item, const struct snapshot *state)
{
	struct stored_header header = { state->step, state->epoch_loss_sum, state->epoch_correct,
					state->net.activation };

	memcpy(item, &header, sizeof(header));
	network_pack(&state->net, (double *)((unsigned char *)item + sizeof(header)));
	(void)history;
}

/* Unpack an item into state. */
static void load(const struct history *history, const void *item, struct snapshot *state)
{
	struct stored_header header;

	memcpy(&header, item, sizeof(header));
	state->step = header.step;
	state->epoch_loss_sum = header.epoch_loss_sum;
	state->epoch_correct = header.epoch_correct;
	network_unpack(&state->net, history->hidden,
		       (const double *)((const unsigned char *)item + sizeof(header)));
	state->net.activation = header.activation;
}

/* The step an item holds. */
static long stored_step(const void *item)
{
	struct stored_header header;

	memcpy(&header, item, sizeof(header));
	return header.step;
}

/* Checkpoint number i. */
static unsigned char *checkpoint(const struct history *history, long i)
{
	return history->checkpoints + (size_t)i * history->item_size;
}

int history_init(struct history *history, int hidden)
{
	history->hidden = hidden;
	/* Keep the parameters 8-byte aligned after the header. */
	size_t header = (sizeof(struct stored_header) + 7) / 8 * 8;
	history->item_size = header + network_param_count(hidden) * sizeof(double);
	history->checkpoint_count = 0;
	history->interval = HISTORY_FIRST_INTERVAL;
	history->checkpoints = calloc(HISTORY_CHECKPOINTS, history->item_size);
	if (history->checkpoints == NULL)
		return -1;
	if (ring_init(&history->recent, history->item_size, HISTORY_RECENT) != 0) {
		free(history->checkpoints);
		return -1;
	}
	return 0;
}

void history_free(struct history *history)
{
	ring_free(&history->recent);
	free(history->checkpoints);
	history->checkpoints = NULL;
}

int history_copy(struct history *copy, const struct history *history)
{
	*copy = *history;
	copy->checkpoints = malloc(HISTORY_CHECKPOINTS * history->item_size);
	if (copy->checkpoints == NULL)
		return -1;
	memcpy(copy->checkpoints, history->checkpoints, HISTORY_CHECKPOINTS * history->item_size);
	if (ring_copy(&copy->recent, &history->recent) != 0) {
		free(copy->checkpoints);
		copy->checkpoints = NULL;
		return -1;
	}
	return 0;
}

void history_restart(struct history *history, const struct snapshot *state)
{
	history->interval = HISTORY_FIRST_INTERVAL;
	history->checkpoint_count = 1;
	store(history, checkpoint(history, 0), state);
	ring_restart(&history->recent, state->step);
	history_remember(history, state);
}

void history_remember(struct history *history, const struct snapshot *state)
{
	if (state->step != history->recent.end)
		ring_restart(&history->recent, state->step);
	store(history, ring_push_slot(&history->recent), state);
}

/* Drop every other checkpoint and double the interval. */
static void thin_checkpoints(struct history *history)
{
	long kept = 0;

	history->interval *= 2;
	for (long i = 0; i < history->checkpoint_count; i++) {
		unsigned char *item = checkpoint(history, i);
		if (stored_step(item) % history->interval != 0)
			continue;
		if (kept != i)
			memcpy(checkpoint(history, kept), item, history->item_size);
		kept++;
	}
	history->checkpoint_count = kept;
}

void history_offer_checkpoint(struct history *history, const struct snapshot *state)
{
	long last = stored_step(checkpoint(history, history->checkpoint_count - 1));

	if (state->step % history->interval != 0 || state->step <= last)
		return;
	if (history->checkpoint_count == HISTORY_CHECKPOINTS)
		thin_checkpoints(history);
	if (state->step % history->interval != 0)
		return;
	store(history, checkpoint(history, history->checkpoint_count++), state);
}

void history_truncate(struct history *history, long step)
{
	ring_truncate(&history->recent, step + 1);
	/* Checkpoint 0 (step 0) always stays. */
	while (history->checkpoint_count > 1 &&
	       stored_step(checkpoint(history, history->checkpoint_count - 1)) > step)
		history->checkpoint_count--;
}

void history_find(const struct history *history, long step, struct snapshot *state)
{
	const void *recent = ring_get(&history->recent, step);

	if (recent != NULL) {
		load(history, recent, state);
		return;
	}
	long i = history->checkpoint_count - 1;
	while (i > 0 && stored_step(checkpoint(history, i)) > step)
		i--;
	load(history, checkpoint(history, i), state);
}

size_t history_bytes(const struct history *history)
{
	return ring_bytes(&history->recent) + HISTORY_CHECKPOINTS * history->item_size;
}
