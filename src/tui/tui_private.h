/*
 * The visualizer's parts, each with its owner: the run (driver.c), what the
 * screen shows (struct view, changed by the key handlers in keys.c), the
 * browsers (the editor, the test set, the wrong samples, the selected
 * neuron, the tour's page), the recorder and the player. The main loop
 * (tui.c) holds the one struct tui and passes it to the player, which
 * passes input on to the key handlers: calls go one way, loop -> player ->
 * keys -> {driver, recorder}. Private to src/tui; no curses type in it, so
 * the key handlers are unit-tested without a terminal. The optional views
 * (views/) own their parts.
 */
#ifndef EDGEVIZ_TUI_PRIVATE_H
#define EDGEVIZ_TUI_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/dataset.h"
#include "core/network.h"
#include "tui/classroom/player.h"
#include "tui/classroom/quiz_mode.h"
#include "tui/classroom/recorder.h"
#include "tui/classroom/tour.h"
#include "tui/compare/compare.h"
#include "tui/confirm.h"
#include "tui/driver.h"
#include "tui/model/editor.h"
#include "tui/model/keymap.h"
#include "tui/model/layout.h"
#include "tui/model/wrong_list.h"
#include "tui/views/learning.h"
#include "tui/views/views.h"

/* What the screen shows: the mode, the layout and what is open over it. */
struct view {
	enum keymap_mode mode;	     /* training, editor, test set, wrong samples */
	struct layout layout;	     /* as the loop laid the screen out last */
	enum layout_inspect inspect; /* what replaces weights and loss on a small screen */
	bool zoom;		     /* z: larger pictures on a large screen */
	bool help;		     /* the help is open */
	int help_page;		     /* its page, from 0 */
	bool ascii;		     /* no Unicode pictures */
};

/* What the person browses, each with its own cursor. */
struct browsers {
	int selected;			     /* the hidden neuron shown in detail */
	struct editor editor;		     /* the patch editor's patch and cursor */
	int test_index;			     /* the test sample shown */
	struct wrong_list wrong;	     /* the samples it gets wrong */
	struct tour_state tour;		     /* the guided tour's page */
	struct pass local_pass;		     /* what the weights make of the editor's or a browsed sample */
	bool browse_train;		     /* t browses the training set (x switches) */
	double set_p_edge[DATASET_MAX_SIZE]; /* p(Edge) of each patch of the set browsed */
	bool set_right[DATASET_MAX_SIZE];    /* and whether the network's answer is its label */
};

struct tui {
	struct driver driver;
	struct view view;
	struct browsers browse;
	struct recorder recorder;
	struct player player;
	struct confirm confirm;		/* a, N, R, o asking before they throw the run away */
	struct quiz_mode quiz;		/* Q: predict, then step */
	struct learning_views learning; /* d, l, f (views/learning.c) */
	struct views views;		/* m, n, j, k (views/learned.c) */
	struct compare compare;		/* C: run B beside the run, the prompt (compare/) */
	/*
	 * S: write the screen as text (the curses side's, given by the loop),
	 * then after (text, or NULL); 0 or -1 with err.
	 */
	int (*export_screen)(const char *path, const char *after, char *err, size_t err_size);
};

#endif
