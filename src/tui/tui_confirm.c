/*
 * The question before a key throws a run away: a (another gate), N (next
 * seed), R (reset) and o (load weights) start over at step 0, so past step
 * 0 they ask first, on the message line: y goes ahead, any other key keeps
 * the run. Only a person is asked: a replay plays what was confirmed, and
 * only a confirmed key goes into a recording (so recordings made before
 * the question, and written by hand, play as they always did).
 */
#include "config.h"

#include <stdio.h>

#include "tui/tui_private.h"

/* True when action would throw away the steps trained so far. */
bool tui_confirm_needed(const struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_ACTIVATION:
	case ACTION_NEW_SEED:
	case ACTION_RESET:
	case ACTION_LOAD:
		return trainer_step_count(tui->trainer) > 0;
	default:
		return false;
	}
}

/* What the action would do, in a few words: the question fits one 80-column line. */
static const char *tui_confirm_what(enum keymap_action action)
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

/* Ask, on one line, before action (pressed as key); nothing changes yet. */
int tui_confirm_ask(struct tui *tui, enum keymap_action action, int key)
{
	long steps = trainer_step_count(tui->trainer);

	tui->confirm_action = action;
	tui->confirm_key = key;
	tui_say(tui, true, "%s and lose the %ld step%s? y: yes, other keys: no",
		tui_confirm_what(action), steps, steps == 1 ? "" : "s");
	return TUI_REDRAW;
}

/* The answer: y does what was asked (and records its key), anything else keeps the run. */
int tui_confirm_answer(struct tui *tui, int key)
{
	enum keymap_action action = tui->confirm_action;

	tui->confirm_action = ACTION_NONE;
	if (key != 'y') {
		tui_say(tui, false, "%s", "kept the run: nothing changed");
		return TUI_REDRAW;
	}
	tui_record_key(tui, tui->confirm_key);
	return TUI_REDRAW | tui_handle(tui, action);
}
