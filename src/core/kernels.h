/*
 * The kernels the network's two paths are built from (network.c), inlined
 * into each: forward sums, softmax, loss, gradients and updates, four hidden
 * neurons at a time. Each lane does for its neuron exactly what scalar code
 * would, so the two paths, and the AVX2 and portable builds, agree to the bit.
 * Internal to the core.
 */
#ifndef EDGEVIZ_KERNELS_H
#define EDGEVIZ_KERNELS_H

#include <math.h>
#include <string.h>

#include "core/network.h"

/* Vector code for the CPU at hand, chosen when the program starts. */
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__) && defined(__has_attribute) &&           \
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
 * GCC gives about them does not apply (configure adds -Wno-psabi).
 */
#define INLINE static inline __attribute__((always_inline))

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
INLINE v4d load_lanes(const double *p, int lanes)
{
	v4d v = { 0.0, 0.0, 0.0, 0.0 };
	memcpy(&v, p, sizeof(double) * (size_t)lanes);
	return v;
}

/* Store the first lanes values of v to p. */
INLINE void store_lanes(double *p, v4d v, int lanes)
{
	memcpy(p, &v, sizeof(double) * (size_t)lanes);
}

INLINE v4d splat(double x)
{
	return (v4d){ x, x, x, x };
}

/* np.maximum(0, z) per lane: z where z > 0 or z is NaN, else +0. */
INLINE v4d relu4(v4d z)
{
	v4i keep = (z > 0.0) | (z != z);
	return (v4d)((v4i)z & keep);
}

/* 1 where z > 0, else 0: ReLU's derivative, as numpy's (z > 0).astype(float). */
INLINE v4d relu_slope4(v4d z)
{
	return (v4d)((v4i)splat(1.0) & (z > 0.0));
}

/* f(z) for the gates other than ReLU, one lane at a time. */
INLINE double activate_one(enum activation activation, double z)
{
	switch (activation) {
	case ACTIVATION_LEAKY:
		return z > 0.0 ? z : NETWORK_LEAKY_SLOPE * z;
	case ACTIVATION_SIGMOID:
		return 1.0 / (1.0 + exp(-z));
	case ACTIVATION_TANH:
		return tanh(z);
	case ACTIVATION_RELU:
		break;
	}
	return z > 0.0 ? z : (z != z ? z : 0.0);
}

/* f'(z) from z and h = f(z), one lane at a time. */
INLINE double slope_one(enum activation activation, double z, double h)
{
	switch (activation) {
	case ACTIVATION_LEAKY:
		return z > 0.0 ? 1.0 : NETWORK_LEAKY_SLOPE;
	case ACTIVATION_SIGMOID:
		return h * (1.0 - h);
	case ACTIVATION_TANH:
		return 1.0 - h * h;
	case ACTIVATION_RELU:
		break;
	}
	return z > 0.0 ? 1.0 : 0.0;
}

/* The hidden layer's gate on four lanes: ReLU as vector code, the others lane by lane. */
INLINE v4d activate4(enum activation activation, v4d z)
{
	if (activation == ACTIVATION_RELU)
		return relu4(z);
	v4d h;
	for (int l = 0; l < LANES; l++)
		h[l] = activate_one(activation, z[l]);
	return h;
}

/* The gate's derivative on four lanes. */
INLINE v4d slope4(enum activation activation, v4d z, v4d h)
{
	if (activation == ACTIVATION_RELU)
		return relu_slope4(z);
	v4d s;
	for (int l = 0; l < LANES; l++)
		s[l] = slope_one(activation, z[l], h[l]);
	return s;
}

/*
 * z1 = x . W1 + b1 and h = f(z1) for neurons j .. j+lanes-1.
 */
INLINE void hidden_block(const struct network *net, int n, const double *x, int j, int lanes, double *z1,
			 double *h)
{
	const double *w = &net->w1[j];
	v4d sum = splat(0.0);

	for (int i = 0; i < NETWORK_INPUTS; i++)
		sum += splat(x[i]) * load_lanes(&w[i * n], lanes);
	v4d z = sum + load_lanes(&net->b1[j], lanes);
	store_lanes(&z1[j], z, lanes);
	store_lanes(&h[j], activate4(net->activation, z), lanes);
}

INLINE void kernel_hidden(const struct network *net, int n, const double *x, double *z1, double *h)
{
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		hidden_block(net, n, x, j, LANES, z1, h);
	if (j < n)
		hidden_block(net, n, x, j, n - j, z1, h);
}

/* Lanes 0, 2 of a then of b, and lanes 1, 3 of a then of b. */
#if defined(__clang__)
#define EVEN_LANES(a, b) __builtin_shufflevector(a, b, 0, 2, 4, 6)
#define ODD_LANES(a, b) __builtin_shufflevector(a, b, 1, 3, 5, 7)
#define LOW_PAIRS(a, b) __builtin_shufflevector(a, b, 0, 4, 1, 5)
#define HIGH_PAIRS(a, b) __builtin_shufflevector(a, b, 2, 6, 3, 7)
#else
#define EVEN_LANES(a, b) __builtin_shuffle(a, b, (v4i){ 0, 2, 4, 6 })
#define ODD_LANES(a, b) __builtin_shuffle(a, b, (v4i){ 1, 3, 5, 7 })
#define LOW_PAIRS(a, b) __builtin_shuffle(a, b, (v4i){ 0, 4, 1, 5 })
#define HIGH_PAIRS(a, b) __builtin_shuffle(a, b, (v4i){ 2, 6, 3, 7 })
#endif

/* W2's two columns for neurons j .. j+lanes-1 (W2 is stored row by row). */
INLINE void w2_columns(const struct network *net, int j, int lanes, v4d *edge, v4d *no_edge)
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

/* Store W2's columns for neurons j .. j+lanes-1 back row by row. */
INLINE void w2_store_columns(struct network *net, int j, int lanes, v4d edge, v4d no_edge)
{
	double *rows = &net->w2[j * NETWORK_OUTPUTS];
	v4d a = LOW_PAIRS(edge, no_edge), b = HIGH_PAIRS(edge, no_edge);

	if (lanes == LANES) {
		store_lanes(rows, a, LANES);
		store_lanes(rows + LANES, b, LANES);
	} else {
		store_lanes(rows, a, lanes * 2 < LANES ? lanes * 2 : LANES);
		if (lanes * 2 > LANES)
			store_lanes(rows + LANES, b, lanes * 2 - LANES);
	}
}

/* Add the first lanes products to *sum one by one, in order. */
INLINE void add_in_order(double *sum, v4d products, int lanes)
{
	for (int l = 0; l < lanes; l++)
		*sum += products[l];
}

/*
 * z2 = h . W2 + b2, each sum from 0.0 neuron by neuron in order, as numpy's;
 * the products are made four at a time, then added one by one.
 */
INLINE void kernel_logits(const struct network *net, int n, const double *h, double *z2)
{
	double sum_edge = 0.0, sum_no_edge = 0.0;
	int j = 0;

	for (; j + LANES <= n; j += LANES) {
		v4d hj = load_lanes(&h[j], LANES), edge, no_edge;
		w2_columns(net, j, LANES, &edge, &no_edge);
		add_in_order(&sum_edge, hj * edge, LANES);
		add_in_order(&sum_no_edge, hj * no_edge, LANES);
	}
	if (j < n) {
		v4d hj = load_lanes(&h[j], n - j), edge, no_edge;
		w2_columns(net, j, n - j, &edge, &no_edge);
		add_in_order(&sum_edge, hj * edge, n - j);
		add_in_order(&sum_no_edge, hj * no_edge, n - j);
	}
	z2[0] = sum_edge + net->b2[0];
	z2[1] = sum_no_edge + net->b2[1];
}

/*
 * p = softmax(z2) as exp(z - max z) / sum; the max is NaN if any logit is.
 * With finite logits the largest one's shifted value is 0 and e^0 is 1
 * exactly, so only the other needs exp, and which one that is costs no
 * branch to guess (it changes from sample to sample).
 */
INLINE void kernel_softmax(const double *z2, double *exp_z2, double *p)
{
	if (isfinite(z2[0]) && isfinite(z2[1])) {
		int top = z2[1] > z2[0];
		exp_z2[top] = 1.0;
		exp_z2[1 - top] = exp(z2[1 - top] - z2[top]);
	} else {
		double top = z2[0] >= z2[1] ? z2[0] : z2[1];
		if (isnan(z2[0]) || isnan(z2[1]))
			top = NAN;
		for (int k = 0; k < NETWORK_OUTPUTS; k++)
			exp_z2[k] = exp(z2[k] - top);
	}
	double sum = exp_z2[0] + exp_z2[1];
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		p[k] = exp_z2[k] / sum;
}

/*
 * np.argmax(softmax(z2)), from the logits alone where they decide it; the
 * same answer as kernel_softmax then network_argmax, with no exp. With
 * finite logits the larger one's e^0 is 1 and the other's e^-d is at most
 * 1, so p of the larger is at least p of the other: if z2[1] is not above
 * z2[0], p[1] > p[0] cannot hold and the answer is 0. If z2[1] is above
 * z2[0] by more than 2^-20, e^-d < 1 - 2^-21 (glibc's exp is within an ulp),
 * so p[1] - p[0] > 2^-22, millions of ulps: p[1] > p[0] after rounding, the
 * answer 1. Closer logits, and NaN or infinite ones, need the softmax
 * itself: -1 for those.
 */
INLINE int kernel_decided_prediction(const double *z2)
{
	if (!isfinite(z2[0]) || !isfinite(z2[1]))
		return -1;
	if (!(z2[1] > z2[0]))
		return LABEL_EDGE;
	if (z2[1] - z2[0] > 0x1p-20)
		return LABEL_NO_EDGE;
	return -1;
}

/*
 * -sum(y * log(p + 1e-8)) for a one-hot y: the other term is 0 or NaN with
 * it. In two halves, so that the fused path can take the logs after its
 * steps, off their chain: the argument, then the loss from it.
 */
INLINE double kernel_loss_argument(const double *p, enum label label)
{
	return p[label] + NETWORK_LOG_EPSILON;
}

INLINE double kernel_loss_from(double argument)
{
	return -log(argument);
}

INLINE double kernel_loss(const double *p, enum label label)
{
	return kernel_loss_from(kernel_loss_argument(p, label));
}

/* dh = dz2 . W2^T for neurons j .. j+lanes-1. */
INLINE void hidden_gradient_block(const struct network *net, const double *dz2, int j, int lanes, double *dh)
{
	v4d edge, no_edge;

	w2_columns(net, j, lanes, &edge, &no_edge);
	store_lanes(&dh[j], splat(dz2[0]) * edge + splat(dz2[1]) * no_edge, lanes);
}

/* dz2 = p - y, and dh = dz2 . W2^T. */
INLINE void kernel_output_gradient(const struct network *net, int n, const double *p, enum label label,
				   double *dz2, double *dh)
{
	int j = 0;

	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		dz2[k] = p[k] - (k == (int)label ? 1.0 : 0.0);
	for (; j + LANES <= n; j += LANES)
		hidden_gradient_block(net, dz2, j, LANES, dh);
	if (j < n)
		hidden_gradient_block(net, dz2, j, n - j, dh);
}

/*
 * dz1 = dh * f'(z1). For ReLU that is dh * (z1 > 0), a product as numpy's,
 * so inf * 0 is NaN there too.
 */
INLINE void kernel_activation_gradient(const struct network *net, int n, const double *dh, const double *z1,
				       const double *h, double *dz1)
{
	int j = 0;

	for (; j + LANES <= n; j += LANES) {
		v4d slope = slope4(net->activation, load_lanes(&z1[j], LANES), load_lanes(&h[j], LANES));
		store_lanes(&dz1[j], load_lanes(&dh[j], LANES) * slope, LANES);
	}
	if (j < n) {
		v4d slope = slope4(net->activation, load_lanes(&z1[j], n - j), load_lanes(&h[j], n - j));
		store_lanes(&dz1[j], load_lanes(&dh[j], n - j) * slope, n - j);
	}
}

/* W1 -= lr * (x^T . dz1) for neurons j .. j+lanes-1. */
INLINE void update_w1_block(struct network *net, int n, const double *x, const double *dz1, double lr, int j,
			    int lanes)
{
	v4d rate = splat(lr);
	v4d slope = load_lanes(&dz1[j], lanes);

	for (int i = 0; i < NETWORK_INPUTS; i++) {
		double *w = &net->w1[i * n + j];
		store_lanes(w, load_lanes(w, lanes) - rate * (splat(x[i]) * slope), lanes);
	}
}

/* W1 -= lr * (x^T . dz1): each weight's gradient made and applied at once. */
INLINE void kernel_update_w1(struct network *net, int n, const double *x, const double *dz1, double lr)
{
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		update_w1_block(net, n, x, dz1, lr, j, LANES);
	if (j < n)
		update_w1_block(net, n, x, dz1, lr, j, n - j);
}

/*
 * The update of W1 for the sample just trained and the forward pass of the
 * next one, for neurons j .. j+lanes-1, in one pass over W1: each weight is
 * updated, stored, and used at once for the next sample's z1.
 */
INLINE void update_and_forward_block(struct network *net, int n, const double *x, const double *dz1,
				     double lr, const double *x_next, int j, int lanes, double *z1, double *h)
{
	double *w = &net->w1[j];
	v4d rate = splat(lr);
	v4d slope = load_lanes(&dz1[j], lanes);
	v4d sum = splat(0.0);

	for (int i = 0; i < NETWORK_INPUTS; i++) {
		v4d updated = load_lanes(&w[i * n], lanes) - rate * (splat(x[i]) * slope);
		store_lanes(&w[i * n], updated, lanes);
		sum += splat(x_next[i]) * updated;
	}
	v4d z = sum + load_lanes(&net->b1[j], lanes);
	store_lanes(&z1[j], z, lanes);
	store_lanes(&h[j], activate4(net->activation, z), lanes);
}

/*
 * The same for neurons j .. j+7, two blocks side by side: their sums do not
 * depend on each other, so the processor can overlap their additions.
 */
INLINE void update_and_forward_pair(struct network *net, int n, const double *x, const double *dz1, double lr,
				    const double *x_next, int j, double *z1, double *h)
{
	double *w = &net->w1[j];
	v4d rate = splat(lr);
	v4d slope_a = load_lanes(&dz1[j], LANES), slope_b = load_lanes(&dz1[j + LANES], LANES);
	v4d sum_a = splat(0.0), sum_b = splat(0.0);

	for (int i = 0; i < NETWORK_INPUTS; i++) {
		v4d xi = splat(x[i]), next = splat(x_next[i]);
		v4d ua = load_lanes(&w[i * n], LANES) - rate * (xi * slope_a);
		v4d ub = load_lanes(&w[i * n + LANES], LANES) - rate * (xi * slope_b);
		store_lanes(&w[i * n], ua, LANES);
		store_lanes(&w[i * n + LANES], ub, LANES);
		sum_a += next * ua;
		sum_b += next * ub;
	}
	v4d za = sum_a + load_lanes(&net->b1[j], LANES);
	v4d zb = sum_b + load_lanes(&net->b1[j + LANES], LANES);
	store_lanes(&z1[j], za, LANES);
	store_lanes(&z1[j + LANES], zb, LANES);
	store_lanes(&h[j], activate4(net->activation, za), LANES);
	store_lanes(&h[j + LANES], activate4(net->activation, zb), LANES);
}

/* Update W1 for x and compute z1, h of x_next with the updated weights. */
INLINE void kernel_update_and_forward(struct network *net, int n, const double *x, const double *dz1,
				      double lr, const double *x_next, double *z1, double *h)
{
	int j = 0;

	for (; j + 2 * LANES <= n; j += 2 * LANES)
		update_and_forward_pair(net, n, x, dz1, lr, x_next, j, z1, h);
	for (; j + LANES <= n; j += LANES)
		update_and_forward_block(net, n, x, dz1, lr, x_next, j, LANES, z1, h);
	if (j < n)
		update_and_forward_block(net, n, x, dz1, lr, x_next, j, n - j, z1, h);
}

/* b1 -= lr * dz1 and W2 -= lr * (h^T . dz2) for neurons j .. j+lanes-1. */
INLINE void update_rest_block(struct network *net, const double *h, const double *dz2, const double *dz1,
			      double lr, int j, int lanes)
{
	v4d rate = splat(lr);
	v4d hj = load_lanes(&h[j], lanes);
	v4d edge, no_edge;

	store_lanes(&net->b1[j], load_lanes(&net->b1[j], lanes) - rate * load_lanes(&dz1[j], lanes), lanes);
	w2_columns(net, j, lanes, &edge, &no_edge);
	edge -= rate * (hj * splat(dz2[0]));
	no_edge -= rate * (hj * splat(dz2[1]));
	w2_store_columns(net, j, lanes, edge, no_edge);
}

/* Every update but W1's: b1, W2, b2, from the gradients of one sample. */
INLINE void kernel_update_rest(struct network *net, int n, const double *h, const double *dz2,
			       const double *dz1, double lr)
{
	int j = 0;

	for (; j + LANES <= n; j += LANES)
		update_rest_block(net, h, dz2, dz1, lr, j, LANES);
	if (j < n)
		update_rest_block(net, h, dz2, dz1, lr, j, n - j);
	for (int k = 0; k < NETWORK_OUTPUTS; k++)
		net->b2[k] -= lr * dz2[k];
}

#endif
