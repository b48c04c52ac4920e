/*
 * The quiz's questions and answers (see quiz.h). Every answer is read off
 * trainer_peek_phase's copy of the run after the coming phase: the same
 * numbers the run shows once it takes that phase.
 */
#include "config.h"

#include <stdint.h>

#include "core/analysis/quiz.h"

static const double quiz_loss_bounds[QUIZ_LOSS_RANGES - 1] = { 0.1, 0.69, 2.3 };

long quiz_position(const struct trainer *trainer)
{
	long base = 4 * trainer_step_count(trainer);

	switch (trainer_phase(trainer)) {
	case TRAINER_PHASE_FORWARD:
		return base + 1;
	case TRAINER_PHASE_LOSS:
		return base + 2;
	case TRAINER_PHASE_BACKWARD:
		return base + 3;
	default: /* a boundary: step 0, or the update of the step just made */
		return base;
	}
}

bool quiz_kind_fits(enum quiz_kind kind, enum activation gate, int hidden)
{
	switch (kind) {
	case QUIZ_PASS_COUNT:
		return hidden >= QUIZ_MAX_ANSWERS - 1; /* four ranges of at least one count */
	case QUIZ_GRAD_REACH:
		return gate == ACTIVATION_RELU; /* the other gates block nothing */
	default:
		return true;
	}
}

void quiz_count_range(int hidden, int answer, int *lo, int *hi)
{
	*lo = answer * (hidden + 1) / QUIZ_MAX_ANSWERS;
	*hi = (answer + 1) * (hidden + 1) / QUIZ_MAX_ANSWERS - 1;
}

double quiz_loss_bound(int i)
{
	return quiz_loss_bounds[i];
}

enum trainer_phase quiz_kind_phase(enum quiz_kind kind)
{
	switch (kind) {
	case QUIZ_GATE:
	case QUIZ_WINNER:
	case QUIZ_PASS_COUNT:
		return TRAINER_PHASE_FORWARD;
	case QUIZ_LOSS_HALF_WAY:
	case QUIZ_LOSS_RANGE:
		return TRAINER_PHASE_LOSS;
	case QUIZ_GRAD_REACH:
	case QUIZ_GRAD_SIGN:
		return TRAINER_PHASE_BACKWARD;
	default:
		return TRAINER_PHASE_UPDATE;
	}
}

/* A well-mixed number from where the run stands (splitmix64's finaliser). */
static uint64_t quiz_mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15u;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
	return x ^ (x >> 31);
}

/* The kinds of question about phase, in a fixed order. */
static int quiz_kinds(enum trainer_phase phase, enum quiz_kind kinds[3])
{
	switch (phase) {
	case TRAINER_PHASE_FORWARD:
		kinds[0] = QUIZ_GATE;
		kinds[1] = QUIZ_WINNER;
		kinds[2] = QUIZ_PASS_COUNT;
		return 3;
	case TRAINER_PHASE_LOSS:
		kinds[0] = QUIZ_LOSS_HALF_WAY;
		kinds[1] = QUIZ_LOSS_RANGE;
		return 2;
	case TRAINER_PHASE_BACKWARD:
		kinds[0] = QUIZ_GRAD_REACH;
		kinds[1] = QUIZ_GRAD_SIGN;
		return 2;
	default:
		kinds[0] = QUIZ_WEIGHT_MOVE;
		kinds[1] = QUIZ_LOSS_AFTER;
		return 2;
	}
}

/* Choose the kind, neuron and pixel from the position and the seed alone. */
static void quiz_choose(const struct trainer *trainer, struct quiz_question *q)
{
	enum quiz_kind kinds[3], fits[3];
	int n = quiz_kinds(q->phase, kinds), count = 0;
	uint64_t h = quiz_mix((uint64_t)q->position ^ ((uint64_t)trainer_config(trainer)->seed << 32));

	for (int i = 0; i < n; i++)
		if (quiz_kind_fits(kinds[i], q->gate, q->hidden))
			fits[count++] = kinds[i];
	q->kind = fits[h % (uint64_t)count];
	q->neuron = (int)((h >> 16) % (uint64_t)q->hidden);
	q->pixel = (int)((h >> 40) % NETWORK_INPUTS);
}

/* The forward questions, from the pass after it. */
static void quiz_forward(const struct pass *pass, struct quiz_question *q)
{
	int j = q->neuron, passed;

	switch (q->kind) {
	case QUIZ_GATE:
		q->answers = 2;
		q->right = pass->z1[j] > 0.0 ? 0 : 1;
		q->why[0] = pass->z1[j];
		q->why[1] = pass->h[j];
		break;
	case QUIZ_WINNER:
		q->answers = 2;
		q->right = (int)pass->prediction;
		q->why[0] = pass->p[LABEL_EDGE];
		q->why[1] = pass->p[LABEL_NO_EDGE];
		break;
	default:
		passed = network_count_above_zero(pass, q->hidden);
		q->answers = QUIZ_MAX_ANSWERS;
		for (int i = 0; i < QUIZ_MAX_ANSWERS; i++) {
			int lo, hi;
			quiz_count_range(q->hidden, i, &lo, &hi);
			if (passed >= lo && passed <= hi)
				q->right = i;
		}
		q->why[0] = passed;
		break;
	}
}

/* The loss questions. */
static void quiz_loss(const struct pass *pass, struct quiz_question *q)
{
	q->why[0] = pass->loss;
	q->why[1] = pass->p[q->label];
	if (q->kind == QUIZ_LOSS_HALF_WAY) {
		q->answers = 2;
		q->right = pass->loss < QUIZ_LOSS_HALF ? 0 : 1;
		return;
	}
	q->answers = QUIZ_LOSS_RANGES;
	q->right = 0;
	while (q->right < QUIZ_LOSS_RANGES - 1 && !(pass->loss < quiz_loss_bounds[q->right]))
		q->right++;
}

/* The backward questions. */
static void quiz_backward(const struct pass *pass, struct quiz_question *q)
{
	double dz1 = pass->dz1[q->neuron];

	q->why[0] = pass->z1[q->neuron];
	q->why[1] = pass->dh[q->neuron];
	q->why[2] = dz1;
	if (q->kind == QUIZ_GRAD_REACH) {
		q->answers = 2;
		q->right = dz1 != 0.0 ? 0 : 1;
		return;
	}
	q->answers = 3;
	q->right = dz1 > 0.0 ? 0 : dz1 < 0.0 ? 2 : 1;
}

/* The update questions, from the weights before and after it. */
static void quiz_update(const struct trainer *trainer, const struct trainer_peek *peek,
			struct quiz_question *q)
{
	if (q->kind == QUIZ_WEIGHT_MOVE) {
		int at = q->pixel * q->hidden + q->neuron;
		double before = trainer_network(trainer)->w1[at], after = peek->net.w1[at];
		q->answers = 3;
		q->right = after > before ? 0 : after < before ? 1 : 2;
		q->why[0] = before;
		q->why[1] = peek->pass.dw1[at];
		q->why[2] = after;
		q->why[3] = peek->lr;
		return;
	}
	/* As trainer_pass_after_update will show it: the sample through the new weights. */
	struct pass after;
	network_forward(&peek->net, &peek->sample, &after);
	network_loss(&after, peek->label);
	q->answers = 2;
	q->right = after.loss < peek->pass.loss ? 0 : 1;
	q->why[0] = peek->pass.loss;
	q->why[1] = after.loss;
}

/* Where the run stands and what it is: the question's frame, before its kind. */
static void quiz_frame(const struct trainer *trainer, const struct trainer_peek *peek,
		       struct quiz_question *q)
{
	*q = (struct quiz_question){ .phase = peek->phase,
				     .position = quiz_position(trainer),
				     .step = trainer_step_count(trainer),
				     .sample = peek->index,
				     .label = peek->label,
				     .gate = trainer_network(trainer)->activation,
				     .hidden = trainer_network(trainer)->hidden,
				     .neuron = -1,
				     .pixel = -1 };
}

/* The answer, from the peek after the phase. */
static void quiz_answer(const struct trainer *trainer, const struct trainer_peek *peek,
			struct quiz_question *q)
{
	switch (q->phase) {
	case TRAINER_PHASE_FORWARD:
		quiz_forward(&peek->pass, q);
		break;
	case TRAINER_PHASE_LOSS:
		quiz_loss(&peek->pass, q);
		break;
	case TRAINER_PHASE_BACKWARD:
		quiz_backward(&peek->pass, q);
		break;
	default:
		quiz_update(trainer, peek, q);
		break;
	}
}

void quiz_ask(const struct trainer *trainer, struct quiz_question *q)
{
	struct trainer_peek peek;

	trainer_peek_phase(trainer, &peek);
	quiz_frame(trainer, &peek, q);
	quiz_choose(trainer, q);
	quiz_answer(trainer, &peek, q);
}

bool quiz_ask_about(const struct trainer *trainer, enum quiz_kind kind, int neuron, int pixel,
		    struct quiz_question *q)
{
	struct trainer_peek peek;

	trainer_peek_phase(trainer, &peek);
	quiz_frame(trainer, &peek, q);
	if (quiz_kind_phase(kind) != q->phase || !quiz_kind_fits(kind, q->gate, q->hidden) || neuron < 0 ||
	    neuron >= q->hidden || pixel < 0 || pixel >= NETWORK_INPUTS)
		return false;
	q->kind = kind;
	q->neuron = neuron;
	q->pixel = pixel;
	quiz_answer(trainer, &peek, q);
	return true;
}
