/*
 * Tests of the generator against numpy's own draws (tests/rng_reference.h,
 * made by numpy): each value must match to the bit.
 */
#include "config.h"

#include <string.h>

#include "check_core.h"
#include "core/rng.h"
#include "rng_reference.h"

/* Bit-for-bit equality, so that -0.0 and 0.0 or two NaNs are told apart. */
#define ck_assert_same_double(a, b)                                                                          \
	do {                                                                                                 \
		double a_ = (a), b_ = (b);                                                                   \
		ck_assert_msg(memcmp(&a_, &b_, sizeof(a_)) == 0, "%a != %a", a_, b_);                        \
	} while (0)

START_TEST(test_raw_outputs)
{
	struct rng rng;

	rng_seed(&rng, rng_ref_seed[_i]);
	for (int k = 0; k < RNG_REF_COUNT; k++)
		ck_assert_uint_eq(rng_next32(&rng), rng_ref_raw[_i][k]);
}
END_TEST

START_TEST(test_rand)
{
	struct rng rng;

	rng_seed(&rng, rng_ref_seed[_i]);
	for (int k = 0; k < RNG_REF_COUNT; k++)
		ck_assert_same_double(rng_random_sample(&rng), rng_ref_rand[_i][k]);
}
END_TEST

START_TEST(test_randn)
{
	struct rng rng;

	rng_seed(&rng, rng_ref_seed[_i]);
	for (int k = 0; k < RNG_REF_COUNT; k++)
		ck_assert_same_double(rng_randn(&rng), rng_ref_randn[_i][k]);
}
END_TEST

START_TEST(test_uniform)
{
	struct rng rng;

	rng_seed(&rng, rng_ref_seed[_i]);
	for (int k = 0; k < RNG_REF_COUNT; k++)
		ck_assert_same_double(rng_uniform(&rng, 0.3, 0.7), rng_ref_uniform[_i][k]);
}
END_TEST

START_TEST(test_randint)
{
	struct rng rng;

	rng_seed(&rng, rng_ref_seed[_i]);
	for (int k = 0; k < RNG_REF_COUNT; k++)
		ck_assert_int_eq(rng_randint(&rng, 1, 4), rng_ref_randint_1_4[_i][k]);
}
END_TEST

/* Mixed calls share one stream, and randn's kept value survives other draws. */
START_TEST(test_mixed_sequence)
{
	struct rng rng;

	rng_seed(&rng, RNG_REF_MIXED_SEED);
	for (int k = 0; k < RNG_REF_MIXED_COUNT; k++) {
		const struct rng_ref_draw *d = &rng_ref_mixed[k];
		switch (d->fn) {
		case RNG_REF_RAND:
			ck_assert_same_double(rng_random_sample(&rng), d->value);
			break;
		case RNG_REF_RANDINT_1_4:
			ck_assert_int_eq(rng_randint(&rng, 1, 4), (long)d->value);
			break;
		case RNG_REF_RANDN:
			ck_assert_same_double(rng_randn(&rng), d->value);
			break;
		case RNG_REF_UNIFORM:
			ck_assert_same_double(rng_uniform(&rng, 0.3, 0.7), d->value);
			break;
		}
	}
}
END_TEST

START_TEST(test_reseeding_clears_the_kept_gaussian)
{
	struct rng rng;

	rng_seed(&rng, 1);
	rng_randn(&rng); /* keeps a second value */
	rng_seed(&rng, rng_ref_seed[0]);
	ck_assert_same_double(rng_randn(&rng), rng_ref_randn[0][0]);
}
END_TEST

Suite *suite_rng(void)
{
	Suite *s = suite_create("rng");
	TCase *tc = tcase_create("numpy");

	tcase_add_loop_test(tc, test_raw_outputs, 0, RNG_REF_SEEDS);
	tcase_add_loop_test(tc, test_rand, 0, RNG_REF_SEEDS);
	tcase_add_loop_test(tc, test_randn, 0, RNG_REF_SEEDS);
	tcase_add_loop_test(tc, test_uniform, 0, RNG_REF_SEEDS);
	tcase_add_loop_test(tc, test_randint, 0, RNG_REF_SEEDS);
	tcase_add_test(tc, test_mixed_sequence);
	tcase_add_test(tc, test_reseeding_clears_the_kept_gaussian);
	suite_add_tcase(s, tc);
	return s;
}
