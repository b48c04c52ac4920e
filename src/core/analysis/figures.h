/*
 * The numbers behind the tutorial's figures, for the visualizer to draw
 * live: one weight's loss landscape (Part 5: the current sample's loss as a
 * function of one W1 entry, everything else fixed) and which weight to show
 * by default. The ReLU curve and the loss curve come from network.h
 * (network_activate, network_loss_of_p).
 */
#ifndef EDGEVIZ_FIGURES_H
#define EDGEVIZ_FIGURES_H

#include "core/network.h"

/*
 * The loss of (x, label) with W1 entry `index` (i * hidden + j) set to each
 * of values[0 .. count-1] in turn and every other parameter as in net:
 * into losses[0 .. count-1].
 */
void figures_landscape(const struct network *net, const struct patch *x, enum label label, int index,
		       const double *values, int count, double *losses);

/*
 * The input i (0 .. 24) whose W1 weight into neuron has the largest
 * gradient magnitude in pass (its backward part filled); the first on a tie,
 * 0 when every gradient is 0.
 */
int figures_steepest_input(const struct pass *pass, int hidden, int neuron);

/*
 * The whole pass of (x, label) through net, backward included, without
 * training: the gradients a figure shows before the backward phase.
 */
void figures_gradients(const struct network *net, const struct patch *x, enum label label, struct pass *pass);

#endif
