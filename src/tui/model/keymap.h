/*
 * Which key does what. Pure: a key code (as wgetch returns it) and the mode
 * the screen is in give an action; the same table feeds the help overlay
 * and the key line, so they can never disagree. The man page's KEYS
 * section is written by hand from it.
 */
#ifndef EDGEVIZ_TUI_KEYMAP_H
#define EDGEVIZ_TUI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

/* What the screen is showing, each with keys of its own. */
enum keymap_mode {
	KEYMAP_TRAIN,  /* stepping through the training run */
	KEYMAP_EDIT,   /* painting a patch of one's own */
	KEYMAP_TEST,   /* browsing the test set */
	KEYMAP_WRONG,  /* browsing the training samples the network gets wrong */
	KEYMAP_REPLAY, /* playing a recording (--replay) */
	KEYMAP_QUIZ,   /* a quiz question is up (Q): its answers, over training's keys */
	KEYMAP_MODE_COUNT
};

enum keymap_action {
	ACTION_NONE,
	/* everywhere */
	ACTION_QUIT,
	ACTION_HELP,
	ACTION_REDRAW,
	ACTION_NEXT_NEURON,
	ACTION_PREV_NEURON,
	ACTION_INSPECT,
	ACTION_EXPORT_CSV,    /* the loss history to edgeviz-loss.csv */
	ACTION_EXPORT_PGM,    /* the weights to edgeviz-hJ.pgm */
	ACTION_EXPORT_SCREEN, /* the screen to edgeviz-screen.txt */
	ACTION_TOUR,	      /* open or close the guided tour */
	ACTION_TOUR_NEXT,     /* its next page */
	ACTION_TOUR_PREV,     /* its previous page */
	ACTION_ZOOM,	      /* larger patch and heatmaps on a large screen */
	ACTION_ADDED,	      /* d: W1, or W1 - W1(step 0), what training added */
	ACTION_CURVE,	      /* l: the whole learning curve, open or close */
	ACTION_FIGURE,	      /* f: the tutorial's figures, one after the other, then none */
	ACTION_MAP,	      /* m: the decision map, open / close */
	ACTION_MAP_K_DOWN,    /* its family's step column k, down */
	ACTION_MAP_K_UP,      /* and up */
	ACTION_MAP_NEURON,    /* the map of p(Edge), or of the selected neuron's h */
	ACTION_HEALTH,	      /* n: the neurons' health, open / close */
	ACTION_VALUE_NEXT,    /* the next value of the neuron whose equation is shown */
	ACTION_VALUE_PREV,    /* the previous one */
	ACTION_WRITE_DATA,    /* the data sets to edgeviz-train.csv and edgeviz-test.csv */
	ACTION_COMPARE,	      /* C: run B beside the run (asks for its change), or close it */
	/* training */
	ACTION_STEP_SAMPLE,
	ACTION_STEP_PHASE,
	ACTION_STEP_BACK,
	ACTION_PHASE_BACK, /* B: back one phase, the mirror of s */
	ACTION_RUN,
	ACTION_FASTER,
	ACTION_SLOWER,
	ACTION_RUN_EPOCH,
	ACTION_LR_DOWN,
	ACTION_LR_UP,
	ACTION_EDITOR,
	ACTION_TEST,
	ACTION_WRONG, /* the samples it gets wrong: browse them, or close the list */
	ACTION_RESET,
	ACTION_NEW_SEED,
	ACTION_ACTIVATION, /* the next gate: relu, leaky, sigmoid, tanh */
	ACTION_SAVE,
	ACTION_LOAD,
	ACTION_QUIZ,	 /* Q: quiz mode, in or out */
	ACTION_ANSWER_1, /* the quiz's answers 1 .. 4 */
	ACTION_ANSWER_2,
	ACTION_ANSWER_3,
	ACTION_ANSWER_4,
	/* patch editor */
	ACTION_CURSOR_UP,
	ACTION_CURSOR_DOWN,
	ACTION_CURSOR_LEFT,
	ACTION_CURSOR_RIGHT,
	ACTION_PIXEL_0, /* ACTION_PIXEL_0 + d sets brightness d/10 */
	ACTION_PIXEL_9 = ACTION_PIXEL_0 + 9,
	ACTION_PIXEL_FULL,
	ACTION_TOGGLE_PIXEL,
	ACTION_NEXT_EXAMPLE,
	ACTION_CLEAR_PATCH,
	ACTION_TOGGLE_LABEL,
	ACTION_MOUSE,
	ACTION_ADD_PATCH, /* the painted patch, with its label, to the training set */
	/* test set */
	ACTION_TEST_NEXT,
	ACTION_TEST_PREV,
	ACTION_SWITCH_SET,   /* the set browser: the training set or the test set */
	ACTION_REMOVE_PATCH, /* the training patch shown, out of the training set */
	/* leave the editor or the test set */
	ACTION_LEAVE,
	/* replay */
	ACTION_REPLAY_STEP, /* play the next event, then one a key */
	ACTION_REPLAY_PLAY, /* play on at the recorded pace */
	ACTION_COUNT
};

struct keymap_entry {
	enum keymap_mode mode;
	int key; /* as wgetch returns it */
	enum keymap_action action;
	const char *name;	/* how the help shows the key, e.g. "space"; NULL: listed by an alias */
	const char *help;	/* what it does, a few words */
	const char *short_help; /* for the key line; NULL: not on it */
};

/* The action of key in mode, or ACTION_NONE. */
enum keymap_action keymap_lookup(enum keymap_mode mode, int key);

/* Every binding, in the order the help lists them; their number in *count. */
const struct keymap_entry *keymap_entries(size_t *count);

/* The mode's title for the help overlay, e.g. "Patch editor". */
const char *keymap_mode_title(enum keymap_mode mode);

/*
 * The action of key in mode with a quiz question up: the quiz's keys where
 * mode leaves the key free (the editor's digits stay its own).
 */
enum keymap_action keymap_lookup_quiz(enum keymap_mode mode, int key);

/* True for actions that change the training run (not allowed in the editor or test set). */
bool keymap_action_trains(enum keymap_action action);

#endif
