/*
 * Reading and writing data files (the format is in data_file.h). The text
 * is read whole through textfile and parsed line by line into a growing
 * set, which replaces the caller's only when every line has passed.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/atomic_file.h"
#include "core/data_file.h"
#include "core/textfile.h"

#define STDIN_NAME "(standard input)"
/* Fields a line may have: 25 values and the label. */
#define FIELDS (PATCH_PIXELS + 1)

struct data_parser {
	struct textfile tf;
	struct dataset set;
	int capacity;
	bool content_seen; /* a line other than blanks and comments came */
	char line[DATA_FILE_LINE_MAX + 1];
};

/* Room for one more patch; 0, or -1 if out of memory. */
static int grow(struct data_parser *p)
{
	if (p->set.size < p->capacity)
		return 0;
	int capacity = p->capacity == 0 ? 256 : p->capacity * 2;
	if (capacity > DATASET_MAX_SIZE)
		capacity = DATASET_MAX_SIZE;
	struct patch *patches = realloc(p->set.patch, (size_t)capacity * sizeof(*patches));
	if (patches == NULL)
		return -1;
	p->set.patch = patches;
	enum label *labels = realloc(p->set.label, (size_t)capacity * sizeof(*labels));
	if (labels == NULL)
		return -1;
	p->set.label = labels;
	p->capacity = capacity;
	return 0;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/*
 * Split line in place at a comma, blanks or both, into at most max fields.
 * Return how many there are (all counted, even past max), or -1 after
 * saying which one is empty.
 */
static int split_fields(struct data_parser *p, char *line, char **fields, int max)
{
	int n = 0;
	char *s = line;

	while (is_blank(*s))
		s++;
	for (;;) {
		char *start = s;
		while (*s != '\0' && *s != ',' && !is_blank(*s))
			s++;
		if (s == start)
			return textfile_error(
				&p->tf, "field %d is empty (two commas in a row, or one at the end)", n + 1);
		if (n < max)
			fields[n] = start;
		n++;
		char *end = s;
		while (is_blank(*s))
			s++;
		bool comma = *s == ',';
		if (comma)
			for (s++; is_blank(*s); s++)
				;
		*end = '\0';
		if (*s == '\0' && !comma)
			return n;
	}
}

/* The label a field names, or -1. */
static int parse_label(const char *field)
{
	if (strcasecmp(field, "edge") == 0 || strcmp(field, "1") == 0)
		return LABEL_EDGE;
	if (strcasecmp(field, "no-edge") == 0 || strcmp(field, "0") == 0)
		return LABEL_NO_EDGE;
	return -1;
}

/* Read the 25 values into patch; 0, or -1 after saying which is wrong. */
static int parse_values(struct data_parser *p, char **fields, struct patch *patch)
{
	for (int i = 0; i < PATCH_PIXELS; i++) {
		double v = 0.0;
		switch (textfile_double(fields[i], 0.0, 1.0, &v)) {
		case TEXTFILE_NUMBER:
			patch->pixel[i] = v;
			break;
		case TEXTFILE_OUT_OF_RANGE:
			return textfile_error(&p->tf, "value %d (%.30s) is outside [0, 1]", i + 1, fields[i]);
		case TEXTFILE_NOT_FINITE:
			return textfile_error(&p->tf, "value %d ('%.30s') is not a finite number", i + 1,
					      fields[i]);
		default:
			return textfile_error(&p->tf, "value %d ('%.30s') is not a number", i + 1, fields[i]);
		}
	}
	return 0;
}

/* Parse one patch's fields into the set; 0, or -1 after saying why not. */
static int parse_patch(struct data_parser *p, char *content)
{
	char *fields[FIELDS];
	int n = split_fields(p, content, fields, FIELDS);

	if (n < 0)
		return -1;
	int label = parse_label(fields[n <= FIELDS ? n - 1 : 0]);
	if (n == PATCH_PIXELS && label < 0)
		return textfile_error(&p->tf, "25 values but no label after them (edge, no-edge, 1 or 0)");
	if (n != FIELDS)
		return textfile_error(&p->tf, "%d value%s before the label; a patch has 25 (5 rows of 5)",
				      n - 1, n - 1 == 1 ? "" : "s");
	if (label < 0)
		return textfile_error(&p->tf, "unknown label '%.30s' (edge, no-edge, 1 or 0)",
				      fields[FIELDS - 1]);
	if (p->set.size == DATASET_MAX_SIZE)
		return textfile_error(&p->tf, "more than %d patches", DATASET_MAX_SIZE);
	if (grow(p) != 0)
		return textfile_error(&p->tf, "out of memory");
	if (parse_values(p, fields, &p->set.patch[p->set.size]) != 0)
		return -1;
	p->set.label[p->set.size++] = (enum label)label;
	return 0;
}

/* Whether a first line is a header: it does not start with a number. */
static bool is_header(const char *content)
{
	char c = content[0];

	return !((c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-');
}

/* Take one line: skip comments, blanks and a header, parse a patch. 0 or -1. */
static int parse_line(struct data_parser *p, char *line)
{
	char *hash = strchr(line, '#');

	if (hash != NULL)
		*hash = '\0';
	/* A byte-order mark, as some spreadsheets write, is not content. */
	if (p->tf.line == 1 && strncmp(line, "\xef\xbb\xbf", 3) == 0)
		line += 3;
	while (is_blank(*line))
		line++;
	if (*line == '\0')
		return 0;
	bool first = !p->content_seen;
	p->content_seen = true;
	if (first && is_header(line))
		return 0;
	return parse_patch(p, line);
}

/* Read every line; 0, or -1 after saying what is wrong. */
static int parse_lines(struct data_parser *p)
{
	for (;;) {
		switch (textfile_next(&p->tf, p->line, DATA_FILE_LINE_MAX)) {
		case TEXTFILE_LINE:
			if (parse_line(p, p->line) != 0)
				return -1;
			break;
		case TEXTFILE_LONG:
			return textfile_error(&p->tf, "line longer than %d characters", DATA_FILE_LINE_MAX);
		case TEXTFILE_NUL:
			return textfile_error(&p->tf, "a NUL byte (this is not a text file)");
		case TEXTFILE_END:
			if (p->set.size > 0)
				return 0;
			if (p->tf.line > 1)
				p->tf.line--; /* the last line there is */
			return textfile_error(&p->tf, "no patches (a data set needs at least one)");
		}
	}
}

int data_file_parse(const char *text, size_t length, const char *name, struct dataset *set, char *err,
		    size_t err_size)
{
	struct data_parser *p = calloc(1, sizeof(*p));

	if (p == NULL) {
		snprintf(err, err_size, "%s: out of memory", name);
		return -1;
	}
	textfile_start(&p->tf, text, length, name, err, err_size);
	int status = parse_lines(p);
	if (status == 0)
		*set = p->set;
	else
		dataset_free(&p->set);
	free(p);
	return status;
}

int data_file_load(const char *path, struct dataset *set, char *err, size_t err_size)
{
	bool from_stdin = strcmp(path, "-") == 0;
	const char *name = from_stdin ? STDIN_NAME : path;
	char *text;
	size_t length;

	if (textfile_read(from_stdin ? "/dev/stdin" : path, DATA_FILE_MAX_BYTES, 0, &text, &length, err,
			  err_size) != TEXTFILE_OK) {
		if (from_stdin)
			snprintf(err, err_size, "cannot read %s: %s", STDIN_NAME, strerror(errno));
		return -1;
	}
	int status = data_file_parse(text, length, name, set, err, err_size);
	free(text);
	return status;
}

/* Write v in the fewest digits that read back as the same double. */
static void write_value(FILE *f, double v)
{
	char text[32];

	for (int digits = 1; digits <= 17; digits++) {
		snprintf(text, sizeof(text), "%.*g", digits, v);
		if (strtod(text, NULL) == v)
			break;
	}
	fputs(text, f);
}

void data_file_write(FILE *f, const struct dataset *set)
{
	fputs("# edgeviz data: a 5x5 patch a line, 25 values in [0, 1] row by row, then its label\n", f);
	for (int i = 0; i < set->size; i++) {
		for (int k = 0; k < PATCH_PIXELS; k++) {
			write_value(f, set->patch[i].pixel[k]);
			fputc(',', f);
		}
		fputs(set->label[i] == LABEL_EDGE ? "edge\n" : "no-edge\n", f);
	}
}

/* atomic_file's writer for a set. */
static void write_set(FILE *f, const void *context)
{
	data_file_write(f, context);
}

int data_file_save(const char *path, const struct dataset *set, char *err, size_t err_size)
{
	return atomic_file_write(path, write_set, set, err, err_size);
}
