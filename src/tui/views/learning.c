/*
 * The views that make learning visible (see learning.h): d, l and f. B,
 * back one phase, is a step of the run and lives with the others in keys.c.
 * A recording replays their keys like any other.
 */
#include "config.h"

#include <stdio.h>

#include "tui/classroom/exports.h"
#include "tui/keys.h"
#include "tui/scene.h"
#include "tui/tui_private.h"
#include "tui/views/learning.h"

/* The figures' names, for the message that f gives. */
static const char *learning_figure_name(int figure)
{
	switch (figure) {
	case SCENE_FIGURE_RELU:
		return "Part 2, ReLU with each neuron's z1";
	case SCENE_FIGURE_LOSS:
		return "Part 4, the loss -log(p + 1e-8) with this sample's p";
	case SCENE_FIGURE_WEIGHT:
		return "Part 5, gradient descent on one weight (Tab: neuron)";
	default:
		return "closed";
	}
}

/* Open a view in the lower band: the tour and the wrong samples make room. */
static void learning_make_room(struct tui *tui)
{
	tui->browse.tour.open = false;
	tui->browse.wrong.open = false;
	if (tui->view.mode == KEYMAP_WRONG)
		tui->view.mode = KEYMAP_TRAIN;
}

/* d, l and f. */
int learning_views_key(struct tui *tui, enum keymap_action action)
{
	struct learning_views *v = &tui->learning;

	switch (action) {
	case ACTION_ADDED:
		v->added = !v->added;
		driver_say(&tui->driver, false, "%s",
			   v->added ? "d: the weights show W1 - W1(step 0), what training added"
				    : "d: the weights show W1 itself");
		return TUI_REDRAW;
	case ACTION_CURVE:
		v->curve = !v->curve;
		if (v->curve) {
			v->figure = SCENE_FIGURE_NONE;
			learning_make_room(tui);
		}
		return TUI_REDRAW | TUI_RESIZE;
	case ACTION_FIGURE:
		v->figure = (v->figure + 1) % SCENE_FIGURE_COUNT;
		if (v->figure != SCENE_FIGURE_NONE) {
			v->curve = false;
			learning_make_room(tui);
		}
		driver_say(&tui->driver, false, "f: figure %s", learning_figure_name(v->figure));
		return TUI_REDRAW | TUI_RESIZE;
	default:
		return -1;
	}
}

/* Close the curve and the figures; whether one was open. */
bool learning_views_close(struct tui *tui)
{
	bool open = tui->learning.curve || tui->learning.figure != SCENE_FIGURE_NONE;

	tui->learning.curve = false;
	tui->learning.figure = SCENE_FIGURE_NONE;
	return open;
}

/* What the lower band shows. */
enum layout_inspect learning_views_inspect(const struct tui *tui)
{
	if (tui->browse.tour.open)
		return LAYOUT_INSPECT_TOUR;
	/* The set browser's thumbnails take the wrong samples' place. */
	if (tui->browse.wrong.open || tui->view.mode == KEYMAP_TEST)
		return LAYOUT_INSPECT_WRONG;
	if (tui->learning.curve)
		return LAYOUT_INSPECT_CURVE;
	if (tui->learning.figure != SCENE_FIGURE_NONE)
		return LAYOUT_INSPECT_FIGURE;
	return tui->view.inspect;
}

/* Add the learning views' part to the scene: the core's numbers for this frame. */
void learning_views_scene(struct tui *tui, struct scene *s)
{
	struct learning_views *v = &tui->learning;
	const struct trainer *t = tui->driver.trainer;

	s->curve = v->curve;
	s->figure = (enum scene_figure)v->figure;
	if (v->added) {
		trainer_weights_added(t, &v->added_net);
		s->added = &v->added_net;
	}
	if (tui->view.mode == KEYMAP_TRAIN && trainer_pass_after_update(t, &v->after))
		s->after = &v->after;
}

/* g with d on: the images of what training added. */
int learning_views_export_added(struct tui *tui, char *what, size_t what_size, char *err, size_t err_size)
{
	trainer_weights_added(tui->driver.trainer, &tui->learning.added_net);
	return tui_export_added_pgms(&tui->learning.added_net, what, what_size, err, err_size);
}
