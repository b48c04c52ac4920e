/*
 * The decision map (m): the network's p(Edge) over the family of edge
 * patches, columns < k at brightness a and columns >= k at b, b across and
 * a down, both from 0 to 1. Each cell is a character of a ramp from " " (0)
 * to "@" (1), so it reads in monochrome and ASCII; with colors, on a
 * diverging ground, red for No Edge and blue for Edge. Cells where the
 * answer turns (p = 0.5 between them and a neighbour) carry the decision
 * line's mark; the current patch, if it is in the family, an X. v shows the
 * selected neuron's h instead, on its own scale, blank where ReLU blocks it.
 * The numbers are the core's (views.c); this only draws them.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

/* Ten levels, dark to bright: p in [0, 0.1) is " ", p in [0.9, 1] is "@". */
static const char MAP_RAMP[] = " .:-=+*#%@";
#define MAP_LEVELS ((int)sizeof MAP_RAMP - 1)

/* The ramp's level of a value in [0, 1]. */
static int map_level(double v)
{
	int level = isfinite(v) ? (int)(v * MAP_LEVELS) : 0;

	return level < 0 ? 0 : level >= MAP_LEVELS ? MAP_LEVELS - 1 : level;
}

/* The value a cell shows: p(Edge), or the neuron's h over top (-1 when ReLU blocks it). */
static double map_value(const struct scene *scene, int cell, double top)
{
	const struct views *v = scene->views;
	double h;

	if (!v->neuron_map)
		return v->p_edge[cell];
	h = v->h[cell * scene->net->hidden + scene->selected];
	if (panel_gate(scene) == ACTIVATION_RELU)
		return h > 0 ? fmax(h / top, 1.0 / MAP_LEVELS) : -1;
	return (h / top + 1) / 2; /* the other gates: -top .. top */
}

/* The largest |h| of the selected neuron over the grid: its own scale. */
static double map_top(const struct scene *scene)
{
	const struct views *v = scene->views;
	double top = 0;

	for (int cell = 0; cell < v->rows * v->cols; cell++)
		top = fmax(top, fabs(v->h[cell * scene->net->hidden + scene->selected]));
	return top > 0 ? top : 1;
}

/* Whether p(Edge) turns between the cell and its right or lower neighbour. */
static bool map_on_line(const struct views *v, int r, int c)
{
	bool edge = v->p_edge[r * v->cols + c] >= 0.5;

	return (c + 1 < v->cols && (v->p_edge[r * v->cols + c + 1] >= 0.5) != edge) ||
	       (r + 1 < v->rows && (v->p_edge[(r + 1) * v->cols + c] >= 0.5) != edge);
}

/* One cell at (y, x): two columns, the ramp's character, the line's mark, the patch's X. */
static void map_cell(WINDOW *win, int y, int x, const struct scene *scene, int r, int c, double top,
		     bool here)
{
	const struct views *v = scene->views;
	double value = map_value(scene, r * v->cols + c, top);
	char text[3] = "  ";
	attr_t attr = colors_attr(ROLE_NORMAL);

	if (value >= 0) {
		text[0] = text[1] = MAP_RAMP[map_level(value)];
		if (colors_have_ramps() && v->neuron_map)
			attr = colors_gray(4 + (int)(value * (COLORS_GRAY_LEVELS - 5)));
		else if (colors_have_ramps())
			attr = colors_diverging(
				format_diverging_level(value - 0.5, 0.5, COLORS_DIVERGING_LEVELS));
	}
	if (!v->neuron_map && map_on_line(v, r, c))
		text[1] = 'o';
	if (here)
		text[0] = 'X';
	wattrset(win, attr | (here ? A_BOLD : 0));
	mvwaddstr(win, y, x, text);
	wattrset(win, colors_attr(ROLE_NORMAL));
}

/* The labels: b's above the grid, a's to its left (first, middle and last rows). */
static void map_labels(WINDOW *win, const struct views *v)
{
	int x0 = VIEWS_MAP_LABEL_W, mid_c = v->cols / 2, mid_r = v->rows / 2;

	draw_text(win, 1, 0, ROLE_DIM, "a\\b");
	draw_text(win, 1, x0, ROLE_DIM, "0");
	draw_textf(win, 1, x0 + mid_c * VIEWS_MAP_CELL_W, ROLE_DIM, "%.2g", (double)mid_c / (v->cols - 1));
	draw_text(win, 1, x0 + (v->cols - 1) * VIEWS_MAP_CELL_W, ROLE_DIM, "1");
	draw_text(win, 2, 0, ROLE_DIM, "0");
	if (mid_r > 0 && mid_r < v->rows - 1)
		draw_textf(win, 2 + mid_r, 0, ROLE_DIM, "%.2g", (double)mid_r / (v->rows - 1));
	draw_text(win, 2 + v->rows - 1, 0, ROLE_DIM, "1");
}

/* The legend under the grid: what the characters mean, and the keys. */
static void map_legend(WINDOW *win, int y, const struct scene *scene, double top)
{
	const struct views *v = scene->views;
	int x = 0;

	if (v->neuron_map) {
		x += draw_textf(win, y, x, ROLE_DIM, "h%d: blank blocked, . small .. @ %.3g", scene->selected,
				top);
		draw_text(win, y, x, ROLE_DIM, "  Tab: neuron  v: p(Edge)");
		return;
	}
	/* The whole legend takes 59 columns; a narrower map keeps its first words. */
	bool wide = getmaxx(win) >= 59;

	x += draw_text(win, y, x, ROLE_DIM, wide ? "p(Edge) 0 [" : "0 [");
	x += draw_text(win, y, x, ROLE_NORMAL, MAP_RAMP);
	x += draw_text(win, y, x, ROLE_DIM, wide ? "] 1  o p=0.5  X this patch" : "] 1  o 0.5  X patch");
	if (wide)
		draw_text(win, y, x, ROLE_DIM, "  , . k  v h");
}

/* Draw the decision map. */
static void panel_map_draw(WINDOW *win, const struct scene *scene)
{
	const struct views *v = scene->views;
	char title[96];
	double top = 1;
	int here_r = -1, here_c = -1;

	if (v == NULL)
		return;
	if (v->neuron_map)
		snprintf(title, sizeof title, "Neuron h%d over the edge patches, k = %d", scene->selected,
			 v->k);
	else
		snprintf(title, sizeof title,
			 getmaxx(win) >= 56 ? "Decision map: p(Edge), columns < %d at a, >= %d at b"
					    : "Map of p(Edge), k = %d",
			 v->k, v->k);
	draw_title(win, title, scene->ascii);
	if (v->rows < 2 || v->cols < 2) {
		draw_text(win, 1, 0, ROLE_DIM, "too small for the map");
		return;
	}
	if (v->neuron_map)
		top = map_top(scene);
	if (!views_map_cell(v, scene->patch, &here_r, &here_c))
		here_r = here_c = -1;
	map_labels(win, v);
	for (int r = 0; r < v->rows; r++)
		for (int c = 0; c < v->cols; c++)
			map_cell(win, 2 + r, VIEWS_MAP_LABEL_W + c * VIEWS_MAP_CELL_W, scene, r, c, top,
				 r == here_r && c == here_c);
	map_legend(win, 2 + v->rows, scene, top);
}

const struct panel_ops panel_map_ops = {
	.where = LAYOUT_MAP,
	.draw = panel_map_draw,
};
