/*
 * The visualizer's state, shared by the main loop (tui.c) and the key
 * handlers (tui_keys.c, one function a mode): private to src/tui.
 */
#ifndef EDGEVIZ_TUI_PRIVATE_H
#define EDGEVIZ_TUI_PRIVATE_H

#include <stdbool.h>

#include <stdio.h>

#include <curses.h>

#include "core/dataset.h"
#include "core/trainer.h"
#include "tui/editor.h"
#include "tui/keymap.h"
#include "tui/layout.h"
#include "tui/recording.h"
#include "tui/scene.h"
#include "tui/tui.h"

/* What a key handler asks of the main loop. */
enum tui_flags {
	TUI_HANDLED = 1 << 0,
	TUI_REDRAW = 1 << 1,
	TUI_RESIZE = 1 << 2,
	TUI_QUIT = 1 << 3,
};

struct tui {
	struct trainer *trainer;	/* the run on screen */
	struct trainer *owned;		/* a run made here (new seed), freed on the way out */
	const struct tui_options *options;	/* &opts */
	struct tui_options opts;	/* the options, with a replay's epochs */
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

	FILE *record;			/* --record: the file events go to, or NULL */
	double record_start;		/* when the recorded session started */
	struct recording replay;	/* --replay: the events to play */
	bool replaying;			/* events are left to play */
	bool replay_stepping;		/* one event a key, not at the recorded pace */
	size_t replay_next;		/* the next event to play */
	double replay_start;		/* when event time 0 was (monotonic seconds) */
	char replay_tag[64];		/* for the status line: " replay 3/40 " */

	int help_page;			/* the help's page, from 0 */
	bool zoom;			/* z: larger pictures on a large screen */
	bool wrong_open;		/* the list of wrong samples is shown */
	int wrong_pos;			/* the one browsed, a position in wrong */
	int wrong_count;
	int wrong[DATASET_MAX_SIZE];	/* the samples it gets wrong, as the core says */
	bool tour;			/* the guided tour is open */
	int tour_page;

	char loaded_from[256];		/* the file step 0's weights came from; "": the seed */
	char message[SCENE_MESSAGE_SIZE];
	bool message_is_error;
	char fatal[256];
};

/* Seconds on the monotonic clock. */
double tui_now(void);

/* Set the message shown in the narration panel until the next key. */
void tui_say(struct tui *tui, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Stop running. */
void tui_pause(struct tui *tui);

/* Start running from now, up to the end of --epochs if the run is before it. */
void tui_start_run(struct tui *tui);

/* Dispatch one action; return flags (enum tui_flags) for the main loop. */
int tui_handle(struct tui *tui, enum keymap_action action);

/*
 * Handle one key (not KEY_RESIZE) as the person pressed it, or as a
 * recording replays it (replayed: even on a screen too small to show it);
 * record it if recording. Return flags for the main loop.
 */
int tui_key(struct tui *tui, int key, bool replayed);

/* After a frame of a run (trained or replayed): stop on divergence or at --epochs. */
void tui_run_checks(struct tui *tui);

/* --record: open the file and write the run's settings; 0, or -1 with err. */
int tui_record_open(struct tui *tui, char *err, size_t err_size);

/* Record a key, the steps a frame of a run trained, a click on the patch. */
void tui_record_key(struct tui *tui, int key);
void tui_record_run(struct tui *tui, long steps);
void tui_record_paint(struct tui *tui, int pixel);

/* Close the recording. */
void tui_record_close(struct tui *tui);

/* --replay: load the recording and make its run; 0, or -1 with err ("FILE: line N: ..."). */
int tui_replay_open(struct tui *tui, char *err, size_t err_size);

/* Start the replay's clock (the screen is up). */
void tui_replay_begin(struct tui *tui);

/* Milliseconds until the next event is due; -1 when stepping (wait for a key). */
int tui_replay_timeout(const struct tui *tui);

/* Play the events that are due; return flags for the main loop. */
int tui_replay_tick(struct tui *tui);

/* A key pressed during a replay: step, play on, quit. Return flags. */
int tui_replay_key(struct tui *tui, int key);

/* Free the recording played. */
void tui_replay_close(struct tui *tui);

#endif
