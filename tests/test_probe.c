/*
 * Tests of what the network has learned: the edge-patch family, the map
 * computed over it (the forward pass's own numbers), the neurons' firing
 * counts and dead markers (the tutorial's run, against numpy), and the
 * activity replayed from the history (against stepping the run by hand).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check_core.h"
#include "core/analysis/probe.h"
#include "core/trainer.h"

static struct trainer *make_trainer(const struct trainer_config *config)
{
	char err[200];
	struct trainer *t = trainer_create(config, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create: %s", err);
	return t;
}

/* The tutorial's named examples are members of the family where they should be. */
START_TEST(test_family)
{
	struct patch family, example;
	double a, b;

	probe_family_patch(&family, 2, 0.1, 0.9);
	patch_from_example(&example, patch_example_find("edge"));
	ck_assert(memcmp(&family, &example, sizeof(family)) == 0);
	probe_family_patch(&family, 3, 0.1, 0.9);
	patch_from_example(&example, patch_example_find("edge-shifted"));
	ck_assert(memcmp(&family, &example, sizeof(family)) == 0);
	probe_family_patch(&family, 2, 0.9, 0.1);
	patch_from_example(&example, patch_example_find("inverted"));
	ck_assert(memcmp(&family, &example, sizeof(family)) == 0);

	ck_assert(probe_family_member(&example, 2, &a, &b));
	ck_assert(a == 0.9 && b == 0.1);
	ck_assert(!probe_family_member(&example, 1, &a, &b));
	ck_assert(!probe_family_member(&example, 3, &a, &b));
	patch_from_example(&example, patch_example_find("soft-edge"));
	for (int k = PROBE_MIN_K; k <= PROBE_MAX_K; k++)
		ck_assert_msg(!probe_family_member(&example, k, &a, &b), "soft edge in family %d", k);
	patch_from_example(&example, patch_example_find("uniform"));
	for (int k = PROBE_MIN_K; k <= PROBE_MAX_K; k++) {
		ck_assert(probe_family_member(&example, k, &a, &b));
		ck_assert(a == b);
	}
	/* A row unlike the others takes a patch out of the family. */
	probe_family_patch(&family, 2, 0.1, 0.9);
	family.pixel[PATCH_SIDE * 4] = 0.2;
	ck_assert(!probe_family_member(&family, 2, &a, &b));
}
END_TEST

/* Every cell of the map is network_forward of that cell's patch, built here pixel by pixel. */
START_TEST(test_map_is_the_forward_pass)
{
	struct trainer *t = make_trainer(&TRAINER_DEFAULTS);
	enum { ROWS = 7, COLS = 11 };
	double p_edge[ROWS * COLS], h[ROWS * COLS * 8];
	const struct network *net;

	trainer_run_epoch(t);
	net = trainer_network(t);
	for (int k = PROBE_MIN_K; k <= PROBE_MAX_K; k++) {
		probe_map(net, k, ROWS, COLS, p_edge, h);
		for (int r = 0; r < ROWS; r++)
			for (int c = 0; c < COLS; c++) {
				struct patch x;
				struct pass pass;
				double a = r / 6.0, b = c / 10.0;
				for (int i = 0; i < PATCH_PIXELS; i++)
					x.pixel[i] = i % PATCH_SIDE < k ? a : b;
				network_forward(net, &x, &pass);
				ck_assert_msg(p_edge[r * COLS + c] == pass.p[LABEL_EDGE], "k %d cell %d,%d",
					      k, r, c);
				ck_assert(memcmp(&h[(r * COLS + c) * 8], pass.h, 8 * sizeof(double)) == 0);
			}
	}
	ck_assert(probe_grid_value(0, 20) == 0.0 && probe_grid_value(20, 20) == 1.0);
	ck_assert(probe_grid_value(1, 20) == 0.05 && probe_grid_value(3, 20) == 0.15);
	trainer_destroy(t);
}
END_TEST

/*
 * The tutorial's run (seed 42): on how many of the 100 training samples
 * each neuron fires, from numpy (the tutorial's code, counting h > 0):
 * step 0: 100 68 27 0 32 32 100 100; after epoch 1 and after epoch 100:
 * 86 68 0 0 0 86 86 86.
 */
START_TEST(test_fired_and_dead)
{
	static const int at_start[8] = { 100, 68, 27, 0, 32, 32, 100, 100 };
	static const int trained[8] = { 86, 68, 0, 0, 0, 86, 86, 86 };
	struct trainer *t = make_trainer(&TRAINER_DEFAULTS);
	int fired[NETWORK_MAX_HIDDEN];

	probe_fired(trainer_network(t), trainer_train_set(t), fired);
	for (int j = 0; j < 8; j++) {
		ck_assert_int_eq(fired[j], at_start[j]);
		ck_assert(probe_dead(trainer_network(t), fired[j]) == (j == 3));
	}
	trainer_run_epoch(t);
	probe_fired(trainer_network(t), trainer_train_set(t), fired);
	for (int j = 0; j < 8; j++)
		ck_assert_int_eq(fired[j], trained[j]);
	trainer_run(t, 99 * 100);
	probe_fired(trainer_network(t), trainer_train_set(t), fired);
	for (int j = 0; j < 8; j++) {
		ck_assert_int_eq(fired[j], trained[j]);
		ck_assert(probe_dead(trainer_network(t), fired[j]) == (j >= 2 && j <= 4));
	}
	/* Under leaky ReLU some gradient always passes: nothing is dead. */
	struct network leaky = *trainer_network(t);
	leaky.activation = ACTIVATION_LEAKY;
	ck_assert(!probe_dead(&leaky, 0));
	trainer_destroy(t);
}
END_TEST

/* What stepping sample by sample shows: each step's h, and |dz1| summed over a range of steps. */
static void step_by_hand(struct trainer *t, long steps, long grad_from, long grad_to, long window_from,
			 double sum[NETWORK_MAX_HIDDEN], double h[][NETWORK_MAX_HIDDEN], int *recent)
{
	int hidden = trainer_network(t)->hidden;

	for (long s = 0; s < steps; s++) {
		long step = trainer_step_count(t);
		trainer_step_sample(t);
		const struct pass *pass = trainer_pass(t);
		if (step >= grad_from && step < grad_to)
			for (int j = 0; j < hidden; j++)
				sum[j] += fabs(pass->dz1[j]);
		if (step >= window_from)
			memcpy(h[(*recent)++], pass->h, sizeof(double) * (size_t)hidden);
	}
}

/* The replayed activity equals what the steps showed when they were made. */
START_TEST(test_activity_replays_the_steps)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	struct trainer *t, *hand;
	static struct trainer_activity a;
	static double h[400][NETWORK_MAX_HIDDEN];
	double sum[NETWORK_MAX_HIDDEN] = { 0 };
	int recent = 0;

	config.train_size = 50;
	t = make_trainer(&config);
	hand = make_trainer(&config);
	trainer_neuron_activity(t, &a);
	ck_assert_int_eq(a.grad_epoch, -1);
	ck_assert_int_eq(a.recent, 0);

	/* 3 epochs and 20 steps, a change of rate in the middle of the last whole epoch. */
	trainer_run(t, 120);
	trainer_set_lr(t, 0.3);
	trainer_run(t, 50);
	step_by_hand(hand, 120, 100, 150, 170 - TRAINER_ACTIVITY_WINDOW, sum, h, &recent);
	trainer_set_lr(hand, 0.3);
	step_by_hand(hand, 50, 100, 150, 170 - TRAINER_ACTIVITY_WINDOW, sum, h, &recent);
	ck_assert(memcmp(trainer_network(t), trainer_network(hand), sizeof(struct network)) == 0);

	trainer_neuron_activity(t, &a);
	ck_assert_int_eq(a.grad_epoch, 2);
	ck_assert_int_eq(a.grad_samples, 50);
	ck_assert_int_eq(a.recent, TRAINER_ACTIVITY_WINDOW);
	ck_assert_int_eq(a.first_step, 170 - TRAINER_ACTIVITY_WINDOW);
	for (int j = 0; j < 8; j++)
		ck_assert_msg(a.mean_grad[j] == sum[j] / 50, "neuron %d: %.17g, by hand %.17g", j,
			      a.mean_grad[j], sum[j] / 50);
	for (int s = 0; s < recent; s++)
		ck_assert_msg(memcmp(a.h[s], h[s], 8 * sizeof(double)) == 0, "h of step %ld",
			      a.first_step + s);

	/* Back into the epoch before: the replay follows the history. */
	trainer_goto_step(t, 140);
	trainer_neuron_activity(t, &a);
	ck_assert_int_eq(a.grad_epoch, 1);
	ck_assert_int_eq(a.recent, TRAINER_ACTIVITY_WINDOW);
	ck_assert(memcmp(a.h[TRAINER_ACTIVITY_WINDOW - 1], h[140 - 1 - (170 - TRAINER_ACTIVITY_WINDOW)],
			 8 * sizeof(double)) == 0);
	trainer_destroy(t);
	trainer_destroy(hand);
}
END_TEST

/*
 * The tutorial's run after 100 epochs: the mean |dL/dz1| over epoch 99,
 * from numpy: 8.66478404e-05 2.45596099e-04 0 0 0 1.92876989e-04
 * 1.19934961e-04 1.32622847e-05 (the dead neurons get nothing).
 */
START_TEST(test_activity_numpy)
{
	static const double want[8] = { 8.66478404e-05, 2.45596099e-04, 0, 0, 0, 1.92876989e-04,
					1.19934961e-04, 1.32622847e-05 };
	struct trainer *t = make_trainer(&TRAINER_DEFAULTS);
	static struct trainer_activity a;

	trainer_run(t, 100 * 100);
	trainer_neuron_activity(t, &a);
	ck_assert_int_eq(a.grad_epoch, 99);
	for (int j = 0; j < 8; j++)
		ck_assert_double_eq_tol(a.mean_grad[j], want[j], 1e-8 * want[j] + 1e-300);
	trainer_destroy(t);
}
END_TEST

/* The update's equation needs the rate that update used, not the one set after it. */
START_TEST(test_update_lr)
{
	struct trainer *t = make_trainer(&TRAINER_DEFAULTS);

	ck_assert(trainer_update_lr(t) == 0.1);
	trainer_step_sample(t);
	trainer_set_lr(t, 0.5);
	ck_assert(trainer_lr(t) == 0.5);
	ck_assert(trainer_update_lr(t) == 0.1);
	trainer_step_sample(t);
	ck_assert(trainer_update_lr(t) == 0.5);
	trainer_destroy(t);
}
END_TEST

Suite *suite_probe(void)
{
	Suite *s = suite_create("probe");
	TCase *tc = tcase_create("learned");

	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_family);
	tcase_add_test(tc, test_map_is_the_forward_pass);
	tcase_add_test(tc, test_fired_and_dead);
	tcase_add_test(tc, test_activity_replays_the_steps);
	tcase_add_test(tc, test_activity_numpy);
	tcase_add_test(tc, test_update_lr);
	suite_add_tcase(s, tc);
	return s;
}
