/*
 * Tests of the tutorial's data and first weights against numpy's, and of
 * the Part 1 network drawn straight from seed 123.
 */
#include "config.h"

#include <string.h>

#include "check_core.h"
#include "core/trainer.h"
#include "rng_reference.h"

START_TEST(test_first_samples_are_numpys)
{
	char err[100];
	struct trainer *t = trainer_create(&TRAINER_DEFAULTS, err, sizeof(err));
	const struct dataset *train = trainer_train_set(t);

	ck_assert_int_eq(train->size, 100);
	ck_assert_int_eq(trainer_test_set(t)->size, 20);
	for (int s = 0; s < 3; s++) {
		ck_assert_int_eq(train->label[s], rng_ref_data_label[s]);
		ck_assert(memcmp(train->patch[s].pixel, rng_ref_data_pixel[s],
				 sizeof(rng_ref_data_pixel[s])) == 0);
	}
	/* The weights are drawn after both sets: their first row shows the draws lined up. */
	ck_assert(memcmp(trainer_network(t)->w1, rng_ref_data_w1_row0, sizeof(rng_ref_data_w1_row0)) == 0);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_patches_have_the_tutorials_shapes)
{
	struct rng rng;
	struct dataset set;
	int edges = 0, grays = 0, inverted = 0;

	rng_seed(&rng, 7);
	ck_assert_int_eq(dataset_make(&set, 2000, &rng), 0);
	for (int s = 0; s < set.size; s++) {
		const double *px = set.patch[s].pixel;
		for (int r = 1; r < PATCH_SIDE; r++) /* every row the same */
			ck_assert(memcmp(&px[r * PATCH_SIDE], px, PATCH_SIDE * sizeof(double)) == 0);
		if (set.label[s] == LABEL_EDGE) {
			int column = 0;
			while (px[column] == 0.1)
				column++;
			ck_assert(column >= 1 && column <= 3);
			for (int c = column; c < PATCH_SIDE; c++)
				ck_assert_double_eq(px[c], 0.9);
			edges++;
		} else if (px[0] == 0.9 && px[4] == 0.1) {
			ck_assert_double_eq(px[2], 0.1);
			inverted++;
		} else {
			ck_assert(px[0] >= 0.3 && px[0] < 0.7);
			ck_assert_double_eq(px[4], px[0]);
			grays++;
		}
	}
	/* Half edges, a quarter each of the others, give or take the draw. */
	ck_assert(edges > 900 && edges < 1100);
	ck_assert(grays > 400 && inverted > 400);
	dataset_free(&set);
}
END_TEST

START_TEST(test_part1_weights_and_pass_are_numpys)
{
	struct rng rng;
	struct network net;
	struct patch x;
	struct pass pass;

	rng_seed(&rng, RNG_REF_PART1_SEED);
	network_init(&net, 8, &rng);
	ck_assert(memcmp(net.w1, rng_ref_part1_w1, sizeof(rng_ref_part1_w1)) == 0);
	ck_assert(memcmp(net.w2, rng_ref_part1_w2, sizeof(rng_ref_part1_w2)) == 0);
	patch_from_example(&x, patch_example_find("soft-edge"));
	network_forward(&net, &x, &pass);
	for (int j = 0; j < 8; j++) {
		ck_assert_double_eq_tol(pass.z1[j], rng_ref_part1_z1[j], 1e-15);
		ck_assert_double_eq_tol(pass.h[j], rng_ref_part1_h[j], 1e-15);
	}
	for (int k = 0; k < 2; k++) {
		ck_assert_double_eq_tol(pass.z2[k], rng_ref_part1_z2[k], 1e-15);
		ck_assert_double_eq_tol(pass.p[k], rng_ref_part1_p[k], 1e-15);
	}
	network_loss(&pass, LABEL_EDGE);
	ck_assert_double_eq_tol(pass.loss, rng_ref_part1_loss_edge, 1e-15);
	network_loss(&pass, LABEL_NO_EDGE);
	ck_assert_double_eq_tol(pass.loss, rng_ref_part1_loss_no_edge, 1e-15);
}
END_TEST

Suite *suite_dataset(void)
{
	Suite *s = suite_create("dataset");
	TCase *tc = tcase_create("numpy");

	tcase_add_test(tc, test_first_samples_are_numpys);
	tcase_add_test(tc, test_patches_have_the_tutorials_shapes);
	tcase_add_test(tc, test_part1_weights_and_pass_are_numpys);
	suite_add_tcase(s, tc);
	return s;
}
