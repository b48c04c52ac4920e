/*
 * The formats: numbers that line up and never overflow their column, losses
 * in e-notation once small, bars of the right length in both glyph sets, the
 * log scale of the sparkline, the gray and diverging levels, word wrap.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "check_tui.h"
#include "tui/model/format.h"

START_TEST(test_format_number)
{
	char buf[64];

	format_number(buf, sizeof buf, 0.58289766, 3, 8, true);
	ck_assert_str_eq(buf, "+0.583");
	format_number(buf, sizeof buf, -0.27, 3, 8, true);
	ck_assert_str_eq(buf, "-0.270");
	format_number(buf, sizeof buf, 0.583, 3, 8, false);
	ck_assert_str_eq(buf, "0.583");
	format_number(buf, sizeof buf, 0, 3, 8, true);
	ck_assert_str_eq(buf, "+0.000");
	/* too wide for the column: fewer decimals, then e-notation */
	format_number(buf, sizeof buf, 123.4567, 3, 7, true);
	ck_assert_str_eq(buf, "+123.46");
	format_number(buf, sizeof buf, -12345678.0, 3, 8, true);
	ck_assert_int_le(strlen(buf), 8);
	ck_assert_str_eq(buf, "-1.2e+07");
	/* too small for the decimals: the magnitude kept, never a false 0 */
	format_number(buf, sizeof buf, -3.21e-07, 5, 8, true);
	ck_assert_str_eq(buf, "-3.2e-07");
	format_number(buf, sizeof buf, -3.21e-07, 4, 9, true);
	ck_assert_str_eq(buf, "-3.21e-07");
	format_number(buf, sizeof buf, 3.21e-07, 2, 5, true);
	ck_assert_str_eq(buf, "+3e-7");
	format_number(buf, sizeof buf, 0.004, 2, 8, false);
	ck_assert_str_eq(buf, "4.00e-03");
	format_number(buf, sizeof buf, 4.2e-18, 3, 8, false);
	ck_assert_str_eq(buf, "4.20e-18");
	format_number(buf, sizeof buf, 0.0004, 3, 8, true);
	ck_assert_str_eq(buf, "+4.0e-04");
	format_number(buf, sizeof buf, 0.0006, 3, 8, true); /* rounds to a digit: fixed */
	ck_assert_str_eq(buf, "+0.001");
	format_number(buf, sizeof buf, -0.0, 3, 8, true); /* a true zero stays one, unsigned */
	ck_assert_str_eq(buf, "+0.000");
	format_number(buf, sizeof buf, NAN, 3, 8, true);
	ck_assert_str_eq(buf, "nan");
	format_number(buf, sizeof buf, INFINITY, 3, 8, true);
	ck_assert_str_eq(buf, "+inf");
	format_number(buf, sizeof buf, -INFINITY, 3, 8, false);
	ck_assert_str_eq(buf, "-inf");
}
END_TEST

START_TEST(test_format_loss_and_percent)
{
	char buf[32];

	format_loss(buf, sizeof buf, 0.1422563870793);
	ck_assert_str_eq(buf, "0.1423");
	format_loss(buf, sizeof buf, 8.065010561111e-05);
	ck_assert_str_eq(buf, "8.07e-05");
	format_loss(buf, sizeof buf, INFINITY);
	ck_assert_str_eq(buf, "inf");
	format_percent(buf, sizeof buf, 0.58289766);
	ck_assert_str_eq(buf, "58.3%");
}
END_TEST

/* The loss as computed, -log(p + 1e-8): the tutorial's Part 1 and a sure answer. */
START_TEST(test_format_loss_formula)
{
	char buf[64];

	/* p = 0.58289766: -log(0.58289766 + 1e-8) = 0.53975 */
	double p = 0.58289766, sure = 1.0, nearly = 0.999952495;

	format_loss_formula(buf, sizeof buf, &p, 1e-8, -log(p + 1e-8), false);
	ck_assert_str_eq(buf, "-log(0.583 + 1e-8) = 0.5397");
	format_loss_formula(buf, sizeof buf, &p, 1e-8, -log(p + 1e-8), true);
	ck_assert_str_eq(buf, "-log(0.583+1e-8)=0.5397");
	/* p = 1: -log(1 + 1e-8) = -1.0e-08, a hair below 0, written as it is */
	format_loss_formula(buf, sizeof buf, &sure, 1e-8, -log(sure + 1e-8), false);
	ck_assert_str_eq(buf, "-log(1.000 + 1e-8) = -1.0e-08");
	/* nearly sure (the tutorial's first sample after 100 epochs): 1 - p shows the loss's size */
	format_loss_formula(buf, sizeof buf, &nearly, 1e-8, -log(nearly + 1e-8), false);
	ck_assert_str_eq(buf, "-log(1 - 4.75e-05 + 1e-8) = 4.75e-05");
	format_loss_formula(buf, sizeof buf, &nearly, 1e-8, -log(nearly + 1e-8), true);
	ck_assert_str_eq(buf, "-log(1-4.75e-05+1e-8)=4.75e-05");
	/* no room for p's value: p by name */
	format_loss_formula(buf, sizeof buf, NULL, 1e-8, -log(nearly + 1e-8), true);
	ck_assert_str_eq(buf, "-log(p+1e-8)=4.75e-05");
	format_percent(buf, sizeof buf, 1);
	ck_assert_str_eq(buf, "100.0%");
}
END_TEST

START_TEST(test_format_bar)
{
	char buf[256];

	ck_assert_int_eq(format_bar(buf, sizeof buf, 0.5, 10, true), 5);
	ck_assert_str_eq(buf, "#####");
	ck_assert_int_eq(format_bar(buf, sizeof buf, 1.0, 10, true), 10);
	ck_assert_str_eq(buf, "##########");
	ck_assert_int_eq(format_bar(buf, sizeof buf, 2.0, 4, true), 4);
	ck_assert_int_eq(format_bar(buf, sizeof buf, 0, 10, true), 0);
	ck_assert_str_eq(buf, "");
	ck_assert_int_eq(format_bar(buf, sizeof buf, NAN, 10, false), 0);
	/* 0.583 of 10 cells = 46.6 eighths: 5 full blocks and 7/8 */
	ck_assert_int_eq(format_bar(buf, sizeof buf, 0.583, 10, false), 6);
	ck_assert_str_eq(buf, "\u2588\u2588\u2588\u2588\u2588\u2589");
	ck_assert_int_eq(format_bar(buf, sizeof buf, 1.0, 3, false), 3);
	ck_assert_str_eq(buf, "\u2588\u2588\u2588");
}
END_TEST

START_TEST(test_format_log_scale)
{
	double lo, hi;

	format_log_range(0.0003, 0.7, &lo, &hi);
	ck_assert_double_eq_tol(lo, 1e-4, 1e-18);
	ck_assert_double_eq_tol(hi, 1, 1e-12);
	format_log_range(0.5, 0.5, &lo, &hi);
	ck_assert_double_eq_tol(lo, 0.1, 1e-15);
	ck_assert_double_eq_tol(hi, 1, 1e-12);
	/* equal steps in decades give equal steps in level */
	ck_assert_int_eq(format_log_level(1e-4, 1e-4, 1, 8), 0);
	ck_assert_int_eq(format_log_level(1e-2, 1e-4, 1, 8), 4);
	ck_assert_int_eq(format_log_level(0.999, 1e-4, 1, 8), 7);
	ck_assert_int_eq(format_log_level(1, 1e-4, 1, 8), 7);
	ck_assert_int_eq(format_log_level(1e-9, 1e-4, 1, 8), 0);
	ck_assert_int_eq(format_log_level(NAN, 1e-4, 1, 8), -1);
	ck_assert_int_eq(format_log_level(0, 1e-4, 1, 8), -1);
	ck_assert_str_eq(format_spark_glyph(0, false), "\u2581");
	ck_assert_str_eq(format_spark_glyph(7, false), "\u2588");
	ck_assert_str_eq(format_spark_glyph(7, true), "#");
	ck_assert_str_eq(format_spark_glyph(99, true), "#");
}
END_TEST

START_TEST(test_format_decade)
{
	char buf[16];

	format_decade(buf, sizeof buf, 1);
	ck_assert_str_eq(buf, "1");
	format_decade(buf, sizeof buf, 1e-4);
	ck_assert_str_eq(buf, "1e-4");
	format_decade(buf, sizeof buf, 100);
	ck_assert_str_eq(buf, "1e2");
}
END_TEST

START_TEST(test_format_levels)
{
	ck_assert_int_eq(format_gray_level(0, 5), 0);
	ck_assert_int_eq(format_gray_level(1, 5), 4);
	ck_assert_int_eq(format_gray_level(0.5, 5), 2);
	ck_assert_int_eq(format_gray_level(7, 5), 4);
	ck_assert_int_eq(format_gray_level(-1, 5), 0);
	ck_assert_str_eq(format_shade_glyph(0, true), " ");
	ck_assert_str_eq(format_shade_glyph(4, true), "#");
	ck_assert_str_eq(format_shade_glyph(4, false), "\u2588");
	ck_assert_int_eq(format_diverging_level(0, 1, 4), 0);
	ck_assert_int_eq(format_diverging_level(1, 1, 4), 4);
	ck_assert_int_eq(format_diverging_level(-1, 1, 4), -4);
	ck_assert_int_eq(format_diverging_level(-0.3, 1, 4), -2);
	ck_assert_int_eq(format_diverging_level(0.2, 1, 4), 1);
	ck_assert_int_eq(format_diverging_level(5, 1, 4), 4);
	ck_assert_int_eq(format_diverging_level(0.5, 0, 4), 0);
	ck_assert_str_eq(format_sign_glyph(-2), "=");
	ck_assert_str_eq(format_sign_glyph(-1), "-");
	ck_assert_str_eq(format_sign_glyph(0), ".");
	ck_assert_str_eq(format_sign_glyph(1), "+");
	ck_assert_str_eq(format_sign_glyph(2), "#");
}
END_TEST

START_TEST(test_format_wrap)
{
	ck_assert_uint_eq(format_wrap("short", 10), 5);
	ck_assert_uint_eq(format_wrap("hello world again", 11), 11);
	ck_assert_uint_eq(format_wrap("hello world again", 10), 5);
	ck_assert_uint_eq(format_wrap("abcdefghijkl", 5), 5);
}
END_TEST

Suite *suite_tui_format(void)
{
	Suite *s = suite_create("tui_format");
	TCase *tc = tcase_create("format");

	tcase_add_test(tc, test_format_number);
	tcase_add_test(tc, test_format_loss_and_percent);
	tcase_add_test(tc, test_format_loss_formula);
	tcase_add_test(tc, test_format_bar);
	tcase_add_test(tc, test_format_log_scale);
	tcase_add_test(tc, test_format_decade);
	tcase_add_test(tc, test_format_levels);
	tcase_add_test(tc, test_format_wrap);
	suite_add_tcase(s, tc);
	return s;
}
