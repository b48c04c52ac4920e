/*
 * The run speeds and the learning-rate ladder the + - [ ] keys move along.
 * Pure: no curses, no trainer.
 */
#ifndef EDGEVIZ_TUI_CONTROLS_H
#define EDGEVIZ_TUI_CONTROLS_H

#include <stddef.h>

/* Steps a second at each speed; CONTROLS_SPEED_MAX means as fast as the core goes. */
#define CONTROLS_SPEED_MAX 0L

/* How many speeds there are, and the one the visualizer starts with. */
int controls_speed_count(void);
int controls_speed_default(void);

/* Steps a second of speed index i (clamped), or CONTROLS_SPEED_MAX. */
long controls_speed_steps(int i);

/* The speed for people: "1 step/s", "100 steps/s", "10k steps/s", "max". */
void controls_speed_name(int i, char *buf, size_t size);

/* The next learning rate on the 1-2-5 ladder above lr (direction +1) or below (-1). */
double controls_lr_next(double lr, int direction);

#endif
