/*
 * The visualizer's main loop. It owns the trainer's stepping, the mode
 * (training, patch editor, test set), one WINDOW a panel, and the only
 * decisions about when to redraw, resize and quit: key handlers return
 * flags and this loop acts on them.
 *
 * While paused it blocks in poll() and uses no CPU; while running it wakes
 * at most every 33 ms (fewer for slow speeds), trains as many steps as the
 * speed asks for since the last wake (as many as fit in 25 ms at full
 * speed), and draws one frame: every panel into its window, wnoutrefresh
 * each, one doupdate.
 */
#include "config.h"

#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <curses.h>

#include "core/weights_file.h"
#include "tui/colors.h"
#include "tui/controls.h"
#include "tui/editor.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/panel.h"
#include "tui/scene.h"
#include "tui/term.h"
#include "tui/tui.h"

#define TUI_FRAME_MS 33
#define TUI_MAX_RUN_MS 25
#define TUI_DEFAULT_WEIGHTS "edgeviz.weights"
/*
 * Wake-ups in a row with input said to be ready but no key read: the terminal
 * gives only end-of-file or errors (gone without a hang-up poll can see), so
 * the loop leaves as on SIGHUP instead of spinning on it.
 */
#define TUI_MAX_EMPTY_WAKEUPS 64

/* What a key handler asks of the main loop. */
enum tui_flags {
	TUI_HANDLED = 1 << 0,
	TUI_REDRAW = 1 << 1,
	TUI_RESIZE = 1 << 2,
	TUI_QUIT = 1 << 3,
};

static const struct panel_ops *const tui_panels[] = {
	&panel_status_ops, &panel_input_ops, &panel_hidden_ops, &panel_output_ops,
	&panel_weights_ops, &panel_loss_ops, &panel_neuron_ops, &panel_update_ops,
	&panel_narration_ops, &panel_keys_ops,
};
#define TUI_PANELS ((int)(sizeof tui_panels / sizeof tui_panels[0]))

struct tui {
	struct trainer *trainer;	/* the run on screen */
	struct trainer *owned;		/* a run made here (new seed), freed on the way out */
	const struct tui_options *options;
	bool ascii;

	struct layout layout;
	WINDOW *win[LAYOUT_PANEL_COUNT];
	WINDOW *whole;			/* the "too small" notice */
	WINDOW *help_win;

	enum keymap_mode mode;
	bool help;
	enum layout_inspect inspect;	/* what replaces weights and loss on a small screen */
	int selected;
	struct editor editor;
	int test_index;
	struct pass local_pass;		/* the editor's or the test sample's */

	bool running;
	int speed;
	double credit;			/* fractions of a step owed to the run */
	double last_tick;		/* seconds, monotonic */
	long run_limit;			/* the step the run stops at (--epochs) */

	long test_key_step;		/* the step test_correct was counted at; -1: stale */
	int test_correct;

	char message[SCENE_MESSAGE_SIZE];
	bool message_is_error;
	char fatal[256];
	int empty_wakeups;		/* input ready, no key: see TUI_MAX_EMPTY_WAKEUPS */
};

/* Seconds on the monotonic clock. */
static double tui_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Set the message shown in the narration panel until the next key. */
static void tui_say(struct tui *tui, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void tui_say(struct tui *tui, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(tui->message, sizeof tui->message, fmt, ap);
	va_end(ap);
	tui->message_is_error = error;
}

/* Delete every window. */
static void tui_free_windows(struct tui *tui)
{
	int i;

	for (i = 0; i < LAYOUT_PANEL_COUNT; i++) {
		if (tui->win[i] != NULL)
			delwin(tui->win[i]);
		tui->win[i] = NULL;
	}
	if (tui->whole != NULL)
		delwin(tui->whole);
	if (tui->help_win != NULL)
		delwin(tui->help_win);
	tui->whole = NULL;
	tui->help_win = NULL;
}

/* Lay the screen out again for its size (after a resize, a load, a toggle). */
static void tui_relayout(struct tui *tui)
{
	int i, h, w;

	tui_free_windows(tui);
	layout_compute(&tui->layout, COLS, LINES, trainer_network(tui->trainer)->hidden,
		       tui->inspect);
	werase(stdscr);
	wnoutrefresh(stdscr);
	if (tui->layout.too_small) {
		tui->whole = newwin(LINES, COLS, 0, 0);
		if (tui->whole == NULL)
			snprintf(tui->fatal, sizeof tui->fatal, "cannot create a window");
		return;
	}
	for (i = 0; i < LAYOUT_PANEL_COUNT; i++) {
		const struct layout_rect *r = &tui->layout.rect[i];

		if (!tui->layout.shown[i])
			continue;
		tui->win[i] = newwin(r->h, r->w, r->y, r->x);
		if (tui->win[i] == NULL) {
			snprintf(tui->fatal, sizeof tui->fatal, "cannot create a window");
			return;
		}
	}
	panel_help_size(COLS, LINES, &h, &w);
	tui->help_win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);
}

/* The test accuracy of the current weights, computed again only when they change. */
static int tui_test_correct(struct tui *tui)
{
	long step = trainer_step_count(tui->trainer);

	if (step != tui->test_key_step) {
		tui->test_correct = trainer_test_correct(tui->trainer);
		tui->test_key_step = step;
	}
	return tui->test_correct;
}

/* The training run's part of the scene. */
static void tui_scene_train(const struct tui *tui, struct scene *s)
{
	const struct trainer *t = tui->trainer;

	s->patch = trainer_sample(t);
	s->phase = trainer_phase(t);
	s->pass = s->phase == TRAINER_PHASE_READY ? NULL : trainer_pass(t);
	s->label = trainer_sample_label(t);
	s->sample = trainer_sample_index(t);
	s->samples = trainer_train_set(t)->size;
	if (s->phase == TRAINER_PHASE_UPDATE) {
		s->before = trainer_network_before_update(t);
		s->forward_net = s->before;
	}
}

/* Ask the core what the current weights make of a patch that is not trained on. */
static void tui_scene_local(struct tui *tui, struct scene *s, const struct patch *patch,
			    enum label label)
{
	network_forward(s->net, patch, &tui->local_pass);
	network_loss(&tui->local_pass, label);
	s->patch = patch;
	s->pass = &tui->local_pass;
	s->phase = TRAINER_PHASE_LOSS;
	s->label = label;
}

/* Build the scene the panels draw. */
static void tui_scene(struct tui *tui, struct scene *s)
{
	const struct trainer *t = tui->trainer;
	const struct dataset *test = trainer_test_set(t);

	memset(s, 0, sizeof *s);
	s->trainer = t;
	s->options = tui->options;
	s->mode = tui->mode;
	s->net = trainer_network(t);
	s->forward_net = s->net;
	if (tui->selected >= s->net->hidden)
		tui->selected = s->net->hidden - 1;
	s->selected = tui->selected;
	s->cursor = -1;
	s->running = tui->running;
	s->speed = tui->speed;
	s->diverged = trainer_diverged(t);
	s->test_correct = tui_test_correct(tui);
	s->ascii = tui->ascii;
	s->message = tui->message;
	s->message_is_error = tui->message_is_error;
	switch (tui->mode) {
	case KEYMAP_EDIT:
		tui_scene_local(tui, s, &tui->editor.patch, tui->editor.label);
		s->cursor = tui->editor.cursor;
		s->example = editor_example_title(&tui->editor);
		s->samples = 1;
		break;
	case KEYMAP_TEST:
		tui_scene_local(tui, s, &test->patch[tui->test_index], test->label[tui->test_index]);
		s->sample = tui->test_index;
		s->samples = test->size;
		break;
	default:
		tui_scene_train(tui, s);
		break;
	}
}

/* Draw one frame: every panel, then the help over them, then one doupdate. */
static void tui_draw(struct tui *tui)
{
	struct scene scene;
	int i;

	if (tui->layout.too_small) {
		if (tui->whole != NULL) {
			panel_too_small_draw(tui->whole);
			wnoutrefresh(tui->whole);
		}
		doupdate();
		return;
	}
	tui_scene(tui, &scene);
	for (i = 0; i < TUI_PANELS; i++) {
		WINDOW *win = tui->win[tui_panels[i]->where];

		if (win == NULL)
			continue;
		tui_panels[i]->draw(win, &scene);
		wnoutrefresh(win);
	}
	if (tui->help && tui->help_win != NULL) {
		panel_help_draw(tui->help_win, &scene);
		wnoutrefresh(tui->help_win);
	}
	doupdate();
}

/* Stop running. */
static void tui_pause(struct tui *tui)
{
	tui->running = false;
}

/* Start running from now, up to the end of --epochs if the run is before it. */
static void tui_start_run(struct tui *tui)
{
	long target = tui->options->epochs * (long)trainer_train_set(tui->trainer)->size;

	if (trainer_diverged(tui->trainer)) {
		tui_say(tui, true, "%s", "diverged: step back (b), lower the rate ([) or reset (R) first");
		return;
	}
	tui->running = true;
	tui->credit = 0;
	tui->last_tick = tui_now();
	tui->run_limit = trainer_step_count(tui->trainer) < target ? target : LONG_MAX;
}

/* Train what the speed owes since the last tick. */
static void tui_train_tick(struct tui *tui)
{
	long per_second = controls_speed_steps(tui->speed), steps, left;
	double now = tui_now(), start = now;

	left = tui->run_limit - trainer_step_count(tui->trainer);
	if (per_second == CONTROLS_SPEED_MAX) {
		long chunk = 64;

		while (left > 0 && now - start < TUI_MAX_RUN_MS / 1000.0 &&
		       !trainer_diverged(tui->trainer)) {
			if (chunk > left)
				chunk = left;
			trainer_run(tui->trainer, chunk);
			left -= chunk;
			if (chunk < 1L << 20)
				chunk *= 2;
			now = tui_now();
		}
	} else {
		tui->credit += (now - tui->last_tick) * (double)per_second;
		/* After a stall (a suspended terminal) do not catch up all at once. */
		if (tui->credit > per_second / 2.0 + 1)
			tui->credit = per_second / 2.0 + 1;
		steps = (long)tui->credit;
		tui->credit -= (double)steps;
		if (steps > left)
			steps = left;
		if (steps > 0)
			trainer_run(tui->trainer, steps);
	}
	tui->last_tick = now;
	if (trainer_diverged(tui->trainer)) {
		tui_pause(tui);
		tui_say(tui, true, "%s", "the loss diverged: the run stopped");
	} else if (trainer_step_count(tui->trainer) >= tui->run_limit) {
		char text[64];

		tui_pause(tui);
		snprintf(text, sizeof text, "%ld epochs done (--epochs); r runs on", tui->options->epochs);
		tui_say(tui, false, "%s", text);
	}
}

/* How long the loop may sleep while running: until the next step is due, at most a frame. */
static int tui_run_timeout(const struct tui *tui)
{
	long per_second = controls_speed_steps(tui->speed);
	double wait;

	if (per_second == CONTROLS_SPEED_MAX)
		return TUI_FRAME_MS - TUI_MAX_RUN_MS;
	wait = (1.0 - tui->credit) / (double)per_second * 1000.0;
	if (per_second > 1000 / TUI_FRAME_MS)
		return TUI_FRAME_MS;
	if (wait < 1)
		return 1;
	return (int)wait + 1;
}

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
	snprintf(text, sizeof text, "seed %lu: new data, new weights, step 0",
		 (unsigned long)config.seed);
	tui_say(tui, false, "%s", text);
	return TUI_REDRAW | TUI_RESIZE;
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
	int y, x, pixel;

	if (getmouse(&event) != OK || win == NULL || !wenclose(win, event.y, event.x))
		return 0;
	y = event.y;
	x = event.x;
	if (!wmouse_trafo(win, &y, &x, FALSE))
		return 0;
	pixel = panel_input_hit(win, y, x);
	if (pixel < 0)
		return 0;
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

/* Dispatch one action; return flags for the main loop. */
static int tui_handle(struct tui *tui, enum keymap_action action)
{
	const struct dataset *test = trainer_test_set(tui->trainer);

	switch (action) {
	case ACTION_NONE:
		return 0;
	case ACTION_QUIT:
		return TUI_QUIT;
	case ACTION_HELP:
		tui->help = !tui->help;
		return TUI_REDRAW;
	case ACTION_REDRAW:
		clearok(curscr, TRUE);
		return TUI_REDRAW | TUI_RESIZE;
	case ACTION_INSPECT:
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
	case ACTION_LEAVE:
		tui_set_mode(tui, KEYMAP_TRAIN);
		return TUI_REDRAW;
	case ACTION_TEST_NEXT:
		tui->test_index = (tui->test_index + 1) % test->size;
		return TUI_REDRAW;
	case ACTION_TEST_PREV:
		tui->test_index = (tui->test_index + test->size - 1) % test->size;
		return TUI_REDRAW;
	case ACTION_MOUSE:
		return tui_handle_mouse(tui);
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

/* Read and handle every key waiting; return their flags, and how many in *keys. */
static int tui_read_keys(struct tui *tui, int *keys)
{
	int key, flags = 0;

	*keys = 0;
	while ((key = wgetch(stdscr)) != ERR) {
		(*keys)++;
		if (key == KEY_RESIZE) {
			flags |= TUI_RESIZE | TUI_REDRAW;
			continue;
		}
		tui->message[0] = '\0';
		flags |= TUI_REDRAW;
		if (tui->help) {
			/* Any key closes the help; q still quits. */
			tui->help = false;
			if (keymap_lookup(tui->mode, key) == ACTION_QUIT)
				flags |= TUI_QUIT;
			continue;
		}
		if (tui->layout.too_small) {
			if (keymap_lookup(KEYMAP_TRAIN, key) == ACTION_QUIT)
				flags |= TUI_QUIT;
			continue;
		}
		flags |= tui_handle(tui, keymap_lookup(tui->mode, key));
		if (flags & TUI_QUIT)
			break;
	}
	return flags;
}

/* Wait for input (or the next tick while running) and read it; return the keys' flags. */
static int tui_input(struct tui *tui)
{
	bool ready = term_wait(tui->running ? tui_run_timeout(tui) : -1);
	int flags = 0, keys = 0;

	if (ready || !tui->running)
		flags = tui_read_keys(tui, &keys);
	if (ready && keys == 0)
		tui->empty_wakeups++;
	else
		tui->empty_wakeups = 0;
	return flags;
}

/* The loop: wait, read keys, train if running, draw. Return the exit status. */
static int tui_loop(struct tui *tui)
{
	int flags = TUI_RESIZE | TUI_REDRAW;

	for (;;) {
		if (flags & TUI_RESIZE)
			tui_relayout(tui);
		if (tui->fatal[0] != '\0')
			return 1;
		if (flags & TUI_REDRAW)
			tui_draw(tui);
		flags = 0;
		if (term_signal() != 0)
			return 128 + term_signal();
		if (tui->empty_wakeups > TUI_MAX_EMPTY_WAKEUPS)
			return 128 + SIGHUP;
		flags |= tui_input(tui);
		if (flags & TUI_QUIT)
			return 0;
		if (tui->running) {
			tui_train_tick(tui);
			flags |= TUI_REDRAW;
		}
	}
}

/* Run the visualizer on trainer until the user quits; return the exit status. */
int tui_run(struct trainer *trainer, const struct tui_options *options)
{
	static struct tui tui;	/* large (a pass); one visualizer a process */
	char err[256];
	int status;

	memset(&tui, 0, sizeof tui);
	tui.trainer = trainer;
	tui.options = options;
	tui.ascii = options->ascii;
	tui.speed = controls_speed_default();
	tui.test_key_step = -1;
	if (term_start(err, sizeof err) != 0) {
		/* Like main's refusals of a missing or dumb TERM: a usage problem. */
		fprintf(stderr, "edgeviz: %s\n", err);
		return 2;
	}
	colors_init(options->color);
	status = tui_loop(&tui);
	tui_free_windows(&tui);
	term_stop();
	if (tui.owned != NULL)
		trainer_destroy(tui.owned);
	if (status == 1)
		fprintf(stderr, "edgeviz: %s\n", tui.fatal);
	return status;
}
