/*
 * The whole learning curve (l): every epoch so far, the mean training loss
 * on a log scale above, the training and test accuracy (0-100%) below, the
 * epochs along the bottom. With more epochs than columns each column stands
 * for a run of epochs (the core's curve_summarise): the mean as a dot and
 * the least and greatest loss as a thin bar, so the early epochs never
 * scroll away (past the 65,536 kept whole, they come from the trainer's
 * digest, in buckets: a column may then be empty).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/analysis/curve.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define CURVE_AXIS_W 6 /* "1e-4 " and the axis line */
#define CURVE_MAX_COLS 512

/* Where the charts go in the panel. */
struct curve_geometry {
	int loss_y, loss_h; /* the loss chart's first row and rows */
	int acc_y, acc_h;   /* the accuracy chart's */
	int x, w;	    /* the plot's first column and columns */
};

static void curve_geometry(WINDOW *win, struct curve_geometry *g)
{
	int rows = draw_height(win) - 2; /* the title, the epoch axis */

	g->loss_y = 1;
	g->loss_h = (rows + 1) / 2;
	g->acc_y = g->loss_y + g->loss_h;
	g->acc_h = rows - g->loss_h;
	g->x = CURVE_AXIS_W;
	g->w = draw_width(win) - CURVE_AXIS_W - 1;
	if (g->w > CURVE_MAX_COLS)
		g->w = CURVE_MAX_COLS;
}

/* The row of a level (0 at the bottom) in a chart of h rows from y. */
static int curve_row(int y, int h, int level)
{
	return y + h - 1 - level;
}

/* The loss chart's axis: decades top and bottom, its name between, the axis line. */
static void curve_loss_axis(WINDOW *win, const struct curve_geometry *g, double lo, double hi, bool ascii)
{
	char label[16];
	int r;

	for (r = 0; r < g->loss_h; r++)
		draw_glyphs(win, g->loss_y + r, CURVE_AXIS_W - 1, ROLE_DIM, ascii ? "|" : "\u2502", 1);
	format_decade(label, sizeof label, hi);
	draw_textf(win, g->loss_y, 0, ROLE_DIM, "%4s", label);
	format_decade(label, sizeof label, lo);
	draw_textf(win, g->loss_y + g->loss_h - 1, 0, ROLE_DIM, "%4s", label);
	if (g->loss_h >= 3)
		draw_text(win, g->loss_y + g->loss_h / 2, 0, ROLE_DIM, "loss");
}

/* The accuracy chart's axis: 100% and 0%, its name between. */
static void curve_acc_axis(WINDOW *win, const struct curve_geometry *g, bool ascii)
{
	int r;

	for (r = 0; r < g->acc_h; r++)
		draw_glyphs(win, g->acc_y + r, CURVE_AXIS_W - 1, ROLE_DIM, ascii ? "|" : "\u2502", 1);
	draw_text(win, g->acc_y, 0, ROLE_DIM, "100%");
	draw_text(win, g->acc_y + g->acc_h - 1, 0, ROLE_DIM, "  0%");
	if (g->acc_h >= 3)
		draw_text(win, g->acc_y + g->acc_h / 2, 0, ROLE_DIM, " acc");
}

/* One column of the loss chart: the min-max bar, the mean's dot over it. */
static void curve_loss_column(WINDOW *win, const struct curve_geometry *g, int x,
			      const struct curve_column *c, double lo, double hi, bool ascii)
{
	int mean = format_log_level(c->loss_mean, lo, hi, g->loss_h);
	int low = format_log_level(c->loss_min, lo, hi, g->loss_h);
	int high = format_log_level(c->loss_max, lo, hi, g->loss_h);
	int level;

	if (low >= 0 && high >= 0)
		for (level = low; level <= high; level++)
			draw_glyphs(win, curve_row(g->loss_y, g->loss_h, level), x, ROLE_DIM,
				    ascii ? "|" : "\u2502", 1);
	if (mean >= 0)
		draw_glyphs(win, curve_row(g->loss_y, g->loss_h, mean), x, ROLE_SPARK, ascii ? "*" : "\u2022",
			    1);
	else
		draw_text(win, g->loss_y, x, ROLE_ERROR, "?"); /* nan or inf: diverged */
}

/* The level (0 .. h - 1) of an accuracy in [0, 1]. */
static int curve_acc_level(double acc, int h)
{
	if (!(acc >= 0))
		return 0;
	return (int)lround(fmin(acc, 1.0) * (h - 1));
}

/* One column of the accuracy chart: o train, x test, * both in one cell. */
static void curve_acc_column(WINDOW *win, const struct curve_geometry *g, int x, const struct curve_column *c)
{
	int train = curve_acc_level(c->train_mean, g->acc_h);
	int test = curve_acc_level(c->test_mean, g->acc_h);

	if (train == test) {
		draw_text(win, curve_row(g->acc_y, g->acc_h, train), x, ROLE_PASS, "*");
		return;
	}
	draw_text(win, curve_row(g->acc_y, g->acc_h, train), x, ROLE_BAR, "o");
	draw_text(win, curve_row(g->acc_y, g->acc_h, test), x, ROLE_RIGHT, "x");
}

/* The epoch axis: the first, the middle and the last epoch under their columns. */
static void curve_epoch_axis(WINDOW *win, int y, const struct curve_geometry *g,
			     const struct curve_column *col, int used)
{
	char last[24];
	int width = draw_width(win);

	draw_text(win, y, 0, ROLE_DIM, "epoch");
	draw_textf(win, y, g->x, ROLE_DIM, "%ld", col[0].first);
	snprintf(last, sizeof last, "%ld", col[used - 1].last);
	if (used > 24)
		draw_textf(win, y, g->x + used / 2 - 2, ROLE_DIM, "%ld", col[used / 2].first);
	if (g->x + used - (int)strlen(last) > g->x + 8 && g->x + used <= width)
		draw_text(win, y, g->x + used - (int)strlen(last), ROLE_DIM, last);
	else
		draw_text(win, y, width - (int)strlen(last) - 1, ROLE_DIM, last);
}

/* The title: how many epochs, how many a column, and the last epoch's numbers. */
static void curve_title(WINDOW *win, const struct scene *scene, const struct curve_column *col)
{
	const struct trainer *t = scene->trainer;
	const struct epoch_record *r = trainer_epoch_record(t, trainer_epochs_done(t) - 1);
	long per = col[0].last - col[0].first + 1;
	char title[160], loss[32];

	format_loss(loss, sizeof loss, r->loss);
	if (draw_width(win) >= 110)
		snprintf(title, sizeof title,
			 "Learning curve: %ld epoch%s, %ld a column; epoch %ld: loss %s, train %.0f%%, "
			 "test %.0f%%",
			 trainer_epochs_done(t), trainer_epochs_done(t) == 1 ? "" : "s", per, r->epoch, loss,
			 100 * r->train_acc, 100 * r->test_acc);
	else
		snprintf(title, sizeof title,
			 "Learning curve: %ld epoch%s (%ld/col); last: loss %s %.0f%% %.0f%%",
			 trainer_epochs_done(t), trainer_epochs_done(t) == 1 ? "" : "s", per, loss,
			 100 * r->train_acc, 100 * r->test_acc);
	draw_title(win, title, scene->ascii);
}

/* Draw the learning curve. */
static void panel_curve_draw(WINDOW *win, const struct scene *scene)
{
	static struct curve_column col[CURVE_MAX_COLS];
	struct curve_geometry g;
	double min = INFINITY, max = 0, lo, hi;
	int used, c;

	curve_geometry(win, &g);
	used = curve_summarise(scene->trainer, g.w, col);
	if (used == 0) {
		draw_title(win, "Learning curve: every epoch's loss and accuracy", scene->ascii);
		draw_text(win, 1, 0, ROLE_DIM, "no epoch has ended yet: e ends this one, r runs on");
		return;
	}
	for (c = 0; c < used; c++) {
		if (col[c].count == 0)
			continue;
		if (isfinite(col[c].loss_min) && col[c].loss_min > 0)
			min = fmin(min, col[c].loss_min);
		if (isfinite(col[c].loss_max))
			max = fmax(max, col[c].loss_max);
	}
	format_log_range(min, max, &lo, &hi);
	curve_title(win, scene, col);
	curve_loss_axis(win, &g, lo, hi, scene->ascii);
	curve_acc_axis(win, &g, scene->ascii);
	for (c = 0; c < used; c++) {
		if (col[c].count == 0)
			continue; /* its epochs went into a neighbour's bucket */
		curve_loss_column(win, &g, g.x + c, &col[c], lo, hi, scene->ascii);
		curve_acc_column(win, &g, g.x + c, &col[c]);
	}
	curve_epoch_axis(win, draw_height(win) - 1, &g, col, used);
	if (draw_width(win) - g.x - used >= 22) {
		draw_text(win, g.acc_y, g.x + used + 2, ROLE_BAR, "o train");
		draw_text(win, g.acc_y + 1, g.x + used + 2, ROLE_RIGHT, "x test  * both");
		draw_text(win, g.loss_y, g.x + used + 2, ROLE_SPARK, "mean loss");
	}
}

const struct panel_ops panel_curve_ops = {
	.where = LAYOUT_CURVE,
	.draw = panel_curve_draw,
};
