/*
 * One or two sentences a phase, as a teacher would say them while pointing
 * at the screen: the formula, then what came out of it for this sample.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/model/format.h"
#include "tui/model/narration.h"
#include "tui/model/quiz_text.h"
#include "tui/panels/panel.h"

/* The forward phase. */
static void narration_forward(const struct scene *scene, char *buf, size_t size)
{
	char pct[16];
	const struct pass *pass = scene->pass;

	char gate[128];
	int below = panel_leaking(scene);

	switch (panel_gate(scene)) {
	case ACTIVATION_LEAKY:
		snprintf(gate, sizeof gate,
			 "h = leaky ReLU(z1): %d of %d neurons above 0, %d below leak 1%% (h = 0.01 z1)",
			 scene->net->hidden - below, scene->net->hidden, below);
		break;
	case ACTIVATION_SIGMOID:
	case ACTIVATION_TANH:
		snprintf(gate, sizeof gate, "h = %s(z1): no neuron is blocked, each h is in (%s, 1)",
			 panel_gate_short(scene), panel_gate(scene) == ACTIVATION_SIGMOID ? "0" : "-1");
		break;
	default:
		snprintf(gate, sizeof gate, "h = ReLU(z1): %d of %d neurons pass, %d blocked (h = 0)",
			 panel_passed(scene), scene->net->hidden, scene->net->hidden - panel_passed(scene));
		break;
	}
	format_percent(pct, sizeof pct, pass->p[LABEL_EDGE]);
	snprintf(buf, size, "Forward: z1 = x.W1 + b1, %s. z2 = h.W2 + b2; softmax: p(Edge) = %s, guess %s.",
		 gate, pct, label_name(pass->prediction));
}

/* The loss phase. */
static void narration_loss(const struct scene *scene, char *buf, size_t size)
{
	char formula[96];
	const struct pass *pass = scene->pass;

	format_loss_formula(formula, sizeof formula, &pass->p[scene->label], NETWORK_LOG_EPSILON, pass->loss,
			    false);
	snprintf(buf, size, "Loss: the label is %s, so loss = -log(p[%s] + 1e-8) = %s. %s",
		 label_name(scene->label), label_name(scene->label), formula,
		 pass->loss < 0 ? "Sure and right: p + 1e-8 is just above 1, so the loss is a "
				  "hair below 0 (the 1e-8 keeps log away from 0)."
				: "0 when sure and right; large when the right answer gets little.");
}

/* The backward phase. */
static void narration_backward(const struct scene *scene, char *buf, size_t size)
{
	char d0[32], d1[32];
	const struct pass *pass = scene->pass;
	int passed = panel_passed(scene);

	format_number(d0, sizeof d0, pass->dz2[0], 3, 8, true);
	format_number(d1, sizeof d1, pass->dz2[1], 3, 8, true);
	if (panel_gate(scene) != ACTIVATION_RELU) {
		snprintf(buf, size, "Backward: dz2 = p - y = [%s, %s]; dh = dz2.W2^T; %s.", d0, d1,
			 panel_gate(scene) == ACTIVATION_LEAKY
				 ? "leaky ReLU passes all of dh above 0 and 1% of it below: none is stopped"
			 : panel_gate(scene) == ACTIVATION_SIGMOID
				 ? "sigmoid scales dh by h(1 - h) at every neuron: none is stopped"
				 : "tanh scales dh by 1 - h^2 at every neuron: none is stopped");
		return;
	}
	snprintf(buf, size,
		 "Backward: dz2 = p - y = [%s, %s]; dh = dz2.W2^T; ReLU passes the gradient at "
		 "the %d neuron%s that fired, stops it at the %d blocked (dz1 = 0).",
		 d0, d1, passed, passed == 1 ? "" : "s", scene->net->hidden - passed);
}

/* The update phase. */
static void narration_update(const struct scene *scene, char *buf, size_t size)
{
	char loss[32], old[32], grad[32], now[32];
	int j = scene->selected;

	format_loss(loss, sizeof loss, scene->pass->loss);
	format_number(old, sizeof old, scene->before->b1[j], 4, 9, true);
	format_number(grad, sizeof grad, scene->pass->db1[j], 4, 9, true);
	format_number(now, sizeof now, scene->net->b1[j], 4, 9, true);
	snprintf(buf, size,
		 "Update: w = w - lr x dw for every weight (lr %g); e.g. b1[%d]: %s - %g x (%s) "
		 "= %s. Step %ld done, its loss %s.",
		 trainer_shown_lr(scene->trainer), j, old, trainer_shown_lr(scene->trainer), grad, now,
		 trainer_step_count(scene->trainer), loss);
}

/* Outside the training run: the editor and the test set. */
static void narration_other(const struct scene *scene, char *buf, size_t size)
{
	char pct[16];

	format_percent(pct, sizeof pct, scene->pass->p[scene->pass->prediction]);
	if (scene->mode == KEYMAP_EDIT)
		snprintf(buf, size,
			 "Your patch, no training: the network says %s (%s). Arrows move, 0-9 set, "
			 "space toggles, x: the tutorial's examples%s%s. Esc: back.",
			 label_name(scene->pass->prediction), pct, scene->example != NULL ? "; now: " : "",
			 scene->example != NULL ? scene->example : "");
	else if (scene->mode == KEYMAP_WRONG && scene->wrong_count == 0)
		snprintf(buf, size, "%s",
			 "The weights get every training sample right now: nothing to browse. "
			 "Esc: back to training.");
	else if (scene->mode == KEYMAP_WRONG)
		snprintf(buf, size,
			 "Training sample %d/%d, which the weights get wrong now: the network says "
			 "%s (%s), the label is %s. No training; arrows: another one; Esc: back.",
			 scene->sample, scene->samples, label_name(scene->pass->prediction), pct,
			 label_name(scene->label));
	else
		snprintf(buf, size,
			 "%s sample %d/%d, no training: the network says %s (%s), the label "
			 "is %s: %s. Arrows browse; x: the %s set; Esc: back to training.",
			 scene->browse_train ? "Training" : "Test", scene->sample, scene->samples,
			 label_name(scene->pass->prediction), pct, label_name(scene->label),
			 scene->pass->prediction == scene->label ? "right" : "wrong",
			 scene->browse_train ? "test" : "training");
}

/* Step 0: where its weights come from, and the first sample. */
static void narration_ready(const struct scene *scene, char *buf, size_t size)
{
	char origin[384];
	const struct trainer_config *config = trainer_config(scene->trainer);

	if (scene->loaded_from != NULL)
		snprintf(origin, sizeof origin,
			 "Step 0: the weights loaded from %s (%d hidden, %s); "
			 "they get %d of %d test samples right.",
			 scene->loaded_from, scene->net->hidden, activation_name(scene->net->activation),
			 scene->test_correct, trainer_test_set(scene->trainer)->size);
	else
		snprintf(origin, sizeof origin, "Step 0, nothing trained: the weights drawn from seed %lu.",
			 (unsigned long)config->seed);
	snprintf(buf, size,
		 "%s Sample %d is labelled %s. s: one phase at a time (forward, loss, backward, "
		 "update); space: a whole sample; r: run.",
		 origin, scene->sample, label_name(scene->label));
}

/* Write the narration of scene into buf. */
void narration_text(const struct scene *scene, char *buf, size_t size)
{
	if (scene->mode != KEYMAP_TRAIN && scene->pass != NULL) {
		narration_other(scene, buf, size);
		return;
	}
	if (scene->quiz_asking) {
		quiz_text_question(&scene->quiz, buf, size);
		return;
	}
	if (scene->diverged) {
		snprintf(buf, size,
			 "Diverged: the loss or the weights are no longer finite numbers: the "
			 "learning rate %g is too large. b steps back, [ lowers the rate, R resets.",
			 trainer_step_lr(scene->trainer, trainer_step_count(scene->trainer) - 1));
		return;
	}
	switch (scene->phase) {
	case TRAINER_PHASE_READY:
		narration_ready(scene, buf, size);
		break;
	case TRAINER_PHASE_FORWARD:
		narration_forward(scene, buf, size);
		break;
	case TRAINER_PHASE_LOSS:
		narration_loss(scene, buf, size);
		break;
	case TRAINER_PHASE_BACKWARD:
		narration_backward(scene, buf, size);
		break;
	case TRAINER_PHASE_UPDATE:
		narration_update(scene, buf, size);
		break;
	}
}
