/*
 * What each key does: the handlers of the training run, the patch editor
 * and the test set. Each returns flags (enum tui_flags); the main loop in
 * tui.c alone redraws, lays out again or quits.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "core/export.h"
#include "core/weights_file.h"
#include "tui/controls.h"
#include "tui/editor.h"
#include "tui/panel.h"
#include "tui/term.h"
#include "tui/tour.h"
#include "tui/tui_export.h"
#include "tui/tui_private.h"

#define TUI_DEFAULT_WEIGHTS "edgeviz.weights"

/* Save the weights where --save says, or to edgeviz.weights. */
static void tui_save(struct tui *tui)
{
	const char *path = tui->options->save_path ? tui->options->save_path : TUI_DEFAULT_WEIGHTS;
	char err[SCENE_MESSAGE_SIZE - 32];

	if (weights_save(trainer_network(tui->trainer), path, err, sizeof err) != 0)
		tui_say(tui, true, "not saved: %s", err);
	else
		tui_say(tui, false, "saved the weights to %s", path);
}

/* Load weights where --load says, or from edgeviz.weights; the run restarts from them. */
static int tui_load(struct tui *tui)
{
	const char *path = tui->options->load_path ? tui->options->load_path : TUI_DEFAULT_WEIGHTS;
	char err[SCENE_MESSAGE_SIZE - 32];
	struct network net;

	if (weights_load(&net, path, err, sizeof err) != 0 ||
	    trainer_start_from(tui->trainer, &net, err, sizeof err) != 0) {
		tui_say(tui, true, "not loaded: %s", err);
		return TUI_REDRAW;
	}
	tui->test_key_step = -1;
	snprintf(tui->loaded_from, sizeof tui->loaded_from, "%s", path);
	tui_say(tui, false, "loaded %s: the run starts over from these weights", path);
	return TUI_REDRAW | TUI_RESIZE;
}

/* Start over on the next seed, with a trainer of our own. */
static int tui_new_seed(struct tui *tui)
{
	struct trainer_config config = *trainer_config(tui->trainer);
	struct trainer *next;
	char err[SCENE_MESSAGE_SIZE - 32], text[64];

	config.seed = config.seed == UINT32_MAX ? 0 : config.seed + 1;
	config.lr = trainer_lr(tui->trainer);
	next = trainer_create(&config, err, sizeof err);
	if (next == NULL) {
		tui_say(tui, true, "no new seed: %s", err);
		return TUI_REDRAW;
	}
	if (tui->owned != NULL)
		trainer_destroy(tui->owned);
	tui->owned = next;
	tui->trainer = next;
	tui->test_key_step = -1;
	tui->loaded_from[0] = '\0';	/* the seed's weights now */
	snprintf(text, sizeof text, "seed %lu: new data, new weights, step 0",
		 (unsigned long)config.seed);
	tui_say(tui, false, "%s", text);
	return TUI_REDRAW | TUI_RESIZE;
}

/* The next gate (relu, leaky, sigmoid, tanh, relu...): the run restarts at step 0. */
static void tui_next_activation(struct tui *tui)
{
	enum activation next = (enum activation)((trainer_network(tui->trainer)->activation + 1) %
						 ACTIVATION_COUNT);

	trainer_set_activation(tui->trainer, next);
	tui->test_key_step = -1;
	tui_say(tui, false, "gate: %s (run restarted at step 0)", activation_keyword(next));
}

/* Enter or leave the patch editor or the test set. */
static void tui_set_mode(struct tui *tui, enum keymap_mode mode)
{
	if (mode == KEYMAP_EDIT && tui->mode != KEYMAP_EDIT)
		editor_open(&tui->editor, trainer_sample(tui->trainer),
			    trainer_sample_label(tui->trainer));
	if (mode == KEYMAP_TEST && tui->mode != KEYMAP_TEST)
		tui->test_index = 0;
	tui->mode = mode;
	term_mouse(mode == KEYMAP_EDIT);
}

/* Actions that step or change the training run. */
static int tui_handle_train(struct tui *tui, enum keymap_action action)
{
	struct trainer *t = tui->trainer;
	int hidden = trainer_network(t)->hidden;

	switch (action) {
	case ACTION_STEP_SAMPLE:
		tui_pause(tui);
		trainer_step_sample(t);
		break;
	case ACTION_STEP_PHASE:
		tui_pause(tui);
		trainer_step_phase(t);
		break;
	case ACTION_STEP_BACK:
		tui_pause(tui);
		if (trainer_step_back(t) != 0)
			tui_say(tui, false, "%s", "already at step 0");
		break;
	case ACTION_RUN:
		if (tui->running)
			tui_pause(tui);
		else
			tui_start_run(tui);
		break;
	case ACTION_FASTER:
	case ACTION_SLOWER:
		tui->speed += action == ACTION_FASTER ? 1 : -1;
		if (tui->speed < 0)
			tui->speed = 0;
		if (tui->speed >= controls_speed_count())
			tui->speed = controls_speed_count() - 1;
		tui->credit = 0;
		break;
	case ACTION_RUN_EPOCH:
		tui_pause(tui);
		trainer_run_epoch(t);
		break;
	case ACTION_LR_DOWN:
	case ACTION_LR_UP:
		trainer_set_lr(t, controls_lr_next(trainer_lr(t), action == ACTION_LR_UP ? 1 : -1));
		break;
	case ACTION_NEXT_NEURON:
		tui->selected = (tui->selected + 1) % hidden;
		break;
	case ACTION_PREV_NEURON:
		tui->selected = (tui->selected + hidden - 1) % hidden;
		break;
	case ACTION_RESET:
		tui_pause(tui);
		trainer_reset(t);
		tui->test_key_step = -1;
		tui_say(tui, false, "%s", "reset: step 0, the same data and first weights");
		break;
	case ACTION_NEW_SEED:
		tui_pause(tui);
		return tui_new_seed(tui);
	case ACTION_ACTIVATION:
		tui_pause(tui);
		tui_next_activation(tui);
		break;
	case ACTION_SAVE:
		tui_save(tui);
		break;
	case ACTION_LOAD:
		tui_pause(tui);
		return tui_load(tui);
	default:
		return 0;
	}
	return TUI_HANDLED | TUI_REDRAW;
}

/* A mouse event: in the editor, a click on the patch toggles that pixel. */
static int tui_handle_mouse(struct tui *tui)
{
	MEVENT event;
	WINDOW *win = tui->win[LAYOUT_INPUT];
	int y, x, pixel = -1;

	if (getmouse(&event) == OK && win != NULL && wenclose(win, event.y, event.x)) {
		y = event.y;
		x = event.x;
		if (wmouse_trafo(win, &y, &x, FALSE))
			pixel = panel_input_hit(win, y, x);
	}
	if (pixel < 0) {
		/* A click beside the patch only cleared the message: so does key "none". */
		tui_record_key(tui, 0);
		return 0;
	}
	tui_record_paint(tui, pixel);
	editor_toggle(&tui->editor, pixel);
	return TUI_REDRAW;
}

/*
 * The i key on a small screen: weights and loss, then the neuron (with the
 * update beside it if there is room), then the update alone, then back.
 */
static int tui_next_inspect(struct tui *tui)
{
	switch (tui->inspect) {
	case LAYOUT_INSPECT_NONE:
		tui->inspect = LAYOUT_INSPECT_NEURON;
		break;
	case LAYOUT_INSPECT_NEURON:
		tui->inspect = layout_inspect_side_by_side(COLS) ? LAYOUT_INSPECT_NONE
								  : LAYOUT_INSPECT_UPDATE;
		break;
	default:
		tui->inspect = LAYOUT_INSPECT_NONE;
		break;
	}
	return TUI_REDRAW | TUI_RESIZE;
}

/* The exports: c (loss CSV), g (weights as PGM), S (the screen as text). */
static void tui_export(struct tui *tui, enum keymap_action action)
{
	char err[SCENE_MESSAGE_SIZE - 64], what[128];

	switch (action) {
	case ACTION_EXPORT_CSV:
		if (export_epochs_csv(tui->trainer, TUI_EXPORT_CSV, err, sizeof err) != 0)
			tui_say(tui, true, "not exported: %s", err);
		else
			tui_say(tui, false, "exported the loss history (%ld epochs) to %s",
				trainer_epochs_done(tui->trainer), TUI_EXPORT_CSV);
		break;
	case ACTION_EXPORT_PGM:
		if (tui_export_pgms(trainer_network(tui->trainer), TUI_EXPORT_PGM_PREFIX, what,
				    sizeof what, err, sizeof err) != 0)
			tui_say(tui, true, "not exported: %s", err);
		else
			tui_say(tui, false, "exported the weights as images to %s", what);
		break;
	default:
		if (tui_export_screen(TUI_EXPORT_SCREEN, err, sizeof err) != 0)
			tui_say(tui, true, "not exported: %s", err);
		else
			tui_say(tui, false, "exported the screen as text to %s", TUI_EXPORT_SCREEN);
		break;
	}
}

/*
 * W: open the list of the samples it gets wrong and browse them; with the
 * list open while training, close it.
 */
static int tui_wrong(struct tui *tui)
{
	if (tui->wrong_open && tui->mode == KEYMAP_TRAIN) {
		tui->wrong_open = false;
		return TUI_REDRAW | TUI_RESIZE;
	}
	tui_pause(tui);
	tui->wrong_open = true;
	tui->tour = false;
	tui->wrong_pos = 0;
	tui_set_mode(tui, KEYMAP_WRONG);
	return TUI_REDRAW | TUI_RESIZE;
}

/* Browse the wrong samples by delta, round the list. */
static int tui_wrong_move(struct tui *tui, int delta)
{
	if (tui->wrong_count > 0)
		tui->wrong_pos = (tui->wrong_pos + delta + tui->wrong_count) % tui->wrong_count;
	return TUI_REDRAW;
}

/* Turn the tour's page by delta (opening the tour if it is closed). */
static int tui_turn_page(struct tui *tui, int delta)
{
	int flags = TUI_REDRAW;

	if (!tui->tour) {
		tui->tour = true;
		flags |= TUI_RESIZE;
	} else if (tui->tour_page + delta < 0 || tui->tour_page + delta >= TOUR_PAGES) {
		tui_say(tui, false, "%s", delta > 0 ? "the last page of the tour; T closes it"
						    : "the first page of the tour");
	} else {
		tui->tour_page += delta;
	}
	return flags;
}

/* Dispatch one action; return flags for the main loop. */
int tui_handle(struct tui *tui, enum keymap_action action)
{
	const struct dataset *test = trainer_test_set(tui->trainer);

	switch (action) {
	case ACTION_NONE:
		return 0;
	case ACTION_QUIT:
		return TUI_QUIT;
	case ACTION_HELP:
		tui->help = !tui->help;
		tui->help_page = 0;
		return TUI_REDRAW;
	case ACTION_REDRAW:
		clearok(curscr, TRUE);
		return TUI_REDRAW | TUI_RESIZE;
	case ACTION_INSPECT:
		if (!tui->layout.large && (tui->tour || tui->wrong_open)) {
			/* The tour and the list sit where i shows the neuron: make room. */
			tui->tour = false;
			tui->wrong_open = false;
			if (tui->mode == KEYMAP_WRONG)
				tui_set_mode(tui, KEYMAP_TRAIN);
		}
		if (tui->layout.zoomed) {
			tui->zoom = false;
			tui_say(tui, false, "%s", "zoom off: the neuron and the update are back");
			return TUI_REDRAW | TUI_RESIZE;
		}
		if (tui->layout.large) {
			tui_say(tui, false, "%s", "this screen shows the neuron and the update already");
			return TUI_REDRAW;
		}
		return tui_next_inspect(tui);
	case ACTION_EDITOR:
		tui_pause(tui);
		tui_set_mode(tui, KEYMAP_EDIT);
		return TUI_REDRAW;
	case ACTION_TEST:
		tui_pause(tui);
		tui_set_mode(tui, KEYMAP_TEST);
		return TUI_REDRAW;
	case ACTION_WRONG:
		return tui_wrong(tui);
	case ACTION_LEAVE:
		if (tui->mode == KEYMAP_WRONG) {
			tui->wrong_open = false;
			tui_set_mode(tui, KEYMAP_TRAIN);
			return TUI_REDRAW | TUI_RESIZE;
		}
		tui_set_mode(tui, KEYMAP_TRAIN);
		return TUI_REDRAW;
	case ACTION_TEST_NEXT:
	case ACTION_TEST_PREV:
		if (tui->mode == KEYMAP_WRONG)
			return tui_wrong_move(tui, action == ACTION_TEST_NEXT ? 1 : -1);
		tui->test_index = (tui->test_index + (action == ACTION_TEST_NEXT ? 1 : test->size - 1)) %
				  test->size;
		return TUI_REDRAW;
	case ACTION_MOUSE:
		return tui_handle_mouse(tui);
	case ACTION_EXPORT_CSV:
	case ACTION_EXPORT_PGM:
	case ACTION_EXPORT_SCREEN:
		tui_export(tui, action);
		return TUI_REDRAW;
	case ACTION_ZOOM:
		tui->zoom = !tui->zoom;
		if (tui->zoom && !tui->layout.large)
			tui_say(tui, false, "%s", "zoom: on a screen of 120x36 or more (this one is small)");
		return TUI_REDRAW | TUI_RESIZE;
	case ACTION_TOUR:
		tui->tour = !tui->tour;
		if (tui->tour && tui->mode == KEYMAP_WRONG)
			tui_set_mode(tui, KEYMAP_TRAIN);
		tui->wrong_open = false;
		return TUI_REDRAW | TUI_RESIZE;
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
		return tui_turn_page(tui, action == ACTION_TOUR_NEXT ? 1 : -1);
	default:
		break;
	}
	if (tui->mode == KEYMAP_EDIT && editor_apply(&tui->editor, action))
		return TUI_REDRAW;
	/* A training key in the editor or the test set: back to training, then do it. */
	if (tui->mode != KEYMAP_TRAIN && keymap_action_trains(action))
		tui_set_mode(tui, KEYMAP_TRAIN);
	return tui_handle_train(tui, action);
}

/* Handle one key as pressed or replayed; record it. */
int tui_key(struct tui *tui, int key, bool replayed)
{
	int flags = TUI_REDRAW;
	enum keymap_action action;

	tui->message[0] = '\0';
	if (tui->help) {
		/*
		 * Any key closes the help; q still quits. The help also
		 * covered the gaps between panels, which no panel
		 * repaints: lay out again, clearing them.
		 */
		if (keymap_lookup(tui->mode, key) == ACTION_HELP &&
		    tui->help_page + 1 < PANEL_HELP_PAGES) {
			/* ? again: the help's next page. */
			tui->help_page++;
			tui_record_key(tui, key);
			return flags;
		}
		tui->help = false;
		if (keymap_lookup(tui->mode, key) == ACTION_QUIT)
			return flags | TUI_RESIZE | TUI_QUIT;
		tui_record_key(tui, key);
		return flags | TUI_RESIZE;
	}
	if (tui->layout.too_small && !replayed) {
		if (keymap_lookup(KEYMAP_TRAIN, key) == ACTION_QUIT)
			return flags | TUI_QUIT;
		tui_record_key(tui, 0);	/* it cleared the message, nothing else */
		return flags;
	}
	action = keymap_lookup(tui->mode, key);
	/* The quit that ends a session is not recorded: its replay ends where it did. */
	if (action != ACTION_QUIT && action != ACTION_MOUSE)
		tui_record_key(tui, key);
	return flags | tui_handle(tui, action);
}
