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

static struct trainer *
make_with(const struct dataset *train, const struct dataset *test)
{
	char err[200];
	struct trainer *t = trainer_create_with_data(&TRAINER_DEFAULTS, train, test, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create_with_data: %s", err);
	return t;
}

/* A patch unlike the tutorial's: a bright top row. */
static struct patch
top_row_patch(void)
{
	struct patch p;

	for (int i = 0; i < PATCH_PIXELS; i++)
		p.pixel[i] = i < PATCH_SIDE ? 0.9 : 0.1;
	return p;
}

static void
add(struct trainer *t, const struct patch *p, enum label label)
{
	char err[200];

	ck_assert_msg(trainer_add_patch(t, p, label, err, sizeof(err)) == 0, "add: %s", err);
}

static void
assert_same_weights(const struct trainer *a, const struct trainer *b)
{
	ck_assert_int_eq(trainer_step_count(a), trainer_step_count(b));
	ck_assert_msg(memcmp(trainer_network(a), trainer_network(b), sizeof(struct network)) == 0,
		      "weights differ at step %ld", trainer_step_count(a));
}

/* The default set with p appended as the last training patch. */
static struct dataset
default_plus(const struct patch *p, enum label label)
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
	trainer_run(t, 71);	/* samples 30 .. 100 of epoch 0 */
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
	ck_assert(trainer_added_here(t));
	trainer_step_sample(t);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_step_count(t), 5);
	ck_assert_int_eq(trainer_train_set(t)->size, 101);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(trainer_train_set(t)->size, 100);
	ck_assert(!trainer_added_here(t));
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

Suite *
suite_trainer_data(void)
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
	tcase_add_test(tc, test_bad_adds_are_refused);
	tcase_add_test(tc, test_test_loss_is_numpys);
	suite_add_tcase(s, tc);
	return s;
}
