/*
 * The output layer, as the tutorial's three softmax steps: the logits z2,
 * their exponentials (the core takes e^(z - max z), which has the same
 * ratios and never overflows), the normalised probabilities as bars with
 * percentages; then the loss -log(p[label] + 1e-8) and, backward, dz2 = p - y.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define OUTPUT_LABEL_W 10 /* the row names: "e^(z-max)" */

/* One row of two numbers under the class names. */
static void output_row(WINDOW *win, int y, const char *name, const double v[LABEL_COUNT], int col_w,
		       int decimals, bool sign)
{
	int k;

	draw_text(win, y, 0, ROLE_DIM, name);
	for (k = 0; k < LABEL_COUNT; k++)
		draw_number(win, y, OUTPUT_LABEL_W + k * col_w, col_w - 1, v[k], decimals, sign);
}

/* On tall panels, the normalisation written out: p(Edge) = e0 / (e0 + e1). */
static int output_softmax_line(WINDOW *win, int y, const struct pass *pass)
{
	char e0[32], e1[32], p[32], line[160];

	format_number(e0, sizeof e0, pass->exp_z2[0], 3, 8, false);
	format_number(e1, sizeof e1, pass->exp_z2[1], 3, 8, false);
	format_number(p, sizeof p, pass->p[0], 3, 8, false);
	snprintf(line, sizeof line, "p(Edge) = %s / (%s + %s) = %s", e0, e0, e1, p);
	if ((int)strlen(line) > draw_width(win)) /* spaces give way before the numbers */
		snprintf(line, sizeof line, "p(Edge)=%s/(%s+%s)=%s", e0, e0, e1, p);
	if ((int)strlen(line) <= draw_width(win))
		draw_text(win, y, 0, ROLE_DIM, line);
	/* Why e^(z - max): the one line that says it changes nothing in p. */
	if (draw_width(win) >= 44)
		draw_text(win, y + 1, 0, ROLE_DIM, "minus the max: the same p, e^z can't overflow");
	return y + 2;
}

/* The softmax bars, one a class, with percentages. */
static void output_bars(WINDOW *win, int y, const struct scene *scene)
{
	int width = draw_width(win), bar_w = width - OUTPUT_LABEL_W - 8, k, cells;
	char bar[1024], pct[16];

	for (k = 0; k < LABEL_COUNT; k++) {
		enum color_role role = k == (int)scene->label ? ROLE_RIGHT : ROLE_WRONG;

		draw_text(win, y + k, 0, k == (int)scene->pass->prediction ? ROLE_NORMAL : ROLE_DIM,
			  label_name((enum label)k));
		cells = format_bar(bar, sizeof bar, scene->pass->p[k], bar_w, scene->ascii);
		draw_glyphs(win, y + k, OUTPUT_LABEL_W, role, bar, cells);
		format_percent(pct, sizeof pct, scene->pass->p[k]);
		draw_textf(win, y + k, width - 7, ROLE_NORMAL, "%6s", pct);
	}
}

/* The loss line: -log(p[label]) = value. */
static void output_loss(WINDOW *win, int y, const struct scene *scene)
{
	char formula[96];
	const char *value;
	const double *p = &scene->pass->p[scene->label];
	int x = 0;

	format_loss_formula(formula, sizeof formula, p, NETWORK_LOG_EPSILON, scene->pass->loss, false);
	if ((int)strlen(formula) + 5 > draw_width(win))
		format_loss_formula(formula, sizeof formula, p, NETWORK_LOG_EPSILON, scene->pass->loss, true);
	/* Still too wide (p near 1 or 0 in e-notation): p by name, its value is above. */
	if ((int)strlen(formula) > draw_width(win))
		format_loss_formula(formula, sizeof formula, NULL, NETWORK_LOG_EPSILON, scene->pass->loss,
				    true);
	/* The word "loss" when it fits; the formula, as computed, always. */
	if ((int)strlen(formula) + 5 <= draw_width(win))
		x = draw_text(win, y, 0, ROLE_DIM, "loss ");
	value = strrchr(formula, '=') + 1;
	x += draw_textf(win, y, x, ROLE_NORMAL, "%.*s", (int)(value - formula), formula);
	draw_text(win, y, x, ROLE_TITLE, value);
}

/*
 * In the update phase: this sample's loss before and after its own update
 * (the core forwarded it again through the new weights), and whether the
 * step helped; a learning rate too large can make it worse.
 */
static void output_after(WINDOW *win, int y, const struct scene *scene)
{
	char before[32], after[32];
	bool helped = scene->after->loss < scene->pass->loss;
	int x;

	format_loss(before, sizeof before, scene->pass->loss);
	/* A step so large that the new weights overflow this very sample: said in words. */
	if (isfinite(scene->after->loss))
		format_loss(after, sizeof after, scene->after->loss);
	else
		snprintf(after, sizeof after, "overflow");
	bool roomy = draw_width(win) >= 44;

	/* Narrow: "loss A->B" fits 26 columns with both losses in exponent form. */
	x = draw_text(win, y, 0, ROLE_DIM, roomy ? "this sample: loss " : "loss ");
	x += draw_textf(win, y, x, ROLE_NORMAL, roomy ? "%s -> " : "%s->", before);
	x += draw_text(win, y, x, helped ? ROLE_RIGHT : ROLE_WRONG, after);
	if (roomy && draw_width(win) - x >= 12)
		draw_text(win, y, x, helped ? ROLE_RIGHT : ROLE_WRONG, helped ? " (lower)" : " (NOT lower)");
	else if (!helped && draw_width(win) - x >= 2)
		draw_text(win, y, x, ROLE_WRONG, " !");
}

/* Draw the output panel. */
static void panel_output_draw(WINDOW *win, const struct scene *scene)
{
	int width = draw_width(win), col_w = (width - OUTPUT_LABEL_W) / 2, y = 1, k;
	const struct pass *pass = scene->pass;
	double y_onehot[LABEL_COUNT];
	char title[96];

	if (col_w > 12)
		col_w = 12;
	panel_title_text(title, sizeof title, scene, "Output: softmax(h.W2 + b2)", "Output",
			 PANEL_MOMENT_BEFORE, width);
	draw_title(win, title, scene->ascii);
	if (!panel_has_forward(scene)) {
		draw_text(win, 1, 0, ROLE_DIM, "nothing computed yet");
		return;
	}
	for (k = 0; k < LABEL_COUNT; k++)
		draw_textf(win, y, OUTPUT_LABEL_W + k * col_w, ROLE_DIM, "%*s", col_w - 1,
			   label_name((enum label)k));
	output_row(win, ++y, "logit z2", pass->z2, col_w, 3, true);
	output_row(win, ++y, "e^(z-max)", pass->exp_z2, col_w, 3, false);
	output_row(win, ++y, "p = e/sum", pass->p, col_w, 3, false);
	y++;
	if (draw_height(win) >= 14)
		y = output_softmax_line(win, y, pass);
	output_bars(win, y, scene);
	y += LABEL_COUNT;
	if (!panel_has_loss(scene)) {
		draw_text(win, y, 0, ROLE_DIM, "loss: next phase (s)");
		return;
	}
	for (k = 0; k < LABEL_COUNT; k++)
		y_onehot[k] = k == (int)scene->label;
	if (y < draw_height(win) - 2)
		output_row(win, y++, "label y", y_onehot, col_w, 0, false);
	output_loss(win, y++, scene);
	if (scene->after != NULL)
		output_after(win, y, scene);
	else if (panel_has_backward(scene))
		output_row(win, y, "dz2 = p-y", pass->dz2, col_w, 3, true);
}

const struct panel_ops panel_output_ops = {
	.where = LAYOUT_OUTPUT,
	.draw = panel_output_draw,
};
