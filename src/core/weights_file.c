/*
 * Reading and writing weights files (the format is in weights_file.h).
 *
 * Loading parses into a scratch network and copies it out only when every
 * check has passed, so a bad file never leaves half-loaded weights. Saving
 * goes through atomic_file, so a crash or a full disk mid-save never leaves
 * a truncated file where a good one was.
 */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/atomic_file.h"
#include "core/textfile.h"
#include "core/weights_file.h"

#define WEIGHTS_FILE_MAX_BYTES (1L << 20)
#define WEIGHTS_LINE_MAX 4096

/* --- Loading ------------------------------------------------------------ */

struct parser {
	struct textfile tf;
	char line[WEIGHTS_LINE_MAX + 1];
};

/* Say what is wrong, and where; always returns -1. */
#define parse_error(p, ...) textfile_error(&(p)->tf, __VA_ARGS__)

/* Read the next line into p->line. Return 0, or -1 at the end or on a bad line. */
static int next_line(struct parser *p, const char *expected)
{
	switch (textfile_next(&p->tf, p->line, WEIGHTS_LINE_MAX)) {
	case TEXTFILE_END:
		return parse_error(p, "file ends early: expected %s", expected);
	case TEXTFILE_LONG:
		return parse_error(p, "line is too long (over %d characters)", WEIGHTS_LINE_MAX);
	case TEXTFILE_NUL:
		return parse_error(p, "line holds a NUL byte");
	case TEXTFILE_LINE:
		break;
	}
	if (p->tf.crlf)
		return parse_error(
			p, "line ends in a carriage return (DOS line endings); save it with plain newlines");
	return 0;
}

/* Split p->line at blanks into at most max words; return how many (max + 1 if more). */
static int split_words(struct parser *p, char **words, int max)
{
	return textfile_words(p->line, words, max);
}

/* Read word as a whole decimal number; false if it is not one. */
static bool word_to_long(const char *word, long *value)
{
	long long v;

	if (textfile_integer(word, LONG_MIN, LONG_MAX, &v) != TEXTFILE_NUMBER)
		return false;
	*value = (long)v;
	return true;
}

/* Read a line "keyword N" into *value. */
static int expect_keyword_number(struct parser *p, const char *keyword, long *value)
{
	char *words[3];

	if (next_line(p, keyword) != 0)
		return -1;
	if (split_words(p, words, 2) != 2 || strcmp(words[0], keyword) != 0 || !word_to_long(words[1], value))
		return parse_error(p, "expected '%s N'", keyword);
	return 0;
}

/* Read a block header, "name rows cols" (cols 0: a vector, "name n"), matching the network. */
static int expect_block_header(struct parser *p, const char *name, long rows, long cols)
{
	char *words[4];
	bool matrix = cols > 0;
	int want = matrix ? 3 : 2;
	long r = 0, c = 0;

	if (next_line(p, name) != 0)
		return -1;
	if (split_words(p, words, 3) != want || strcmp(words[0], name) != 0 || !word_to_long(words[1], &r) ||
	    (matrix && !word_to_long(words[2], &c)))
		return matrix ? parse_error(p, "expected '%s %ld %ld'", name, rows, cols)
			      : parse_error(p, "expected '%s %ld'", name, rows);
	if (r != rows || (matrix && c != cols))
		return matrix ? parse_error(p, "%s is %ldx%ld, but the header says %ldx%ld", name, r, c, rows,
					    cols)
			      : parse_error(p, "%s has %ld values, but the header says %ld", name, r, rows);
	return 0;
}

/* Read one line of exactly count finite numbers into out. */
static int read_numbers(struct parser *p, const char *block, double *out, int count)
{
	const char *s = p->line, *end;

	if (next_line(p, block) != 0)
		return -1;
	for (int i = 0; i < count; i++) {
		s += strspn(s, " \t");
		if (*s == '\0')
			return parse_error(p, "%s: expected %d numbers, found %d", block, count, i);
		enum textfile_number status = textfile_double_at(s, &end, -HUGE_VAL, HUGE_VAL, &out[i]);
		if (status == TEXTFILE_NOT_NUMBER || (*end != '\0' && *end != ' ' && *end != '\t'))
			return parse_error(p, "%s: value %d is not a number", block, i + 1);
		if (status == TEXTFILE_NOT_FINITE)
			return parse_error(p, "%s: value %d is not a finite number", block, i + 1);
		s = end;
	}
	s += strspn(s, " \t");
	if (*s != '\0')
		return parse_error(p, "%s: more than %d numbers on the line", block, count);
	return 0;
}

/* Read a block: its header line, then rows lines of cols numbers. */
static int read_block(struct parser *p, const char *name, double *out, long rows, long cols)
{
	bool matrix = cols > 0;
	long per_line = matrix ? cols : rows;
	long lines = matrix ? rows : 1;

	if (expect_block_header(p, name, rows, cols) != 0)
		return -1;
	for (long r = 0; r < lines; r++)
		if (read_numbers(p, name, out + r * per_line, (int)per_line) != 0)
			return -1;
	return 0;
}

/*
 * Read the optional line "activation NAME" (ReLU when it is absent, as in
 * every file of the tutorial's network).
 */
static int read_activation(struct parser *p, enum activation *activation)
{
	struct parser before = *p;
	char *words[3];

	*activation = ACTIVATION_RELU;
	if (next_line(p, "W1") != 0 || strncmp(p->line, "activation", 10) != 0) {
		*p = before; /* not there: that line is W1's */
		return 0;
	}
	int count = split_words(p, words, 2);
	int found = count == 2 && strcmp(words[0], "activation") == 0 ? activation_parse(words[1]) : -1;
	if (found < 0)
		return parse_error(p, "expected 'activation relu|leaky|sigmoid|tanh'");
	*activation = (enum activation)found;
	return 0;
}

int weights_parse(struct network *net, const char *text, size_t length, const char *name, char *err,
		  size_t err_size)
{
	struct parser p;
	struct network loaded;
	long version, inputs, hidden, outputs;
	char *words[3];

	memset(&loaded, 0, sizeof(loaded));
	textfile_start(&p.tf, text, length, name, err, err_size);
	if (next_line(&p, "the header") != 0)
		return -1;
	if (split_words(&p, words, 2) != 2 || strcmp(words[0], WEIGHTS_FILE_MAGIC) != 0 ||
	    !word_to_long(words[1], &version))
		return parse_error(&p, "not an edgeviz weights file (expected '%s %d')", WEIGHTS_FILE_MAGIC,
				   WEIGHTS_FILE_VERSION);
	if (version != WEIGHTS_FILE_VERSION)
		return parse_error(&p, "version %ld is not supported (this edgeviz reads version %d)",
				   version, WEIGHTS_FILE_VERSION);
	if (expect_keyword_number(&p, "inputs", &inputs) != 0)
		return -1;
	if (inputs != NETWORK_INPUTS)
		return parse_error(&p, "inputs must be %d, not %ld", NETWORK_INPUTS, inputs);
	if (expect_keyword_number(&p, "hidden", &hidden) != 0)
		return -1;
	if (hidden < NETWORK_MIN_HIDDEN || hidden > NETWORK_MAX_HIDDEN)
		return parse_error(&p, "hidden must be %d to %d", NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN);
	if (expect_keyword_number(&p, "outputs", &outputs) != 0)
		return -1;
	if (outputs != NETWORK_OUTPUTS)
		return parse_error(&p, "outputs must be %d, not %ld", NETWORK_OUTPUTS, outputs);

	loaded.hidden = (int)hidden;
	if (read_activation(&p, &loaded.activation) != 0)
		return -1;
	if (read_block(&p, "W1", loaded.w1, NETWORK_INPUTS, hidden) != 0 ||
	    read_block(&p, "b1", loaded.b1, hidden, 0) != 0 ||
	    read_block(&p, "W2", loaded.w2, hidden, NETWORK_OUTPUTS) != 0 ||
	    read_block(&p, "b2", loaded.b2, NETWORK_OUTPUTS, 0) != 0)
		return -1;
	if (next_line(&p, "'end'") != 0)
		return -1;
	if (strcmp(p.line, "end") != 0)
		return parse_error(&p, "expected 'end'");
	if (!textfile_at_end(&p.tf)) {
		p.tf.line++;
		return parse_error(&p, "unexpected data after 'end'");
	}
	*net = loaded;
	return 0;
}

int weights_load(struct network *net, const char *path, char *err, size_t err_size)
{
	char *text;
	size_t length;

	switch (textfile_read(path, WEIGHTS_FILE_MAX_BYTES, TEXTFILE_REGULAR, &text, &length, err,
			      err_size)) {
	case TEXTFILE_OK:
		break;
	case TEXTFILE_TOO_LARGE:
		snprintf(err, err_size, "'%s' is too large for a weights file", path);
		return -1;
	default:
		return -1;
	}
	int result = weights_parse(net, text, length, path, err, err_size);
	free(text);
	return result;
}

/* --- Saving ------------------------------------------------------------- */

/* Write rows lines of cols numbers, each to 17 digits (enough to read back exactly). */
static void write_rows(FILE *f, const double *values, int rows, int cols)
{
	for (int r = 0; r < rows; r++)
		for (int c = 0; c < cols; c++)
			fprintf(f, "%.17g%c", values[r * cols + c], c + 1 < cols ? ' ' : '\n');
}

static void write_weights(FILE *f, const struct network *net)
{
	int h = net->hidden;

	fprintf(f, "%s %d\ninputs %d\nhidden %d\noutputs %d\n", WEIGHTS_FILE_MAGIC, WEIGHTS_FILE_VERSION,
		NETWORK_INPUTS, h, NETWORK_OUTPUTS);
	if (net->activation != ACTIVATION_RELU)
		fprintf(f, "activation %s\n", activation_keyword(net->activation));
	fprintf(f, "W1 %d %d\n", NETWORK_INPUTS, h);
	write_rows(f, net->w1, NETWORK_INPUTS, h);
	fprintf(f, "b1 %d\n", h);
	write_rows(f, net->b1, 1, h);
	fprintf(f, "W2 %d %d\n", h, NETWORK_OUTPUTS);
	write_rows(f, net->w2, h, NETWORK_OUTPUTS);
	fprintf(f, "b2 %d\n", NETWORK_OUTPUTS);
	write_rows(f, net->b2, 1, NETWORK_OUTPUTS);
	fprintf(f, "end\n");
}

/* atomic_file_writer for a network. */
static void write_network(FILE *f, const void *net)
{
	write_weights(f, net);
}

int weights_save(const struct network *net, const char *path, char *err, size_t err_size)
{
	if (!network_is_finite(net)) {
		snprintf(err, err_size, "not saving '%s': the weights are not finite (training diverged)",
			 path);
		return -1;
	}
	return atomic_file_write(path, write_network, net, err, err_size);
}
