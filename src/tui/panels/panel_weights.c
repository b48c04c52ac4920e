/*
 * The learned weights: each hidden neuron's 25 input weights as a 5x5
 * diverging heatmap (red negative, blue positive, as the tutorial's RdBu),
 * all on one scale so that the neurons compare. This is the "template" each
 * neuron matches against the patch; it takes shape as the run trains.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

struct weights_geometry {
	int cell_w, cell_h; /* one weight's cell */
	int gap;	    /* columns between two heatmaps */
	int shown;	    /* heatmaps that fit */
	int first;	    /* the first neuron shown */
	bool votes;	    /* room for each neuron's output weights under its name */
};

/* Fit as many heatmaps as the width allows, as large as the rows allow. */
static void weights_geometry(WINDOW *win, const struct scene *scene, struct weights_geometry *g)
{
	int width = draw_width(win) - 1, rows = draw_height(win) - 3, hidden = scene->net->hidden;

	g->cell_h = rows / PATCH_SIDE;
	if (g->cell_h < 1)
		g->cell_h = 1;
	if (g->cell_h > (scene->zoom ? 4 : 2))
		g->cell_h = scene->zoom ? 4 : 2;
	g->gap = 2;
	/* Zoomed, the heatmaps keep their size and fewer fit: Tab scrolls them. */
	for (g->cell_w = 2 * g->cell_h; g->cell_w > 1 && !scene->zoom; g->cell_w--)
		if (hidden * (PATCH_SIDE * g->cell_w + g->gap) <= width)
			break;
	while (scene->zoom && g->cell_h > 1 && PATCH_SIDE * g->cell_w + g->gap > width) {
		g->cell_h--;
		g->cell_w = 2 * g->cell_h;
	}
	if (g->cell_w < 2 * g->cell_h)
		g->cell_h = g->cell_w >= 2 ? g->cell_w / 2 : 1;
	if (hidden * (PATCH_SIDE * g->cell_w + g->gap) > width)
		g->gap = 1;
	g->shown = width / (PATCH_SIDE * g->cell_w + g->gap);
	if (g->shown > hidden)
		g->shown = hidden;
	if (g->shown < 1)
		g->shown = 1;
	g->votes = PATCH_SIDE * g->cell_w >= 7 && rows >= PATCH_SIDE * g->cell_h + 1 + LABEL_COUNT;
	g->first = panel_first_shown(scene, g->shown);
}

/*
 * The largest magnitude of W1 (or of its gradient): the heatmaps' common
 * scale. A value that is not finite (training diverged) makes it nan, so
 * that the legend reads "|w| up to nan" rather than a reassuring 0.00, and
 * every cell is drawn neutral.
 */
static double weights_scale(const double *w, int hidden)
{
	bool finite;
	double max = network_largest_magnitude(w, NETWORK_INPUTS * hidden, 1, &finite);

	return finite ? max : NAN;
}

/* One neuron's heatmap and its name under it. */
static void weights_draw_one(WINDOW *win, const struct scene *scene, const struct weights_geometry *g, int j,
			     int x, double scale)
{
	const struct network *net = scene->net;
	int i, width = PATCH_SIDE * g->cell_w, y_name = 1 + PATCH_SIDE * g->cell_h;
	enum color_role role = ROLE_NORMAL;
	char name[16];

	for (i = 0; i < PATCH_PIXELS; i++)
		draw_weight(win, 1 + (i / PATCH_SIDE) * g->cell_h, x + (i % PATCH_SIDE) * g->cell_w,
			    g->cell_w, g->cell_h, net->w1[i * net->hidden + j], scale, scene->ascii);
	if (panel_has_forward(scene))
		role = panel_blocked(scene, j) ? ROLE_BLOCKED : ROLE_PASS;
	if (j == scene->selected)
		role = ROLE_SELECTED;
	panel_neuron_name(scene, j, width, name, sizeof name);
	draw_text(win, y_name, x + (width - (int)strlen(name)) / 2, role, name);
	if (g->votes) {
		/* W2: how this neuron votes for each output. */
		draw_text(win, y_name + 1, x, ROLE_DIM, "E");
		draw_number(win, y_name + 1, x + 1, width - 1, net->w2[j * LABEL_COUNT], 2, true);
		draw_text(win, y_name + 2, x, ROLE_DIM, "N");
		draw_number(win, y_name + 2, x + 1, width - 1, net->w2[j * LABEL_COUNT + 1], 2, true);
	}
}

/* The legend: what the colors or signs mean, and the scale; return the columns used. */
static int weights_legend(WINDOW *win, int y, const struct scene *scene, double scale,
			  const struct weights_geometry *g)
{
	char range[32];
	int x = 0;

	format_number(range, sizeof range, scale, 2, 8, false);
	if (colors_enabled() && (colors_have_ramps() || !scene->ascii)) {
		x += draw_text(win, y, x, ROLE_NEGATIVE, "red < 0");
		x += draw_text(win, y, x, ROLE_DIM, ", ");
		x += draw_text(win, y, x, ROLE_POSITIVE, "blue > 0");
	} else {
		x += draw_text(win, y, x, ROLE_DIM, "= - negative  . zero  + # positive");
	}
	x += draw_textf(win, y, x, ROLE_DIM, scene->added != NULL ? "; |change| up to %s" : "; |w| up to %s",
			range);
	if (g->shown < scene->net->hidden)
		x += draw_textf(win, y, x, ROLE_DIM, "; h%d-h%d of %d", g->first, g->first + g->shown - 1,
				scene->net->hidden);
	return x;
}

/* Rows of text a heatmap takes in half blocks: two rows of weights in each. */
#define WEIGHTS_HALF_ROWS ((PATCH_SIDE + 1) / 2)
#define WEIGHTS_HALF_MAP_W (2 * PATCH_SIDE)

/*
 * Whether to draw with half blocks: where the one-band layout would squeeze
 * each weight into one column (an 80x24 screen), bands of heatmaps of
 * square two-column weights, two rows of weights a line, fit better. Needs
 * the color ramps and UTF-8.
 */
static bool weights_use_half(WINDOW *win, const struct scene *scene, const struct weights_geometry *g)
{
	int per_band = (draw_width(win) - 1) / (WEIGHTS_HALF_MAP_W + 1);
	int bands = (draw_height(win) - 1) / (WEIGHTS_HALF_ROWS + 1);

	return colors_have_ramps() && !scene->ascii && g->cell_w < 2 && per_band * bands >= g->shown;
}

/* One neuron's heatmap in half blocks at (y, x), and its name under it. */
static void weights_draw_half_one(WINDOW *win, const struct scene *scene, int j, int y, int x, double scale)
{
	const struct network *net = scene->net;
	int r, c;
	enum color_role role = ROLE_NORMAL;
	char name[16];

	for (r = 0; r < WEIGHTS_HALF_ROWS; r++)
		for (c = 0; c < PATCH_SIDE; c++) {
			int top = 2 * r, bottom = 2 * r + 1;
			int lt = format_diverging_level(net->w1[(top * PATCH_SIDE + c) * net->hidden + j],
							scale, COLORS_DIVERGING_LEVELS);
			int lb = bottom < PATCH_SIDE
					 ? format_diverging_level(
						   net->w1[(bottom * PATCH_SIDE + c) * net->hidden + j],
						   scale, COLORS_DIVERGING_LEVELS)
					 : 0;

			wattrset(win, colors_diverging_halves(lt, lb, bottom < PATCH_SIDE));
			mvwaddstr(win, y + r, x + 2 * c, "\u2580\u2580");
		}
	wattrset(win, colors_attr(ROLE_NORMAL));
	if (panel_has_forward(scene))
		role = panel_blocked(scene, j) ? ROLE_BLOCKED : ROLE_PASS;
	if (j == scene->selected)
		role = ROLE_SELECTED;
	panel_neuron_name(scene, j, WEIGHTS_HALF_MAP_W, name, sizeof name);
	draw_text(win, y + WEIGHTS_HALF_ROWS, x + (WEIGHTS_HALF_MAP_W - (int)strlen(name)) / 2, role, name);
}

/* The heatmaps in bands of half blocks, the scale in the title. */
static void weights_draw_half(WINDOW *win, const struct scene *scene, double scale)
{
	int per_band = (draw_width(win) - 1) / (WEIGHTS_HALF_MAP_W + 1);
	int bands = (draw_height(win) - 1) / (WEIGHTS_HALF_ROWS + 1);
	int hidden = scene->net->hidden, shown = per_band * bands, first, k;
	char title[96], short_title[96], fitted[128], range[32];

	if (shown > hidden)
		shown = hidden;
	first = panel_first_shown(scene, shown);
	format_number(range, sizeof range, scale, 2, 8, false);
	if (scene->added != NULL) {
		snprintf(title, sizeof title, "W1 - W1(step 0): what training added; red<0 blue>0, up to %s",
			 range);
		snprintf(short_title, sizeof short_title, "W1 - W1(step 0): red<0 blue>0, up to %s", range);
	} else {
		snprintf(title, sizeof title, "Weights W1: red < 0, blue > 0, |w| up to %s", range);
		snprintf(short_title, sizeof short_title, "W1: red < 0, blue > 0, |w| up to %s", range);
	}
	panel_title_text(fitted, sizeof fitted, scene, title, short_title, PANEL_MOMENT_AFTER,
			 draw_width(win));
	draw_title(win, fitted, scene->ascii);
	for (k = 0; k < shown; k++)
		weights_draw_half_one(win, scene, first + k, 1 + (k / per_band) * (WEIGHTS_HALF_ROWS + 1),
				      1 + (k % per_band) * (WEIGHTS_HALF_MAP_W + 1), scale);
}

/* The largest gradient magnitude of W1 in the pass: the change heatmaps' common scale. */
static double weights_change_scale(const struct scene *scene)
{
	return weights_scale(scene->pass->dw1, scene->net->hidden);
}

/* Rows the change heatmaps need under the weights (their legend ends the weights'). */
#define WEIGHTS_CHANGE_ROWS PATCH_SIDE

/*
 * Under each template, where the rows allow (a large screen), the last
 * update's change of each of its weights as a 5x5 heatmap: blue where the
 * weight went up, red where it went down (the sign of -dW1, on one scale
 * for all neurons); a neuron ReLU blocked did not change.
 */
static void weights_draw_changes(WINDOW *win, const struct scene *scene, const struct weights_geometry *g,
				 int y, int legend_x)
{
	const struct pass *pass = scene->pass;
	double scale = weights_change_scale(scene);
	int hidden = scene->net->hidden, k, i, x;
	char range[32];

	for (k = 0; k < g->shown; k++) {
		int j = g->first + k;

		x = 1 + k * (PATCH_SIDE * g->cell_w + g->gap);
		for (i = 0; i < PATCH_PIXELS; i++)
			draw_weight(win, y + i / PATCH_SIDE, x + (i % PATCH_SIDE) * g->cell_w, g->cell_w, 1,
				    -pass->dw1[i * hidden + j], scale, scene->ascii);
	}
	format_number(range, sizeof range, scale, 3, 8, false);
	draw_textf(win, y - 1, legend_x, ROLE_DIM,
		   ".  Below: the last update (blue up, red down, |dW1| <= %s)", range);
}

/* The title: the weights, or (d) what training added to them. */
/* Draw the weights, or what training added to them: scene->net is the one shown. */
static void weights_draw(WINDOW *win, const struct scene *scene)
{
	struct weights_geometry g;
	double scale = weights_scale(scene->net->w1, scene->net->hidden);
	int k, x, y;
	char title[96];

	weights_geometry(win, scene, &g);
	if (weights_use_half(win, scene, &g)) {
		weights_draw_half(win, scene, scale);
		return;
	}
	if (scene->added != NULL)
		panel_title_text(title, sizeof title, scene,
				 "W1 - W1(step 0): what training added (d: W1 itself)",
				 "W1 - W1(step 0): added", PANEL_MOMENT_AFTER, draw_width(win));
	else
		panel_title_text(title, sizeof title, scene, "Weights W1: each neuron's 5x5 template",
				 "Weights W1 (templates)", PANEL_MOMENT_AFTER, draw_width(win));
	draw_title(win, title, scene->ascii);
	for (k = 0; k < g.shown; k++) {
		x = 1 + k * (PATCH_SIDE * g.cell_w + g.gap);
		weights_draw_one(win, scene, &g, g.first + k, x, scale);
	}
	y = 2 + PATCH_SIDE * g.cell_h + (g.votes ? LABEL_COUNT : 0);
	x = weights_legend(win, y, scene, scale, &g);
	if (panel_has_backward(scene) && y + 1 + WEIGHTS_CHANGE_ROWS <= draw_height(win))
		weights_draw_changes(win, scene, &g, y + 1, x);
	else if (g.votes)
		draw_text(win, y + 1, 0, ROLE_DIM, "E, N: the neuron's weights in W2 to Edge and No Edge");
}

/*
 * Draw the weights panel: W1, or with d what training added (W - W(step
 * 0), from the core), on one symmetric scale shared by every neuron, so
 * that an edge detector's dark-left, bright-right change stands out of the
 * starting noise.
 */
static void panel_weights_draw(WINDOW *win, const struct scene *scene)
{
	struct scene view = *scene;

	if (scene->added != NULL)
		view.net = scene->added;
	weights_draw(win, &view);
}

const struct panel_ops panel_weights_ops = {
	.where = LAYOUT_WEIGHTS,
	.draw = panel_weights_draw,
};
