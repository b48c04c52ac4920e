/*
 * Two runs side by side: the change B makes (read and written back as
 * text), B made from A, and the moves made on both.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/run_pair.h"
#include "core/textfile.h"

/* Read item "KEY=VALUE"'s value for key into *change. 0, or -1 with err. */
static int parse_value(const char *key, const char *value, struct run_change *c, char *err, size_t err_size)
{
	long long v;
	int gate;

	if (strcmp(key, "lr") == 0) {
		if (textfile_double(value, 0.0, HUGE_VAL, &c->lr) != TEXTFILE_NUMBER || !(c->lr > 0.0)) {
			snprintf(err, err_size, "lr=%.40s: the learning rate must be a finite number above 0",
				 value);
			return -1;
		}
		c->has_lr = true;
	} else if (strcmp(key, "activation") == 0) {
		if ((gate = activation_parse(value)) < 0) {
			snprintf(err, err_size, "activation=%.40s: not relu, leaky, sigmoid or tanh", value);
			return -1;
		}
		c->activation = (enum activation)gate;
		c->has_activation = true;
	} else if (strcmp(key, "seed") == 0) {
		if (textfile_integer(value, 0, UINT32_MAX, &v) != TEXTFILE_NUMBER) {
			snprintf(err, err_size,
				 "seed=%.40s: the seed must be a whole number, 0 to 4294967295", value);
			return -1;
		}
		c->seed = (uint32_t)v;
		c->has_seed = true;
	} else {
		if (textfile_integer(value, NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN, &v) != TEXTFILE_NUMBER) {
			snprintf(err, err_size,
				 "hidden=%.40s: the hidden size must be a whole number, 1 to 64", value);
			return -1;
		}
		c->hidden = (int)v;
		c->has_hidden = true;
	}
	return 0;
}

/* Whether key was given already (true), after checking it is one of the four (err if not). */
static int check_key(const char *key, const struct run_change *c, char *err, size_t err_size)
{
	static const char *const keys[] = { "lr", "activation", "seed", "hidden" };
	const bool given[] = { c->has_lr, c->has_activation, c->has_seed, c->has_hidden };

	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcmp(key, keys[i]) != 0)
			continue;
		if (given[i]) {
			snprintf(err, err_size, "%s is given twice", key);
			return -1;
		}
		return 0;
	}
	snprintf(err, err_size, "'%.40s' is not lr, activation, seed or hidden (KEY=VALUE, e.g. lr=1.0)",
		 key);
	return -1;
}

/* Read one item of the list. */
static int parse_item(char *item, struct run_change *c, char *err, size_t err_size)
{
	char *equals = strchr(item, '=');

	if (item[0] == '\0') {
		snprintf(err, err_size, "an empty change (KEY=VALUE, e.g. lr=1.0)");
		return -1;
	}
	if (equals == NULL) {
		snprintf(err, err_size, "'%.40s' is not KEY=VALUE (e.g. lr=1.0)", item);
		return -1;
	}
	*equals = '\0';
	if (check_key(item, c, err, err_size) != 0)
		return -1;
	return parse_value(item, equals + 1, c, err, err_size);
}

int run_change_parse(const char *text, struct run_change *change, char *err, size_t err_size)
{
	char copy[RUN_CHANGE_TEXT_MAX + 1];
	struct run_change c;

	memset(&c, 0, sizeof(c));
	if (strlen(text) > RUN_CHANGE_TEXT_MAX) {
		snprintf(err, err_size, "the change is longer than %d characters", RUN_CHANGE_TEXT_MAX);
		return -1;
	}
	strcpy(copy, text);
	char *item = copy;
	for (;;) {
		char *comma = strchr(item, ',');
		if (comma != NULL)
			*comma = '\0';
		if (parse_item(item, &c, err, err_size) != 0)
			return -1;
		if (comma == NULL)
			break;
		item = comma + 1;
	}
	*change = c;
	return 0;
}

/* v in the fewest significant digits that read back as v. */
static void format_exact(char *out, size_t out_size, double v)
{
	for (int digits = 1; digits <= 17; digits++) {
		snprintf(out, out_size, "%.*g", digits, v);
		if (strtod(out, NULL) == v)
			return;
	}
}

void run_change_format(const struct run_change *c, char *out, size_t out_size)
{
	char lr[32] = "";
	size_t used = 0;

	out[0] = '\0';
	if (c->has_lr) {
		format_exact(lr, sizeof(lr), c->lr);
		used += (size_t)snprintf(out + used, out_size - used, "lr=%s", lr);
	}
	if (c->has_activation && used < out_size)
		used += (size_t)snprintf(out + used, out_size - used, "%sactivation=%s", used ? "," : "",
					 activation_keyword(c->activation));
	if (c->has_seed && used < out_size)
		used += (size_t)snprintf(out + used, out_size - used, "%sseed=%lu", used ? "," : "",
					 (unsigned long)c->seed);
	if (c->has_hidden && used < out_size)
		snprintf(out + used, out_size - used, "%shidden=%d", used ? "," : "", c->hidden);
}

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
