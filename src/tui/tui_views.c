/*
 * The keys and the scene of the views m (decision map) and n (neuron
 * health): opening and closing them, the map's k and what it shows, and
 * their numbers asked of the core (views.c) for each frame. Kept out of
 * tui_keys.c and tui.c, which only call in here.
 */
#include "config.h"

#include "tui/equation.h"
#include "tui/tui_private.h"

/* The views open, as a layout mask. */
int tui_views_mask(const struct tui *tui)
{
	return (tui->views.map_open ? LAYOUT_VIEW_MAP : 0) |
	       (tui->views.health_open ? LAYOUT_VIEW_HEALTH : 0);
}

/* On a small screen a view takes the lower band: the tour, the wrong samples and i give it up. */
static void tui_views_take_band(struct tui *tui)
{
	if (tui->layout.large)
		return;
	tui->tour = false;
	tui->wrong_open = false;
	tui->inspect = LAYOUT_INSPECT_NONE;
	if (tui->mode == KEYMAP_WRONG)
		tui->mode = KEYMAP_TRAIN;
}

/* Open or close one view. */
static int tui_views_toggle(struct tui *tui, bool *open, const char *what)
{
	*open = !*open;
	if (*open) {
		tui_views_take_band(tui);
		if (tui->layout.zoomed)
			tui_say(tui, false, "%s: zoom is off while it is open", what);
	}
	return TUI_HANDLED | TUI_REDRAW | TUI_RESIZE;
}

/* The map's keys: k down or up, p(Edge) or the neuron's h (opening the map if closed). */
static int tui_views_map_key(struct tui *tui, enum keymap_action action)
{
	struct views *v = &tui->views;
	int flags = TUI_HANDLED | TUI_REDRAW;

	if (!v->map_open) {
		v->map_open = true;
		tui_views_take_band(tui);
		flags |= TUI_RESIZE;
	}
	if (action == ACTION_MAP_NEURON)
		v->neuron_map = !v->neuron_map;
	else if (action == ACTION_MAP_K_UP && v->k < 4)
		v->k++;
	else if (action == ACTION_MAP_K_DOWN && v->k > 1)
		v->k--;
	else if (action != ACTION_MAP_NEURON)
		tui_say(tui, false, "k is %d: the family's edge column goes from 1 to 4", v->k);
	return flags;
}

/* j and k: the next or previous value of the neuron, from the one shown (round the list). */
static int tui_views_value_key(struct tui *tui, int delta)
{
	bool backward = trainer_phase(tui->trainer) >= TRAINER_PHASE_BACKWARD;
	const struct pass *pass = backward ? trainer_pass(tui->trainer) : NULL;
	int hidden = trainer_network(tui->trainer)->hidden, value = tui->views.value;

	if (value < 0)
		value = backward ? equation_default(pass, hidden, tui->selected) : 0;
	/* In the order the Update panel lists them. */
	tui->views.value = equation_step(pass, hidden, tui->selected, value, delta);
	return TUI_HANDLED | TUI_REDRAW;
}

/* Handle the views' keys; 0 for any other action. */
int tui_views_handle(struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_MAP:
		return tui_views_toggle(tui, &tui->views.map_open, "the map");
	case ACTION_HEALTH:
		return tui_views_toggle(tui, &tui->views.health_open, "neuron health");
	case ACTION_MAP_K_DOWN:
	case ACTION_MAP_K_UP:
	case ACTION_MAP_NEURON:
		return tui_views_map_key(tui, action);
	case ACTION_VALUE_NEXT:
	case ACTION_VALUE_PREV:
		return tui_views_value_key(tui, action == ACTION_VALUE_NEXT ? 1 : -1);
	case ACTION_TOUR:
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
	case ACTION_WRONG:
	case ACTION_INSPECT:
		/* These take the lower band of a small screen back. */
		if (!tui->layout.large && tui_views_mask(tui) != 0) {
			tui->views.map_open = false;
			tui->views.health_open = false;
		}
		return 0;
	default:
		return 0;
	}
}

/* The views' part of the scene: their numbers for the current weights, from the core. */
void tui_views_scene(struct tui *tui, struct scene *s)
{
	struct views *v = &tui->views;
	const struct layout_rect *r = &tui->layout.rect[LAYOUT_MAP];
	int rows = 0, cols = 0;

	views_update_fired(v, tui->trainer, tui->running, tui_now());
	s->dead = v->fired_known ? v->dead : NULL;
	s->views = v;
	s->value_chosen = v->value >= 0;
	s->value = v->value;
	if (!s->value_chosen)
		s->value = trainer_phase(tui->trainer) >= TRAINER_PHASE_BACKWARD
				   ? equation_default(trainer_pass(tui->trainer), s->net->hidden, s->selected)
				   : 0;
	if (tui->layout.shown[LAYOUT_MAP]) {
		views_map_grid(r->h, r->w, &rows, &cols);
		views_update_map(v, tui->trainer, rows, cols);
	}
	if (tui->layout.shown[LAYOUT_HEALTH])
		views_update_activity(v, tui->trainer, tui->running, tui_now());
}
