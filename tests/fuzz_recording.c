/*
 * The recording parser (--replay) under a fuzzer, and the replay of what the
 * fuzzer found.
 *
 * Built with --enable-fuzzing (clang's libFuzzer), this is a fuzz target:
 *	./tests/fuzz_recording tests/fuzz/recording
 * Built normally, it is a test that loads every file named on its command
 * line (the kept corpus) and checks the loader's promises on each: a
 * recording either loads with every setting and event within its limits (and
 * reads back the same once written out), or is refused with one message
 * "FILE: line N: reason" (N a line the file has) or "'FILE': ..." for a file
 * that is not text, with no event kept: nothing would be started.
 */
#include "config.h"

#define _GNU_SOURCE 1
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/dataset.h"
#include "core/network.h"
#include "fuzz_driver.h"
#include "tui/classroom/recording.h"

/* The command line's defaults (as TRAINER_DEFAULTS, without linking the trainer). */
static const struct trainer_config defaults = {
	.seed = 42,
	.hidden = 8,
	.lr = 0.1,
	.train_size = 100,
	.test_size = 20,
	.activation = ACTIVATION_RELU,
};

/* The input as a file the loader can open by name: a memory file, rewritten for each input. */
static int input_fd = -1;
static char input_path[64];

/* Put data into the input file; abort if that fails (a fault of the test, not the parser). */
static void write_input(const unsigned char *data, size_t size)
{
	if (input_fd < 0) {
		input_fd = memfd_create("recording", 0);
		if (input_fd < 0)
			abort();
		snprintf(input_path, sizeof input_path, "/proc/self/fd/%d", input_fd);
	}
	if (ftruncate(input_fd, 0) != 0 || pwrite(input_fd, data, size, 0) != (ssize_t)size)
		abort();
}

/* How many lines the text has, as the parser counts them (a last line without newline too). */
static long count_lines(const unsigned char *data, size_t size)
{
	long lines = 0;

	for (size_t i = 0; i < size; i++)
		if (data[i] == '\n')
			lines++;
	return lines + (size == 0 || data[size - 1] != '\n');
}

/* Every setting and event of a loaded recording is within its limits: NULL, or the broken promise. */
static const char *check_limits(const struct recording *rec, long lines)
{
	const struct trainer_config *c = &rec->config;
	char buf[4];
	double last = 0;
	int line = 1;

	if (c->hidden < NETWORK_MIN_HIDDEN || c->hidden > NETWORK_MAX_HIDDEN || !isfinite(c->lr) ||
	    !(c->lr > 0) || c->train_size < 1 || c->train_size > DATASET_MAX_SIZE || c->test_size < 1 ||
	    c->test_size > DATASET_MAX_SIZE || rec->epochs < 1 || rec->epochs > 1000000000L ||
	    activation_keyword(c->activation) == NULL ||
	    memchr(rec->weights, '\0', sizeof rec->weights) == NULL || rec->count > rec->capacity)
		return "a setting out of its limits";
	for (size_t i = 0; i < rec->count; i++) {
		const struct recording_event *e = &rec->events[i];

		if (!isfinite(e->time) || e->time < last || e->line <= line || e->line > lines)
			return "an event out of order or on a line the file does not have";
		last = e->time;
		line = e->line;
		if (e->kind == RECORDING_KEY && recording_key_name(e->key, buf, sizeof buf) == NULL)
			return "a key with no name";
		if (e->kind == RECORDING_RUN && (e->steps < 1 || e->steps > 1000000000L))
			return "a run out of 1 .. 1000000000 steps";
		if (e->kind == RECORDING_PAINT && (e->pixel < 0 || e->pixel > 24))
			return "a paint outside the patch";
		if (e->kind != RECORDING_KEY && e->kind != RECORDING_RUN && e->kind != RECORDING_PAINT)
			return "an event of no kind";
	}
	return NULL;
}

/* Free what was read back; return why. */
static const char *broken_round_trip(struct recording *again, const char *why)
{
	recording_free(again);
	return why;
}

/* Written out and read back, a loaded recording gives the same run and the same events. */
static const char *check_round_trip(const struct recording *rec)
{
	char *text = NULL, err[512];
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);
	struct recording again;

	if (f == NULL)
		abort();
	recording_write_header(f, &rec->config, rec->epochs);
	for (size_t i = 0; i < rec->count; i++)
		recording_write_event(f, rec->events[i].time, &rec->events[i]);
	if (fclose(f) != 0)
		abort();
	if (recording_parse(text, &defaults, 1, &again, err, sizeof err) != 0) {
		free(text);
		return "written out, it does not read back";
	}
	free(text);
	if (again.count != rec->count || again.epochs != rec->epochs ||
	    again.config.seed != rec->config.seed || again.config.hidden != rec->config.hidden ||
	    again.config.lr != rec->config.lr || again.config.activation != rec->config.activation ||
	    again.config.train_size != rec->config.train_size ||
	    again.config.test_size != rec->config.test_size)
		return broken_round_trip(&again, "written out, it reads back other settings");
	for (size_t i = 0; i < rec->count; i++) {
		const struct recording_event *a = &rec->events[i], *b = &again.events[i];

		/* times are written to the millisecond */
		if (a->kind != b->kind || a->key != b->key || a->steps != b->steps || a->pixel != b->pixel ||
		    fabs(a->time - b->time) > 0.0005 + 1e-12 * fabs(a->time))
			return broken_round_trip(&again, "written out, it reads back other events");
	}
	recording_free(&again);
	return NULL;
}

/* A refusal names the file, and the line when the file is text. */
static const char *check_refusal(const struct recording *rec, const struct recording *before, const char *err,
				 long lines)
{
	size_t n = strlen(input_path);
	char quoted[80];
	long line;
	int used = 0;

	/* nothing to free: untouched, or emptied */
	if (memcmp(rec, before, sizeof *rec) != 0 && (rec->events != NULL || rec->count != 0))
		return "refused, but events kept";
	snprintf(quoted, sizeof quoted, "'%s': ", input_path);
	if (strncmp(err, quoted, strlen(quoted)) == 0)
		return NULL;
	if (strncmp(err, input_path, n) != 0 || sscanf(err + n, ": line %ld: %n", &line, &used) != 1 ||
	    used == 0 || line < 1 || line > (lines > 0 ? lines : 1) || err[n + (size_t)used] == '\0')
		return "refused without 'FILE: line N: reason' for a line the file has";
	return NULL;
}

/* Load one input: NULL if it kept every promise, else the one it broke. */
static const char *check_one(const unsigned char *data, size_t size)
{
	const char *broken;
	struct recording rec, before;
	char err[512] = "";
	long lines = count_lines(data, size);

	write_input(data, size);
	memset(&rec, 0x5a, sizeof rec);
	before = rec;
	if (recording_load(input_path, &defaults, 100, &rec, err, sizeof err) == 0) {
		/* a text with a NUL byte is never loaded */
		if (memchr(data, '\0', size) != NULL)
			broken = "a text with a NUL byte loaded";
		else if ((broken = check_limits(&rec, lines)) == NULL)
			broken = check_round_trip(&rec);
		recording_free(&rec);
		return broken;
	}
	return check_refusal(&rec, &before, err, lines);
}

/* The promise an input broke, or NULL (tests/fuzz_driver.h). */
const char *fuzz_check(const unsigned char *data, size_t size)
{
	return check_one(data, size);
}
