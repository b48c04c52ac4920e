/*
 * Where each panel goes for a given terminal size. Pure: no curses, no
 * trainer; it turns (columns, rows, hidden neurons) into rectangles, so the
 * tests can check that at every size the panels fit and never overlap.
 *
 * Below LAYOUT_MIN_COLS x LAYOUT_MIN_ROWS the layout only says "too small".
 * 80x24 shows the six main panels; from 120x36 up (LAYOUT_LARGE_COLS x
 * LAYOUT_LARGE_ROWS in layout.c) a third band shows the selected neuron's
 * template picture and the weight update.
 */
#ifndef EDGEVIZ_TUI_LAYOUT_H
#define EDGEVIZ_TUI_LAYOUT_H

#include <stdbool.h>

#define LAYOUT_MIN_COLS 80
#define LAYOUT_MIN_ROWS 24

enum layout_panel {
	LAYOUT_STATUS,	  /* one line at the top: where the run stands */
	LAYOUT_INPUT,	  /* the 5x5 patch, label, prediction */
	LAYOUT_HIDDEN,	  /* z1, h, the gradients through ReLU */
	LAYOUT_OUTPUT,	  /* logits, softmax bars, loss */
	LAYOUT_WEIGHTS,	  /* every neuron's 5x5 template */
	LAYOUT_LOSS,	  /* sparkline and accuracy */
	LAYOUT_NEURON,	  /* the selected neuron's template matching */
	LAYOUT_UPDATE,	  /* old weight, gradient, new weight */
	LAYOUT_TOUR,	  /* the guided tour's page */
	LAYOUT_WRONG,	  /* the training samples the network gets wrong */
	LAYOUT_CURVE,	  /* l: the whole learning curve */
	LAYOUT_FIGURE,	  /* f: one of the tutorial's figures, live */
	LAYOUT_MAP,	  /* m: the decision map over the edge-patch family */
	LAYOUT_HEALTH,	  /* n: each hidden neuron's health */
	LAYOUT_COMPARE,	  /* C: runs A and B side by side, in place of every other panel */
	LAYOUT_NARRATION, /* what the current phase does, in words */
	LAYOUT_KEYS,	  /* the main keys */
	LAYOUT_PANEL_COUNT
};

struct layout_rect {
	int y, x; /* top left corner */
	int h, w; /* rows and columns; 0 when not shown */
};

struct layout {
	int cols, rows;
	bool too_small; /* nothing but a "too small" notice fits */
	bool large;	/* the third band (neuron, update) is its own */
	bool zoomed;	/* large, and zoomed: larger pictures, no neuron band */
	bool shown[LAYOUT_PANEL_COUNT];
	struct layout_rect rect[LAYOUT_PANEL_COUNT];
};

/* What a screen too small for the third band shows in place of weights and loss. */
enum layout_inspect {
	LAYOUT_INSPECT_NONE,   /* weights and loss */
	LAYOUT_INSPECT_NEURON, /* the neuron, and the update beside it if there is room */
	LAYOUT_INSPECT_UPDATE, /* the update alone (a narrow screen shows one at a time) */
	/* On any screen, in the place of weights and loss (small) or of the neuron (large): */
	LAYOUT_INSPECT_TOUR,   /* the guided tour's page */
	LAYOUT_INSPECT_WRONG,  /* the samples the network gets wrong */
	LAYOUT_INSPECT_CURVE,  /* the whole learning curve */
	LAYOUT_INSPECT_FIGURE, /* one of the tutorial's figures */
};

/* Lay out a cols x rows screen for a network of hidden neurons. */
void layout_compute(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect);

/*
 * The same, zoomed (z) when zoom is true and the screen is large: the patch
 * and the heatmaps get the neuron's and the update's rows (the tour or the
 * wrong samples keep a band of their own); a small screen does not zoom.
 */
void layout_compute_zoom(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect,
			 bool zoom);

/* The views m and n open, for layout_compute_views: a mask. */
#define LAYOUT_VIEW_MAP 1
#define LAYOUT_VIEW_HEALTH 2
/* Run B open (C): the split screen takes the whole body, whatever else is open. */
#define LAYOUT_VIEW_COMPARE 4

/*
 * The same with the views in views open: on a small screen they replace the
 * lower band (side by side when both are open); on a large one the map goes
 * beside the neuron and the update, the health beside the weights and the
 * loss. A screen with a view open does not zoom.
 */
void layout_compute_views(struct layout *layout, int cols, int rows, int hidden, enum layout_inspect inspect,
			  bool zoom, int views);

/* Whether a cols-wide small screen shows the neuron and the update side by side. */
bool layout_inspect_side_by_side(int cols);

/* True when the two rectangles share at least one cell. */
bool layout_rects_overlap(const struct layout_rect *a, const struct layout_rect *b);

/* The panel's name for messages and tests, e.g. "hidden". */
const char *layout_panel_name(enum layout_panel panel);

#endif
