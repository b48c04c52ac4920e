/*
 * The equation lines of the neuron inspector and the Update panel: for every
 * value of every neuron, the result is the value as the panel prints it,
 * the factors are the ones that made it (their product, from the printed
 * digits, lands on the result within the rounding), and the update's new
 * value is old - lr * gradient.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_tui.h"
#include "core/trainer.h"
#include "tui/model/equation.h"
#include "tui/model/format.h"

/* The numbers after the last three '=' of line: "... = a * b = r" gives a, b and r. */
static void parse_product(const char *line, double *a, double *b, double *r)
{
	const char *last = strrchr(line, '=');
	const char *eq = last - 2;

	ck_assert_ptr_nonnull(last);
	while (eq > line && *eq != '=')
		eq--;
	ck_assert_msg(sscanf(eq + 1, " %lf * %lf", a, b) == 2, "no product in '%s'", line);
	*r = strtod(last + 1, NULL);
}

/* A trainer on its 4th sample's backward phase (an edge patch: some neurons pass). */
static struct trainer *backward_trainer(void)
{
	char err[200];
	struct trainer *t = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);

	ck_assert_ptr_nonnull(t);
	trainer_run(t, 3);
	for (int phase = 0; phase < 3; phase++)
		trainer_step_phase(t);
	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_BACKWARD);
	return t;
}

START_TEST(test_gradient_equations)
{
	struct trainer *t = backward_trainer();
	const struct pass *pass = trainer_pass(t);
	const struct patch *x = trainer_sample(t);
	char line[160], result[32], shown[32];
	int checked = 0;

	for (int j = 0; j < 8; j++)
		for (int which = 0; which < EQUATION_VALUES; which++) {
			double grad = which < PATCH_PIXELS   ? pass->dw1[which * 8 + j]
				      : which == EQUATION_B1 ? pass->db1[j]
							     : pass->dw2[j * 2 + (which == EQUATION_W2_NO)];
			double a, b, r;
			equation_gradient(pass, x, 8, j, which, line, sizeof line, result, sizeof result);
			/* What the Update panel's gradient column prints for it. */
			format_number(shown, sizeof shown, grad, 5, 8, true);
			ck_assert_str_eq(result, shown);
			ck_assert_msg(strlen(line) > strlen(result) &&
					      strcmp(line + strlen(line) - strlen(result), result) == 0,
				      "'%s' does not end in %s", line, result);
			if (which == EQUATION_B1) {
				ck_assert_msg(strstr(line, "dz1[") != NULL, "%s", line);
				continue;
			}
			parse_product(line, &a, &b, &r);
			/* The factors' printed digits (2 or 3, and 4 decimals) and the result's 5. */
			ck_assert_msg(fabs(a * b - r) <= 0.5e-4 * fabs(a) + 0.5e-2 * fabs(b) + 0.6e-5,
				      "%s: %g * %g is not %g", line, a, b, r);
			checked += grad != 0;
		}
	ck_assert_int_gt(checked, 50);
	equation_gradient(pass, x, 8, 3, 12, line, sizeof line, result, sizeof result);
	ck_assert_msg(strncmp(line, "dL/dW1[12,3] = x[12] * dz1[3] = ", 32) == 0, "%s", line);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_update_and_product_equations)
{
	struct trainer *t = backward_trainer();
	char line[160], result[32], shown[32];
	double products[NETWORK_INPUTS], a, b, r;

	trainer_step_phase(t); /* the update */
	const struct network *before = trainer_network_before_update(t), *after = trainer_network(t);
	const struct pass *pass = trainer_pass(t);
	for (int j = 0; j < 8; j++)
		for (int i = 0; i < PATCH_PIXELS; i++) {
			double old, lr, grad, now;
			equation_update(before, after, pass, 0.1, j, i, line, sizeof line, result,
					sizeof result);
			format_number(shown, sizeof shown, after->w1[i * 8 + j], 4, 8, true);
			ck_assert_str_eq(result, shown);
			ck_assert_msg(sscanf(strchr(line, '=') + 1, " %lf - %lf * %lf = %lf", &old, &lr,
					     &grad, &now) == 4,
				      "%s", line);
			ck_assert(lr == 0.1);
			ck_assert_msg(fabs(old - lr * grad - now) <= 1e-4 + 0.1 * 0.5e-5 + 1e-12, "%s", line);
			ck_assert_msg(fabs(old - before->w1[i * 8 + j]) <= 0.5e-4, "%s: old", line);
		}
	const struct patch *x = trainer_sample(t);
	for (int j = 0; j < 8; j++) {
		network_neuron_products(before, x, j, products);
		for (int i = 0; i < PATCH_PIXELS; i++) {
			equation_product(before, x, j, i, line, sizeof line, result, sizeof result);
			format_number(shown, sizeof shown, products[i], 2, 5, true);
			ck_assert_str_eq(result, shown);
			parse_product(line, &a, &b, &r);
			ck_assert_msg(fabs(a * b - r) <= 0.5e-4 * fabs(a) + 0.5e-2 * fabs(b) + 0.6e-2, "%s",
				      line);
		}
	}
	trainer_destroy(t);
}
END_TEST

START_TEST(test_default_value)
{
	struct trainer *t = backward_trainer();
	const struct pass *pass = trainer_pass(t);

	for (int j = 0; j < 8; j++) {
		int best = equation_default(pass, 8, j);
		for (int i = 0; i < PATCH_PIXELS; i++)
			ck_assert(fabs(pass->dw1[i * 8 + j]) <= fabs(pass->dw1[best * 8 + j]));
		for (int i = 0; i < best; i++)
			ck_assert(fabs(pass->dw1[i * 8 + j]) < fabs(pass->dw1[best * 8 + j]));
	}
	trainer_destroy(t);
}
END_TEST

Suite *suite_tui_equation(void)
{
	Suite *s = suite_create("tui_equation");
	TCase *tc = tcase_create("equation");

	tcase_add_test(tc, test_gradient_equations);
	tcase_add_test(tc, test_update_and_product_equations);
	tcase_add_test(tc, test_default_value);
	suite_add_tcase(s, tc);
	return s;
}
