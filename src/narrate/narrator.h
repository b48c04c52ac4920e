/*
 * Inside the narrator: its state and the key handler, shared by the loop
 * that reads keys (narrate.c) and the one that reads a recording (replay.c).
 */
#ifndef EDGEVIZ_NARRATE_NARRATOR_H
#define EDGEVIZ_NARRATE_NARRATOR_H

#include <stdbool.h>

#include "core/trainer.h"

/* The narration of one run. */
struct narrator {
	struct trainer *trainer;
	long epochs; /* how far r goes */
	bool tty;    /* keys from a terminal */
	bool eof;    /* standard input is at its end (or not read: a replay) */
};

/* Write text to standard output at once. */
void narrator_say(const char *text);

/* Say every epoch finished since done_before, one line each. */
void narrator_epochs(struct narrator *n, long done_before);

/* Do what key asks and say what happened. Returns false to quit. */
bool narrator_key(struct narrator *n, int key);

#endif
