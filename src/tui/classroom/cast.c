/*
 * The asciicast v2 writer. Every string goes through json_string, the one
 * escaper, so that each line is valid JSON whatever the bytes.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/atomic_file.h"
#include "core/json.h"
#include "tui/classroom/cast.h"

/* Make room for more bytes; false (and failed set) when memory runs out. */
static int cast_reserve(struct cast *cast, size_t more)
{
	if (cast->failed)
		return 0;
	if (cast->length + more + 1 <= cast->capacity)
		return 1;
	size_t capacity = cast->capacity > 0 ? cast->capacity : 4096;
	while (capacity < cast->length + more + 1)
		capacity *= 2;
	char *text = realloc(cast->text, capacity);
	if (text == NULL) {
		cast->failed = 1;
		return 0;
	}
	cast->text = text;
	cast->capacity = capacity;
	return 1;
}

/* Append formatted text. */
static void cast_printf(struct cast *cast, const char *format, ...) __attribute__((format(printf, 2, 3)));

static void cast_printf(struct cast *cast, const char *format, ...)
{
	va_list args;
	char line[256];

	va_start(args, format);
	int n = vsnprintf(line, sizeof line, format, args);
	va_end(args);
	if (n > 0 && cast_reserve(cast, (size_t)n)) {
		memcpy(cast->text + cast->length, line, (size_t)n);
		cast->length += (size_t)n;
	}
}

/* Append the JSON literal of bytes. */
static void cast_string(struct cast *cast, const char *bytes, size_t length)
{
	size_t need = json_string(NULL, 0, bytes, length);

	if (cast_reserve(cast, need)) {
		json_string(cast->text + cast->length, need + 1, bytes, length);
		cast->length += need;
	}
}

void cast_begin(struct cast *cast, int width, int height, long long timestamp, const char *title,
		const char *term)
{
	memset(cast, 0, sizeof *cast);
	cast_printf(cast,
		    "{\"version\": 2, \"width\": %d, \"height\": %d, \"timestamp\": %lld, \"title\": ", width,
		    height, timestamp);
	cast_string(cast, title, strlen(title));
	cast_printf(cast, "%s", ", \"env\": {\"TERM\": ");
	cast_string(cast, term != NULL ? term : "", term != NULL ? strlen(term) : 0);
	cast_printf(cast, "%s", "}}\n");
}

/* One event line; the time clamped so that times never go back. */
static void cast_event(struct cast *cast, double time, const char *kind, const char *bytes, size_t length)
{
	if (!(time >= cast->last))
		time = cast->last;
	cast->last = time;
	cast_printf(cast, "[%.6f, \"%s\", ", time, kind);
	cast_string(cast, bytes, length);
	cast_printf(cast, "%s", "]\n");
}

void cast_output(struct cast *cast, double time, const char *bytes, size_t length)
{
	size_t total = cast->pending_length + length;
	char *joined = malloc(total > 0 ? total : 1);

	if (joined == NULL) {
		cast->failed = 1;
		return;
	}
	memcpy(joined, cast->pending, cast->pending_length);
	memcpy(joined + cast->pending_length, bytes, length);
	size_t keep = json_utf8_pending(joined, total);
	if (total > keep)
		cast_event(cast, time, "o", joined, total - keep);
	memcpy(cast->pending, joined + total - keep, keep);
	cast->pending_length = keep;
	free(joined);
}

void cast_marker(struct cast *cast, double time, const char *label)
{
	cast_event(cast, time, "m", label, strlen(label));
}

void cast_resize(struct cast *cast, double time, int width, int height)
{
	char size[32];

	snprintf(size, sizeof size, "%dx%d", width, height);
	cast_event(cast, time, "r", size, strlen(size));
}

/* atomic_file_write's writer: the lines as they are. */
static void cast_write(FILE *f, const void *context)
{
	const struct cast *cast = context;

	fwrite(cast->text, 1, cast->length, f);
}

int cast_save(struct cast *cast, const char *path, char *err, size_t err_size)
{
	if (cast->pending_length > 0) {
		/* A character the output never finished: its bytes become U+FFFD. */
		cast_event(cast, cast->last, "o", cast->pending, cast->pending_length);
		cast->pending_length = 0;
	}
	if (cast->failed) {
		snprintf(err, err_size, "cannot write '%s': out of memory", path);
		return -1;
	}
	return atomic_file_write(path, cast_write, cast, err, err_size);
}

void cast_free(struct cast *cast)
{
	free(cast->text);
	memset(cast, 0, sizeof *cast);
}
