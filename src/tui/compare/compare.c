/*
 * Two runs side by side in the visualizer (see compare.h): B opened and
 * closed, the prompt for its change, and the split screen's numbers.
 */
#include "config.h"

#include <curses.h> /* key codes only */
#include <stdio.h>
#include <string.h>

#include "tui/compare/compare.h"
#include "tui/keys.h"
#include "tui/tui_private.h"

#define KEY_ESCAPE 27

void compare_init(struct compare *c)
{
	memset(c, 0, sizeof(*c));
	c->test_step[0] = c->test_step[1] = -1;
}

int compare_open(struct tui *tui, const struct run_change *change)
{
	struct driver *d = &tui->driver;
	char err[SCENE_MESSAGE_SIZE - 64], text[RUN_CHANGE_TEXT_MAX + 1];

	if (run_pair_open(&d->pair, change, err, sizeof err) != 0) {
		driver_say(d, true, "no run B: %s", err);
		return TUI_REDRAW;
	}
	tui->compare.test_step[0] = tui->compare.test_step[1] = -1;
	recorder_compare(&tui->recorder, driver_now(), change);
	run_change_format(change, text, sizeof text);
	driver_say(d, false, "run B: A with %s, from step %ld; every step moves both (C closes B)", text,
		   trainer_step_count(d->trainer));
	return TUI_REDRAW | TUI_RESIZE;
}

/* Ask for the change on the message line, with what was typed so far. */
static void compare_ask(struct tui *tui)
{
	driver_say(&tui->driver, false, "run B = A with: %s_   (e.g. lr=1.0 or seed=7,hidden=16; Enter, Esc)",
		   tui->compare.typed);
}

int compare_toggle(struct tui *tui, int key, bool replayed)
{
	struct driver *d = &tui->driver;

	if (run_pair_is_open(&d->pair)) {
		recorder_key(&tui->recorder, driver_now(), key);
		run_pair_close(&d->pair);
		driver_say(d, false, "%s", "run B closed: run A goes on alone");
		return TUI_REDRAW | TUI_RESIZE;
	}
	if (replayed) {
		driver_say(d, false, "%s", "a recording opens run B with a 'compare' line");
		return TUI_REDRAW;
	}
	driver_pause(d);
	tui->compare.prompt = true;
	tui->compare.typed[0] = '\0';
	compare_ask(tui);
	return TUI_REDRAW;
}

/* Enter: open B with what was typed, or say why not. */
static int compare_enter(struct tui *tui)
{
	struct run_change change;
	char why[SCENE_MESSAGE_SIZE - 64];

	tui->compare.prompt = false;
	if (run_change_parse(tui->compare.typed, &change, why, sizeof why) != 0) {
		driver_say(&tui->driver, true, "no run B: %s", why);
		return TUI_REDRAW;
	}
	return compare_open(tui, &change);
}

/* Whether key can be part of a change: lower-case letters, digits and = . , + - */
static bool typable(int key)
{
	return (key >= 'a' && key <= 'z') || (key >= '0' && key <= '9') ||
	       (key > 0 && key < 128 && strchr("=.,+-", key) != NULL);
}

int compare_prompt_key(struct tui *tui, int key)
{
	struct compare *c = &tui->compare;
	size_t n = strlen(c->typed);

	if (key == '\n' || key == '\r' || key == KEY_ENTER)
		return compare_enter(tui);
	if (key == KEY_ESCAPE) {
		c->prompt = false;
		driver_say(&tui->driver, false, "%s", "no run B");
		return TUI_REDRAW;
	}
	if (key == KEY_BACKSPACE || key == 127 || key == 8) {
		if (n > 0)
			c->typed[n - 1] = '\0';
	} else if (!typable(key)) {
		/* Like confirm's question: any other key keeps things as they were. */
		c->prompt = false;
		driver_say(&tui->driver, false, "%s", "no run B (C asks again)");
		return TUI_REDRAW;
	} else if (n < RUN_CHANGE_TEXT_MAX) {
		c->typed[n] = (char)key;
		c->typed[n + 1] = '\0';
	}
	compare_ask(tui);
	return TUI_REDRAW;
}

/* Keys that would change run A alone: its rate, gate, seed, weights or data. */
static bool changes_a_alone(enum keymap_action action)
{
	switch (action) {
	case ACTION_LR_DOWN:
	case ACTION_LR_UP:
	case ACTION_NEW_SEED:
	case ACTION_ACTIVATION:
	case ACTION_LOAD:
	case ACTION_ADD_PATCH:
	case ACTION_REMOVE_PATCH:
		return true;
	default:
		return false;
	}
}

/* Keys that open a mode or a view the split screen has no room for. */
static bool needs_the_panels(enum keymap_action action)
{
	switch (action) {
	case ACTION_EDITOR:
	case ACTION_TEST:
	case ACTION_WRONG:
	case ACTION_INSPECT:
	case ACTION_ZOOM:
	case ACTION_TOUR:
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
	case ACTION_ADDED:
	case ACTION_CURVE:
	case ACTION_FIGURE:
	case ACTION_MAP:
	case ACTION_MAP_K_DOWN:
	case ACTION_MAP_K_UP:
	case ACTION_MAP_NEURON:
	case ACTION_HEALTH:
	case ACTION_VALUE_NEXT:
	case ACTION_VALUE_PREV:
	case ACTION_QUIZ: /* its questions are about the panels of run A */
		return true;
	default:
		return false;
	}
}

bool compare_refuses(struct tui *tui, enum keymap_action action)
{
	if (!run_pair_is_open(&tui->driver.pair))
		return false;
	if (changes_a_alone(action))
		driver_say(&tui->driver, true, "%s",
			   "run B is open: this would change run A alone; C closes B first");
	else if (needs_the_panels(action))
		driver_say(&tui->driver, false, "%s",
			   "the split screen shows runs A and B only; C closes B, and the panels come back");
	else
		return false;
	return true;
}

/* "lr 0.1 relu seed 42 h8": the settings a run trains with now. */
static void run_settings(const struct trainer *t, char *out, size_t size)
{
	snprintf(out, size, "lr %g %s seed %lu h%d", trainer_lr(t),
		 activation_keyword(trainer_network(t)->activation), (unsigned long)trainer_config(t)->seed,
		 trainer_network(t)->hidden);
}

/* The epoch so far, or the last epoch's record at an epoch's start. */
static void run_progress(struct compare_run *r)
{
	int samples, correct;
	double sum;
	long done = trainer_epochs_done(r->trainer);

	trainer_epoch_progress(r->trainer, &samples, &sum, &correct);
	r->has_loss_now = samples > 0 || done > 0;
	if (samples > 0) {
		r->loss_now = sum / samples;
		r->acc_now = (double)correct / samples;
	} else if (done > 0) {
		const struct epoch_record *e = trainer_epoch_record(r->trainer, done - 1);
		r->loss_now = e->loss;
		r->acc_now = e->train_acc;
	}
}

/* One run's numbers: its sample, pass, progress, test set and curve. */
static void run_build(struct compare *c, int i, const struct trainer *t, int curve_columns)
{
	struct compare_run *r = &c->scene.run[i];
	enum trainer_phase phase = trainer_phase(t);

	r->trainer = t;
	r->name = i == 0 ? 'A' : 'B';
	run_settings(t, r->settings, sizeof r->settings);
	r->pass = trainer_pass(t);
	r->has_forward = phase >= TRAINER_PHASE_FORWARD;
	r->has_loss = phase >= TRAINER_PHASE_LOSS;
	r->sample = trainer_sample_index(t);
	r->samples = trainer_train_set(t)->size;
	r->label = trainer_sample_label(t);
	run_progress(r);
	if (c->test_step[i] != trainer_step_count(t)) {
		r->test_correct = trainer_test_evaluate(t, &r->test_loss);
		c->test_step[i] = trainer_step_count(t);
	}
	r->test_total = trainer_test_set(t)->size;
	r->diverged = trainer_diverged(t);
	if (curve_columns > COMPARE_CURVE_MAX)
		curve_columns = COMPARE_CURVE_MAX;
	r->columns = curve_columns > 0 ? curve_summarise(t, curve_columns, r->curve) : 0;
}

const struct compare_scene *compare_scene_build(struct tui *tui, int curve_columns)
{
	struct compare *c = &tui->compare;
	const struct run_pair *pair = &tui->driver.pair;

	if (!run_pair_is_open(pair))
		return NULL;
	run_build(c, 0, pair->a, curve_columns);
	run_build(c, 1, pair->b, curve_columns);
	run_change_format(&pair->change, c->scene.change, sizeof c->scene.change);
	return &c->scene;
}
