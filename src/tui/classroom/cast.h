/*
 * asciicast v2, the format asciinema plays (docs.asciinema.org): a JSON
 * header line, then one JSON array a line, [time, "o", data] for what was
 * written to the terminal and [time, "m", label] for a marker the player can
 * jump to, and [time, "r", "WIDTHxHEIGHT"] when the terminal was resized.
 * Pure: the cast is kept in memory and saved atomically at the end; times
 * never go back; output cut in the middle of a UTF-8 character is
 * kept until the rest comes, and any malformed byte becomes U+FFFD.
 */
#ifndef EDGEVIZ_TUI_CAST_H
#define EDGEVIZ_TUI_CAST_H

#include <stddef.h>

struct cast {
	char *text; /* the lines so far */
	size_t length, capacity;
	double last;	 /* the time of the last event */
	char pending[4]; /* the start of a UTF-8 character cut by the last write */
	size_t pending_length;
	int failed; /* out of memory: cast_save says so */
};

/* Start a cast of a width x height terminal, begun at timestamp (seconds since 1970). */
void cast_begin(struct cast *cast, int width, int height, long long timestamp, const char *title,
		const char *term);

/* What was written to the terminal at time seconds from the start. */
void cast_output(struct cast *cast, double time, const char *bytes, size_t length);

/* A marker at time: "step 12 forward". */
void cast_marker(struct cast *cast, double time, const char *label);

/* The terminal became width x height at time. */
void cast_resize(struct cast *cast, double time, int width, int height);

/* Write the cast to path atomically. Return 0, or -1 with a one-line reason in err. */
int cast_save(struct cast *cast, const char *path, char *err, size_t err_size);

/* Free the cast's memory. */
void cast_free(struct cast *cast);

#endif
