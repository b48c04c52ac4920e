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
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && defined(__has_attribute) && \
	!defined(EDGEVIZ_NO_CPU_DISPATCH)
#if __has_attribute(target_clones)
#define KERNEL __attribute__((target_clones("avx2", "default")))
#endif
#endif
#ifndef KERNEL
#define KERNEL
#endif

/*
 * The kernels are inlined into each clone, so each gets that clone's vector
 * instructions; their vector arguments never cross a call, so the ABI note
 * GCC gives about them does not apply.
 */
#define INLINE static inline __attribute__((always_inline))
#pragma GCC diagnostic ignored "-Wpsabi"

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

/*
 * Four neighbouring hidden neurons at a time, as one vector: GCC's vector
 * extension, which becomes AVX2 in the avx2 clone and SSE2 pairs otherwise.
 * Every lane does what the scalar code would do for its neuron, operation
 * for operation, so any vector width gives the same bits.
 */
typedef double v4d __attribute__((vector_size(4 * sizeof(double))));
typedef long long v4i __attribute__((vector_size(4 * sizeof(long long))));
#define LANES 4

/* Load lanes values from p (the rest 0). */
INLINE v4d
load_lanes(const double *p, int lanes)
{
	v4d v = { 0.0, 0.0, 0.0, 0.0 };
	memcpy(&v, p, sizeof(double) * (size_t)lanes);
	return v;
}

/* Store the first lanes values of v to p. */
INLINE void
store_lanes(double *p, v4d v, int lanes)
{
	memcpy(p, &v, sizeof(double) * (size_t)lanes);
}

INLINE v4d
splat(double x)
{
	return (v4d){ x, x, x, x };
}

/* np.maximum(0, z) per lane: z where z > 0 or z is NaN, else +0. */
INLINE v4d
relu4(v4d z)
{
	v4i keep = (z > 0.0) | (z != z);
	return (v4d)((v4i)z & keep);
}

/* 1 where z > 0, else 0: ReLU's derivative, as numpy's (z > 0).astype(float). */
INLINE v4d
relu_slope4(v4d z)
{
	return (v4d)((v4i)splat(1.0) & (z > 0.0));
}

/*
 * z1 = x . W1 + b1 and h = ReLU(z1) for neurons j .. j+lanes-1: four
 * partial sums over the inputs (input i goes to sum i % 4), added pairwise.
 */
INLINE void
hidden_block(const struct network *net, const double *x, int j, int lanes, double *z1, double *h)
{
	int n = net->hidden;
	const double *w = &net->w1[j];
	v4d p0 = splat(0.0), p1 = splat(0.0), p2 = splat(0.0), p3 = splat(0.0);
	int i = 0;

	for (; i + PARTIALS <= NETWORK_INPUTS; i += PARTIALS) {
		p0 += splat(x[i]) * load_lanes(&w[i * n], lanes);
		p1 += splat(x[i + 1]) * load_lanes(&w[(i + 1) * n], lanes);
		p2 += splat(x[i + 2]) * load_lanes(&w[(i + 2) * n], lanes);
		p3 += splat(x[i + 3]) * load_lanes(&w[(i + 3) * n], lanes);
	}
	for (; i < NETWORK_INPUTS; i++)	/* 25 = 6 * 4 + 1: the last input goes to p0 */
		p0 += splat(x[i]) * load_lanes(&w[i * n], lanes);
	v4d z = ((p0 + p1) + (p2 + p3)) + load_lanes(&net->b1[j], lanes);
	store_lanes(&z1[j], z, lanes);
	store_lanes(&h[j], relu4(z), lanes);
}

INLINE void
kernel_hidden(const struct network *net, const double *x, double *z1, double *h)
{
	int n = net->hidden;
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		hidden_block(net, x, j, LANES, z1, h);
	if (j < n)
		hidden_block(net, x, j, n - j, z1, h);
}

/* Lanes 0, 2 of a then of b, and lanes 1, 3 of a then of b. */
#if defined(__clang__)
#define EVEN_LANES(a, b) __builtin_shufflevector(a, b, 0, 2, 4, 6)
#define ODD_LANES(a, b) __builtin_shufflevector(a, b, 1, 3, 5, 7)
#else
#define EVEN_LANES(a, b) __builtin_shuffle(a, b, (v4i){ 0, 2, 4, 6 })
#define ODD_LANES(a, b) __builtin_shuffle(a, b, (v4i){ 1, 3, 5, 7 })
#endif

/* W2's two columns for neurons j .. j+lanes-1 (W2 is stored row by row). */
INLINE void
w2_columns(const struct network *net, int j, int lanes, v4d *edge, v4d *no_edge)
{
	const double *rows = &net->w2[j * NETWORK_OUTPUTS];
	v4d a, b;

	if (lanes == LANES) {
		a = load_lanes(rows, LANES);
		b = load_lanes(rows + LANES, LANES);
	} else {
		a = load_lanes(rows, lanes * 2 < LANES ? lanes * 2 : LANES);
		b = lanes * 2 > LANES ? load_lanes(rows + LANES, lanes * 2 - LANES) : splat(0.0);
	}
	*edge = EVEN_LANES(a, b);
	*no_edge = ODD_LANES(a, b);
}

INLINE void
logits_block(const struct network *net, const double *h, int j, int lanes, v4d *sum_edge, v4d *sum_no_edge)
{
	v4d hj = load_lanes(&h[j], lanes);
	v4d edge, no_edge;

	w2_columns(net, j, lanes, &edge, &no_edge);
	*sum_edge += hj * edge;
	*sum_no_edge += hj * no_edge;
}

INLINE void
kernel_logits(const struct network *net, const double *h, double *z2)
{
	int n = net->hidden;
	v4d sum_edge = splat(0.0), sum_no_edge = splat(0.0);
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		logits_block(net, h, j, LANES, &sum_edge, &sum_no_edge);
	if (j < n)
		logits_block(net, h, j, n - j, &sum_edge, &sum_no_edge);
	z2[0] = ((sum_edge[0] + sum_edge[1]) + (sum_edge[2] + sum_edge[3])) + net->b2[0];
	z2[1] = ((sum_no_edge[0] + sum_no_edge[1]) + (sum_no_edge[2] + sum_no_edge[3])) + net->b2[1];
}

/*
 * p = softmax(z2) as exp(z - max z) / sum; the max is NaN if any logit is.
 * e^0 is 1 exactly, so the largest logit needs no call to exp.
 */
INLINE void
kernel_softmax(const double *z2, double *exp_z2, double *p)
{
	double top = z2[0] >= z2[1] ? z2[0] : z2[1];

	if (isnan(z2[0]) || isnan(z2[1]))
		top = NAN;
	for (int k = 0; k < NETWORK_OUTPUTS; k++) {
		double shifted = z2[k] - top;
		exp_z2[k] = shifted == 0.0 ? 1.0 : exp(shifted);
	}
	double sum = exp_z2[0] + exp_z2[1];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		p[k] = exp_z2[k] / sum;
}

/* -sum(y * log(p + 1e-8)) for a one-hot y: the other term is 0 or NaN with it. */
INLINE double
kernel_loss(const double *p, enum label label)
{
	return -log(p[label] + NETWORK_LOG_EPSILON);
}

/* dh = dz2 . W2^T for neurons j .. j+lanes-1. */
INLINE void
hidden_gradient_block(const struct network *net, const double *dz2, int j, int lanes, double *dh)
{
	v4d edge, no_edge;

	w2_columns(net, j, lanes, &edge, &no_edge);
	store_lanes(&dh[j], splat(dz2[0]) * edge + splat(dz2[1]) * no_edge, lanes);
}

/* dz2 = p - y, and dh = dz2 . W2^T. */
INLINE void
kernel_output_gradient(const struct network *net, const double *p, enum label label,
		       double *dz2, double *dh)
{
	int n = net->hidden;
	int j = 0;

	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		dz2[k] = p[k] - (k == (int)label ? 1.0 : 0.0);
	for (; j + LANES <= n; j += LANES)
		hidden_gradient_block(net, dz2, j, LANES, dh);
	if (j < n)
		hidden_gradient_block(net, dz2, j, n - j, dh);
}

/* dz1 = dh * (z1 > 0): a product, as numpy's, so inf * 0 is NaN there too. */
INLINE void
kernel_relu_gradient(int n, const double *dh, const double *z1, double *dz1)
{
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		store_lanes(&dz1[j], load_lanes(&dh[j], LANES) * relu_slope4(load_lanes(&z1[j], LANES)), LANES);
	if (j < n)
		store_lanes(&dz1[j], load_lanes(&dh[j], n - j) * relu_slope4(load_lanes(&z1[j], n - j)), n - j);
}

/* W1 -= lr * (x^T . dz1) for neurons j .. j+lanes-1. */
INLINE void
update_w1_block(struct network *net, const double *x, const double *dz1, double lr, int j, int lanes)
{
	int n = net->hidden;
	v4d rate = splat(lr);
	v4d slope = load_lanes(&dz1[j], lanes);

	for (int i = 0; i < NETWORK_INPUTS; i++) {
		double *w = &net->w1[i * n + j];
		store_lanes(w, load_lanes(w, lanes) - rate * (splat(x[i]) * slope), lanes);
	}
}

/* W1 -= lr * (x^T . dz1): each weight's gradient made and applied at once. */
INLINE void
kernel_update_w1(struct network *net, const double *x, const double *dz1, double lr)
{
	int n = net->hidden;
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		update_w1_block(net, x, dz1, lr, j, LANES);
	if (j < n)
		update_w1_block(net, x, dz1, lr, j, n - j);
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

/*
 * The update of W1 for the sample just trained and the forward pass of the
 * next one, for neurons j .. j+lanes-1, in one pass over W1: each weight is
 * updated, stored, and used at once for the next sample's z1.
 */
INLINE void
update_and_forward_block(struct network *net, const double *x, const double *dz1, double lr,
			 const double *x_next, int j, int lanes, double *z1, double *h)
{
	int n = net->hidden;
	double *w = &net->w1[j];
	v4d rate = splat(lr);
	v4d slope = load_lanes(&dz1[j], lanes);
	v4d p0 = splat(0.0), p1 = splat(0.0), p2 = splat(0.0), p3 = splat(0.0);
	int i = 0;

/* Update row i of the block and add it, weighted by x_next[i], to partial sum p. */
#define UPDATE_AND_ADD(i, p)                                                                \
	do {                                                                                \
		v4d updated = load_lanes(&w[(i) * n], lanes) - rate * (splat(x[i]) * slope); \
		store_lanes(&w[(i) * n], updated, lanes);                                   \
		p += splat(x_next[i]) * updated;                                            \
	} while (0)

	for (; i + PARTIALS <= NETWORK_INPUTS; i += PARTIALS) {
		UPDATE_AND_ADD(i, p0);
		UPDATE_AND_ADD(i + 1, p1);
		UPDATE_AND_ADD(i + 2, p2);
		UPDATE_AND_ADD(i + 3, p3);
	}
	for (; i < NETWORK_INPUTS; i++)
		UPDATE_AND_ADD(i, p0);
#undef UPDATE_AND_ADD
	v4d z = ((p0 + p1) + (p2 + p3)) + load_lanes(&net->b1[j], lanes);
	store_lanes(&z1[j], z, lanes);
	store_lanes(&h[j], relu4(z), lanes);
}

/*
 * The same for neurons j .. j+7, two blocks side by side: their sums do not
 * depend on each other, so the processor can overlap their additions.
 */
INLINE void
update_and_forward_pair(struct network *net, const double *x, const double *dz1, double lr,
			const double *x_next, int j, double *z1, double *h)
{
	int n = net->hidden;
	double *w = &net->w1[j];
	v4d rate = splat(lr);
	v4d slope_a = load_lanes(&dz1[j], LANES), slope_b = load_lanes(&dz1[j + LANES], LANES);
	v4d a0 = splat(0.0), a1 = splat(0.0), a2 = splat(0.0), a3 = splat(0.0);
	v4d b0 = splat(0.0), b1 = splat(0.0), b2 = splat(0.0), b3 = splat(0.0);
	int i = 0;

/* Update row i of both blocks and add it, weighted by x_next[i], to pa and pb. */
#define UPDATE_AND_ADD_PAIR(i, pa, pb)                                                            \
	do {                                                                                      \
		v4d xi = splat(x[i]), next = splat(x_next[i]);                                    \
		v4d ua = load_lanes(&w[(i) * n], LANES) - rate * (xi * slope_a);                  \
		v4d ub = load_lanes(&w[(i) * n + LANES], LANES) - rate * (xi * slope_b);          \
		store_lanes(&w[(i) * n], ua, LANES);                                              \
		store_lanes(&w[(i) * n + LANES], ub, LANES);                                      \
		pa += next * ua;                                                                  \
		pb += next * ub;                                                                  \
	} while (0)

	for (; i + PARTIALS <= NETWORK_INPUTS; i += PARTIALS) {
		UPDATE_AND_ADD_PAIR(i, a0, b0);
		UPDATE_AND_ADD_PAIR(i + 1, a1, b1);
		UPDATE_AND_ADD_PAIR(i + 2, a2, b2);
		UPDATE_AND_ADD_PAIR(i + 3, a3, b3);
	}
	for (; i < NETWORK_INPUTS; i++)
		UPDATE_AND_ADD_PAIR(i, a0, b0);
#undef UPDATE_AND_ADD_PAIR
	v4d za = ((a0 + a1) + (a2 + a3)) + load_lanes(&net->b1[j], LANES);
	v4d zb = ((b0 + b1) + (b2 + b3)) + load_lanes(&net->b1[j + LANES], LANES);
	store_lanes(&z1[j], za, LANES);
	store_lanes(&z1[j + LANES], zb, LANES);
	store_lanes(&h[j], relu4(za), LANES);
	store_lanes(&h[j + LANES], relu4(zb), LANES);
}

/* Update W1 for x and compute z1, h of x_next with the updated weights. */
INLINE void
kernel_update_and_forward(struct network *net, const double *x, const double *dz1, double lr,
			  const double *x_next, double *z1, double *h)
{
	int n = net->hidden;
	int j = 0;

	for (; j + 2 * LANES <= n; j += 2 * LANES)
		update_and_forward_pair(net, x, dz1, lr, x_next, j, z1, h);
	for (; j + LANES <= n; j += LANES)
		update_and_forward_block(net, x, dz1, lr, x_next, j, LANES, z1, h);
	if (j < n)
		update_and_forward_block(net, x, dz1, lr, x_next, j, n - j, z1, h);
}

/* Every update but W1's: b1, W2, b2, from the gradients of one sample. */
INLINE void
kernel_update_rest(struct network *net, const double *h, const double *dz2, const double *dz1, double lr)
{
	int n = net->hidden;

	for (int j = 0; j < n; j++)
		net->b1[j] -= lr * dz1[j];
	for (int j = 0; j < n; j++)
		for (int k = 0; k < NETWORK_OUTPUTS; k++)
			net->w2[j * NETWORK_OUTPUTS + k] -= lr * (h[j] * dz2[k]);
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		net->b2[k] -= lr * dz2[k];
}

KERNEL void
network_train_steps(struct network *net, const struct patch *x, const enum label *label, int count,
		    double lr, double *loss, bool *correct)
{
	int n = net->hidden;
	double z1[NETWORK_MAX_HIDDEN], h[NETWORK_MAX_HIDDEN], z2[NETWORK_OUTPUTS];
	double exp_z2[NETWORK_OUTPUTS], p[NETWORK_OUTPUTS];
	double dz2[NETWORK_OUTPUTS], dh[NETWORK_MAX_HIDDEN], dz1[NETWORK_MAX_HIDDEN];

	if (count <= 0)
		return;
	kernel_hidden(net, x[0].pixel, z1, h);
	for (int s = 0; s < count; s++) {
		kernel_logits(net, h, z2);
		kernel_softmax(z2, exp_z2, p);
		correct[s] = network_argmax(p) == label[s];
		loss[s] = kernel_loss(p, label[s]);
		kernel_output_gradient(net, p, label[s], dz2, dh);
		kernel_relu_gradient(n, dh, z1, dz1);
		/* b1 first: the next sample's z1 adds the updated b1. */
		kernel_update_rest(net, h, dz2, dz1, lr);
		if (s + 1 < count)
			kernel_update_and_forward(net, x[s].pixel, dz1, lr, x[s + 1].pixel, z1, h);
		else
			kernel_update_w1(net, x[s].pixel, dz1, lr);
	}
}

double
network_train_step(struct network *net, const struct patch *x, enum label label, double lr,
		   bool *correct)
{
	double loss;

	network_train_steps(net, x, &label, 1, lr, &loss, correct);
	return loss;
}
