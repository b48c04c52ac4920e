/*
 * Two runs side by side: B made from A, and the moves made on both.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/run_pair.h"

void run_pair_init(struct run_pair *pair, struct trainer *a)
{
	memset(pair, 0, sizeof(*pair));
	pair->a = a;
}

bool run_pair_is_open(const struct run_pair *pair)
{
	return pair->b != NULL;
}

/* B's learning rate is the change's from where B stands, whatever going back forgot. */
static void keep_rate(struct run_pair *pair)
{
	if (pair->b != NULL && pair->change.has_lr && trainer_lr(pair->b) != pair->change.lr)
		trainer_set_lr(pair->b, pair->change.lr);
}

/* Bring B to A's step and phase: trained forward, or brought back, as far as needed. */
static void catch_up(struct run_pair *pair)
{
	trainer_goto_step(pair->b, trainer_step_count(pair->a));
	keep_rate(pair);
	while (trainer_phase(pair->b) != trainer_phase(pair->a) &&
	       trainer_phase(pair->a) != TRAINER_PHASE_READY)
		trainer_step_phase(pair->b);
}

/* A new run from step 0 on A's data now: the new seed's or size's weights. */
static struct trainer *fresh_run(const struct trainer *a, const struct run_change *c, char *err,
				 size_t err_size)
{
	struct trainer_config config = *trainer_config(a);

	config.lr = c->has_lr ? c->lr : trainer_lr(a);
	if (c->has_activation)
		config.activation = c->activation;
	if (c->has_seed)
		config.seed = c->seed;
	if (c->has_hidden)
		config.hidden = c->hidden;
	return trainer_create_with_data(&config, trainer_train_set(a), trainer_test_set(a), err, err_size);
}

/* B as the change makes it from A, not yet at A's step. */
static struct trainer *make_b(const struct trainer *a, const struct run_change *c, char *err, size_t err_size)
{
	if (c->has_seed || c->has_hidden)
		return fresh_run(a, c, err, err_size);
	struct trainer *b = trainer_clone(a);
	if (b == NULL) {
		snprintf(err, err_size, "out of memory");
		return NULL;
	}
	/* A new gate is a new run from step 0, as the trainer makes it for A. */
	if (c->has_activation)
		trainer_set_activation(b, c->activation);
	return b;
}

int run_pair_open(struct run_pair *pair, const struct run_change *change, char *err, size_t err_size)
{
	struct trainer *b = make_b(pair->a, change, err, err_size);

	if (b == NULL)
		return -1;
	run_pair_close(pair);
	pair->b = b;
	pair->change = *change;
	catch_up(pair);
	return 0;
}

void run_pair_close(struct run_pair *pair)
{
	trainer_destroy(pair->b);
	pair->b = NULL;
}

bool run_pair_in_step(const struct run_pair *pair)
{
	const struct trainer *a = pair->a, *b = pair->b;

	return b == NULL ||
	       (trainer_step_count(a) == trainer_step_count(b) && trainer_phase(a) == trainer_phase(b) &&
		trainer_epoch(a) == trainer_epoch(b) && trainer_sample_index(a) == trainer_sample_index(b));
}

/* After a move made on both: B's rate, and B back in step should the two have parted. */
static void after_move(struct run_pair *pair)
{
	keep_rate(pair);
	if (!run_pair_in_step(pair))
		catch_up(pair);
}

void run_pair_step_phase(struct run_pair *pair)
{
	trainer_step_phase(pair->a);
	if (pair->b != NULL) {
		trainer_step_phase(pair->b);
		after_move(pair);
	}
}

void run_pair_step_sample(struct run_pair *pair)
{
	trainer_step_sample(pair->a);
	if (pair->b != NULL) {
		trainer_step_sample(pair->b);
		after_move(pair);
	}
}

void run_pair_run(struct run_pair *pair, long steps)
{
	trainer_run(pair->a, steps);
	if (pair->b != NULL) {
		trainer_run(pair->b, steps);
		after_move(pair);
	}
}

void run_pair_run_epoch(struct run_pair *pair)
{
	trainer_run_epoch(pair->a);
	if (pair->b != NULL) {
		trainer_run_epoch(pair->b);
		after_move(pair);
	}
}

int run_pair_step_back(struct run_pair *pair)
{
	int status = trainer_step_back(pair->a);

	if (pair->b != NULL && status == 0) {
		trainer_step_back(pair->b);
		after_move(pair);
	}
	return status;
}

int run_pair_phase_back(struct run_pair *pair)
{
	int status = trainer_phase_back(pair->a);

	if (pair->b != NULL && status == 0) {
		trainer_phase_back(pair->b);
		after_move(pair);
	}
	return status;
}

void run_pair_goto_step(struct run_pair *pair, long step)
{
	trainer_goto_step(pair->a, step);
	if (pair->b != NULL) {
		trainer_goto_step(pair->b, step);
		after_move(pair);
	}
}

void run_pair_reset(struct run_pair *pair)
{
	trainer_reset(pair->a);
	if (pair->b != NULL) {
		trainer_reset(pair->b);
		after_move(pair);
	}
}
