/*
 * The question before a, N, R or o throws a run away (see confirm.h): one
 * line that fits 80 columns, y or not.
 */
#include "config.h"

#include "tui/confirm.h"

/* True when action would throw away the steps trained so far. */
bool confirm_needed(const struct driver *d, enum keymap_action action)
{
	switch (action) {
	case ACTION_ACTIVATION:
	case ACTION_NEW_SEED:
	case ACTION_RESET:
	case ACTION_LOAD:
		return trainer_step_count(d->trainer) > 0;
	default:
		return false;
	}
}

/* What the action would do, in a few words: the question fits one 80-column line. */
static const char *confirm_what(enum keymap_action action)
{
	switch (action) {
	case ACTION_ACTIVATION:
		return "take the next gate";
	case ACTION_NEW_SEED:
		return "take the next seed";
	case ACTION_LOAD:
		return "load the saved weights";
	default:
		return "reset to step 0";
	}
}

/* Ask before action. */
void confirm_ask(struct confirm *c, struct driver *d, enum keymap_action action, int key)
{
	long steps = trainer_step_count(d->trainer);

	c->action = action;
	c->key = key;
	driver_say(d, true, "%s and lose the %ld step%s? y: yes, other keys: no", confirm_what(action), steps,
		   steps == 1 ? "" : "s");
}

/* The answer: the action for y, else ACTION_NONE. */
enum keymap_action confirm_take(struct confirm *c, struct driver *d, int key, int *pressed)
{
	enum keymap_action action = c->action;

	c->action = ACTION_NONE;
	*pressed = c->key;
	if (key == 'y')
		return action;
	driver_say(d, false, "%s", "kept the run: nothing changed");
	return ACTION_NONE;
}
