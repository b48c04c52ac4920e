/*
 * The weights file: plain text, versioned, with its dimensions in a header,
 * every number written so that it reads back bit for bit. Saving is atomic;
 * loading checks everything and changes nothing when it fails.
 *
 *	edgeviz-weights 1
 *	inputs 25
 *	hidden 8
 *	outputs 2
 *	[activation leaky|sigmoid|tanh]	(absent: ReLU)
 *	W1 25 8
 *	<25 lines of 8 numbers>
 *	b1 8
 *	<1 line of 8 numbers>
 *	W2 8 2
 *	<8 lines of 2 numbers>
 *	b2 2
 *	<1 line of 2 numbers>
 *	end
 */
#ifndef EDGEVIZ_WEIGHTS_FILE_H
#define EDGEVIZ_WEIGHTS_FILE_H

#include <stddef.h>

#include "network.h"

#define WEIGHTS_FILE_MAGIC "edgeviz-weights"
#define WEIGHTS_FILE_VERSION 1

/*
 * Write net to path atomically (a temporary file beside it, flushed, synced,
 * then renamed over it). Return 0, or -1 with a one-line reason in err; on
 * failure whatever was at path is untouched. Non-finite weights are refused.
 */
int weights_save(const struct network *net, const char *path, char *err, size_t err_size);

/*
 * Read path into *net. Return 0, or -1 with a one-line reason in err naming
 * the line ("FILE:LINE: what is wrong"); on failure *net is unchanged.
 */
int weights_load(struct network *net, const char *path, char *err, size_t err_size);

/* The same parse from a buffer, for tests and fuzzing; name is used in messages. */
int weights_parse(struct network *net, const char *text, size_t length, const char *name, char *err,
		  size_t err_size);

#endif
