/*
 * The quiz's words (see quiz_text.h). Each kind of question has its words,
 * its answers and its why; the numbers are the core's, formatted as the
 * panels format them.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/model/format.h"
#include "tui/model/quiz_text.h"

void quiz_text_pixel(char *buf, size_t size, int pixel)
{
	snprintf(buf, size, "W1[r%dc%d]", pixel / PATCH_SIDE, pixel % PATCH_SIDE);
}

/* The question's words, without its answers. */
static void quiz_text_ask(const struct quiz_question *q, char *buf, size_t size)
{
	bool relu = q->gate == ACTIVATION_RELU;
	char pixel[40];

	switch (q->kind) {
	case QUIZ_GATE:
		snprintf(buf, size, relu ? "will h%d pass ReLU (z1 > 0)?" : "will h%d's z1 be above 0?",
			 q->neuron);
		break;
	case QUIZ_WINNER:
		snprintf(buf, size, "%s", "which class will get the higher probability?");
		break;
	case QUIZ_PASS_COUNT:
		snprintf(buf, size, "how many of the %d neurons will %s?", q->hidden,
			 relu ? "pass ReLU (z1 > 0)" : "get z1 > 0");
		break;
	case QUIZ_LOSS_HALF_WAY:
		snprintf(buf, size, "%s", "will its loss be below 0.5?");
		break;
	case QUIZ_LOSS_RANGE:
		snprintf(buf, size, "%s", "where will its loss fall?");
		break;
	case QUIZ_GRAD_REACH:
		snprintf(buf, size, "will the gradient reach h%d (dz1 not 0)?", q->neuron);
		break;
	case QUIZ_GRAD_SIGN:
		snprintf(buf, size, "which sign will h%d's gradient dz1 have?", q->neuron);
		break;
	case QUIZ_WEIGHT_MOVE:
		quiz_text_pixel(pixel, sizeof pixel, q->pixel);
		snprintf(buf, size, "will %s of h%d go up or down?", pixel, q->neuron);
		break;
	default:
		snprintf(buf, size, "%s", "will this sample's loss be lower after the update?");
		break;
	}
}

/* The words of the answers of the kinds with fixed answers; NULL for the ranges. */
static const char *quiz_text_fixed(const struct quiz_question *q, int i)
{
	static const char *const gate[] = { "yes", "no, blocked" }, *const gate_other[] = { "yes", "no" };
	static const char *const classes[] = { "Edge", "No Edge" };
	static const char *const half[] = { "below 0.5", "0.5 or more" };
	static const char *const reach[] = { "yes", "no, blocked" };
	static const char *const sign[] = { "positive", "zero", "negative" };
	static const char *const move[] = { "up", "down", "stays as it is" };
	static const char *const lower[] = { "yes, lower", "no" };

	switch (q->kind) {
	case QUIZ_GATE:
		return (q->gate == ACTIVATION_RELU ? gate : gate_other)[i];
	case QUIZ_WINNER:
		return classes[i];
	case QUIZ_LOSS_HALF_WAY:
		return half[i];
	case QUIZ_GRAD_REACH:
		return reach[i];
	case QUIZ_GRAD_SIGN:
		return sign[i];
	case QUIZ_WEIGHT_MOVE:
		return move[i];
	case QUIZ_LOSS_AFTER:
		return lower[i];
	default:
		return NULL;
	}
}

const char *quiz_text_answer(const struct quiz_question *q, int i, char *buf, size_t size)
{
	const char *fixed = quiz_text_fixed(q, i);
	int lo, hi;

	if (fixed != NULL)
		snprintf(buf, size, "%s", fixed);
	else if (q->kind == QUIZ_PASS_COUNT) {
		quiz_count_range(q->hidden, i, &lo, &hi);
		snprintf(buf, size, lo == hi ? "%d" : "%d-%d", lo, hi);
	} else if (i == 0)
		snprintf(buf, size, "below %g", quiz_loss_bound(0));
	else if (i == QUIZ_LOSS_RANGES - 1)
		snprintf(buf, size, "%g or more", quiz_loss_bound(i - 1));
	else
		snprintf(buf, size, "%g to %g", quiz_loss_bound(i - 1), quiz_loss_bound(i));
	return buf;
}

void quiz_text_question(const struct quiz_question *q, char *buf, size_t size)
{
	char ask[128], answer[32];

	quiz_text_ask(q, ask, sizeof ask);
	snprintf(buf, size, "Quiz, %s of sample %d (%s): %s", trainer_phase_name(q->phase), q->sample,
		 label_name(q->label), ask);
	for (int i = 0; i < q->answers; i++)
		format_append(buf, size, "  %d %s", i + 1, quiz_text_answer(q, i, answer, sizeof answer));
}

/* The forward phase's why. */
static void quiz_text_why_forward(const struct quiz_question *q, char *buf, size_t size)
{
	char z1[24], h[24], p0[16], p1[16];

	format_number(z1, sizeof z1, q->why[0], 4, 9, true);
	format_number(h, sizeof h, q->why[1], 4, 9, false);
	switch (q->kind) {
	case QUIZ_GATE:
		if (q->gate == ACTIVATION_RELU && !(q->why[0] > 0.0))
			snprintf(h, sizeof h, "%s", "0, blocked");
		snprintf(buf, size, "h%d: z1 = x.W1[:,%d] + b1[%d] = %s %s 0, so h = %s", q->neuron,
			 q->neuron, q->neuron, z1, q->why[0] > 0.0 ? ">" : "<=", h);
		break;
	case QUIZ_WINNER:
		format_percent(p0, sizeof p0, q->why[0]);
		format_percent(p1, sizeof p1, q->why[1]);
		snprintf(buf, size, "softmax: p(Edge) = %s, p(No Edge) = %s", p0, p1);
		break;
	default:
		snprintf(buf, size, "%d of the %d neurons got z1 > 0", (int)q->why[0], q->hidden);
		break;
	}
}

/* The backward phase's why. */
static void quiz_text_why_backward(const struct quiz_question *q, char *buf, size_t size)
{
	char z1[24], dh[24], dz1[24];

	format_number(z1, sizeof z1, q->why[0], 4, 9, true);
	format_number(dh, sizeof dh, q->why[1], 4, 9, true);
	format_number(dz1, sizeof dz1, q->why[2], 4, 9, true);
	if (q->gate != ACTIVATION_RELU)
		snprintf(buf, size, "h%d: dh = %s, dz1 = dh x %s'(z1 = %s) = %s", q->neuron, dh,
			 activation_keyword(q->gate), z1, dz1);
	else if (q->why[0] > 0.0)
		snprintf(buf, size, "h%d: z1 = %s > 0, ReLU passes it: dz1 = dh = %s", q->neuron, z1, dz1);
	else
		snprintf(buf, size, "h%d: z1 = %s <= 0, ReLU blocks it: dz1 = dh x 0 = 0 (dh = %s)",
			 q->neuron, z1, dh);
}

/* The update phase's why. */
static void quiz_text_why_update(const struct quiz_question *q, char *buf, size_t size)
{
	char old[24], grad[24], now[24], pixel[40], before[16], after[16];

	if (q->kind == QUIZ_LOSS_AFTER) {
		format_loss(before, sizeof before, q->why[0]);
		format_loss(after, sizeof after, q->why[1]);
		snprintf(buf, size, "its loss %s before the update, %s with the new weights", before, after);
		return;
	}
	quiz_text_pixel(pixel, sizeof pixel, q->pixel);
	format_number(old, sizeof old, q->why[0], 4, 9, true);
	format_number(grad, sizeof grad, q->why[1], 4, 9, true);
	format_number(now, sizeof now, q->why[2], 4, 9, true);
	snprintf(buf, size, "%s of h%d: %s - %g x (%s) = %s", pixel, q->neuron, old, q->why[3], grad, now);
}

void quiz_text_why(const struct quiz_question *q, char *buf, size_t size)
{
	double p;

	switch (q->phase) {
	case TRAINER_PHASE_FORWARD:
		quiz_text_why_forward(q, buf, size);
		break;
	case TRAINER_PHASE_LOSS:
		p = q->why[1];
		snprintf(buf, size, "loss = ");
		format_loss_formula(buf + strlen(buf), size - strlen(buf), &p, NETWORK_LOG_EPSILON, q->why[0],
				    false);
		break;
	case TRAINER_PHASE_BACKWARD:
		quiz_text_why_backward(q, buf, size);
		break;
	default:
		quiz_text_why_update(q, buf, size);
		break;
	}
}

void quiz_text_verdict(const struct quiz_question *q, int chosen, int right, int answered, char *buf,
		       size_t size)
{
	char answer[32], why[160];

	quiz_text_answer(q, q->right, answer, sizeof answer);
	quiz_text_why(q, why, sizeof why);
	if (chosen == q->right)
		snprintf(buf, size, "Right: %d %s. %s. Score %d/%d.", q->right + 1, answer, why, right,
			 answered);
	else
		snprintf(buf, size, "Not this time (you said %d): it is %d %s. %s. Score %d/%d.", chosen + 1,
			 q->right + 1, answer, why, right, answered);
}
