/*
 * What the network has learned, asked of its weights: its answers over the
 * family of edge patches (a decision map), and each hidden neuron's health
 * (on how many training samples it fires at all).
 *
 * The family: a patch whose columns < k have brightness a and whose columns
 * >= k have brightness b, every row alike, for k in 1 .. 4 and a, b in
 * [0, 1]. The tutorial's edges are (k, 0.1, 0.9), its inverted patch
 * (2, 0.9, 0.1), its uniform grays lie on the diagonal a = b. Every answer
 * comes from network_forward, the arithmetic --trace shows.
 */
#ifndef EDGEVIZ_PROBE_H
#define EDGEVIZ_PROBE_H

#include <stdbool.h>

#include "core/dataset.h"
#include "core/network.h"

#define PROBE_MIN_K 1
#define PROBE_MAX_K 4
/* The map --map writes: a and b in steps of 1/20, 21 values each. */
#define PROBE_CSV_STEPS 20
#define PROBE_CSV_HEADER "k,a,b,p_edge"

/* The family's patch (k, a, b): columns < k at a, columns >= k at b. */
void probe_family_patch(struct patch *patch, int k, double a, double b);

/*
 * Whether patch belongs to family k: every row alike, columns < k all one
 * value (*a), columns >= k all one value (*b). A uniform patch belongs to
 * every k.
 */
bool probe_family_member(const struct patch *patch, int k, double *a, double *b);

/* The grid's value at index i of steps: i / steps, so 0 and 1 exactly at the ends. */
double probe_grid_value(int i, int steps);

/*
 * The network's answer over family k on a rows x cols grid: a =
 * probe_grid_value(r, rows - 1) down, b = probe_grid_value(c, cols - 1)
 * across (a single row or column is at 0). p_edge[r * cols + c] gets
 * p(Edge); h, unless NULL, gets the hidden layer's h at
 * h[(r * cols + c) * net->hidden + j].
 */
void probe_map(const struct network *net, int k, int rows, int cols, double *p_edge, double *h);

/* On how many of set's samples each hidden neuron fires (h > 0) with net's weights. */
void probe_fired(const struct network *net, const struct dataset *set, int fired[NETWORK_MAX_HIDDEN]);

/*
 * Whether a neuron that fired on `fired` samples is dead: under ReLU, one
 * that fires on none gets no gradient from any of them, so its weights can
 * no longer change. The other gates let some gradient through: never dead.
 */
bool probe_dead(const struct network *net, int fired);

#endif
