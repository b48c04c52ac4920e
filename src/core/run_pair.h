/*
 * Two runs side by side (--compare, the visualizer's C): run A and run B,
 * which is A with a change of its settings ("lr=1.0", "seed=7,hidden=16"),
 * moved together so that both always stand on the same step, phase and
 * sample. A thin layer over two trainers: each move is made on A, then
 * the same on B.
 *
 * What B starts from, when it is made from A as A stands:
 * - a new learning rate alone: B is A as it stands (data, weights, step,
 *   history), with the new rate from this step on; so at step 0 B is the
 *   run that --lr would make. Going back before that step, the rate still
 *   holds from where B stands.
 * - a new gate, seed or size: a run from step 0 on A's data as it is now
 *   (the weights: A's starting ones with the new gate; the new seed's or
 *   size's drawn ones, the seed drawing the sets' sizes first as
 *   --train-data does), at A's learning rate unless lr= is given too,
 *   trained up to A's step and phase.
 */
#ifndef EDGEVIZ_RUN_PAIR_H
#define EDGEVIZ_RUN_PAIR_H

#include <stdbool.h>
#include <stddef.h>

#include "core/run_change.h"
#include "core/trainer.h"

struct run_pair {
	struct trainer *a; /* the caller's */
	struct trainer *b; /* made and freed here; NULL while there is no B */
	struct run_change change;
};

/* No B yet: a is the run on its own. */
void run_pair_init(struct run_pair *pair, struct trainer *a);

/*
 * Make B from A as it stands now with change (see above), replacing any B.
 * Return 0, or -1 with a reason in err (out of memory); the old B is kept.
 */
int run_pair_open(struct run_pair *pair, const struct run_change *change, char *err, size_t err_size);

/* Free B: A goes on alone. */
void run_pair_close(struct run_pair *pair);

bool run_pair_is_open(const struct run_pair *pair);

/* The moves, made on A and then on B (as the trainer functions of the same name). */
void run_pair_step_phase(struct run_pair *pair);
void run_pair_step_sample(struct run_pair *pair);
void run_pair_run(struct run_pair *pair, long steps);
void run_pair_run_epoch(struct run_pair *pair);
int run_pair_step_back(struct run_pair *pair);
int run_pair_phase_back(struct run_pair *pair);
void run_pair_goto_step(struct run_pair *pair, long step);
void run_pair_reset(struct run_pair *pair);

/* True when B stands where A does: the same step, phase and sample (or there is no B). */
bool run_pair_in_step(const struct run_pair *pair);

#endif
