/*
 * Tests of the numbers behind the learning views: the learning curve's
 * columns (checked against the epoch records one by one), its test-loss
 * series (against numpy's, tests/test_loss_reference.h), one weight's
 * loss landscape (its slope against the backward pass's gradient, by
 * finite differences) and the figures' single-value functions (against
 * the forward pass's own values).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check_core.h"
#include "core/analysis/curve.h"
#include "core/analysis/figures.h"
#include "core/trainer.h"
#include "test_loss_reference.h"

/* The defaults, recording each epoch's test loss as the visualizer does. */
static struct trainer *trained(long epochs)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	char err[200];

	config.epoch_test_loss = true;
	struct trainer *t = trainer_create(&config, err, sizeof(err));

	ck_assert_msg(t != NULL, "%s", err);
	trainer_run(t, epochs * TRAINER_DEFAULTS.train_size);
	return t;
}

/* Every column against the records it stands for, read here one by one. */
static void assert_columns(const struct trainer *t, const struct curve_column *col, int used)
{
	long next = 0;

	for (int c = 0; c < used; c++) {
		double sum = 0, lo = INFINITY, hi = -INFINITY, test_sum = 0, train_lo = 1, test_loss = 0;

		ck_assert_int_eq(col[c].first, next);
		ck_assert_int_eq(col[c].count, col[c].last - col[c].first + 1);
		for (long e = col[c].first; e <= col[c].last; e++) {
			const struct epoch_record *r = trainer_epoch_record(t, e);
			sum += r->loss;
			lo = fmin(lo, r->loss);
			hi = fmax(hi, r->loss);
			test_sum += r->test_acc;
			train_lo = fmin(train_lo, r->train_acc);
			test_loss += r->test_loss;
		}
		double n = (double)(col[c].last - col[c].first + 1);
		ck_assert_double_eq_tol(col[c].loss_mean, sum / n, 1e-12 * sum / n);
		ck_assert(col[c].loss_min == lo && col[c].loss_max == hi);
		ck_assert_double_eq_tol(col[c].test_mean, test_sum / n, 1e-12);
		ck_assert(col[c].train_min == train_lo);
		ck_assert_double_eq_tol(col[c].test_loss_mean, test_loss / n, 1e-12 * test_loss / n);
		next = col[c].last + 1;
	}
	ck_assert_int_eq(next, trainer_epochs_done(t));
}

START_TEST(test_curve_fits_ten_thousand_epochs)
{
	struct trainer *t = trained(10000);
	struct curve_column col[80];
	int used = curve_summarise(t, 72, col);

	ck_assert_int_eq(used, 72);
	assert_columns(t, col, used);
	/* Each column summarises 138 or 139 epochs; the first starts at epoch 0. */
	ck_assert_int_eq(col[0].first, 0);
	ck_assert(col[0].last - col[0].first + 1 >= 138 && col[0].last - col[0].first + 1 <= 139);
	/* The first column holds epoch 0's loss (0.142...) as its greatest. */
	ck_assert(col[0].loss_max == trainer_epoch_record(t, 0)->loss);
	ck_assert(col[0].loss_min < col[0].loss_max);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_curve_with_few_epochs)
{
	struct trainer *t = trained(0);
	struct curve_column col[80];

	ck_assert_int_eq(curve_summarise(t, 80, col), 0);
	trainer_destroy(t);
	t = trained(5);
	ck_assert_int_eq(curve_summarise(t, 80, col), 5);
	assert_columns(t, col, 5);
	for (int e = 0; e < 5; e++)
		ck_assert(col[e].loss_mean == trainer_epoch_record(t, e)->loss &&
			  col[e].train_mean == trainer_epoch_record(t, e)->train_acc);
	trainer_destroy(t);
}
END_TEST

/* Columns in order, each one's mean between its least and greatest; return the epochs. */
static long assert_partition(const struct curve_column *col, int used, double *sum, double *max)
{
	long next = 0, epochs = 0;

	*sum = 0;
	*max = 0;
	for (int c = 0; c < used; c++) {
		ck_assert_int_eq(col[c].first, next);
		next = col[c].last + 1;
		if (col[c].count == 0)
			continue;
		ck_assert(col[c].loss_min <= col[c].loss_mean && col[c].loss_mean <= col[c].loss_max);
		epochs += col[c].count;
		*sum += col[c].loss_mean * (double)col[c].count;
		*max = fmax(*max, col[c].loss_max);
	}
	return epochs;
}

START_TEST(test_curve_keeps_the_early_epochs)
{
	/* One sample a set: an epoch a step, so 70,000 epochs are quick. */
	struct trainer_config config = { 7, 8, 0.5, 1, 1, ACTIVATION_RELU, true };
	char err[200];
	struct trainer *t = trainer_create(&config, err, sizeof(err));
	struct curve_column col[80];
	double total = 0, max = 0, sum, col_max, test_total = 0, test_sum = 0;
	long epochs = 70000;

	ck_assert_msg(t != NULL, "%s", err);
	for (long e = 0; e < epochs; e++) {
		trainer_run(t, 1);
		double loss = trainer_epoch_record(t, e)->loss;
		total += loss;
		max = fmax(max, loss);
		test_total += trainer_epoch_record(t, e)->test_loss;
	}
	ck_assert(trainer_epoch_record(t, 0) == NULL); /* no longer kept whole */
	int used = curve_summarise(t, 73, col);
	ck_assert_int_eq(used, 73);
	ck_assert_int_eq(assert_partition(col, used, &sum, &col_max), epochs);
	ck_assert_int_eq(col[used - 1].last, epochs - 1);
	ck_assert_double_eq_tol(sum, total, 1e-9 * total);
	ck_assert(col_max == max);
	/* The test loss too, through the digest's buckets and the blocks. */
	for (int c = 0; c < used; c++)
		if (col[c].count > 0)
			test_sum += col[c].test_loss_mean * (double)col[c].count;
	ck_assert_double_eq_tol(test_sum, test_total, 1e-9 * test_total);
	/* The first columns hold the first epochs, the largest losses of the run. */
	ck_assert(col[0].count > 0 && col[0].loss_max == max);
	/* Back one step: one epoch less; reset: none. */
	trainer_step_back(t);
	ck_assert_int_eq(assert_partition(col, curve_summarise(t, 73, col), &sum, &col_max), epochs - 1);
	trainer_reset(t);
	ck_assert_int_eq(curve_summarise(t, 73, col), 0);
	trainer_destroy(t);
}
END_TEST

/* The curve of t, and of a run that went straight there, to the bit. */
static void assert_same_curve(const struct trainer *a, const struct trainer *b, int columns)
{
	struct curve_column ca[256], cb[256];
	int used = curve_summarise(a, columns, ca);

	ck_assert_int_eq(used, curve_summarise(b, columns, cb));
	ck_assert(memcmp(ca, cb, sizeof(ca[0]) * (size_t)used) == 0);
}

START_TEST(test_curve_after_going_back)
{
	/*
	 * 2000 epochs; back into the middle of a block of epochs, another
	 * learning rate, on again. Columns of 8 to 285 epochs: whole blocks
	 * of 64 inside them, and edges.
	 */
	struct trainer *t = trained(2000), *straight = trained(0);
	long back = 1300 * 100 + 50;

	trainer_goto_step(t, back);
	trainer_set_lr(t, 0.5);
	trainer_run(t, 2000 * 100 - back);
	trainer_run(straight, back);
	trainer_set_lr(straight, 0.5);
	trainer_run(straight, 2000 * 100 - back);
	for (int columns = 7; columns <= 250; columns += 81)
		assert_same_curve(t, straight, columns);
	trainer_destroy(straight);
	trainer_destroy(t);
}
END_TEST

/*
 * One run's test loss after each epoch, in its records and in the curve's
 * columns (one epoch each), against numpy's figures bit for bit.
 */
static void assert_test_loss_is_numpys(struct trainer_config config, const double *numpy, int epochs)
{
	struct curve_column col[128];
	char err[200];
	struct trainer *t;
	double loss;

	config.epoch_test_loss = true;
	t = trainer_create(&config, err, sizeof(err));
	ck_assert_msg(t != NULL, "%s", err);
	trainer_run(t, (long)epochs * config.train_size);
	ck_assert_int_eq(curve_summarise(t, 128, col), epochs);
	for (int e = 0; e < epochs; e++) {
		ck_assert_msg(trainer_epoch_record(t, e)->test_loss == numpy[e],
			      "epoch %d: %.17g, numpy %.17g", e, trainer_epoch_record(t, e)->test_loss,
			      numpy[e]);
		ck_assert(col[e].test_loss_mean == numpy[e]);
	}
	/* The Loss panel's "loss ... now" at the epoch's end: the same figure. */
	ck_assert_int_eq(trainer_test_evaluate(t, &loss), trainer_epoch_record(t, epochs - 1)->test_correct);
	ck_assert(loss == numpy[epochs - 1]);
	trainer_destroy(t);
}

START_TEST(test_curve_test_loss_is_numpys)
{
	struct trainer_config other = TRAINER_DEFAULTS;

	assert_test_loss_is_numpys(TRAINER_DEFAULTS, test_loss_seed42_h8, 100);
	other.seed = 7;
	other.hidden = 3; /* not the tutorial's 8: the forward pass's other path */
	other.lr = 0.05;
	assert_test_loss_is_numpys(other, test_loss_seed7_h3, 30);
}
END_TEST

/* Off (--batch), no test loss is taken; the rest of each record is the same, bit for bit. */
START_TEST(test_test_loss_only_when_asked)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	char err[200];
	struct trainer *off = trainer_create(&config, err, sizeof(err)), *on = trained(0);

	ck_assert(off != NULL);
	trainer_run(off, 20 * 100);
	trainer_run(on, 20 * 100);
	for (long e = 0; e < 20; e++) {
		struct epoch_record a = *trainer_epoch_record(off, e), b = *trainer_epoch_record(on, e);
		ck_assert(isnan(a.test_loss) && b.test_loss == test_loss_seed42_h8[e]);
		a.test_loss = b.test_loss = 0;
		ck_assert(memcmp(&a, &b, sizeof(a)) == 0);
	}
	trainer_destroy(off);
	trainer_destroy(on);
}
END_TEST

START_TEST(test_landscape_slope_is_the_gradient)
{
	struct trainer *t = trained(0);

	for (int i = 0; i < 3; i++)
		trainer_step_phase(t);
	const struct network *net = trainer_network(t);
	const struct pass *pass = trainer_pass(t);
	int j = 1, i = figures_steepest_input(pass, net->hidden, j), index = i * net->hidden + j;
	double w = net->w1[index], h = 1e-6, values[3] = { w - h, w, w + h }, losses[3];

	for (int k = 0; k < NETWORK_INPUTS; k++)
		ck_assert(fabs(pass->dw1[k * net->hidden + j]) <= fabs(pass->dw1[index]));
	ck_assert(pass->dw1[index] != 0.0);
	figures_landscape(net, trainer_sample(t), trainer_sample_label(t), index, values, 3, losses);
	/* At the weight's own value, the loss of the pass; around it, the gradient's slope. */
	ck_assert(losses[1] == pass->loss);
	ck_assert_double_eq_tol((losses[2] - losses[0]) / (2 * h), pass->dw1[index],
				1e-6 * fabs(pass->dw1[index]) + 1e-9);
	/* The figure's own gradients, before the backward phase, are the backward phase's. */
	struct pass own;
	figures_gradients(net, trainer_sample(t), trainer_sample_label(t), &own);
	ck_assert(memcmp(own.dw1, pass->dw1, sizeof(double) * NETWORK_INPUTS * net->hidden) == 0);
	ck_assert(own.loss == pass->loss);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_figure_values_are_the_passes)
{
	struct trainer *t = trained(3);

	for (int a = 0; a < ACTIVATION_COUNT; a++) {
		trainer_set_activation(t, (enum activation)a);
		trainer_step_phase(t);
		trainer_step_phase(t);
		const struct pass *pass = trainer_pass(t);
		for (int j = 0; j < trainer_network(t)->hidden; j++)
			ck_assert(network_activate((enum activation)a, pass->z1[j]) == pass->h[j]);
		double p = pass->p[pass->label];
		ck_assert(network_loss_of_p(p) == pass->loss);
		ck_assert(network_loss_of_p(p) == -log(p + 1e-8));
	}
	ck_assert(network_activate(ACTIVATION_RELU, -2.0) == 0.0);
	ck_assert_double_eq_tol(network_loss_of_p(0.0), -log(1e-8), 1e-12);
	trainer_destroy(t);
}
END_TEST

Suite *suite_figures(void)
{
	Suite *s = suite_create("figures");
	TCase *tc = tcase_create("figures");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_curve_fits_ten_thousand_epochs);
	tcase_add_test(tc, test_curve_with_few_epochs);
	tcase_add_test(tc, test_curve_keeps_the_early_epochs);
	tcase_add_test(tc, test_curve_after_going_back);
	tcase_add_test(tc, test_curve_test_loss_is_numpys);
	tcase_add_test(tc, test_test_loss_only_when_asked);
	tcase_add_test(tc, test_landscape_slope_is_the_gradient);
	tcase_add_test(tc, test_figure_values_are_the_passes);
	suite_add_tcase(s, tc);
	return s;
}
