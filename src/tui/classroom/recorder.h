/*
 * --record: writes a session as it goes, in the recording format
 * (recording.h): the run's settings first, then every key, every click on
 * the editor's patch and the steps each frame of a run trained, each with
 * its time from the start. Each event is flushed, so a crash keeps what was
 * recorded. The caller gives the times: the recorder reads no clock.
 */
#ifndef EDGEVIZ_TUI_RECORDER_H
#define EDGEVIZ_TUI_RECORDER_H

#include <stddef.h>
#include <stdio.h>

#include "core/trainer.h"
#include "tui/classroom/tour.h"

struct recorder {
	FILE *file;   /* NULL: not recording */
	double start; /* when the session started, in the caller's seconds */
};

/*
 * Start recording to path the run of trainer (started from the weights file
 * load_path unless NULL) up to epochs, at time now. 0, or -1 with err.
 */
int recorder_open(struct recorder *r, const char *path, const struct trainer *trainer, const char *load_path,
		  long epochs, double now, char *err, size_t err_size);

/* Write the screen the session starts on (tour and page, theme), after recorder_open. */
void recorder_screen(struct recorder *r, const struct tour_state *tour, bool light);

/* Record whether the session starts in quiz mode (--quiz), after recorder_open. */
void recorder_quiz(struct recorder *r, bool quiz);

/* Record the data files the run trains and tests on (NULL: the drawn set), before any event. */
void recorder_data(struct recorder *r, const char *train_path, const char *test_path);

/* Record a key (0: one that only cleared the message), a click on pixel, or steps of a run. */
void recorder_key(struct recorder *r, double now, int key);
void recorder_paint(struct recorder *r, double now, int pixel);
void recorder_run(struct recorder *r, double now, long steps);
/* Record run B opened beside A with change. */
void recorder_compare(struct recorder *r, double now, const struct run_change *change);

/* Stop recording. */
void recorder_close(struct recorder *r);

#endif
