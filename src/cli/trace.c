/*
 * The trace: forward pass, softmax, loss, backward pass and update of one
 * sample, each with its formula, shapes and numbers. The weights come
 * straight from the seed, with no data drawn first, as in the tutorial's
 * Part 1, so `--trace --seed 123` prints that part's figures.
 */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli/common.h"
#include "cli/trace.h"

/* How many weights of W1 the update section shows. */
#define UPDATE_SHOWN 4

/* Print v to `decimals` places, with its sign if `sign`, never as "-0.00". */
static void print_fixed(double v, int decimals, bool sign)
{
	if (fabs(v) < 0.5 * pow(10.0, -decimals))
		v = 0.0;
	printf(sign ? "%+.*f" : "%.*f", decimals, v);
}

/* Print "name = [a, b, ...]". */
static void print_vector(const char *name, const double *v, int n, int decimals, bool sign)
{
	printf("%s = [", name);
	for (int i = 0; i < n; i++) {
		if (i > 0)
			fputs(", ", stdout);
		print_fixed(v[i], decimals, sign);
	}
	puts("]");
}

static void print_input(const struct patch *x, enum label label, const char *spec)
{
	printf("Input patch (5x5), true label %s (%s):\n", label_name(label), spec);
	for (int r = 0; r < PATCH_SIDE; r++) {
		fputs("   ", stdout);
		for (int c = 0; c < PATCH_SIDE; c++)
			printf(" %.2f", x->pixel[r * PATCH_SIDE + c]);
		putchar('\n');
	}
	printf("Flattened row by row to x, shape (1, %d): [%.2f, %.2f, ... %.2f]\n", NETWORK_INPUTS,
	       x->pixel[0], x->pixel[1], x->pixel[NETWORK_INPUTS - 1]);
}

/* What the gate did to each neuron: for ReLU, which it passed (z1 > 0) and which it blocked. */
static void print_gate_verdict(const struct network *net, const struct pass *pass)
{
	int hidden = net->hidden, passed = 0;

	if (net->activation == ACTIVATION_SIGMOID || net->activation == ACTIVATION_TANH) {
		printf("%s squashes every z1 smoothly (%s); it blocks none\n",
		       activation_name(net->activation),
		       net->activation == ACTIVATION_SIGMOID ? "into (0, 1)" : "into (-1, 1)");
		return;
	}
	passed = network_count_above_zero(pass, hidden);
	if (net->activation == ACTIVATION_LEAKY)
		printf("leaky ReLU passed %d of %d neurons; shrank to 0.01 z1 (z1 <= 0):", passed, hidden);
	else
		printf("ReLU passed %d of %d neurons; blocked (z1 <= 0, h = 0):", passed, hidden);
	if (passed == hidden)
		fputs(" none", stdout);
	for (int j = 0; j < hidden; j++)
		if (!(pass->z1[j] > 0.0))
			printf(" %d", j);
	putchar('\n');
}

/* How the gate lets the gradient through on its way back. */
static void print_gate_gradient(const struct network *net)
{
	switch (net->activation) {
	case ACTIVATION_RELU:
		puts("ReLU lets the gradient through where z1 > 0 and blocks it (0) elsewhere.");
		break;
	case ACTIVATION_LEAKY:
		puts("leaky ReLU lets it through where z1 > 0 and passes 1% of it elsewhere.");
		break;
	case ACTIVATION_SIGMOID:
		puts("sigmoid scales it by h (1 - h): at most 0.25, near 0 where the neuron is saturated.");
		break;
	case ACTIVATION_TANH:
		puts("tanh scales it by 1 - h^2: 1 at z1 = 0, near 0 where the neuron is saturated.");
		break;
	}
}

static void print_forward(const struct network *net, const struct pass *pass)
{
	int h = net->hidden;

	printf("\n--- Forward, layer 1: z1 = x . W1 + b1 ---\n");
	printf("W1: shape (%d, %d), drawn as randn * 0.3; b1: shape (1, %d), zeros\n", NETWORK_INPUTS, h, h);
	if (h >= 2)
		printf("    W1[0,0:2] = [%+.2f, %+.2f]    W1[1,0:2] = [%+.2f, %+.2f]\n", net->w1[0],
		       net->w1[1], net->w1[h], net->w1[h + 1]);
	print_vector("z1", pass->z1, h, 2, true);
	char gate[48];
	snprintf(gate, sizeof(gate), "h = %s(z1)", activation_name(net->activation));
	print_vector(gate, pass->h, h, 2,
		     net->activation == ACTIVATION_TANH || net->activation == ACTIVATION_LEAKY);
	print_gate_verdict(net, pass);

	printf("\n--- Forward, layer 2: z2 = h . W2 + b2 ---\n");
	printf("W2: shape (%d, 2); b2: shape (1, 2)\n", h);
	printf("    W2[0] = [%+.2f, %+.2f]", net->w2[0], net->w2[1]);
	if (h >= 2)
		printf("    W2[1] = [%+.2f, %+.2f]", net->w2[2], net->w2[3]);
	putchar('\n');
	printf("z2 = [%+.2f, %+.2f]  (Edge, No Edge)\n", pass->z2[0], pass->z2[1]);

	printf("\n--- Softmax: p = e^z2 / sum(e^z2) ---\n");
	print_vector("e^(z2 - max z2)", pass->exp_z2, NETWORK_OUTPUTS, 4, false);
	printf("p = [%.3f, %.3f]\n", pass->p[0], pass->p[1]);
	printf("-> Prediction: %s (%.1f%% confident)\n", label_name(pass->prediction),
	       100.0 * pass->p[pass->prediction]);
}

static void print_loss(const struct pass *pass)
{
	double p = pass->p[pass->label], loss = pass->loss;

	printf("\n--- Loss: L = -log(p[true class] + 1e-8) ---\n");
	/* A loss too small for 4 decimals keeps its magnitude; a sure answer's is a hair below 0. */
	printf(fabs(loss) >= 0.001 || loss == 0 || !isfinite(loss)
		       ? "p[%s] = %.4f, so L = -log(%.4f + 1e-8) = %.4f (%s)\n"
		       : "p[%s] = %.4f, so L = -log(%.4f + 1e-8) = %.2e (%s)\n",
	       label_name(pass->label), p, p, loss, pass->prediction == pass->label ? "right" : "wrong");
}

static void print_backward(const struct network *net, const struct pass *pass)
{
	int h = net->hidden;

	printf("\n--- Backward: the chain rule, layer by layer ---\n");
	print_vector("dL/dz2 = p - y", pass->dz2, NETWORK_OUTPUTS, 4, true);
	printf("dL/dW2 = h^T . dL/dz2, shape (%d, 2); dL/db2 = dL/dz2\n", h);
	for (int j = 0; j < h && j < 3; j++) {
		char name[32];
		snprintf(name, sizeof(name), "    dL/dW2[%d]", j);
		print_vector(name, &pass->dw2[j * 2], NETWORK_OUTPUTS, 4, true);
	}
	print_vector("dL/dh = dL/dz2 . W2^T", pass->dh, h, 4, true);
	print_vector(net->activation == ACTIVATION_RELU ? "dL/dz1 = dL/dh * (z1 > 0)"
							: "dL/dz1 = dL/dh * f'(z1)",
		     pass->dz1, h, 4, true);
	print_gate_gradient(net);
	printf("dL/dW1 = x^T . dL/dz1, shape (%d, %d); dL/db1 = dL/dz1\n", NETWORK_INPUTS, h);
}

/* The neuron whose update to show: the first with z1 > 0, else 0. */
static int first_passed(const struct pass *pass, int hidden)
{
	for (int j = 0; j < hidden; j++)
		if (pass->z1[j] > 0.0)
			return j;
	return 0;
}

static void print_update(const struct network *before, const struct network *after, const struct pass *pass,
			 double lr)
{
	int h = before->hidden;
	int j = first_passed(pass, h);

	printf("\n--- Update: w <- w - lr * dL/dw, lr = %g ---\n", lr);
	printf("%-10s %12s %12s %12s\n", "weight", "old", "gradient", "new");
	for (int i = 0; i < UPDATE_SHOWN; i++) {
		char name[32];
		int at = i * h + j;
		snprintf(name, sizeof(name), "W1[%d,%d]", i, j);
		printf("%-10s %+12.6f %+12.6f %+12.6f\n", name, before->w1[at], pass->dw1[at], after->w1[at]);
	}
	printf("%-10s %+12.6f %+12.6f %+12.6f\n", "b2[0]", before->b2[0], pass->db2[0], after->b2[0]);
	printf("%-10s %+12.6f %+12.6f %+12.6f\n", "b2[1]", before->b2[1], pass->db2[1], after->b2[1]);
}

/* Test patches that net gets right. */
static int count_right(const struct network *net, const struct dataset *set)
{
	struct pass pass;
	int right = 0;

	for (int i = 0; i < set->size; i++) {
		network_forward(net, &set->patch[i], &pass);
		right += pass.prediction == set->label[i];
	}
	return right;
}

/* With --test-data: what the one step did to the test set's answers. */
static void print_test_set(const struct options *o, const struct dataset *test, const struct network *before,
			   const struct network *after)
{
	if (test->size == 0)
		return;
	printf("\nTest set (%s): %d/%d right before the update, %d/%d after\n",
	       strcmp(o->test_data_path, "-") == 0 ? "standard input" : o->test_data_path,
	       count_right(before, test), test->size, count_right(after, test), test->size);
}

int trace_run(const struct options *o)
{
	struct network net, before;
	struct pass pass;
	struct patch x;
	enum label label;
	char err[256];
	const char *spec = o->patch_spec != NULL ? o->patch_spec : "soft-edge";
	struct cli_data data;
	char shown[128];

	if (patch_parse(spec, &x, &label, err, sizeof(err)) != 0) {
		cli_error("%s", err);
		return 2;
	}
	if (cli_load_data(o, &data) != 0)
		return 1;
	snprintf(shown, sizeof(shown), "%s",
		 spec == o->patch_spec && patch_example_find(spec) == NULL ? "your values" : spec);
	/* Without a --patch of its own, the step is the one a run on the file starts with. */
	if (o->patch_spec == NULL && data.train.size > 0) {
		x = data.train.patch[0];
		label = data.train.label[0];
		snprintf(shown, sizeof(shown), "the first patch of %.100s",
			 strcmp(o->train_data_path, "-") == 0 ? "standard input" : o->train_data_path);
	}
	if (o->load_path != NULL) {
		if (cli_load_network(o, &net) != 0) {
			cli_free_data(&data);
			return 1;
		}
		printf("One training step, weights from %s, lr %g\n\n", o->load_path, o->config.lr);
	} else {
		struct rng rng;
		rng_seed(&rng, o->config.seed);
		network_init(&net, o->config.hidden, &rng);
		net.activation = o->config.activation;
		printf("One training step, weights from seed %u, lr %g\n\n", o->config.seed, o->config.lr);
	}

	print_input(&x, label, shown);
	network_forward(&net, &x, &pass);
	print_forward(&net, &pass);
	network_loss(&pass, label);
	print_loss(&pass);
	network_backward(&net, &x, &pass);
	print_backward(&net, &pass);
	before = net;
	network_update(&net, &pass, o->config.lr);
	print_update(&before, &net, &pass, o->config.lr);
	print_test_set(o, &data.test, &before, &net);
	cli_free_data(&data);

	if (ferror(stdout) | fflush(stdout)) {
		cli_error("write error on standard output");
		return 1;
	}
	return 0;
}
