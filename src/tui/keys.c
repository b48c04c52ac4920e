/*
 * What each input does (see keys.h): the one entry point, then the action
 * handlers of the view, the browsers (editor, test set, wrong samples) and
 * the training run. Each returns flags (enum tui_flags); the main loop in
 * tui.c alone lays out, redraws or quits.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/export.h"
#include "core/weights_file.h"
#include "tui/classroom/exports.h"
#include "tui/classroom/recorder.h"
#include "tui/classroom/tour.h"
#include "tui/keys.h"
#include "tui/model/controls.h"
#include "tui/panels/panel.h"
#include "tui/tui_data.h"
#include "tui/tui_private.h"
#include "tui/views/learned.h"
#include "tui/views/learning.h"

/* --- The training run ------------------------------------------------------- */

/* Save the weights where --save says, or to edgeviz.weights. */
static void keys_save(struct tui *tui)
{
	struct driver *d = &tui->driver;
	const char *path = d->options.save_path ? d->options.save_path : KEYS_DEFAULT_WEIGHTS;
	char err[SCENE_MESSAGE_SIZE - 32];

	if (weights_save(trainer_network(d->trainer), path, err, sizeof err) != 0)
		driver_say(d, true, "not saved: %s", err);
	else
		driver_say(d, false, "saved the weights to %s", path);
}

/* Load weights where --load says, or from edgeviz.weights; the run restarts from them. */
static int keys_load(struct tui *tui)
{
	struct driver *d = &tui->driver;
	const char *path = d->options.load_path ? d->options.load_path : KEYS_DEFAULT_WEIGHTS;
	char err[SCENE_MESSAGE_SIZE - 32];
	struct network net;

	if (weights_load(&net, path, err, sizeof err) != 0 ||
	    trainer_start_from(d->trainer, &net, err, sizeof err) != 0) {
		driver_say(d, true, "not loaded: %s", err);
		return TUI_REDRAW;
	}
	driver_weights_changed(d);
	driver_loaded(d, path);
	driver_say(d, false, "loaded %s: the run starts over from these weights", path);
	return TUI_REDRAW | TUI_RESIZE;
}

/* Start over on the next seed, with a trainer of the driver's own. */
static int keys_new_seed(struct tui *tui)
{
	struct driver *d = &tui->driver;
	struct trainer_config config = *trainer_config(d->trainer);
	char err[SCENE_MESSAGE_SIZE - 32], text[64];

	config.seed = config.seed == UINT32_MAX ? 0 : config.seed + 1;
	config.lr = trainer_lr(d->trainer);
	if (driver_replace(d, &config, err, sizeof err) != 0) {
		driver_say(d, true, "no new seed: %s", err);
		return TUI_REDRAW;
	}
	snprintf(text, sizeof text, "seed %lu: %s, new weights, step 0", (unsigned long)config.seed,
		 d->options.train_data != NULL ? "your data" : "new data");
	driver_say(d, false, "%s", text);
	return TUI_REDRAW | TUI_RESIZE;
}

/* The next gate (relu, leaky, sigmoid, tanh, relu...): the run restarts at step 0. */
static void keys_next_activation(struct driver *d)
{
	enum activation next =
		(enum activation)((trainer_network(d->trainer)->activation + 1) % ACTIVATION_COUNT);

	trainer_set_activation(d->trainer, next);
	driver_weights_changed(d);
	driver_say(d, false, "gate: %s (run restarted at step 0)", activation_keyword(next));
}

/* Actions that step the run or set it going; -1 for any other. */
static int keys_step(struct driver *d, enum keymap_action action)
{
	switch (action) {
	case ACTION_STEP_SAMPLE:
		driver_pause(d);
		run_pair_step_sample(&d->pair);
		return 0;
	case ACTION_STEP_PHASE:
		driver_pause(d);
		run_pair_step_phase(&d->pair);
		return 0;
	case ACTION_STEP_BACK:
		driver_pause(d);
		if (run_pair_step_back(&d->pair) != 0)
			driver_say(d, false, "%s", "already at step 0");
		return 0;
	case ACTION_PHASE_BACK:
		driver_pause(d);
		if (run_pair_phase_back(&d->pair) != 0)
			driver_say(d, false, "%s", "already at step 0");
		return 0;
	case ACTION_RUN_EPOCH:
		driver_pause(d);
		run_pair_run_epoch(&d->pair);
		return 0;
	case ACTION_RUN:
		if (d->running)
			driver_pause(d);
		else
			driver_start_run(d);
		return 0;
	case ACTION_FASTER:
	case ACTION_SLOWER:
		driver_change_speed(d, action == ACTION_FASTER ? 1 : -1);
		return 0;
	default:
		return -1;
	}
}

/* Actions that change the run's settings or weights; -1 for any other. */
static int keys_change_run(struct tui *tui, enum keymap_action action)
{
	struct driver *d = &tui->driver;

	switch (action) {
	case ACTION_LR_DOWN:
	case ACTION_LR_UP:
		trainer_set_lr(d->trainer,
			       controls_lr_next(trainer_lr(d->trainer), action == ACTION_LR_UP ? 1 : -1));
		return 0;
	case ACTION_RESET:
		driver_pause(d);
		run_pair_reset(&d->pair);
		driver_weights_changed(d);
		driver_say(d, false, "reset: step 0, the first weights, the current data (train %d)",
			   trainer_train_set(d->trainer)->size);
		return 0;
	case ACTION_NEW_SEED:
		driver_pause(d);
		return keys_new_seed(tui);
	case ACTION_ACTIVATION:
		driver_pause(d);
		keys_next_activation(d);
		return 0;
	case ACTION_SAVE:
		keys_save(tui);
		return 0;
	case ACTION_LOAD:
		driver_pause(d);
		return keys_load(tui);
	default:
		return -1;
	}
}

/* Select the next (+1) or previous (-1) hidden neuron, round the layer. */
static int keys_select_neuron(struct tui *tui, int delta)
{
	int hidden = trainer_network(tui->driver.trainer)->hidden;

	tui->browse.selected = (tui->browse.selected + delta + hidden) % hidden;
	return 0;
}

/* Actions of the training run (and the neuron it shows in detail). */
static int keys_train(struct tui *tui, enum keymap_action action)
{
	int flags = keys_step(&tui->driver, action);

	if (flags < 0)
		flags = keys_change_run(tui, action);
	if (flags < 0 && (action == ACTION_NEXT_NEURON || action == ACTION_PREV_NEURON))
		flags = keys_select_neuron(tui, action == ACTION_NEXT_NEURON ? 1 : -1);
	if (flags < 0)
		return 0;
	return TUI_REDRAW | flags;
}

/* --- The browsers: editor, test set, wrong samples --------------------------- */

/* Enter or leave the patch editor, the test set or the wrong samples. */
static void keys_set_mode(struct tui *tui, enum keymap_mode mode)
{
	const struct trainer *t = tui->driver.trainer;

	if (mode == KEYMAP_EDIT && tui->view.mode != KEYMAP_EDIT)
		editor_open(&tui->browse.editor, trainer_sample(t), trainer_sample_label(t));
	if (mode == KEYMAP_TEST && tui->view.mode != KEYMAP_TEST)
		tui->browse.test_index = 0;
	tui->view.mode = mode;
}

/*
 * W: open the list of the samples it gets wrong and browse them; with the
 * list open while training, close it.
 */
static int keys_wrong(struct tui *tui)
{
	if (tui->browse.wrong.open && tui->view.mode == KEYMAP_TRAIN) {
		tui->browse.wrong.open = false;
		return TUI_REDRAW | TUI_RESIZE;
	}
	driver_pause(&tui->driver);
	wrong_list_open(&tui->browse.wrong);
	tui->browse.tour.open = false;
	keys_set_mode(tui, KEYMAP_WRONG);
	return TUI_REDRAW | TUI_RESIZE;
}

/* Esc: back to training (closing the wrong samples' list if it was browsed). */
static int keys_leave(struct tui *tui)
{
	if (tui->view.mode == KEYMAP_WRONG) {
		tui->browse.wrong.open = false;
		keys_set_mode(tui, KEYMAP_TRAIN);
		return TUI_REDRAW | TUI_RESIZE;
	}
	keys_set_mode(tui, KEYMAP_TRAIN);
	return TUI_REDRAW;
}

/* The next (+1) or previous (-1) test sample, or wrong sample when they are browsed. */
static int keys_browse(struct tui *tui, int delta)
{
	int size = tui_browsed_set(tui)->size;

	if (tui->view.mode == KEYMAP_WRONG)
		wrong_list_move(&tui->browse.wrong, delta);
	else
		tui->browse.test_index = (tui->browse.test_index + delta + size) % size;
	return TUI_REDRAW;
}

/* A click on the editor's patch toggles that pixel (replayed too, in the editor). */
static int keys_paint(struct tui *tui, int pixel)
{
	recorder_paint(&tui->recorder, driver_now(), pixel);
	if (tui->view.mode == KEYMAP_EDIT)
		editor_toggle(&tui->browse.editor, pixel);
	return TUI_REDRAW;
}

/* A click in the editor: on the patch, paint; beside it, it only cleared the message. */
static int keys_click(struct tui *tui, int pixel)
{
	if (pixel >= 0)
		return keys_paint(tui, pixel);
	/* Recorded as the key "none", which does the same. */
	recorder_key(&tui->recorder, driver_now(), 0);
	return 0;
}

/* Actions that open, leave or move a browser; -1 for any other. */
static int keys_browsers(struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_EDITOR:
	case ACTION_TEST:
		driver_pause(&tui->driver);
		keys_set_mode(tui, action == ACTION_EDITOR ? KEYMAP_EDIT : KEYMAP_TEST);
		return TUI_REDRAW;
	case ACTION_WRONG:
		return keys_wrong(tui);
	case ACTION_LEAVE:
		return keys_leave(tui);
	case ACTION_TEST_NEXT:
	case ACTION_TEST_PREV:
		return keys_browse(tui, action == ACTION_TEST_NEXT ? 1 : -1);
	case ACTION_SWITCH_SET:
		return tui_switch_set(tui);
	case ACTION_REMOVE_PATCH:
		return tui_remove_patch(tui);
	case ACTION_ADD_PATCH:
		return tui_add_patch(tui);
	default:
		return -1;
	}
}

/* --- The view: help, layout, tour, exports ---------------------------------- */

/*
 * The i key on a small screen: weights and loss, then the neuron (with the
 * update beside it if there is room), then the update alone, then back.
 */
static int keys_next_inspect(struct view *v)
{
	switch (v->inspect) {
	case LAYOUT_INSPECT_NONE:
		v->inspect = LAYOUT_INSPECT_NEURON;
		break;
	case LAYOUT_INSPECT_NEURON:
		v->inspect = layout_inspect_side_by_side(v->layout.cols) ? LAYOUT_INSPECT_NONE
									 : LAYOUT_INSPECT_UPDATE;
		break;
	default:
		v->inspect = LAYOUT_INSPECT_NONE;
		break;
	}
	return TUI_REDRAW | TUI_RESIZE;
}

/* i: the neuron and the update, where the screen has no room for them. */
static int keys_inspect(struct tui *tui)
{
	struct view *v = &tui->view;

	if (!v->layout.large &&
	    (tui->browse.tour.open || tui->browse.wrong.open || learning_views_inspect(tui) != v->inspect)) {
		/* The tour, the list, the curve and the figures sit where i shows the neuron. */
		learning_views_close(tui);
		tui->browse.tour.open = false;
		tui->browse.wrong.open = false;
		if (v->mode == KEYMAP_WRONG)
			keys_set_mode(tui, KEYMAP_TRAIN);
	}
	if (v->layout.zoomed) {
		v->zoom = false;
		driver_say(&tui->driver, false, "%s", "zoom off: the neuron and the update are back");
		return TUI_REDRAW | TUI_RESIZE;
	}
	if (v->layout.large) {
		driver_say(&tui->driver, false, "%s", "this screen shows the neuron and the update already");
		return TUI_REDRAW;
	}
	return keys_next_inspect(v);
}

/* z: larger pictures on a large screen. */
static int keys_zoom(struct tui *tui)
{
	tui->view.zoom = !tui->view.zoom;
	if (tui->view.zoom && !tui->view.layout.large)
		driver_say(&tui->driver, false, "%s",
			   "zoom: on a screen of 120x36 or more (this one is small)");
	return TUI_REDRAW | TUI_RESIZE;
}

/* T: open or close the guided tour (it takes the wrong samples' place). */
static int keys_tour(struct tui *tui)
{
	tui->browse.tour.open = !tui->browse.tour.open;
	if (tui->browse.tour.open && tui->view.mode == KEYMAP_WRONG)
		keys_set_mode(tui, KEYMAP_TRAIN);
	tui->browse.wrong.open = false;
	return TUI_REDRAW | TUI_RESIZE;
}

/* Turn the tour's page by delta (opening the tour if it is closed). */
static int keys_turn_page(struct tui *tui, int delta)
{
	struct tour_state *tour = &tui->browse.tour;

	if (!tour->open) {
		tour->open = true;
		return TUI_REDRAW | TUI_RESIZE;
	}
	if (!tour_turn(tour, delta))
		driver_say(&tui->driver, false, "%s",
			   delta > 0 ? "the last page of the tour; T closes it"
				     : "the first page of the tour");
	return TUI_REDRAW;
}

/* S: the screen as text, then the patch and the weights it shows in color, as numbers. */
static void keys_export_screen(struct tui *tui, char *err, size_t err_size)
{
	struct scene scene;
	char *pictures;

	scene_build(tui, &scene);
	pictures = tui_export_pictures(scene.patch, scene.label, scene.net);
	if (pictures == NULL)
		driver_say(&tui->driver, true, "%s", "not exported: out of memory");
	else if (tui->export_screen(TUI_EXPORT_SCREEN, pictures, err, err_size) != 0)
		driver_say(&tui->driver, true, "not exported: %s", err);
	else
		driver_say(&tui->driver, false, "exported the screen as text to %s", TUI_EXPORT_SCREEN);
	free(pictures);
}

/* g: the weights as PGM images, or with d what training added to them. */
static void keys_export_pgms(struct tui *tui)
{
	struct driver *d = &tui->driver;
	bool added = tui->learning.added;
	char err[SCENE_MESSAGE_SIZE - 64], what[128];

	if ((added ? learning_views_export_added(tui, what, sizeof what, err, sizeof err)
		   : tui_export_pgms(trainer_network(d->trainer), TUI_EXPORT_PGM_PREFIX, what, sizeof what,
				     err, sizeof err)) != 0)
		driver_say(d, true, "not exported: %s", err);
	else
		driver_say(d, false, "exported %s as images to %s",
			   added ? "W1 - W1(step 0), what training added," : "the weights", what);
}

/* c: the loss history as CSV, and the quiz's score and answers when there was a quiz. */
static void keys_export_csv(struct tui *tui)
{
	struct driver *d = &tui->driver;
	long epochs = trainer_epochs_done(d->trainer);
	char err[SCENE_MESSAGE_SIZE - 64], quiz[96] = "";

	if (export_epochs_csv(d->trainer, TUI_EXPORT_CSV, err, sizeof err) != 0) {
		driver_say(d, true, "not exported: %s", err);
		return;
	}
	if ((tui->quiz.on || tui->quiz.count > 0) &&
	    quiz_mode_export(&tui->quiz, QUIZ_MODE_EXPORT, err, sizeof err) != 0) {
		driver_say(d, true, "exported %s; the quiz not: %s", TUI_EXPORT_CSV, err);
		return;
	}
	if (tui->quiz.on || tui->quiz.count > 0)
		snprintf(quiz, sizeof quiz, ", the quiz (score %d/%zu) to %s", tui->quiz.right,
			 tui->quiz.count, QUIZ_MODE_EXPORT);
	driver_say(d, false, "exported the loss history (%ld epoch%s) to %s%s", epochs,
		   epochs == 1 ? "" : "s", TUI_EXPORT_CSV, quiz);
}

/* The exports: c (loss CSV and the quiz), g (weights as PGM), S (the screen as text). */
static void keys_export(struct tui *tui, enum keymap_action action)
{
	char err[SCENE_MESSAGE_SIZE - 64];

	if (action == ACTION_EXPORT_CSV)
		keys_export_csv(tui);
	else if (action == ACTION_EXPORT_PGM)
		keys_export_pgms(tui);
	else
		keys_export_screen(tui, err, sizeof err);
}

/* The optional views' keys: d, l, f (views/learning.c), m , . v n j k (views/learned.c). */
static int keys_views(struct tui *tui, enum keymap_action action)
{
	int flags = learning_views_key(tui, action);

	return flags >= 0 ? flags : learned_views_key(tui, action);
}

/* Actions on what the screen shows; -1 for any other. */
static int keys_view(struct tui *tui, enum keymap_action action)
{
	switch (action) {
	case ACTION_HELP:
		tui->view.help = !tui->view.help;
		tui->view.help_page = 0;
		return TUI_REDRAW;
	case ACTION_REDRAW:
		return TUI_REDRAW | TUI_RESIZE | TUI_CLEAR;
	case ACTION_INSPECT:
		return keys_inspect(tui);
	case ACTION_ZOOM:
		return keys_zoom(tui);
	case ACTION_TOUR:
		return keys_tour(tui);
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
		return keys_turn_page(tui, action == ACTION_TOUR_NEXT ? 1 : -1);
	case ACTION_EXPORT_CSV:
	case ACTION_EXPORT_PGM:
	case ACTION_EXPORT_SCREEN:
		keys_export(tui, action);
		return TUI_REDRAW;
	case ACTION_WRITE_DATA:
		tui_write_data(tui);
		return TUI_REDRAW;
	default:
		return keys_views(tui, action);
	}
}

/* --- The entry points -------------------------------------------------------- */

/* Do one action. */
int keys_action(struct tui *tui, enum keymap_action action)
{
	int flags;

	if (action == ACTION_NONE)
		return 0;
	if (action == ACTION_QUIT)
		return TUI_QUIT;
	learned_views_yield(tui, action);
	flags = keys_view(tui, action);
	if (flags < 0)
		flags = keys_browsers(tui, action);
	if (flags >= 0)
		return flags;
	if (tui->view.mode == KEYMAP_EDIT && editor_apply(&tui->browse.editor, action))
		return TUI_REDRAW;
	/* A training key in the editor or the test set: back to training, then do it. */
	if (tui->view.mode != KEYMAP_TRAIN && keymap_action_trains(action))
		keys_set_mode(tui, KEYMAP_TRAIN);
	if (quiz_mode_action(&tui->quiz, &tui->driver, action) == 0)
		return TUI_REDRAW;
	return keys_train(tui, action);
}

/*
 * A key while the help is open: ? again turns its page; any other key
 * closes it, and q still quits. The help also covered the gaps between
 * panels, which no panel repaints: lay out again, clearing them.
 */
static int keys_in_help(struct tui *tui, int key)
{
	enum keymap_action action = keymap_lookup(tui->view.mode, key);

	if (action == ACTION_HELP && tui->view.help_page + 1 < PANEL_HELP_PAGES) {
		tui->view.help_page++;
		recorder_key(&tui->recorder, driver_now(), key);
		return TUI_REDRAW;
	}
	tui->view.help = false;
	if (action == ACTION_QUIT)
		return TUI_REDRAW | TUI_RESIZE | TUI_QUIT;
	recorder_key(&tui->recorder, driver_now(), key);
	return TUI_REDRAW | TUI_RESIZE;
}

/* A key pressed (or replayed): its action, once; recorded once. */
/* The answer to confirm's question: y does what was asked, and records its key. */
static int keys_answer(struct tui *tui, int key)
{
	int pressed;
	enum keymap_action action = confirm_take(&tui->confirm, &tui->driver, key, &pressed);

	if (action == ACTION_NONE)
		return TUI_REDRAW;
	recorder_key(&tui->recorder, driver_now(), pressed);
	return TUI_REDRAW | keys_action(tui, action);
}

static int keys_key(struct tui *tui, const struct recording_event *e, bool replayed)
{
	enum keymap_action action;

	if (tui->confirm.action != ACTION_NONE)
		return keys_answer(tui, e->key);
	if (tui->compare.prompt)
		return compare_prompt_key(tui, e->key);
	if (tui->view.help)
		return keys_in_help(tui, e->key);
	if (tui->view.layout.too_small && !replayed) {
		/* Only q works; any other key cleared the message, nothing else. */
		if (keymap_lookup(KEYMAP_TRAIN, e->key) == ACTION_QUIT)
			return TUI_REDRAW | TUI_QUIT;
		recorder_key(&tui->recorder, driver_now(), 0);
		return TUI_REDRAW;
	}
	/* The quiz's digits where the mode leaves them free (the editor shades with them). */
	action = tui->quiz.on ? keymap_lookup_quiz(tui->view.mode, e->key)
			      : keymap_lookup(tui->view.mode, e->key);
	if (action == ACTION_MOUSE)
		return TUI_REDRAW | keys_click(tui, e->pixel);
	if (action == ACTION_COMPARE)
		return compare_toggle(tui, e->key, replayed);
	if (compare_refuses(tui, action)) {
		recorder_key(&tui->recorder, driver_now(), 0);
		return TUI_REDRAW;
	}
	if (!replayed && confirm_needed(&tui->driver, action)) {
		confirm_ask(&tui->confirm, &tui->driver, action, e->key);
		return TUI_REDRAW;
	}
	/* The quit that ends a session is not recorded: its replay ends where it did. */
	if (action != ACTION_QUIT)
		recorder_key(&tui->recorder, driver_now(), e->key);
	return TUI_REDRAW | keys_action(tui, action);
}

/* A key, and a new layout when it entered or left the set browser (its thumbnails take a panel's place). */
static int keys_key_laid_out(struct tui *tui, const struct recording_event *e, bool replayed)
{
	bool browsing = tui->view.mode == KEYMAP_TEST;
	int flags = keys_key(tui, e, replayed);

	if (browsing != (tui->view.mode == KEYMAP_TEST))
		flags |= TUI_RESIZE;
	return flags;
}

/* One input, pressed or replayed, before the quiz takes stock. */
static int keys_input(struct tui *tui, const struct recording_event *e, bool replayed)
{
	switch (e->kind) {
	case RECORDING_KEY:
		driver_quiet(&tui->driver);
		return keys_key_laid_out(tui, e, replayed);
	case RECORDING_PAINT:
		driver_quiet(&tui->driver);
		return keys_paint(tui, e->pixel);
	case RECORDING_RUN:
		driver_run_steps(&tui->driver, e->steps);
		return keys_ran(tui, e->steps);
	case RECORDING_COMPARE:
		driver_quiet(&tui->driver);
		return compare_open(tui, &e->change);
	}
	return 0;
}

/* One input, pressed or replayed; then the answers given past where the run now stands are taken back. */
int keys_event(struct tui *tui, const struct recording_event *e, bool replayed)
{
	int flags = keys_input(tui, e, replayed);

	quiz_mode_sync(&tui->quiz, tui->driver.trainer);
	return flags;
}

/* After a frame of a run: record its steps, stop on divergence or at --epochs. */
int keys_ran(struct tui *tui, long steps)
{
	recorder_run(&tui->recorder, driver_now(), steps);
	driver_run_checks(&tui->driver);
	return TUI_REDRAW;
}
