/*
 * Questions every panel asks of the scene: how far the pass is filled, and
 * whether a neuron is blocked. Comparisons only: the numbers are the core's.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/panel.h"

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
	return panel_gate(scene) == ACTIVATION_RELU && panel_has_forward(scene) &&
	       !(scene->pass->z1[j] > 0);
}

/* Whether neuron j is below 0 under leaky ReLU, which lets 1% of it through. */
bool panel_leaks(const struct scene *scene, int j)
{
	return panel_gate(scene) == ACTIVATION_LEAKY && panel_has_forward(scene) &&
	       !(scene->pass->z1[j] > 0);
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
