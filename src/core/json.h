/*
 * JSON string literals for files other programs read (the asciicast lines
 * of --cast): any bytes in, always valid JSON out. '"' and '\' are escaped,
 * every control byte (and DEL) is written as an escape, valid UTF-8 is kept
 * as it is, and each byte that is not part of valid UTF-8 (a stray
 * continuation, an overlong form, a surrogate, past U+10FFFF, a sequence cut
 * short) becomes U+FFFD, as terminals show it.
 */
#ifndef EDGEVIZ_JSON_H
#define EDGEVIZ_JSON_H

#include <stddef.h>

/*
 * Write the JSON string literal of in[0 .. length), quotes included, into
 * out (at most size bytes with the closing NUL). Return the length the
 * whole literal needs, as snprintf does: the output is cut when that is
 * size or more.
 */
size_t json_string(char *out, size_t size, const char *in, size_t length);

/*
 * How many bytes at the end of in[0 .. length) (0 to 3) start a UTF-8
 * sequence that the next bytes may complete: a writer of a stream cut into
 * chunks keeps them for the next chunk.
 */
size_t json_utf8_pending(const char *in, size_t length);

#endif
