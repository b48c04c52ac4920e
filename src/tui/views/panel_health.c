/*
 * Neuron health (n): for each hidden neuron, on how many training samples
 * it fires (h > 0) with the current weights, "dead" when it fires on none
 * under ReLU (no sample sends it any gradient, so its weights can no longer
 * change), the mean |dL/dz1| that reached it over the last epoch, and a
 * sparkline of its h on the last samples stepped. The numbers are the
 * core's (probe_fired, trainer_neuron_activity, through views.c).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define HEALTH_NAME_W 4	  /* "h12 " */
#define HEALTH_FIRED_W 12 /* " 86/100     " or "  0/100 dead" */
#define HEALTH_GRAD_W 10  /* "  8.66e-05" */

/* The first neuron shown, so that the selected one is in view. */
static int health_first(const struct scene *scene, int rows)
{
	int hidden = scene->net->hidden, first = scene->selected - rows / 2;

	if (first > hidden - rows)
		first = hidden - rows;
	return first < 0 ? 0 : first;
}

/* Neuron j's sparkline of h over the recent samples, from x to the right edge. */
static void health_spark(WINDOW *win, int y, int x, const struct scene *scene, int j)
{
	const struct trainer_activity *a = &scene->views->activity;
	int room = draw_width(win) - x, first = a->recent > room ? a->recent - room : 0;
	double lo = 0, hi = 0;

	for (int s = first; s < a->recent; s++) {
		lo = fmin(lo, a->h[s][j]);
		hi = fmax(hi, a->h[s][j]);
	}
	for (int s = first; s < a->recent; s++) {
		double h = a->h[s][j];
		int level = hi > lo ? (int)((h - lo) / (hi - lo) * (FORMAT_SPARK_LEVELS - 1) + 0.5) : 0;
		/* Blocked (h = 0 under ReLU): a blank, not the lowest bar. */
		if (panel_gate(scene) == ACTIVATION_RELU && !(h > 0))
			draw_text(win, y, x + s - first, ROLE_DIM, scene->ascii ? "_" : " ");
		else
			draw_glyphs(win, y, x + s - first, ROLE_SPARK,
				    format_spark_glyph(level, scene->ascii), 1);
	}
}

/* One neuron's row. */
static void health_row(WINDOW *win, int y, const struct scene *scene, int j)
{
	const struct views *v = scene->views;
	const struct trainer_activity *a = &v->activity;
	int x = HEALTH_NAME_W;
	char grad[32];

	draw_textf(win, y, 0, j == scene->selected ? ROLE_SELECTED : ROLE_NORMAL, "h%d", j);
	draw_textf(win, y, x, ROLE_NORMAL, "%3d/%-3d", v->fired[j], v->train_size);
	if (panel_dead(scene, j))
		draw_text(win, y, x + 8, ROLE_WRONG, "dead");
	x += HEALTH_FIRED_W;
	if (a->grad_epoch < 0)
		snprintf(grad, sizeof grad, "%*s", HEALTH_GRAD_W - 1, "-");
	else if (a->mean_grad[j] == 0)
		snprintf(grad, sizeof grad, "%*s", HEALTH_GRAD_W - 1, "0");
	else
		snprintf(grad, sizeof grad, "%*.2e", HEALTH_GRAD_W - 1, a->mean_grad[j]);
	draw_text(win, y, x, a->mean_grad[j] == 0 ? ROLE_DIM : ROLE_NORMAL, grad);
	x += HEALTH_GRAD_W + 1;
	health_spark(win, y, x, scene, j);
}

/* The line under the rows: how many are dead, and what that means. */
static void health_foot(WINDOW *win, int y, const struct scene *scene)
{
	int dead = 0;

	for (int j = 0; j < scene->net->hidden; j++)
		dead += panel_dead(scene, j);
	if (dead == 0)
		draw_text(win, y, 0, ROLE_DIM, "no dead neuron: each fires on some sample");
	else
		draw_textf(win, y, 0, ROLE_DIM, "%d dead: blocked on every sample, no gradient, stuck", dead);
}

/* The column headers on row 1. */
static void health_header(WINDOW *win, const struct trainer_activity *a)
{
	int x = HEALTH_NAME_W + HEALTH_FIRED_W;

	draw_text(win, 1, HEALTH_NAME_W, ROLE_DIM, "fired");
	if (a->grad_epoch >= 0)
		draw_textf(win, 1, x, ROLE_DIM, "|dz1| e%ld", a->grad_epoch);
	else
		draw_text(win, 1, x, ROLE_DIM, "|dz1| -");
	draw_textf(win, 1, x + HEALTH_GRAD_W + 1, ROLE_DIM, "h, last %d", a->recent);
}

/*
 * Draw the health panel: a title, the headers, a row a neuron, a foot; when
 * the neurons would not all fit (8 at 80x24), the headers go into the title
 * and the foot goes, so that they do.
 */
static void panel_health_draw(WINDOW *win, const struct scene *scene)
{
	const struct views *v = scene->views;
	const struct trainer_activity *a;
	int hidden = scene->net->hidden, rows = draw_height(win) - 3, top = 2, first;
	bool compact = rows < hidden;
	char title[96];

	if (v == NULL || !v->fired_known)
		return;
	a = &v->activity;
	if (compact) {
		rows = draw_height(win) - 1;
		top = 1;
		char epoch[24] = "-";
		if (a->grad_epoch >= 0)
			snprintf(epoch, sizeof epoch, "e%ld", a->grad_epoch);
		snprintf(title, sizeof title, "Neuron health: fired of %d, |dz1| %s, h of last %d",
			 v->train_size, epoch, a->recent);
	} else {
		snprintf(title, sizeof title, "Neuron health (of %d samples)", v->train_size);
	}
	draw_title(win, title, scene->ascii);
	if (!compact)
		health_header(win, a);
	first = health_first(scene, rows);
	for (int i = 0; i < rows && first + i < hidden; i++)
		health_row(win, top + i, scene, first + i);
	if (hidden > rows)
		draw_textf(win, 0, draw_width(win) - 12, ROLE_DIM, " h%d-h%d ", first, first + rows - 1);
	if (!compact)
		health_foot(win, draw_height(win) - 1, scene);
}

const struct panel_ops panel_health_ops = {
	.where = LAYOUT_HEALTH,
	.draw = panel_health_draw,
};
