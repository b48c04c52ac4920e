/*
 * Where a number comes from: the one-line equation of a value the neuron
 * inspector or the Update panel lists, with the numbers that made it
 * plugged in, e.g.
 *	dL/dW1[12][3] = x[12] * dz1[3] = 0.90 * -0.0876 = -0.07884
 * Pure: the numbers are the core's (the pass, the weights before and after
 * the update); this only writes them. The result is written exactly as the
 * panel's column shows that value, so the two can be compared.
 */
#ifndef EDGEVIZ_TUI_EQUATION_H
#define EDGEVIZ_TUI_EQUATION_H

#include <stddef.h>

#include "core/network.h"

/* The values of a neuron one can select: W1 row i (0 .. 24), b1, W2 to Edge, W2 to No Edge. */
#define EQUATION_B1 PATCH_PIXELS
#define EQUATION_W2_EDGE (PATCH_PIXELS + 1)
#define EQUATION_W2_NO (PATCH_PIXELS + 2)
#define EQUATION_VALUES (PATCH_PIXELS + 3)

/* How the panels print them: the Update panel's columns, the inspector's products. */
#define EQUATION_WIDTH 8
#define EQUATION_GRAD_DECIMALS 5
#define EQUATION_WEIGHT_DECIMALS 4
#define EQUATION_PRODUCT_WIDTH 5
#define EQUATION_PRODUCT_DECIMALS 2

/*
 * The values in the Update panel's order: b1, W2 to Edge, W2 to No Edge,
 * then the W1 rows by the size of their gradient, largest first (ties in
 * input order); without gradients (pass NULL), the W1 rows in input order.
 */
void equation_order(const struct pass *pass, int hidden, int j, int order[EQUATION_VALUES]);

/* The value after (delta 1) or before (-1) value in that order, round it. */
int equation_step(const struct pass *pass, int hidden, int j, int value, int delta);

/* The input whose W1 gradient for neuron j is largest (the first such): the Update panel's first W1 row. */
int equation_default(const struct pass *pass, int hidden, int j);

/*
 * The gradient of value `which` of neuron j, from the pass's backward phase
 * on input x, into line; its result, as the Update panel's gradient column
 * prints it, into result.
 */
void equation_gradient(const struct pass *pass, const struct patch *x, int hidden, int j, int which,
		       char *line, size_t size, char *result, size_t result_size);

/*
 * The update of value `which` of neuron j, old - lr * gradient, e.g.
 * "new W1[1][0] = +0.0520 - 0.1 * -0.05193 = +0.0572", with old from before
 * and new from after; the new value as the panel prints it into result.
 */
void equation_update(const struct network *before, const struct network *after, const struct pass *pass,
		     double lr, int j, int which, char *line, size_t size, char *result, size_t result_size);

/* The inspector's product x[i] * W1[i][j] (from network_neuron_products) into line and result. */
void equation_product(const struct network *net, const struct patch *x, int j, int i, char *line, size_t size,
		      char *result, size_t result_size);

#endif
