/*
 * The interactive visualizer: draws a trainer's state with ncursesw and
 * steps it with keys. It never computes the network's math itself: every
 * number it shows comes from the core.
 */
#ifndef EDGEVIZ_TUI_H
#define EDGEVIZ_TUI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/run_change.h"
#include "core/trainer.h"

/*
 * --cast's hooks into the loop. marker: a phase is on screen that was not
 * marked last ("step 12 forward", "step 0 ready"), after the frame that
 * shows it. frame (only without a terminal, tui_cast_replay): what curses
 * wrote since the last call was written at time, in the cast's seconds.
 */
struct tui_cast {
	void (*marker)(void *context, const char *label);
	void (*frame)(void *context, double time);
	void *context;
};

struct tui_options {
	bool color;			  /* false for --no-color or NO_COLOR */
	bool ascii;			  /* true for --ascii or a locale that is not UTF-8 */
	const char *save_path;		  /* --save: where `w` writes; NULL: edgeviz.weights */
	const char *load_path;		  /* --load: where `o` reads; NULL: edgeviz.weights */
	long epochs;			  /* --epochs: how far "run to the end" goes */
	const char *record_path;	  /* --record: write every key and step to this file */
	const char *replay_path;	  /* --replay: play this recording back */
	bool tour;			  /* --tour: start the guided tour */
	bool quiz;			  /* --quiz: start in quiz mode */
	bool light;			  /* --theme light: dark text on a light ground, for projectors */
	bool cvd;			  /* --palette cvd: blue and orange, never red against green */
	const struct dataset *train_data; /* --train-data's set, kept by a new seed; NULL: drawn */
	const struct dataset *test_data;  /* --test-data's set; NULL: drawn */
	const char *train_data_path;	  /* their files, for a recording */
	const char *test_data_path;
	const struct tui_cast *cast;	  /* --cast: told each phase shown; NULL: no cast */
	const struct run_change *compare; /* --compare: run B beside from the start; NULL: none */
};

/*
 * Run the visualizer on trainer until the user quits. The caller has checked
 * that stdin and stdout are terminals. Return the process exit status: 0 on
 * quit, 128 + N when signal N (SIGINT, SIGTERM, SIGHUP, SIGQUIT) ended it
 * (a terminal that hung up counts as SIGHUP), 2 when the terminal cannot be
 * used (an unknown type, or one that cannot move the cursor), 1 on a fatal
 * error; the terminal is restored before it returns.
 */
int tui_run(struct trainer *trainer, const struct tui_options *options);

/*
 * Play the recording options->replay_path through with no terminal, every
 * byte curses writes going to out (a file: see term_start_headless), the
 * screen width x height, and quit after its last event (or its q). Time is
 * the recording's: each event at its own time, or, when the recording gives
 * none at all (every event at 0), one event a TUI_CAST_PACE seconds; the
 * screen is left TUI_CAST_PACE after the last one. options->cast's frame and
 * marker say each frame and phase. Return the exit status as tui_run does.
 */
#define TUI_CAST_PACE 1.0
/* The terminal a cast made with no terminal is drawn for: the one asciinema's players emulate. */
#define TUI_CAST_TERM "xterm-256color"
int tui_cast_replay(struct trainer *trainer, const struct tui_options *options, FILE *out, int width,
		    int height);

#endif
