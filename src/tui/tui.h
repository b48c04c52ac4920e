/*
 * The interactive visualizer: draws a trainer's state with ncursesw and
 * steps it with keys. It never computes the network's math itself: every
 * number it shows comes from the core.
 */
#ifndef EDGEVIZ_TUI_H
#define EDGEVIZ_TUI_H

#include <stdbool.h>

#include "core/trainer.h"

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

#endif
