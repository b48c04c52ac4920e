/*
 * The views that make learning visible, d (the weights' change since step
 * 0 in place of W1), l (the whole learning curve in the lower band) and f
 * (the tutorial's figures, one after the other): whether each is open, the
 * keys that open them, and their part of the scene, asked of the core each
 * frame. They only change what is drawn, never the run. No curses: the
 * model part of views/panel_curve.c and views/panel_figure.c.
 */
#ifndef EDGEVIZ_TUI_VIEWS_LEARNING_H
#define EDGEVIZ_TUI_VIEWS_LEARNING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/network.h"
#include "tui/model/keymap.h"
#include "tui/model/layout.h"

struct tui;
struct scene;

/* What d, l and f show, and the core's numbers they need. */
struct learning_views {
	bool added;		  /* d: the weights' change since step 0, not W1 */
	bool curve;		  /* l: the learning curve in the lower band */
	int figure;		  /* f: 0 none, else a SCENE_FIGURE_* */
	struct network added_net; /* W - W(step 0), asked of the core each frame */
	struct pass after;	  /* phase update: the sample through the new weights */
};

/* d, l and f: flags (enum tui_flags), or -1 when action is not theirs. */
int learning_views_key(struct tui *tui, enum keymap_action action);

/* Close the curve and the figures (i makes room on a small screen); whether one was open. */
bool learning_views_close(struct tui *tui);

/* What the lower band shows: the tour, the wrong samples, the curve, a figure, or i's choice. */
enum layout_inspect learning_views_inspect(const struct tui *tui);

/* Add the learning views' part to the scene. */
void learning_views_scene(struct tui *tui, struct scene *scene);

/* g with d on: write what training added as images; 0, or -1 with err. */
int learning_views_export_added(struct tui *tui, char *what, size_t what_size, char *err, size_t err_size);

#endif
