/*
 * What run B changes of run A's settings (--compare, the visualizer's C),
 * read from text such as "lr=1.0" or "seed=7,hidden=16" and written back
 * the same way. Pure: text in, numbers out.
 */
#ifndef EDGEVIZ_RUN_CHANGE_H
#define EDGEVIZ_RUN_CHANGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/network.h"

/* The longest change text read: "lr=...,activation=...,seed=...,hidden=..." with room. */
#define RUN_CHANGE_TEXT_MAX 128

/* What B changes of A's settings. */
struct run_change {
	bool has_lr, has_activation, has_seed, has_hidden;
	double lr;
	enum activation activation;
	uint32_t seed;
	int hidden;
};

/*
 * Read text, comma-separated KEY=VALUE items (keys lr, activation, seed,
 * hidden, each once), into *change. Return 0, or -1 with a one-line reason
 * in err that does not name an option (the caller adds it).
 */
int run_change_parse(const char *text, struct run_change *change, char *err, size_t err_size);

/* The change as it is read back, e.g. "lr=1,seed=7" (numbers in the fewest digits). */
void run_change_format(const struct run_change *change, char *out, size_t out_size);

#endif
