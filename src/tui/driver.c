/*
 * The run as the visualizer drives it (see driver.h). While running, the
 * loop wakes at most every DRIVER_FRAME_MS (fewer for slow speeds) and the
 * driver trains as many steps as the speed asks for since the last wake, as
 * many as fit in DRIVER_MAX_RUN_MS at full speed.
 */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "tui/driver.h"
#include "tui/model/clamp.h"
#include "tui/model/controls.h"

/* Seconds on the monotonic clock. */
double driver_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Drive the caller's trainer, paused, at the default speed. */
void driver_init(struct driver *d, struct trainer *trainer, const struct tui_options *options)
{
	memset(d, 0, sizeof *d);
	d->trainer = trainer;
	run_pair_init(&d->pair, trainer);
	d->options = *options;
	d->speed = controls_speed_default();
	d->test_step = -1;
	if (options->load_path != NULL) /* main started the run from them */
		driver_loaded(d, options->load_path);
}

/* Step 0's weights come from path now. */
void driver_loaded(struct driver *d, const char *path)
{
	snprintf(d->loaded_from, sizeof d->loaded_from, "%s", path);
}

/* Free the trainer made here. */
void driver_close(struct driver *d)
{
	run_pair_close(&d->pair);
	if (d->owned != NULL)
		trainer_destroy(d->owned);
	d->owned = NULL;
}

/* Drive a new trainer made from config. */
int driver_replace(struct driver *d, const struct trainer_config *config, char *err, size_t err_size)
{
	struct trainer *next =
		trainer_create_with_data(config, d->options.train_data, d->options.test_data, err, err_size);

	if (next == NULL)
		return -1;
	driver_close(d);
	d->owned = next;
	d->trainer = next;
	run_pair_init(&d->pair, next);
	d->test_step = -1;
	d->loaded_from[0] = '\0'; /* the seed's weights now */
	return 0;
}

/* Count the test set again at the next frame. */
void driver_weights_changed(struct driver *d)
{
	d->test_step = -1;
}

/* Set the message shown until the next key. */
void driver_say(struct driver *d, bool error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(d->message, sizeof d->message, fmt, ap);
	va_end(ap);
	d->message_is_error = error;
}

/* Clear the message. */
void driver_quiet(struct driver *d)
{
	d->message[0] = '\0';
}

/* Stop running. */
void driver_pause(struct driver *d)
{
	d->running = false;
}

/* Start running from now, up to the end of --epochs if the run is before it. */
void driver_start_run(struct driver *d)
{
	long target = trainer_step_count(d->trainer) + trainer_steps_to_epochs(d->trainer, d->options.epochs);

	if (trainer_diverged(d->trainer)) {
		driver_say(d, true, "%s", "diverged: step back (b), lower the rate ([) or reset (R) first");
		return;
	}
	d->running = true;
	d->credit = 0;
	d->last_tick = driver_now();
	d->run_limit = trainer_step_count(d->trainer) < target ? target : LONG_MAX;
}

/* One speed faster or slower; the steps owed start again. */
void driver_change_speed(struct driver *d, int direction)
{
	d->speed = clamp(d->speed + direction, 0, controls_speed_count() - 1);
	d->credit = 0;
}

/* Full speed: train in growing chunks until the frame's share of time is spent. */
static void driver_train_flat_out(struct driver *d, long left, double start)
{
	long chunk = 64;
	double now = start;

	while (left > 0 && now - start < DRIVER_MAX_RUN_MS / 1000.0 && !trainer_diverged(d->trainer)) {
		if (chunk > left)
			chunk = left;
		run_pair_run(&d->pair, chunk);
		left -= chunk;
		if (chunk < 1L << 20)
			chunk *= 2;
		now = driver_now();
	}
	d->last_tick = now;
}

/* Train what the speed owes since the last tick. */
long driver_train_tick(struct driver *d)
{
	long per_second = controls_speed_steps(d->speed), steps;
	long before = trainer_step_count(d->trainer), left = d->run_limit - before;
	double now = driver_now();

	if (per_second == CONTROLS_SPEED_MAX) {
		driver_train_flat_out(d, left, now);
		return trainer_step_count(d->trainer) - before;
	}
	d->credit += (now - d->last_tick) * (double)per_second;
	/* After a stall (a suspended terminal) do not catch up all at once. */
	if (d->credit > per_second / 2.0 + 1)
		d->credit = per_second / 2.0 + 1;
	steps = (long)d->credit;
	d->credit -= (double)steps;
	if (steps > left)
		steps = left;
	if (steps > 0)
		run_pair_run(&d->pair, steps);
	d->last_tick = now;
	return trainer_step_count(d->trainer) - before;
}

/* Train steps at once. */
void driver_run_steps(struct driver *d, long steps)
{
	run_pair_run(&d->pair, steps);
}

/* Stop on divergence or at --epochs. */
void driver_run_checks(struct driver *d)
{
	if (trainer_diverged(d->trainer)) {
		driver_pause(d);
		driver_say(d, true, "%s", "the loss diverged: the run stopped");
	} else if (trainer_step_count(d->trainer) >= d->run_limit) {
		char text[64];

		driver_pause(d);
		snprintf(text, sizeof text, "%ld epochs done (--epochs); r runs on", d->options.epochs);
		driver_say(d, false, "%s", text);
	}
}

/* How long the loop may sleep while running. */
int driver_run_timeout(const struct driver *d)
{
	long per_second = controls_speed_steps(d->speed);
	double wait;

	if (per_second == CONTROLS_SPEED_MAX)
		return DRIVER_FRAME_MS - DRIVER_MAX_RUN_MS;
	wait = (1.0 - d->credit) / (double)per_second * 1000.0;
	if (per_second > 1000 / DRIVER_FRAME_MS)
		return DRIVER_FRAME_MS;
	if (wait < 1)
		return 1;
	return (int)wait + 1;
}

/* The test accuracy, computed again only when the weights changed. */
int driver_test_correct(struct driver *d)
{
	long step = trainer_step_count(d->trainer);

	if (step != d->test_step) {
		d->test_correct = trainer_test_evaluate(d->trainer, &d->test_loss);
		d->test_step = step;
	}
	return d->test_correct;
}
