/*
 * The keys and the scene of the views of what the network learned: m (the
 * decision map, with , . and v), n (neuron health) and j, k (the equation
 * of each value in the Update panel). Their state is struct views
 * (views.h); this is the part that reads and changes struct tui. No curses.
 */
#ifndef EDGEVIZ_TUI_VIEWS_LEARNED_H
#define EDGEVIZ_TUI_VIEWS_LEARNED_H

#include "tui/model/keymap.h"

struct tui;
struct scene;

/* The views m and n open, as a layout mask (LAYOUT_VIEW_*). */
int learned_views_mask(const struct tui *tui);

/*
 * Before any action: the keys that take the lower band of a small screen
 * (T, > <, W, i, l, f) close the map and the health there.
 */
void learned_views_yield(struct tui *tui, enum keymap_action action);

/* m , . v n j k: flags (enum tui_flags), or -1 when action is not theirs. */
int learned_views_key(struct tui *tui, enum keymap_action action);

/* Fill the views' part of the scene (their numbers, the dead neurons). */
void learned_views_scene(struct tui *tui, struct scene *s);

#endif
