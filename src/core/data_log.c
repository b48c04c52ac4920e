/*
 * The log of a training set's changes (see data_log.h). The set in memory
 * is always the log's first `applied` changes over step 0's set; rewinding
 * and catching up undo and redo changes in order, so the set of any step is
 * rebuilt from what the changes recorded.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/data_log.h"

void data_log_init(struct data_log *log, const struct dataset *set, int capacity)
{
	memset(log, 0, sizeof(*log));
	log->base_size = set->size;
	log->capacity = capacity;
}

void data_log_free(struct data_log *log)
{
	free(log->changes);
	log->changes = NULL;
	log->count = log->room = log->applied = 0;
}

int data_log_copy(struct data_log *copy, const struct data_log *log, const struct dataset *set)
{
	*copy = *log;
	copy->capacity = set->size; /* the copy's set holds exactly its patches */
	copy->changes = NULL;
	if (log->count == 0)
		return 0;
	copy->changes = malloc(log->count * sizeof(*log->changes));
	if (copy->changes == NULL)
		return -1;
	memcpy(copy->changes, log->changes, log->count * sizeof(*log->changes));
	copy->room = log->count;
	return 0;
}

void data_log_restart(struct data_log *log, const struct dataset *set)
{
	log->base_size = set->size;
	log->count = log->applied = 0;
}

struct data_position data_log_position(const struct data_log *log, long step)
{
	struct data_position at = { 0, 0, log->base_size, 0 };
	long from = 0;

	for (size_t i = log->count; i-- > 0;) {
		const struct data_change *c = &log->changes[i];
		if (c->from <= step) {
			at = (struct data_position){ c->epoch, c->index, c->size, c->trained };
			from = c->from;
			break;
		}
	}
	long next = at.index + (step - from);
	if (next < at.size)
		return (struct data_position){ at.epoch, (int)next, at.size,
					       at.trained + (int)(step - from) };
	next -= at.size;
	int index = (int)(next % at.size);
	return (struct data_position){ at.epoch + 1 + next / at.size, index, at.size, index };
}

long data_log_next(const struct data_log *log, long step)
{
	for (size_t i = 0; i < log->count; i++)
		if (log->changes[i].from > step)
			return log->changes[i].from;
	return -1;
}

/* Put change c into set. */
static void apply(struct dataset *set, const struct data_change *c)
{
	size_t tail = (size_t)(set->size - c->at);

	if (c->add) {
		set->patch[set->size] = c->patch;
		set->label[set->size] = c->label;
		set->size++;
		return;
	}
	memmove(&set->patch[c->at], &set->patch[c->at + 1], (tail - 1) * sizeof(*set->patch));
	memmove(&set->label[c->at], &set->label[c->at + 1], (tail - 1) * sizeof(*set->label));
	set->size--;
}

/* Take change c out of set. */
static void unapply(struct dataset *set, const struct data_change *c)
{
	size_t tail = (size_t)(set->size - c->at);

	if (c->add) {
		set->size--;
		return;
	}
	memmove(&set->patch[c->at + 1], &set->patch[c->at], tail * sizeof(*set->patch));
	memmove(&set->label[c->at + 1], &set->label[c->at], tail * sizeof(*set->label));
	set->patch[c->at] = c->patch;
	set->label[c->at] = c->label;
	set->size++;
}

/* Room for one more change, and for one more patch in set. 0, or -1. */
static int make_room(struct data_log *log, struct dataset *set)
{
	if (set->size >= log->capacity) {
		int capacity = log->capacity * 2 + 16;
		struct patch *patches = realloc(set->patch, (size_t)capacity * sizeof(*patches));
		if (patches == NULL)
			return -1;
		set->patch = patches;
		enum label *labels = realloc(set->label, (size_t)capacity * sizeof(*labels));
		if (labels == NULL)
			return -1;
		set->label = labels;
		log->capacity = capacity;
	}
	if (log->count == log->room) {
		size_t room = log->room * 2 + 16;
		struct data_change *changes = realloc(log->changes, room * sizeof(*changes));
		if (changes == NULL)
			return -1;
		log->changes = changes;
		log->room = room;
	}
	return 0;
}

/* Keep c, made on the current boundary, and put it into set. */
static void keep(struct data_log *log, struct dataset *set, const struct data_change *c)
{
	log->count = log->applied; /* nothing pending: the caller has caught up */
	log->changes[log->count++] = *c;
	log->applied = log->count;
	apply(set, c);
}

int data_log_add(struct data_log *log, struct dataset *set, long step, const struct patch *patch,
		 enum label label, char *err, size_t err_size)
{
	struct data_position here = data_log_position(log, step);

	if (set->size >= DATASET_MAX_SIZE) {
		snprintf(err, err_size, "the training set is full (%d patches)", DATASET_MAX_SIZE);
		return -1;
	}
	if (make_room(log, set) != 0) {
		snprintf(err, err_size, "out of memory");
		return -1;
	}
	struct data_change c = { step,	    here.epoch, here.index, set->size + 1, here.trained,
				 set->size, true,	*patch,	    label };
	keep(log, set, &c);
	return 0;
}

int data_log_remove(struct data_log *log, struct dataset *set, long step, int at, char *err, size_t err_size)
{
	struct data_position here = data_log_position(log, step);
	int index = at < here.index ? here.index - 1 : here.index;

	if (at < 0 || at >= set->size) {
		snprintf(err, err_size, "no patch %d in the training set", at + 1);
		return -1;
	}
	if (set->size == 1) {
		snprintf(err, err_size, "the training set's last patch stays (a set needs one)");
		return -1;
	}
	if (index >= set->size - 1) {
		snprintf(err, err_size,
			 "patch %d is the next sample and its epoch's last: step past it first", at + 1);
		return -1;
	}
	if (make_room(log, set) != 0) {
		snprintf(err, err_size, "out of memory");
		return -1;
	}
	struct data_change c = { step, here.epoch, index,	   set->size - 1, here.trained,
				 at,   false,	   set->patch[at], set->label[at] };
	keep(log, set, &c);
	return 0;
}

bool data_log_last_made_at(const struct data_log *log, long step)
{
	return log->count > 0 && log->changes[log->count - 1].from == step;
}

void data_log_undo(struct data_log *log, struct dataset *set)
{
	if (log->count == 0)
		return;
	if (log->applied == log->count)
		unapply(set, &log->changes[--log->applied]);
	log->count--;
}

void data_log_truncate(struct data_log *log, struct dataset *set, long step)
{
	data_log_rewind(log, set, step);
	log->count = log->applied;
}

void data_log_rewind(struct data_log *log, struct dataset *set, long step)
{
	while (log->applied > 0 && log->changes[log->applied - 1].from > step)
		unapply(set, &log->changes[--log->applied]);
}

void data_log_catch_up(struct data_log *log, struct dataset *set, long step)
{
	while (log->applied < log->count && log->changes[log->applied].from <= step)
		apply(set, &log->changes[log->applied++]);
}
