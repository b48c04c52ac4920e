/*
 * The list of wrong training samples (see wrong_list.h): which they are is
 * the core's answer; this keeps the position browsed valid as it changes.
 */
#include "config.h"

#include "tui/model/wrong_list.h"

/* Open the list at its first sample. */
void wrong_list_open(struct wrong_list *w)
{
	w->open = true;
	w->pos = 0;
}

/* Ask the core again; keep pos within the list. */
void wrong_list_refresh(struct wrong_list *w, const struct trainer *trainer)
{
	if (!w->open)
		return;
	w->count = trainer_wrong_samples(trainer, w->items, DATASET_MAX_SIZE);
	if (w->count < 0)
		w->count = 0;
	if (w->pos >= w->count)
		w->pos = w->count > 0 ? w->count - 1 : 0;
}

/* Browse by delta, round the list. */
void wrong_list_move(struct wrong_list *w, int delta)
{
	if (w->count > 0)
		w->pos = (w->pos + delta + w->count) % w->count;
}

/* The training sample browsed, or -1. */
int wrong_list_sample(const struct wrong_list *w)
{
	return w->count > 0 ? w->items[w->pos] : -1;
}
