/*
 * Where the trainer keeps earlier states so that it can go back to any step
 * exactly, in bounded memory: the most recent steps whole, in a ring, and
 * older ones as checkpoints every `interval` steps. When the checkpoints fill
 * up, every other one is dropped and the interval doubles, so a run of any
 * length keeps at most HISTORY_CHECKPOINTS of them. A step that is in
 * neither is rebuilt by replaying from the checkpoint before it.
 */
#ifndef EDGEVIZ_HISTORY_H
#define EDGEVIZ_HISTORY_H

#include <stddef.h>

#include "core/network.h"
#include "core/ring.h"

#define HISTORY_RECENT 256
#define HISTORY_CHECKPOINTS 256
#define HISTORY_FIRST_INTERVAL 256

/* The trainer's state on a step boundary. */
struct snapshot {
	long step;
	double epoch_loss_sum; /* of the epoch in progress */
	int epoch_correct;
	struct network net;
};

struct history {
	int hidden;
	size_t item_size;
	struct ring recent;
	unsigned char *checkpoints;
	long checkpoint_count;
	long interval;
};

int history_init(struct history *history, int hidden);

/* Make *copy a history of its own holding what history holds. 0, or -1 out of memory. */
int history_copy(struct history *copy, const struct history *history);

void history_free(struct history *history);

/* Forget everything; state becomes the only checkpoint. */
void history_restart(struct history *history, const struct snapshot *state);

/* Keep state as the newest recent step. */
void history_remember(struct history *history, const struct snapshot *state);

/* Keep state as a checkpoint if its step is due for one. */
void history_offer_checkpoint(struct history *history, const struct snapshot *state);

/* Forget every state after step. */
void history_truncate(struct history *history, long step);

/* The latest kept state at or before step, into *state. */
void history_find(const struct history *history, long step, struct snapshot *state);

size_t history_bytes(const struct history *history);

#endif
