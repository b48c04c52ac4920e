/*
 * One weight's loss landscape: forward passes of copies of the network that
 * differ in that one weight. Nothing here trains.
 */
#include "config.h"

#include <math.h>

#include "core/analysis/figures.h"

void figures_landscape(const struct network *net, const struct patch *x, enum label label, int index,
		       const double *values, int count, double *losses)
{
	struct network probe = *net;
	struct pass pass;

	for (int k = 0; k < count; k++) {
		probe.w1[index] = values[k];
		network_forward(&probe, x, &pass);
		network_loss(&pass, label);
		losses[k] = pass.loss;
	}
}

int figures_steepest_input(const struct pass *pass, int hidden, int neuron)
{
	int best = 0;

	for (int i = 1; i < NETWORK_INPUTS; i++)
		if (fabs(pass->dw1[i * hidden + neuron]) > fabs(pass->dw1[best * hidden + neuron]))
			best = i;
	return best;
}

void figures_gradients(const struct network *net, const struct patch *x, enum label label, struct pass *pass)
{
	network_forward(net, x, pass);
	network_loss(pass, label);
	network_backward(net, x, pass);
}
