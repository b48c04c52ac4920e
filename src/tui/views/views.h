/*
 * The views of what the network has learned, m (the decision map) and n
 * (the neurons' health): whether each is open, the map's settings, and the
 * numbers they show, asked of the core (probe.h, trainer_neuron_activity)
 * only when the weights they depend on have changed. No curses: the model
 * part of the panels panel_map.c and panel_health.c.
 */
#ifndef EDGEVIZ_TUI_VIEWS_H
#define EDGEVIZ_TUI_VIEWS_H

#include <stdbool.h>

#include "core/network.h"
#include "core/trainer.h"

/* The finest map grid drawn: a and b each in at most these many steps. */
#define VIEWS_MAP_MAX_ROWS 24
#define VIEWS_MAP_MAX_COLS 48
/* Columns of the map's left labels ("0.5 "), and of one grid cell. */
#define VIEWS_MAP_LABEL_W 5
#define VIEWS_MAP_CELL_W 2
/* While running, the firing counts are taken again at most this often (seconds). */
#define VIEWS_FIRED_PERIOD 0.25
/*
 * And n's replayed activity at most this often: far into a run the replay
 * starts from a checkpoint up to tens of thousands of steps back.
 */
#define VIEWS_ACTIVITY_PERIOD 1.0

struct views {
	bool map_open;	  /* m */
	bool health_open; /* n */
	int k;		  /* the family's step column, 1 .. 4 */
	bool neuron_map;  /* the map shows the selected neuron's h, not p(Edge) */
	int value;	  /* j, k: the value whose equation is shown (equation.h); -1: the default */

	/* The map over family k, for the current weights. */
	int rows, cols; /* its grid: a down, b across */
	double p_edge[VIEWS_MAP_MAX_ROWS * VIEWS_MAP_MAX_COLS];
	double h[VIEWS_MAP_MAX_ROWS * VIEWS_MAP_MAX_COLS * NETWORK_MAX_HIDDEN];
	struct network map_net; /* the weights it was computed for */
	int map_k;

	/* On how many training samples each neuron fires, and which are dead. */
	bool fired_known;
	int fired[NETWORK_MAX_HIDDEN];
	bool dead[NETWORK_MAX_HIDDEN];
	int train_size;
	unsigned long fired_data; /* the trainer's data generation it was computed for */
	const struct trainer *fired_trainer;
	struct network fired_net;
	double fired_time;

	/* The gradient reaching each neuron, its recent activations (n only). */
	bool activity_known;
	struct trainer_activity activity;
	const struct trainer *activity_trainer;
	long activity_step;
	struct network activity_net;
	double activity_time;
};

/* Closed, k = 2, p(Edge); nothing computed yet. */
void views_init(struct views *views);

/* The map's grid for a panel of height x width: *rows x *cols cells (0 when none fits). */
void views_map_grid(int height, int width, int *rows, int *cols);

/* The map for trainer's current weights on a rows x cols grid (again only if they changed). */
void views_update_map(struct views *views, const struct trainer *trainer, int rows, int cols);

/*
 * The firing counts and dead markers for the current weights: again when
 * they changed, but while running (running true) at most every
 * VIEWS_FIRED_PERIOD seconds of now.
 */
void views_update_fired(struct views *views, const struct trainer *trainer, bool running, double now);

/*
 * The replayed activity (trainer_neuron_activity), again when the run moved;
 * while running at most every VIEWS_ACTIVITY_PERIOD seconds of now.
 */
void views_update_activity(struct views *views, const struct trainer *trainer, bool running, double now);

/* Whether patch is in family k; its grid cell (*row, *col), the nearest to its (a, b). */
bool views_map_cell(const struct views *views, const struct patch *patch, int *row, int *col);

#endif
