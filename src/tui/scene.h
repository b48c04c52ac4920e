/*
 * What the panels draw: one read-only snapshot of the run, built by
 * scene_build before each frame. The panels never reach into the
 * visualizer's state and never change the trainer; in the patch editor and
 * the test set the pass shown is one scene_build asked the core for
 * (network_forward), not the training run's.
 */
#ifndef EDGEVIZ_TUI_SCENE_H
#define EDGEVIZ_TUI_SCENE_H

#include <stdbool.h>

#include "core/analysis/quiz.h"
#include "core/network.h"
#include "core/trainer.h"
#include "tui/compare/compare.h"
#include "tui/model/keymap.h"
#include "tui/views/views.h"

#define SCENE_MESSAGE_SIZE 512

/* The tutorial's figures that f shows in turn. */
enum scene_figure {
	SCENE_FIGURE_NONE,
	SCENE_FIGURE_RELU,   /* Part 2: h = f(z) with each neuron's z1 */
	SCENE_FIGURE_LOSS,   /* Part 4: -log(p + 1e-8) with the sample's p */
	SCENE_FIGURE_WEIGHT, /* Part 5: the loss as a function of one weight */
	SCENE_FIGURE_COUNT
};

struct scene {
	const struct trainer *trainer;
	enum keymap_mode mode;	    /* training, editor, test set */
	enum keymap_mode keys_mode; /* whose keys the key line shows (KEYMAP_REPLAY too) */
	const char *replay;	    /* while a recording plays: " replay 3/40 ", else NULL */

	/* The input on screen and what the network made of it. */
	const struct patch *patch;
	const struct pass *pass;   /* NULL when nothing is computed yet */
	enum trainer_phase phase;  /* how much of pass is filled */
	enum label label;	   /* the true (or chosen) label */
	int sample;		   /* index of the sample in its set, from 0 */
	int samples;		   /* size of that set */
	bool browse_train;	   /* the set browser (t) shows the training set, not the test set */
	const struct dataset *set; /* the set it shows, and p(Edge) of each patch now, or NULL */
	const double *set_p_edge;
	const bool *set_right; /* the network's answer to each is its label */

	/* The weights: the ones that made pass, and the ones now. */
	const struct network *forward_net; /* pass was computed with these */
	const struct network *net;	   /* the current weights */
	const struct network *before;	   /* before the last update (phase UPDATE), else NULL */

	int selected;	     /* the selected hidden neuron */
	int cursor;	     /* the editor's cursor, 0 .. 24; -1 outside it */
	const char *example; /* the editor's last example, or NULL */

	bool running;
	int speed; /* index into the controls' speeds */
	bool diverged;
	int test_correct; /* test samples the current weights get right */
	double test_loss; /* the test set's mean loss with the current weights */
	bool ascii;

	const int *wrong; /* training samples the weights get wrong (list open), or NULL */
	int wrong_count;
	int wrong_selected; /* the one browsed, a position in wrong; -1: none */
	int help_page;	    /* the help's page (when it has more than one) */
	bool zoom;	    /* zoomed: heatmaps as large as their rows allow */
	bool tour;	    /* the guided tour is open */
	int tour_page;	    /* its page, 0 .. TOUR_PAGES - 1 */
	int highlight;	    /* the panel the tour speaks of (enum layout_panel), or -1 */

	const char *loaded_from; /* the file step 0's weights were loaded from, or NULL */

	/* The learning views (d, l, f) and the update's effect on its own sample. */
	const struct network *added; /* d: W - W(step 0), drawn in place of W; else NULL */
	bool curve;		     /* l: the learning curve is open */
	enum scene_figure figure;    /* f: the figure open, or SCENE_FIGURE_NONE */
	const struct pass *after;    /* phase update: the sample forwarded by the new weights */

	/* The views of what it learned (m, n) and the equation shown (j, k). */
	const struct views *views; /* m and n: open, settings, numbers (NULL: none) */
	int value;		   /* the selected neuron's value whose equation is shown (equation.h) */
	bool value_chosen;	   /* chosen with j and k, not the default */
	const bool *dead;	   /* per hidden neuron: dead (see probe_dead); NULL: not known */

	/* Quiz mode (Q): the question up, if any, and the score. */
	bool quiz_on;
	bool quiz_asking;	       /* a question is up: quiz holds it */
	struct quiz_question quiz;     /* its phase's panels stay as they are until the answer */
	int quiz_right, quiz_answered; /* the score */

	const struct compare_scene *compare; /* C: runs A and B side by side; NULL: B is closed */
	const char *message;		     /* after save, load...: "" when none */
	bool message_is_error;
};

struct tui;

/*
 * Build the scene of the visualizer's state for a frame. It refreshes what
 * the frame shows from the core (the wrong samples, the test accuracy, the
 * pass of a browsed sample) and keeps the selected neuron within the layer.
 */
void scene_build(struct tui *tui, struct scene *s);

#endif
