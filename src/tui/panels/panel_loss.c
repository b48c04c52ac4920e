/*
 * The loss as it falls: a chart of the last samples' losses on a log scale
 * (the loss drops from about 0.7 to 1e-4 within a few epochs, which a linear
 * scale would flatten into nothing), a one-line sparkline of the epoch
 * averages, and the training and test accuracy.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define LOSS_AXIS_W 6 /* "1e-4 " and the axis */
#define LOSS_MAX_COLS 512
/* The mark of a loss at or below 0, drawn at the chart's floor. */
#define LOSS_FLOOR_MARK "v"

/* Collect the losses of the last (up to) n steps still kept; return how many. */
static int loss_recent(const struct trainer *t, double *out, int n)
{
	long last = trainer_step_count(t) - 1, first = last - n + 1, s;
	long oldest = trainer_oldest_step_loss(t);
	int count = 0;

	if (first < oldest)
		first = oldest;
	if (first < 0)
		first = 0;
	for (s = first; s <= last && count < n; s++)
		if (trainer_step_loss(t, s, &out[count]))
			count++;
	return count;
}

/* True when one of the last n losses is at or below 0 (drawn at the floor, marked). */
static bool loss_floored(const struct trainer *t, int n)
{
	double v[LOSS_MAX_COLS];
	int i;

	n = loss_recent(t, v, n);
	for (i = 0; i < n; i++)
		if (isfinite(v[i]) && !(v[i] > 0))
			return true;
	return false;
}

/* The smallest and largest finite positive values of v. */
static void loss_extent(const double *v, int n, double *min, double *max)
{
	int i;

	*min = HUGE_VAL;
	*max = 0;
	for (i = 0; i < n; i++) {
		if (!isfinite(v[i]) || !(v[i] > 0))
			continue;
		if (v[i] < *min)
			*min = v[i];
		if (v[i] > *max)
			*max = v[i];
	}
}

/* A column chart of v over rows rows from (y, x), log scale lo .. hi. */
static void loss_chart(WINDOW *win, int y, int x, int rows, const double *v, int n, double lo, double hi,
		       bool ascii)
{
	int i, r, level;

	for (i = 0; i < n; i++) {
		if (!isfinite(v[i])) {
			for (r = 0; r < rows; r++)
				draw_text(win, y + r, x + i, ROLE_ERROR, "!");
			continue;
		}
		level = format_log_level(v[i], lo, hi, rows * FORMAT_SPARK_LEVELS);
		if (level < 0) {
			/* A loss <= 0 (a sure answer: -log(p + 1e-8) with p = 1) has no place
			 * on a log scale: drawn at the floor, marked, not left out. */
			draw_text(win, y + rows - 1, x + i, ROLE_ERROR, LOSS_FLOOR_MARK);
			continue;
		}
		/* Full cells from the bottom up, then the partial top cell. */
		for (r = 0; r < rows; r++) {
			int in_cell = level + 1 - r * FORMAT_SPARK_LEVELS;

			if (in_cell <= 0)
				break;
			draw_glyphs(win, y + rows - 1 - r, x + i, ROLE_SPARK,
				    format_spark_glyph(in_cell >= FORMAT_SPARK_LEVELS
							       ? FORMAT_SPARK_LEVELS - 1
							       : in_cell - 1,
						       ascii),
				    1);
		}
	}
}

/* The chart of recent per-sample losses with its axis labels. */
static int loss_draw_recent(WINDOW *win, int y, int rows, const struct scene *scene)
{
	double v[LOSS_MAX_COLS], min, max, lo, hi;
	int cols = draw_width(win) - LOSS_AXIS_W, n;
	char label[16];

	if (cols > LOSS_MAX_COLS)
		cols = LOSS_MAX_COLS;
	n = loss_recent(scene->trainer, v, cols);
	if (n == 0) {
		draw_text(win, y, 0, ROLE_DIM, "no step trained yet");
		return 0;
	}
	loss_extent(v, n, &min, &max);
	format_log_range(min, max, &lo, &hi);
	format_decade(label, sizeof label, hi);
	draw_text(win, y, 0, ROLE_DIM, label);
	format_decade(label, sizeof label, lo);
	draw_text(win, y + rows - 1, 0, ROLE_DIM, label);
	loss_chart(win, y, LOSS_AXIS_W, rows, v, n, lo, hi, scene->ascii);
	return n;
}

/* One line: the epoch averages as a sparkline, and the last one. */
static void loss_draw_epochs(WINDOW *win, int y, const struct scene *scene)
{
	const struct trainer *t = scene->trainer;
	long done = trainer_epochs_done(t), e, first;
	int width = draw_width(win), cols = width - 17, n = 0, samples, correct, i;
	double v[LOSS_MAX_COLS], min, max, lo, hi, sum;
	char text[32];
	const struct epoch_record *rec;

	if (cols > LOSS_MAX_COLS)
		cols = LOSS_MAX_COLS;
	if (cols < 1)
		cols = 1;
	first = done - cols;
	if (first < 0)
		first = 0;
	for (e = first; e < done; e++)
		if ((rec = trainer_epoch_record(t, e)) != NULL)
			v[n++] = rec->loss;
	if (n > 0) {
		draw_text(win, y, 0, ROLE_DIM, "epochs");
		loss_extent(v, n, &min, &max);
		format_log_range(min, max, &lo, &hi);
		for (i = 0; i < n; i++) {
			int level = format_log_level(v[i], lo, hi, FORMAT_SPARK_LEVELS);

			if (isfinite(v[i]) && level < 0)
				draw_text(win, y, 7 + i, ROLE_ERROR, LOSS_FLOOR_MARK);
			else
				draw_glyphs(win, y, 7 + i, isfinite(v[i]) ? ROLE_SPARK : ROLE_ERROR,
					    format_spark_glyph(level, scene->ascii), 1);
		}
		format_loss(text, sizeof text, v[n - 1]);
		draw_textf(win, y, 8 + n, ROLE_NORMAL, "%s", text);
		return;
	}
	trainer_epoch_progress(t, &samples, &sum, &correct);
	if (samples == 0) {
		draw_text(win, y, 0, ROLE_DIM, "epochs: none done");
		return;
	}
	/* The epoch in progress: its mean so far, as the core keeps the sum. */
	format_loss(text, sizeof text, sum / samples);
	draw_textf(win, y, 0, ROLE_DIM, "epoch 0 so far %s", text);
}

/*
 * Accuracy: the last whole epoch's, and the test set's with the current
 * weights; with room, the test set's mean loss beside them, to set against
 * the training loss above.
 */
static void loss_draw_accuracy(WINDOW *win, int y, const struct scene *scene)
{
	const struct trainer *t = scene->trainer;
	long done = trainer_epochs_done(t);
	const struct epoch_record *rec = done > 0 ? trainer_epoch_record(t, done - 1) : NULL;
	const struct dataset *test = trainer_test_set(t);
	char loss[32], text[64];
	int x = 0;

	if (rec != NULL)
		x += draw_textf(win, y, x, ROLE_NORMAL, "train %.0f%%  ", rec->train_acc * 100);
	else
		x += draw_text(win, y, x, ROLE_DIM, "train -  ");
	format_loss(loss, sizeof loss, scene->test_loss);
	snprintf(text, sizeof text, "test %d/%d, loss %s now", scene->test_correct, test->size, loss);
	if (x + (int)strlen(text) > draw_width(win))
		snprintf(text, sizeof text, "test %d/%d now", scene->test_correct, test->size);
	draw_text(win, y, x, ROLE_NORMAL, text);
}

/* Draw the loss panel. */
static void panel_loss_draw(WINDOW *win, const struct scene *scene)
{
	int rows = draw_height(win) - 1, chart_rows = rows - 3, n;
	double last;
	char text[32];

	draw_title(win, draw_width(win) >= 40 ? "Loss per sample (log scale)" : "Loss (log scale)",
		   scene->ascii);
	if (chart_rows < 1)
		chart_rows = 1;
	n = loss_draw_recent(win, 1, chart_rows, scene);
	if (n > 0 && trainer_step_loss(scene->trainer, trainer_step_count(scene->trainer) - 1, &last)) {
		int width = draw_width(win), x;

		format_loss(text, sizeof text, last);
		x = width - (int)strlen(text) - 1;
		draw_text(win, 1 + chart_rows, x, ROLE_TITLE, text);
		draw_text(win, 1 + chart_rows, x - 4, ROLE_DIM, "now");
		if (loss_floored(scene->trainer, n) && x - 4 > 13)
			draw_text(win, 1 + chart_rows, 0, ROLE_DIM, LOSS_FLOOR_MARK " = loss <= 0");
		else if (x - 4 > 16)
			draw_textf(win, 1 + chart_rows, 0, ROLE_DIM, "last %d step%s", n, n == 1 ? "" : "s");
	}
	loss_draw_epochs(win, 2 + chart_rows, scene);
	loss_draw_accuracy(win, 3 + chart_rows, scene);
}

const struct panel_ops panel_loss_ops = {
	.where = LAYOUT_LOSS,
	.draw = panel_loss_draw,
};
