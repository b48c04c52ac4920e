/*
 * The network's arithmetic. Two paths share it: the phase-by-phase one
 * (network_forward, network_loss, network_backward, network_update), which
 * keeps every intermediate for display, and network_train_step, which does a
 * whole step at once for speed. They must agree to the last bit, so both are
 * built from the same few kernels below, each evaluating every number with
 * the same operations in the same order; the build forbids fused
 * multiply-adds (-ffp-contract=off) so no compiler can change that.
 *
 * Every sum runs from 0.0, input by input in order, each product rounded,
 * and the bias added last: the order in which numpy (with Debian's reference
 * BLAS) adds them, so the run gives numpy's bits, not just its digits
 * (tests/reference/sum_order.py found the order). Vectors go across the
 * hidden neurons, never along a sum, so they do not change it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/kernels.h"
#include "core/network.h"

void network_init(struct network *net, int hidden, struct rng *rng)
{
	memset(net, 0, sizeof(*net));
	net->hidden = hidden;
	for (int i = 0; i < NETWORK_INPUTS * hidden; i++)
		net->w1[i] = rng_randn(rng) * NETWORK_INIT_SCALE;
	for (int i = 0; i < hidden * NETWORK_OUTPUTS; i++)
		net->w2[i] = rng_randn(rng) * NETWORK_INIT_SCALE;
}

size_t network_param_count(int hidden)
{
	return (size_t)(NETWORK_INPUTS * hidden + hidden + hidden * NETWORK_OUTPUTS + NETWORK_OUTPUTS);
}

void network_pack(const struct network *net, double *params)
{
	int h = net->hidden;

	memcpy(params, net->w1, sizeof(double) * (size_t)(NETWORK_INPUTS * h));
	params += NETWORK_INPUTS * h;
	memcpy(params, net->b1, sizeof(double) * (size_t)h);
	params += h;
	memcpy(params, net->w2, sizeof(double) * (size_t)(h * NETWORK_OUTPUTS));
	params += h * NETWORK_OUTPUTS;
	memcpy(params, net->b2, sizeof(double) * NETWORK_OUTPUTS);
}

void network_unpack(struct network *net, int hidden, const double *params)
{
	memset(net, 0, sizeof(*net));
	net->hidden = hidden;
	memcpy(net->w1, params, sizeof(double) * (size_t)(NETWORK_INPUTS * hidden));
	params += NETWORK_INPUTS * hidden;
	memcpy(net->b1, params, sizeof(double) * (size_t)hidden);
	params += hidden;
	memcpy(net->w2, params, sizeof(double) * (size_t)(hidden * NETWORK_OUTPUTS));
	params += hidden * NETWORK_OUTPUTS;
	memcpy(net->b2, params, sizeof(double) * NETWORK_OUTPUTS);
}

/* True when all n values are finite. */
static bool all_finite(const double *v, int n)
{
	for (int i = 0; i < n; i++)
		if (!isfinite(v[i]))
			return false;
	return true;
}

bool network_is_finite(const struct network *net)
{
	int h = net->hidden;

	return all_finite(net->w1, NETWORK_INPUTS * h) && all_finite(net->b1, h) &&
	       all_finite(net->w2, h * NETWORK_OUTPUTS) && all_finite(net->b2, NETWORK_OUTPUTS);
}

double network_largest_magnitude(const double *values, int count, int stride, bool *all_finite)
{
	double largest = 0.0;
	bool finite = true;

	for (int i = 0; i < count; i++) {
		double v = values[i * stride];

		if (!isfinite(v))
			finite = false;
		else if (fabs(v) > largest)
			largest = fabs(v);
	}
	if (all_finite != NULL)
		*all_finite = finite;
	return largest;
}

int network_count_above_zero(const struct pass *pass, int hidden)
{
	int above = 0;

	for (int j = 0; j < hidden; j++)
		above += pass->z1[j] > 0.0;
	return above;
}

void network_neuron_products(const struct network *net, const struct patch *x, int neuron,
			     double products[NETWORK_INPUTS])
{
	for (int i = 0; i < NETWORK_INPUTS; i++)
		products[i] = x->pixel[i] * net->w1[i * net->hidden + neuron];
}

static const struct {
	const char *keyword;
	const char *name;
} ACTIVATIONS[ACTIVATION_COUNT] = {
	[ACTIVATION_RELU] = { "relu", "ReLU" },
	[ACTIVATION_LEAKY] = { "leaky", "leaky ReLU" },
	[ACTIVATION_SIGMOID] = { "sigmoid", "sigmoid" },
	[ACTIVATION_TANH] = { "tanh", "tanh" },
};

const char *activation_name(enum activation activation)
{
	return ACTIVATIONS[activation].name;
}

const char *activation_keyword(enum activation activation)
{
	return ACTIVATIONS[activation].keyword;
}

int activation_parse(const char *keyword)
{
	for (int a = 0; a < ACTIVATION_COUNT; a++)
		if (strcmp(ACTIVATIONS[a].keyword, keyword) == 0)
			return a;
	return -1;
}

enum label network_argmax(const double p[NETWORK_OUTPUTS])
{
	/* np.argmax returns the first NaN if there is one, else the first maximum. */
	if (isnan(p[0]))
		return LABEL_EDGE;
	if (isnan(p[1]) || p[1] > p[0])
		return LABEL_NO_EDGE;
	return LABEL_EDGE;
}

/* The forward pass for n hidden neurons (a constant where inlined for a usual size). */
static inline __attribute__((always_inline)) void forward(const struct network *net, int n,
							  const struct patch *x, struct pass *pass)
{
	kernel_hidden(net, n, x->pixel, pass->z1, pass->h);
	kernel_logits(net, n, pass->h, pass->z2);
	kernel_softmax(pass->z2, pass->exp_z2, pass->p);
	pass->prediction = network_argmax(pass->p);
}

KERNEL void network_forward(const struct network *net, const struct patch *x, struct pass *pass)
{
	if (net->hidden == 8) /* the tutorial's size, evaluated on the test set every epoch */
		forward(net, 8, x, pass);
	else
		forward(net, net->hidden, x, pass);
}

/* Samples of x[0..count-1] that net classifies as label says, for n hidden neurons. */
static inline __attribute__((always_inline)) int count_correct(const struct network *net, int n,
							       const struct patch *x, const enum label *label,
							       int count)
{
	double z1[NETWORK_MAX_HIDDEN], h[NETWORK_MAX_HIDDEN], z2[NETWORK_OUTPUTS];
	double exp_z2[NETWORK_OUTPUTS], p[NETWORK_OUTPUTS];
	int correct = 0;

	for (int s = 0; s < count; s++) {
		kernel_hidden(net, n, x[s].pixel, z1, h);
		kernel_logits(net, n, h, z2);
		int prediction = kernel_decided_prediction(z2);
		if (prediction < 0) {
			kernel_softmax(z2, exp_z2, p);
			prediction = (int)network_argmax(p);
		}
		correct += prediction == (int)label[s];
	}
	return correct;
}

KERNEL int network_count_correct(const struct network *net, const struct patch *x, const enum label *label,
				 int count)
{
	if (net->hidden == 8) /* the tutorial's size: the test set, every epoch */
		return count_correct(net, 8, x, label, count);
	return count_correct(net, net->hidden, x, label, count);
}

KERNEL int network_evaluate(const struct network *net, const struct patch *x, const enum label *label,
			    int count, double *loss_sum)
{
	struct pass pass;
	double sum = 0.0;
	int correct = 0;

	for (int s = 0; s < count; s++) {
		if (net->hidden == 8) /* the tutorial's size, as network_forward */
			forward(net, 8, &x[s], &pass);
		else
			forward(net, net->hidden, &x[s], &pass);
		sum += kernel_loss(pass.p, label[s]);
		correct += pass.prediction == label[s];
	}
	*loss_sum = sum;
	return correct;
}

double network_activate(enum activation activation, double z)
{
	return activate_one(activation, z);
}

double network_loss_of_p(double p)
{
	double two[NETWORK_OUTPUTS] = { p, 1.0 - p };

	return kernel_loss(two, LABEL_EDGE);
}

void network_loss(struct pass *pass, enum label label)
{
	pass->label = label;
	pass->loss = kernel_loss(pass->p, label);
}

KERNEL void network_backward(const struct network *net, const struct patch *x, struct pass *pass)
{
	int n = net->hidden;

	kernel_output_gradient(net, n, pass->p, pass->label, pass->dz2, pass->dh);
	for (int j = 0; j < n; j++)
		for (int k = 0; k < NETWORK_OUTPUTS; k++)
			pass->dw2[j * NETWORK_OUTPUTS + k] = pass->h[j] * pass->dz2[k];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		pass->db2[k] = pass->dz2[k];
	kernel_activation_gradient(net, n, pass->dh, pass->z1, pass->h, pass->dz1);
	for (int i = 0; i < NETWORK_INPUTS; i++)
		for (int j = 0; j < n; j++)
			pass->dw1[i * n + j] = x->pixel[i] * pass->dz1[j];
	for (int j = 0; j < n; j++)
		pass->db1[j] = pass->dz1[j];
}

KERNEL void network_update(struct network *net, const struct pass *pass, double lr)
{
	int n = net->hidden;

	for (int i = 0; i < NETWORK_INPUTS * n; i++)
		net->w1[i] -= lr * pass->dw1[i];
	for (int j = 0; j < n; j++)
		net->b1[j] -= lr * pass->db1[j];
	for (int i = 0; i < n * NETWORK_OUTPUTS; i++)
		net->w2[i] -= lr * pass->dw2[i];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		net->b2[k] -= lr * pass->db2[k];
}

/*
 * count fused steps for a network of n hidden neurons. Inlined with n a
 * constant for the usual sizes, so that the compiler can lay each loop out
 * for that size; the arithmetic is the same whatever n.
 */
static inline __attribute__((always_inline)) void train_steps(struct network *net, int n,
							      const struct patch *x, const enum label *label,
							      int count, double lr, double *loss,
							      bool *correct)
{
	double z1[NETWORK_MAX_HIDDEN], h[NETWORK_MAX_HIDDEN], z2[NETWORK_OUTPUTS];
	double exp_z2[NETWORK_OUTPUTS], p[NETWORK_OUTPUTS];
	double dz2[NETWORK_OUTPUTS], dh[NETWORK_MAX_HIDDEN], dz1[NETWORK_MAX_HIDDEN];

	kernel_hidden(net, n, x[0].pixel, z1, h);
	for (int s = 0; s < count; s++) {
		kernel_logits(net, n, h, z2);
		kernel_softmax(z2, exp_z2, p);
		correct[s] = network_argmax(p) == label[s];
		/* log's argument now, the log after the loop: off the chain of steps. */
		loss[s] = kernel_loss_argument(p, label[s]);
		kernel_output_gradient(net, n, p, label[s], dz2, dh);
		kernel_activation_gradient(net, n, dh, z1, h, dz1);
		/* b1 first: the next sample's z1 adds the updated b1. */
		kernel_update_rest(net, n, h, dz2, dz1, lr);
		if (s + 1 < count)
			kernel_update_and_forward(net, n, x[s].pixel, dz1, lr, x[s + 1].pixel, z1, h);
		else
			kernel_update_w1(net, n, x[s].pixel, dz1, lr);
	}
	for (int s = 0; s < count; s++)
		loss[s] = kernel_loss_from(loss[s]);
}

KERNEL void network_train_steps(struct network *net, const struct patch *x, const enum label *label,
				int count, double lr, double *loss, bool *correct)
{
	if (count <= 0)
		return;
	switch (net->hidden) {
	case 8: /* the tutorial's */
		train_steps(net, 8, x, label, count, lr, loss, correct);
		break;
	case 16:
		train_steps(net, 16, x, label, count, lr, loss, correct);
		break;
	default:
		train_steps(net, net->hidden, x, label, count, lr, loss, correct);
		break;
	}
}

double network_train_step(struct network *net, const struct patch *x, enum label label, double lr,
			  bool *correct)
{
	double loss;

	network_train_steps(net, x, &label, 1, lr, &loss, correct);
	return loss;
}
