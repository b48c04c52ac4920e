/*
 * The run speeds (1 step a second up to as fast as it goes) and the
 * learning-rate ladder, which must land on the tutorial's 0.1 exactly.
 */
#include "config.h"

#include "check_tui.h"
#include "tui/model/controls.h"

START_TEST(test_controls_speeds)
{
	int n = controls_speed_count(), i;
	char buf[32];

	ck_assert_int_eq(controls_speed_steps(0), 1);
	ck_assert_int_eq(controls_speed_steps(n - 1), CONTROLS_SPEED_MAX);
	for (i = 1; i < n - 1; i++)
		ck_assert_int_gt(controls_speed_steps(i), controls_speed_steps(i - 1));
	ck_assert_int_eq(controls_speed_steps(-5), 1);
	ck_assert_int_eq(controls_speed_steps(n + 5), CONTROLS_SPEED_MAX);
	controls_speed_name(0, buf, sizeof buf);
	ck_assert_str_eq(buf, "1 step/s");
	controls_speed_name(n - 1, buf, sizeof buf);
	ck_assert_str_eq(buf, "max speed");
	controls_speed_name(controls_speed_default(), buf, sizeof buf);
	ck_assert_str_eq(buf, "10 steps/s");
}
END_TEST

START_TEST(test_controls_lr_ladder)
{
	ck_assert(controls_lr_next(0.1, 1) == 0.2);
	ck_assert(controls_lr_next(0.2, -1) == 0.1);
	ck_assert(controls_lr_next(0.1, -1) == 0.05);
	ck_assert(controls_lr_next(0.05, 1) == 0.1);
	ck_assert(controls_lr_next(0.15, 1) == 0.2);
	ck_assert(controls_lr_next(0.15, -1) == 0.1);
	ck_assert(controls_lr_next(1e-4, -1) == 1e-4);
	ck_assert(controls_lr_next(1000, 1) == 1000);
	ck_assert(controls_lr_next(5, 1) == 10);
}
END_TEST

Suite *suite_tui_controls(void)
{
	Suite *s = suite_create("tui_controls");
	TCase *tc = tcase_create("controls");

	tcase_add_test(tc, test_controls_speeds);
	tcase_add_test(tc, test_controls_lr_ladder);
	suite_add_tcase(s, tc);
	return s;
}
