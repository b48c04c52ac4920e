/*
 * The training run: phase-by-phase and fast stepping over the tutorial's
 * loop, its metrics, and going back to earlier steps through the history.
 *
 * The state on a step boundary is the network, the step count and the sums
 * of the epoch in progress; the learning rate in force at each step comes
 * from a short list of the changes the user made. Everything else shown
 * (the current sample's pass, the weights before the last update) is rebuilt
 * by redoing the last step phase by phase, which gives the same bits.
 * Patches added to or removed from the training set are kept in a data_log
 * with where the run stood, so every count of the epochs and the samples
 * comes from it rather than from the step and the set's size.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/analysis/epoch_digest.h"
#include "core/data_log.h"
#include "core/history.h"
#include "core/ring.h"
#include "core/trainer.h"

#define LOSS_HISTORY 65536
#define EPOCH_HISTORY 65536
/* Steps the fused path takes between two looks at the bookkeeping. */
#define FAST_CHUNK 256

const struct trainer_config TRAINER_DEFAULTS = {
	.seed = 42,
	.hidden = 8,
	.lr = 0.1,
	.train_size = 100,
	.test_size = 20,
	.activation = ACTIVATION_RELU,
	.epoch_test_loss = false,
};

/* From step `from` on, updates use lr. */
struct lr_change {
	long from;
	double lr;
};

struct trainer {
	struct trainer_config config;
	struct dataset train;
	struct dataset test;
	struct network start; /* the weights of step 0 */
	struct network net;
	struct network before_update;
	struct pass pass;
	enum trainer_phase phase;
	long step;
	double epoch_loss_sum;
	int epoch_correct;
	struct lr_change *lr_changes; /* sorted by from; the first is from 0 */
	size_t lr_change_count;
	size_t lr_change_capacity;
	struct ring losses;	    /* double, by step index */
	struct ring epochs;	    /* struct epoch_record, by epoch */
	struct ring blocks;	    /* struct epoch_bucket: the kept epochs by EPOCH_BLOCK */
	struct epoch_digest digest; /* the epochs the ring has dropped, for the curve */
	struct history history;
	struct data_log data;	       /* the training set's changes since step 0 */
	bool base_drawn;	       /* step 0's training set is the one the seed drew */
	unsigned long data_generation; /* counts the changes to the set in memory, for caches of it */
	struct patch sample;	       /* the sample in progress or last trained, as it was */
	enum label sample_label;
};

/* Where boundary step stands in the training data. */
static struct data_position position_at(const struct trainer *t, long step)
{
	return data_log_position(&t->data, step);
}

/* The learning rate of the update made from step boundary `step`. */
static double lr_at(const struct trainer *t, long step)
{
	size_t i = t->lr_change_count - 1;

	while (i > 0 && t->lr_changes[i].from > step)
		i--;
	return t->lr_changes[i].lr;
}

/* The first step after `step` at which another learning rate starts. */
static long lr_next_change(const struct trainer *t, long step)
{
	for (size_t i = 0; i < t->lr_change_count; i++)
		if (t->lr_changes[i].from > step)
			return t->lr_changes[i].from;
	return -1;
}

/* Forget the changes made after step. */
static void lr_truncate(struct trainer *t, long step)
{
	while (t->lr_change_count > 1 && t->lr_changes[t->lr_change_count - 1].from > step)
		t->lr_change_count--;
}

static const char *check_config(const struct trainer_config *c)
{
	if (c->hidden < NETWORK_MIN_HIDDEN || c->hidden > NETWORK_MAX_HIDDEN)
		return "hidden size must be 1 to 64";
	if (!(c->lr > 0.0) || !isfinite(c->lr))
		return "learning rate must be a finite number above 0";
	if (c->train_size < 1 || c->train_size > DATASET_MAX_SIZE)
		return "training set size must be 1 to 100000";
	if (c->test_size < 1 || c->test_size > DATASET_MAX_SIZE)
		return "test set size must be 1 to 100000";
	if ((int)c->activation < 0 || (int)c->activation >= ACTIVATION_COUNT)
		return "unknown activation";
	return NULL;
}

/* The state on the current step boundary. */
static void take_snapshot(const struct trainer *t, struct snapshot *s)
{
	s->step = t->step;
	s->epoch_loss_sum = t->epoch_loss_sum;
	s->epoch_correct = t->epoch_correct;
	s->net = t->net;
}

/* Put the run back on step 0, with the weights of t->start; the history is the caller's. */
static void back_to_start(struct trainer *t)
{
	t->net = t->start;
	t->before_update = t->start;
	memset(&t->pass, 0, sizeof(t->pass));
	t->phase = TRAINER_PHASE_READY;
	t->step = 0;
	t->epoch_loss_sum = 0.0;
	t->epoch_correct = 0;
	ring_restart(&t->losses, 0);
	ring_restart(&t->epochs, 0);
	ring_restart(&t->blocks, 0);
	epoch_digest_reset(&t->digest);
}

/* A new run from t->start at learning rate lr: step 0 and nothing else remembered. */
static void restart(struct trainer *t, double lr)
{
	struct snapshot s;

	t->lr_changes[0] = (struct lr_change){ 0, lr };
	t->lr_change_count = 1;
	t->base_drawn = trainer_data_is_drawn(t); /* before the changes become step 0's data */
	data_log_restart(&t->data, &t->train);	  /* the data of the moment stays */
	back_to_start(t);
	take_snapshot(t, &s);
	history_restart(&t->history, &s);
}

struct trainer *trainer_create(const struct trainer_config *config, char *err, size_t err_size)
{
	return trainer_create_with_data(config, NULL, NULL, err, err_size);
}

/* Replace *set, drawn from the seed, by a copy of given (if any). Return 0 or -1. */
static int replace_set(struct dataset *set, const struct dataset *given)
{
	struct dataset copy;

	if (given == NULL)
		return 0;
	if (dataset_copy(&copy, given) != 0)
		return -1;
	dataset_free(set);
	*set = copy;
	return 0;
}

struct trainer *trainer_create_with_data(const struct trainer_config *config, const struct dataset *train,
					 const struct dataset *test, char *err, size_t err_size)
{
	const char *problem = check_config(config);

	if (problem == NULL && ((train != NULL && (train->size < 1 || train->size > DATASET_MAX_SIZE)) ||
				(test != NULL && (test->size < 1 || test->size > DATASET_MAX_SIZE))))
		problem = "a data set must hold 1 to 100000 patches";
	if (problem != NULL) {
		snprintf(err, err_size, "%s", problem);
		return NULL;
	}

	struct trainer *t = calloc(1, sizeof(*t));
	if (t == NULL) {
		snprintf(err, err_size, "out of memory");
		return NULL;
	}
	t->config = *config;

	struct rng rng;
	rng_seed(&rng, config->seed);
	t->lr_change_capacity = 16;
	t->lr_changes = malloc(t->lr_change_capacity * sizeof(*t->lr_changes));
	if (t->lr_changes == NULL || dataset_make(&t->train, config->train_size, &rng) != 0 ||
	    dataset_make(&t->test, config->test_size, &rng) != 0 || replace_set(&t->train, train) != 0 ||
	    replace_set(&t->test, test) != 0 || ring_init(&t->losses, sizeof(double), LOSS_HISTORY) != 0 ||
	    ring_init(&t->epochs, sizeof(struct epoch_record), EPOCH_HISTORY) != 0 ||
	    ring_init(&t->blocks, sizeof(struct epoch_bucket), EPOCH_HISTORY / EPOCH_BLOCK + 2) != 0 ||
	    history_init(&t->history, config->hidden) != 0) {
		trainer_destroy(t);
		snprintf(err, err_size, "out of memory");
		return NULL;
	}
	data_log_init(&t->data, &t->train, t->train.size);
	t->base_drawn = train == NULL;
	network_init(&t->start, config->hidden, &rng);
	t->start.activation = config->activation;
	restart(t, config->lr);
	return t;
}

void trainer_destroy(struct trainer *t)
{
	if (t == NULL)
		return;
	dataset_free(&t->train);
	dataset_free(&t->test);
	ring_free(&t->losses);
	ring_free(&t->epochs);
	ring_free(&t->blocks);
	if (t->history.checkpoints != NULL)
		history_free(&t->history);
	free(t->lr_changes);
	data_log_free(&t->data);
	free(t);
}

/* Point every owned part of c (a byte copy of another trainer) at nothing, for the deep copies. */
static void forget_owned(struct trainer *c)
{
	memset(&c->train, 0, sizeof(c->train));
	memset(&c->test, 0, sizeof(c->test));
	memset(&c->losses, 0, sizeof(c->losses));
	memset(&c->epochs, 0, sizeof(c->epochs));
	memset(&c->blocks, 0, sizeof(c->blocks));
	memset(&c->history, 0, sizeof(c->history));
	memset(&c->data, 0, sizeof(c->data));
	c->lr_changes = NULL;
}

struct trainer *trainer_clone(const struct trainer *t)
{
	struct trainer *c = malloc(sizeof(*c));

	if (c == NULL)
		return NULL;
	*c = *t;
	forget_owned(c);
	c->lr_changes = malloc(t->lr_change_capacity * sizeof(*c->lr_changes));
	if (c->lr_changes == NULL || dataset_copy(&c->train, &t->train) != 0 ||
	    dataset_copy(&c->test, &t->test) != 0 || ring_copy(&c->losses, &t->losses) != 0 ||
	    ring_copy(&c->epochs, &t->epochs) != 0 || ring_copy(&c->blocks, &t->blocks) != 0 ||
	    history_copy(&c->history, &t->history) != 0 ||
	    data_log_copy(&c->data, &t->data, &c->train) != 0) {
		trainer_destroy(c);
		return NULL;
	}
	memcpy(c->lr_changes, t->lr_changes, t->lr_change_count * sizeof(*c->lr_changes));
	return c;
}

int trainer_start_from(struct trainer *t, const struct network *net, char *err, size_t err_size)
{
	struct history history;

	if (net->hidden < NETWORK_MIN_HIDDEN || net->hidden > NETWORK_MAX_HIDDEN) {
		snprintf(err, err_size, "hidden size %d is not 1 to 64", net->hidden);
		return -1;
	}
	if (!network_is_finite(net)) {
		snprintf(err, err_size, "the weights are not all finite numbers");
		return -1;
	}
	if (history_init(&history, net->hidden) != 0) {
		snprintf(err, err_size, "out of memory");
		return -1;
	}
	history_free(&t->history);
	t->history = history;
	t->config.hidden = net->hidden;
	t->config.activation = net->activation;
	t->start = *net;
	restart(t, trainer_lr(t));
	return 0;
}

/* Test samples that net classifies right. */
static int count_test_correct(const struct trainer *t, const struct network *net)
{
	return network_count_correct(net, t->test.patch, t->test.label, t->test.size);
}

/* Close the epoch that the last step completed. */
static void record_epoch(struct trainer *t)
{
	struct epoch_record r;
	int n = position_at(t, t->step - 1).trained + 1; /* samples in the epoch */

	r.epoch = position_at(t, t->step).epoch - 1;
	r.loss = t->epoch_loss_sum / n;
	r.train_correct = t->epoch_correct;
	r.train_acc = (double)t->epoch_correct / n;
	if (t->config.epoch_test_loss) {
		r.test_correct =
			network_evaluate(&t->net, t->test.patch, t->test.label, t->test.size, &r.test_loss);
		r.test_loss /= t->test.size;
	} else {
		r.test_correct = count_test_correct(t, &t->net);
		r.test_loss = NAN;
	}
	r.test_acc = (double)r.test_correct / t->test.size;
	/* The ring is full: its oldest record goes to the digest before it is dropped. */
	if (ring_first(&t->epochs) + EPOCH_HISTORY == t->epochs.end)
		epoch_digest_add(&t->digest, ring_get(&t->epochs, ring_first(&t->epochs)));
	ring_push(&t->epochs, &r);
	epoch_blocks_add(&t->blocks, &r);
}

/* Start a new epoch's sums when the next sample is its first. */
static void begin_sample(struct trainer *t)
{
	if (position_at(t, t->step).trained == 0) { /* not index: a remove may leave index 0 mid-epoch */
		t->epoch_loss_sum = 0.0;
		t->epoch_correct = 0;
	}
}

/* Count a step's loss and answer: the sums of the epoch, the loss history. */
static void count_step(struct trainer *t, double loss, bool correct)
{
	ring_push(&t->losses, &loss);
	t->epoch_loss_sum += loss;
	t->epoch_correct += correct;
	t->step++;
}

/* What a step boundary brings: the epoch's record, a checkpoint when due. */
static void reach_boundary(struct trainer *t)
{
	if (position_at(t, t->step).trained == 0)
		record_epoch(t);
	if (t->step % t->history.interval == 0) {
		struct snapshot s;
		take_snapshot(t, &s);
		history_offer_checkpoint(&t->history, &s);
	}
}

/*
 * The arithmetic of the phase that follows `from`, on pass and net, for
 * sample x with label at learning rate lr: the one place it is written, so
 * that trainer_peek_phase computes what trainer_step_phase will, bit for bit.
 */
static void phase_arithmetic(enum trainer_phase from, const struct patch *x, enum label label, double lr,
			     struct pass *pass, struct network *net)
{
	switch (from) {
	case TRAINER_PHASE_READY:
	case TRAINER_PHASE_UPDATE:
		network_forward(net, x, pass);
		break;
	case TRAINER_PHASE_FORWARD:
		network_loss(pass, label);
		break;
	case TRAINER_PHASE_LOSS:
		network_backward(net, x, pass);
		break;
	case TRAINER_PHASE_BACKWARD:
		network_update(net, pass, lr);
		break;
	}
}

/* The sample the next phase works on: on a boundary the next one in order, else the one in progress. */
static void next_sample(const struct trainer *t, struct patch *x, enum label *label)
{
	if (t->phase == TRAINER_PHASE_READY || t->phase == TRAINER_PHASE_UPDATE) {
		/* Every change made on or before this boundary is in the set (see data_log_catch_up). */
		int index = position_at(t, t->step).index;
		*x = t->train.patch[index];
		*label = t->train.label[index];
		return;
	}
	*x = t->sample;
	*label = t->sample_label;
}

void trainer_peek_phase(const struct trainer *t, struct trainer_peek *peek)
{
	next_sample(t, &peek->sample, &peek->label);
	peek->index = position_at(t, t->step).index;
	peek->pass = t->pass;
	peek->net = t->net;
	peek->lr = lr_at(t, t->step);
	peek->phase =
		t->phase == TRAINER_PHASE_UPDATE ? TRAINER_PHASE_FORWARD : (enum trainer_phase)(t->phase + 1);
	phase_arithmetic(t->phase, &peek->sample, peek->label, peek->lr, &peek->pass, &peek->net);
}

void trainer_step_phase(struct trainer *t)
{
	const struct patch *x = &t->sample;
	double lr = lr_at(t, t->step);

	switch (t->phase) {
	case TRAINER_PHASE_READY:
	case TRAINER_PHASE_UPDATE:
		data_log_catch_up(&t->data, &t->train, t->step);
		next_sample(t, &t->sample, &t->sample_label);
		begin_sample(t);
		phase_arithmetic(t->phase, x, t->sample_label, lr, &t->pass, &t->net);
		t->phase = TRAINER_PHASE_FORWARD;
		break;
	case TRAINER_PHASE_FORWARD:
	case TRAINER_PHASE_LOSS:
		phase_arithmetic(t->phase, x, t->sample_label, lr, &t->pass, &t->net);
		t->phase = (enum trainer_phase)(t->phase + 1);
		break;
	case TRAINER_PHASE_BACKWARD: {
		struct snapshot s;
		t->before_update = t->net;
		phase_arithmetic(t->phase, x, t->sample_label, lr, &t->pass, &t->net);
		count_step(t, t->pass.loss, t->pass.prediction == t->pass.label);
		reach_boundary(t);
		t->phase = TRAINER_PHASE_UPDATE;
		take_snapshot(t, &s);
		history_remember(&t->history, &s);
		break;
	}
	}
}

void trainer_step_sample(struct trainer *t)
{
	do
		trainer_step_phase(t);
	while (t->phase != TRAINER_PHASE_UPDATE);
}

/*
 * Steps from the current boundary that the fast path may take in one go: up
 * to the end of the epoch, the next change of learning rate or of the
 * training set, the next checkpoint, and FAST_CHUNK, since each of those
 * needs the state there.
 */
static long fast_chunk(const struct trainer *t, long count)
{
	struct data_position here = position_at(t, t->step);
	long chunk = here.size - here.index;
	long change = lr_next_change(t, t->step);
	long data_change = data_log_next(&t->data, t->step);
	long checkpoint = t->history.interval - t->step % t->history.interval;

	if (change > 0 && change - t->step < chunk)
		chunk = change - t->step;
	if (data_change > 0 && data_change - t->step < chunk)
		chunk = data_change - t->step;
	if (checkpoint < chunk)
		chunk = checkpoint;
	if (FAST_CHUNK < chunk)
		chunk = FAST_CHUNK;
	return count < chunk ? count : chunk;
}

/* Train count whole samples by the fused path, from a step boundary. */
static void run_fast(struct trainer *t, long count)
{
	double loss[FAST_CHUNK];
	bool correct[FAST_CHUNK];

	while (count > 0) {
		data_log_catch_up(&t->data, &t->train, t->step);
		int chunk = (int)fast_chunk(t, count);
		int first = position_at(t, t->step).index;
		begin_sample(t);
		network_train_steps(&t->net, &t->train.patch[first], &t->train.label[first], chunk,
				    lr_at(t, t->step), loss, correct);
		ring_push_many(&t->losses, loss, chunk);
		for (int i = 0; i < chunk; i++) {
			t->epoch_loss_sum += loss[i];
			t->epoch_correct += correct[i];
		}
		t->step += chunk;
		reach_boundary(t);
		count -= chunk;
	}
}

void trainer_run(struct trainer *t, long steps)
{
	if (steps <= 0)
		return;
	if (t->phase != TRAINER_PHASE_READY && t->phase != TRAINER_PHASE_UPDATE) {
		trainer_step_sample(t);
		steps--;
	}
	if (steps > 1)
		run_fast(t, steps - 1);
	if (steps > 0)
		trainer_step_sample(t); /* the last one leaves its pass to show */
}

long trainer_steps_to_epochs(const struct trainer *t, long epochs)
{
	struct data_position here = position_at(t, t->step);

	if (here.epoch >= epochs)
		return 0;
	return (here.size - here.index) + (epochs - here.epoch - 1) * (long)here.size;
}

void trainer_run_epoch(struct trainer *t)
{
	struct data_position here = position_at(t, t->step);

	trainer_run(t, here.size - here.index);
}

/* Bring back the state on boundary k (k <= the current step). */
static void restore_boundary(struct trainer *t, long k)
{
	struct snapshot s;

	lr_truncate(t, k);
	data_log_truncate(&t->data, &t->train, k);
	t->data_generation++; /* may have forgotten changes */
	history_truncate(&t->history, k);
	if (k == 0) {
		back_to_start(t);
		return;
	}

	/* Replay from the latest kept state before k; the last step phase by phase. */
	history_find(&t->history, k - 1, &s);
	t->net = s.net;
	t->step = s.step;
	t->epoch_loss_sum = s.epoch_loss_sum;
	t->epoch_correct = s.epoch_correct;
	t->phase = TRAINER_PHASE_UPDATE;
	ring_truncate(&t->losses, s.step);
	long epoch = position_at(t, s.step).epoch; /* not s.step / size: the set may have changed size */
	ring_truncate(&t->epochs, epoch);
	epoch_blocks_truncate(&t->blocks, &t->epochs, epoch);
	epoch_digest_truncate(&t->digest, epoch);
	data_log_rewind(&t->data, &t->train, s.step); /* the data of that step, redone as the replay goes */

	long gap = k - s.step;
	if (gap > HISTORY_RECENT)
		run_fast(t, gap - HISTORY_RECENT);
	while (t->step < k)
		trainer_step_sample(t);
	data_log_catch_up(&t->data, &t->train, k);
}

void trainer_goto_step(struct trainer *t, long step)
{
	bool on_boundary = t->phase == TRAINER_PHASE_READY || t->phase == TRAINER_PHASE_UPDATE;

	if (step < 0)
		step = 0;
	if (step > t->step)
		trainer_run(t, step - t->step);
	else if (step < t->step || !on_boundary)
		restore_boundary(t, step);
}

/* Put the run on a step boundary for a change to the data: a sample in progress starts again. */
static void to_boundary(struct trainer *t)
{
	if (t->phase != TRAINER_PHASE_READY && t->phase != TRAINER_PHASE_UPDATE)
		restore_boundary(t, t->step);
}

int trainer_add_patch(struct trainer *t, const struct patch *patch, enum label label, char *err,
		      size_t err_size)
{
	if (!patch_is_valid(patch) || (label != LABEL_EDGE && label != LABEL_NO_EDGE)) {
		snprintf(err, err_size, "a patch's values must be in [0, 1]");
		return -1;
	}
	to_boundary(t);
	t->data_generation++;
	return data_log_add(&t->data, &t->train, t->step, patch, label, err, err_size);
}

int trainer_remove_patch(struct trainer *t, int index, char *err, size_t err_size)
{
	to_boundary(t);
	t->data_generation++;
	return data_log_remove(&t->data, &t->train, t->step, index, err, err_size);
}

bool trainer_data_is_drawn(const struct trainer *t)
{
	return t->base_drawn && t->data.applied == 0;
}

bool trainer_data_changed_here(const struct trainer *t)
{
	bool on_boundary = t->phase == TRAINER_PHASE_READY || t->phase == TRAINER_PHASE_UPDATE;

	return on_boundary && data_log_last_made_at(&t->data, t->step);
}

/* Undo the data change made at this step, if it is the last thing done; return whether one was. */
static bool undo_data_change_here(struct trainer *t)
{
	if (!trainer_data_changed_here(t))
		return false;
	data_log_undo(&t->data, &t->train);
	t->data_generation++;
	return true;
}

int trainer_step_back(struct trainer *t)
{
	if (undo_data_change_here(t))
		return 0;
	switch (t->phase) {
	case TRAINER_PHASE_READY:
		return -1;
	case TRAINER_PHASE_UPDATE:
		restore_boundary(t, t->step - 1);
		return 0;
	default:
		restore_boundary(t, t->step);
		return 0;
	}
}

int trainer_phase_back(struct trainer *t)
{
	int phases;

	if (undo_data_change_here(t)) /* the last thing done, as b undoes it */
		return 0;
	switch (t->phase) {
	case TRAINER_PHASE_READY:
		return -1;
	case TRAINER_PHASE_UPDATE:
		/* To the backward phase of the same sample: its boundary, then three phases. */
		restore_boundary(t, t->step - 1);
		phases = 3;
		break;
	default:
		phases = (int)t->phase - (int)TRAINER_PHASE_FORWARD;
		restore_boundary(t, t->step);
		break;
	}
	/* Redone phase by phase from the boundary: the same bits as the first time. */
	while (phases-- > 0)
		trainer_step_phase(t);
	return 0;
}

void trainer_reset(struct trainer *t)
{
	restart(t, trainer_lr(t));
}

void trainer_set_activation(struct trainer *t, enum activation activation)
{
	t->config.activation = activation;
	t->start.activation = activation;
	restart(t, trainer_lr(t));
}

void trainer_set_lr(struct trainer *t, double lr)
{
	if (!(lr > 0.0) || !isfinite(lr))
		return;
	struct lr_change *last = &t->lr_changes[t->lr_change_count - 1];
	if (last->from == t->step) {
		last->lr = lr;
		return;
	}
	if (t->lr_change_count == t->lr_change_capacity) {
		size_t capacity = t->lr_change_capacity * 2;
		struct lr_change *grown = realloc(t->lr_changes, capacity * sizeof(*grown));
		if (grown == NULL)
			return;
		t->lr_changes = grown;
		t->lr_change_capacity = capacity;
	}
	t->lr_changes[t->lr_change_count++] = (struct lr_change){ t->step, lr };
}

double trainer_lr(const struct trainer *t)
{
	return lr_at(t, t->step);
}

double trainer_step_lr(const struct trainer *t, long step)
{
	return lr_at(t, step < 0 ? 0 : step);
}

double trainer_shown_lr(const struct trainer *t)
{
	return t->phase == TRAINER_PHASE_UPDATE ? lr_at(t, t->step - 1) : lr_at(t, t->step);
}

double trainer_update_lr(const struct trainer *t)
{
	return trainer_step_lr(t, t->step - 1);
}

const struct trainer_config *trainer_config(const struct trainer *t)
{
	return &t->config;
}

const struct network *trainer_network(const struct trainer *t)
{
	return &t->net;
}

const struct network *trainer_network_before_update(const struct trainer *t)
{
	return &t->before_update;
}

const struct network *trainer_network_start(const struct trainer *t)
{
	return &t->start;
}

void trainer_weights_added(const struct trainer *t, struct network *added)
{
	int n = NETWORK_INPUTS * t->net.hidden, h = t->net.hidden;

	*added = t->net;
	for (int i = 0; i < n; i++)
		added->w1[i] = t->net.w1[i] - t->start.w1[i];
	for (int j = 0; j < h; j++)
		added->b1[j] = t->net.b1[j] - t->start.b1[j];
	for (int i = 0; i < h * NETWORK_OUTPUTS; i++)
		added->w2[i] = t->net.w2[i] - t->start.w2[i];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		added->b2[k] = t->net.b2[k] - t->start.b2[k];
}

bool trainer_pass_after_update(const struct trainer *t, struct pass *after)
{
	if (t->phase != TRAINER_PHASE_UPDATE)
		return false;
	network_forward(&t->net, trainer_sample(t), after);
	network_loss(after, trainer_sample_label(t));
	return true;
}

const struct pass *trainer_pass(const struct trainer *t)
{
	return &t->pass;
}

enum trainer_phase trainer_phase(const struct trainer *t)
{
	return t->phase;
}

const char *trainer_phase_name(enum trainer_phase phase)
{
	switch (phase) {
	case TRAINER_PHASE_READY:
		return "ready";
	case TRAINER_PHASE_FORWARD:
		return "forward";
	case TRAINER_PHASE_LOSS:
		return "loss";
	case TRAINER_PHASE_BACKWARD:
		return "backward";
	case TRAINER_PHASE_UPDATE:
		return "update";
	}
	return "?";
}

long trainer_step_count(const struct trainer *t)
{
	return t->step;
}

/* The step index of the sample on show: the last one trained, or the next. */
static long shown_step(const struct trainer *t)
{
	return t->phase == TRAINER_PHASE_UPDATE ? t->step - 1 : t->step;
}

long trainer_epoch(const struct trainer *t)
{
	return position_at(t, shown_step(t)).epoch;
}

int trainer_sample_index(const struct trainer *t)
{
	return position_at(t, shown_step(t)).index;
}

const struct patch *trainer_sample(const struct trainer *t)
{
	if (t->phase == TRAINER_PHASE_READY)
		return &t->train.patch[trainer_sample_index(t)];
	return &t->sample; /* as it was trained, though the set may have changed since */
}

enum label trainer_sample_label(const struct trainer *t)
{
	if (t->phase == TRAINER_PHASE_READY)
		return t->train.label[trainer_sample_index(t)];
	return t->sample_label;
}

const struct dataset *trainer_train_set(const struct trainer *t)
{
	return &t->train;
}

unsigned long trainer_data_generation(const struct trainer *t)
{
	return t->data_generation;
}

const struct dataset *trainer_test_set(const struct trainer *t)
{
	return &t->test;
}

long trainer_epochs_done(const struct trainer *t)
{
	return t->epochs.end;
}

const struct epoch_record *trainer_epoch_record(const struct trainer *t, long epoch)
{
	return ring_get(&t->epochs, epoch);
}

const struct epoch_record *trainer_epoch_span(const struct trainer *t, long epoch, long *count)
{
	return ring_span(&t->epochs, epoch, count);
}

const struct epoch_bucket *trainer_epoch_block(const struct trainer *t, long block)
{
	return ring_get(&t->blocks, block);
}

const struct epoch_digest *trainer_epoch_digest(const struct trainer *t)
{
	return &t->digest;
}

long trainer_oldest_epoch(const struct trainer *t)
{
	return ring_first(&t->epochs);
}

bool trainer_step_loss(const struct trainer *t, long step, double *loss)
{
	const double *kept = ring_get(&t->losses, step);

	if (kept == NULL)
		return false;
	*loss = *kept;
	return true;
}

long trainer_oldest_step_loss(const struct trainer *t)
{
	return ring_first(&t->losses);
}

void trainer_epoch_progress(const struct trainer *t, int *samples, double *loss_sum, int *correct)
{
	bool updated = t->phase == TRAINER_PHASE_UPDATE;
	bool fresh_epoch = !updated && position_at(t, t->step).trained == 0;

	*samples = updated ? position_at(t, t->step - 1).trained + 1 : position_at(t, t->step).trained;
	*loss_sum = fresh_epoch ? 0.0 : t->epoch_loss_sum;
	*correct = fresh_epoch ? 0 : t->epoch_correct;
}

int trainer_test_correct(const struct trainer *t)
{
	return count_test_correct(t, &t->net);
}

int trainer_test_evaluate(const struct trainer *t, double *mean_loss)
{
	int correct = network_evaluate(&t->net, t->test.patch, t->test.label, t->test.size, mean_loss);

	*mean_loss /= t->test.size;
	return correct;
}

int trainer_wrong_samples(const struct trainer *t, int *indices, int capacity)
{
	struct pass pass;
	int wrong = 0;

	for (int i = 0; i < t->train.size; i++) {
		network_forward(&t->net, &t->train.patch[i], &pass);
		if (pass.prediction == t->train.label[i])
			continue;
		if (wrong < capacity)
			indices[wrong] = i;
		wrong++;
	}
	return wrong;
}

bool trainer_diverged(const struct trainer *t)
{
	double loss;

	if (!network_is_finite(&t->net))
		return true;
	return t->step > 0 && trainer_step_loss(t, t->step - 1, &loss) && !isfinite(loss);
}

size_t trainer_history_bytes(const struct trainer *t)
{
	return history_bytes(&t->history) + ring_bytes(&t->losses) + ring_bytes(&t->epochs) +
	       ring_bytes(&t->blocks) + sizeof(t->digest) + t->lr_change_capacity * sizeof(struct lr_change);
}

/*
 * The training set as it was on a past step, for a replay that leaves the
 * trainer as it is: a copy of the set, and of the log, whose changes it
 * shares (only which of them are applied moves).
 */
struct replay_data {
	struct data_log log;
	struct dataset set;
};

/* The data of boundary step into r. Return 0, or -1 if out of memory. */
static int replay_data_open(const struct trainer *t, struct replay_data *r, long step)
{
	size_t room = (size_t)t->data.capacity; /* what the set may grow to while replayed */

	r->log = t->data;
	r->set.size = t->train.size;
	r->set.patch = malloc(room * sizeof(*r->set.patch));
	r->set.label = malloc(room * sizeof(*r->set.label));
	if (r->set.patch == NULL || r->set.label == NULL) {
		dataset_free(&r->set);
		return -1;
	}
	memcpy(r->set.patch, t->train.patch, (size_t)t->train.size * sizeof(*r->set.patch));
	memcpy(r->set.label, t->train.label, (size_t)t->train.size * sizeof(*r->set.label));
	data_log_rewind(&r->log, &r->set, step);
	return 0;
}

/* Bring net from step boundary `from` to boundary `to` by the fused path, at each step's rate. */
static void replay_fast(const struct trainer *t, struct replay_data *r, struct network *net, long from,
			long to)
{
	double loss[FAST_CHUNK];
	bool correct[FAST_CHUNK];

	while (from < to) {
		data_log_catch_up(&r->log, &r->set, from);
		struct data_position here = position_at(t, from);
		long chunk = here.size - here.index; /* to the end of its epoch */
		long change = lr_next_change(t, from), data_change = data_log_next(&t->data, from);
		if (change > 0 && change - from < chunk)
			chunk = change - from;
		if (data_change > 0 && data_change - from < chunk)
			chunk = data_change - from;
		if (chunk > FAST_CHUNK)
			chunk = FAST_CHUNK;
		if (chunk > to - from)
			chunk = to - from;
		network_train_steps(net, &r->set.patch[here.index], &r->set.label[here.index], (int)chunk,
				    lr_at(t, from), loss, correct);
		from += chunk;
	}
}

/* One replayed step from boundary `step`: what it shows goes to a. */
static void replay_step(const struct trainer *t, struct replay_data *r, struct network *net, long step,
			long grad_from, long grad_to, long window_from, struct trainer_activity *a)
{
	struct pass pass;

	data_log_catch_up(&r->log, &r->set, step);
	int i = position_at(t, step).index;
	network_forward(net, &r->set.patch[i], &pass);
	network_loss(&pass, r->set.label[i]);
	network_backward(net, &r->set.patch[i], &pass);
	if (step >= grad_from && step < grad_to)
		for (int j = 0; j < net->hidden; j++)
			a->mean_grad[j] += fabs(pass.dz1[j]);
	if (step >= window_from)
		memcpy(a->h[a->recent++], pass.h, sizeof(double) * (size_t)net->hidden);
	network_update(net, &pass, lr_at(t, step));
}

void trainer_neuron_activity(const struct trainer *t, struct trainer_activity *a)
{
	/* The epochs by the data log, not step / size: the set may have changed size. */
	struct data_position here = position_at(t, t->step);
	long grad_to = t->step - here.trained; /* where the epoch in progress began */
	long grad_from = here.epoch > 0 ? grad_to - (position_at(t, grad_to - 1).trained + 1) : grad_to;
	long window_from = t->step > TRAINER_ACTIVITY_WINDOW ? t->step - TRAINER_ACTIVITY_WINDOW : 0;
	struct replay_data r;
	struct snapshot s;

	if (grad_to - grad_from > TRAINER_GRADIENT_SAMPLES)
		grad_from = grad_to - TRAINER_GRADIENT_SAMPLES;
	memset(a, 0, sizeof(*a));
	a->grad_epoch = here.epoch - 1;
	a->first_step = window_from;

	long start = grad_from < window_from ? grad_from : window_from;
	history_find(&t->history, start, &s);
	if (replay_data_open(t, &r, s.step) != 0) {
		a->grad_epoch = -1; /* out of memory: nothing replayed, nothing shown */
		return;
	}
	a->grad_samples = (int)(grad_to - grad_from);
	struct network net = s.net;
	replay_fast(t, &r, &net, s.step, start);
	for (long step = start; step < t->step; step++)
		replay_step(t, &r, &net, step, grad_from, grad_to, window_from, a);
	dataset_free(&r.set);
	for (int j = 0; a->grad_samples > 0 && j < net.hidden; j++)
		a->mean_grad[j] /= a->grad_samples;
}
