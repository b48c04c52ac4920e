/*
 * The asciicast v2 writer: the header, output, marker and resize lines as the format
 * says (docs.asciinema.org, asciicast v2), a UTF-8 character cut between two
 * writes kept whole, control and malformed bytes escaped, times that never
 * go back, and the file saved whole.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_tui.h"
#include "tui/classroom/cast.h"

START_TEST(test_cast_lines)
{
	struct cast c;
	char path[] = "/tmp/edgeviz-cast-XXXXXX", err[256], text[1024];
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	cast_begin(&c, 80, 24, 1700000000LL, "edgeviz \"lesson\"", "xterm-256color");
	cast_output(&c, 0.5, "\033[H\xe2\x96", 5); /* a block cut after two of its bytes */
	cast_output(&c, 0.75, "\x88\r\n", 3);
	cast_marker(&c, 0.75, "step 1 forward");
	cast_output(&c, 0.25, "\xff", 1); /* earlier than the last: clamped */
	cast_resize(&c, 1.5, 100, 30);
	ck_assert_int_eq(cast_save(&c, path, err, sizeof err), 0);
	cast_free(&c);

	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	unlink(path);
	ck_assert_str_eq(text,
			 "{\"version\": 2, \"width\": 80, \"height\": 24, \"timestamp\": 1700000000, "
			 "\"title\": \"edgeviz \\\"lesson\\\"\", \"env\": {\"TERM\": \"xterm-256color\"}}\n"
			 "[0.500000, \"o\", \"\\u001b[H\"]\n"
			 "[0.750000, \"o\", \"\xe2\x96\x88\\r\\n\"]\n"
			 "[0.750000, \"m\", \"step 1 forward\"]\n"
			 "[0.750000, \"o\", \"\\ufffd\"]\n"
			 "[1.500000, \"r\", \"100x30\"]\n");
}
END_TEST

START_TEST(test_cast_unfinished_character)
{
	struct cast c;
	char path[] = "/tmp/edgeviz-cast-XXXXXX", err[256], text[512];
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	close(fd);
	cast_begin(&c, 160, 48, 0, "t", NULL);
	cast_output(&c, 1.0, "a\xf0\x9f", 3);
	ck_assert_int_eq(cast_save(&c, path, err, sizeof err), 0);
	cast_free(&c);
	FILE *f = fopen(path, "r");
	size_t n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	unlink(path);
	ck_assert_ptr_nonnull(
		strstr(text, "[1.000000, \"o\", \"a\"]\n[1.000000, \"o\", \"\\ufffd\\ufffd\"]\n"));
	ck_assert_ptr_nonnull(strstr(text, "\"env\": {\"TERM\": \"\"}}\n"));
}
END_TEST

START_TEST(test_cast_save_fails_cleanly)
{
	struct cast c;
	char err[256];

	cast_begin(&c, 80, 24, 0, "t", "xterm");
	ck_assert_int_eq(cast_save(&c, "/nonexistent-dir/x.cast", err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent-dir/x.cast"));
	cast_free(&c);
}
END_TEST

Suite *suite_tui_cast(void)
{
	Suite *s = suite_create("tui_cast");
	TCase *tc = tcase_create("cast");

	tcase_add_test(tc, test_cast_lines);
	tcase_add_test(tc, test_cast_unfinished_character);
	tcase_add_test(tc, test_cast_save_fails_cleanly);
	suite_add_tcase(s, tc);
	return s;
}
