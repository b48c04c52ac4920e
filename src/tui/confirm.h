/*
 * The question before a key throws a run away: a (another gate), N (next
 * seed), R (reset) and o (load weights) start over at step 0, so past step
 * 0 they ask first, on the message line: y goes ahead, any other key keeps
 * the run. Only a person is asked: keys.c asks for keys pressed, not
 * replayed, and records a key only once it is confirmed (so recordings made
 * before the question, or written by hand, play as they always did).
 */
#ifndef EDGEVIZ_TUI_CONFIRM_H
#define EDGEVIZ_TUI_CONFIRM_H

#include <stdbool.h>

#include "tui/driver.h"
#include "tui/model/keymap.h"

struct confirm {
	enum keymap_action action; /* asked about, or ACTION_NONE */
	int key;		   /* the key that asked, recorded once confirmed */
};

/* True when action would throw away the steps the driver's run has trained. */
bool confirm_needed(const struct driver *d, enum keymap_action action);

/* Ask, on the message line, before action (pressed as key); nothing changes yet. */
void confirm_ask(struct confirm *c, struct driver *d, enum keymap_action action, int key);

/*
 * The answer key: y gives the action asked about (its key in *pressed);
 * any other gives ACTION_NONE and says the run is kept. Either way the
 * question is over.
 */
enum keymap_action confirm_take(struct confirm *c, struct driver *d, int key, int *pressed);

#endif
