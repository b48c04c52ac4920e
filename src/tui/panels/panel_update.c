/*
 * The update of the selected neuron's weights, as SGD makes it: old weight,
 * gradient, new weight = old - lr x gradient, for its bias, its two output
 * weights and the input weights whose gradient is largest. Old and new come
 * from the core (the weights before and after the update), not from here.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/screen/draw.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"

#define UPDATE_NAME_W 10
#define UPDATE_COL_W 9
#define UPDATE_BLOCK_W (UPDATE_NAME_W + 3 * UPDATE_COL_W)	/* one column of rows */
#define UPDATE_GAP 3

/* One row at (y, x): name, old, gradient, new (new only when the update is done). */
static void update_row(WINDOW *win, int y, int x, const char *name, double old, double grad,
		       const double *new_value)
{
	draw_text(win, y, x, ROLE_DIM, name);
	draw_number(win, y, x + UPDATE_NAME_W, UPDATE_COL_W - 1, old, 4, true);
	draw_number(win, y, x + UPDATE_NAME_W + UPDATE_COL_W, UPDATE_COL_W - 1, grad, 5, true);
	if (new_value != NULL)
		draw_number(win, y, x + UPDATE_NAME_W + 2 * UPDATE_COL_W, UPDATE_COL_W - 1, *new_value,
			    4, true);
}

/* The inputs ordered by the size of their gradient, largest first. */
static void update_order(const struct scene *scene, int j, int *order)
{
	const struct pass *pass = scene->pass;
	int hidden = scene->net->hidden, i, k;

	for (i = 0; i < PATCH_PIXELS; i++) {
		int v = i;

		for (k = i; k > 0 && fabs(pass->dw1[order[k - 1] * hidden + j]) <
					     fabs(pass->dw1[v * hidden + j]); k--)
			order[k] = order[k - 1];
		order[k] = v;
	}
}

/* The input weights, largest gradient first, down the first column from y, then across. */
static void update_w1_rows(WINDOW *win, int y, const struct scene *scene, bool done)
{
	const struct network *old = scene->forward_net, *now = scene->net;
	int j = scene->selected, hidden = now->hidden, order[PATCH_PIXELS], i;
	int height = draw_height(win), x = 0;
	char name[32];

	update_order(scene, j, order);
	for (i = 0; i < PATCH_PIXELS; i++) {
		int k = order[i] * hidden + j;

		if (y >= height) {
			/* The next column, under its own header, if the width has room. */
			x += UPDATE_BLOCK_W + UPDATE_GAP;
			if (x + UPDATE_BLOCK_W > draw_width(win))
				return;
			y = 2;
		}
		snprintf(name, sizeof name, "W1 r%dc%d", order[i] / PATCH_SIDE + 1,
			 order[i] % PATCH_SIDE + 1);
		update_row(win, y++, x, name, old->w1[k], scene->pass->dw1[k],
			   done ? &now->w1[k] : NULL);
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

/* Draw the update panel. */
static void panel_update_draw(WINDOW *win, const struct scene *scene)
{
	const struct network *old = scene->forward_net;
	const struct network *now = scene->net;
	const struct pass *pass = scene->pass;
	int j = scene->selected, y = 1;
	bool done = scene->before != NULL && scene->mode == KEYMAP_TRAIN;
	char title[96], name[32];

	snprintf(title, sizeof title, "Update of h%d: new = old - lr x grad (lr %g)", j,
		 trainer_lr(scene->trainer));
	draw_title(win, title, scene->ascii);
	if (!panel_has_backward(scene) || scene->mode != KEYMAP_TRAIN) {
		draw_text(win, y++, 0, ROLE_DIM, "The gradients come in the backward phase,");
		draw_text(win, y++, 0, ROLE_DIM, "the update after it: press s to step there.");
		return;
	}
	update_headers(win, done);
	y++;
	snprintf(name, sizeof name, "b1[%d]", j);
	update_row(win, y++, 0, name, old->b1[j], pass->db1[j], done ? &now->b1[j] : NULL);
	snprintf(name, sizeof name, "W2 %d>Edge", j);
	update_row(win, y++, 0, name, old->w2[j * 2], pass->dw2[j * 2],
		   done ? &now->w2[j * 2] : NULL);
	snprintf(name, sizeof name, "W2 %d>No", j);
	update_row(win, y++, 0, name, old->w2[j * 2 + 1], pass->dw2[j * 2 + 1],
		   done ? &now->w2[j * 2 + 1] : NULL);
	if (panel_blocked(scene, j) && y < draw_height(win))
		draw_text(win, y++, 0, ROLE_BLOCKED, "blocked by ReLU: no gradient for its W1");
	update_w1_rows(win, y, scene, done);
}

const struct panel_ops panel_update_ops = {
	.where = LAYOUT_UPDATE,
	.draw = panel_update_draw,
};
