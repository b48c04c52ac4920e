/*
 * The tutorial's template-matching picture for the selected neuron, on the
 * patch on screen: its 25 weights (the template), the input, the 25
 * products x_i * w_i (positive where the patch agrees with the template),
 * then z1 = their sum plus the bias, and ReLU's verdict. The products are
 * the only arithmetic the front end does, one multiplication a cell for
 * display; z1 itself is the core's.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/model/equation.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define NEURON_CELL_W 6	 /* "+0.12 " */
#define NEURON_PIXEL_W 4 /* "0.9 " */
#define NEURON_GRID_W (PATCH_SIDE * NEURON_CELL_W)

/* The largest magnitude of 25 values: the grid's color scale. */
static double neuron_scale(const double *v)
{
	return network_largest_magnitude(v, PATCH_PIXELS, 1, NULL);
}

/*
 * A 5x5 grid of signed numbers under a heading: on the diverging color ramp
 * where the terminal has one (the tutorial's red and blue template), else
 * colored by sign.
 */
static void neuron_grid(WINDOW *win, int y, int x, const char *heading, const double *v)
{
	double scale = neuron_scale(v);
	int i;

	draw_text(win, y, x, ROLE_DIM, heading);
	for (i = 0; i < PATCH_PIXELS; i++) {
		int cy = y + 1 + i / PATCH_SIDE, cx = x + (i % PATCH_SIDE) * NEURON_CELL_W;

		if (colors_have_ramps())
			draw_weight(win, cy, cx, NEURON_CELL_W, 1, v[i], scale, false);
		else
			draw_number(win, cy, cx, NEURON_CELL_W - 1, v[i], 2, true);
	}
}

/* The input as numbers, for the wide screens. */
static void neuron_pixels(WINDOW *win, int y, int x, const struct patch *patch)
{
	int i;

	draw_text(win, y, x, ROLE_DIM, "input x");
	for (i = 0; i < PATCH_PIXELS; i++)
		draw_textf(win, y + 1 + i / PATCH_SIDE, x + (i % PATCH_SIDE) * NEURON_PIXEL_W, ROLE_NORMAL,
			   "%.1f", patch->pixel[i]);
}

/* The lines under the grids: the sum and ReLU's verdict. */
static void neuron_verdict(WINDOW *win, int y, const struct scene *scene, int j, double bias)
{
	char z[32], b[32];

	format_number(b, sizeof b, bias, 3, 8, true);
	if (!panel_has_forward(scene)) {
		draw_textf(win, y, 0, ROLE_DIM, "z1 = sum of the 25 products + b1 (%s)", b);
		draw_text(win, y + 1, 0, ROLE_DIM, "press s: the forward pass computes it");
		return;
	}
	format_number(z, sizeof z, scene->pass->z1[j], 3, 9, true);
	draw_textf(win, y, 0, ROLE_NORMAL, "z1 = sum of the 25 products + b1 (%s) = %s", b, z);
	if (panel_blocked(scene, j))
		draw_text(win, y + 1, 0, ROLE_BLOCKED,
			  "ReLU: z1 <= 0, blocked: h = 0 (the patch does not match)");
	else if (panel_leaks(scene, j))
		draw_text(win, y + 1, 0, ROLE_BLOCKED,
			  "leaky ReLU: z1 <= 0, leaks 1%: h = 0.01 z1 (no match)");
	else if (panel_gate(scene) != ACTIVATION_RELU)
		draw_textf(win, y + 1, 0, ROLE_PASS, "%s: never blocks: h = %s(z1) = %.3f",
			   panel_gate_short(scene), panel_gate_short(scene), scene->pass->h[j]);
	else
		draw_textf(win, y + 1, 0, ROLE_PASS, "%s: z1 > 0, passes: h = %s (a match)",
			   panel_gate(scene) == ACTIVATION_LEAKY ? "leaky ReLU" : "ReLU", z + 1);
}

/*
 * The selected input's product as an equation, under the verdict where
 * there is a row for it, else over the verdict when chosen with j or k.
 */
static void neuron_equation(WINDOW *win, int y, const struct scene *scene)
{
	char line[160], result[32];

	if (scene->value < 0 || scene->value >= PATCH_PIXELS)
		return;
	if (y >= draw_height(win)) {
		if (!scene->value_chosen)
			return;
		y = draw_height(win) - 1;
		wmove(win, y, 0);
		wclrtoeol(win);
	}
	equation_product(scene->forward_net, scene->patch, scene->selected, scene->value, line, sizeof line,
			 result, sizeof result);
	draw_text(win, y, 0, ROLE_NORMAL, line);
}

/* Draw the neuron inspector. */
static void panel_neuron_draw(WINDOW *win, const struct scene *scene)
{
	const struct network *net = scene->forward_net;
	int j = scene->selected, hidden = net->hidden, i, x = 0, y = 1;
	double w[PATCH_PIXELS], product[PATCH_PIXELS];
	char title[96], short_title[32], shown[128];

	if (scene->added != NULL) {
		snprintf(title, sizeof title, "Neuron h%d: W1 - W1(step 0), what training added (d)", j);
		snprintf(short_title, sizeof short_title, "Neuron h%d: W1 - W1(step 0)", j);
	} else {
		snprintf(title, sizeof title, "Neuron h%d: its template on this patch (Tab: next)", j);
		snprintf(short_title, sizeof short_title, "Neuron h%d (Tab: next)", j);
	}
	panel_title_text(shown, sizeof shown, scene, title, short_title, PANEL_MOMENT_BEFORE,
			 draw_width(win));
	draw_title(win, shown, scene->ascii);
	for (i = 0; i < PATCH_PIXELS; i++)
		w[i] = scene->added != NULL ? scene->added->w1[i * hidden + j] : net->w1[i * hidden + j];
	network_neuron_products(net, scene->patch, j, product);
	neuron_grid(win, y, x, scene->added != NULL ? "w - w(step 0)" : "weights w", w);
	x += NEURON_GRID_W + 2;
	if (draw_width(win) >= 2 * NEURON_GRID_W + PATCH_SIDE * NEURON_PIXEL_W + 6) {
		neuron_pixels(win, y, x, scene->patch);
		x += PATCH_SIDE * NEURON_PIXEL_W + 2;
	}
	neuron_grid(win, y, x, "products x*w", product);
	neuron_verdict(win, y + PATCH_SIDE + 1, scene, j, net->b1[j]);
	neuron_equation(win, y + PATCH_SIDE + 3, scene);
}

const struct panel_ops panel_neuron_ops = {
	.where = LAYOUT_NEURON,
	.draw = panel_neuron_draw,
};
