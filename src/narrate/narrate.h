/*
 * --narrate: the lesson as plain lines of text for a screen reader or a
 * script. No cursor addressing, no colour, not one escape byte: keys come
 * from standard input (a terminal, one key at a time, or a pipe), and each
 * thing that happens is written as sentences with the core's numbers.
 */
#ifndef EDGEVIZ_NARRATE_H
#define EDGEVIZ_NARRATE_H

#include "core/trainer.h"

/* Narrate trainer's run, keys from standard input, until q or its end. Returns the exit status. */
int narrate_run(struct trainer *trainer, long epochs);

/*
 * Narrate the recording at path (its settings make the trainer, as
 * --replay does; config and epochs are the command line's). Returns the exit status.
 */
int narrate_replay(const char *path, const struct trainer_config *config, long epochs);

#endif
