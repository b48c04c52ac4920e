/*
 * The visualizer's main loop, and the only decisions about when to lay
 * out, redraw and quit: wait for input (or the next tick of a run or a
 * replay), turn each key into an input event, hand it to the player (which
 * plays a recording or passes the key on to the key handlers), train a
 * frame if running, draw. Handlers return flags and this loop acts on them.
 *
 * While paused it blocks in poll() and uses no CPU; while running it wakes
 * at most every DRIVER_FRAME_MS and draws one frame: every panel into its
 * window, wnoutrefresh each, one doupdate.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "tui/classroom/player.h"
#include "tui/classroom/recorder.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/scene.h"
#include "tui/screen/colors.h"
#include "tui/screen/snapshot.h"
#include "tui/screen/term.h"
#include "tui/tui.h"
#include "tui/tui_private.h"
#include "tui/views/learned.h"
#include "tui/views/learning.h"

/* The loop's own: the state, the windows, and a fatal error's words. */
struct loop {
	struct tui tui;
	struct frame frame;
	bool mouse; /* mouse reporting is on (in the patch editor) */
	char fatal[256];
	const struct tui_cast *cast; /* --cast's hooks, or NULL */
	char marked[64];	     /* the phase marked last, "step 12 forward" */
};

/* The views open that take room of their own: m, n, and the split screen of run B. */
static int loop_views_mask(const struct tui *tui)
{
	return learned_views_mask(tui) | (run_pair_is_open(&tui->driver.pair) ? LAYOUT_VIEW_COMPARE : 0);
}

/* Lay the screen out again; false on a fatal error. */
static bool loop_layout(struct loop *l)
{
	struct tui *tui = &l->tui;

	return frame_layout(&l->frame, &tui->view.layout, trainer_network(tui->driver.trainer)->hidden,
			    learning_views_inspect(tui), tui->view.zoom, loop_views_mask(tui), l->fatal,
			    sizeof l->fatal) == 0;
}

/* Draw a frame of the scene. */
static void loop_draw(struct loop *l)
{
	struct scene scene;

	if (!l->tui.view.layout.too_small)
		scene_build(&l->tui, &scene);
	frame_draw(&l->frame, &l->tui.view.layout, &scene, l->tui.view.help);
}

/*
 * --cast: mark the phase on screen when it is not the one marked last. The
 * step is the one being made, as the narration counts it: its forward, loss
 * and backward come before its update, which makes it count.
 */
static void loop_mark(struct loop *l)
{
	const struct trainer *t = l->tui.driver.trainer;
	enum trainer_phase phase = trainer_phase(t);
	long step = trainer_step_count(t);
	char label[sizeof l->marked];

	if (l->cast == NULL || l->cast->marker == NULL)
		return;
	if (phase != TRAINER_PHASE_READY && phase != TRAINER_PHASE_UPDATE)
		step++;
	snprintf(label, sizeof label, "step %ld %s", step, trainer_phase_name(phase));
	if (strcmp(label, l->marked) == 0)
		return;
	strcpy(l->marked, label);
	l->cast->marker(l->cast->context, label);
}

/* A key as an input event; a mouse event says which pixel of the patch it clicked. */
static int loop_key(struct loop *l, int key)
{
	struct recording_event e = { .kind = RECORDING_KEY, .key = key, .pixel = -1 };

	if (key == KEY_MOUSE)
		e.pixel = frame_click(&l->frame);
	return player_input(&l->tui, &e);
}

/* Read and hand on every key waiting; return their flags, and how many in *keys. */
static int loop_read_keys(struct loop *l, int *keys)
{
	int key, flags = 0;

	*keys = 0;
	while ((key = wgetch(stdscr)) != ERR) {
		(*keys)++;
		if (key == KEY_RESIZE) {
			flags |= TUI_RESIZE | TUI_REDRAW;
			continue;
		}
		flags |= loop_key(l, key);
		if (flags & TUI_QUIT)
			break;
	}
	return flags;
}

/*
 * Wait for input (or the next tick while running or replaying) and read it;
 * return the keys' flags. Keys are read even when the wait only timed out:
 * a SIGWINCH that came while a frame was drawn leaves its KEY_RESIZE with
 * curses, not on the terminal where poll() would see it. Input said to be
 * ready that gives no key may be the end-of-file of a terminal gone without
 * a hang-up that poll() could see: then the loop must leave (as on SIGHUP),
 * not spin on it.
 */
static int loop_input(struct loop *l)
{
	struct tui *tui = &l->tui;
	int timeout = tui->player.playing   ? player_timeout(&tui->player, driver_now())
		      : tui->driver.running ? driver_run_timeout(&tui->driver)
					    : -1;

	if (term_size_unsettled() && (timeout < 0 || timeout > DRIVER_FRAME_MS))
		timeout = DRIVER_FRAME_MS;

	bool ready = term_wait(timeout);
	int keys = 0;
	int flags = loop_read_keys(l, &keys);

	if (ready && keys == 0)
		term_check_gone();
	return flags;
}

/*
 * After a resize, once the terminal has been quiet for a frame, lay out and
 * repaint the whole screen as Ctrl-L does (see term_size_check): frames
 * drawn in the storm may have landed on a terminal of another size.
 */
static int loop_settle_size(void)
{
	switch (term_size_check()) {
	case TERM_SIZE_CHANGING:
		return TUI_REDRAW;
	case TERM_SIZE_SETTLED:
		return TUI_CLEAR | TUI_RESIZE | TUI_REDRAW;
	case TERM_SIZE_STEADY:
		break;
	}
	return 0;
}

/* Apply the flags that touch the terminal: clear it, mouse reporting for the editor. */
static void loop_terminal(struct loop *l, int flags)
{
	bool mouse = l->tui.view.mode == KEYMAP_EDIT;

	if (flags & TUI_CLEAR)
		clearok(curscr, TRUE);
	if (mouse != l->mouse)
		term_mouse(mouse);
	l->mouse = mouse;
}

/* The loop: lay out, draw, wait, read keys, play or train. Return the exit status. */
static int loop_run(struct loop *l)
{
	struct tui *tui = &l->tui;
	int flags = TUI_RESIZE | TUI_REDRAW;

	for (;;) {
		loop_terminal(l, flags);
		if ((flags & TUI_RESIZE) && !loop_layout(l))
			return 1;
		if (flags & TUI_REDRAW) {
			loop_draw(l);
			loop_mark(l);
		}
		if (term_signal() != 0)
			return 128 + term_signal();
		flags = loop_input(l);
		if (flags & TUI_QUIT)
			return 0;
		flags |= loop_settle_size();
		if (tui->player.playing)
			flags |= player_tick(tui);
		else if (tui->driver.running)
			flags |= keys_ran(tui, driver_train_tick(&tui->driver));
	}
}

/*
 * Open --replay and --record before the screen is touched: a replay starts
 * on its recording's screen (tour, theme: *light, quiz mode), a recording
 * says which screen it starts on. 0, or -1 with err.
 */
static int loop_open_files(struct tui *tui, const struct tui_options *options, bool *light, char *err,
			   size_t err_size)
{
	bool quiz = options->quiz;

	if (options->replay_path != NULL) {
		if (player_open(&tui->player, options->replay_path, &tui->driver, err, err_size) != 0)
			return -1;
		player_screen(&tui->player, &tui->browse.tour, light);
		player_quiz(&tui->player, &quiz);
	}
	if (quiz)
		quiz_mode_enter(&tui->quiz, &tui->driver);
	if (options->record_path != NULL) {
		if (recorder_open(&tui->recorder, options->record_path, tui->driver.trainer,
				  options->load_path, tui->driver.options.epochs, driver_now(), err,
				  err_size) != 0)
			return -1;
		recorder_screen(&tui->recorder, &tui->browse.tour, *light);
		recorder_quiz(&tui->recorder, quiz);
	}
	recorder_data(&tui->recorder, options->train_data_path, options->test_data_path);
	return 0;
}

/* Close what the loop opened. */
static void loop_close(struct loop *l)
{
	frame_free(&l->frame);
	recorder_close(&l->tui.recorder);
	player_close(&l->tui.player);
	quiz_mode_free(&l->tui.quiz);
	driver_close(&l->tui.driver);
}

/*
 * Set the loop up for trainer and options and open the recording files
 * before the screen is touched: a bad recording or a file that cannot be
 * written is said then (1). The theme, a replay's own, in *light. 0, or 1.
 */
static int loop_setup(struct loop *l, struct trainer *trainer, const struct tui_options *options, bool *light)
{
	char err[256];

	memset(l, 0, sizeof *l);
	*light = options->light;
	driver_init(&l->tui.driver, trainer, options);
	l->tui.view.ascii = options->ascii;
	l->tui.browse.tour.open = options->tour;
	views_init(&l->tui.views);
	compare_init(&l->tui.compare);
	l->tui.export_screen = snapshot_write;
	l->cast = options->cast;
	if (loop_open_files(&l->tui, options, light, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: %s\n", err);
		loop_close(l);
		return 1;
	}
	return 0;
}

/* Leave the screen, close what the loop opened, say a fatal error; return status. */
static int loop_finish(struct loop *l, int status)
{
	frame_free(&l->frame);
	term_stop();
	loop_close(l);
	if (status == 1)
		fprintf(stderr, "edgeviz: %s\n", l->fatal);
	return status;
}

/* Run the visualizer on trainer until the user quits; return the exit status. */
int tui_run(struct trainer *trainer, const struct tui_options *options)
{
	static struct loop l; /* large (a pass); one visualizer a process */
	char err[256];
	bool light;

	if (loop_setup(&l, trainer, options, &light) != 0)
		return 1;
	if (term_start(err, sizeof err) != 0) {
		/* Like main's refusals of a missing or dumb TERM: a usage problem. */
		fprintf(stderr, "edgeviz: %s\n", err);
		loop_close(&l);
		return 2;
	}
	colors_init(options->color, light, options->cvd);
	if (options->compare != NULL) /* recorded as the first event */
		compare_open(&l.tui, options->compare);
	player_begin(&l.tui.player, driver_now());
	return loop_finish(&l, loop_run(&l));
}

/* The frame drawn so far is at time: the cast takes what curses wrote. */
static void loop_cast_frame(struct loop *l, double time)
{
	if (l->cast != NULL && l->cast->frame != NULL)
		l->cast->frame(l->cast->context, time);
}

/*
 * The loop with no terminal: draw, then play the next event at its time
 * (player_cast_time), until the recording is over or quits. No key is read,
 * nothing waits, nothing trains but the recorded steps. Return the status.
 */
static int loop_cast_replay(struct loop *l, double *time)
{
	struct player *p = &l->tui.player;
	int flags = TUI_RESIZE | TUI_REDRAW;

	for (;;) {
		loop_terminal(l, flags);
		if ((flags & TUI_RESIZE) && !loop_layout(l))
			return 1;
		loop_draw(l);
		loop_cast_frame(l, *time);
		loop_mark(l);
		if (!p->playing || (flags & TUI_QUIT))
			return 0;
		*time = player_cast_time(p, TUI_CAST_PACE);
		flags = player_play_one(&l->tui);
	}
}

/* A recording played through with no terminal, for a cast; return the exit status. */
int tui_cast_replay(struct trainer *trainer, const struct tui_options *options, FILE *out, int width,
		    int height)
{
	static struct loop l;
	char err[256];
	bool light;
	double time = 0;

	if (loop_setup(&l, trainer, options, &light) != 0)
		return 1;
	if (term_start_headless(out, width, height, TUI_CAST_TERM, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: %s\n", err);
		loop_close(&l);
		return 1;
	}
	colors_init(options->color, light, options->cvd);
	player_begin(&l.tui.player, 0);
	int status = loop_finish(&l, loop_cast_replay(&l, &time));
	loop_cast_frame(&l, time + TUI_CAST_PACE); /* what leaving the screen wrote */
	return status;
}
