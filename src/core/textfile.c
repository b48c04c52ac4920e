/*
 * The one reader of text formats (see textfile.h). A whole file is read in
 * chunks up to its size limit, so FIFOs and devices work where the caller
 * allows them; a regular file is read in one buffer of its size plus one
 * byte, which is how a file that grows under the reader is noticed.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/textfile.h"

#define TEXTFILE_CHUNK 4096

/* --- A file read whole ----------------------------------------------------- */

/* An open file being read into a growing buffer. */
struct textfile_reader {
	int fd;
	char *text;
	size_t got, capacity;
	size_t max_bytes;
	bool regular;
};

/* Say why the read failed, keeping errno for the caller; return status. */
static enum textfile_status read_failed(enum textfile_status status, const char *path, char *err,
					size_t err_size)
{
	int saved = errno;

	switch (status) {
	case TEXTFILE_CANNOT_OPEN:
		snprintf(err, err_size, "cannot open '%s': %s", path, strerror(saved));
		break;
	case TEXTFILE_NOT_REGULAR:
		snprintf(err, err_size, "'%s' is not a regular file", path);
		break;
	case TEXTFILE_TOO_LARGE:
		snprintf(err, err_size, "'%s' is too large", path);
		break;
	case TEXTFILE_CANNOT_READ:
		snprintf(err, err_size, "cannot read '%s': %s", path, strerror(saved));
		break;
	case TEXTFILE_CHANGED:
		snprintf(err, err_size, "'%s' changed while it was read", path);
		break;
	case TEXTFILE_NO_MEMORY:
		snprintf(err, err_size, "out of memory reading '%s'", path);
		break;
	case TEXTFILE_HAS_NUL:
		snprintf(err, err_size, "'%s': not a text file (a NUL byte)", path);
		break;
	case TEXTFILE_OK:
		break;
	}
	errno = saved;
	return status;
}

/* Open path and size the first buffer; TEXTFILE_OK or why not. */
static enum textfile_status reader_open(struct textfile_reader *r, const char *path, unsigned flags)
{
	struct stat st;

	/* O_NONBLOCK: opening a FIFO by mistake must not hang; it is refused below. */
	r->fd = open(path, O_RDONLY | ((flags & TEXTFILE_REGULAR) ? O_NONBLOCK : 0));
	if (r->fd < 0)
		return TEXTFILE_CANNOT_OPEN;
	if (fstat(r->fd, &st) != 0)
		return TEXTFILE_CANNOT_READ;
	r->regular = S_ISREG(st.st_mode);
	if ((flags & TEXTFILE_REGULAR) && !r->regular)
		return TEXTFILE_NOT_REGULAR;
	if (r->regular && (unsigned long long)st.st_size > r->max_bytes)
		return TEXTFILE_TOO_LARGE;
	/* A regular file's size plus one: a byte more means it grew. */
	r->capacity = r->regular ? (size_t)st.st_size + 1 : TEXTFILE_CHUNK;
	r->text = malloc(r->capacity + 1);
	return r->text != NULL ? TEXTFILE_OK : TEXTFILE_NO_MEMORY;
}

/* Make room for another chunk of a file that is not regular. */
static enum textfile_status reader_grow(struct textfile_reader *r)
{
	size_t capacity = r->capacity * 2;
	char *bigger;

	if (r->regular)
		return TEXTFILE_CHANGED;
	if (r->capacity > r->max_bytes)
		return TEXTFILE_TOO_LARGE;
	bigger = realloc(r->text, capacity + 1);
	if (bigger == NULL)
		return TEXTFILE_NO_MEMORY;
	r->text = bigger;
	r->capacity = capacity;
	return TEXTFILE_OK;
}

/* Read until the end of the file. */
static enum textfile_status reader_read(struct textfile_reader *r)
{
	enum textfile_status status;
	ssize_t n;

	for (;;) {
		if (r->got == r->capacity && (status = reader_grow(r)) != TEXTFILE_OK)
			return status;
		n = read(r->fd, r->text + r->got, r->capacity - r->got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return TEXTFILE_CANNOT_READ;
		if (n == 0)
			break;
		r->got += (size_t)n;
	}
	if (r->got > r->max_bytes)
		return TEXTFILE_TOO_LARGE;
	r->text[r->got] = '\0';
	return TEXTFILE_OK;
}

enum textfile_status textfile_read(const char *path, size_t max_bytes, unsigned flags, char **text,
				   size_t *length, char *err, size_t err_size)
{
	struct textfile_reader r = { .fd = -1, .max_bytes = max_bytes };
	enum textfile_status status = reader_open(&r, path, flags);

	if (status == TEXTFILE_OK)
		status = reader_read(&r);
	if (status == TEXTFILE_OK && (flags & TEXTFILE_NO_NUL) && strlen(r.text) != r.got)
		status = TEXTFILE_HAS_NUL;
	if (r.fd >= 0) {
		int saved = errno;

		close(r.fd);
		errno = saved;
	}
	if (status != TEXTFILE_OK) {
		free(r.text);
		return read_failed(status, path, err, err_size);
	}
	*text = r.text;
	*length = r.got;
	return TEXTFILE_OK;
}

/* --- Lines ----------------------------------------------------------------- */

void textfile_start(struct textfile *tf, const char *text, size_t length, const char *name, char *err,
		    size_t err_size)
{
	memset(tf, 0, sizeof(*tf));
	tf->text = text;
	tf->length = length;
	tf->name = name;
	tf->err = err;
	tf->err_size = err_size;
}

enum textfile_line textfile_next(struct textfile *tf, char *buf, size_t max_len)
{
	size_t start = tf->pos, end = start, n;

	tf->line++;
	tf->crlf = false;
	if (tf->pos >= tf->length)
		return TEXTFILE_END;
	while (end < tf->length && tf->text[end] != '\n')
		end++;
	n = end - start;
	tf->pos = end < tf->length ? end + 1 : end;
	if (n > max_len)
		return TEXTFILE_LONG;
	if (memchr(tf->text + start, '\0', n) != NULL)
		return TEXTFILE_NUL;
	if (n > 0 && tf->text[end - 1] == '\r') {
		tf->crlf = true;
		n--;
	}
	memcpy(buf, tf->text + start, n);
	buf[n] = '\0';
	return TEXTFILE_LINE;
}

bool textfile_at_end(const struct textfile *tf)
{
	return tf->pos >= tf->length;
}

int textfile_error(const struct textfile *tf, const char *fmt, ...)
{
	va_list ap;
	int used = tf->name != NULL ? snprintf(tf->err, tf->err_size, "%s:%d: ", tf->name, tf->line)
				    : snprintf(tf->err, tf->err_size, "line %d: ", tf->line);

	if (used < 0 || (size_t)used >= tf->err_size)
		return -1;
	va_start(ap, fmt);
	vsnprintf(tf->err + used, tf->err_size - (size_t)used, fmt, ap);
	va_end(ap);
	return -1;
}

/* --- Words and numbers ------------------------------------------------------ */

int textfile_words(char *line, char **words, int max)
{
	int n = 0;
	char *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			*p++ = '\0';
		if (*p == '\0')
			return n;
		if (n == max)
			return max + 1;
		words[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
	}
}

enum textfile_number textfile_integer(const char *word, long long lo, long long hi, long long *out)
{
	const char *digits = word[0] == '-' ? word + 1 : word;
	char *end;
	long long v;

	if (!isdigit((unsigned char)digits[0]))
		return TEXTFILE_NOT_NUMBER;
	errno = 0;
	v = strtoll(word, &end, 10);
	if (*end != '\0')
		return TEXTFILE_NOT_NUMBER;
	if (errno == ERANGE || v < lo || v > hi)
		return TEXTFILE_OUT_OF_RANGE;
	*out = v;
	return TEXTFILE_NUMBER;
}

enum textfile_number textfile_double_at(const char *s, const char **end, double lo, double hi, double *out)
{
	char *stop;
	double v;

	errno = 0;
	v = strtod(s, &stop);
	*end = stop;
	if (stop == s)
		return TEXTFILE_NOT_NUMBER;
	/* An overflow is inf; an underflow is a tiny number, as good as any. */
	if (!isfinite(v))
		return TEXTFILE_NOT_FINITE;
	*out = v;
	return v < lo || v > hi ? TEXTFILE_OUT_OF_RANGE : TEXTFILE_NUMBER;
}

enum textfile_number textfile_double(const char *word, double lo, double hi, double *out)
{
	const char *end;
	enum textfile_number status;

	if (word[0] == '\0' || isspace((unsigned char)word[0]))
		return TEXTFILE_NOT_NUMBER;
	status = textfile_double_at(word, &end, lo, hi, out);
	if (status != TEXTFILE_NOT_NUMBER && *end != '\0')
		return TEXTFILE_NOT_NUMBER;
	return status;
}
