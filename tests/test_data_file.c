/*
 * Tests of data files: what is written reads back bit for bit, every form
 * the format allows is read, and every kind of bad file is refused with the
 * line that is wrong and the set untouched.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_core.h"
#include "core/data_file.h"
#include "core/rng.h"

/* Parse text (NUL-terminated) named "f"; the status, and the message in err. */
static int parse(const char *text, struct dataset *set, char *err, size_t err_size)
{
	return data_file_parse(text, strlen(text), "f", set, err, err_size);
}

/* A line of 25 copies of value and then label. */
static char *line_of(char *buf, size_t size, const char *value, const char *label)
{
	size_t used = 0;

	for (int i = 0; i < PATCH_PIXELS; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s,", value);
	snprintf(buf + used, size - used, "%s\n", label);
	return buf;
}

/* Values that are hard to write back exactly, then random ones. */
static void fill_awkward(struct dataset *set, struct rng *rng)
{
	const double awkward[] = { 0.0,
				   1.0,
				   0.1,
				   1.0 / 3.0,
				   5e-324,
				   2.2250738585072014e-308,
				   0x1.fffffffffffffp-1,
				   0.30000000000000004,
				   1e-17 };
	const int n = (int)(sizeof(awkward) / sizeof(awkward[0]));

	for (int i = 0; i < set->size; i++) {
		for (int k = 0; k < PATCH_PIXELS; k++) {
			int at = i * PATCH_PIXELS + k;
			set->patch[i].pixel[k] = at < n ? awkward[at] : rng_random_sample(rng);
		}
		set->label[i] = rng_random_sample(rng) > 0.5 ? LABEL_EDGE : LABEL_NO_EDGE;
	}
}

START_TEST(test_round_trip_is_bit_exact)
{
	struct dataset set, back;
	struct rng rng;
	char *text = NULL, err[256];
	size_t length = 0;

	rng_seed(&rng, 7);
	ck_assert_int_eq(dataset_alloc(&set, 500), 0);
	fill_awkward(&set, &rng);
	FILE *f = open_memstream(&text, &length);
	data_file_write(f, &set);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_msg(data_file_parse(text, length, "mem", &back, err, sizeof(err)) == 0, "%s", err);
	ck_assert_int_eq(back.size, set.size);
	ck_assert(memcmp(back.patch, set.patch, (size_t)set.size * sizeof(*set.patch)) == 0);
	ck_assert(memcmp(back.label, set.label, (size_t)set.size * sizeof(*set.label)) == 0);
	/* The shortest form that reads back: 0.1 stays "0.1". */
	ck_assert_ptr_nonnull(strstr(text, "\n0,1,0.1,0.3333333333333333,"));
	free(text);
	dataset_free(&back);
	dataset_free(&set);
}
END_TEST

START_TEST(test_save_and_load_a_file)
{
	char dir[] = "/tmp/edgeviz-data-XXXXXX", path[64], err[256];
	struct dataset set, back;
	struct rng rng;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/set.csv", dir);
	rng_seed(&rng, 8);
	ck_assert_int_eq(dataset_alloc(&set, 30), 0);
	fill_awkward(&set, &rng);
	ck_assert_msg(data_file_save(path, &set, err, sizeof(err)) == 0, "%s", err);
	ck_assert_msg(data_file_load(path, &back, err, sizeof(err)) == 0, "%s", err);
	ck_assert_int_eq(back.size, 30);
	ck_assert(memcmp(back.patch, set.patch, 30 * sizeof(*set.patch)) == 0);
	ck_assert(memcmp(back.label, set.label, 30 * sizeof(*set.label)) == 0);
	unlink(path);
	ck_assert_int_eq(data_file_load(path, &back, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, path) != NULL, "%s", err);
	rmdir(dir);
	dataset_free(&back);
	dataset_free(&set);
}
END_TEST

/* Every form the format allows, in one file. */
START_TEST(test_every_allowed_form)
{
	const char *text =
		"\xef\xbb\xbfp1,p2,p3 and so on,label\r\n" /* a byte-order mark, a header, CRLF */
		"# a comment line\n"
		"\n"
		"   \t \n"
		"0,0,0,0,0 0 0 0 0 0\t0, 0 ,0 , 0,0,0,0,0,0,0,0,0,0,0,1, EDGE # trailing comment\r\n"
		"1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 .5 No-Edge\n"
		"0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1e-1,1\n"
		"0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"; /* no newline at the end */
	struct dataset set;
	char err[256];

	ck_assert_msg(parse(text, &set, err, sizeof(err)) == 0, "%s", err);
	ck_assert_int_eq(set.size, 4);
	ck_assert_int_eq(set.label[0], LABEL_EDGE);
	ck_assert_int_eq(set.label[1], LABEL_NO_EDGE);
	ck_assert_int_eq(set.label[2], LABEL_EDGE);
	ck_assert_int_eq(set.label[3], LABEL_NO_EDGE);
	ck_assert(set.patch[0].pixel[24] == 1.0 && set.patch[0].pixel[23] == 0.0);
	ck_assert(set.patch[1].pixel[24] == 0.5 && set.patch[1].pixel[0] == 1.0);
	ck_assert(set.patch[2].pixel[24] == 0.1);
	dataset_free(&set);
}
END_TEST

/* A file whose line `line` is bad says so, "f:LINE: ...", and leaves the set alone. */
static void assert_refused(const char *text, size_t length, int line, const char *words)
{
	struct dataset set = { 7, NULL, NULL };
	char err[256], prefix[32];

	ck_assert_int_eq(data_file_parse(text, length, "f", &set, err, sizeof(err)), -1);
	snprintf(prefix, sizeof(prefix), "f:%d: ", line);
	ck_assert_msg(strncmp(err, prefix, strlen(prefix)) == 0, "want %s..., got '%s'", prefix, err);
	ck_assert_msg(strstr(err, words) != NULL, "want '%s' in '%s'", words, err);
	ck_assert_int_eq(set.size, 7);
	ck_assert_ptr_null(set.patch);
}

START_TEST(test_bad_files_name_their_line)
{
	char good[512], bad[1024];
	char *text = malloc(64 * 1024);

	line_of(good, sizeof(good), "0.5", "edge");
	const struct {
		const char *value, *label, *words;
	} cases[] = {
		{ "1.5", "edge", "value 1 (1.5) is outside [0, 1]" },
		{ "-0.1", "edge", "outside [0, 1]" },
		{ "abc", "edge", "value 1 ('abc') is not a number" },
		{ "0.5x", "edge", "is not a number" },
		{ "inf", "edge", "not a finite number" },
		{ "nan", "edge", "not a finite number" },
		{ "0.5", "edgy", "unknown label 'edgy'" },
		{ "0.5", "2", "unknown label '2'" },
		{ "0.5", "edge,", "field 27 is empty" },
		{ "0.5,", "edge", "field 2 is empty" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		line_of(bad, sizeof(bad), cases[i].value, cases[i].label);
		snprintf(text, 64 * 1024, "# data\n%s\n%s%s", good, bad, good);
		assert_refused(text, strlen(text), 4, cases[i].words);
	}

	/* 24 and 26 values; 25 with no label. */
	snprintf(text, 64 * 1024, "%s0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,edge\n", good);
	assert_refused(text, strlen(text), 2, "24 values before the label");
	snprintf(text, 64 * 1024, "%s0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,edge\n", good);
	assert_refused(text, strlen(text), 2, "26 values before the label");
	snprintf(text, 64 * 1024, "%s0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.5\n", good);
	assert_refused(text, strlen(text), 2, "no label after them");

	/* No patches at all: empty, comments only, a header only. */
	assert_refused("", 0, 1, "no patches");
	assert_refused("# nothing\n\n# here\n", 18, 3, "no patches");
	assert_refused("x,y\n", 4, 1, "no patches");

	/* A NUL byte on line 3. */
	snprintf(text, 64 * 1024, "%s%s", good, good);
	size_t length = strlen(text);
	memcpy(text + length, "0.5\0,0.5\n", 9);
	assert_refused(text, length + 9, 3, "NUL byte");

	/* A line of 10,001 characters (a comment), and one of exactly 10,000 that is fine. */
	memset(text, ' ', 10001);
	text[0] = '#';
	snprintf(text + 10001, 64 * 1024 - 10001, "\n%s", good);
	assert_refused(text, strlen(text), 1, "longer than 10000 characters");
	struct dataset set;
	char err[256];
	ck_assert_msg(data_file_parse(text + 1, strlen(text + 1), "f", &set, err, sizeof(err)) == 0, "%s",
		      err);
	dataset_free(&set);
	free(text);
}
END_TEST

/* 100,000 patches are read; the 100,001st is refused on its line. */
START_TEST(test_too_many_patches)
{
	const char *line = "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n";
	size_t n = strlen(line);
	char *text = malloc(n * (DATASET_MAX_SIZE + 1) + 16);
	struct dataset set;
	char err[256];

	strcpy(text, "# many\n");
	for (int i = 0; i <= DATASET_MAX_SIZE; i++)
		memcpy(text + 7 + (size_t)i * n, line, n);
	ck_assert_msg(data_file_parse(text, 7 + n * DATASET_MAX_SIZE, "f", &set, err, sizeof(err)) == 0, "%s",
		      err);
	ck_assert_int_eq(set.size, DATASET_MAX_SIZE);
	dataset_free(&set);
	assert_refused(text, 7 + n * (DATASET_MAX_SIZE + 1), DATASET_MAX_SIZE + 2,
		       "more than 100000 patches");
	free(text);
}
END_TEST

Suite *suite_data_file(void)
{
	Suite *s = suite_create("data_file");
	TCase *tc = tcase_create("format");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_round_trip_is_bit_exact);
	tcase_add_test(tc, test_save_and_load_a_file);
	tcase_add_test(tc, test_every_allowed_form);
	tcase_add_test(tc, test_bad_files_name_their_line);
	tcase_add_test(tc, test_too_many_patches);
	suite_add_tcase(s, tc);
	return s;
}
