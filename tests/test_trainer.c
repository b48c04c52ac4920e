/*
 * Tests of the training run: the tutorial's figures, every path giving the
 * same bits, stepping back exactly (from the recent steps and through the
 * checkpoints), learning-rate changes, bounded history and divergence.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check_core.h"
#include "core/trainer.h"
#include "counted_calls.h"

static struct trainer *make_trainer(const struct trainer_config *config)
{
	char err[200];
	struct trainer *t = trainer_create(config, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create: %s", err);
	return t;
}

static struct trainer *default_trainer(void)
{
	return make_trainer(&TRAINER_DEFAULTS);
}

/* Assert that two trainers stand at the same state, to the bit. */
static void assert_same_state(const struct trainer *a, const struct trainer *b)
{
	ck_assert_int_eq(trainer_step_count(a), trainer_step_count(b));
	ck_assert_int_eq(trainer_phase(a), trainer_phase(b));
	ck_assert_msg(memcmp(trainer_network(a), trainer_network(b), sizeof(struct network)) == 0,
		      "weights differ at step %ld", trainer_step_count(a));
	ck_assert(memcmp(trainer_pass(a), trainer_pass(b), sizeof(struct pass)) == 0);
	ck_assert(memcmp(trainer_network_before_update(a), trainer_network_before_update(b),
			 sizeof(struct network)) == 0);
	ck_assert_int_eq(trainer_epochs_done(a), trainer_epochs_done(b));
	for (long e = 0; e < trainer_epochs_done(a); e++) {
		const struct epoch_record *ra = trainer_epoch_record(a, e);
		const struct epoch_record *rb = trainer_epoch_record(b, e);
		ck_assert(ra != NULL && rb != NULL);
		ck_assert(memcmp(ra, rb, sizeof(*ra)) == 0);
	}
	int samples_a, samples_b, correct_a, correct_b;
	double sum_a, sum_b;
	trainer_epoch_progress(a, &samples_a, &sum_a, &correct_a);
	trainer_epoch_progress(b, &samples_b, &sum_b, &correct_b);
	ck_assert_int_eq(samples_a, samples_b);
	ck_assert(memcmp(&sum_a, &sum_b, sizeof(sum_a)) == 0);
	ck_assert_int_eq(correct_a, correct_b);
	long first = trainer_oldest_step_loss(a) > trainer_oldest_step_loss(b) ? trainer_oldest_step_loss(a)
									       : trainer_oldest_step_loss(b);
	for (long s = first; s < trainer_step_count(a); s++) {
		double la, lb;
		ck_assert(trainer_step_loss(a, s, &la) && trainer_step_loss(b, s, &lb));
		ck_assert(memcmp(&la, &lb, sizeof(la)) == 0);
	}
	ck_assert(fabs(trainer_lr(a) - trainer_lr(b)) == 0.0);
}

START_TEST(test_tutorial_run)
{
	struct trainer *t = default_trainer();
	static const struct {
		long epoch;
		double loss;
	} reference[] = {
		{ 0, 1.422563870793e-01 },  { 1, 1.580435089603e-02 },	{ 2, 7.317552011048e-03 },
		{ 20, 5.077188650446e-04 }, { 40, 2.275946141915e-04 }, { 99, 8.065010561111e-05 },
	};

	for (int e = 0; e < 100; e++)
		trainer_run_epoch(t);
	ck_assert_int_eq(trainer_step_count(t), 10000);
	ck_assert_int_eq(trainer_epochs_done(t), 100);
	for (size_t i = 0; i < sizeof(reference) / sizeof(reference[0]); i++) {
		const struct epoch_record *r = trainer_epoch_record(t, reference[i].epoch);
		ck_assert_double_eq_tol(r->loss, reference[i].loss, 1e-12 * reference[i].loss + 1e-16);
	}
	ck_assert_int_eq(trainer_test_correct(t), 20);
	ck_assert_int_eq(trainer_epoch_record(t, 99)->test_correct, 20);
	ck_assert(!trainer_diverged(t));
	trainer_destroy(t);
}
END_TEST

START_TEST(test_every_path_gives_the_same_bits)
{
	struct trainer *phases = default_trainer();
	struct trainer *samples = default_trainer();
	struct trainer *fast = default_trainer();

	for (int i = 0; i < 4 * 250; i++)
		trainer_step_phase(phases);
	for (int i = 0; i < 250; i++)
		trainer_step_sample(samples);
	trainer_run(fast, 250);
	assert_same_state(phases, samples);
	assert_same_state(samples, fast);
	trainer_destroy(phases);
	trainer_destroy(samples);
	trainer_destroy(fast);
}
END_TEST

START_TEST(test_phases_in_order)
{
	struct trainer *t = default_trainer();

	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_READY);
	ck_assert_int_eq(trainer_step_back(t), -1);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_FORWARD);
	ck_assert_int_eq(trainer_step_count(t), 0);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_LOSS);
	ck_assert(trainer_pass(t)->loss > 0.0);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_BACKWARD);
	ck_assert_int_eq(trainer_step_count(t), 0);
	ck_assert(memcmp(trainer_network(t)->w1, trainer_network_before_update(t)->w1,
			 sizeof(trainer_network(t)->w1)) == 0);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_UPDATE);
	ck_assert_int_eq(trainer_step_count(t), 1);
	ck_assert_int_eq(trainer_sample_index(t), 0);
	/* The update: new = old - lr * gradient, for every weight. */
	const struct network *now = trainer_network(t), *old = trainer_network_before_update(t);
	for (int i = 0; i < NETWORK_INPUTS * now->hidden; i++)
		ck_assert(now->w1[i] == old->w1[i] - 0.1 * trainer_pass(t)->dw1[i]);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_FORWARD);
	ck_assert_int_eq(trainer_sample_index(t), 1);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_step_back_is_exact)
{
	struct trainer *t = default_trainer();
	struct trainer *ref = default_trainer();

	for (int i = 0; i < 137; i++)
		trainer_step_sample(t);
	/* Step back one at a time from 137 to 100, comparing with a fresh run each time. */
	for (long s = 136; s >= 100; s--) {
		ck_assert_int_eq(trainer_step_back(t), 0);
		trainer_goto_step(ref, 0);
		for (long i = 0; i < s; i++)
			trainer_step_sample(ref);
		assert_same_state(t, ref);
	}
	/* From the middle of a sample, back goes to the boundary it started from. */
	trainer_step_phase(t);
	trainer_step_phase(t);
	ck_assert_int_eq(trainer_step_back(t), 0);
	assert_same_state(t, ref);
	/* And all the way to step 0. */
	while (trainer_step_back(t) == 0)
		continue;
	ck_assert_int_eq(trainer_step_count(t), 0);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_READY);
	struct trainer *fresh = default_trainer();
	assert_same_state(t, fresh);
	trainer_destroy(fresh);
	trainer_destroy(t);
	trainer_destroy(ref);
}
END_TEST

START_TEST(test_going_back_through_checkpoints)
{
	struct trainer *t = default_trainer();
	struct trainer *ref = default_trainer();
	static const long targets[] = { 54321, 12345, 100, 99, 1, 40000 };

	trainer_run(t, 60000);
	for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
		trainer_goto_step(t, targets[i]);
		trainer_reset(ref);
		trainer_run(ref, targets[i]);
		assert_same_state(t, ref);
		trainer_step_back(t);
		trainer_step_back(ref);
		assert_same_state(t, ref);
		trainer_run(t, 777);
		trainer_run(ref, 777);
		assert_same_state(t, ref);
	}
	trainer_destroy(t);
	trainer_destroy(ref);
}
END_TEST

START_TEST(test_learning_rate_changes_replay)
{
	struct trainer *t = default_trainer();
	struct trainer *ref = default_trainer();

	trainer_run(t, 10);
	trainer_set_lr(t, 0.5);
	trainer_run(t, 990);
	trainer_set_lr(t, 0.05);
	trainer_run(t, 500);
	ck_assert_double_eq(trainer_lr(t), 0.05);

	trainer_goto_step(t, 700); /* through a checkpoint and a replay */
	ck_assert_double_eq(trainer_lr(t), 0.5);
	for (int i = 0; i < 10; i++)
		trainer_step_sample(ref);
	trainer_set_lr(ref, 0.5);
	for (int i = 0; i < 690; i++)
		trainer_step_sample(ref);
	assert_same_state(t, ref);

	trainer_goto_step(t, 5);
	ck_assert_double_eq(trainer_lr(t), 0.1);
	trainer_set_lr(t, 0.0); /* refused */
	trainer_set_lr(t, NAN); /* refused */
	ck_assert_double_eq(trainer_lr(t), 0.1);
	trainer_destroy(t);
	trainer_destroy(ref);
}
END_TEST

/* A shown update names the rate it was made with, not the one set since. */
START_TEST(test_each_step_keeps_its_rate)
{
	struct trainer *t = default_trainer();
	struct network before;

	trainer_step_sample(t); /* update 0 at 0.1 */
	before = *trainer_network_before_update(t);
	trainer_set_lr(t, 0.5); /* for update 1 on */
	ck_assert_double_eq(trainer_shown_lr(t), 0.1);
	ck_assert_double_eq(trainer_step_lr(t, 0), 0.1);
	ck_assert_double_eq(trainer_step_lr(t, 1), 0.5);
	ck_assert_double_eq(trainer_lr(t), 0.5);
	/* The rate shown is the one that made the step: b1 moved by 0.1 x db1. */
	ck_assert_double_eq(trainer_network(t)->b1[0],
			    before.b1[0] - trainer_shown_lr(t) * trainer_pass(t)->db1[0]);
	trainer_step_phase(t); /* forward of step 1: its update will use 0.5 */
	ck_assert_double_eq(trainer_shown_lr(t), 0.5);
	trainer_step_sample(t);
	ck_assert_double_eq(trainer_shown_lr(t), 0.5);
	trainer_step_back(t); /* back on update 0 */
	ck_assert_double_eq(trainer_shown_lr(t), 0.1);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_a_million_steps_in_flat_memory)
{
	long before = alloc_count_live_blocks();
	struct trainer *t = default_trainer();
	long made = alloc_count_live_blocks() - before;
	/* the counters see the core's allocations */
	ck_assert_int_gt(made, 0);
	struct trainer *twin = default_trainer();
	struct trainer *ref = default_trainer();

	trainer_run(t, 1000);
	size_t history = trainer_history_bytes(t);
	/* counted by the wrapped allocation calls, so also under ASan and valgrind */
	size_t calls = alloc_count_calls();
	long blocks = alloc_count_live_blocks(), bytes = alloc_count_live_bytes();
	trainer_run(t, 1000000);
	/* read before any ck_assert: Check allocates to record where it is */
	calls = alloc_count_calls() - calls;
	blocks = alloc_count_live_blocks() - blocks;
	bytes = alloc_count_live_bytes() - bytes;
	ck_assert_uint_eq(trainer_history_bytes(t), history);
	ck_assert_uint_eq(calls, 0);
	ck_assert_int_eq(blocks, 0);
	ck_assert_int_eq(bytes, 0);
	ck_assert_int_eq(trainer_step_count(t), 1001000);
	ck_assert(!trainer_diverged(t));
	ck_assert(network_is_finite(trainer_network(t)));

	/* The same seed, the same million steps in other chunks: the same bits. */
	for (int i = 0; i < 1001; i++)
		trainer_run(twin, 1000);
	assert_same_state(t, twin);

	/* The start is still reachable, exactly. */
	trainer_goto_step(t, 3);
	trainer_run(ref, 3);
	assert_same_state(t, ref);
	trainer_destroy(t);
	trainer_destroy(twin);
	trainer_destroy(ref);
	long left = alloc_count_live_blocks() - before;
	ck_assert_int_eq(left, 0);
}
END_TEST

START_TEST(test_divergence_is_reported_and_undone)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	config.lr = 1e200;
	struct trainer *t = make_trainer(&config);

	ck_assert(!trainer_diverged(t));
	trainer_run(t, 300);
	ck_assert(trainer_diverged(t));
	ck_assert(!isfinite(trainer_epoch_record(t, 2)->loss));
	trainer_goto_step(t, 0);
	ck_assert(!trainer_diverged(t));
	ck_assert(network_is_finite(trainer_network(t)));
	trainer_destroy(t);
}
END_TEST

START_TEST(test_another_gate_restarts_the_run)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	config.activation = ACTIVATION_TANH;
	struct trainer *tanh_run = make_trainer(&config);
	struct trainer *t = default_trainer();

	trainer_run(t, 321);
	trainer_set_activation(t, ACTIVATION_TANH);
	ck_assert_int_eq(trainer_step_count(t), 0);
	ck_assert_int_eq(trainer_network(t)->activation, ACTIVATION_TANH);
	trainer_run(t, 1234);
	trainer_run(tanh_run, 1234);
	assert_same_state(t, tanh_run);
	/* Back through a checkpoint and a replay, the gate stays tanh. */
	trainer_goto_step(t, 300);
	trainer_goto_step(tanh_run, 300);
	ck_assert_int_eq(trainer_network(t)->activation, ACTIVATION_TANH);
	assert_same_state(t, tanh_run);
	trainer_destroy(t);
	trainer_destroy(tanh_run);
}
END_TEST

START_TEST(test_wrong_samples)
{
	struct trainer *t = default_trainer();
	int wrong[100];

	/* Before training: the epoch-0 pass got 96 right as it went, the untrained weights fewer. */
	int before = trainer_wrong_samples(t, wrong, 100);
	ck_assert(before > 0 && before < 100);
	for (int k = 1; k < before; k++)
		ck_assert(wrong[k] > wrong[k - 1]);
	const struct dataset *train = trainer_train_set(t);
	struct pass pass;
	network_forward(trainer_network(t), &train->patch[wrong[0]], &pass);
	ck_assert_int_ne(pass.prediction, train->label[wrong[0]]);
	ck_assert_int_eq(trainer_wrong_samples(t, wrong, 2), before); /* counts past capacity */
	for (int e = 0; e < 5; e++)
		trainer_run_epoch(t);
	ck_assert_int_eq(trainer_wrong_samples(t, wrong, 100), 0);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_bad_configs_are_refused)
{
	struct trainer_config bad[5];
	char err[200];

	for (int i = 0; i < 5; i++)
		bad[i] = TRAINER_DEFAULTS;
	bad[0].hidden = 0;
	bad[1].hidden = 65;
	bad[2].lr = -0.1;
	bad[3].lr = INFINITY;
	bad[4].train_size = 0;
	for (int i = 0; i < 5; i++) {
		err[0] = '\0';
		ck_assert_ptr_null(trainer_create(&bad[i], err, sizeof(err)));
		ck_assert(err[0] != '\0');
	}
}
END_TEST

START_TEST(test_start_from_other_weights)
{
	struct trainer *t = default_trainer();
	struct network net;
	struct rng rng;
	char err[200];

	rng_seed(&rng, 9);
	network_init(&net, 5, &rng);
	trainer_run(t, 50);
	ck_assert_int_eq(trainer_start_from(t, &net, err, sizeof(err)), 0);
	ck_assert_int_eq(trainer_step_count(t), 0);
	ck_assert_int_eq(trainer_network(t)->hidden, 5);
	trainer_run(t, 250);
	trainer_goto_step(t, 0);
	ck_assert(memcmp(trainer_network(t), &net, sizeof(net)) == 0);
	net.b1[0] = NAN;
	ck_assert_int_eq(trainer_start_from(t, &net, err, sizeof(err)), -1);
	ck_assert_int_eq(trainer_network(t)->hidden, 5);
	trainer_destroy(t);
}
END_TEST

/* Trainers at the same place: run to `steps` samples, then `phases` phases. */
static struct trainer *trainer_at(long steps, int phases)
{
	struct trainer *t = default_trainer();

	trainer_run(t, steps);
	for (int i = 0; i < phases; i++)
		trainer_step_phase(t);
	return t;
}

START_TEST(test_phase_back_is_exact)
{
	/* From step 0, across the end of an epoch, past the recent history. */
	static const long starts[] = { 0, 98, 1000 };

	for (size_t k = 0; k < sizeof(starts) / sizeof(starts[0]); k++)
		for (int i = 0; i < 9; i++) {
			struct trainer *before = trainer_at(starts[k], i);
			struct trainer *t = trainer_at(starts[k], i + 1);

			ck_assert_int_eq(trainer_phase_back(t), 0);
			assert_same_state(t, before);
			trainer_destroy(t);
			/* Four phases forward and four back: where it started. */
			t = trainer_at(starts[k], i + 4);
			for (int b = 0; b < 4; b++)
				ck_assert_int_eq(trainer_phase_back(t), 0);
			assert_same_state(t, before);
			trainer_destroy(t);
			trainer_destroy(before);
		}
}
END_TEST

START_TEST(test_phase_back_stops_at_step_0)
{
	struct trainer *t = trainer_at(0, 2);
	struct trainer *fresh = default_trainer();

	ck_assert_int_eq(trainer_phase_back(t), 0);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_FORWARD);
	ck_assert_int_eq(trainer_phase_back(t), 0);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_READY);
	ck_assert_int_eq(trainer_phase_back(t), -1);
	assert_same_state(t, fresh);
	trainer_destroy(t);
	trainer_destroy(fresh);
}
END_TEST

START_TEST(test_the_sample_after_its_update)
{
	struct trainer *t = trainer_at(0, 3);
	struct pass after;

	ck_assert(!trainer_pass_after_update(t, &after));
	trainer_step_phase(t);
	ck_assert(trainer_pass_after_update(t, &after));
	/* Sample 0 forwarded by the updated weights, which a second run gets to alone. */
	struct trainer *ref = trainer_at(1, 0);
	struct pass expect;
	network_forward(trainer_network(ref), &trainer_train_set(ref)->patch[0], &expect);
	network_loss(&expect, trainer_train_set(ref)->label[0]);
	ck_assert(memcmp(&after.loss, &expect.loss, sizeof(double)) == 0);
	ck_assert(memcmp(after.p, expect.p, sizeof(after.p)) == 0);
	/* At lr 0.1 the step helps: the loss falls; at step 0 it was the loss before. */
	ck_assert(after.loss < trainer_pass(t)->loss);
	/* The label is the sample's, the weights the new ones: not the old pass again. */
	ck_assert_int_eq(after.label, trainer_sample_label(t));
	ck_assert(after.loss != trainer_pass(t)->loss);
	trainer_destroy(ref);
	trainer_destroy(t);
}
END_TEST

/* Whether neuron j's change is dark on the left and bright on the right (or the reverse). */
static bool edge_pattern(const struct network *added, int j, double scale)
{
	int h = added->hidden, sign = added->w1[j] > 0 ? 1 : -1;
	double left = 0, right = 0;

	for (int r = 0; r < 5; r++)
		for (int c = 0; c < 5; c++) {
			double w = added->w1[(r * 5 + c) * h + j];
			if (c < 2 && (w > 0 ? 1 : -1) != sign)
				return false;
			if (c > 2 && (w > 0 ? 1 : -1) != -sign)
				return false;
			if (c < 2)
				left += w / 10;
			if (c > 2)
				right += w / 10;
		}
	return fabs(right - left) >= 0.5 * scale;
}

START_TEST(test_what_training_added)
{
	struct trainer *t = default_trainer();
	struct network start = *trainer_network(t), added;

	for (int e = 0; e < 100; e++)
		trainer_run_epoch(t);
	trainer_weights_added(t, &added);
	const struct network *now = trainer_network(t);
	double scale = 0;
	for (int i = 0; i < NETWORK_INPUTS * now->hidden; i++) {
		ck_assert(added.w1[i] == now->w1[i] - start.w1[i]);
		scale = fmax(scale, fabs(added.w1[i]));
	}
	for (int k = 0; k < 2; k++)
		ck_assert(added.b2[k] == now->b2[k] - start.b2[k]);
	/* The tutorial's "negative on the left, positive on the right", seen in the change. */
	int edges = 0;
	for (int j = 0; j < now->hidden; j++)
		edges += edge_pattern(&added, j, scale);
	ck_assert_int_ge(edges, 1);
	/* The same neurons in the raw weights are hidden by their starting noise. */
	int raw_edges = 0;
	for (int j = 0; j < now->hidden; j++)
		raw_edges += edge_pattern(now, j, scale);
	ck_assert_int_lt(raw_edges, edges);
	/* Step 0 survives going back and reset. */
	trainer_step_back(t);
	ck_assert(memcmp(trainer_network_start(t), &start, sizeof(start)) == 0);
	trainer_reset(t);
	trainer_weights_added(t, &added);
	for (int i = 0; i < NETWORK_INPUTS * now->hidden; i++)
		ck_assert(added.w1[i] == 0.0);
	/* Loaded weights become step 0. */
	struct network loaded = start;
	char err[100];
	loaded.w1[0] = 5.0;
	ck_assert_int_eq(trainer_start_from(t, &loaded, err, sizeof(err)), 0);
	ck_assert(trainer_network_start(t)->w1[0] == 5.0);
	trainer_run(t, 10);
	trainer_weights_added(t, &added);
	ck_assert(added.w1[0] == trainer_network(t)->w1[0] - 5.0);
	trainer_destroy(t);
}
END_TEST

Suite *suite_trainer(void)
{
	Suite *s = suite_create("trainer");
	TCase *tc = tcase_create("run");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_tutorial_run);
	tcase_add_test(tc, test_every_path_gives_the_same_bits);
	tcase_add_test(tc, test_phases_in_order);
	tcase_add_test(tc, test_step_back_is_exact);
	tcase_add_test(tc, test_going_back_through_checkpoints);
	tcase_add_test(tc, test_learning_rate_changes_replay);
	tcase_add_test(tc, test_each_step_keeps_its_rate);
	tcase_add_test(tc, test_a_million_steps_in_flat_memory);
	tcase_add_test(tc, test_divergence_is_reported_and_undone);
	tcase_add_test(tc, test_bad_configs_are_refused);
	tcase_add_test(tc, test_wrong_samples);
	tcase_add_test(tc, test_another_gate_restarts_the_run);
	tcase_add_test(tc, test_start_from_other_weights);
	tcase_add_test(tc, test_phase_back_is_exact);
	tcase_add_test(tc, test_phase_back_stops_at_step_0);
	tcase_add_test(tc, test_the_sample_after_its_update);
	tcase_add_test(tc, test_what_training_added);
	suite_add_tcase(s, tc);
	return s;
}
