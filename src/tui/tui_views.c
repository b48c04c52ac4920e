/*
 * The views that make learning visible: d (the weights' change since step
 * 0 in place of W1, in the weights, the neuron and g's images), l (the whole
 * learning curve in the lower band), f (the tutorial's figures, one after
 * the other) and B (back one phase). They only change what is drawn, never
 * the run, except B, which the core does exactly; a recording replays their
 * keys like any other.
 */
#include "config.h"

#include <stdio.h>

#include "tui/tui_export.h"
#include "tui/tui_private.h"

/* The figures' names, for the message that f gives. */
static const char *tui_figure_name(int figure)
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
static void tui_views_make_room(struct tui *tui)
{
	tui->tour = false;
	tui->wrong_open = false;
	if (tui->mode == KEYMAP_WRONG)
		tui->mode = KEYMAP_TRAIN;
}

/* B: back one phase, exactly. */
static int tui_phase_back(struct tui *tui)
{
	tui_pause(tui);
	if (trainer_phase_back(tui->trainer) != 0)
		tui_say(tui, false, "%s", "already at step 0");
	return TUI_HANDLED | TUI_REDRAW;
}

/* The learning views' keys. */
int tui_views_handle(struct tui *tui, enum keymap_action action)
{
	struct tui_views *v = &tui->views;

	switch (action) {
	case ACTION_PHASE_BACK:
		return tui_phase_back(tui);
	case ACTION_ADDED:
		v->added = !v->added;
		tui_say(tui, false, "%s", v->added ? "d: the weights show W1 - W1(step 0), what training added"
						   : "d: the weights show W1 itself");
		return TUI_HANDLED | TUI_REDRAW;
	case ACTION_CURVE:
		v->curve = !v->curve;
		if (v->curve) {
			v->figure = SCENE_FIGURE_NONE;
			tui_views_make_room(tui);
		}
		return TUI_HANDLED | TUI_REDRAW | TUI_RESIZE;
	case ACTION_FIGURE:
		v->figure = (v->figure + 1) % SCENE_FIGURE_COUNT;
		if (v->figure != SCENE_FIGURE_NONE) {
			v->curve = false;
			tui_views_make_room(tui);
		}
		tui_say(tui, false, "f: figure %s", tui_figure_name(v->figure));
		return TUI_HANDLED | TUI_REDRAW | TUI_RESIZE;
	default:
		return 0;
	}
}

/* What the lower band shows. */
enum layout_inspect tui_views_inspect(const struct tui *tui)
{
	if (tui->tour)
		return LAYOUT_INSPECT_TOUR;
	if (tui->wrong_open)
		return LAYOUT_INSPECT_WRONG;
	if (tui->views.curve)
		return LAYOUT_INSPECT_CURVE;
	if (tui->views.figure != SCENE_FIGURE_NONE)
		return LAYOUT_INSPECT_FIGURE;
	return tui->inspect;
}

/* Add the learning views' part to the scene: the core's numbers for this frame. */
void tui_views_scene(struct tui *tui, struct scene *s)
{
	struct tui_views *v = &tui->views;

	s->curve = v->curve;
	s->figure = (enum scene_figure)v->figure;
	if (v->added) {
		trainer_weights_added(tui->trainer, &v->added_net);
		s->added = &v->added_net;
	}
	if (tui->mode == KEYMAP_TRAIN && trainer_pass_after_update(tui->trainer, &v->after))
		s->after = &v->after;
}

/* g with d on: the images of what training added. */
int tui_views_export_added(struct tui *tui, char *what, size_t what_size, char *err, size_t err_size)
{
	trainer_weights_added(tui->trainer, &tui->views.added_net);
	return tui_export_added_pgms(&tui->views.added_net, what, what_size, err, err_size);
}
