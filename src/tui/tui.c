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
#include "tui/tour.h"
#include "tui/tui.h"
#include "tui/tui_private.h"

#define TUI_FRAME_MS 33
#define TUI_MAX_RUN_MS 25

static const struct panel_ops *const tui_panels[] = {
	&panel_status_ops, &panel_input_ops, &panel_hidden_ops, &panel_output_ops,
	&panel_weights_ops, &panel_loss_ops, &panel_neuron_ops, &panel_update_ops,
	&panel_narration_ops, &panel_keys_ops, &panel_tour_ops, &panel_wrong_ops,
};
#define TUI_PANELS ((int)(sizeof tui_panels / sizeof tui_panels[0]))

/* Seconds on the monotonic clock. */
double tui_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Set the message shown in the narration panel until the next key. */
void tui_say(struct tui *tui, bool error, const char *fmt, ...)
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
	layout_compute_zoom(&tui->layout, COLS, LINES, trainer_network(tui->trainer)->hidden,
			    tui->tour ? LAYOUT_INSPECT_TOUR
			    : tui->wrong_open ? LAYOUT_INSPECT_WRONG : tui->inspect, tui->zoom);
	/* The light theme's ground under every window (plain blanks in the dark one). */
	wbkgd(stdscr, colors_background());
	werase(stdscr);
	wnoutrefresh(stdscr);
	if (tui->layout.too_small) {
		tui->whole = newwin(LINES, COLS, 0, 0);
		if (tui->whole == NULL)
			snprintf(tui->fatal, sizeof tui->fatal, "cannot create a window");
		else
			wbkgd(tui->whole, colors_background());
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
		wbkgd(tui->win[i], colors_background());
	}
	panel_help_size(COLS, LINES, &h, &w);
	tui->help_win = newwin(h, w, (LINES - h) / 2, (COLS - w) / 2);
	if (tui->help_win != NULL)
		wbkgd(tui->help_win, colors_background());
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

/* The wrong samples, asked of the core again for each frame while their list is open. */
static void tui_wrong_update(struct tui *tui)
{
	if (!tui->wrong_open)
		return;
	tui->wrong_count = trainer_wrong_samples(tui->trainer, tui->wrong, DATASET_MAX_SIZE);
	if (tui->wrong_count < 0)
		tui->wrong_count = 0;
	if (tui->wrong_pos >= tui->wrong_count)
		tui->wrong_pos = tui->wrong_count > 0 ? tui->wrong_count - 1 : 0;
}

/* Build the scene the panels draw. */
static void tui_scene(struct tui *tui, struct scene *s)
{
	const struct trainer *t = tui->trainer;
	const struct dataset *test = trainer_test_set(t);

	memset(s, 0, sizeof *s);
	tui_wrong_update(tui);
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
	s->keys_mode = tui->replaying ? KEYMAP_REPLAY : tui->mode;
	s->replay = tui->replaying ? tui->replay_tag : NULL;
	s->help_page = tui->help_page;
	s->zoom = tui->layout.zoomed;
	s->wrong_selected = -1;
	if (tui->wrong_open) {
		s->wrong = tui->wrong;
		s->wrong_count = tui->wrong_count;
		s->wrong_selected = tui->mode == KEYMAP_WRONG ? tui->wrong_pos : -1;
	}
	s->tour = tui->tour;
	s->tour_page = tui->tour_page;
	s->highlight = tui->tour ? (int)tour_panel(tui->tour_page, tui->layout.large) : -1;
	s->loaded_from = tui->loaded_from[0] != '\0' ? tui->loaded_from : NULL;
	s->message = tui->message;
	s->message_is_error = tui->message_is_error;
	switch (tui->mode) {
	case KEYMAP_EDIT:
		tui_scene_local(tui, s, &tui->editor.patch, tui->editor.label);
		s->cursor = tui->editor.cursor;
		s->example = editor_example_title(&tui->editor);
		s->samples = 1;
		break;
	case KEYMAP_WRONG:
		if (tui->wrong_count == 0) {
			/* Nothing to browse: the training run's sample. */
			tui_scene_train(tui, s);
			break;
		}
		tui_scene_local(tui, s, &trainer_train_set(t)->patch[tui->wrong[tui->wrong_pos]],
				trainer_train_set(t)->label[tui->wrong[tui->wrong_pos]]);
		s->sample = tui->wrong[tui->wrong_pos];
		s->samples = trainer_train_set(t)->size;
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

/* Mark the panel the tour speaks of: its title row in the highlight role. */
static void tui_highlight(WINDOW *win)
{
	attr_t attr = colors_attr(ROLE_HIGHLIGHT);

	mvwchgat(win, 0, 0, -1, attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
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
		if ((int)tui_panels[i]->where == scene.highlight)
			tui_highlight(win);
		wnoutrefresh(win);
	}
	if (tui->help && tui->help_win != NULL) {
		panel_help_draw(tui->help_win, &scene);
		wnoutrefresh(tui->help_win);
	}
	doupdate();
}

/* Stop running. */
void tui_pause(struct tui *tui)
{
	tui->running = false;
}

/* Start running from now, up to the end of --epochs if the run is before it. */
void tui_start_run(struct tui *tui)
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
	long before = trainer_step_count(tui->trainer);
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
	tui_record_run(tui, trainer_step_count(tui->trainer) - before);
	tui_run_checks(tui);
}

/* After a frame of a run (trained here or replayed): stop on divergence or at --epochs. */
void tui_run_checks(struct tui *tui)
{
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
		/* While a recording plays, keys steer the replay, not the run. */
		flags |= tui->replaying ? tui_replay_key(tui, key) : tui_key(tui, key, false);
		if (flags & TUI_QUIT)
			break;
	}
	return flags;
}

/*
 * Wait for input (or the next tick while running) and read it; return the
 * keys' flags. Input said to be ready that gives no key may be the
 * end-of-file of a terminal gone without a hang-up that poll() could see:
 * then the loop must leave (as on SIGHUP), not spin on it.
 */
static int tui_input(struct tui *tui)
{
	int timeout = tui->replaying ? tui_replay_timeout(tui)
		      : tui->running ? tui_run_timeout(tui) : -1;
	bool ready = term_wait(timeout);
	int flags = 0, keys = 0;

	if (ready || timeout < 0)
		flags = tui_read_keys(tui, &keys);
	if (ready && keys == 0)
		term_check_gone();
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
		flags |= tui_input(tui);
		if (flags & TUI_QUIT)
			return 0;
		if (tui->replaying) {
			flags |= tui_replay_tick(tui);
		} else if (tui->running) {
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
	tui.opts = *options;
	tui.options = &tui.opts;
	tui.ascii = options->ascii;
	tui.speed = controls_speed_default();
	tui.test_key_step = -1;
	tui.tour = options->tour;
	if (options->load_path != NULL)	/* main started the run from them */
		snprintf(tui.loaded_from, sizeof tui.loaded_from, "%s", options->load_path);
	/* A bad recording or a file that cannot be written: said before the screen is touched. */
	if (tui_replay_open(&tui, err, sizeof err) != 0 || tui_record_open(&tui, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: %s\n", err);
		tui_replay_close(&tui);
		return 1;
	}
	if (term_start(err, sizeof err) != 0) {
		/* Like main's refusals of a missing or dumb TERM: a usage problem. */
		fprintf(stderr, "edgeviz: %s\n", err);
		tui_record_close(&tui);
		tui_replay_close(&tui);
		return 2;
	}
	colors_init(options->color, options->light);
	tui_replay_begin(&tui);
	status = tui_loop(&tui);
	tui_free_windows(&tui);
	term_stop();
	tui_record_close(&tui);
	tui_replay_close(&tui);
	if (tui.owned != NULL)
		trainer_destroy(tui.owned);
	if (status == 1)
		fprintf(stderr, "edgeviz: %s\n", tui.fatal);
	return status;
}
