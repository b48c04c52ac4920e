/*
 * Two runs side by side in the visualizer (C, --compare): the one-line
 * prompt that asks for B's change, opening and closing run B (the driver's
 * run_pair moves both in lockstep), the keys refused while B is open (those
 * that would change A alone), and the numbers the split screen draws,
 * asked of the core for both runs. No curses.
 */
#ifndef EDGEVIZ_TUI_COMPARE_H
#define EDGEVIZ_TUI_COMPARE_H

#include <stdbool.h>

#include "core/analysis/curve.h"
#include "core/run_change.h"
#include "core/trainer.h"
#include "tui/model/keymap.h"

/* The most columns the shared loss chart summarises the epochs into. */
#define COMPARE_CURVE_MAX 160
/* Columns left of the shared loss chart, for its axis labels. */
#define COMPARE_CHART_MARGIN 9

/* One run as the split screen shows it. */
struct compare_run {
	const struct trainer *trainer;
	char name;	   /* 'A' or 'B' */
	char settings[96]; /* "lr 0.1 relu seed 42 h8" */
	bool has_forward;  /* the pass's p exists */
	bool has_loss;	   /* and its loss */
	const struct pass *pass;
	int sample, samples; /* the sample, from 0, of the training set's size */
	enum label label;    /* its true label */
	bool has_loss_now;   /* loss_now and acc_now exist */
	double loss_now;     /* the epoch so far (or the last epoch at its start): mean loss */
	double acc_now;	     /* and training accuracy */
	int test_correct, test_total;
	double test_loss;
	bool diverged;
	int columns; /* of the curve, 0 before the first epoch ends */
	struct curve_column curve[COMPARE_CURVE_MAX];
};

struct compare_scene {
	struct compare_run run[2];
	char change[RUN_CHANGE_TEXT_MAX + 1]; /* B's change, as --compare reads it */
};

struct compare {
	bool prompt;			     /* C asked for the change: keys type it */
	char typed[RUN_CHANGE_TEXT_MAX + 1]; /* what was typed so far */
	long test_step[2];		     /* the step each run's test figures were counted at; -1 stale */
	struct compare_scene scene;
};

struct tui;

/* Nothing open, nothing asked. */
void compare_init(struct compare *c);

/*
 * Open run B with change beside the driver's run (from where it stands),
 * record it, and say so. 0, or -1 after saying why.
 */
int compare_open(struct tui *tui, const struct run_change *change);

/* C: close B when open (recorded as the key); else ask for the change (a person only). */
int compare_toggle(struct tui *tui, int key, bool replayed);

/*
 * A key while the prompt is open: one that can be part of a change (a-z
 * 0-9 = . , + -) is typed, Backspace takes one back, Enter opens B, Esc or
 * any other key cancels.
 */
int compare_prompt_key(struct tui *tui, int key);

/*
 * True, after saying why, when B is open and action would change run A
 * alone (its rate, gate, seed, weights or data: the runs would then differ
 * by more than B's change), or needs panels the split screen has put away
 * (the editor, the sets, the views, the tour).
 */
bool compare_refuses(struct tui *tui, enum keymap_action action);

/* The split screen's numbers for a frame, curve_columns wide; NULL when B is closed. */
const struct compare_scene *compare_scene_build(struct tui *tui, int curve_columns);

#endif
