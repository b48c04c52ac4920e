/*
 * The color roles of the screen, in one table with a monochrome column,
 * and the two ramps the pictures use: gray for pixels, red-white-blue for
 * signed weights (the tutorial's RdBu). Which is used depends on the
 * terminal (has_colors, 256 colors) and on --no-color / NO_COLOR.
 */
#ifndef EDGEVIZ_TUI_COLORS_H
#define EDGEVIZ_TUI_COLORS_H

#include <stdbool.h>

#include <curses.h>

enum color_role {
	ROLE_NORMAL,
	ROLE_TITLE,	 /* panel titles */
	ROLE_RULE,	 /* the rule around a title */
	ROLE_STATUS,	 /* the status line */
	ROLE_STATUS_RUN, /* its "running" mark */
	ROLE_KEY,	 /* a key's name in the key line and help */
	ROLE_DIM,	 /* labels, units, "not computed" */
	ROLE_PASS,	 /* a neuron ReLU lets through */
	ROLE_BLOCKED,	 /* a neuron ReLU blocks */
	ROLE_RIGHT,	 /* a right prediction */
	ROLE_WRONG,	 /* a wrong prediction */
	ROLE_BAR,	 /* softmax bars, activation bars */
	ROLE_SPARK,	 /* the loss sparkline */
	ROLE_SELECTED,	 /* the selected neuron */
	ROLE_NEGATIVE,	 /* a negative number where sign matters */
	ROLE_POSITIVE,	 /* a positive one */
	ROLE_MESSAGE,	 /* a message after save, load... */
	ROLE_ERROR,	 /* an error message; divergence */
	ROLE_CURSOR,	 /* the patch editor's cursor */
	ROLE_HIGHLIGHT,	 /* the title of the panel the tour speaks of */
	ROLE_COUNT
};

/* Levels of the ramps, for the callers that pick a level. */
#define COLORS_GRAY_LEVELS 24
#define COLORS_DIVERGING_LEVELS 4

/*
 * Set up the pairs; color false (or a terminal without colors) gives
 * monochrome; light: the light, high-contrast theme (--theme light); cvd:
 * blue and orange for red and green (--palette cvd).
 */
void colors_init(bool color, bool light, bool cvd);

/* What every window's blank cells are: the theme's ground, or plain blanks without colors. */
chtype colors_background(void);

/* The attributes (pair and flags) of a role. */
attr_t colors_attr(enum color_role role);

/* True when colors are in use at all. */
bool colors_enabled(void);

/* True when the gray and diverging ramps exist (a 256-color terminal). */
bool colors_have_ramps(void);

/* The attributes of a cell painted with gray level 0 .. COLORS_GRAY_LEVELS - 1. */
attr_t colors_gray(int level);

/* The attributes of a cell at diverging level -COLORS_DIVERGING_LEVELS .. +; ramps only. */
attr_t colors_diverging(int level);

/*
 * The attributes of an upper half block ("\u2580") showing diverging level
 * top above level bottom (the terminal's background when !has_bottom): two
 * rows of a picture in one row of text. Ramps only.
 */
attr_t colors_diverging_halves(int top, int bottom, bool has_bottom);

#endif
