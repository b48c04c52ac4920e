/*
 * The split screen of runs A and B (C, --compare), in place of the other
 * panels: each run's settings, sample, output, loss and accuracy side by
 * side (on a large screen also its hidden layer and its templates), and one
 * loss chart shared by both, the runs told apart by their glyphs, not by
 * color. Also the status line while B is open: both runs' loss and
 * accuracy. Every number comes from the scene (compare_scene_build).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/compare/panel_compare.h"
#include "tui/model/format.h"
#include "tui/screen/draw.h"

/* The chart's glyphs: A's, B's, and both in one cell. ASCII, so that no terminal loses them. */
#define GLYPH_A "*"
#define GLYPH_B "o"
#define GLYPH_BOTH "@"
/* From this many rows the runs show their hidden layer and templates too. */
#define LARGE_ROWS 36
#define LARGE_COLS 120

/* "lr 0.1 relu seed 42 h8", and for B the change that made it, as fits in width columns. */
static void run_header(WINDOW *win, int y, int x, int width, const struct compare_run *r, const char *change)
{
	char with[RUN_CHANGE_TEXT_MAX + 16];
	int used = draw_textf(win, y, x, ROLE_TITLE, "%c ", r->name);

	used += draw_text(win, y, x + used, ROLE_NORMAL, r->settings);
	if (r->diverged)
		used += draw_text(win, y, x + used, ROLE_ERROR, " DIVERGED");
	if (r->name != 'B')
		return;
	snprintf(with, sizeof with, " (A with %s)", change);
	if (used + (int)strlen(with) > width)
		snprintf(with, sizeof with, " (%s)", change);
	if (used + (int)strlen(with) <= width)
		draw_text(win, y, x + used, ROLE_DIM, with);
}

/* p(Edge) and p(No Edge) as bars and percentages, width columns. */
static void run_output(WINDOW *win, int y, int x, int width, const struct compare_run *r, bool ascii)
{
	char bar[256], pct[16];

	if (!r->has_forward) {
		draw_text(win, y, x, ROLE_DIM, "p: after the forward phase (s)");
		return;
	}
	for (int k = 0; k < LABEL_COUNT; k++) {
		int bar_w = width - 11 - 8;
		draw_text(win, y + k, x, k == (int)r->pass->prediction ? ROLE_NORMAL : ROLE_DIM,
			  k == LABEL_EDGE ? "p(Edge)" : "p(No Edge)");
		if (bar_w > 0) {
			int cells = format_bar(bar, sizeof bar, r->pass->p[k], bar_w, ascii);
			draw_glyphs(win, y + k, x + 11, k == (int)r->label ? ROLE_RIGHT : ROLE_WRONG, bar,
				    cells);
		}
		format_percent(pct, sizeof pct, r->pass->p[k]);
		draw_textf(win, y + k, x + width - 7, ROLE_NORMAL, "%6s", pct);
	}
}

/* The sample's loss, then the epoch's and the test set's figures. */
static void run_figures(WINDOW *win, int y, int x, const struct compare_run *r)
{
	char loss[16], acc[16], test[16];

	if (r->has_loss) {
		bool right = r->pass->prediction == r->label;
		format_loss(loss, sizeof loss, r->pass->loss);
		int used = draw_textf(win, y, x, ROLE_NORMAL, "sample loss %s  ", loss);
		draw_text(win, y, x + used, right ? ROLE_RIGHT : ROLE_WRONG, right ? "right" : "wrong");
	} else {
		draw_text(win, y, x, ROLE_DIM, "sample loss: after the loss phase");
	}
	if (r->has_loss_now) {
		format_loss(loss, sizeof loss, r->loss_now);
		format_percent(acc, sizeof acc, r->acc_now);
		draw_textf(win, y + 1, x, ROLE_NORMAL, "epoch loss %s  train %s", loss, acc);
	} else {
		draw_text(win, y + 1, x, ROLE_DIM, "epoch loss: after the first step");
	}
	format_percent(test, sizeof test, (double)r->test_correct / r->test_total);
	format_loss(loss, sizeof loss, r->test_loss);
	draw_textf(win, y + 2, x, ROLE_NORMAL, "test %d/%d = %s  loss %s", r->test_correct, r->test_total,
		   test, loss);
}

/* The hidden layer's h, as many neurons a row as fit; return the rows taken. */
static int run_hidden(WINDOW *win, int y, int x, int width, const struct compare_run *r)
{
	const struct network *net = trainer_network(r->trainer);
	int per_row = width / 11 > 0 ? width / 11 : 1, rows = (net->hidden + per_row - 1) / per_row;
	char h[16];

	draw_textf(win, y, x, ROLE_DIM, "hidden layer h (%s)", activation_keyword(net->activation));
	for (int j = 0; j < net->hidden; j++) {
		int row = y + 1 + j / per_row, col = x + (j % per_row) * 11;
		if (r->has_forward)
			format_number(h, sizeof h, r->pass->h[j], 3, 6, false);
		else
			snprintf(h, sizeof h, "%6s", "-");
		draw_textf(win, row, col, r->has_forward && r->pass->h[j] > 0 ? ROLE_PASS : ROLE_DIM,
			   "h%-2d%s", j, h);
	}
	return 1 + rows;
}

/* Each neuron's template (its 25 weights as a 5x5 picture), in a row; return the rows taken. */
static int run_templates(WINDOW *win, int y, int x, int width, const struct compare_run *r, bool ascii)
{
	const struct network *net = trainer_network(r->trainer);
	int shown = width / 6 < net->hidden ? width / 6 : net->hidden;

	draw_textf(win, y, x, ROLE_DIM, "templates W1 of h0..h%d%s", shown - 1,
		   shown < net->hidden ? " (more: wider screen)" : "");
	for (int j = 0; j < shown; j++) {
		double scale = 0;
		for (int i = 0; i < NETWORK_INPUTS; i++)
			scale = fmax(scale, fabs(net->w1[i * net->hidden + j]));
		for (int i = 0; i < NETWORK_INPUTS; i++)
			draw_weight(win, y + 1 + i / 5, x + j * 6 + i % 5, 1, 1, net->w1[i * net->hidden + j],
				    scale > 0 ? scale : 1, ascii);
	}
	return 6;
}

/* One run's column from row y: return the next free row. */
static int run_column(WINDOW *win, int y, int x, int width, const struct compare_scene *c, int i, bool large,
		      bool ascii)
{
	const struct compare_run *r = &c->run[i];

	run_header(win, y++, x, width, r, c->change);
	draw_textf(win, y++, x, ROLE_DIM, "sample %d/%d %s, label %s", r->sample, r->samples,
		   trainer_phase_name(trainer_phase(r->trainer)), label_name(r->label));
	run_output(win, y, x, width, r, ascii);
	y += 2;
	run_figures(win, y, x, r);
	y += 4;
	if (large) {
		y += run_hidden(win, y, x, width, r) + 1;
		y += run_templates(win, y, x, width, r, ascii);
	}
	return y;
}

/* The loss range of both curves, as powers of ten. */
static void chart_range(const struct compare_scene *c, double *lo, double *hi)
{
	double min = INFINITY, max = -INFINITY;

	for (int i = 0; i < 2; i++)
		for (int k = 0; k < c->run[i].columns; k++) {
			double v = c->run[i].curve[k].loss_mean;
			if (isfinite(v) && v > 0) {
				min = fmin(min, v);
				max = fmax(max, v);
			}
		}
	if (!(min <= max))
		min = max = 1;
	format_log_range(min, max, lo, hi);
}

/* The row of the chart (from y, h rows) where loss falls. */
static int chart_row(double loss, double lo, double hi, int y, int h)
{
	int level = format_log_level(loss, lo, hi, h);

	return level < 0 ? -1 : y + h - 1 - level;
}

/* The shared loss chart from row y, h rows, with its legend below. */
static void chart(WINDOW *win, int y, int h, const struct compare_scene *c)
{
	int width = draw_width(win), columns = c->run[0].columns;
	double lo, hi;
	char top[16], bottom[16];

	if (columns == 0 || h < 3) {
		draw_text(win, y, 0, ROLE_DIM, "the loss per epoch of both runs: after the first epoch (e)");
		return;
	}
	chart_range(c, &lo, &hi);
	format_decade(top, sizeof top, hi);
	format_decade(bottom, sizeof bottom, lo);
	draw_textf(win, y, 0, ROLE_DIM, "%7s", top);
	draw_textf(win, y + h - 1, 0, ROLE_DIM, "%7s", bottom);
	/* Few epochs are spread out, up to 4 columns an epoch, so that the curves read as curves. */
	int stretch = (width - COMPARE_CHART_MARGIN) / columns;
	stretch = stretch < 1 ? 1 : stretch > 4 ? 4 : stretch;
	for (int k = 0; k < columns && COMPARE_CHART_MARGIN + k * stretch < width; k++) {
		int ya = chart_row(c->run[0].curve[k].loss_mean, lo, hi, y, h);
		int yb = k < c->run[1].columns ? chart_row(c->run[1].curve[k].loss_mean, lo, hi, y, h) : -1;
		int x = COMPARE_CHART_MARGIN + k * stretch;
		if (ya >= 0)
			draw_text(win, ya, x, ROLE_SPARK, ya == yb ? GLYPH_BOTH : GLYPH_A);
		if (yb >= 0 && yb != ya)
			draw_text(win, yb, x, ROLE_NORMAL, GLYPH_B);
	}
	draw_textf(win, y + h, 0, ROLE_DIM,
		   "%7s  loss per epoch, log scale, epochs 0..%ld:  " GLYPH_A " A   " GLYPH_B
		   " B   " GLYPH_BOTH " both",
		   "", c->run[0].curve[columns - 1].last);
}

static void panel_compare_draw(WINDOW *win, const struct scene *scene)
{
	const struct compare_scene *c = scene->compare;
	int width = draw_width(win), height = draw_height(win), col_w = (width - 1) / 2, y = 1;

	draw_title(win, "Runs A and B, side by side, in lockstep (C closes B)", scene->ascii);
	if (c == NULL)
		return;
	bool large = height >= LARGE_ROWS - 5 && width >= LARGE_COLS;
	for (int i = 0; i < 2; i++) {
		int end = run_column(win, 1, i * (col_w + 1), col_w, c, i, large, scene->ascii);
		y = end > y ? end : y;
	}
	chart(win, y, height - y - 1, c);
}

const struct panel_ops panel_compare_ops = { LAYOUT_COMPARE, panel_compare_draw };

/* One run's part of the status line: "| A loss 0.2034 acc 96.0% test 95.0% ". */
static int status_run(char *line, size_t size, const struct compare_run *r, bool with_test)
{
	char loss[16] = "-", acc[16] = "-", test[16];

	if (r->has_loss_now) {
		format_loss(loss, sizeof loss, r->loss_now);
		format_percent(acc, sizeof acc, r->acc_now);
	}
	format_percent(test, sizeof test, (double)r->test_correct / r->test_total);
	return snprintf(line, size, "| %c loss %s acc %s%s%s ", r->name, loss, acc, with_test ? " test " : "",
			with_test ? test : "");
}

/* The status line at detail 0 (all) to 2 (the step, both losses and accuracies). */
static void status_line(char *line, size_t size, const struct scene *scene, int detail)
{
	const struct trainer *t = scene->trainer;
	int n = detail == 0 ? snprintf(line, size, " step %ld  epoch %ld  sample %d/%d  %s ",
				       trainer_step_count(t), trainer_epoch(t), trainer_sample_index(t),
				       trainer_train_set(t)->size, trainer_phase_name(trainer_phase(t)))
			    : snprintf(line, size, " step %ld %s ", trainer_step_count(t),
				       trainer_phase_name(trainer_phase(t)));

	for (int i = 0; i < 2 && n > 0 && (size_t)n < size; i++)
		n += status_run(line + n, size - (size_t)n, &scene->compare->run[i], detail < 2);
	if (n > 0 && (size_t)n < size)
		snprintf(line + n, size - (size_t)n, "%s", scene->running ? "| running" : "| paused");
}

void panel_compare_status(WINDOW *win, const struct scene *scene)
{
	char line[320];
	int width = draw_width(win);

	for (int detail = 0; detail < 3; detail++) {
		status_line(line, sizeof line, scene, detail);
		if ((int)strlen(line) <= width)
			break;
	}
	werase(win);
	wattrset(win, colors_attr(ROLE_STATUS));
	for (int x = 0; x < width; x++)
		mvwaddch(win, 0, x, ' ');
	draw_text(win, 0, 0, ROLE_STATUS, line);
}
