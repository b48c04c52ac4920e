/*
 * Tests of weights files: a save reads back bit for bit, every kind of
 * damaged file is refused with the line that is wrong and nothing changed,
 * and a failed save leaves the old file as it was.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_core.h"
#include "core/weights_file.h"
#include "counted_calls.h"

static char scratch[64];

static void make_scratch(void)
{
	snprintf(scratch, sizeof(scratch), "/tmp/edgeviz-test-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(scratch));
}

static void remove_scratch(void)
{
	char command[128];

	snprintf(command, sizeof(command), "rm -rf '%s'", scratch);
	ck_assert_int_eq(system(command), 0);
}

/* scratch/name, in a static buffer. */
static const char *scratch_path(const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "%s/%s", scratch, name);
	return path;
}

static void write_text(const char *path, const char *text, size_t length)
{
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(text, 1, length, f), length);
	ck_assert_int_eq(fclose(f), 0);
}

/* A save leaves no temporary file behind, whether it worked or not. */
static void assert_no_temporary_files(void)
{
	char command[160];

	snprintf(command, sizeof(command), "! ls -a '%s' | grep -q tmp-", scratch);
	ck_assert_int_eq(system(command), 0);
}

/* A network with awkward values: tiny, huge, negative zero, subnormal. */
static void awkward_network(struct network *net, int hidden)
{
	struct rng rng;

	rng_seed(&rng, (uint32_t)hidden);
	network_init(net, hidden, &rng);
	net->w1[0] = -0.0;
	net->w1[1] = 4.9406564584124654e-324;
	net->w1[2] = 1.7976931348623157e308;
	net->b1[0] = 1.0 / 3.0;
	net->b2[1] = -2.2250738585072014e-308;
}

START_TEST(test_round_trip_bit_for_bit)
{
	static const int sizes[] = { 3, 8, 64 };
	char err[256];

	for (size_t i = 0; i < 3; i++) {
		struct network net, back;
		awkward_network(&net, sizes[i]);
		memset(&back, 0x55, sizeof(back));
		ck_assert_msg(weights_save(&net, scratch_path("w.txt"), err, sizeof(err)) == 0, "%s", err);
		ck_assert_msg(weights_load(&back, scratch_path("w.txt"), err, sizeof(err)) == 0, "%s", err);
		ck_assert_int_eq(back.hidden, sizes[i]);
		ck_assert(memcmp(net.w1, back.w1, sizeof(double) * 25 * (size_t)sizes[i]) == 0);
		ck_assert(memcmp(net.b1, back.b1, sizeof(double) * (size_t)sizes[i]) == 0);
		ck_assert(memcmp(net.w2, back.w2, sizeof(double) * 2 * (size_t)sizes[i]) == 0);
		ck_assert(memcmp(net.b2, back.b2, sizeof(net.b2)) == 0);
	}
	/* No temporary file is left beside it. */
	ck_assert_int_eq(access(scratch_path("w.txt"), F_OK), 0);
	assert_no_temporary_files();
}
END_TEST

/* A good file for hidden size 1, with one line replaced (line from 1) or not. */
static size_t good_file(char *out, size_t size, int replace_line, const char *replacement)
{
	static const char *lines[] = {
		"edgeviz-weights 1",
		"inputs 25",
		"hidden 1",
		"outputs 2",
		"W1 25 1",
		"0.1",
		"0.2",
		"0.3",
		"0.4",
		"0.5",
		"0.6",
		"0.7",
		"0.8",
		"0.9",
		"1.0",
		"1.1",
		"1.2",
		"1.3",
		"1.4",
		"1.5",
		"1.6",
		"1.7",
		"1.8",
		"1.9",
		"2.0",
		"2.1",
		"2.2",
		"2.3",
		"2.4",
		"2.5",
		"b1 1",
		"0.25",
		"W2 1 2",
		"0.5 -0.5",
		"b2 2",
		"0 0",
		"end",
	};
	size_t used = 0;

	for (size_t i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		const char *line = (int)i + 1 == replace_line ? replacement : lines[i];
		if (line == NULL)
			continue;
		used += (size_t)snprintf(out + used, size - used, "%s\n", line);
	}
	return used;
}

START_TEST(test_activation_round_trip)
{
	char err[256], text[1024];
	struct network net, back;

	for (int a = 0; a < ACTIVATION_COUNT; a++) {
		awkward_network(&net, 5);
		net.activation = (enum activation)a;
		ck_assert_msg(weights_save(&net, scratch_path("act.txt"), err, sizeof(err)) == 0, "%s", err);
		ck_assert_msg(weights_load(&back, scratch_path("act.txt"), err, sizeof(err)) == 0, "%s", err);
		ck_assert_int_eq(back.activation, a);
	}
	/* Absent, it is ReLU; a bad name is refused with its line. */
	size_t n = good_file(text, sizeof(text), 0, NULL);
	ck_assert_int_eq(weights_parse(&back, text, n, "good", err, sizeof(err)), 0);
	ck_assert_int_eq(back.activation, ACTIVATION_RELU);
	n = good_file(text, sizeof(text), 5, "activation sigmoid\nW1 25 1");
	ck_assert_msg(weights_parse(&back, text, n, "good", err, sizeof(err)) == 0, "%s", err);
	ck_assert_int_eq(back.activation, ACTIVATION_SIGMOID);
	n = good_file(text, sizeof(text), 5, "activation swish\nW1 25 1");
	ck_assert_int_eq(weights_parse(&back, text, n, "good", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "good:5: expected 'activation relu|leaky|sigmoid|tanh'");
}
END_TEST

START_TEST(test_good_file_loads)
{
	char text[1024], err[256];
	struct network net;
	size_t n = good_file(text, sizeof(text), 0, NULL);

	ck_assert_msg(weights_parse(&net, text, n, "good", err, sizeof(err)) == 0, "%s", err);
	ck_assert_int_eq(net.hidden, 1);
	ck_assert_double_eq(net.w1[24], 2.5);
	ck_assert_double_eq(net.b1[0], 0.25);
	ck_assert_double_eq(net.w2[1], -0.5);
}
END_TEST

START_TEST(test_damaged_files_are_refused)
{
	static const struct {
		int line;
		const char *replacement; /* NULL: the line removed */
		const char *says;
	} cases[] = {
		{ 1, "edgeviz-weights 2", "good:1: version 2 is not supported" },
		{ 1, "some-other-file 1", "good:1: not an edgeviz weights file" },
		{ 2, "inputs 24", "good:2: inputs must be 25" },
		{ 3, "hidden 0", "good:3: hidden must be 1 to 64" },
		{ 3, "hidden 99999999999999999999", "good:3: expected 'hidden N'" },
		{ 3, "hidden 2", "good:5: W1 is 25x1, but the header says 25x2" },
		{ 4, "outputs 3", "good:4: outputs must be 2" },
		{ 5, "W1 25 2", "good:5: W1 is 25x2, but the header says 25x1" },
		{ 5, "W2 25 1", "good:5: expected 'W1 25 1'" },
		{ 9, "0.4 0.4", "good:9: W1: more than 1 numbers" },
		{ 9, "nan", "good:9: W1: value 1 is not a finite number" },
		{ 9, "inf", "good:9: W1: value 1 is not a finite number" },
		{ 9, "1e999", "good:9: W1: value 1 is not a finite number" },
		{ 9, "0.4x", "good:9: W1: value 1 is not a number" },
		{ 9, "", "good:9: W1: expected 1 numbers, found 0" },
		{ 9, NULL, "good:30: W1: value 1 is not a number" },
		{ 34, "0.5", "good:34: W2: expected 2 numbers, found 1" },
		{ 37, "end extra", "good:37: expected 'end'" },
		{ 37, NULL, "good:37: file ends early" },
		{ 37, "end\nmore", "good:38: unexpected data after 'end'" },
		{ 9, "0.4\r", "good:9: line ends in a carriage return" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[1024], err[256] = "";
		struct network net, before;
		memset(&net, 0x33, sizeof(net));
		before = net;
		size_t n = good_file(text, sizeof(text), cases[i].line, cases[i].replacement);
		ck_assert_int_eq(weights_parse(&net, text, n, "good", err, sizeof(err)), -1);
		ck_assert_msg(strncmp(err, cases[i].says, strlen(cases[i].says)) == 0,
			      "case %zu: '%s', expected '%s'", i, err, cases[i].says);
		ck_assert(memcmp(&net, &before, sizeof(net)) == 0);
	}
}
END_TEST

START_TEST(test_odd_bytes_are_refused)
{
	char text[1024], err[256];
	struct network net;
	size_t n = good_file(text, sizeof(text), 0, NULL);

	text[40] = '\0'; /* a NUL inside line 5 or 6 */
	ck_assert_int_eq(weights_parse(&net, text, n, "nul", err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "NUL byte") != NULL, "%s", err);

	ck_assert_int_eq(weights_parse(&net, "", 0, "empty", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "empty:1: file ends early: expected the header");

	ck_assert_int_eq(weights_parse(&net, "edgeviz-weights 1\n", 18, "short", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "short:2: file ends early: expected inputs");

	char *long_line = malloc(10000);
	memset(long_line, '1', 9999);
	long_line[9999] = '\n';
	ck_assert_int_eq(weights_parse(&net, long_line, 10000, "long", err, sizeof(err)), -1);
	ck_assert_str_eq(err, "long:1: line is too long (over 4096 characters)");
	free(long_line);
}
END_TEST

START_TEST(test_what_is_not_a_file_is_refused)
{
	struct network net;
	char err[256];

	ck_assert_int_eq(weights_load(&net, scratch, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "is not a regular file") != NULL, "%s", err);
	ck_assert_int_eq(weights_load(&net, "/dev/null", err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "is not a regular file") != NULL, "%s", err);
	ck_assert_int_eq(weights_load(&net, scratch_path("missing"), err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "No such file") != NULL, "%s", err);
}
END_TEST

START_TEST(test_failed_save_keeps_the_old_file)
{
	struct network good, bad;
	char err[256], before[4096], after[4096];

	awkward_network(&good, 4);
	ck_assert_int_eq(weights_save(&good, scratch_path("keep.txt"), err, sizeof(err)), 0);
	FILE *f = fopen(scratch_path("keep.txt"), "r");
	size_t n_before = fread(before, 1, sizeof(before), f);
	fclose(f);

	bad = good;
	bad.w2[3] = NAN;
	ck_assert_int_eq(weights_save(&bad, scratch_path("keep.txt"), err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "not finite") != NULL, "%s", err);

	f = fopen(scratch_path("keep.txt"), "r");
	size_t n_after = fread(after, 1, sizeof(after), f);
	fclose(f);
	ck_assert_uint_eq(n_before, n_after);
	ck_assert(memcmp(before, after, n_before) == 0);

	ck_assert_int_eq(weights_save(&good, scratch_path("no/such/dir/w.txt"), err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "No such file") != NULL, "%s", err);

	ck_assert_int_eq(mkdir(scratch_path("a-dir"), 0700), 0);
	ck_assert_int_eq(weights_save(&good, scratch_path("a-dir"), err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "a-dir") != NULL, "%s", err);
	assert_no_temporary_files();
}
END_TEST

/*
 * A save is durable in this order: the temporary file's data reach the disk
 * (fsync) before it takes the name (rename), and then the directory holding
 * the name is synced (fsync): a crash at any moment leaves the old file or
 * the whole new one.
 */
START_TEST(test_save_syncs_before_the_rename)
{
	struct network net;
	char err[256];

	awkward_network(&net, 8);
	sync_log_clear();
	ck_assert_msg(weights_save(&net, scratch_path("synced.txt"), err, sizeof(err)) == 0, "%s", err);
	ck_assert_str_eq(sync_log(), "frf");
}
END_TEST

START_TEST(test_file_from_disk_with_crlf)
{
	char text[1024], err[256];
	struct network net;
	size_t n = good_file(text, sizeof(text), 2, "inputs 25\r");

	write_text(scratch_path("dos.txt"), text, n);
	ck_assert_int_eq(weights_load(&net, scratch_path("dos.txt"), err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "dos.txt:2: line ends in a carriage return") != NULL, "%s", err);
}
END_TEST

Suite *suite_weights_file(void)
{
	Suite *s = suite_create("weights_file");
	TCase *tc = tcase_create("files");

	tcase_add_checked_fixture(tc, make_scratch, remove_scratch);
	tcase_add_test(tc, test_round_trip_bit_for_bit);
	tcase_add_test(tc, test_good_file_loads);
	tcase_add_test(tc, test_activation_round_trip);
	tcase_add_test(tc, test_damaged_files_are_refused);
	tcase_add_test(tc, test_odd_bytes_are_refused);
	tcase_add_test(tc, test_what_is_not_a_file_is_refused);
	tcase_add_test(tc, test_failed_save_keeps_the_old_file);
	tcase_add_test(tc, test_file_from_disk_with_crlf);
	tcase_add_test(tc, test_save_syncs_before_the_rename);
	suite_add_tcase(s, tc);
	return s;
}
