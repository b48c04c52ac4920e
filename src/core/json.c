/*
 * JSON string literals from any bytes. UTF-8 is checked by the table of
 * RFC 3629 (the well-formed byte sequences), so that what is kept is what
 * every JSON parser accepts.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>

#include "json.h"

/* Where the literal is written: out, cut at size, and the length it needs. */
struct json_out {
	char *out;
	size_t size, length;
};

static void put(struct json_out *o, const char *bytes, size_t n)
{
	for (size_t i = 0; i < n; i++, o->length++)
		if (o->length + 1 < o->size)
			o->out[o->length] = bytes[i];
}

/*
 * The length of the well-formed UTF-8 sequence at s (at most n bytes), or 0
 * when the bytes there are not one. *cut is set when they could be the start
 * of one that n bytes end too early.
 */
static size_t utf8_length(const unsigned char *s, size_t n, bool *cut)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;
	size_t need;

	*cut = false;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef)
		need = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 4;
	else
		return 0;
	/* The second byte's range rules out overlong forms, surrogates and past U+10FFFF. */
	if (c == 0xe0)
		lo = 0xa0;
	else if (c == 0xed)
		hi = 0x9f;
	else if (c == 0xf0)
		lo = 0x90;
	else if (c == 0xf4)
		hi = 0x8f;
	for (size_t i = 1; i < need; i++) {
		if (i >= n) {
			*cut = true;
			return 0;
		}
		if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xbf))
			return 0;
	}
	return need;
}

/* One byte below 0x20, or DEL, as its escape. */
static void put_control(struct json_out *o, unsigned char c)
{
	char esc[8];
	const char *named = c == '\n'	? "\\n"
			    : c == '\r' ? "\\r"
			    : c == '\t' ? "\\t"
			    : c == '\b' ? "\\b"
			    : c == '\f' ? "\\f"
					: NULL;

	if (named != NULL) {
		put(o, named, 2);
		return;
	}
	snprintf(esc, sizeof esc, "\\u%04x", c);
	put(o, esc, 6);
}

size_t json_string(char *out, size_t size, const char *in, size_t length)
{
	struct json_out o = { out, size, 0 };
	const unsigned char *s = (const unsigned char *)in;
	size_t i = 0;
	bool cut;

	put(&o, "\"", 1);
	while (i < length) {
		unsigned char c = s[i];
		size_t n = utf8_length(s + i, length - i, &cut);
		if (n == 0) {
			put(&o, "\\ufffd", 6);
			n = 1;
		} else if (c < 0x20 || c == 0x7f) {
			put_control(&o, c);
		} else if (c == '"' || c == '\\') {
			put(&o, "\\", 1);
			put(&o, in + i, 1);
		} else {
			put(&o, in + i, n);
		}
		i += n;
	}
	put(&o, "\"", 1);
	if (size > 0)
		out[o.length < size ? o.length : size - 1] = '\0';
	return o.length;
}

size_t json_utf8_pending(const char *in, size_t length)
{
	const unsigned char *s = (const unsigned char *)in;

	for (size_t back = 1; back <= 3 && back <= length; back++) {
		bool cut;
		if (utf8_length(s + length - back, back, &cut) == 0 && cut)
			return back;
	}
	return 0;
}
