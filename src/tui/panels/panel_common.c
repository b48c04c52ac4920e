/*
 * Questions every panel asks of the scene: how far the pass is filled, and
 * whether a neuron is blocked. Comparisons only: the numbers are the core's.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/panels/panel.h"

/* Whether the scene's forward values exist. */
bool panel_has_forward(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_FORWARD;
}

/* Whether the scene's loss exists. */
bool panel_has_loss(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_LOSS;
}

/* Whether the scene's gradients exist. */
bool panel_has_backward(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_BACKWARD;
}

/* The hidden layer's gate in the scene (ReLU, leaky ReLU, sigmoid, tanh). */
enum activation panel_gate(const struct scene *scene)
{
	return scene->net->activation;
}

/* The gate's short name for headers and titles: "ReLU", "leaky", "sigmoid", "tanh". */
const char *panel_gate_short(const struct scene *scene)
{
	switch (panel_gate(scene)) {
	case ACTIVATION_LEAKY:
		return "leaky";
	case ACTIVATION_SIGMOID:
		return "sigmoid";
	case ACTIVATION_TANH:
		return "tanh";
	default:
		return "ReLU";
	}
}

/* Whether neuron j is blocked by ReLU in the scene's pass (z1 <= 0); only ReLU blocks. */
bool panel_blocked(const struct scene *scene, int j)
{
	return panel_gate(scene) == ACTIVATION_RELU && panel_has_forward(scene) && !(scene->pass->z1[j] > 0);
}

/* Whether neuron j is below 0 under leaky ReLU, which lets 1% of it through. */
bool panel_leaks(const struct scene *scene, int j)
{
	return panel_gate(scene) == ACTIVATION_LEAKY && panel_has_forward(scene) && !(scene->pass->z1[j] > 0);
}

/* How many neurons the gate lets through: the ones above 0 under ReLU, all under the others. */
int panel_passed(const struct scene *scene)
{
	if (panel_gate(scene) != ACTIVATION_RELU || !panel_has_forward(scene))
		return scene->net->hidden;
	return network_count_above_zero(scene->pass, scene->net->hidden);
}

/* How many neurons are below 0 under leaky ReLU. */
int panel_leaking(const struct scene *scene)
{
	if (panel_gate(scene) != ACTIVATION_LEAKY || !panel_has_forward(scene))
		return 0;
	return scene->net->hidden - network_count_above_zero(scene->pass, scene->net->hidden);
}

/* The first of shown neurons, so that the selected one is in the middle of the view. */
int panel_first_shown(const struct scene *scene, int shown)
{
	int first = scene->selected - shown / 2;

	if (first > scene->net->hidden - shown)
		first = scene->net->hidden - shown;
	return first < 0 ? 0 : first;
}

/* Whether hidden neuron j is dead, as far as the scene knows. */
bool panel_dead(const struct scene *scene, int j)
{
	return scene->dead != NULL && scene->dead[j];
}

/* Neuron j's caption: marked when dead, in words where they fit (readable in monochrome). */
void panel_neuron_name(const struct scene *scene, int j, int room, char *buf, size_t size)
{
	if (!panel_dead(scene, j)) {
		snprintf(buf, size, "h%d", j);
		return;
	}
	snprintf(buf, size, "h%d dead", j);
	if ((int)strlen(buf) > room)
		snprintf(buf, size, "h%d!", j);
}

/* A panel's title that fits in width columns, with the moment it shows in the update phase. */
void panel_title_text(char *buf, size_t size, const struct scene *scene, const char *title,
		      const char *short_title, enum panel_moment moment, int width)
{
	bool update =
		scene->mode == KEYMAP_TRAIN && scene->phase == TRAINER_PHASE_UPDATE && scene->before != NULL;
	const char *word = moment == PANEL_MOMENT_BEFORE ? "before" : "after";
	int room = width - 4; /* the rule and a space on each side */

	if (!update) {
		snprintf(buf, size, "%s", (int)strlen(title) <= room ? title : short_title);
		return;
	}
	snprintf(buf, size, "%s, %s the update", title, word);
	if ((int)strlen(buf) <= room)
		return;
	snprintf(buf, size, "%s, %s the update", short_title, word);
	if ((int)strlen(buf) <= room)
		return;
	snprintf(buf, size, "%s, %s", short_title, word);
}
