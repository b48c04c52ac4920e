/*
 * Tests of the network's arithmetic: the tutorial's Part 1 figures, softmax
 * and loss at extreme logits, every gradient against a finite difference,
 * and the fused training step against the phase-by-phase one, bit for bit.
 */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "check_core.h"
#include "core/network.h"

/* A network drawn from seed, as the tutorial's Part 1 draws one. */
static void seeded_network(struct network *net, int hidden, uint32_t seed)
{
	struct rng rng;

	rng_seed(&rng, seed);
	network_init(net, hidden, &rng);
}

static void example_patch(struct patch *p, const char *name)
{
	patch_from_example(p, patch_example_find(name));
}

START_TEST(test_part1_forward_pass)
{
	struct network net;
	struct patch x;
	struct pass pass;

	seeded_network(&net, 8, 123);
	example_patch(&x, "soft-edge");
	network_forward(&net, &x, &pass);

	ck_assert_double_eq_tol(net.w1[0], -0.32568918, 5e-9);
	ck_assert_double_eq_tol(net.w1[1], 0.29920363, 5e-9);
	ck_assert_double_eq_tol(pass.z1[0], -0.27, 0.005);
	ck_assert_double_eq_tol(pass.z1[1], -1.06, 0.005);
	ck_assert_double_eq_tol(pass.z1[2], 0.58, 0.005);
	ck_assert_double_eq(pass.h[0], 0.0);
	ck_assert_double_eq(pass.h[1], 0.0);
	ck_assert_double_eq(pass.h[2], pass.z1[2]);
	ck_assert_double_eq_tol(pass.z2[0], -0.07333513, 5e-9);
	ck_assert_double_eq_tol(pass.z2[1], -0.40801517, 5e-9);
	ck_assert_double_eq_tol(pass.p[0], 0.58289766, 5e-9);
	ck_assert_double_eq_tol(pass.p[1], 0.41710234, 5e-9);
	ck_assert_int_eq(pass.prediction, LABEL_EDGE);
}
END_TEST

/* A network whose logits are exactly (a, b): zero weights, biases a and b. */
static void network_with_logits(struct network *net, double a, double b)
{
	memset(net, 0, sizeof(*net));
	net->hidden = 4;
	net->b2[0] = a;
	net->b2[1] = b;
}

START_TEST(test_softmax_at_extreme_logits)
{
	static const double logits[][2] = {
		{ 1000.0, -1000.0 }, { -1000.0, 1000.0 }, { 710.0, 709.5 },
		{ -745.0, -746.0 },  { 1e300, -1e300 },	  { 0.0, 0.0 },
	};
	struct patch x;
	example_patch(&x, "edge");

	for (size_t i = 0; i < sizeof(logits) / sizeof(logits[0]); i++) {
		struct network net;
		struct pass pass;
		network_with_logits(&net, logits[i][0], logits[i][1]);
		network_forward(&net, &x, &pass);
		ck_assert(isfinite(pass.p[0]) && isfinite(pass.p[1]));
		ck_assert_double_eq_tol(pass.p[0] + pass.p[1], 1.0, 1e-15);
		for (int label = 0; label < LABEL_COUNT; label++) {
			network_loss(&pass, (enum label)label);
			ck_assert(isfinite(pass.loss));
			/* -log(1 + 1e-8) is the least it can be: slightly below 0. */
			ck_assert(pass.loss >= -1.0000001e-8);
			/* Never above -log(1e-8): the epsilon keeps a certain mistake finite. */
			ck_assert(pass.loss <= -log(NETWORK_LOG_EPSILON) + 1e-12);
		}
	}

	struct network net;
	struct pass pass;
	network_with_logits(&net, 1000.0, -1000.0);
	network_forward(&net, &x, &pass);
	ck_assert_double_eq(pass.p[0], 1.0);
	ck_assert_double_eq(pass.p[1], 0.0);
	network_loss(&pass, LABEL_NO_EDGE);
	ck_assert_double_eq_tol(pass.loss, 18.420680743952367, 1e-12);
	network_with_logits(&net, 0.0, 0.0);
	network_forward(&net, &x, &pass);
	ck_assert_double_eq(pass.p[0], 0.5);
	ck_assert_int_eq(pass.prediction, LABEL_EDGE); /* a tie goes to the first, as np.argmax */
}
END_TEST

START_TEST(test_argmax_follows_numpy_on_nan)
{
	ck_assert_int_eq(network_argmax((double[]){ NAN, 0.9 }), LABEL_EDGE);
	ck_assert_int_eq(network_argmax((double[]){ 0.1, NAN }), LABEL_NO_EDGE);
	ck_assert_int_eq(network_argmax((double[]){ 0.4, 0.6 }), LABEL_NO_EDGE);
	ck_assert_int_eq(network_argmax((double[]){ 0.6, 0.4 }), LABEL_EDGE);
}
END_TEST

/* The loss of (x, label) under net. */
static double loss_of(const struct network *net, const struct patch *x, enum label label)
{
	struct pass pass;

	network_forward(net, x, &pass);
	network_loss(&pass, label);
	return pass.loss;
}

/* Compare one analytic gradient with a central difference of the loss. */
static void check_gradient(struct network *net, double *param, double analytic, const struct patch *x,
			   enum label label, const char *name, int index)
{
	const double step = 1e-6;
	double saved = *param;

	*param = saved + step;
	double up = loss_of(net, x, label);
	*param = saved - step;
	double down = loss_of(net, x, label);
	*param = saved;
	double numeric = (up - down) / (2 * step);
	double scale = fmax(1e-3, fabs(numeric));
	ck_assert_msg(fabs(numeric - analytic) <= 1e-5 * scale, "%s[%d]: analytic %.10g, numeric %.10g", name,
		      index, analytic, numeric);
}

/* Every z1 at least 1e-3 away from ReLU's kink, where the derivative jumps. */
static bool clear_of_kinks(const struct pass *pass, int hidden)
{
	for (int j = 0; j < hidden; j++)
		if (fabs(pass->z1[j]) < 1e-3)
			return false;
	return true;
}

/* Every gradient, for each hidden-layer gate (the loop's _i). */
START_TEST(test_gradients_match_finite_differences)
{
	static const int hidden_sizes[] = { 1, 3, 8, 13 };
	enum activation activation = (enum activation)_i;
	const char *patches[] = { "edge", "inverted", "soft-edge", "uniform" };
	int checked = 0;

	for (size_t hs = 0; hs < 4; hs++) {
		for (int k = 0; k < 4; k++) {
			struct network net;
			struct patch x;
			struct pass pass;
			int h = hidden_sizes[hs];
			seeded_network(&net, h, (uint32_t)(7 + 31 * hs + k));
			net.activation = activation;
			for (int j = 0; j < h; j++)
				net.b1[j] = 0.05 * (j % 3); /* biases too get a real gradient */
			example_patch(&x, patches[k]);
			enum label label = (enum label)(k % 2);
			network_forward(&net, &x, &pass);
			if (!clear_of_kinks(&pass, h))
				continue;
			network_loss(&pass, label);
			network_backward(&net, &x, &pass);
			for (int i = 0; i < NETWORK_INPUTS * h; i++)
				check_gradient(&net, &net.w1[i], pass.dw1[i], &x, label, "W1", i);
			for (int j = 0; j < h; j++)
				check_gradient(&net, &net.b1[j], pass.db1[j], &x, label, "b1", j);
			for (int i = 0; i < h * NETWORK_OUTPUTS; i++)
				check_gradient(&net, &net.w2[i], pass.dw2[i], &x, label, "W2", i);
			for (int k2 = 0; k2 < NETWORK_OUTPUTS; k2++)
				check_gradient(&net, &net.b2[k2], pass.db2[k2], &x, label, "b2", k2);
			checked++;
		}
	}
	ck_assert_int_ge(checked, 12);
}
END_TEST

START_TEST(test_relu_blocks_the_gradient)
{
	struct network net;
	struct patch x;
	struct pass pass;

	seeded_network(&net, 8, 123);
	example_patch(&x, "soft-edge");
	network_forward(&net, &x, &pass);
	network_loss(&pass, LABEL_EDGE);
	network_backward(&net, &x, &pass);
	int blocked = 0;
	for (int j = 0; j < 8; j++) {
		if (pass.z1[j] > 0.0) {
			ck_assert_double_eq(pass.dz1[j], pass.dh[j]);
		} else {
			ck_assert_double_eq(pass.dz1[j], 0.0);
			for (int i = 0; i < NETWORK_INPUTS; i++)
				ck_assert_double_eq(pass.dw1[i * 8 + j], 0.0);
			blocked++;
		}
	}
	ck_assert_int_eq(blocked, 6); /* Part 1: only neurons 2 and 6 pass */
}
END_TEST

/* Train count samples phase by phase: forward, loss, backward, update. */
static void train_by_phases(struct network *net, const struct patch *x, const enum label *label, int count,
			    double lr, double *loss)
{
	struct pass pass;

	for (int s = 0; s < count; s++) {
		network_forward(net, &x[s], &pass);
		network_loss(&pass, label[s]);
		network_backward(net, &x[s], &pass);
		network_update(net, &pass, lr);
		loss[s] = pass.loss;
	}
}

/* The fused steps and the phases agree to the bit, for each gate (the loop's _i). */
START_TEST(test_fused_steps_equal_phases_bit_for_bit)
{
	static const int hidden_sizes[] = { 1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 31, 64 };
	const char *names[] = { "edge", "uniform", "edge-shifted", "inverted", "soft-edge" };
	struct patch x[40];
	enum label label[40];

	for (int s = 0; s < 40; s++) {
		const struct patch_example *e = patch_example_find(names[s % 5]);
		patch_from_example(&x[s], e);
		label[s] = e->label;
	}
	for (size_t hs = 0; hs < sizeof(hidden_sizes) / sizeof(hidden_sizes[0]); hs++) {
		struct network a, b, c;
		double loss_a[40], loss_b[40];
		bool correct[40];
		seeded_network(&a, hidden_sizes[hs], 42);
		a.activation = (enum activation)_i;
		b = a;
		c = a;
		train_by_phases(&a, x, label, 40, 0.3, loss_a);
		network_train_steps(&b, x, label, 40, 0.3, loss_b, correct);
		for (int s = 0; s < 40; s++) {
			bool right;
			double loss = network_train_step(&c, &x[s], label[s], 0.3, &right);
			ck_assert(memcmp(&loss, &loss_a[s], sizeof(loss)) == 0);
		}
		ck_assert_msg(memcmp(&a, &b, sizeof(a)) == 0, "hidden %d: fused run differs",
			      hidden_sizes[hs]);
		ck_assert_msg(memcmp(&a, &c, sizeof(a)) == 0, "hidden %d: single steps differ",
			      hidden_sizes[hs]);
		ck_assert(memcmp(loss_a, loss_b, sizeof(loss_a)) == 0);
	}
}
END_TEST

/* network_count_correct for one sample: 1 when it predicts label. */
static int counted(const struct network *net, const struct patch *x, enum label label)
{
	return network_count_correct(net, x, &label, 1);
}

/*
 * Counting the right answers skips the softmax where the logits decide:
 * it must agree with network_forward's prediction everywhere, and above all
 * at logits closer than its 2^-20 margin, equal, or not finite.
 */
START_TEST(test_count_correct_equals_forward)
{
	static const double gaps[] = { 0.0,	1e-300,	 0x1p-60, 1e-17, 0x1p-21,
				       0x1p-20, 0x1p-19, 1e-3,	  50.0,	 800.0 };
	static const double bases[] = { 0.0, -3.0, 1e6 };
	static const double odd[][2] = {
		{ NAN, 0.0 },	    { 0.0, NAN },	    { INFINITY, 0.0 },	      { 0.0, INFINITY },
		{ -INFINITY, 0.0 }, { INFINITY, INFINITY }, { -INFINITY, -INFINITY }, { -0.0, 0.0 },
	};
	struct network net;
	struct pass pass;
	struct patch x;

	example_patch(&x, "edge");
	for (size_t b = 0; b < sizeof(bases) / sizeof(bases[0]); b++)
		for (size_t g = 0; g < sizeof(gaps) / sizeof(gaps[0]); g++)
			for (int sign = -1; sign <= 1; sign += 2) {
				network_with_logits(&net, bases[b], bases[b] + sign * gaps[g]);
				network_forward(&net, &x, &pass);
				for (int l = 0; l < NETWORK_OUTPUTS; l++)
					ck_assert_int_eq(counted(&net, &x, (enum label)l),
							 (int)pass.prediction == l);
			}
	for (size_t o = 0; o < sizeof(odd) / sizeof(odd[0]); o++) {
		network_with_logits(&net, odd[o][0], odd[o][1]);
		network_forward(&net, &x, &pass);
		for (int l = 0; l < NETWORK_OUTPUTS; l++)
			ck_assert_int_eq(counted(&net, &x, (enum label)l), (int)pass.prediction == l);
	}

	/* Drawn networks and patches, and the count over many samples at once. */
	struct rng rng;
	struct patch xs[64];
	enum label labels[64];
	rng_seed(&rng, 9);
	for (int hidden = 1; hidden <= 12; hidden++) {
		int want = 0;
		seeded_network(&net, hidden, (uint32_t)hidden);
		for (int s = 0; s < 64; s++) {
			for (int i = 0; i < NETWORK_INPUTS; i++)
				xs[s].pixel[i] = rng_uniform(&rng, 0.0, 1.0);
			labels[s] = (enum label)(s % 2);
			network_forward(&net, &xs[s], &pass);
			want += pass.prediction == labels[s];
		}
		ck_assert_int_eq(network_count_correct(&net, xs, labels, 64), want);
	}
}
END_TEST

START_TEST(test_pack_round_trip)
{
	struct network net, back;
	double params[NETWORK_INPUTS * NETWORK_MAX_HIDDEN + 3 * NETWORK_MAX_HIDDEN + 2];

	seeded_network(&net, 13, 5);
	net.b1[3] = 0.25;
	net.b2[1] = -1.5;
	ck_assert_uint_eq(network_param_count(13), 25 * 13 + 13 + 26 + 2);
	network_pack(&net, params);
	network_unpack(&back, 13, params);
	ck_assert(memcmp(&net, &back, sizeof(net)) == 0);
	ck_assert(network_is_finite(&net));
	back.w2[25] = INFINITY;
	ck_assert(!network_is_finite(&back));
}
END_TEST

START_TEST(test_activations)
{
	struct network net;
	struct patch x;
	struct pass pass;
	static const char *keywords[] = { "relu", "leaky", "sigmoid", "tanh" };

	for (int a = 0; a < ACTIVATION_COUNT; a++) {
		ck_assert_int_eq(activation_parse(keywords[a]), a);
		ck_assert_str_eq(activation_keyword((enum activation)a), keywords[a]);
	}
	ck_assert_int_eq(activation_parse("ReLU"), -1);
	ck_assert_str_eq(activation_name(ACTIVATION_RELU), "ReLU");

	seeded_network(&net, 8, 123);
	example_patch(&x, "soft-edge");
	for (int a = 0; a < ACTIVATION_COUNT; a++) {
		net.activation = (enum activation)a;
		network_forward(&net, &x, &pass);
		for (int j = 0; j < 8; j++) {
			double z = pass.z1[j], h = pass.h[j];
			switch (net.activation) {
			case ACTIVATION_RELU:
				ck_assert_double_eq(h, z > 0 ? z : 0.0);
				break;
			case ACTIVATION_LEAKY:
				ck_assert_double_eq(h, z > 0 ? z : 0.01 * z);
				break;
			default:
				break; /* checked against independent numbers below */
			}
		}
	}
}
END_TEST

/*
 * Sigmoid and tanh against numbers computed without libm: Python's decimal
 * module at 50 digits (its exp is correctly rounded),
 *	sigmoid(z) = 1 / (1 + exp(-z)),  tanh(z) = (exp(2z) - 1) / (exp(2z) + 1),
 * printed to 17 significant digits. W1 = 0 makes z1 = b1 for any input.
 */
START_TEST(test_sigmoid_and_tanh_values)
{
	static const double z[8] = { -20, -3, -1, -0.5, 0, 0.25, 1, 2.5 };
	static const double sigmoid[8] = {
		2.0611536181902037e-09,
		4.7425873177566781e-02,
		2.6894142136999510e-01,
		3.7754066879814546e-01,
		0.5,
		5.6217650088579807e-01,
		7.3105857863000490e-01,
		9.2414181997875644e-01,
	};
	static const double tanh_[8] = {
		-1.0, -9.9505475368673046e-01, -7.6159415595576485e-01, -4.6211715726000974e-01,
		0.0,  2.4491866240370913e-01,  7.6159415595576485e-01,	9.8661429815143031e-01,
	};
	struct network net;
	struct patch x;
	struct pass pass;

	seeded_network(&net, 8, 123);
	example_patch(&x, "soft-edge");
	memset(net.w1, 0, sizeof net.w1);
	memcpy(net.b1, z, sizeof z);
	for (int a = ACTIVATION_SIGMOID; a <= ACTIVATION_TANH; a++) {
		const double *expect = a == ACTIVATION_SIGMOID ? sigmoid : tanh_;

		net.activation = (enum activation)a;
		network_forward(&net, &x, &pass);
		for (int j = 0; j < 8; j++) {
			ck_assert_double_eq(pass.z1[j], z[j]);
			/* within 2 ulps of the correctly rounded value */
			ck_assert_double_eq_tol(pass.h[j], expect[j],
						2 * DBL_EPSILON * fabs(expect[j]) + DBL_MIN);
		}
	}
}
END_TEST

/* The heatmaps' scale: the largest |v|, strided, non-finite values left out and said. */
START_TEST(test_largest_magnitude)
{
	const double v[6] = { 0.5, -3.0, 2.0, NAN, -1.0, INFINITY };
	bool finite = true;

	ck_assert(network_largest_magnitude(v, 3, 1, &finite) == 3.0);
	ck_assert(finite);
	/* v[0], v[2], v[4]: the column of a 3-wide matrix. */
	ck_assert(network_largest_magnitude(v, 3, 2, &finite) == 2.0);
	ck_assert(finite);
	ck_assert(network_largest_magnitude(v, 6, 1, &finite) == 3.0);
	ck_assert(!finite);
	ck_assert(network_largest_magnitude(v, 0, 1, NULL) == 0.0);
}
END_TEST

/* The neurons ReLU lets through: z1 above 0, not at it (the tutorial's pass, by hand). */
START_TEST(test_count_above_zero)
{
	struct pass pass;

	memset(&pass, 0, sizeof(pass));
	pass.z1[0] = 0.58;
	pass.z1[1] = -0.27;
	pass.z1[3] = 1e-300;
	pass.z1[4] = NAN;
	ck_assert_int_eq(network_count_above_zero(&pass, 8), 2);
	ck_assert_int_eq(network_count_above_zero(&pass, 1), 1);
}
END_TEST

Suite *suite_network(void)
{
	Suite *s = suite_create("network");
	TCase *tc = tcase_create("math");

	tcase_add_test(tc, test_part1_forward_pass);
	tcase_add_test(tc, test_softmax_at_extreme_logits);
	tcase_add_test(tc, test_argmax_follows_numpy_on_nan);
	tcase_add_loop_test(tc, test_gradients_match_finite_differences, 0, ACTIVATION_COUNT);
	tcase_add_test(tc, test_relu_blocks_the_gradient);
	tcase_add_loop_test(tc, test_fused_steps_equal_phases_bit_for_bit, 0, ACTIVATION_COUNT);
	tcase_add_test(tc, test_count_correct_equals_forward);
	tcase_add_test(tc, test_pack_round_trip);
	tcase_add_test(tc, test_activations);
	tcase_add_test(tc, test_sigmoid_and_tanh_values);
	tcase_add_test(tc, test_largest_magnitude);
	tcase_add_test(tc, test_count_above_zero);
	suite_add_tcase(s, tc);
	return s;
}
