/*
 * One reader for every text format edgeviz reads (weights files,
 * recordings, option values, patches): a file read whole within a size
 * limit, split into lines (a CRLF ending noted and removed), lines into
 * words, words into numbers checked in full and in range, and mistakes
 * said as "FILE:LINE: message". It allocates only the whole-file buffer,
 * prints nothing and never exits: every failure is a status and a message.
 */
#ifndef EDGEVIZ_CORE_TEXTFILE_H
#define EDGEVIZ_CORE_TEXTFILE_H

#include <stdbool.h>
#include <stddef.h>

/* --- A file read whole ----------------------------------------------------- */

/* textfile_read's flags. */
enum {
	TEXTFILE_REGULAR = 1 << 0, /* refuse FIFOs, devices, directories (opened without blocking) */
	TEXTFILE_NO_NUL = 1 << 1,  /* refuse a NUL byte anywhere: not a text file */
};

/* Why textfile_read failed (errno says more for OPEN and READ). */
enum textfile_status {
	TEXTFILE_OK = 0,
	TEXTFILE_CANNOT_OPEN,
	TEXTFILE_NOT_REGULAR,
	TEXTFILE_TOO_LARGE, /* over max_bytes */
	TEXTFILE_CANNOT_READ,
	TEXTFILE_CHANGED, /* a regular file grew while it was read */
	TEXTFILE_NO_MEMORY,
	TEXTFILE_HAS_NUL,
};

/*
 * Read the file at path, at most max_bytes, into *text (NUL-terminated,
 * *length bytes without the terminator; the caller frees it). Return
 * TEXTFILE_OK, or the reason with a message naming path in err (errno kept
 * from the failing call, for callers that word it their own way).
 */
enum textfile_status textfile_read(const char *path, size_t max_bytes, unsigned flags, char **text,
				   size_t *length, char *err, size_t err_size);

/* --- Lines ----------------------------------------------------------------- */

/* A text in memory, read a line at a time. */
struct textfile {
	const char *text;
	size_t length;
	size_t pos;	  /* where the next line starts */
	int line;	  /* the number of the line last asked for, from 1 */
	bool crlf;	  /* that line ended in "\r\n" (the \r is not in it) */
	const char *name; /* messages start "NAME:LINE: "; NULL: "line LINE: " */
	char *err;
	size_t err_size;
};

/* What textfile_next found. */
enum textfile_line {
	TEXTFILE_LINE, /* a line, in buf */
	TEXTFILE_END,  /* no line left (line counts it all the same) */
	TEXTFILE_LONG, /* over max_len characters, its \r included */
	TEXTFILE_NUL,  /* a NUL byte in it */
};

/* Start reading length bytes of text; messages go to err. */
void textfile_start(struct textfile *tf, const char *text, size_t length, const char *name, char *err,
		    size_t err_size);

/*
 * The next line into buf (room for max_len + 1 bytes), without its "\n" or
 * "\r\n"; tf->line counts it, even at the end (so "ends early" names the
 * line that is missing).
 */
enum textfile_line textfile_next(struct textfile *tf, char *buf, size_t max_len);

/* Whether every byte of the text has been read. */
bool textfile_at_end(const struct textfile *tf);

/* Say what is wrong on the current line in tf->err, "FILE:LINE: ..."; return -1. */
int textfile_error(const struct textfile *tf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- Words and numbers ------------------------------------------------------ */

/*
 * Split line in place at runs of blanks (spaces and tabs) into at most max
 * words; return how many, or max + 1 if there are more.
 */
int textfile_words(char *line, char **words, int max);

/* What a number's text turned out to be. */
enum textfile_number {
	TEXTFILE_NUMBER = 0, /* a number in range */
	TEXTFILE_NOT_NUMBER,
	TEXTFILE_NOT_FINITE,   /* inf, nan, or too large for a double */
	TEXTFILE_OUT_OF_RANGE, /* a number, outside [lo, hi] */
};

/*
 * All of word as a decimal integer in [lo, hi]: an optional '-', then
 * digits, nothing else (no blank, no '+'). *out is set only for a number in
 * range; one too large for a long long is OUT_OF_RANGE.
 */
enum textfile_number textfile_integer(const char *word, long long lo, long long hi, long long *out);

/*
 * All of word as a finite decimal number in [lo, hi] (no leading blank, no
 * trailing junk). *out is set for any finite number, in range or not, so
 * that a message can show it.
 */
enum textfile_number textfile_double(const char *word, double lo, double hi, double *out);

/*
 * A finite number at the start of s, as strtod reads it (leading blanks
 * skipped), in [lo, hi]; *end is set where it stopped (s when there was no
 * number). For lists such as "0,1,0.5". *out as textfile_double's.
 */
enum textfile_number textfile_double_at(const char *s, const char **end, double lo, double hi, double *out);

#endif
