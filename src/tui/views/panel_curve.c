/*
 * The whole learning curve (l): every epoch so far, the mean training loss
 * and the test loss on a log scale above, the training and test accuracy
 * (0-100%) below, the epochs along the bottom. With more epochs than
 * columns each column stands for a run of epochs (the core's
 * curve_summarise): the mean training loss as a dot and its least and
 * greatest as a thin bar, the mean test loss as an x, so the early epochs
 * never scroll away (past the 65,536 kept whole, they come from the
 * trainer's digest, in buckets: a column may then be empty). Both charts
 * mark train and test alike (dot or o, x, * for both in one cell), told
 * apart by shape, not only by colour; a legend says so, beside the plot or,
 * when the plot takes the width, on the epoch axis.
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
/* Columns the legend beside the plot needs. */
#define CURVE_SIDE_LEGEND_W 22

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

/* The mark of the mean training loss: a dot; o in ASCII, where * says both, as on the accuracy chart. */
static const char *curve_train_glyph(bool ascii)
{
	return ascii ? "o" : "\u2022";
}

/* True when the trainer records each epoch's test loss, and there is a test set to take it on. */
static bool curve_shows_test_loss(const struct scene *scene)
{
	return trainer_config(scene->trainer)->epoch_test_loss && trainer_test_set(scene->trainer)->size > 0;
}

/* The level of a column's mean test loss, at the floor when it is <= 0; -1 when not a number. */
static int curve_test_level(const struct curve_geometry *g, const struct curve_column *c, double lo,
			    double hi)
{
	if (!isfinite(c->test_loss_mean))
		return -1;
	return c->test_loss_mean > 0 ? format_log_level(c->test_loss_mean, lo, hi, g->loss_h) : 0;
}

/*
 * One column of the loss chart: the min-max bar, the mean's dot over it,
 * and with_test, the mean test loss's x (* where it falls on the dot).
 */
static void curve_loss_column(WINDOW *win, const struct curve_geometry *g, int x,
			      const struct curve_column *c, double lo, double hi, bool with_test, bool ascii)
{
	int mean = format_log_level(c->loss_mean, lo, hi, g->loss_h);
	int low = format_log_level(c->loss_min, lo, hi, g->loss_h);
	int high = format_log_level(c->loss_max, lo, hi, g->loss_h);
	int test = with_test ? curve_test_level(g, c, lo, hi) : -1;
	int level;

	if (low >= 0 && high >= 0)
		for (level = low; level <= high; level++)
			draw_glyphs(win, curve_row(g->loss_y, g->loss_h, level), x, ROLE_DIM,
				    ascii ? "|" : "\u2502", 1);
	if (mean >= 0)
		draw_glyphs(win, curve_row(g->loss_y, g->loss_h, mean), x, ROLE_SPARK,
			    curve_train_glyph(ascii), 1);
	else
		draw_text(win, g->loss_y, x, ROLE_ERROR, "?"); /* nan or inf: diverged */
	if (test >= 0)
		draw_text(win, curve_row(g->loss_y, g->loss_h, test), x,
			  test == mean ? ROLE_PASS : ROLE_RIGHT, test == mean ? "*" : "x");
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

/*
 * The legend of both charts in one line from x, where the plot takes the
 * width ("\u2022 o train  x test  * both"): the training loss's dot and
 * the training accuracy's o, then the marks both charts share. Return its
 * columns; draw it only when until is not passed.
 */
static int curve_axis_legend(WINDOW *win, int y, int x, int until, bool ascii)
{
	int width = ascii ? 23 : 25, at = x;

	if (x + width > until)
		return 0;
	if (!ascii) {
		draw_glyphs(win, y, at, ROLE_SPARK, curve_train_glyph(false), 1);
		at += 2;
	}
	at += draw_text(win, y, at, ROLE_BAR, "o");
	at += draw_text(win, y, at, ROLE_DIM, " train  ");
	at += draw_text(win, y, at, ROLE_RIGHT, "x");
	at += draw_text(win, y, at, ROLE_DIM, " test  ");
	at += draw_text(win, y, at, ROLE_PASS, "*");
	draw_text(win, y, at, ROLE_DIM, " both");
	return width;
}

/*
 * The epoch axis: the first, the middle and the last epoch under their
 * columns, and with_legend, the legend after the first where it fits.
 */
static void curve_epoch_axis(WINDOW *win, int y, const struct curve_geometry *g,
			     const struct curve_column *col, int used, bool with_legend, bool ascii)
{
	char first[24], last[24];
	int width = draw_width(win), middle = g->x + used / 2 - 2, last_x;

	draw_text(win, y, 0, ROLE_DIM, "epoch");
	snprintf(first, sizeof first, "%ld", col[0].first);
	draw_text(win, y, g->x, ROLE_DIM, first);
	snprintf(last, sizeof last, "%ld", col[used - 1].last);
	if (used > 24)
		draw_textf(win, y, middle, ROLE_DIM, "%ld", col[used / 2].first);
	if (g->x + used - (int)strlen(last) > g->x + 8 && g->x + used <= width)
		last_x = g->x + used - (int)strlen(last);
	else
		last_x = width - (int)strlen(last) - 1;
	draw_text(win, y, last_x, ROLE_DIM, last);
	if (with_legend)
		curve_axis_legend(win, y, g->x + (int)strlen(first) + 2, (used > 24 ? middle : last_x) - 2,
				  ascii);
}

/*
 * The legend beside the plot, where there is room for it (the accuracy's
 * marks; the loss's, with_test, its test loss's x too). Return false when
 * there is none: the epoch axis carries it then.
 */
static bool curve_side_legend(WINDOW *win, const struct curve_geometry *g, int used, bool with_test,
			      bool ascii)
{
	int x = g->x + used + 2;

	if (draw_width(win) - g->x - used < CURVE_SIDE_LEGEND_W || (with_test && g->loss_h < 2))
		return false;
	draw_text(win, g->acc_y, x, ROLE_BAR, "o train");
	draw_text(win, g->acc_y + 1, x, ROLE_RIGHT, "x test  * both");
	if (!with_test) {
		draw_text(win, g->loss_y, x, ROLE_SPARK, "mean loss");
		return true;
	}
	draw_glyphs(win, g->loss_y, x, ROLE_SPARK, curve_train_glyph(ascii), 1);
	draw_text(win, g->loss_y, x + 2, ROLE_SPARK, "train loss");
	draw_text(win, g->loss_y + 1, x, ROLE_RIGHT, "x test loss  * both");
	return true;
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
	bool with_test = curve_shows_test_loss(scene);
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
		if (with_test && isfinite(col[c].test_loss_mean) && col[c].test_loss_mean > 0) {
			min = fmin(min, col[c].test_loss_mean);
			max = fmax(max, col[c].test_loss_mean);
		}
	}
	format_log_range(min, max, &lo, &hi);
	curve_title(win, scene, col);
	curve_loss_axis(win, &g, lo, hi, scene->ascii);
	curve_acc_axis(win, &g, scene->ascii);
	for (c = 0; c < used; c++) {
		if (col[c].count == 0)
			continue; /* its epochs went into a neighbour's bucket */
		curve_loss_column(win, &g, g.x + c, &col[c], lo, hi, with_test, scene->ascii);
		curve_acc_column(win, &g, g.x + c, &col[c]);
	}
	bool beside = curve_side_legend(win, &g, used, with_test, scene->ascii);
	curve_epoch_axis(win, draw_height(win) - 1, &g, col, used, !beside, scene->ascii);
}

const struct panel_ops panel_curve_ops = {
	.where = LAYOUT_CURVE,
	.draw = panel_curve_draw,
};
