/*
 * Tests of the named example patches and of --patch parsing.
 */
#include "config.h"

#include <string.h>

#include "check_core.h"
#include "core/patch.h"

START_TEST(test_examples_are_the_tutorials)
{
	struct patch p;
	enum label label;
	char err[200];

	ck_assert_int_eq(patch_parse("soft-edge", &p, &label, err, sizeof(err)), 0);
	ck_assert_int_eq(label, LABEL_EDGE);
	const double soft_edge_row[] = { 0.1, 0.1, 0.5, 0.9, 0.9 };
	for (int i = 0; i < PATCH_PIXELS; i++)
		ck_assert_double_eq(p.pixel[i], soft_edge_row[i % PATCH_SIDE]);

	ck_assert_int_eq(patch_parse("inverted", &p, &label, err, sizeof(err)), 0);
	ck_assert_int_eq(label, LABEL_NO_EDGE);
	ck_assert_double_eq(p.pixel[0], 0.9);
	ck_assert_double_eq(p.pixel[24], 0.1);

	size_t count;
	const struct patch_example *all = patch_examples(&count);
	ck_assert_uint_eq(count, 5);
	for (size_t i = 0; i < count; i++)
		ck_assert_ptr_eq(patch_example_find(all[i].name), &all[i]);
}
END_TEST

START_TEST(test_values_are_parsed_in_full)
{
	struct patch p;
	enum label label = LABEL_NO_EDGE;
	char err[200];
	const char *spec = "0,0.04,0.08,0.12,0.16,0.2,0.24,0.28,0.32,0.36,0.4,0.44,0.48,"
			   "0.52,0.56,0.6,0.64,0.68,0.72,0.76,0.8,0.84,0.88,0.92,0.96";

	ck_assert_int_eq(patch_parse(spec, &p, &label, err, sizeof(err)), 0);
	ck_assert_int_eq(label, LABEL_EDGE);
	for (int i = 0; i < PATCH_PIXELS; i++)
		ck_assert_double_eq_tol(p.pixel[i], i * 0.04, 1e-15);
}
END_TEST

START_TEST(test_bad_patches_are_refused_unchanged)
{
	static const struct {
		const char *spec;
		const char *says;
	} cases[] = {
		{ "edgy", "unknown patch" },
		{ "0.1,0.2", "expected 25" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0", "more than 25" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1.5", "outside [0, 1]" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-0.1", "outside [0, 1]" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,x,0,0,0,0,0,0,0,0,0,0,0,0", "value 13 is not a number" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,nan,0,0,0,0,0,0,0,0,0,0,0,0", "value 13 is not a number" },
		{ "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,", "value 25 is not a number" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct patch p = { { 0.25 } };
		enum label label = LABEL_NO_EDGE;
		char err[200] = "";
		ck_assert_int_eq(patch_parse(cases[i].spec, &p, &label, err, sizeof(err)), -1);
		ck_assert_msg(strstr(err, cases[i].says) != NULL, "'%s' gave '%s'", cases[i].spec, err);
		ck_assert_double_eq(p.pixel[0], 0.25);
		ck_assert_int_eq(label, LABEL_NO_EDGE);
	}
}
END_TEST

Suite *suite_patch(void)
{
	Suite *s = suite_create("patch");
	TCase *tc = tcase_create("parse");

	tcase_add_test(tc, test_examples_are_the_tutorials);
	tcase_add_test(tc, test_values_are_parsed_in_full);
	tcase_add_test(tc, test_bad_patches_are_refused_unchanged);
	suite_add_tcase(s, tc);
	return s;
}
