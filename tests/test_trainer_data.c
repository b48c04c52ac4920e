/*
 * Tests of the run's own data: sets given instead of the drawn ones (the
 * starting weights stay the seed's), and patches added during the run, as
 * part of its history (trained at the epoch's end, undone by stepping back,
 * kept by a reset, replayed exactly through the checkpoints).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "check_core.h"
#include "core/trainer.h"

static struct trainer *make_with(const struct dataset *train, const struct dataset *test)
{
	char err[200];
	struct trainer *t = trainer_create_with_data(&TRAINER_DEFAULTS, train, test, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create_with_data: %s", err);
	return t;
}

/* A patch unlike the tutorial's: a bright top row. */
static struct patch top_row_patch(void)
{
	struct patch p;

	for (int i = 0; i < PATCH_PIXELS; i++)
		p.pixel[i] = i < PATCH_SIDE ? 0.9 : 0.1;
	return p;
}

static void add(struct trainer *t, const struct patch *p, enum label label)
{
	char err[200];

	ck_assert_msg(trainer_add_patch(t, p, label, err, sizeof(err)) == 0, "add: %s", err);
}

static void assert_same_weights(const struct trainer *a, const struct trainer *b)
{
	ck_assert_int_eq(trainer_step_count(a), trainer_step_count(b));
	ck_assert_msg(memcmp(trainer_network(a), trainer_network(b), sizeof(struct network)) == 0,
		      "weights differ at step %ld", trainer_step_count(a));
}

/* The default set with p appended as the last training patch. */
static struct dataset default_plus(const struct patch *p, enum label label)
{
	struct trainer *t = make_with(NULL, NULL);
	const struct dataset *train = trainer_train_set(t);
	struct dataset set;

	ck_assert_int_eq(dataset_alloc(&set, train->size + 1), 0);
	memcpy(set.patch, train->patch, (size_t)train->size * sizeof(*set.patch));
	memcpy(set.label, train->label, (size_t)train->size * sizeof(*set.label));
	set.patch[train->size] = *p;
	set.label[train->size] = label;
	trainer_destroy(t);
	return set;
}

START_TEST(test_given_sets_keep_the_seeds_weights)
{
	struct trainer *drawn = make_with(NULL, NULL);
	struct dataset test;

	ck_assert_int_eq(dataset_alloc(&test, 3), 0);
	struct trainer *given = make_with(NULL, &test);
	ck_assert(memcmp(trainer_network(drawn), trainer_network(given), sizeof(struct network)) == 0);
	ck_assert_int_eq(trainer_test_set(given)->size, 3);
	ck_assert_int_eq(trainer_train_set(given)->size, 100);
	dataset_free(&test);
	trainer_destroy(drawn);
	trainer_destroy(given);
}
END_TEST

/* An add at step 0 is the same run as a file that holds the patch last. */
START_TEST(test_add_at_step_zero_is_the_bigger_set)
{
	struct patch p = top_row_patch();
	struct dataset bigger = default_plus(&p, LABEL_NO_EDGE);
	struct trainer *added = make_with(NULL, NULL);
	struct trainer *given = make_with(&bigger, NULL);

	add(added, &p, LABEL_NO_EDGE);
	ck_assert_int_eq(trainer_train_set(added)->size, 101);
	for (int e = 0; e < 3; e++) {
		trainer_run_epoch(added);
		trainer_run_epoch(given);
	}
	assert_same_weights(added, given);
	ck_assert_int_eq(trainer_step_count(added), 303);
	ck_assert(memcmp(trainer_epoch_record(added, 2), trainer_epoch_record(given, 2),
			 sizeof(struct epoch_record)) == 0);
	dataset_free(&bigger);
	trainer_destroy(added);
	trainer_destroy(given);
}
END_TEST

/* Added in the middle of an epoch, the patch is trained at that epoch's end. */
START_TEST(test_add_mid_epoch_trains_at_its_end)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);

	trainer_run(t, 30);
	add(t, &p, LABEL_NO_EDGE);
	trainer_run(t, 71); /* samples 30 .. 100 of epoch 0 */
	ck_assert_int_eq(trainer_sample_index(t), 100);
	ck_assert_int_eq(trainer_epoch(t), 0);
	ck_assert(memcmp(trainer_sample(t), &p, sizeof(p)) == 0);
	ck_assert_int_eq(trainer_epochs_done(t), 1);
	trainer_step_sample(t);
	ck_assert_int_eq(trainer_sample_index(t), 0);
	ck_assert_int_eq(trainer_epoch(t), 1);
	trainer_destroy(t);
}
END_TEST

/* b steps back across the add exactly: first to the boundary after it, then before it. */
START_TEST(test_step_back_undoes_the_add)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);
	struct trainer *plain = make_with(NULL, NULL);
	struct trainer *straight = make_with(NULL, NULL);

	trainer_run(t, 5);
	trainer_run(plain, 5);
	trainer_run(straight, 5);
	add(t, &p, LABEL_EDGE);
	add(straight, &p, LABEL_EDGE);
	ck_assert(trainer_data_changed_here(t));
	trainer_step_sample(t);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_step_count(t), 5);
	ck_assert_int_eq(trainer_train_set(t)->size, 101);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	ck_assert(!trainer_data_changed_here(t));
	assert_same_weights(t, plain);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_step_count(t), 4);
	trainer_destroy(t);
	trainer_destroy(plain);
	trainer_destroy(straight);
}
END_TEST

/* Far past the add, through the thinned checkpoints, back and forth gives the same bits. */
START_TEST(test_add_replays_through_checkpoints)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);
	struct trainer *u = make_with(NULL, NULL);

	trainer_run(t, 150);
	add(t, &p, LABEL_NO_EDGE);
	trainer_run(t, 5000);
	trainer_goto_step(t, 151);
	ck_assert_int_eq(trainer_train_set(t)->size, 101);
	trainer_goto_step(t, 149);
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	trainer_goto_step(t, 150);
	add(t, &p, LABEL_NO_EDGE);
	trainer_goto_step(t, 3333);

	trainer_run(u, 150);
	add(u, &p, LABEL_NO_EDGE);
	for (int i = 0; i < 3183; i++)
		trainer_step_sample(u);
	assert_same_weights(t, u);
	ck_assert_int_eq(trainer_epochs_done(t), trainer_epochs_done(u));
	ck_assert_int_eq(trainer_sample_index(t), trainer_sample_index(u));
	trainer_destroy(t);
	trainer_destroy(u);
}
END_TEST

/* A reset goes back to step 0 and keeps the patches added. */
START_TEST(test_reset_keeps_the_data)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);

	trainer_run(t, 42);
	add(t, &p, LABEL_NO_EDGE);
	trainer_run(t, 10);
	trainer_reset(t);
	ck_assert_int_eq(trainer_step_count(t), 0);
	ck_assert_int_eq(trainer_train_set(t)->size, 101);
	ck_assert_int_eq(trainer_step_back(t), -1);
	ck_assert_int_eq(trainer_train_set(t)->size, 101);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_bad_adds_are_refused)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);
	char err[200] = "";

	p.pixel[3] = 1.5;
	ck_assert_int_eq(trainer_add_patch(t, &p, LABEL_EDGE, err, sizeof(err)), -1);
	ck_assert(err[0] != '\0');
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	trainer_destroy(t);
}
END_TEST

static void remove_at(struct trainer *t, int index)
{
	char err[200];

	ck_assert_msg(trainer_remove_patch(t, index, err, sizeof(err)) == 0, "remove: %s", err);
}

/* Whether the training set is the seed's, for the status line's "train N": each way it stops being so. */
START_TEST(test_data_is_drawn_until_changed)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);
	struct dataset own;

	ck_assert(trainer_data_is_drawn(t));
	trainer_run(t, 30);
	add(t, &p, LABEL_EDGE);
	ck_assert(!trainer_data_is_drawn(t));
	trainer_run(t, 5);
	ck_assert(!trainer_data_is_drawn(t));
	trainer_goto_step(t, 30); /* back to the add, by the checkpoints */
	ck_assert(!trainer_data_is_drawn(t));
	ck_assert_int_eq(trainer_step_back(t), 0); /* undoes the add */
	ck_assert(trainer_data_is_drawn(t));
	remove_at(t, 3);
	ck_assert(!trainer_data_is_drawn(t));
	trainer_step_back(t);
	ck_assert(trainer_data_is_drawn(t));
	add(t, &p, LABEL_EDGE);
	trainer_reset(t); /* keeps the added patch as step 0's data */
	ck_assert(!trainer_data_is_drawn(t));
	trainer_set_activation(t, ACTIVATION_TANH);
	ck_assert(!trainer_data_is_drawn(t));
	trainer_destroy(t);

	/* A set given in place of the drawn one: one's own from the start; a test set alone is not. */
	ck_assert_int_eq(dataset_copy(&own, trainer_test_set(t = make_with(NULL, NULL))), 0);
	trainer_destroy(t);
	t = make_with(&own, NULL);
	ck_assert(!trainer_data_is_drawn(t));
	trainer_destroy(t);
	t = make_with(NULL, &own);
	ck_assert(trainer_data_is_drawn(t));
	trainer_destroy(t);
	dataset_free(&own);
}
END_TEST

/* A remove at step 0 is the same run as a file without the patch. */
START_TEST(test_remove_at_step_zero_is_the_smaller_set)
{
	struct trainer *removed = make_with(NULL, NULL);
	const struct dataset *train = trainer_train_set(removed);
	struct dataset smaller;

	ck_assert_int_eq(dataset_alloc(&smaller, 99), 0);
	memcpy(smaller.patch, train->patch, 37 * sizeof(*smaller.patch));
	memcpy(smaller.label, train->label, 37 * sizeof(*smaller.label));
	memcpy(smaller.patch + 37, train->patch + 38, 62 * sizeof(*smaller.patch));
	memcpy(smaller.label + 37, train->label + 38, 62 * sizeof(*smaller.label));
	struct trainer *given = make_with(&smaller, NULL);
	remove_at(removed, 37);
	ck_assert(memcmp(trainer_train_set(removed)->patch, smaller.patch, 99 * sizeof(*smaller.patch)) == 0);
	for (int e = 0; e < 3; e++) {
		trainer_run_epoch(removed);
		trainer_run_epoch(given);
	}
	assert_same_weights(removed, given);
	ck_assert(memcmp(trainer_epoch_record(removed, 2), trainer_epoch_record(given, 2),
			 sizeof(struct epoch_record)) == 0);
	dataset_free(&smaller);
	trainer_destroy(removed);
	trainer_destroy(given);
}
END_TEST

/*
 * Removed in the middle of an epoch: a sample already trained leaves the
 * epoch whole (100 samples, the next one still next); one still to come
 * makes it one shorter; the epochs after have 99.
 */
START_TEST(test_remove_mid_epoch)
{
	struct trainer *t = make_with(NULL, NULL);
	struct patch next;

	trainer_run(t, 40);
	next = trainer_train_set(t)->patch[40];
	remove_at(t, 10);
	trainer_step_sample(t);
	ck_assert(memcmp(trainer_sample(t), &next, sizeof(next)) == 0);
	ck_assert_int_eq(trainer_sample_index(t), 39);
	trainer_run(t, 58); /* steps 41 .. 98 */
	ck_assert_int_eq(trainer_epochs_done(t), 0);
	trainer_step_sample(t); /* step 100: the epoch's 100th sample */
	ck_assert_int_eq(trainer_epochs_done(t), 1);
	ck_assert_int_eq(trainer_epoch_record(t, 0)->train_correct,
			 (int)(trainer_epoch_record(t, 0)->train_acc * 100 + 0.5));
	trainer_run(t, 99);
	ck_assert_int_eq(trainer_epochs_done(t), 2);

	struct trainer *u = make_with(NULL, NULL);
	trainer_run(u, 40);
	remove_at(u, 70); /* still to come: epoch 0 has 99 samples */
	trainer_run(u, 58);
	ck_assert_int_eq(trainer_epochs_done(u), 0);
	trainer_step_sample(u);
	ck_assert_int_eq(trainer_epochs_done(u), 1);
	ck_assert_int_eq(trainer_step_count(u), 99);
	trainer_destroy(t);
	trainer_destroy(u);
}
END_TEST

/* Removes and adds, far back through the checkpoints and forward again: the same bits as straight. */
START_TEST(test_changes_replay_through_checkpoints)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);
	struct trainer *u = make_with(NULL, NULL);
	struct dataset before;

	ck_assert_int_eq(dataset_copy(&before, trainer_train_set(t)), 0);
	trainer_run(t, 150);
	remove_at(t, 3);
	trainer_run(t, 150);
	add(t, &p, LABEL_NO_EDGE);
	remove_at(t, 90);
	/* Far enough that the checkpoints thin out to one every 1024 steps: */
	trainer_run(t, 200000);
	/* step 1000 is replayed from step 0's, across all three changes. */
	trainer_goto_step(t, 1000);
	trainer_goto_step(t, 3333);

	trainer_run(u, 150);
	remove_at(u, 3);
	for (int i = 0; i < 150; i++)
		trainer_step_sample(u);
	add(u, &p, LABEL_NO_EDGE);
	remove_at(u, 90);
	for (long i = 300; i < 3333; i++)
		trainer_step_sample(u);
	assert_same_weights(t, u);
	ck_assert_int_eq(trainer_epochs_done(t), trainer_epochs_done(u));
	ck_assert_int_eq(trainer_train_set(t)->size, 99);
	ck_assert(memcmp(trainer_train_set(t)->patch, trainer_train_set(u)->patch,
			 99 * sizeof(struct patch)) == 0);
	for (long e = 0; e < trainer_epochs_done(t); e++)
		ck_assert(memcmp(trainer_epoch_record(t, e), trainer_epoch_record(u, e),
				 sizeof(struct epoch_record)) == 0);
	/* Back before them all: the set of step 0 again. */
	trainer_goto_step(t, 149);
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	ck_assert(memcmp(trainer_train_set(t)->patch, before.patch, 100 * sizeof(*before.patch)) == 0);
	dataset_free(&before);
	trainer_destroy(t);
	trainer_destroy(u);
}
END_TEST

/* The epoch's first sample removed after it was trained: the epoch goes on, its mean over all 100. */
START_TEST(test_remove_the_first_sample_trained)
{
	struct trainer *t = make_with(NULL, NULL);
	double sum = 0.0, loss;

	trainer_step_sample(t);
	remove_at(t, 0);
	trainer_run(t, 98);
	ck_assert_int_eq(trainer_epochs_done(t), 0);
	trainer_step_sample(t);
	ck_assert_int_eq(trainer_step_count(t), 100);
	ck_assert_int_eq(trainer_epochs_done(t), 1);
	for (long s = 0; s < 100; s++) {
		ck_assert(trainer_step_loss(t, s, &loss));
		sum += loss;
	}
	ck_assert_double_eq_tol(trainer_epoch_record(t, 0)->loss, sum / 100, 1e-15);
	trainer_destroy(t);
}
END_TEST

/* b undoes a remove: the patch is back where it was. */
START_TEST(test_step_back_undoes_the_remove)
{
	struct trainer *t = make_with(NULL, NULL);
	struct dataset before;
	char err[200] = "";

	ck_assert_int_eq(dataset_copy(&before, trainer_train_set(t)), 0);
	trainer_run(t, 20);
	remove_at(t, 5);
	ck_assert_int_eq(trainer_train_set(t)->size, 99);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_step_count(t), 20);
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	ck_assert(memcmp(trainer_train_set(t)->patch, before.patch, 100 * sizeof(*before.patch)) == 0);
	ck_assert(memcmp(trainer_train_set(t)->label, before.label, 100 * sizeof(*before.label)) == 0);
	/* The epoch's last sample, next: removing it would end the epoch with no step. */
	trainer_run(t, 79);
	ck_assert_int_eq(trainer_remove_patch(t, 99, err, sizeof(err)), -1);
	ck_assert(err[0] != '\0');
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	dataset_free(&before);
	trainer_destroy(t);
}
END_TEST

/* How far --epochs is, with a patch added mid-epoch: that epoch has 101 samples, the next too. */
START_TEST(test_steps_to_epochs)
{
	struct patch p = top_row_patch();
	struct trainer *t = make_with(NULL, NULL);

	ck_assert_int_eq(trainer_steps_to_epochs(t, 3), 300);
	trainer_run(t, 30);
	add(t, &p, LABEL_EDGE);
	ck_assert_int_eq(trainer_steps_to_epochs(t, 2), 71 + 101);
	trainer_run(t, 71 + 101);
	ck_assert_int_eq(trainer_epochs_done(t), 2);
	ck_assert_int_eq(trainer_steps_to_epochs(t, 2), 0);
	ck_assert_int_eq(trainer_steps_to_epochs(t, 1), 0);
	trainer_destroy(t);
}
END_TEST

/* The test set's mean loss after the tutorial's epoch 0: numpy's figure (make_reference.py's loop). */
START_TEST(test_test_loss_is_numpys)
{
	struct trainer *t = make_with(NULL, NULL);
	double loss;

	trainer_run_epoch(t);
	ck_assert_int_eq(trainer_test_evaluate(t, &loss), trainer_test_correct(t));
	ck_assert_double_eq_tol(loss, 0.021423931323804123, 1e-15);
	trainer_destroy(t);
}
END_TEST

Suite *suite_trainer_data(void)
{
	Suite *s = suite_create("trainer_data");
	TCase *tc = tcase_create("data");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_given_sets_keep_the_seeds_weights);
	tcase_add_test(tc, test_add_at_step_zero_is_the_bigger_set);
	tcase_add_test(tc, test_add_mid_epoch_trains_at_its_end);
	tcase_add_test(tc, test_step_back_undoes_the_add);
	tcase_add_test(tc, test_add_replays_through_checkpoints);
	tcase_add_test(tc, test_reset_keeps_the_data);
	tcase_add_test(tc, test_data_is_drawn_until_changed);
	tcase_add_test(tc, test_bad_adds_are_refused);
	tcase_add_test(tc, test_test_loss_is_numpys);
	tcase_add_test(tc, test_steps_to_epochs);
	tcase_add_test(tc, test_remove_at_step_zero_is_the_smaller_set);
	tcase_add_test(tc, test_remove_mid_epoch);
	tcase_add_test(tc, test_changes_replay_through_checkpoints);
	tcase_add_test(tc, test_step_back_undoes_the_remove);
	tcase_add_test(tc, test_remove_the_first_sample_trained);
	suite_add_tcase(s, tc);
	return s;
}
