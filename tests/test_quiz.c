/*
 * Tests of the quiz's questions (core/analysis/quiz.h): for every kind, at
 * every phase of many steps and several runs, the answer marked right is
 * what the trainer shows once it has taken the phase, read back from the
 * trainer's own state (its pass, its weights before and after, the
 * sample's loss after its update), and the numbers of the why are those
 * numbers bit for bit. The choice of question depends on the position and
 * the seed only, never on the answer.
 */
#include "config.h"

#include <string.h>

#include "check_core.h"
#include "core/analysis/quiz.h"
#include "core/trainer.h"

static struct trainer *make_trainer(const struct trainer_config *config)
{
	char err[200];
	struct trainer *t = trainer_create(config, err, sizeof(err));

	ck_assert_msg(t != NULL, "trainer_create: %s", err);
	return t;
}

/* The forward answers, read off the trainer after its forward phase. */
static void check_forward(const struct trainer *t, const struct quiz_question *q)
{
	const struct pass *pass = trainer_pass(t);
	int j = q->neuron, passed = 0;

	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_FORWARD);
	ck_assert_int_eq(q->sample, trainer_sample_index(t));
	ck_assert_int_eq(q->label, trainer_sample_label(t));
	switch (q->kind) {
	case QUIZ_GATE:
		ck_assert_int_eq(q->right, pass->z1[j] > 0.0 ? 0 : 1);
		ck_assert(q->why[0] == pass->z1[j] && q->why[1] == pass->h[j]);
		break;
	case QUIZ_WINNER:
		/* The class the output panel shows with the higher probability. */
		ck_assert_int_eq(q->right, pass->p[LABEL_NO_EDGE] > pass->p[LABEL_EDGE] ? 1 : 0);
		ck_assert(q->why[0] == pass->p[LABEL_EDGE] && q->why[1] == pass->p[LABEL_NO_EDGE]);
		break;
	default:
		for (int i = 0; i < q->hidden; i++)
			passed += pass->z1[i] > 0.0;
		int lo, hi;
		quiz_count_range(q->hidden, q->right, &lo, &hi);
		ck_assert_msg(passed >= lo && passed <= hi, "%d passed, answer %d is %d..%d", passed,
			      q->right, lo, hi);
		ck_assert(q->why[0] == passed);
		break;
	}
}

/* The loss answers. */
static void check_loss(const struct trainer *t, const struct quiz_question *q)
{
	double loss = trainer_pass(t)->loss;

	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_LOSS);
	ck_assert(q->why[0] == loss);
	if (q->kind == QUIZ_LOSS_HALF_WAY) {
		ck_assert_int_eq(q->right, loss < 0.5 ? 0 : 1);
		return;
	}
	ck_assert(q->right == 0 || loss >= quiz_loss_bound(q->right - 1));
	ck_assert(q->right == QUIZ_LOSS_RANGES - 1 || loss < quiz_loss_bound(q->right));
}

/* The backward answers. */
static void check_backward(const struct trainer *t, const struct quiz_question *q)
{
	const struct pass *pass = trainer_pass(t);
	double dz1 = pass->dz1[q->neuron];

	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_BACKWARD);
	ck_assert(q->why[0] == pass->z1[q->neuron] && q->why[1] == pass->dh[q->neuron] && q->why[2] == dz1);
	if (q->kind == QUIZ_GRAD_REACH) {
		/* ReLU: the gradient reaches a neuron that passed, with a gradient to pass on. */
		ck_assert_int_eq(q->right, pass->z1[q->neuron] > 0.0 && pass->dh[q->neuron] != 0.0 ? 0 : 1);
		return;
	}
	ck_assert_int_eq(q->right, dz1 > 0.0 ? 0 : dz1 == 0.0 ? 1 : 2);
}

/* The update answers, against the weights before and after and the sample's loss after. */
static void check_update(const struct trainer *t, const struct quiz_question *q)
{
	int at = q->pixel * q->hidden + q->neuron;
	double before = trainer_network_before_update(t)->w1[at], after = trainer_network(t)->w1[at];
	struct pass again;

	ck_assert_int_eq(trainer_phase(t), TRAINER_PHASE_UPDATE);
	if (q->kind == QUIZ_WEIGHT_MOVE) {
		ck_assert_int_eq(q->right, after > before ? 0 : after < before ? 1 : 2);
		ck_assert(q->why[0] == before && q->why[2] == after);
		ck_assert(q->why[1] == trainer_pass(t)->dw1[at] && q->why[3] == trainer_update_lr(t));
		return;
	}
	ck_assert(trainer_pass_after_update(t, &again));
	ck_assert_int_eq(q->right, again.loss < trainer_pass(t)->loss ? 0 : 1);
	ck_assert(q->why[0] == trainer_pass(t)->loss && q->why[1] == again.loss);
}

/* Check q against the trainer after the phase it asked about. */
static void check_answer(const struct trainer *t, const struct quiz_question *q)
{
	ck_assert(q->answers >= 2 && q->answers <= QUIZ_MAX_ANSWERS);
	ck_assert(q->right >= 0 && q->right < q->answers);
	ck_assert_int_eq(q->position + 1, quiz_position(t));
	switch (q->phase) {
	case TRAINER_PHASE_FORWARD:
		check_forward(t, q);
		break;
	case TRAINER_PHASE_LOSS:
		check_loss(t, q);
		break;
	case TRAINER_PHASE_BACKWARD:
		check_backward(t, q);
		break;
	default:
		check_update(t, q);
		break;
	}
}

/*
 * Step t phase by phase for steps steps; before each phase ask every kind
 * of question about it (every neuron, a pixel that moves along), and check
 * each answer after. Count the right answers of each kind in seen.
 */
static void check_run(struct trainer *t, long steps, int seen[QUIZ_KIND_COUNT][QUIZ_MAX_ANSWERS])
{
	struct quiz_question asked[QUIZ_KIND_COUNT * NETWORK_MAX_HIDDEN];

	for (long phase = 0; phase < 4 * steps; phase++) {
		int n = 0, hidden = trainer_network(t)->hidden;
		struct trainer_peek peek;
		trainer_peek_phase(t, &peek);
		for (int kind = 0; kind < QUIZ_KIND_COUNT; kind++)
			for (int j = 0; j < hidden; j++)
				if (quiz_ask_about(t, kind, j, (int)((phase + j) % NETWORK_INPUTS),
						   &asked[n]))
					n++;
		ck_assert_msg(n > 0, "no question at position %ld", quiz_position(t));
		trainer_step_phase(t);
		/* The peek is the phase the trainer took, bit for bit. */
		ck_assert(memcmp(&peek.pass, trainer_pass(t), sizeof peek.pass) == 0);
		ck_assert(memcmp(&peek.net, trainer_network(t), sizeof peek.net) == 0);
		for (int i = 0; i < n; i++) {
			check_answer(t, &asked[i]);
			seen[asked[i].kind][asked[i].right]++;
		}
	}
}

/* Every kind, against the trainer, over runs of every gate, several sizes, rates and seeds. */
START_TEST(test_answers_match_the_trainer)
{
	static const struct {
		uint32_t seed;
		int hidden;
		double lr;
		enum activation gate;
		int train_size;
	} runs[] = {
		{ 42, 8, 0.1, ACTIVATION_RELU, 100 },  { 7, 3, 1.0, ACTIVATION_RELU, 10 },
		{ 123, 1, 0.5, ACTIVATION_RELU, 7 },   { 5, 12, 0.1, ACTIVATION_LEAKY, 20 },
		{ 9, 4, 3.0, ACTIVATION_SIGMOID, 15 }, { 11, 6, 0.3, ACTIVATION_TANH, 9 },
		{ 3, 8, 40.0, ACTIVATION_RELU, 12 }, /* overshoots: a loss not lower after its update */
	};
	int seen[QUIZ_KIND_COUNT][QUIZ_MAX_ANSWERS] = { { 0 } };

	for (size_t r = 0; r < sizeof runs / sizeof runs[0]; r++) {
		struct trainer_config config = TRAINER_DEFAULTS;
		config.seed = runs[r].seed;
		config.hidden = runs[r].hidden;
		config.lr = runs[r].lr;
		config.activation = runs[r].gate;
		config.train_size = runs[r].train_size;
		struct trainer *t = make_trainer(&config);
		check_run(t, 60, seen);
		trainer_run(t, 500); /* later, once it has learned: other answers */
		check_run(t, 20, seen);
		trainer_destroy(t);
	}
	/* Each kind was asked and both of its main answers came up: the checks saw both ways. */
	for (int kind = 0; kind < QUIZ_KIND_COUNT; kind++) {
		int answers = 0;
		for (int a = 0; a < QUIZ_MAX_ANSWERS; a++)
			answers += seen[kind][a] > 0;
		ck_assert_msg(answers >= 2, "kind %d: only %d answer seen", kind, answers);
	}
}
END_TEST

/* The next sample after patches are added and removed, and a new rate: what the trainer then takes. */
START_TEST(test_answers_after_data_changes)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	int seen[QUIZ_KIND_COUNT][QUIZ_MAX_ANSWERS] = { { 0 } };
	char err[200];
	struct patch dark = { { 0 } };

	config.train_size = 4;
	struct trainer *t = make_trainer(&config);
	trainer_run(t, 3);
	ck_assert_int_eq(trainer_add_patch(t, &dark, LABEL_EDGE, err, sizeof err), 0);
	check_run(t, 2, seen); /* sample 3, then the patch added at the end */
	ck_assert_int_eq(trainer_sample_index(t), 4);
	ck_assert_int_eq(trainer_remove_patch(t, 1, err, sizeof err), 0);
	check_run(t, 3, seen);
	trainer_set_lr(t, 0.7); /* the update to come uses the new rate */
	check_run(t, 2, seen);
	trainer_destroy(t);
}
END_TEST

/* The question depends on the position and the seed, not on the weights: it says nothing of the answer. */
START_TEST(test_choice_ignores_the_answer)
{
	struct trainer_config slow = TRAINER_DEFAULTS, fast = TRAINER_DEFAULTS;
	int kinds[QUIZ_KIND_COUNT] = { 0 };

	fast.lr = 2.0;
	struct trainer *a = make_trainer(&slow), *b = make_trainer(&fast);
	for (int phase = 0; phase < 4 * 150; phase++) {
		struct quiz_question qa, qb, again;
		quiz_ask(a, &qa);
		quiz_ask(b, &qb);
		quiz_ask(a, &again);
		ck_assert(memcmp(&qa, &again, sizeof qa) == 0); /* the same state, the same question */
		ck_assert_int_eq(qa.kind, qb.kind);
		ck_assert_int_eq(qa.neuron, qb.neuron);
		ck_assert_int_eq(qa.pixel, qb.pixel);
		ck_assert_int_eq(qa.phase, quiz_kind_phase(qa.kind));
		kinds[qa.kind]++;
		trainer_step_phase(a);
		trainer_step_phase(b);
	}
	for (int kind = 0; kind < QUIZ_KIND_COUNT; kind++)
		ck_assert_msg(kinds[kind] > 10, "kind %d asked %d times in 600 phases", kind, kinds[kind]);
	trainer_destroy(a);
	trainer_destroy(b);
}
END_TEST

/* The position counts phases, and goes back with them. */
START_TEST(test_position)
{
	struct trainer *t = make_trainer(&TRAINER_DEFAULTS);

	ck_assert_int_eq(quiz_position(t), 0);
	for (long p = 1; p <= 9; p++) {
		trainer_step_phase(t);
		ck_assert_int_eq(quiz_position(t), p);
	}
	ck_assert_int_eq(trainer_phase_back(t), 0);
	ck_assert_int_eq(quiz_position(t), 8);
	ck_assert_int_eq(trainer_step_back(t), 0);
	ck_assert_int_eq(quiz_position(t), 4);
	trainer_destroy(t);
}
END_TEST

/* Kinds that do not fit are refused: no blocking to ask about but ReLU's, four ranges need 3 neurons. */
START_TEST(test_kinds_that_fit)
{
	struct trainer_config config = TRAINER_DEFAULTS;
	struct quiz_question q;

	config.hidden = 2;
	config.activation = ACTIVATION_TANH;
	struct trainer *t = make_trainer(&config);
	ck_assert(!quiz_ask_about(t, QUIZ_PASS_COUNT, 0, 0, &q));
	ck_assert(!quiz_ask_about(t, QUIZ_LOSS_RANGE, 0, 0, &q)); /* not the forward phase's */
	ck_assert(!quiz_ask_about(t, QUIZ_GATE, 2, 0, &q));
	ck_assert(quiz_ask_about(t, QUIZ_GATE, 1, 0, &q));
	trainer_step_phase(t);
	trainer_step_phase(t);
	ck_assert(!quiz_ask_about(t, QUIZ_GRAD_REACH, 0, 0, &q));
	ck_assert(quiz_ask_about(t, QUIZ_GRAD_SIGN, 0, 0, &q));
	for (int i = 0; i < 40; i++) {
		quiz_ask(t, &q);
		ck_assert(quiz_kind_fits(q.kind, ACTIVATION_TANH, 2));
		trainer_step_phase(t);
	}
	trainer_destroy(t);
	/* Eight neurons: 0-1, 2-3, 4-5, 6-8, every count in one range. */
	for (int hidden = 3; hidden <= NETWORK_MAX_HIDDEN; hidden++) {
		int next = 0, lo, hi;
		for (int a = 0; a < QUIZ_MAX_ANSWERS; a++) {
			quiz_count_range(hidden, a, &lo, &hi);
			ck_assert_int_eq(lo, next);
			ck_assert_int_ge(hi, lo);
			next = hi + 1;
		}
		ck_assert_int_eq(next, hidden + 1);
	}
	int lo, hi;
	quiz_count_range(8, 0, &lo, &hi);
	ck_assert(lo == 0 && hi == 1);
	quiz_count_range(8, 3, &lo, &hi);
	ck_assert(lo == 6 && hi == 8);
}
END_TEST

Suite *suite_quiz(void)
{
	Suite *s = suite_create("quiz");
	TCase *tc = tcase_create("questions");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_answers_match_the_trainer);
	tcase_add_test(tc, test_answers_after_data_changes);
	tcase_add_test(tc, test_choice_ignores_the_answer);
	tcase_add_test(tc, test_position);
	tcase_add_test(tc, test_kinds_that_fit);
	suite_add_tcase(s, tc);
	return s;
}
