/*
 * The decision map and the neurons' health, from the network's own forward
 * pass: no arithmetic of its own, so the map shows what --trace would print
 * for the same patch, bit for bit.
 */
#include "config.h"

#include "core/analysis/probe.h"

void probe_family_patch(struct patch *patch, int k, double a, double b)
{
	for (int r = 0; r < PATCH_SIDE; r++)
		for (int c = 0; c < PATCH_SIDE; c++)
			patch->pixel[r * PATCH_SIDE + c] = c < k ? a : b;
}

bool probe_family_member(const struct patch *patch, int k, double *a, double *b)
{
	double left = patch->pixel[0], right = patch->pixel[k];

	for (int r = 0; r < PATCH_SIDE; r++)
		for (int c = 0; c < PATCH_SIDE; c++)
			if (patch->pixel[r * PATCH_SIDE + c] != (c < k ? left : right))
				return false;
	*a = left;
	*b = right;
	return true;
}

double probe_grid_value(int i, int steps)
{
	/* A division, not i * (1 / steps): 0.05 * 3 is not 3 / 20.0. */
	return steps > 0 ? (double)i / steps : 0.0;
}

void probe_map(const struct network *net, int k, int rows, int cols, double *p_edge, double *h)
{
	struct patch patch;
	struct pass pass;
	int hidden = net->hidden;

	for (int r = 0; r < rows; r++) {
		for (int c = 0; c < cols; c++) {
			int cell = r * cols + c;
			probe_family_patch(&patch, k, probe_grid_value(r, rows - 1),
					   probe_grid_value(c, cols - 1));
			network_forward(net, &patch, &pass);
			p_edge[cell] = pass.p[LABEL_EDGE];
			if (h == NULL)
				continue;
			for (int j = 0; j < hidden; j++)
				h[cell * hidden + j] = pass.h[j];
		}
	}
}

void probe_fired(const struct network *net, const struct dataset *set, int fired[NETWORK_MAX_HIDDEN])
{
	struct pass pass;

	for (int j = 0; j < net->hidden; j++)
		fired[j] = 0;
	for (int i = 0; i < set->size; i++) {
		network_forward(net, &set->patch[i], &pass);
		for (int j = 0; j < net->hidden; j++)
			fired[j] += pass.h[j] > 0.0;
	}
}

bool probe_dead(const struct network *net, int fired)
{
	return net->activation == ACTIVATION_RELU && fired == 0;
}
