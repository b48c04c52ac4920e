/*
 * Recordings of a visualizer session, for --record and --replay: a small
 * text file a teacher can also write by hand. Pure: no curses calls (key
 * codes come from its header), no trainer; it parses and writes lines.
 *
 *     edgeviz-recording 1
 *     seed 42
 *     hidden 8
 *     lr 0.1
 *     activation relu
 *     train-size 100
 *     test-size 20
 *     epochs 100
 *     weights demo.weights
 *     tour 1
 *     theme light
 *     quiz on
 *     train-data class.csv
 *     test-data class-test.csv
 *     # a comment
 *     0.000 key s
 *     1.250 key space
 *     wait 2
 *     2.300 run 37
 *     4.000 paint 2 3
 *     5.000 compare lr=1
 *
 * The first line names the format and its version. Settings (each optional,
 * the defaults of the command line otherwise) come before the first event;
 * `weights FILE` starts the run from saved weights, as --load does;
 * `train-data FILE` and `test-data FILE` train and test on data files, as
 * --train-data and --test-data do; `tour N` starts with the tour open at
 * page N (`tour off`: closed), `theme dark` or `theme light` draws in that
 * theme, `quiz on` starts in quiz mode (`quiz off`: not), whatever the
 * command line says (recordings without them take the command line's). Everything else that shapes the screen (zoom, views,
 * help, the tour's pages) starts closed and follows the keys.
 * An event is an optional time in seconds from the start (never less than
 * the one before; none: at once after it), then `key NAME` (a key pressed),
 * `run N` (N training steps of a run, as one frame of a run trained them)
 * `paint ROW COL` (a click on the editor's patch, 0 .. 4 each) or `compare
 * CHANGE` (C: run B opened beside A with CHANGE, as --compare reads it;
 * `key C` with B open closes it). `wait S`
 * pauses S seconds: it shifts every later time by S. Blank lines and lines
 * starting with # are ignored.
 */
#ifndef EDGEVIZ_TUI_RECORDING_H
#define EDGEVIZ_TUI_RECORDING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/run_change.h"
#include "core/trainer.h"

#define RECORDING_MAGIC "edgeviz-recording 1"
/* The longest line a recording may have. */
#define RECORDING_LINE_MAX 256

enum recording_kind {
	RECORDING_KEY,	   /* a key pressed */
	RECORDING_RUN,	   /* steps trained by one frame of a run */
	RECORDING_PAINT,   /* a click on the editor's patch */
	RECORDING_COMPARE, /* C: run B opened beside A with a change */
};

struct recording_event {
	double time; /* seconds from the start, waits included */
	enum recording_kind kind;
	int key;		  /* RECORDING_KEY: as wgetch returns it */
	long steps;		  /* RECORDING_RUN: 1 or more */
	int pixel;		  /* RECORDING_PAINT: row * 5 + column */
	struct run_change change; /* RECORDING_COMPARE: what B changes */
	int line;		  /* where it was in the file, for messages */
};

struct recording {
	struct trainer_config config;	     /* the run's settings */
	long epochs;			     /* how far "run to the end" goes */
	char weights[RECORDING_LINE_MAX];    /* start from this weights file; "": the seed's */
	int tour;			     /* -1: not said; 0: closed; N: open at page N, from 1 */
	int light;			     /* -1: not said; 0: the dark theme; 1: the light one */
	int quiz;			     /* -1: not said; 0: not in quiz mode; 1: in it */
	char train_data[RECORDING_LINE_MAX]; /* train on this data file; "": as the command line says */
	char test_data[RECORDING_LINE_MAX];  /* test on this data file; "": as the command line says */
	struct recording_event *events;
	size_t count, capacity;
};

/*
 * Read a recording from text (NUL-terminated), starting from config and
 * epochs for the settings it does not give. Return 0, or -1 with
 * "line N: what is wrong" in err and nothing to free.
 */
int recording_parse(const char *text, const struct trainer_config *config, long epochs, struct recording *rec,
		    char *err, size_t err_size);

/* Read the recording in path (see recording_parse); err says the path too. */
int recording_load(const char *path, const struct trainer_config *config, long epochs, struct recording *rec,
		   char *err, size_t err_size);

/* Free a recording's events. */
void recording_free(struct recording *rec);

/* The name of a key for a recording ("space", "up", "C-l", "s"), or NULL if it has none. */
const char *recording_key_name(int key, char *buf, size_t size);

/* The key a name gives, or -1. */
int recording_key_parse(const char *name);

/* Write the first line and the settings. */
void recording_write_header(FILE *f, const struct trainer_config *config, long epochs);

/* Write the settings of the screen: the tour (page from 0, if open) and the theme. */
void recording_write_screen(FILE *f, bool tour, int tour_page, bool light);

/* Write the quiz setting: whether the session starts in quiz mode. */
void recording_write_quiz(FILE *f, bool quiz);

/* Write the weights setting (a run started from --load FILE); a path with blanks as a comment. */
void recording_write_weights(FILE *f, const char *path);

/* Write a data setting ("train-data" or "test-data"); standard input or blanks: a comment. */
void recording_write_data(FILE *f, const char *setting, const char *path);

/* Write one event at time seconds; a key without a name is written as "none". */
void recording_write_event(FILE *f, double time, const struct recording_event *event);

#endif
