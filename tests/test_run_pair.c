/*
 * Tests of two runs side by side: a trainer's clone goes on exactly as the
 * run it was taken from would (data changes, rates, going back through the
 * checkpoints), B stands where A does after every move, B is the run its
 * change makes alone (--lr, --seed on A's data, --hidden, --activation),
 * and the change's text is read and written back.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check_core.h"
#include "core/run_pair.h"
#include "core/trainer.h"

static struct trainer *make(const struct trainer_config *config)
{
	char err[200];
	struct trainer *t = trainer_create(config, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create: %s", err);
	return t;
}

static void assert_same(const struct trainer *a, const struct trainer *b)
{
	ck_assert_int_eq(trainer_step_count(a), trainer_step_count(b));
	ck_assert_int_eq(trainer_phase(a), trainer_phase(b));
	ck_assert_int_eq(trainer_sample_index(a), trainer_sample_index(b));
	ck_assert_msg(memcmp(trainer_network(a), trainer_network(b), sizeof(struct network)) == 0,
		      "weights differ at step %ld", trainer_step_count(a));
	ck_assert(memcmp(trainer_pass(a), trainer_pass(b), sizeof(struct pass)) == 0);
	ck_assert_int_eq(trainer_epochs_done(a), trainer_epochs_done(b));
	for (long e = trainer_oldest_epoch(a); e < trainer_epochs_done(a); e++)
		ck_assert(memcmp(trainer_epoch_record(a, e), trainer_epoch_record(b, e),
				 sizeof(struct epoch_record)) == 0);
	ck_assert(trainer_lr(a) == trainer_lr(b));
}

/* A run with some history: a rate change, an added patch, and a sample half done. */
static void give_history(struct trainer *t)
{
	char err[200];
	struct patch p;

	for (int i = 0; i < PATCH_PIXELS; i++)
		p.pixel[i] = i < PATCH_SIDE ? 0.9 : 0.1;
	trainer_run(t, 700);
	trainer_set_lr(t, 0.3);
	trainer_run(t, 250);
	ck_assert(trainer_add_patch(t, &p, LABEL_EDGE, err, sizeof(err)) == 0);
	trainer_run(t, 37);
	trainer_step_phase(t);
	trainer_step_phase(t);
}

START_TEST(test_a_clone_goes_on_as_the_original)
{
	struct trainer *original = make(&TRAINER_DEFAULTS);
	struct trainer *twin = make(&TRAINER_DEFAULTS);

	give_history(original);
	give_history(twin);
	struct trainer *clone = trainer_clone(original);
	ck_assert(clone != NULL);
	trainer_destroy(original); /* the clone owns all it uses */
	assert_same(clone, twin);
	trainer_step_phase(clone);
	trainer_step_phase(twin);
	trainer_run(clone, 333);
	trainer_run(twin, 333);
	assert_same(clone, twin);
	/* Back past the added patch and through the checkpoints, then forward again. */
	trainer_goto_step(clone, 400);
	trainer_goto_step(twin, 400);
	assert_same(clone, twin);
	ck_assert_int_eq(trainer_train_set(clone)->size, 100);
	trainer_run(clone, 900);
	trainer_run(twin, 900);
	assert_same(clone, twin);
	trainer_destroy(clone);
	trainer_destroy(twin);
}
END_TEST

/* B of lr=1.0 opened at step 0 is the run --lr 1.0 makes, at every move. */
START_TEST(test_b_is_the_run_of_its_change)
{
	struct trainer_config fast = TRAINER_DEFAULTS;
	struct run_change change;
	struct run_pair pair;
	char err[200];

	fast.lr = 1.0;
	struct trainer *a = make(&TRAINER_DEFAULTS);
	struct trainer *plain = make(&TRAINER_DEFAULTS);
	struct trainer *alone = make(&fast);
	ck_assert(run_change_parse("lr=1.0", &change, err, sizeof(err)) == 0);
	run_pair_init(&pair, a);
	ck_assert(run_pair_open(&pair, &change, err, sizeof(err)) == 0);
	run_pair_run(&pair, 250);
	run_pair_step_phase(&pair);
	run_pair_step_phase(&pair);
	ck_assert(run_pair_phase_back(&pair) == 0);
	run_pair_step_sample(&pair);
	ck_assert(run_pair_step_back(&pair) == 0);
	ck_assert(run_pair_step_back(&pair) == 0);
	run_pair_run_epoch(&pair);
	trainer_goto_step(plain, trainer_step_count(a));
	trainer_goto_step(alone, trainer_step_count(a));
	assert_same(a, plain);
	assert_same(pair.b, alone);
	ck_assert(trainer_network(a)->w1[0] != trainer_network(pair.b)->w1[0]);
	run_pair_close(&pair);
	trainer_destroy(a);
	trainer_destroy(plain);
	trainer_destroy(alone);
}
END_TEST

/* B opened at step k with a new rate is A to step k, then the new rate, kept after b past k. */
START_TEST(test_b_forks_from_where_a_stands)
{
	struct run_change change = { .has_lr = true, .lr = 0.9 };
	struct run_pair pair;
	char err[200];

	struct trainer *a = make(&TRAINER_DEFAULTS);
	struct trainer *alone = make(&TRAINER_DEFAULTS);
	trainer_run(a, 120);
	trainer_step_phase(a);
	run_pair_init(&pair, a);
	ck_assert(run_pair_open(&pair, &change, err, sizeof(err)) == 0);
	ck_assert(run_pair_in_step(&pair));
	run_pair_run(&pair, 80);
	trainer_run(alone, 120);
	trainer_set_lr(alone, 0.9);
	trainer_run(alone, 80);
	assert_same(pair.b, alone);
	/* Back before the fork: B keeps its rate from where it stands. */
	run_pair_goto_step(&pair, 100);
	run_pair_run(&pair, 10);
	ck_assert(run_pair_in_step(&pair));
	ck_assert(trainer_lr(pair.b) == 0.9 && trainer_step_lr(pair.b, 100) == 0.9);
	ck_assert(trainer_step_lr(a, 100) == 0.1);
	run_pair_close(&pair);
	trainer_destroy(a);
	trainer_destroy(alone);
}
END_TEST

/* seed=, hidden=, activation=: a run from step 0 on A's data, trained to A's step and phase. */
START_TEST(test_a_new_start_catches_up)
{
	static const char *const changes[] = { "seed=7", "hidden=16", "activation=tanh", "seed=3,lr=0.5" };
	struct run_pair pair;
	struct run_change change;
	char err[200];

	for (size_t i = 0; i < sizeof(changes) / sizeof(changes[0]); i++) {
		struct trainer *a = make(&TRAINER_DEFAULTS);
		struct trainer_config config = TRAINER_DEFAULTS;
		ck_assert(run_change_parse(changes[i], &change, err, sizeof(err)) == 0);
		config.seed = change.has_seed ? change.seed : config.seed;
		config.hidden = change.has_hidden ? change.hidden : config.hidden;
		config.activation = change.has_activation ? change.activation : config.activation;
		config.lr = change.has_lr ? change.lr : config.lr;
		struct trainer *alone = trainer_create_with_data(&config, trainer_train_set(a),
								 trainer_test_set(a), err, sizeof(err));
		trainer_run(a, 260);
		trainer_step_phase(a);
		run_pair_init(&pair, a);
		ck_assert(run_pair_open(&pair, &change, err, sizeof(err)) == 0);
		trainer_run(alone, 260);
		trainer_step_phase(alone);
		assert_same(pair.b, alone);
		ck_assert(run_pair_in_step(&pair));
		run_pair_close(&pair);
		trainer_destroy(a);
		trainer_destroy(alone);
	}
}
END_TEST

START_TEST(test_the_change_reads_back)
{
	struct run_change c;
	char err[200], text[RUN_CHANGE_TEXT_MAX];

	ck_assert(run_change_parse("hidden=16,lr=0.05,activation=leaky,seed=4294967295", &c, err,
				   sizeof(err)) == 0);
	run_change_format(&c, text, sizeof(text));
	ck_assert_str_eq(text, "lr=0.05,activation=leaky,seed=4294967295,hidden=16");
	ck_assert(run_change_parse("lr=1e-3", &c, err, sizeof(err)) == 0);
	ck_assert(c.lr == 1e-3 && !c.has_seed && !c.has_hidden && !c.has_activation);
	ck_assert(run_change_parse("lr=1,,seed=2", &c, err, sizeof(err)) == -1);
	ck_assert_str_eq(err, "an empty change (KEY=VALUE, e.g. lr=1.0)");
	ck_assert(run_change_parse("seed=1.5", &c, err, sizeof(err)) == -1);
	ck_assert(run_change_parse("hidden=64", &c, err, sizeof(err)) == 0 && c.hidden == 64);
}
END_TEST

Suite *suite_run_pair(void)
{
	Suite *s = suite_create("run_pair");
	TCase *tc = tcase_create("pair");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_a_clone_goes_on_as_the_original);
	tcase_add_test(tc, test_b_is_the_run_of_its_change);
	tcase_add_test(tc, test_b_forks_from_where_a_stands);
	tcase_add_test(tc, test_a_new_start_catches_up);
	tcase_add_test(tc, test_the_change_reads_back);
	suite_add_tcase(s, tc);
	return s;
}
