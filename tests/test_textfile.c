/*
 * Tests of the one text reader: whole files within their limits (and the
 * ones refused, with the reason), lines with their numbers and CRLF
 * endings, words, and numbers taken in full and in range.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_core.h"
#include "core/textfile.h"

static char scratch[64];
static char path[128];

static void make_scratch(void)
{
	snprintf(scratch, sizeof(scratch), "/tmp/edgeviz-textfile-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(scratch));
	snprintf(path, sizeof(path), "%s/f.txt", scratch);
}

static void remove_scratch(void)
{
	char command[128];

	snprintf(command, sizeof(command), "rm -rf '%s'", scratch);
	ck_assert_int_eq(system(command), 0);
}

static void write_bytes(const char *bytes, size_t length)
{
	FILE *f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(bytes, 1, length, f), length);
	ck_assert_int_eq(fclose(f), 0);
}

/* A file comes back whole and NUL-terminated; exactly max_bytes is allowed, one more is not. */
START_TEST(test_read_whole_within_limit)
{
	char err[256], *text = NULL;
	size_t length = 0;

	write_bytes("ab\ncd\n", 6);
	ck_assert_int_eq(textfile_read(path, 6, TEXTFILE_REGULAR, &text, &length, err, sizeof(err)),
			 TEXTFILE_OK);
	ck_assert_uint_eq(length, 6);
	ck_assert_str_eq(text, "ab\ncd\n");
	free(text);
	ck_assert_int_eq(textfile_read(path, 5, TEXTFILE_REGULAR, &text, &length, err, sizeof(err)),
			 TEXTFILE_TOO_LARGE);
	ck_assert_msg(strstr(err, "is too large") != NULL && strstr(err, path) != NULL, "%s", err);
}
END_TEST

/* Missing files, directories and devices are refused with the reason; a NUL byte when asked. */
START_TEST(test_read_refusals)
{
	char err[256], missing[160], *text = NULL;
	size_t length = 0;

	snprintf(missing, sizeof(missing), "%s/none", scratch);
	ck_assert_int_eq(textfile_read(missing, 100, 0, &text, &length, err, sizeof(err)),
			 TEXTFILE_CANNOT_OPEN);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_msg(strstr(err, "cannot open") != NULL && strstr(err, "No such file") != NULL, "%s", err);
	ck_assert_int_eq(textfile_read(scratch, 100, TEXTFILE_REGULAR, &text, &length, err, sizeof(err)),
			 TEXTFILE_NOT_REGULAR);
	ck_assert_msg(strstr(err, "is not a regular file") != NULL, "%s", err);
	ck_assert_int_eq(textfile_read(scratch, 100, 0, &text, &length, err, sizeof(err)),
			 TEXTFILE_CANNOT_READ);
	ck_assert_int_eq(textfile_read("/dev/null", 100, TEXTFILE_REGULAR, &text, &length, err, sizeof(err)),
			 TEXTFILE_NOT_REGULAR);
	write_bytes("a\0b", 3);
	ck_assert_int_eq(textfile_read(path, 100, TEXTFILE_NO_NUL, &text, &length, err, sizeof(err)),
			 TEXTFILE_HAS_NUL);
	ck_assert_msg(strstr(err, "NUL byte") != NULL, "%s", err);
	ck_assert_int_eq(textfile_read(path, 100, 0, &text, &length, err, sizeof(err)), TEXTFILE_OK);
	ck_assert_uint_eq(length, 3);
	free(text);
}
END_TEST

/* A device is read in chunks when allowed, and its limit holds there too. */
START_TEST(test_read_device_in_chunks)
{
	char err[256], *text = NULL;
	size_t length = 0;

	ck_assert_int_eq(textfile_read("/dev/null", 100, 0, &text, &length, err, sizeof(err)), TEXTFILE_OK);
	ck_assert_uint_eq(length, 0);
	ck_assert_str_eq(text, "");
	free(text);
	ck_assert_int_eq(textfile_read("/dev/zero", 10000, 0, &text, &length, err, sizeof(err)),
			 TEXTFILE_TOO_LARGE);
}
END_TEST

/* Lines are numbered from 1, CRLF noted and removed, the end counted as a line. */
START_TEST(test_lines)
{
	const char *text = "one\r\ntwo\n\nlast";
	struct textfile tf;
	char err[128], buf[16];

	textfile_start(&tf, text, strlen(text), "f", err, sizeof(err));
	ck_assert_int_eq(textfile_next(&tf, buf, 8), TEXTFILE_LINE);
	ck_assert_str_eq(buf, "one");
	ck_assert(tf.crlf);
	ck_assert_int_eq(tf.line, 1);
	ck_assert_int_eq(textfile_next(&tf, buf, 8), TEXTFILE_LINE);
	ck_assert_str_eq(buf, "two");
	ck_assert(!tf.crlf);
	ck_assert_int_eq(textfile_next(&tf, buf, 8), TEXTFILE_LINE);
	ck_assert_str_eq(buf, "");
	ck_assert(!textfile_at_end(&tf));
	ck_assert_int_eq(textfile_next(&tf, buf, 8), TEXTFILE_LINE);
	ck_assert_str_eq(buf, "last");
	ck_assert(textfile_at_end(&tf));
	ck_assert_int_eq(textfile_next(&tf, buf, 8), TEXTFILE_END);
	ck_assert_int_eq(tf.line, 5);
	ck_assert_int_eq(textfile_error(&tf, "expected %s", "more"), -1);
	ck_assert_str_eq(err, "f:5: expected more");
}
END_TEST

/* A line over the limit (its \r counted) or with a NUL byte is refused; no name: "line N: ". */
START_TEST(test_bad_lines)
{
	const char text[] = "12345\n1234\r\nab\0c\n";
	struct textfile tf;
	char err[64], buf[8];

	textfile_start(&tf, text, sizeof(text) - 1, NULL, err, sizeof(err));
	ck_assert_int_eq(textfile_next(&tf, buf, 4), TEXTFILE_LONG);
	ck_assert_int_eq(textfile_next(&tf, buf, 4), TEXTFILE_LONG);
	ck_assert_int_eq(textfile_next(&tf, buf, 4), TEXTFILE_NUL);
	ck_assert_int_eq(tf.line, 3);
	textfile_error(&tf, "bad");
	ck_assert_str_eq(err, "line 3: bad");
	/* A message that does not fit is cut, still terminated. */
	textfile_start(&tf, text, sizeof(text) - 1, "a-long-name", err, 8);
	textfile_next(&tf, buf, 7);
	textfile_error(&tf, "bad");
	ck_assert_str_eq(err, "a-long-");
}
END_TEST

/* Words split at runs of blanks; more than max says so. */
START_TEST(test_words)
{
	char line[] = "  key\t space  ", many[] = "a b c d";
	char *words[3];

	ck_assert_int_eq(textfile_words(line, words, 3), 2);
	ck_assert_str_eq(words[0], "key");
	ck_assert_str_eq(words[1], "space");
	ck_assert_int_eq(textfile_words(many, words, 3), 4);
	ck_assert_str_eq(words[2], "c");
}
END_TEST

/* Integers: all of the word, an optional '-', in range; overflow is out of range. */
START_TEST(test_integers)
{
	long long v = 7;

	ck_assert_int_eq(textfile_integer("-12", -20, 20, &v), TEXTFILE_NUMBER);
	ck_assert_int_eq(v, -12);
	ck_assert_int_eq(textfile_integer("4294967295", 0, 4294967295LL, &v), TEXTFILE_NUMBER);
	ck_assert_int_eq(v, 4294967295LL);
	v = 7;
	ck_assert_int_eq(textfile_integer("+5", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer(" 5", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer("5x", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer("", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer("-", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer("1.5", 0, 9, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_integer("10", 0, 9, &v), TEXTFILE_OUT_OF_RANGE);
	ck_assert_int_eq(textfile_integer("-1", 0, 9, &v), TEXTFILE_OUT_OF_RANGE);
	ck_assert_int_eq(textfile_integer("99999999999999999999", 0, 9, &v), TEXTFILE_OUT_OF_RANGE);
	ck_assert_int_eq(v, 7);
}
END_TEST

/* Reals: all of the word, finite, in range; out of range still says the value. */
START_TEST(test_doubles)
{
	double v = 0;

	ck_assert_int_eq(textfile_double("0.25", 0, 1, &v), TEXTFILE_NUMBER);
	ck_assert(v == 0.25);
	ck_assert_int_eq(textfile_double("+1e-3", 0, 1, &v), TEXTFILE_NUMBER);
	ck_assert(v == 1e-3);
	ck_assert_int_eq(textfile_double("1.5", 0, 1, &v), TEXTFILE_OUT_OF_RANGE);
	ck_assert(v == 1.5);
	ck_assert_int_eq(textfile_double("1e999", 0, 1, &v), TEXTFILE_NOT_FINITE);
	ck_assert_int_eq(textfile_double("nan", 0, 1, &v), TEXTFILE_NOT_FINITE);
	ck_assert_int_eq(textfile_double("-inf", -1, 1, &v), TEXTFILE_NOT_FINITE);
	ck_assert_int_eq(textfile_double(" 1", 0, 1, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_double("0.5x", 0, 1, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_double("", 0, 1, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_int_eq(textfile_double("x", 0, 1, &v), TEXTFILE_NOT_NUMBER);
}
END_TEST

/* A list: each number where the last one stopped. */
START_TEST(test_double_list)
{
	const char *s = "0.5, 1,x", *end;
	double v = 0;

	ck_assert_int_eq(textfile_double_at(s, &end, 0, 1, &v), TEXTFILE_NUMBER);
	ck_assert(v == 0.5);
	ck_assert_int_eq(*end, ',');
	ck_assert_int_eq(textfile_double_at(end + 1, &end, 0, 1, &v), TEXTFILE_NUMBER);
	ck_assert(v == 1.0);
	ck_assert_int_eq(textfile_double_at(end + 1, &end, 0, 1, &v), TEXTFILE_NOT_NUMBER);
	ck_assert_str_eq(end, "x");
}
END_TEST

Suite *suite_textfile(void)
{
	Suite *s = suite_create("textfile");
	TCase *files = tcase_create("files");
	TCase *text = tcase_create("text");

	tcase_add_checked_fixture(files, make_scratch, remove_scratch);
	tcase_add_test(files, test_read_whole_within_limit);
	tcase_add_test(files, test_read_refusals);
	tcase_add_test(files, test_read_device_in_chunks);
	suite_add_tcase(s, files);
	tcase_add_test(text, test_lines);
	tcase_add_test(text, test_bad_lines);
	tcase_add_test(text, test_words);
	tcase_add_test(text, test_integers);
	tcase_add_test(text, test_doubles);
	tcase_add_test(text, test_double_list);
	suite_add_tcase(s, text);
	return s;
}
