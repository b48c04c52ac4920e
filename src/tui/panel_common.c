/*
 * Questions every panel asks of the scene: how far the pass is filled, and
 * whether a neuron is blocked. Comparisons only: the numbers are the core's.
 */
#include "config.h"

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

/* Whether neuron j is blocked by ReLU in the scene's pass (z1 <= 0). */
bool panel_blocked(const struct scene *scene, int j)
{
	return panel_has_forward(scene) && !(scene->pass->z1[j] > 0);
}
