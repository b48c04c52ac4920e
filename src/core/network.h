/*
 * The tutorial's network, 25 inputs -> H hidden ReLU neurons -> 2 softmax
 * outputs, trained by cross-entropy and plain SGD, with every intermediate of
 * one sample kept in a struct pass so that a front end can show it. The
 * hidden layer's gate can also be a leaky ReLU, a sigmoid or tanh, to show
 * what ReLU's blocking does by contrast; ReLU is the default and the
 * tutorial's.
 *
 * W1 is stored as numpy holds it, W1[i][j] at w1[i * hidden + j]: the hidden
 * index innermost, so a row of W1 is one input's weights to every neuron and
 * the loops over it vectorise without changing any sum's order.
 */
#ifndef EDGEVIZ_NETWORK_H
#define EDGEVIZ_NETWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "patch.h"
#include "rng.h"

#define NETWORK_INPUTS PATCH_PIXELS
#define NETWORK_OUTPUTS LABEL_COUNT
#define NETWORK_MIN_HIDDEN 1
#define NETWORK_MAX_HIDDEN 64
/* numpy's randn(...) * 0.3 */
#define NETWORK_INIT_SCALE 0.3
/* The tutorial's loss is -log(p + 1e-8): finite even when p is 0. */
#define NETWORK_LOG_EPSILON 1e-8

/* The hidden layer's activation, h = f(z1). */
enum activation {
	ACTIVATION_RELU = 0, /* max(0, z): blocks z <= 0 */
	ACTIVATION_LEAKY,    /* z, or 0.01 z where z <= 0 */
	ACTIVATION_SIGMOID,  /* 1 / (1 + e^-z) */
	ACTIVATION_TANH,     /* tanh z */
};
#define ACTIVATION_COUNT 4
#define NETWORK_LEAKY_SLOPE 0.01

struct network {
	int hidden;
	enum activation activation;
	double w1[NETWORK_INPUTS * NETWORK_MAX_HIDDEN];
	double b1[NETWORK_MAX_HIDDEN];
	double w2[NETWORK_MAX_HIDDEN * NETWORK_OUTPUTS]; /* W2[j][k] at w2[j * 2 + k] */
	double b2[NETWORK_OUTPUTS];
};

/* One sample's trip through the network: filled phase by phase. */
struct pass {
	/* forward */
	double z1[NETWORK_MAX_HIDDEN];	/* x . W1 + b1 */
	double h[NETWORK_MAX_HIDDEN];	/* f(z1): for ReLU 0 where blocked */
	double z2[NETWORK_OUTPUTS];	/* logits, h . W2 + b2 */
	double exp_z2[NETWORK_OUTPUTS]; /* e^(z2 - max z2) */
	double p[NETWORK_OUTPUTS];	/* softmax */
	enum label prediction;		/* argmax p, numpy's tie and NaN rules */
	/* loss */
	enum label label;
	double loss; /* -log(p[label] + 1e-8) */
	/* backward */
	double dz2[NETWORK_OUTPUTS]; /* p - y */
	double dw2[NETWORK_MAX_HIDDEN * NETWORK_OUTPUTS];
	double db2[NETWORK_OUTPUTS];
	double dh[NETWORK_MAX_HIDDEN];	/* dz2 . W2^T */
	double dz1[NETWORK_MAX_HIDDEN]; /* dh * f'(z1): for ReLU dh where z1 > 0, else 0 */
	double dw1[NETWORK_INPUTS * NETWORK_MAX_HIDDEN];
	double db1[NETWORK_MAX_HIDDEN];
};

/* Draw W1 = randn(25, hidden) * 0.3 then W2 = randn(hidden, 2) * 0.3; zero biases; ReLU. */
void network_init(struct network *net, int hidden, struct rng *rng);

/* How many numbers the network holds: 25H + H + 2H + 2. */
size_t network_param_count(int hidden);

/* Copy the parameters to or from a flat array of network_param_count numbers. */
void network_pack(const struct network *net, double *params);
void network_unpack(struct network *net, int hidden, const double *params);

/* True when every weight and bias is a finite number. */
bool network_is_finite(const struct network *net);

/*
 * The largest magnitude among count values stride apart (a row: stride 1;
 * neuron j's column of W1: values w1 + j, stride hidden), the common scale
 * of a heatmap. Values that are not finite are left out; *all_finite, when
 * not NULL, says whether there were none.
 */
double network_largest_magnitude(const double *values, int count, int stride, bool *all_finite);

/* How many of the first hidden neurons of pass have z1 above 0 (those ReLU lets through). */
int network_count_above_zero(const struct pass *pass, int hidden);

/* Fill the forward part of pass for input x. */
void network_forward(const struct network *net, const struct patch *x, struct pass *pass);

/*
 * How many of the samples x[0..count-1] net predicts as label[] says: the
 * predictions of network_forward, without keeping the intermediates, and
 * without the softmax where the logits decide alone.
 */
int network_count_correct(const struct network *net, const struct patch *x, const enum label *label,
			  int count);

/*
 * The same count, and the sum of the samples' losses (each -log(p + 1e-8)
 * for its label, as network_loss takes it) into *loss_sum, added in order
 * from 0.0 as the tutorial's loop adds its losses: the softmax and the log
 * of every sample, which network_count_correct mostly spares.
 */
int network_evaluate(const struct network *net, const struct patch *x, const enum label *label, int count,
		     double *loss_sum);

/* Fill pass->label and pass->loss; the forward part must be filled. */
void network_loss(struct pass *pass, enum label label);

/* Fill the backward part of pass; forward and loss must be filled. */
void network_backward(const struct network *net, const struct patch *x, struct pass *pass);

/* Apply pass's gradients: every parameter p -= lr * dp. */
void network_update(struct network *net, const struct pass *pass, double lr);

/*
 * One whole SGD step on (x, label) without keeping the intermediates, fused
 * for speed. It leaves net bit for bit as forward, loss, backward and update
 * would; returns the sample's loss, and whether the prediction was right in
 * *correct.
 */
double network_train_step(struct network *net, const struct patch *x, enum label label, double lr,
			  bool *correct);

/*
 * count SGD steps in a row on samples x[0..count-1] with labels label[...],
 * fused further: the update of W1 for one sample shares its pass over W1
 * with the next sample's forward pass. Leaves net bit for bit as count calls
 * of network_train_step would; each sample's loss and whether it was
 * predicted right go to loss[s] and correct[s].
 */
void network_train_steps(struct network *net, const struct patch *x, const enum label *label, int count,
			 double lr, double *loss, bool *correct);

/*
 * The 25 products x[i] * W1[i][neuron] whose sum, plus the bias, is the
 * neuron's z1: its template matched against x, pixel by pixel.
 */
void network_neuron_products(const struct network *net, const struct patch *x, int neuron,
			     double products[NETWORK_INPUTS]);

/* The gate's h = f(z) for one z, as the forward pass computes it. */
double network_activate(enum activation activation, double z);

/* The loss of a sample whose true class gets probability p: -log(p + 1e-8). */
double network_loss_of_p(double p);

/* "ReLU", "leaky ReLU", "sigmoid", "tanh". */
const char *activation_name(enum activation activation);

/* The option's word for it: "relu", "leaky", "sigmoid", "tanh". */
const char *activation_keyword(enum activation activation);

/* The activation a keyword names; -1 if none does. */
int activation_parse(const char *keyword);

/* softmax's class for probabilities p, as np.argmax picks it. */
enum label network_argmax(const double p[NETWORK_OUTPUTS]);

#endif
