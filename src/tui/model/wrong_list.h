/*
 * The list of training samples the current weights get wrong (W): whether
 * it is open, which one is browsed, and the samples themselves, asked of
 * the core again for each frame while the list is open. No curses.
 */
#ifndef EDGEVIZ_TUI_WRONG_LIST_H
#define EDGEVIZ_TUI_WRONG_LIST_H

#include <stdbool.h>

#include "core/dataset.h"
#include "core/trainer.h"

struct wrong_list {
	bool open; /* the list is shown */
	int pos;   /* the one browsed, a position in items */
	int count;
	int items[DATASET_MAX_SIZE]; /* training samples, as trainer_wrong_samples says */
};

/* Open the list at its first sample (filled at the next refresh). */
void wrong_list_open(struct wrong_list *w);

/* Ask the core again which samples are wrong (when open); keep pos within the list. */
void wrong_list_refresh(struct wrong_list *w, const struct trainer *trainer);

/* Browse by delta, round the list. */
void wrong_list_move(struct wrong_list *w, int delta);

/* The training sample browsed, or -1 when the list is empty. */
int wrong_list_sample(const struct wrong_list *w);

#endif
