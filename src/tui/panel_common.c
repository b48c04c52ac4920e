/*
 * Questions every panel asks of the scene: how far the pass is filled, and
 * whether a neuron is blocked. Comparisons only: the numbers are the core's.
 */
#include "config.h"

#include "tui/panel.h"

bool panel_has_forward(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_FORWARD;
}

bool panel_has_loss(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_LOSS;
}

bool panel_has_backward(const struct scene *scene)
{
	return scene->pass != NULL && scene->phase >= TRAINER_PHASE_BACKWARD;
}

bool panel_blocked(const struct scene *scene, int j)
{
	return panel_has_forward(scene) && !(scene->pass->z1[j] > 0);
}
