/*
 * The recording format of --record and --replay (see recording.h): a
 * line-by-line parser that names the line of every mistake, and the writer
 * the visualizer calls as a session goes.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "core/dataset.h"
#include "core/network.h"
#include "core/textfile.h"
#include "tui/classroom/recording.h"
#include "tui/classroom/tour.h"

#define CTRL_KEY(c) ((c)&0x1f)

/* Keys with names of their own; any other printable character is itself. */
static const struct {
	const char *name;
	int key;
} recording_keys[] = {
	{ "space", ' ' },
	{ "tab", '\t' },
	{ "btab", KEY_BTAB },
	{ "enter", '\n' },
	{ "escape", 27 },
	{ "backspace", KEY_BACKSPACE },
	{ "up", KEY_UP },
	{ "down", KEY_DOWN },
	{ "left", KEY_LEFT },
	{ "right", KEY_RIGHT },
	{ "pgup", KEY_PPAGE },
	{ "pgdn", KEY_NPAGE },
	{ "f1", KEY_F(1) },
	{ "C-l", CTRL_KEY('l') },
	{ "hash", '#' },
	/* a key that does nothing but clear the message line */
	{ "none", 0 },
};
#define RECORDING_KEYS (sizeof recording_keys / sizeof recording_keys[0])

/* The name of a key for a recording, or NULL. */
const char *recording_key_name(int key, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < RECORDING_KEYS; i++)
		if (recording_keys[i].key == key)
			return recording_keys[i].name;
	if (key > ' ' && key < 127 && size >= 2) {
		buf[0] = (char)key;
		buf[1] = '\0';
		return buf;
	}
	return NULL;
}

/* The key a name gives, or -1. */
int recording_key_parse(const char *name)
{
	size_t i;

	for (i = 0; i < RECORDING_KEYS; i++)
		if (strcmp(recording_keys[i].name, name) == 0)
			return recording_keys[i].key;
	if (name[0] > ' ' && name[0] < 127 && name[1] == '\0')
		return (unsigned char)name[0];
	return -1;
}

/* A whole-word integer in [lo, hi]; false if s is not one. */
static bool recording_long(const char *s, long lo, long hi, long *out)
{
	long long v;

	if (textfile_integer(s, lo, hi, &v) != TEXTFILE_NUMBER)
		return false;
	*out = (long)v;
	return true;
}

/* A finite number >= 0 (or > 0 when positive); false if s is not one. */
static bool recording_double(const char *s, bool positive, double *out)
{
	double v;

	if (textfile_double(s, 0, HUGE_VAL, &v) != TEXTFILE_NUMBER || (positive && !(v > 0)))
		return false;
	*out = v;
	return true;
}

/* Add an event; -1 when out of memory. */
static int recording_add(struct recording *rec, const struct recording_event *event)
{
	if (rec->count == rec->capacity) {
		size_t capacity = rec->capacity ? rec->capacity * 2 : 64;
		struct recording_event *events = realloc(rec->events, capacity * sizeof *events);

		if (events == NULL)
			return -1;
		rec->events = events;
		rec->capacity = capacity;
	}
	rec->events[rec->count++] = *event;
	return 0;
}

/* A setting line (words[0] is its name); 1 if it was not one, 0 if read, -1 on error. */
static int recording_setting(struct recording *rec, char **words, int n, const struct textfile *tf)
{
	const char *name = words[0];
	long v;
	double x;

	if (strcmp(name, "seed") && strcmp(name, "hidden") && strcmp(name, "lr") &&
	    strcmp(name, "activation") && strcmp(name, "train-size") && strcmp(name, "test-size") &&
	    strcmp(name, "epochs") && strcmp(name, "weights") && strcmp(name, "train-data") &&
	    strcmp(name, "test-data"))
		return 1;
	if (n != 2)
		return textfile_error(tf, "'%s' takes one value", name);
	if (rec->count > 0)
		return textfile_error(tf, "the setting '%s' comes after an event", name);
	if (strcmp(name, "seed") == 0) {
		if (!recording_long(words[1], 0, (long)UINT32_MAX, &v))
			return textfile_error(tf, "seed '%.40s' is not 0 .. 4294967295", words[1]);
		rec->config.seed = (uint32_t)v;
	} else if (strcmp(name, "hidden") == 0) {
		if (!recording_long(words[1], NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN, &v))
			return textfile_error(tf, "hidden '%.40s' is not %d .. %d", words[1],
					      NETWORK_MIN_HIDDEN, NETWORK_MAX_HIDDEN);
		rec->config.hidden = (int)v;
	} else if (strcmp(name, "lr") == 0) {
		if (!recording_double(words[1], true, &x))
			return textfile_error(tf, "lr '%.40s' is not a number > 0", words[1]);
		rec->config.lr = x;
	} else if (strcmp(name, "activation") == 0) {
		int a = activation_parse(words[1]);

		if (a < 0)
			return textfile_error(tf, "activation '%.40s' is not relu, leaky, sigmoid or tanh",
					      words[1]);
		rec->config.activation = (enum activation)a;
	} else if (strcmp(name, "weights") == 0) {
		snprintf(rec->weights, sizeof rec->weights, "%s", words[1]);
	} else if (strcmp(name, "train-data") == 0) {
		snprintf(rec->train_data, sizeof rec->train_data, "%s", words[1]);
	} else if (strcmp(name, "test-data") == 0) {
		snprintf(rec->test_data, sizeof rec->test_data, "%s", words[1]);
	} else if (strcmp(name, "epochs") == 0) {
		if (!recording_long(words[1], 1, 1000000000L, &v))
			return textfile_error(tf, "epochs '%.40s' is not 1 or more", words[1]);
		rec->epochs = v;
	} else {
		if (!recording_long(words[1], 1, DATASET_MAX_SIZE, &v))
			return textfile_error(tf, "%s '%.40s' is not 1 .. %d", name, words[1],
					      DATASET_MAX_SIZE);
		if (strcmp(name, "train-size") == 0)
			rec->config.train_size = (int)v;
		else
			rec->config.test_size = (int)v;
	}
	return 0;
}

/* A setting of the screen: tour N|off, theme dark|light, quiz on|off; 1 if not one, 0 if read, -1 on error. */
static int recording_screen_setting(struct recording *rec, char **words, int n, const struct textfile *tf)
{
	long page;

	if (strcmp(words[0], "tour") != 0 && strcmp(words[0], "theme") != 0 && strcmp(words[0], "quiz") != 0)
		return 1;
	if (n != 2)
		return textfile_error(tf, "'%s' takes one value", words[0]);
	if (rec->count > 0)
		return textfile_error(tf, "the setting '%s' comes after an event", words[0]);
	if (strcmp(words[0], "quiz") == 0) {
		if (strcmp(words[1], "on") != 0 && strcmp(words[1], "off") != 0)
			return textfile_error(tf, "quiz '%.40s' is not on or off", words[1]);
		rec->quiz = strcmp(words[1], "on") == 0;
		return 0;
	}
	if (strcmp(words[0], "theme") == 0) {
		if (strcmp(words[1], "dark") != 0 && strcmp(words[1], "light") != 0)
			return textfile_error(tf, "theme '%.40s' is not dark or light", words[1]);
		rec->light = strcmp(words[1], "light") == 0;
		return 0;
	}
	if (strcmp(words[1], "off") == 0)
		page = 0;
	else if (!recording_long(words[1], 1, TOUR_PAGES, &page))
		return textfile_error(tf, "tour '%.40s' is not off or a page, 1 .. %d", words[1], TOUR_PAGES);
	rec->tour = (int)page;
	return 0;
}

/* compare CHANGE: run B opened with CHANGE. */
static int recording_compare(char **words, int n, struct recording_event *e, const struct textfile *tf)
{
	char why[160];

	e->kind = RECORDING_COMPARE;
	if (n != 2)
		return textfile_error(tf, "'compare' takes one change, such as lr=1.0 (no blanks)");
	if (run_change_parse(words[1], &e->change, why, sizeof why) != 0)
		return textfile_error(tf, "compare: %s", why);
	return 0;
}

/* An event's words after its time into e; 0, or -1 with err. */
static int recording_event_words(char **words, int n, struct recording_event *e, const struct textfile *tf)
{
	long row, col;

	if (strcmp(words[0], "key") == 0) {
		if (n != 2)
			return textfile_error(tf, "'key' takes one key name");
		e->kind = RECORDING_KEY;
		e->key = recording_key_parse(words[1]);
		if (e->key < 0)
			return textfile_error(tf, "no key is named '%.40s'", words[1]);
		return 0;
	}
	if (strcmp(words[0], "run") == 0) {
		e->kind = RECORDING_RUN;
		if (n != 2 || !recording_long(words[1], 1, 1000000000L, &e->steps))
			return textfile_error(tf, "'run' takes a number of steps, 1 or more");
		return 0;
	}
	if (strcmp(words[0], "paint") == 0) {
		e->kind = RECORDING_PAINT;
		if (n != 3 || !recording_long(words[1], 0, 4, &row) || !recording_long(words[2], 0, 4, &col))
			return textfile_error(tf, "'paint' takes a row and a column, 0 .. 4");
		e->pixel = (int)(row * 5 + col);
		return 0;
	}
	if (strcmp(words[0], "compare") == 0)
		return recording_compare(words, n, e, tf);
	return textfile_error(tf, "'%.40s' is not key, run, paint, compare, wait or a setting", words[0]);
}

/* One line (not the first): a setting, a wait or an event. 0, or -1 with err. */
static int recording_line(struct recording *rec, char *text, const struct textfile *tf, double *shift,
			  double *last)
{
	char *words[5];
	int n = textfile_words(text, words, 4), status;
	struct recording_event e = { .line = tf->line };
	double t, wait;

	if (n == 0 || words[0][0] == '#')
		return 0;
	if (n > 4)
		return textfile_error(tf, "too many words");
	status = recording_setting(rec, words, n, tf);
	if (status <= 0)
		return status;
	status = recording_screen_setting(rec, words, n, tf);
	if (status <= 0)
		return status;
	if (strcmp(words[0], "wait") == 0) {
		if (n != 2 || !recording_double(words[1], false, &wait) || wait > 86400)
			return textfile_error(tf, "'wait' takes seconds, 0 .. 86400");
		*shift += wait;
		*last += wait;
		return 0;
	}
	t = *last;
	if (isdigit((unsigned char)words[0][0]) || words[0][0] == '.') {
		if (!recording_double(words[0], false, &t) || t > 1e9)
			return textfile_error(tf, "'%.40s' is not a time in seconds", words[0]);
		t += *shift;
		if (t < *last)
			return textfile_error(tf, "the time %.40s is before the last one", words[0]);
		if (n == 1)
			return textfile_error(tf, "a time with no event after it");
		memmove(words, words + 1, (size_t)(n - 1) * sizeof words[0]);
		n--;
	}
	if (recording_event_words(words, n, &e, tf) != 0)
		return -1;
	e.time = t;
	*last = t;
	if (recording_add(rec, &e) != 0)
		return textfile_error(tf, "out of memory");
	return 0;
}

/* Read the first line (the format's name) or say why it is not a recording; 0 or -1. */
static int recording_magic(struct textfile *tf, char *buf)
{
	switch (textfile_next(tf, buf, RECORDING_LINE_MAX)) {
	case TEXTFILE_END:
		return textfile_error(tf, "empty: not an edgeviz recording");
	case TEXTFILE_LINE:
		if (strcmp(buf, RECORDING_MAGIC) == 0)
			return 0;
		break;
	default:
		return textfile_error(tf, "longer than %d characters", RECORDING_LINE_MAX);
	}
	return textfile_error(tf, "not '%s': not an edgeviz recording", RECORDING_MAGIC);
}

/* Read a recording from text. */
int recording_parse(const char *text, const struct trainer_config *config, long epochs, struct recording *rec,
		    char *err, size_t err_size)
{
	char buf[RECORDING_LINE_MAX + 1];
	struct textfile tf;
	double shift = 0, last = 0;
	enum textfile_line got;

	memset(rec, 0, sizeof *rec);
	rec->config = *config;
	rec->epochs = epochs;
	rec->tour = rec->light = rec->quiz = -1;
	textfile_start(&tf, text, strlen(text), NULL, err, err_size);
	if (recording_magic(&tf, buf) != 0)
		goto fail;
	while ((got = textfile_next(&tf, buf, RECORDING_LINE_MAX)) != TEXTFILE_END) {
		if (got != TEXTFILE_LINE) {
			textfile_error(&tf, "longer than %d characters", RECORDING_LINE_MAX);
			goto fail;
		}
		if (recording_line(rec, buf, &tf, &shift, &last) != 0)
			goto fail;
	}
	return 0;
fail:
	recording_free(rec);
	return -1;
}

/* Read the recording in path. */
int recording_load(const char *path, const struct trainer_config *config, long epochs, struct recording *rec,
		   char *err, size_t err_size)
{
	char *text = NULL, detail[256];
	size_t len = 0;
	int status;

	switch (textfile_read(path, (size_t)64 << 20, TEXTFILE_NO_NUL, &text, &len, err, err_size)) {
	case TEXTFILE_OK:
		break;
	case TEXTFILE_CANNOT_OPEN:
		snprintf(err, err_size, "cannot read '%s': %s", path, strerror(errno));
		return -1;
	case TEXTFILE_TOO_LARGE:
	case TEXTFILE_NO_MEMORY:
		snprintf(err, err_size, "'%s': too large", path);
		return -1;
	default:
		return -1;
	}
	status = recording_parse(text, config, epochs, rec, detail, sizeof detail);
	if (status != 0)
		snprintf(err, err_size, "%s: %s", path, detail);
	free(text);
	return status;
}

/* Free a recording's events. */
void recording_free(struct recording *rec)
{
	free(rec->events);
	rec->events = NULL;
	rec->count = rec->capacity = 0;
}

/* Write the first line and the settings. */
void recording_write_header(FILE *f, const struct trainer_config *config, long epochs)
{
	fprintf(f, "%s\n", RECORDING_MAGIC);
	fprintf(f, "# written by edgeviz --record; times in seconds from the start\n");
	fprintf(f, "seed %lu\nhidden %d\nlr %.17g\nactivation %s\n", (unsigned long)config->seed,
		config->hidden, config->lr, activation_keyword(config->activation));
	fprintf(f, "train-size %d\ntest-size %d\nepochs %ld\n", config->train_size, config->test_size,
		epochs);
}

/* Write the settings of the screen. */
void recording_write_screen(FILE *f, bool tour, int tour_page, bool light)
{
	if (tour)
		fprintf(f, "tour %d\n", tour_page + 1);
	else
		fprintf(f, "tour off\n");
	fprintf(f, "theme %s\n", light ? "light" : "dark");
}

/* Write the quiz setting. */
void recording_write_quiz(FILE *f, bool quiz)
{
	fprintf(f, "quiz %s\n", quiz ? "on" : "off");
}

/* Write the weights setting. */
void recording_write_weights(FILE *f, const char *path)
{
	if (strpbrk(path, " \t\r\n") != NULL)
		fprintf(f, "# started from --load weights whose name has blanks: not replayable\n");
	else
		fprintf(f, "weights %s\n", path);
}

/* Write a data setting (setting: "train-data" or "test-data"); standard input or blanks as a comment. */
void recording_write_data(FILE *f, const char *setting, const char *path)
{
	if (strcmp(path, "-") == 0 || strpbrk(path, " \t\r\n") != NULL)
		fprintf(f, "# --%s from standard input or a name with blanks: not replayable\n", setting);
	else
		fprintf(f, "%s %s\n", setting, path);
}

/* Write one event at time seconds. */
void recording_write_event(FILE *f, double time, const struct recording_event *event)
{
	char buf[4], change[RUN_CHANGE_TEXT_MAX + 1];
	const char *name;

	switch (event->kind) {
	case RECORDING_KEY:
		name = recording_key_name(event->key, buf, sizeof buf);
		fprintf(f, "%.3f key %s\n", time, name != NULL ? name : "none");
		break;
	case RECORDING_RUN:
		fprintf(f, "%.3f run %ld\n", time, event->steps);
		break;
	case RECORDING_PAINT:
		fprintf(f, "%.3f paint %d %d\n", time, event->pixel / 5, event->pixel % 5);
		break;
	case RECORDING_COMPARE:
		run_change_format(&event->change, change, sizeof change);
		fprintf(f, "%.3f compare %s\n", time, change);
		break;
	}
}
