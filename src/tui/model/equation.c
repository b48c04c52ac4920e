/*
 * The equations of the values the inspector and the Update panel list
 * (see equation.h). Factors are printed as the panels that show them do:
 * x to 2 decimals, dz1 and dz2 to 4 (the hidden layer and output panels), h to 3.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "tui/model/equation.h"
#include "tui/model/format.h"

int equation_default(const struct pass *pass, int hidden, int j)
{
	int best = 0;

	for (int i = 1; i < PATCH_PIXELS; i++)
		if (fabs(pass->dw1[i * hidden + j]) > fabs(pass->dw1[best * hidden + j]))
			best = i;
	return best;
}

void equation_order(const struct pass *pass, int hidden, int j, int order[EQUATION_VALUES])
{
	int *w1 = order + 3;

	order[0] = EQUATION_B1;
	order[1] = EQUATION_W2_EDGE;
	order[2] = EQUATION_W2_NO;
	for (int i = 0; i < PATCH_PIXELS; i++) {
		int k = i;
		/* Insertion: a row moves up past smaller gradients only, so ties keep input order. */
		while (pass != NULL && k > 0 &&
		       fabs(pass->dw1[w1[k - 1] * hidden + j]) < fabs(pass->dw1[i * hidden + j])) {
			w1[k] = w1[k - 1];
			k--;
		}
		w1[k] = i;
	}
}

int equation_step(const struct pass *pass, int hidden, int j, int value, int delta)
{
	int order[EQUATION_VALUES], at = 0;

	equation_order(pass, hidden, j, order);
	while (at < EQUATION_VALUES - 1 && order[at] != value)
		at++;
	return order[(at + delta + EQUATION_VALUES) % EQUATION_VALUES];
}

/* A factor as its panel prints it: decimals places, signed. */
static void factor(char *buf, size_t size, double v, int decimals, bool sign)
{
	format_number(buf, size, v, decimals, 12, sign);
}

void equation_gradient(const struct pass *pass, const struct patch *x, int hidden, int j, int which,
		       char *line, size_t size, char *result, size_t result_size)
{
	char a[24], b[24];

	if (which == EQUATION_B1) {
		format_number(result, result_size, pass->db1[j], EQUATION_GRAD_DECIMALS, EQUATION_WIDTH,
			      true);
		snprintf(line, size, "dL/db1[%d] = dz1[%d] = %s", j, j, result);
	} else if (which == EQUATION_W2_EDGE || which == EQUATION_W2_NO) {
		int k = which == EQUATION_W2_EDGE ? 0 : 1;
		format_number(result, result_size, pass->dw2[j * NETWORK_OUTPUTS + k], EQUATION_GRAD_DECIMALS,
			      EQUATION_WIDTH, true);
		factor(a, sizeof a, pass->h[j], 3, false);
		factor(b, sizeof b, pass->dz2[k], 4, true);
		snprintf(line, size, "dL/dW2[%d,%d] = h[%d] * dz2[%d] = %s * %s = %s", j, k, j, k, a, b,
			 result);
	} else {
		format_number(result, result_size, pass->dw1[which * hidden + j], EQUATION_GRAD_DECIMALS,
			      EQUATION_WIDTH, true);
		factor(a, sizeof a, x->pixel[which], 2, false);
		factor(b, sizeof b, pass->dz1[j], 4, true);
		snprintf(line, size, "dL/dW1[%d,%d] = x[%d] * dz1[%d] = %s * %s = %s", which, j, which, j, a,
			 b, result);
	}
}

/* Value `which` of neuron j in net, and its name. */
static double value_of(const struct network *net, int j, int which, char *name, size_t size)
{
	if (which == EQUATION_B1) {
		snprintf(name, size, "b1[%d]", j);
		return net->b1[j];
	}
	if (which == EQUATION_W2_EDGE || which == EQUATION_W2_NO) {
		int k = which == EQUATION_W2_EDGE ? 0 : 1;
		snprintf(name, size, "W2[%d,%d]", j, k);
		return net->w2[j * NETWORK_OUTPUTS + k];
	}
	snprintf(name, size, "W1[%d,%d]", which, j);
	return net->w1[which * net->hidden + j];
}

/* The gradient of value `which` of neuron j in the pass. */
static double gradient_of(const struct pass *pass, int hidden, int j, int which)
{
	if (which == EQUATION_B1)
		return pass->db1[j];
	if (which == EQUATION_W2_EDGE || which == EQUATION_W2_NO)
		return pass->dw2[j * NETWORK_OUTPUTS + (which == EQUATION_W2_EDGE ? 0 : 1)];
	return pass->dw1[which * hidden + j];
}

void equation_update(const struct network *before, const struct network *after, const struct pass *pass,
		     double lr, int j, int which, char *line, size_t size, char *result, size_t result_size)
{
	char name[32], old[24], grad[24];
	double was = value_of(before, j, which, name, sizeof name);

	format_number(old, sizeof old, was, EQUATION_WEIGHT_DECIMALS, EQUATION_WIDTH, true);
	format_number(grad, sizeof grad, gradient_of(pass, before->hidden, j, which), EQUATION_GRAD_DECIMALS,
		      EQUATION_WIDTH, true);
	format_number(result, result_size, value_of(after, j, which, name, sizeof name),
		      EQUATION_WEIGHT_DECIMALS, EQUATION_WIDTH, true);
	snprintf(line, size, "new %s = %s - %g * %s = %s", name, old, lr, grad, result);
}

void equation_product(const struct network *net, const struct patch *x, int j, int i, char *line, size_t size,
		      char *result, size_t result_size)
{
	double products[NETWORK_INPUTS];
	char a[24], b[24];

	network_neuron_products(net, x, j, products);
	format_number(result, result_size, products[i], EQUATION_PRODUCT_DECIMALS, EQUATION_PRODUCT_WIDTH,
		      true);
	factor(a, sizeof a, x->pixel[i], 2, false);
	factor(b, sizeof b, net->w1[i * net->hidden + j], 4, true);
	snprintf(line, size, "x[%d] * W1[%d,%d] = %s * %s = %s", i, i, j, a, b, result);
}
