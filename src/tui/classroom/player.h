/*
 * --replay: plays a recording (recording.h) back at the recorded pace, or
 * one event a key (space steps, r plays on). Every input reaches the key
 * handlers through the player: while a recording plays, recorded events go
 * to keys_event as the keyboard's would (and the keyboard steers the
 * replay); once it is over, keys pass straight through.
 */
#ifndef EDGEVIZ_TUI_PLAYER_H
#define EDGEVIZ_TUI_PLAYER_H

#include <stdbool.h>
#include <stddef.h>

#include "core/dataset.h"
#include "tui/classroom/recording.h"
#include "tui/classroom/tour.h"

struct tui;
struct driver;

struct player {
	struct recording rec;	/* the events to play */
	bool playing;		/* events are left to play */
	bool stepping;		/* one event a key, not at the recorded pace */
	size_t next;		/* the next event to play */
	double start;		/* when event time 0 was (monotonic seconds) */
	char tag[64];		/* for the status line: " replay 3/40 playing " */
	struct dataset sets[2]; /* the recording's train-data and test-data, if it names them */
};

/*
 * Load the recording at path (settings it does not give taken from the
 * driver's run) and have the driver run what it recorded: its settings, its
 * weights, its epochs. 0, or -1 with err ("--replay: FILE: line N: ...").
 */
int player_open(struct player *p, const char *path, struct driver *driver, char *err, size_t err_size);

/* The screen the recording started on, where it says so: the tour and its page, the theme. */
void player_screen(const struct player *p, struct tour_state *tour, bool *light);

/* Whether the recording starts in quiz mode, where it says so (else *quiz as it was). */
void player_quiz(const struct player *p, bool *quiz);

/* Start the clock at now (the screen is up). */
void player_begin(struct player *p, double now);

/* Milliseconds until the next event is due; -1 when stepping (wait for a key). */
int player_timeout(const struct player *p, double now);

/* Play the events that are due; return flags for the main loop (enum tui_flags). */
int player_tick(struct tui *tui);

/*
 * With no terminal (a cast): the time of the next event, the recording's
 * own, or, when it gives none at all (every event at 0), one event every
 * pace seconds; then play it. player_play_one returns flags as player_tick.
 */
double player_cast_time(const struct player *p, double pace);
int player_play_one(struct tui *tui);

/* One input from the keyboard (an event of kind RECORDING_KEY); return flags. */
int player_input(struct tui *tui, const struct recording_event *key);

/* Free the recording. */
void player_close(struct player *p);

#endif
