/*
 * The hidden layer: one row a neuron with z1 (signed) and h = ReLU(z1)
 * (or the gate chosen with a: leaky ReLU, sigmoid, tanh), neurons that ReLU
 * blocks marked "blocked". From the backward phase on, the
 * gradient dh arriving from the output and dz1, what ReLU lets through of
 * it. More neurons than rows scroll to keep the selected one in view.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define HIDDEN_NAME_W 4 /* "h12 " */
#define HIDDEN_COL_W 9	/* one number column */

enum hidden_column { COL_Z1, COL_H, COL_DH, COL_DZ1, COL_COUNT };

/* Which columns fit and matter in this phase. */
static int hidden_columns(const struct scene *scene, int width, enum hidden_column *cols)
{
	int n = 0;

	cols[n++] = COL_Z1;
	if (!panel_has_backward(scene)) {
		cols[n++] = COL_H;
		return n;
	}
	if (width >= HIDDEN_NAME_W + 4 * HIDDEN_COL_W + 8)
		cols[n++] = COL_H;
	cols[n++] = COL_DH;
	cols[n++] = COL_DZ1;
	return n;
}

/* The header over a column ("h=ReLU", "h=tanh"... names the gate). */
static const char *hidden_header(const struct scene *scene, enum hidden_column col, char *buf, size_t size)
{
	static const char *const names[COL_COUNT] = { "z1", "h", "dh", "dz1" };

	if (col != COL_H)
		return names[col];
	snprintf(buf, size, "h=%.4s", panel_gate_short(scene));
	return buf;
}

/* The first neuron shown, so that the selected one is in view. */
static int hidden_first(const struct scene *scene, int rows)
{
	return panel_first_shown(scene, rows);
}

/* The largest h, to scale the activation bars. */
static double hidden_max_h(const struct scene *scene)
{
	double max = 0;
	int j;

	for (j = 0; j < scene->net->hidden; j++)
		if (scene->pass->h[j] > max)
			max = scene->pass->h[j];
	return max;
}

/* One cell of a neuron's row. */
static void hidden_draw_cell(WINDOW *win, int y, int x, const struct scene *scene, int j,
			     enum hidden_column col)
{
	const struct pass *pass = scene->pass;
	bool blocked = panel_blocked(scene, j);

	switch (col) {
	case COL_Z1:
		draw_number(win, y, x, HIDDEN_COL_W - 1, pass->z1[j], 3, true);
		break;
	case COL_H:
		if (blocked)
			draw_text(win, y, x + 1, ROLE_BLOCKED, "blocked");
		else
			draw_number(win, y, x, HIDDEN_COL_W - 1, pass->h[j], 3,
				    panel_gate(scene) != ACTIVATION_RELU);
		break;
	case COL_DH:
		draw_number(win, y, x, HIDDEN_COL_W - 1, pass->dh[j], 4, true);
		break;
	case COL_DZ1:
		if (blocked)
			draw_text(win, y, x + 1, ROLE_BLOCKED, "blocked");
		else
			draw_number(win, y, x, HIDDEN_COL_W - 1, pass->dz1[j], 4, true);
		break;
	default:
		break;
	}
}

/* The neuron's name, marked when selected, and "!" after it when it is dead (see the tail). */
static void hidden_draw_name(WINDOW *win, int y, const struct scene *scene, int j)
{
	char name[16];

	snprintf(name, sizeof name, "h%d", j);
	draw_text(win, y, 0, j == scene->selected ? ROLE_SELECTED : ROLE_NORMAL, name);
	if (panel_dead(scene, j))
		draw_text(win, y, HIDDEN_NAME_W - 1, ROLE_WRONG, "!");
}

/* What is left of a row after the columns: a bar of h, or ReLU's verdict on the gradient. */
static void hidden_draw_tail(WINDOW *win, int y, int x, const struct scene *scene, int j, double max_h)
{
	int room = draw_width(win) - x - 1;
	char bar[1024];
	int cells;

	if (room < 4)
		return;
	if (panel_dead(scene, j) && (panel_blocked(scene, j) || !panel_has_forward(scene))) {
		/* Blocked on every training sample: n tells more. */
		draw_text(win, y, x + 1, ROLE_WRONG, "dead");
		return;
	}
	if (panel_has_backward(scene)) {
		if (room >= 7 && panel_leaks(scene, j))
			draw_text(win, y, x + 1, ROLE_BLOCKED, "1% leaks");
		else if (room >= 7 && panel_gate(scene) >= ACTIVATION_SIGMOID)
			draw_text(win, y, x + 1, ROLE_PASS, "scaled");
		else if (room >= 7)
			draw_text(win, y, x + 1, panel_blocked(scene, j) ? ROLE_BLOCKED : ROLE_PASS,
				  panel_blocked(scene, j) ? "stopped" : "through");
		return;
	}
	if (panel_blocked(scene, j) || !(max_h > 0) || !(scene->pass->h[j] > 0))
		return;
	cells = format_bar(bar, sizeof bar, scene->pass->h[j] / max_h, room, scene->ascii);
	draw_glyphs(win, y, x + 1, ROLE_PASS, bar, cells);
}

/* The line under the neurons: how many ReLU passed (or what the other gates do). */
static void hidden_draw_summary(WINDOW *win, int y, const struct scene *scene)
{
	int passed = panel_passed(scene), leaking = panel_leaking(scene), hidden = scene->net->hidden;

	if (panel_gate(scene) == ACTIVATION_LEAKY)
		draw_textf(win, y, 0, ROLE_DIM, "%d above 0, %d below: leaks 1%%", hidden - leaking, leaking);
	else if (panel_gate(scene) != ACTIVATION_RELU)
		draw_textf(win, y, 0, ROLE_DIM, "%s: none blocked, h in (%s,1)", panel_gate_short(scene),
			   panel_gate(scene) == ACTIVATION_SIGMOID ? "0" : "-1");
	else if (panel_has_backward(scene))
		draw_textf(win, y, 0, ROLE_DIM, "gradient: %d through, %d stopped", passed, hidden - passed);
	else
		draw_textf(win, y, 0, ROLE_DIM, "%d of %d passed ReLU, %d blocked", passed, hidden,
			   hidden - passed);
}

/* Draw the hidden layer panel. */
static void panel_hidden_draw(WINDOW *win, const struct scene *scene)
{
	enum hidden_column cols[COL_COUNT];
	int ncols, rows, first, i, j, c, x;
	double max_h = 0;
	char title[64], shown[96], header[16];

	snprintf(title, sizeof title, "Hidden layer: z1 = x.W1 + b1, h = %s(z1)", panel_gate_short(scene));
	panel_title_text(shown, sizeof shown, scene, title, "Hidden layer", PANEL_MOMENT_BEFORE,
			 draw_width(win));
	draw_title(win, shown, scene->ascii);
	rows = draw_height(win) - 3;
	first = hidden_first(scene, rows);
	if (!panel_has_forward(scene)) {
		for (i = 0; i < rows && first + i < scene->net->hidden; i++) {
			hidden_draw_name(win, 2 + i, scene, first + i);
			draw_text(win, 2 + i, HIDDEN_NAME_W, ROLE_DIM, "-");
		}
		draw_text(win, 1, HIDDEN_NAME_W, ROLE_DIM, "nothing computed yet");
		draw_text(win, draw_height(win) - 1, 0, ROLE_DIM, "press s for the forward pass");
		return;
	}
	ncols = hidden_columns(scene, draw_width(win), cols);
	for (c = 0; c < ncols; c++)
		draw_textf(win, 1, HIDDEN_NAME_W + c * HIDDEN_COL_W, ROLE_DIM, "%*s",
			   cols[c] == COL_H ? HIDDEN_COL_W : HIDDEN_COL_W - 1,
			   hidden_header(scene, cols[c], header, sizeof header));
	if (!panel_has_backward(scene))
		max_h = hidden_max_h(scene);
	for (i = 0; i < rows && first + i < scene->net->hidden; i++) {
		j = first + i;
		hidden_draw_name(win, 2 + i, scene, j);
		for (c = 0; c < ncols; c++)
			hidden_draw_cell(win, 2 + i, HIDDEN_NAME_W + c * HIDDEN_COL_W, scene, j, cols[c]);
		x = HIDDEN_NAME_W + ncols * HIDDEN_COL_W;
		hidden_draw_tail(win, 2 + i, x, scene, j, max_h);
	}
	if (scene->net->hidden > rows)
		draw_textf(win, 0, draw_width(win) - 12, ROLE_DIM, " h%d-h%d ", first, first + rows - 1);
	hidden_draw_summary(win, draw_height(win) - 1, scene);
}

const struct panel_ops panel_hidden_ops = {
	.where = LAYOUT_HIDDEN,
	.draw = panel_hidden_draw,
};
