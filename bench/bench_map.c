/*
 * The cost of the decision map (m) per frame while the run goes on: at
 * 160x48 with 64 hidden neurons (the largest network), each frame trains one
 * step (so the weights change and the map must be asked of the core again),
 * then times the map's frame: views_update_map (the core's forward pass over
 * the grid) and panel_map's drawing into its window, through doupdate to a
 * terminal that is /dev/null. Prints the median and the 90th percentile of
 * each part, in microseconds, and the median's share of a 33 ms frame (the
 * visualizer's frame while running: what the map takes from training).
 *
 * With --health it times instead what n asks of the core each frame while
 * it is open: the firing counts (probe_fired over the training set) and the
 * activity replayed from the history (trainer_neuron_activity).
 *
 *	bench_map [--frames N] [--hidden H] [--cols C] [--rows R] [--neuron] [--health]
 *
 * Needs TERM set to a known terminal (the curses output goes to /dev/null).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curses.h>

#include "core/trainer.h"
#include "tui/screen/colors.h"
#include "tui/model/layout.h"
#include "tui/panels/panel.h"
#include "tui/views/views.h"

#define FRAME_MS 33.0

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Sort v and print its median and 90th percentile. */
static double report(const char *what, double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, by_value);
	printf("%-28s median %8.1f us   p90 %8.1f us\n", what, v[n / 2], v[n * 9 / 10]);
	return v[n / 2];
}

/* --health: the core's part of n, per frame of a run. */
static int bench_health(struct trainer *t, struct views *views, int frames, double *times)
{
	endwin();
	for (int f = 0; f < frames; f++) {
		trainer_run(t, 1);
		double t0 = now_us();
		views_update_fired(views, t, false, 0);
		views_update_activity(views, t, false, 0);
		times[f] = now_us() - t0;
	}
	printf("health (n): %d hidden, %d training samples, step %ld, %d frames\n",
	       trainer_network(t)->hidden, trainer_train_set(t)->size, trainer_step_count(t), frames);
	double median = report("fired + replayed activity", times, frames);
	printf("share of a %.0f ms frame while running: %.2f%%\n", FRAME_MS, median / (FRAME_MS * 10.0));
	return 0;
}

int main(int argc, char **argv)
{
	int frames = 2000, cols = 160, rows = 48, grid_rows, grid_cols;
	struct trainer_config config = TRAINER_DEFAULTS;
	static struct views views;
	struct layout layout;
	struct scene scene;
	char err[200];
	bool neuron = false, health = false;

	config.hidden = 64;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--frames") == 0 && i + 1 < argc)
			frames = atoi(argv[++i]);
		else if (strcmp(argv[i], "--hidden") == 0 && i + 1 < argc)
			config.hidden = atoi(argv[++i]);
		else if (strcmp(argv[i], "--cols") == 0 && i + 1 < argc)
			cols = atoi(argv[++i]);
		else if (strcmp(argv[i], "--rows") == 0 && i + 1 < argc)
			rows = atoi(argv[++i]);
		else if (strcmp(argv[i], "--neuron") == 0)
			neuron = true;
		else if (strcmp(argv[i], "--health") == 0)
			health = true;
		else {
			fprintf(stderr, "usage: bench_map [--frames N] [--hidden H] [--cols C] [--rows R] [--neuron]\n");
			return 2;
		}
	}
	if (frames < 10)
		frames = 10;
	struct trainer *t = trainer_create(&config, err, sizeof err);
	if (t == NULL) {
		fprintf(stderr, "bench_map: %s\n", err);
		return 1;
	}
	FILE *out = fopen("/dev/null", "w");
	SCREEN *screen = out != NULL ? newterm(NULL, out, stdin) : NULL;
	if (screen == NULL) {
		fprintf(stderr, "bench_map: no terminal (is TERM set?)\n");
		return 1;
	}
	resizeterm(rows, cols);
	colors_init(true, false, false);
	layout_compute_views(&layout, cols, rows, config.hidden, LAYOUT_INSPECT_NONE, false,
			     LAYOUT_VIEW_MAP);
	const struct layout_rect *r = &layout.rect[LAYOUT_MAP];
	WINDOW *win = newwin(r->h, r->w, r->y, r->x);
	views_init(&views);
	views.map_open = true;
	views.neuron_map = neuron;
	views_map_grid(r->h, r->w, &grid_rows, &grid_cols);

	double *compute = malloc(sizeof(double) * (size_t)frames);
	double *draw = malloc(sizeof(double) * (size_t)frames);
	double *whole = malloc(sizeof(double) * (size_t)frames);
	trainer_run(t, 1000);
	if (health)
		return bench_health(t, &views, frames, compute);
	for (int f = 0; f < frames; f++) {
		trainer_run(t, 1);
		double t0 = now_us();
		views_update_map(&views, t, grid_rows, grid_cols);
		double t1 = now_us();
		memset(&scene, 0, sizeof scene);
		scene.trainer = t;
		scene.net = trainer_network(t);
		scene.patch = trainer_sample(t);
		scene.views = &views;
		scene.selected = f % config.hidden;
		panel_map_ops.draw(win, &scene);
		wnoutrefresh(win);
		doupdate();
		double t2 = now_us();
		compute[f] = t1 - t0;
		draw[f] = t2 - t1;
		whole[f] = t2 - t0;
	}
	endwin();
	delscreen(screen);
	printf("map at %dx%d: a %dx%d grid in a %dx%d panel, %d hidden, %s, %d frames\n", cols, rows,
	       grid_rows, grid_cols, r->w, r->h, config.hidden, neuron ? "neuron h" : "p(Edge)", frames);
	report("core (views_update_map)", compute, frames);
	report("drawing (panel_map, doupdate)", draw, frames);
	double median = report("whole frame of the map", whole, frames);
	printf("share of a %.0f ms frame while running: %.2f%%\n", FRAME_MS, median / (FRAME_MS * 10.0));
	trainer_destroy(t);
	free(compute);
	free(draw);
	free(whole);
	return 0;
}
