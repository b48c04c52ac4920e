/*
 * Speeds from 1 step a second (a teacher talking over each step) to as fast
 * as the core goes, and learning rates on a 1-2-5 ladder from 1e-4 to 1e3,
 * which reaches the tutorial's 0.1 and, upward, the rates that diverge.
 */
#include "config.h"

#include <stdio.h>

#include "tui/model/clamp.h"
#include "tui/model/controls.h"

static const long controls_speeds[] = {
	1, 2, 5, 10, 20, 50, 100, 1000, 10000, 100000, CONTROLS_SPEED_MAX,
};
#define CONTROLS_SPEEDS ((int)(sizeof controls_speeds / sizeof controls_speeds[0]))

#define CONTROLS_LR_MIN 1e-4
#define CONTROLS_LR_MAX 1e3

/* How many speeds there are. */
int controls_speed_count(void)
{
	return CONTROLS_SPEEDS;
}

/* The speed the visualizer starts with. */
int controls_speed_default(void)
{
	return 3; /* 10 steps a second: each step visible, an epoch in 10 s */
}

/* Steps a second of speed index i (clamped), or CONTROLS_SPEED_MAX. */
long controls_speed_steps(int i)
{
	i = clamp(i, 0, CONTROLS_SPEEDS - 1);
	return controls_speeds[i];
}

/* The speed in words: "1 step/s", "10k steps/s", "max speed". */
void controls_speed_name(int i, char *buf, size_t size)
{
	long steps = controls_speed_steps(i);

	if (steps == CONTROLS_SPEED_MAX)
		snprintf(buf, size, "max speed");
	else if (steps >= 1000)
		snprintf(buf, size, "%ldk steps/s", steps / 1000);
	else
		snprintf(buf, size, "%ld step%s/s", steps, steps == 1 ? "" : "s");
}

/*
 * The ladder's value number i: 1e-4, 2e-4, 5e-4, 1e-3, ... Each is a small
 * integer divided (or multiplied) by an exact power of ten, so that it is
 * the double nearest its decimal: 0.1 here is the 0.1 of --lr 0.1.
 */
static double controls_lr_rung(int i)
{
	static const double mantissa[3] = { 1, 2, 5 };
	int exponent = i / 3 - 4;
	double power = 1;
	int d;

	for (d = 0; d < (exponent < 0 ? -exponent : exponent); d++)
		power *= 10;
	return exponent < 0 ? mantissa[i % 3] / power : mantissa[i % 3] * power;
}

/* The next learning rate on the 1-2-5 ladder above lr (direction +1) or below (-1). */
double controls_lr_next(double lr, int direction)
{
	int i, rungs = 0;

	while (controls_lr_rung(rungs) <= CONTROLS_LR_MAX)
		rungs++;
	/* Compare with a little slack so that 0.1 counts as the rung 0.1. */
	if (direction > 0) {
		for (i = 0; i < rungs; i++)
			if (controls_lr_rung(i) > lr * 1.0001)
				return controls_lr_rung(i);
		return lr;
	}
	for (i = rungs - 1; i >= 0; i--)
		if (controls_lr_rung(i) < lr * 0.9999)
			return controls_lr_rung(i);
	return lr;
}
