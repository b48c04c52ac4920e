/*
 * The network's arithmetic. Two paths share it: the phase-by-phase one
 * (network_forward, network_loss, network_backward, network_update), which
 * keeps every intermediate for display, and network_train_step, which does a
 * whole step at once for speed. They must agree to the last bit, so both are
 * built from the same few kernels below, each evaluating every number with
 * the same operations in the same order; the build forbids fused
 * multiply-adds (-ffp-contract=off) so no compiler can change that.
 *
 * Sums over the 25 inputs run in four interleaved partial sums so that the
 * adds do not wait on each other; numpy's BLAS picks its own order, and the
 * difference stays far below the 1e-9 that edgeviz promises.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/network.h"

/* Vector code for the CPU at hand, chosen when the program starts. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define KERNEL __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef KERNEL
#define KERNEL
#endif

#define PARTIALS 4

void
network_init(struct network *net, int hidden, struct rng *rng)
{
	memset(net, 0, sizeof(*net));
	net->hidden = hidden;
	for (int i = 0; i < NETWORK_INPUTS * hidden; i++)
		net->w1[i] = rng_randn(rng) * NETWORK_INIT_SCALE;
	for (int i = 0; i < hidden * NETWORK_OUTPUTS; i++)
		net->w2[i] = rng_randn(rng) * NETWORK_INIT_SCALE;
}

size_t
network_param_count(int hidden)
{
	return (size_t)(NETWORK_INPUTS * hidden + hidden + hidden * NETWORK_OUTPUTS + NETWORK_OUTPUTS);
}

void
network_pack(const struct network *net, double *params)
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

void
network_unpack(struct network *net, int hidden, const double *params)
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
static bool
all_finite(const double *v, int n)
{
	for (int i = 0; i < n; i++)
		if (!isfinite(v[i]))
			return false;
	return true;
}

bool
network_is_finite(const struct network *net)
{
	int h = net->hidden;

	return all_finite(net->w1, NETWORK_INPUTS * h) && all_finite(net->b1, h) &&
	       all_finite(net->w2, h * NETWORK_OUTPUTS) && all_finite(net->b2, NETWORK_OUTPUTS);
}

enum label
network_argmax(const double p[NETWORK_OUTPUTS])
{
	/* np.argmax returns the first NaN if there is one, else the first maximum. */
	if (isnan(p[0]))
		return LABEL_EDGE;
	if (isnan(p[1]) || p[1] > p[0])
		return LABEL_NO_EDGE;
	return LABEL_EDGE;
}

/* np.maximum(0, z): NaN stays NaN. */
static inline double
relu(double z)
{
	return z > 0.0 ? z : (z != z ? z : 0.0);
}

/* z1 = x . W1 + b1 and h = ReLU(z1), in four partial sums over the inputs. */
static inline void
kernel_hidden(const struct network *net, const double *x, double *z1, double *h)
{
	int n = net->hidden;
	double part[PARTIALS][NETWORK_MAX_HIDDEN];

	for (int p = 0; p < PARTIALS; p++)
		for (int j = 0; j < n; j++)
			part[p][j] = 0.0;
	for (int i = 0; i < NETWORK_INPUTS; i++) {
		const double *row = &net->w1[i * n];
		double *acc = part[i % PARTIALS];
		for (int j = 0; j < n; j++)
			acc[j] += x[i] * row[j];
	}
	for (int j = 0; j < n; j++) {
		z1[j] = ((part[0][j] + part[1][j]) + (part[2][j] + part[3][j])) + net->b1[j];
		h[j] = relu(z1[j]);
	}
}

/* z2 = h . W2 + b2, in four partial sums over the hidden neurons. */
static inline void
kernel_logits(const struct network *net, const double *h, double *z2)
{
	for (int k = 0; k < NETWORK_OUTPUTS; k++) {
		double part[PARTIALS] = { 0.0, 0.0, 0.0, 0.0 };
		for (int j = 0; j < net->hidden; j++)
			part[j % PARTIALS] += h[j] * net->w2[j * NETWORK_OUTPUTS + k];
		z2[k] = ((part[0] + part[1]) + (part[2] + part[3])) + net->b2[k];
	}
}

/* p = softmax(z2) as exp(z - max z) / sum; max is NaN if any logit is. */
static inline void
kernel_softmax(const double *z2, double *exp_z2, double *p)
{
	double top = z2[0] >= z2[1] ? z2[0] : z2[1];

	if (isnan(z2[0]) || isnan(z2[1]))
		top = NAN;
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		exp_z2[k] = exp(z2[k] - top);
	double sum = exp_z2[0] + exp_z2[1];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		p[k] = exp_z2[k] / sum;
}

/* -sum(y * log(p + 1e-8)) for a one-hot y: the other term is 0 or NaN with it. */
static inline double
kernel_loss(const double *p, enum label label)
{
	return -log(p[label] + NETWORK_LOG_EPSILON);
}

/* dz2 = p - y, and dh = dz2 . W2^T. */
static inline void
kernel_output_gradient(const struct network *net, const double *p, enum label label,
		       double *dz2, double *dh)
{
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		dz2[k] = p[k] - (k == (int)label ? 1.0 : 0.0);
	for (int j = 0; j < net->hidden; j++)
		dh[j] = dz2[0] * net->w2[j * NETWORK_OUTPUTS] + dz2[1] * net->w2[j * NETWORK_OUTPUTS + 1];
}

/* dz1 = dh * (z1 > 0): a product, as numpy's, so inf * 0 is NaN there too. */
static inline void
kernel_relu_gradient(int n, const double *dh, const double *z1, double *dz1)
{
	for (int j = 0; j < n; j++)
		dz1[j] = dh[j] * (z1[j] > 0.0 ? 1.0 : 0.0);
}

KERNEL void
network_forward(const struct network *net, const struct patch *x, struct pass *pass)
{
	kernel_hidden(net, x->pixel, pass->z1, pass->h);
	kernel_logits(net, pass->h, pass->z2);
	kernel_softmax(pass->z2, pass->exp_z2, pass->p);
	pass->prediction = network_argmax(pass->p);
}

void
network_loss(struct pass *pass, enum label label)
{
	pass->label = label;
	pass->loss = kernel_loss(pass->p, label);
}

KERNEL void
network_backward(const struct network *net, const struct patch *x, struct pass *pass)
{
	int n = net->hidden;

	kernel_output_gradient(net, pass->p, pass->label, pass->dz2, pass->dh);
	for (int j = 0; j < n; j++)
		for (int k = 0; k < NETWORK_OUTPUTS; k++)
			pass->dw2[j * NETWORK_OUTPUTS + k] = pass->h[j] * pass->dz2[k];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		pass->db2[k] = pass->dz2[k];
	kernel_relu_gradient(n, pass->dh, pass->z1, pass->dz1);
	for (int i = 0; i < NETWORK_INPUTS; i++)
		for (int j = 0; j < n; j++)
			pass->dw1[i * n + j] = x->pixel[i] * pass->dz1[j];
	for (int j = 0; j < n; j++)
		pass->db1[j] = pass->dz1[j];
}

KERNEL void
network_update(struct network *net, const struct pass *pass, double lr)
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

KERNEL double
network_train_step(struct network *net, const struct patch *x, enum label label, double lr,
		   bool *correct)
{
	int n = net->hidden;
	double z1[NETWORK_MAX_HIDDEN], h[NETWORK_MAX_HIDDEN], z2[NETWORK_OUTPUTS];
	double exp_z2[NETWORK_OUTPUTS], p[NETWORK_OUTPUTS];
	double dz2[NETWORK_OUTPUTS], dh[NETWORK_MAX_HIDDEN], dz1[NETWORK_MAX_HIDDEN];

	kernel_hidden(net, x->pixel, z1, h);
	kernel_logits(net, h, z2);
	kernel_softmax(z2, exp_z2, p);
	*correct = network_argmax(p) == label;
	double loss = kernel_loss(p, label);

	kernel_output_gradient(net, p, label, dz2, dh);
	kernel_relu_gradient(n, dh, z1, dz1);

	/* The gradient of each weight is made and applied in one go. */
	for (int i = 0; i < NETWORK_INPUTS; i++) {
		double *row = &net->w1[i * n];
		double xi = x->pixel[i];
		for (int j = 0; j < n; j++)
			row[j] -= lr * (xi * dz1[j]);
	}
	for (int j = 0; j < n; j++)
		net->b1[j] -= lr * dz1[j];
	for (int j = 0; j < n; j++)
		for (int k = 0; k < NETWORK_OUTPUTS; k++)
			net->w2[j * NETWORK_OUTPUTS + k] -= lr * (h[j] * dz2[k]);
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		net->b2[k] -= lr * dz2[k];
	return loss;
}
