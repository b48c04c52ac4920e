/*
 * The keys and the scene of the views m (decision map) and n (neuron
 * health), and j, k (see learned.h): opening and closing them, the map's k
 * and what it shows, and their numbers asked of the core (views.c) for
 * each frame.
 */
#include "config.h"

#include "tui/keys.h"
#include "tui/model/equation.h"
#include "tui/scene.h"
#include "tui/tui_private.h"
#include "tui/views/learned.h"
#include "tui/views/learning.h"

/* The views open, as a layout mask. */
int learned_views_mask(const struct tui *tui)
{
	return (tui->views.map_open ? LAYOUT_VIEW_MAP : 0) |
	       (tui->views.health_open ? LAYOUT_VIEW_HEALTH : 0);
}

/*
 * On a small screen a view takes the lower band: the tour, the wrong
 * samples, the curve, the figures and i give it up.
 */
static void learned_take_band(struct tui *tui)
{
	if (tui->view.layout.large)
		return;
	tui->browse.tour.open = false;
	tui->browse.wrong.open = false;
	learning_views_close(tui);
	tui->view.inspect = LAYOUT_INSPECT_NONE;
	if (tui->view.mode == KEYMAP_WRONG)
		tui->view.mode = KEYMAP_TRAIN;
}

/* Open or close one view. */
static int learned_toggle(struct tui *tui, bool *open, const char *what)
{
	*open = !*open;
	if (*open) {
		learned_take_band(tui);
		if (tui->view.layout.zoomed)
			driver_say(&tui->driver, false, "%s: zoom is off while it is open", what);
	}
	return TUI_REDRAW | TUI_RESIZE;
}

/* The map's keys: k down or up, p(Edge) or the neuron's h (opening the map if closed). */
static int learned_map_key(struct tui *tui, enum keymap_action action)
{
	struct views *v = &tui->views;
	int flags = TUI_REDRAW;

	if (!v->map_open) {
		v->map_open = true;
		learned_take_band(tui);
		flags |= TUI_RESIZE;
	}
	if (action == ACTION_MAP_NEURON)
		v->neuron_map = !v->neuron_map;
	else if (action == ACTION_MAP_K_UP && v->k < 4)
		v->k++;
	else if (action == ACTION_MAP_K_DOWN && v->k > 1)
		v->k--;
	else if (action != ACTION_MAP_NEURON)
		driver_say(&tui->driver, false, "k is %d: the family's edge column goes from 1 to 4", v->k);
	return flags;
}

/* j and k: the next or previous value of the neuron, from the one shown (round the list). */
static int learned_value_key(struct tui *tui, int delta)
{
	const struct trainer *t = tui->driver.trainer;
	bool backward = trainer_phase(t) >= TRAINER_PHASE_BACKWARD;
	const struct pass *pass = backward ? trainer_pass(t) : NULL;
	int hidden = trainer_network(t)->hidden, value = tui->views.value;

	if (value < 0)
		value = backward ? equation_default(pass, hidden, tui->browse.selected) : 0;
	/* In the order the Update panel lists them. */
	tui->views.value = equation_step(pass, hidden, tui->browse.selected, value, delta);
	return TUI_REDRAW;
}

/* Before any action: the keys that take the lower band of a small screen back. */
void learned_views_yield(struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_TOUR:
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
	case ACTION_WRONG:
	case ACTION_INSPECT:
	case ACTION_CURVE:
	case ACTION_FIGURE:
		if (!tui->view.layout.large && learned_views_mask(tui) != 0) {
			tui->views.map_open = false;
			tui->views.health_open = false;
		}
		break;
	default:
		break;
	}
}

/* The views' keys; -1 for any other action. */
int learned_views_key(struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_MAP:
		return learned_toggle(tui, &tui->views.map_open, "the map");
	case ACTION_HEALTH:
		return learned_toggle(tui, &tui->views.health_open, "neuron health");
	case ACTION_MAP_K_DOWN:
	case ACTION_MAP_K_UP:
	case ACTION_MAP_NEURON:
		return learned_map_key(tui, action);
	case ACTION_VALUE_NEXT:
	case ACTION_VALUE_PREV:
		return learned_value_key(tui, action == ACTION_VALUE_NEXT ? 1 : -1);
	default:
		return -1;
	}
}

/* The views' part of the scene: their numbers for the current weights, from the core. */
void learned_views_scene(struct tui *tui, struct scene *s)
{
	struct views *v = &tui->views;
	const struct trainer *t = tui->driver.trainer;
	const struct layout *layout = &tui->view.layout;
	int rows = 0, cols = 0;

	views_update_fired(v, t, tui->driver.running, driver_now());
	s->dead = v->fired_known ? v->dead : NULL;
	s->views = v;
	s->value_chosen = v->value >= 0;
	s->value = v->value;
	if (!s->value_chosen)
		s->value = trainer_phase(t) >= TRAINER_PHASE_BACKWARD
				   ? equation_default(trainer_pass(t), s->net->hidden, s->selected)
				   : 0;
	if (layout->shown[LAYOUT_MAP]) {
		views_map_grid(layout->rect[LAYOUT_MAP].h, layout->rect[LAYOUT_MAP].w, &rows, &cols);
		views_update_map(v, t, rows, cols);
	}
	if (layout->shown[LAYOUT_HEALTH])
		views_update_activity(v, t, tui->driver.running, driver_now());
}
