/*
 * Tests of the exports: the CSV has --csv's columns and the kept epochs,
 * the PGM has the right header, size and gray levels.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_core.h"
#include "core/export.h"

static char dir[64];

static void make_dir(void)
{
	snprintf(dir, sizeof(dir), "/tmp/edgeviz-export-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void remove_dir(void)
{
	char command[128];

	snprintf(command, sizeof(command), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(command), 0);
}

START_TEST(test_epochs_csv)
{
	char err[256], path[128], line[256];
	struct trainer *t = trainer_create(&TRAINER_DEFAULTS, err, sizeof(err));

	for (int e = 0; e < 3; e++)
		trainer_run_epoch(t);
	trainer_run(t, 50); /* half an epoch: not a row */
	snprintf(path, sizeof(path), "%s/loss.csv", dir);
	ck_assert_msg(export_epochs_csv(t, path, err, sizeof(err)) == 0, "%s", err);

	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
	ck_assert_str_eq(line, EXPORT_CSV_HEADER "\n");
	for (long e = 0; e < 3; e++) {
		long epoch;
		double loss, train_acc, test_acc;
		ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
		ck_assert_int_eq(sscanf(line, "%ld,%lf,%lf,%lf", &epoch, &loss, &train_acc, &test_acc), 4);
		const struct epoch_record *r = trainer_epoch_record(t, e);
		ck_assert_int_eq(epoch, e);
		ck_assert(loss == r->loss); /* 17 digits read back exactly */
		ck_assert_double_eq_tol(train_acc, r->train_acc, 1e-12);
		ck_assert_double_eq_tol(test_acc, r->test_acc, 1e-12);
	}
	ck_assert_ptr_null(fgets(line, sizeof(line), f));
	fclose(f);
	ck_assert_double_eq_tol(trainer_epoch_record(t, 0)->loss, 1.422563870793e-01, 1e-13);
	trainer_destroy(t);
}
END_TEST

START_TEST(test_neuron_pgm)
{
	char err[256], path[128], magic[3];
	struct network net;
	struct rng rng;
	int width, height, maxval;

	rng_seed(&rng, 3);
	network_init(&net, 4, &rng);
	for (int i = 0; i < NETWORK_INPUTS; i++)
		net.w1[i * 4 + 2] = (i - 12) / 12.0; /* -1 .. +1 across the patch */
	snprintf(path, sizeof(path), "%s/h2.pgm", dir);
	ck_assert_msg(export_neuron_pgm(&net, 2, 8, path, err, sizeof(err)) == 0, "%s", err);

	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fscanf(f, "%2s", magic), 1);
	ck_assert_str_eq(magic, "P5");
	int c;
	while ((c = fgetc(f)) == '\n' || c == ' ')
		continue;
	if (c == '#') /* the comment line */
		while ((c = fgetc(f)) != '\n' && c != EOF)
			continue;
	else
		ungetc(c, f);
	ck_assert_int_eq(fscanf(f, "%d %d %d", &width, &height, &maxval), 3);
	ck_assert_int_eq(width, 40);
	ck_assert_int_eq(height, 40);
	ck_assert_int_eq(maxval, 255);
	fgetc(f); /* the one whitespace before the pixels */
	unsigned char pixels[40 * 40];
	ck_assert_uint_eq(fread(pixels, 1, sizeof(pixels), f), sizeof(pixels));
	ck_assert_int_eq(fgetc(f), EOF);
	fclose(f);
	ck_assert_int_eq(pixels[0], 0);			   /* w = -1: black */
	ck_assert_int_eq(pixels[2 * 8 * 40 + 2 * 8], 128); /* the middle weight, 0: gray */
	ck_assert_int_eq(pixels[40 * 40 - 1], 255);	   /* w = +1: white */
	ck_assert_int_eq(pixels[7 * 40 + 7], pixels[0]);   /* one square a weight */

	ck_assert_int_eq(export_neuron_pgm(&net, 4, 8, path, err, sizeof(err)), -1);
	net.w1[0] = NAN;
	ck_assert_int_eq(export_neuron_pgm(&net, 0, 8, path, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "not finite") != NULL, "%s", err);
}
END_TEST

Suite *suite_export(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("files");

	tcase_add_checked_fixture(tc, make_dir, remove_dir);
	tcase_add_test(tc, test_epochs_csv);
	tcase_add_test(tc, test_neuron_pgm);
	suite_add_tcase(s, tc);
	return s;
}
