/*
 * JSON string literals: escapes, UTF-8 kept, every malformed byte replaced,
 * the length needed when cut, and a round trip through a small decoder for
 * text made of every control byte, quotes and multibyte characters.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check_core.h"
#include "core/json.h"

/* The literal of the bytes in[0 .. n) equals want. */
static void check_literal(const char *in, size_t n, const char *want)
{
	char out[256];
	size_t got = json_string(out, sizeof out, in, n);

	ck_assert_str_eq(out, want);
	ck_assert_uint_eq(got, strlen(want));
}

START_TEST(test_json_escapes)
{
	check_literal("abc", 3, "\"abc\"");
	check_literal("", 0, "\"\"");
	check_literal("say \"hi\" \\ ok", 13, "\"say \\\"hi\\\" \\\\ ok\"");
	check_literal("\033[1mA\n\r\t\b\f", 10, "\"\\u001b[1mA\\n\\r\\t\\b\\f\"");
	check_literal("a\0b\x7f\x1f", 5, "\"a\\u0000b\\u007f\\u001f\"");
}
END_TEST

START_TEST(test_json_utf8_kept)
{
	check_literal("\xe2\x96\x88 \xc3\xa9 \xf0\x9f\x98\x80", 11,
		      "\"\xe2\x96\x88 \xc3\xa9 \xf0\x9f\x98\x80\"");
	check_literal("\xed\x9f\xbf\xee\x80\x80\xf4\x8f\xbf\xbf", 10,
		      "\"\xed\x9f\xbf\xee\x80\x80\xf4\x8f\xbf\xbf\"");
}
END_TEST

START_TEST(test_json_utf8_malformed)
{
	check_literal("\x80", 1, "\"\\ufffd\"");				  /* a stray continuation */
	check_literal("\xc0\xaf", 2, "\"\\ufffd\\ufffd\"");			  /* overlong '/' */
	check_literal("\xe0\x80\xaf", 3, "\"\\ufffd\\ufffd\\ufffd\"");		  /* overlong, 3 bytes */
	check_literal("\xed\xa0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\"");		  /* a surrogate */
	check_literal("\xf4\x90\x80\x80", 4, "\"\\ufffd\\ufffd\\ufffd\\ufffd\""); /* past U+10FFFF */
	check_literal("\xff\xfe", 2, "\"\\ufffd\\ufffd\"");
	check_literal("a\xe2\x96", 3, "\"a\\ufffd\\ufffd\""); /* cut short at the end */
	check_literal("\xe2\x96z", 3, "\"\\ufffd\\ufffdz\""); /* cut short by ASCII */
}
END_TEST

START_TEST(test_json_cut)
{
	char out[6];
	size_t got = json_string(out, sizeof out, "abcdefgh", 8);

	ck_assert_uint_eq(got, 10);
	ck_assert_str_eq(out, "\"abcd");
	ck_assert_uint_eq(json_string(NULL, 0, "\n", 1), 4);
}
END_TEST

START_TEST(test_json_pending)
{
	ck_assert_uint_eq(json_utf8_pending("ab\xe2\x96", 4), 2);
	ck_assert_uint_eq(json_utf8_pending("ab\xe2", 3), 1);
	ck_assert_uint_eq(json_utf8_pending("ab\xf0\x9f\x98", 5), 3);
	ck_assert_uint_eq(json_utf8_pending("ab\xe2\x96\x88", 5), 0);
	ck_assert_uint_eq(json_utf8_pending("ab\x80", 3), 0);
	ck_assert_uint_eq(json_utf8_pending("ab\xc0", 3), 0);	  /* never valid: nothing to wait for */
	ck_assert_uint_eq(json_utf8_pending("ab\xed\xa0", 4), 0); /* a surrogate's start */
	ck_assert_uint_eq(json_utf8_pending("", 0), 0);
}
END_TEST

/* Decode a literal written by json_string (the escapes it uses); return the length. */
static size_t decode(const char *lit, char *out)
{
	size_t n = 0;

	ck_assert_int_eq(lit[0], '"');
	for (const char *p = lit + 1; *p != '"'; p++) {
		ck_assert_int_ge((unsigned char)*p, 0x20);
		if (*p != '\\') {
			out[n++] = *p;
			continue;
		}
		p++;
		const char *named = strchr("n\nr\rt\tb\bf\f\"\"\\\\", *p);
		if (*p == 'u') {
			unsigned v = 0;
			ck_assert_int_eq(sscanf(p + 1, "%4x", &v), 1);
			ck_assert_uint_lt(v, 0x80);
			out[n++] = (char)v;
			p += 4;
		} else {
			ck_assert_ptr_nonnull(named);
			out[n++] = named[1];
		}
	}
	return n;
}

START_TEST(test_json_round_trip)
{
	char in[600], lit[4000], back[600];
	size_t n = 0;

	for (int c = 0; c < 128; c++)
		in[n++] = (char)c;
	memcpy(in + n, "\xe2\x96\x88\xc3\xa9\xf0\x9f\x98\x80\"\\", 11);
	n += 11;
	ck_assert_uint_lt(json_string(lit, sizeof lit, in, n), sizeof lit);
	ck_assert_uint_eq(decode(lit, back), n);
	ck_assert_mem_eq(back, in, n);
}
END_TEST

Suite *suite_json(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("string");

	tcase_add_test(tc, test_json_escapes);
	tcase_add_test(tc, test_json_utf8_kept);
	tcase_add_test(tc, test_json_utf8_malformed);
	tcase_add_test(tc, test_json_cut);
	tcase_add_test(tc, test_json_pending);
	tcase_add_test(tc, test_json_round_trip);
	suite_add_tcase(s, tc);
	return s;
}
