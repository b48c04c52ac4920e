/*
 * The run as the visualizer drives it: the trainer on screen (the caller's,
 * or one made here for a new seed or a replay), running or paused, the
 * speed, the steps a run owes, where --epochs stops it, the test accuracy
 * (counted again only when the weights change) and the one-line message the
 * narration panel shows until the next key. With run B open (C,
 * --compare) every step is made on both runs, in lockstep. No curses: the key handlers and
 * the player drive it, the main loop asks it how long it may sleep.
 */
#ifndef EDGEVIZ_TUI_DRIVER_H
#define EDGEVIZ_TUI_DRIVER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/run_pair.h"
#include "core/trainer.h"
#include "tui/scene.h"
#include "tui/tui.h"

/* How often a run draws, and how much of a frame training may take at full speed. */
#define DRIVER_FRAME_MS 33
#define DRIVER_MAX_RUN_MS 25

struct driver {
	struct trainer *trainer;    /* the run on screen */
	struct trainer *owned;	    /* a run made here (new seed, replay), freed by driver_close */
	struct run_pair pair;	    /* the trainer as run A, and run B beside it (C, --compare) */
	struct tui_options options; /* the options, with a replay's epochs */

	bool running;
	int speed;	  /* index into the controls' speeds */
	double credit;	  /* fractions of a step owed to the run */
	double last_tick; /* seconds, monotonic */
	long run_limit;	  /* the step the run stops at (--epochs) */

	long test_step; /* the step test_correct was counted at; -1: stale */
	int test_correct;
	double test_loss; /* and the test set's mean loss then */

	char loaded_from[256]; /* the file step 0's weights came from; "": the seed */
	char message[SCENE_MESSAGE_SIZE];
	bool message_is_error;
};

/* Seconds on the monotonic clock. */
double driver_now(void);

/* Drive trainer (the caller's) with options: paused, at the default speed. */
void driver_init(struct driver *d, struct trainer *trainer, const struct tui_options *options);

/* Free the trainer made here, if any. */
void driver_close(struct driver *d);

/* Drive a new trainer made from config (the old one kept if that fails). 0, or -1 with err. */
int driver_replace(struct driver *d, const struct trainer_config *config, char *err, size_t err_size);

/* The run starts over from weights loaded from path (o): the narration names it. */
void driver_loaded(struct driver *d, const char *path);

/* The weights changed outside a step (load, reset, new gate): count the test set again. */
void driver_weights_changed(struct driver *d);

/* Set the message shown in the narration panel until the next key. */
void driver_say(struct driver *d, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Clear the message (a key was pressed). */
void driver_quiet(struct driver *d);

/* Stop running. */
void driver_pause(struct driver *d);

/* Start running from now, up to the end of --epochs if the run is before it. */
void driver_start_run(struct driver *d);

/* One speed faster (direction +1) or slower (-1), within the controls' speeds. */
void driver_change_speed(struct driver *d, int direction);

/* Train what the speed owes since the last tick; return the steps trained. */
long driver_train_tick(struct driver *d);

/* Train steps at once (a replayed frame of a run). */
void driver_run_steps(struct driver *d, long steps);

/* After a frame of a run (trained or replayed): stop on divergence or at --epochs. */
void driver_run_checks(struct driver *d);

/* How long the loop may sleep while running: until the next step is due, at most a frame. */
int driver_run_timeout(const struct driver *d);

/* The test accuracy of the current weights (and d->test_loss, its mean loss). */
int driver_test_correct(struct driver *d);

#endif
