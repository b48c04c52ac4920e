/*
 * Tests of the training set's changes (data_log) beside the views of the
 * learning: with a patch added mid-epoch (and one removed later), going back (b, B, any step) and
 * forward again must give, bit for bit, what a run that went straight
 * there shows: the weights, the pass, every epoch's record, the learning
 * curve's columns, what training added and the neurons' replayed health.
 * Each of those counts epochs and samples, which after the add no longer
 * follow step / size. The health is also checked against the run's own
 * passes, taken phase by phase, since both runs share the replay.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check_core.h"
#include "core/analysis/curve.h"
#include "core/trainer.h"

#define SET_SIZE 20    /* small: many epochs, each one off step / size after the add */
#define ADD_STEP 30    /* epoch 1, its 11th sample */
#define REMOVE_STEP 50 /* epoch 2, its 10th sample: the set's first patch goes */
#define REMOVE_AT 0
#define FAR_STEP 3000 /* about 143 epochs: more than one EPOCH_BLOCK, thinned checkpoints */
#define CURVE_COLUMNS 80

/* A patch unlike the set's: a bright top row. */
static struct patch top_row_patch(void)
{
	struct patch p;

	for (int i = 0; i < PATCH_PIXELS; i++)
		p.pixel[i] = i < PATCH_SIDE ? 0.9 : 0.1;
	return p;
}

/* The changes made on boundary step of the run with changes up to `upto`: the add, the remove. */
static void change_data(struct trainer *t, long step, long upto)
{
	struct patch p = top_row_patch();
	char err[200];

	if (step == ADD_STEP && ADD_STEP <= upto)
		ck_assert_msg(trainer_add_patch(t, &p, LABEL_EDGE, err, sizeof(err)) == 0, "add: %s", err);
	if (step == REMOVE_STEP && REMOVE_STEP <= upto)
		ck_assert_msg(trainer_remove_patch(t, REMOVE_AT, err, sizeof(err)) == 0, "remove: %s", err);
}

/* A run of SET_SIZE drawn patches, brought straight to the changes up to step upto (0: none). */
static struct trainer *make_run(long upto)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	char err[200];

	config.train_size = SET_SIZE;
	config.epoch_test_loss = true; /* as the visualizer runs: the curve's test loss goes back too */
	struct trainer *t = trainer_create(&config, err, sizeof(err));
	ck_assert_msg(t != NULL, "trainer_create: %s", err);
	for (long step = ADD_STEP; step <= REMOVE_STEP; step += REMOVE_STEP - ADD_STEP) {
		if (step > upto)
			break;
		trainer_goto_step(t, step);
		change_data(t, step, upto);
	}
	return t;
}

static void assert_same_records(const struct trainer *a, const struct trainer *b, long step)
{
	ck_assert_msg(trainer_epochs_done(a) == trainer_epochs_done(b), "step %ld: %ld epochs, straight %ld",
		      step, trainer_epochs_done(a), trainer_epochs_done(b));
	for (long e = 0; e < trainer_epochs_done(a); e++) {
		const struct epoch_record *x = trainer_epoch_record(a, e), *y = trainer_epoch_record(b, e);
		ck_assert(x != NULL && y != NULL);
		ck_assert_msg(x->epoch == y->epoch && x->loss == y->loss &&
				      x->train_correct == y->train_correct && x->train_acc == y->train_acc &&
				      x->test_correct == y->test_correct && x->test_loss == y->test_loss,
			      "step %ld: epoch %ld's record differs", step, e);
	}
}

static void assert_same_views(const struct trainer *a, const struct trainer *b, long step)
{
	static struct curve_column ca[CURVE_COLUMNS], cb[CURVE_COLUMNS];
	static struct trainer_activity ha, hb;
	struct network na, nb;

	/* 80 columns: an epoch a column up to 80 epochs; 1: every epoch, by the 64-epoch blocks. */
	for (int columns = CURVE_COLUMNS; columns >= 1; columns = columns > 1 ? 1 : 0) {
		memset(ca, 0, sizeof(ca));
		memset(cb, 0, sizeof(cb));
		ck_assert_int_eq(curve_summarise(a, columns, ca), curve_summarise(b, columns, cb));
		ck_assert_msg(memcmp(ca, cb, sizeof(ca)) == 0, "step %ld: the curve in %d columns differs",
			      step, columns);
	}
	trainer_neuron_activity(a, &ha);
	trainer_neuron_activity(b, &hb);
	ck_assert_msg(memcmp(&ha, &hb, sizeof(ha)) == 0,
		      "step %ld: the neuron health differs (epoch %ld, %ld)", step, ha.grad_epoch,
		      hb.grad_epoch);
	trainer_weights_added(a, &na);
	trainer_weights_added(b, &nb);
	ck_assert_msg(memcmp(&na, &nb, sizeof(na)) == 0, "step %ld: W - W(step 0) differs", step);
}

/* Everything shown at a's point equals b's, b having gone straight there. */
static void assert_same_run(const struct trainer *a, const struct trainer *b)
{
	long step = trainer_step_count(b);
	int sa, sb, ra, rb;
	double la, lb;

	ck_assert_int_eq(trainer_step_count(a), step);
	ck_assert_int_eq(trainer_phase(a), trainer_phase(b));
	ck_assert_msg(memcmp(trainer_network(a), trainer_network(b), sizeof(struct network)) == 0,
		      "step %ld: the weights differ", step);
	ck_assert_msg(memcmp(trainer_pass(a), trainer_pass(b), sizeof(struct pass)) == 0,
		      "step %ld: the pass", step);
	ck_assert_int_eq(trainer_train_set(a)->size, trainer_train_set(b)->size);
	ck_assert_int_eq(trainer_epoch(a), trainer_epoch(b));
	ck_assert_int_eq(trainer_sample_index(a), trainer_sample_index(b));
	trainer_epoch_progress(a, &sa, &la, &ra);
	trainer_epoch_progress(b, &sb, &lb, &rb);
	ck_assert_msg(sa == sb && la == lb && ra == rb, "step %ld: the epoch in progress differs", step);
	assert_same_records(a, b, step);
	assert_same_views(a, b, step);
}

#define REFERENCE_STEPS 200

/* Each step's |dL/dz1| and h, taken from the run's own pass, phase by phase, the add included. */
static double ref_grad[REFERENCE_STEPS][NETWORK_MAX_HIDDEN], ref_h[REFERENCE_STEPS][NETWORK_MAX_HIDDEN];

static long ref_done[REFERENCE_STEPS + 1]; /* epochs done on each boundary */

static void make_reference(void)
{
	struct trainer *t = make_run(0);

	for (long s = 0; s < REFERENCE_STEPS; s++) {
		ref_done[s] = trainer_epochs_done(t);
		change_data(t, s, REMOVE_STEP);
		trainer_step_phase(t); /* forward */
		memcpy(ref_h[s], trainer_pass(t)->h, sizeof(ref_h[s]));
		trainer_step_phase(t);
		trainer_step_phase(t); /* backward */
		for (int j = 0; j < NETWORK_MAX_HIDDEN; j++)
			ref_grad[s][j] = fabs(trainer_pass(t)->dz1[j]);
		trainer_step_phase(t);
	}
	ref_done[REFERENCE_STEPS] = trainer_epochs_done(t);
	trainer_destroy(t);
}

/* The first reference boundary with `done` epochs done. */
static long ref_epoch_start(long done)
{
	long s = 0;

	while (ref_done[s] < done)
		s++;
	return s;
}

/* The health replayed at step (< REFERENCE_STEPS) against the reference's passes. */
static void assert_health_is_the_runs(const struct trainer *t, long step)
{
	static struct trainer_activity a;
	long done = ref_done[step];
	long to = ref_epoch_start(done);
	long from = done == 0 ? 0 : ref_epoch_start(done - 1);
	int hidden = trainer_network(t)->hidden;

	trainer_neuron_activity(t, &a);
	ck_assert_int_eq(a.grad_epoch, done - 1);
	ck_assert_int_eq(a.grad_samples, to - from);
	for (int j = 0; j < hidden; j++) {
		double sum = 0.0;
		for (long s = from; s < to; s++)
			sum += ref_grad[s][j];
		ck_assert_msg(a.mean_grad[j] == (to > from ? sum / (double)(to - from) : 0.0),
			      "step %ld, neuron %d: mean |dz1| %.17g", step, j, a.mean_grad[j]);
	}
	ck_assert_int_eq(a.first_step, step > TRAINER_ACTIVITY_WINDOW ? step - TRAINER_ACTIVITY_WINDOW : 0);
	for (int r = 0; r < a.recent; r++)
		ck_assert_msg(memcmp(a.h[r], ref_h[a.first_step + r], sizeof(double) * (size_t)hidden) == 0,
			      "step %ld: h of step %ld", step, a.first_step + r);
}

/*
 * B from step k's update: the backward phase of sample k - 1 is what the
 * straight run showed just before its update; three more B and four s
 * come back to k exactly.
 */
static void assert_phase_back_and_forth(struct trainer *a, const struct trainer *straight)
{
	long step = trainer_step_count(a);

	ck_assert_int_eq(trainer_phase_back(a), 0);
	ck_assert_int_eq(trainer_phase(a), TRAINER_PHASE_BACKWARD);
	ck_assert_msg(memcmp(trainer_network(a), trainer_network_before_update(straight),
			     sizeof(struct network)) == 0,
		      "B from step %ld: not the weights before the update", step);
	ck_assert_msg(memcmp(trainer_pass(a), trainer_pass(straight), sizeof(struct pass)) == 0,
		      "B from step %ld: not the sample's pass", step);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(trainer_phase_back(a), 0);
	ck_assert_int_eq(trainer_step_count(a), step - 1);
	for (int i = 0; i < 4; i++)
		trainer_step_phase(a);
	assert_same_run(a, straight);
}

/*
 * Back from far ahead to every step up to 200 and some after, and on
 * again: the straight run is one with the add only before the remove's
 * step, one with both from it. B is checked except where it undoes a
 * change.
 */
START_TEST(test_back_across_the_changes_is_the_straight_run)
{
	struct trainer *a = make_run(REMOVE_STEP);
	struct trainer *straight = make_run(ADD_STEP), *straight_both = make_run(REMOVE_STEP);

	make_reference();
	trainer_goto_step(a, FAR_STEP);
	for (long k = ADD_STEP + 1; k <= FAR_STEP; k += k < REFERENCE_STEPS ? 1 : 37) {
		struct trainer *s = k < REMOVE_STEP ? straight : straight_both;
		trainer_goto_step(a, k);
		trainer_goto_step(s, k);
		assert_same_run(a, s);
		if (k < REFERENCE_STEPS)
			assert_health_is_the_runs(a, k);
		if (k != REMOVE_STEP)
			assert_phase_back_and_forth(a, s);
		if (k < REMOVE_STEP) { /* going back before it forgot the remove: make it again */
			trainer_goto_step(a, REMOVE_STEP);
			change_data(a, REMOVE_STEP, REMOVE_STEP);
		}
		trainer_goto_step(a, FAR_STEP);
	}
	trainer_goto_step(straight_both, FAR_STEP);
	assert_same_run(a, straight_both);
	trainer_destroy(a);
	trainer_destroy(straight);
	trainer_destroy(straight_both);
}
END_TEST

/* b back to the add's boundary keeps it, one more b undoes it: the run of the set without it. */
START_TEST(test_step_back_through_the_add)
{
	struct trainer *a = make_run(ADD_STEP), *plain = make_run(0);

	trainer_run(a, 40);
	while (trainer_step_count(a) > ADD_STEP)
		ck_assert_int_eq(trainer_step_back(a), 0);
	ck_assert_int_eq(trainer_train_set(a)->size, SET_SIZE + 1);
	ck_assert(trainer_data_changed_here(a));
	ck_assert_int_eq(trainer_phase_back(a), 0); /* B undoes the add as b would */
	ck_assert_int_eq(trainer_train_set(a)->size, SET_SIZE);
	ck_assert_int_eq(trainer_step_count(a), ADD_STEP);
	ck_assert_int_eq(trainer_step_back(a), 0);
	trainer_goto_step(plain, ADD_STEP - 1);
	assert_same_run(a, plain);
	trainer_goto_step(a, 700);
	trainer_goto_step(plain, 700);
	assert_same_run(a, plain);
	trainer_destroy(a);
	trainer_destroy(plain);
}
END_TEST

Suite *suite_data_history(void)
{
	Suite *s = suite_create("data_history");
	TCase *tc = tcase_create("data_history");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_back_across_the_changes_is_the_straight_run);
	tcase_add_test(tc, test_step_back_through_the_add);
	suite_add_tcase(s, tc);
	return s;
}
