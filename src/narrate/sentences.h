/*
 * The narrator's sentences: what the trainer just did, as plain lines of
 * text with its numbers, one idea a line, for a screen reader. No terminal
 * I/O: each function writes a string (lines ending in '\n') into buf.
 */
#ifndef EDGEVIZ_NARRATE_SENTENCES_H
#define EDGEVIZ_NARRATE_SENTENCES_H

#include <stddef.h>

#include "core/trainer.h"

/* Where the run stands: the step, the sample and the phase shown. */
void sentences_where(const struct trainer *trainer, char *buf, size_t size);

/* The phase the trainer stands on now, with this sample's numbers. */
void sentences_phase(const struct trainer *trainer, char *buf, size_t size);

/* One line for a whole sample just trained (the update phase reached). */
void sentences_sample(const struct trainer *trainer, char *buf, size_t size);

/* One line for epoch (from 0), if its record is kept; "" otherwise. */
void sentences_epoch(const struct trainer *trainer, long epoch, char *buf, size_t size);

#endif
