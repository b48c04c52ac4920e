/*
 * The command line: which mode to run, and every option's value, checked.
 */
#ifndef EDGEVIZ_OPTIONS_H
#define EDGEVIZ_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "core/run_pair.h"
#include "core/trainer.h"

#define OPTIONS_MAX_EPOCHS 10000000L
/* --cast-size: the visualizer's own 80x24 at least; at most what a player still shows. */
#define OPTIONS_CAST_MIN_WIDTH 80
#define OPTIONS_CAST_MIN_HEIGHT 24
#define OPTIONS_CAST_MAX_WIDTH 400
#define OPTIONS_CAST_MAX_HEIGHT 200

enum mode {
	MODE_INTERACTIVE,
	MODE_BATCH,
	MODE_TRACE,
	MODE_HELP,
	MODE_VERSION,
};

struct options {
	enum mode mode;
	struct trainer_config config;
	bool seed_given;       /* --trace's default seed differs */
	bool hidden_given;     /* --hidden must then match --load's file */
	bool activation_given; /* --activation then overrides --load's file */
	long epochs;
	const char *csv_path; /* "-" for standard output */
	const char *map_path; /* --map: the decision map as CSV, after --batch */
	const char *load_path;
	const char *save_path;
	const char *patch_spec;
	const char *train_data_path; /* --train-data: "-" for standard input */
	const char *test_data_path;  /* --test-data: "-" for standard input */
	bool train_size_given;	     /* refused beside --train-data */
	bool test_size_given;	     /* refused beside --test-data */
	bool no_color;
	bool ascii;
	const char *record_path; /* --record */
	const char *replay_path; /* --replay */
	bool tour;		 /* --tour */
	bool quiz;		 /* --quiz */
	bool light;		 /* --theme light */
	bool narrate;		 /* --narrate: plain lines, no screen */
	bool cvd;		 /* --palette cvd or EDGEVIZ_PALETTE=cvd */
	bool palette_given;	 /* --palette: then EDGEVIZ_PALETTE is not read */
	const char *cast_path;	 /* --cast: an asciicast of the screen */
	int cast_width;		 /* --cast-size: a cast made with no terminal; 0: not given */
	int cast_height;
	bool compare_given; /* --compare: a second run B beside the first */
	struct run_change compare;
};

/*
 * Read argv into *options. Return 0, or -1 with a one-line reason in err
 * (the caller prints it and exits with status 2).
 */
int options_parse(int argc, char **argv, struct options *options, char *err, size_t err_size);

/*
 * Set the palette of name ("normal" or "cvd"; where names the option or
 * variable for the error). 0, or -1 with a reason in err.
 */
int options_palette(struct options *o, const char *where, const char *name, char *err, size_t err_size);

/* The --help text. */
void options_print_help(FILE *out);

#endif
