/*
 * The update of the selected neuron's weights, as SGD makes it: old weight,
 * gradient, new weight = old - lr x gradient, for its bias, its two output
 * weights and the input weights whose gradient is largest, sorted by the
 * gradient's size (the panel says so). Old and new come
 * from the core (the weights before and after the update), not from here.
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

#define UPDATE_NAME_W 10
#define UPDATE_COL_W 9
#define UPDATE_BLOCK_W (UPDATE_NAME_W + 3 * UPDATE_COL_W) /* one column of rows */
#define UPDATE_GAP 3

/* One row at (y, x): name (marked when its equation is shown), old, gradient, new (when done). */
static void update_row(WINDOW *win, int y, int x, const char *name, double old, double grad,
		       const double *new_value, bool selected)
{
	draw_text(win, y, x, selected ? ROLE_SELECTED : ROLE_DIM, name);
	draw_number(win, y, x + UPDATE_NAME_W, UPDATE_COL_W - 1, old, 4, true);
	draw_number(win, y, x + UPDATE_NAME_W + UPDATE_COL_W, UPDATE_COL_W - 1, grad, 5, true);
	if (new_value != NULL)
		draw_number(win, y, x + UPDATE_NAME_W + 2 * UPDATE_COL_W, UPDATE_COL_W - 1, *new_value, 4,
			    true);
}

/* How many W1 rows fit from row y to above height: the first column, then whole columns across. */
static int update_w1_room(WINDOW *win, int y, int height)
{
	int room = height - y, x;

	for (x = UPDATE_BLOCK_W + UPDATE_GAP; x + UPDATE_BLOCK_W <= draw_width(win);
	     x += UPDATE_BLOCK_W + UPDATE_GAP)
		room += height - 2;
	return room > 0 ? room : 0;
}

/*
 * The inputs ordered by the size of their gradient, largest first; the
 * selected one, if it would not fit, in the last place that does.
 */
static void update_order(WINDOW *win, int y, int height, const struct scene *scene, int *order)
{
	int all[EQUATION_VALUES], room = update_w1_room(win, y, height), i;

	equation_order(scene->pass, scene->net->hidden, scene->selected, all);
	memcpy(order, all + 3, sizeof(int) * PATCH_PIXELS);
	for (i = room; i < PATCH_PIXELS && room > 0; i++)
		if (order[i] == scene->value) {
			order[room - 1] = order[i];
			break;
		}
}

/* The input weights, largest gradient first, down the first column from y to above height, then across. */
static void update_w1_rows(WINDOW *win, int y, int height, const struct scene *scene, bool done)
{
	const struct network *old = scene->forward_net, *now = scene->net;
	int j = scene->selected, hidden = now->hidden, order[PATCH_PIXELS], i;
	int x = 0;
	char name[32];

	update_order(win, y, height, scene, order);
	for (i = 0; i < PATCH_PIXELS; i++) {
		int k = order[i] * hidden + j;

		if (y >= height) {
			/* The next column, under its own header, if the width has room. */
			x += UPDATE_BLOCK_W + UPDATE_GAP;
			if (x + UPDATE_BLOCK_W > draw_width(win))
				return;
			y = 2;
		}
		/* numpy's index, as --trace writes it: W1[input pixel, neuron] */
		snprintf(name, sizeof name, "W1[%d,%d]", order[i], j);
		update_row(win, y++, x, name, old->w1[k], scene->pass->dw1[k], done ? &now->w1[k] : NULL,
			   order[i] == scene->value);
	}
}

/* The column headers over every column of rows that fits. */
static void update_headers(WINDOW *win, bool done)
{
	int x;

	for (x = 0; x + UPDATE_BLOCK_W <= draw_width(win); x += UPDATE_BLOCK_W + UPDATE_GAP)
		draw_textf(win, 1, x + UPDATE_NAME_W, ROLE_DIM, "%*s%*s%*s", UPDATE_COL_W - 1, "old",
			   UPDATE_COL_W, "gradient", UPDATE_COL_W, done ? "new" : "");
}

/*
 * The selected value's equations on the panel's last rows: its gradient,
 * and once the update is done its new value; return the rows they took.
 */
static int update_equations(WINDOW *win, const struct scene *scene, bool done)
{
	char line[160], result[32];
	int y = draw_height(win) - 1;

	if (done && y >= 6) {
		/* The rate that update was made with, though ] or [ may have changed it since. */
		equation_update(scene->forward_net, scene->net, scene->pass,
				trainer_update_lr(scene->trainer), scene->selected, scene->value, line,
				sizeof line, result, sizeof result);
		draw_text(win, y--, 0, ROLE_NORMAL, line);
	}
	equation_gradient(scene->pass, scene->patch, scene->net->hidden, scene->selected, scene->value, line,
			  sizeof line, result, sizeof result);
	draw_text(win, y, 0, ROLE_NORMAL, line);
	return draw_height(win) - y;
}

/* Draw the update panel. */
static void panel_update_draw(WINDOW *win, const struct scene *scene)
{
	const struct network *old = scene->forward_net;
	const struct network *now = scene->net;
	const struct pass *pass = scene->pass;
	int j = scene->selected, y = 1, height;
	bool done = scene->before != NULL && scene->mode == KEYMAP_TRAIN;
	char title[96], name[32];

	snprintf(title, sizeof title, "Update of h%d: new = old - lr x grad (lr %g)", j,
		 trainer_shown_lr(scene->trainer));
	draw_title(win, title, scene->ascii);
	if (!panel_has_backward(scene) || scene->mode != KEYMAP_TRAIN) {
		draw_text(win, y++, 0, ROLE_DIM, "The gradients come in the backward phase,");
		draw_text(win, y++, 0, ROLE_DIM, "the update after it: press s to step there.");
		return;
	}
	update_headers(win, done);
	y++;
	height = draw_height(win) - update_equations(win, scene, done);
	snprintf(name, sizeof name, "b1[%d]", j);
	update_row(win, y++, 0, name, old->b1[j], pass->db1[j], done ? &now->b1[j] : NULL,
		   scene->value == EQUATION_B1);
	snprintf(name, sizeof name, "W2 %d>Edge", j);
	update_row(win, y++, 0, name, old->w2[j * 2], pass->dw2[j * 2], done ? &now->w2[j * 2] : NULL,
		   scene->value == EQUATION_W2_EDGE);
	snprintf(name, sizeof name, "W2 %d>No", j);
	update_row(win, y++, 0, name, old->w2[j * 2 + 1], pass->dw2[j * 2 + 1],
		   done ? &now->w2[j * 2 + 1] : NULL, scene->value == EQUATION_W2_NO);
	if (panel_blocked(scene, j) && y < height)
		draw_text(win, y++, 0, ROLE_BLOCKED, "blocked by ReLU: no gradient for its W1");
	else if (y < height)
		draw_text(win, y++, 0, ROLE_DIM, "W1, sorted by |gradient|, largest first:");
	update_w1_rows(win, y, height, scene, done);
}

const struct panel_ops panel_update_ops = {
	.where = LAYOUT_UPDATE,
	.draw = panel_update_draw,
};
