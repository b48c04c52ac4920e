/*
 * The narrator's sentences. Indices count from 0 as everywhere else
 * (edgeviz(1), Numbering): sample 0 and epoch 0 are the first; steps are
 * counts. Words, not symbols: "percent", "minus log of", "right" and
 * "wrong", so that a screen reader says them as a teacher would.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "narrate/sentences.h"
#include "tui/model/format.h"

/* "Step 1, sample 1 of 100, labelled No Edge." for the sample in progress. */
static void step_line(const struct trainer *trainer, char *buf, size_t size)
{
	long step = trainer_step_count(trainer);

	if (trainer_phase(trainer) != TRAINER_PHASE_UPDATE)
		step++;
	format_append(buf, size, "Step %ld, sample %d of %d, labelled %s.\n", step,
		      trainer_sample_index(trainer), trainer_train_set(trainer)->size,
		      label_name(trainer_sample_label(trainer)));
}

/* ReLU: which neurons pass and which are blocked, with h of those that pass. */
static void gate_line(const struct trainer *trainer, char *buf, size_t size)
{
	const struct pass *pass = trainer_pass(trainer);
	const struct network *net = trainer_network(trainer);
	int passed = 0, blocked = 0;

	if (net->activation != ACTIVATION_RELU) {
		format_append(buf, size, "Forward: h is %s of z1 at all %d hidden neurons:",
			      activation_name(net->activation), net->hidden);
		for (int j = 0; j < net->hidden; j++)
			format_append(buf, size, "%s h%d %.2f", j == 0 ? "" : ",", j, pass->h[j]);
		format_append(buf, size, ".\n");
		return;
	}
	for (int j = 0; j < net->hidden; j++)
		passed += pass->z1[j] > 0.0;
	format_append(buf, size, "Forward: %d of %d hidden neurons pass ReLU", passed, net->hidden);
	for (int j = 0, n = 0; j < net->hidden; j++)
		if (pass->z1[j] > 0.0)
			format_append(buf, size, "%s h%d %.2f", n++ == 0 ? ":" : ",", j, pass->h[j]);
	for (int j = 0; j < net->hidden; j++)
		if (!(pass->z1[j] > 0.0))
			format_append(buf, size, "%s h%d", blocked++ == 0 ? "; blocked:" : ",", j);
	format_append(buf, size, ".\n");
}

static void forward_lines(const struct trainer *trainer, char *buf, size_t size)
{
	const struct pass *pass = trainer_pass(trainer);
	enum label guess = pass->prediction;

	step_line(trainer, buf, size);
	gate_line(trainer, buf, size);
	format_append(buf, size, "Softmax: Edge %.1f percent, No Edge %.1f percent; the guess %s is %s.\n",
		      100.0 * pass->p[LABEL_EDGE], 100.0 * pass->p[LABEL_NO_EDGE], label_name(guess),
		      guess == trainer_sample_label(trainer) ? "right" : "wrong");
}

static void backward_lines(const struct trainer *trainer, char *buf, size_t size)
{
	const struct pass *pass = trainer_pass(trainer);
	const struct network *net = trainer_network(trainer);
	int passed = 0;

	format_append(buf, size, "Backward: dz2 is p minus y: Edge %.3f, No Edge %.3f.\n",
		      pass->dz2[LABEL_EDGE], pass->dz2[LABEL_NO_EDGE]);
	if (net->activation != ACTIVATION_RELU) {
		format_append(buf, size, "The gradient flows back through all %d hidden neurons.\n",
			      net->hidden);
		return;
	}
	for (int j = 0; j < net->hidden; j++)
		passed += pass->z1[j] > 0.0;
	format_append(buf, size, "ReLU passes the gradient at %d neurons and stops it at %d blocked ones.\n",
		      passed, net->hidden - passed);
}

void sentences_where(const struct trainer *trainer, char *buf, size_t size)
{
	buf[0] = '\0';
	format_append(buf, size, "At step %ld, epoch %ld, sample %d of %d, phase %s.\n",
		      trainer_step_count(trainer), trainer_epoch(trainer), trainer_sample_index(trainer),
		      trainer_train_set(trainer)->size, trainer_phase_name(trainer_phase(trainer)));
}

void sentences_phase(const struct trainer *trainer, char *buf, size_t size)
{
	const struct pass *pass = trainer_pass(trainer);

	buf[0] = '\0';
	switch (trainer_phase(trainer)) {
	case TRAINER_PHASE_READY:
		format_append(buf, size, "Step 0, nothing trained yet.\n");
		break;
	case TRAINER_PHASE_FORWARD:
		forward_lines(trainer, buf, size);
		break;
	case TRAINER_PHASE_LOSS:
		format_append(buf, size, "Loss: minus log of %.3f plus 1e-8 is %.4f.\n", pass->p[pass->label],
			      pass->loss);
		break;
	case TRAINER_PHASE_BACKWARD:
		backward_lines(trainer, buf, size);
		break;
	case TRAINER_PHASE_UPDATE:
		format_append(buf, size,
			      "Update: every weight moves by minus %g times its gradient; step %ld done.\n",
			      trainer_lr(trainer), trainer_step_count(trainer));
		break;
	}
}

void sentences_sample(const struct trainer *trainer, char *buf, size_t size)
{
	const struct pass *pass = trainer_pass(trainer);

	buf[0] = '\0';
	format_append(buf, size, "Step %ld, sample %d of %d, labelled %s: guess %s, %s, loss %.4f.\n",
		      trainer_step_count(trainer), trainer_sample_index(trainer),
		      trainer_train_set(trainer)->size, label_name(pass->label), label_name(pass->prediction),
		      pass->prediction == pass->label ? "right" : "wrong", pass->loss);
}

void sentences_epoch(const struct trainer *trainer, long epoch, char *buf, size_t size)
{
	const struct epoch_record *r = trainer_epoch_record(trainer, epoch);

	buf[0] = '\0';
	if (r == NULL)
		return;
	format_append(buf, size, "Epoch %ld done: loss %.4f, training %d of %d right, test %d of %d right.\n",
		      r->epoch, r->loss, r->train_correct, trainer_train_set(trainer)->size, r->test_correct,
		      trainer_test_set(trainer)->size);
}
