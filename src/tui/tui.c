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
};

/* Lay the screen out again; false on a fatal error. */
static bool loop_layout(struct loop *l)
{
	struct tui *tui = &l->tui;

	return frame_layout(&l->frame, &tui->view.layout, trainer_network(tui->driver.trainer)->hidden,
			    learning_views_inspect(tui), tui->view.zoom, learned_views_mask(tui), l->fatal,
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
		if (flags & TUI_REDRAW)
			loop_draw(l);
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

/* Run the visualizer on trainer until the user quits; return the exit status. */
int tui_run(struct trainer *trainer, const struct tui_options *options)
{
	static struct loop l; /* large (a pass); one visualizer a process */
	char err[256];
	int status;
	bool light = options->light;

	memset(&l, 0, sizeof l);
	driver_init(&l.tui.driver, trainer, options);
	l.tui.view.ascii = options->ascii;
	l.tui.browse.tour.open = options->tour;
	views_init(&l.tui.views);
	l.tui.export_screen = snapshot_write;
	/* A bad recording or a file that cannot be written: said before the screen is touched. */
	if (loop_open_files(&l.tui, options, &light, err, sizeof err) != 0) {
		fprintf(stderr, "edgeviz: %s\n", err);
		loop_close(&l);
		return 1;
	}
	if (term_start(err, sizeof err) != 0) {
		/* Like main's refusals of a missing or dumb TERM: a usage problem. */
		fprintf(stderr, "edgeviz: %s\n", err);
		loop_close(&l);
		return 2;
	}
	colors_init(options->color, light, options->cvd);
	player_begin(&l.tui.player, driver_now());
	status = loop_run(&l);
	frame_free(&l.frame);
	term_stop();
	loop_close(&l);
	if (status == 1)
		fprintf(stderr, "edgeviz: %s\n", l.fatal);
	return status;
}
