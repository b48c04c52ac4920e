/*
 * The tutorial's figures, live (f): Part 2's ReLU curve with every hidden
 * neuron's z1 marked on it, Part 4's loss curve -log(p + 1e-8) with this
 * sample's p, and Part 5's gradient descent on one weight: the sample's
 * loss as a function of the selected neuron's steepest weight, its value,
 * its slope and the step. Every point is the core's (network_activate,
 * network_loss_of_p, figures_landscape); this file only places them.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/analysis/figures.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define FIGURE_AXIS_W 7 /* "+1.234" and the axis line */
#define FIGURE_MAX_COLS 256

/* A plot: its cells on screen and the ranges they show. */
struct plot {
	int y, h, x, w; /* rows and columns of the plotting area */
	double x_lo, x_hi, y_lo, y_hi;
};

/* The column of value v, clamped into the plot. */
static int plot_col(const struct plot *p, double v)
{
	double f = (v - p->x_lo) / (p->x_hi - p->x_lo);
	int c = (int)lround(f * (p->w - 1));

	return p->x + (c < 0 ? 0 : c >= p->w ? p->w - 1 : c);
}

/* The row of value v, clamped into the plot (the top row for y_hi). */
static int plot_row(const struct plot *p, double v)
{
	double f = p->y_hi > p->y_lo ? (v - p->y_lo) / (p->y_hi - p->y_lo) : 0.5;
	int r = isfinite(f) ? (int)lround(f * (p->h - 1)) : p->h - 1;

	return p->y + p->h - 1 - (r < 0 ? 0 : r >= p->h ? p->h - 1 : r);
}

/* The value the column c of the plot stands for. */
static double plot_x(const struct plot *p, int c)
{
	return p->x_lo + (p->x_hi - p->x_lo) * c / (p->w > 1 ? p->w - 1 : 1);
}

/* The curve through ys (one value a column), its y axis and range, the x range under it. */
static void plot_curve(WINDOW *win, struct plot *p, const double *ys, const char *x_name, bool ascii)
{
	char a[32], b[32];
	int c, r;

	p->y_lo = INFINITY;
	p->y_hi = -INFINITY;
	for (c = 0; c < p->w; c++)
		if (isfinite(ys[c])) {
			p->y_lo = fmin(p->y_lo, ys[c]);
			p->y_hi = fmax(p->y_hi, ys[c]);
		}
	for (r = 0; r < p->h; r++)
		draw_glyphs(win, p->y + r, p->x - 1, ROLE_DIM, ascii ? "|" : "\u2502", 1);
	format_number(a, sizeof a, p->y_hi, 3, 6, false);
	draw_text(win, p->y, 0, ROLE_DIM, a);
	format_number(a, sizeof a, p->y_lo, 3, 6, false);
	draw_text(win, p->y + p->h - 1, 0, ROLE_DIM, a);
	for (c = 0; c < p->w; c++)
		if (isfinite(ys[c]))
			draw_glyphs(win, plot_row(p, ys[c]), p->x + c, ROLE_DIM, ascii ? "." : "\u00b7", 1);
	format_number(a, sizeof a, p->x_lo, 2, 6, true);
	format_number(b, sizeof b, p->x_hi, 2, 6, true);
	draw_textf(win, p->y + p->h, p->x, ROLE_DIM, "%s", a);
	draw_textf(win, p->y + p->h, p->x + p->w / 2 - (int)strlen(x_name) / 2, ROLE_DIM, "%s", x_name);
	draw_text(win, p->y + p->h, p->x + p->w - (int)strlen(b), ROLE_DIM, b);
}

/* The plotting area of the panel, leaving text_rows under the x axis. */
static void plot_place(WINDOW *win, struct plot *p, int text_rows)
{
	p->y = 1;
	p->h = draw_height(win) - 2 - text_rows;
	p->x = FIGURE_AXIS_W;
	p->w = draw_width(win) - FIGURE_AXIS_W - 1;
	if (p->w > FIGURE_MAX_COLS)
		p->w = FIGURE_MAX_COLS;
	if (p->h < 2)
		p->h = 2;
}

/* A neuron's mark: its index as one character (0-9, a-z, then +). */
static char figure_neuron_mark(int j)
{
	return j < 10 ? (char)('0' + j) : j < 36 ? (char)('a' + j - 10) : '+';
}

/* Part 2: the gate's curve h = f(z), each neuron's (z1, h) marked by its index. */
static void figure_relu(WINDOW *win, const struct scene *scene)
{
	enum activation gate = panel_gate(scene);
	int hidden = scene->net->hidden, j, c, x = 0;
	double ys[FIGURE_MAX_COLS], zmax = 1;
	struct plot p;
	char title[96], mark[2] = { 0, 0 };

	snprintf(title, sizeof title, "Part 2: %s, h = %s, with each neuron's z1 (0-9: h0-h9)",
		 activation_name(gate), gate == ACTIVATION_RELU ? "max(0, z)" : "f(z)");
	draw_title(win, title, scene->ascii);
	if (panel_has_forward(scene))
		for (j = 0; j < hidden; j++)
			if (isfinite(scene->pass->z1[j]))
				zmax = fmax(zmax, 1.15 * fabs(scene->pass->z1[j]));
	plot_place(win, &p, 1);
	p.x_lo = -zmax;
	p.x_hi = zmax;
	for (c = 0; c < p.w; c++)
		ys[c] = network_activate(gate, plot_x(&p, c));
	plot_curve(win, &p, ys, "z1", scene->ascii);
	draw_text(win, p.y + p.h / 2, 0, ROLE_DIM, "h");
	if (!panel_has_forward(scene)) {
		draw_text(win, p.y + p.h + 1, 0, ROLE_DIM, "z1: after the forward phase (s)");
		return;
	}
	x = draw_text(win, p.y + p.h + 1, 0, ROLE_BLOCKED, gate == ACTIVATION_RELU ? "blocked:" : "z1 <= 0:");
	for (j = 0; j < hidden; j++) {
		bool off = !(scene->pass->z1[j] > 0);

		mark[0] = figure_neuron_mark(j);
		draw_text(win, plot_row(&p, scene->pass->h[j]), plot_col(&p, scene->pass->z1[j]),
			  j == scene->selected ? ROLE_SELECTED
			  : off		       ? ROLE_BLOCKED
					       : ROLE_PASS,
			  mark);
		if (off && x < draw_width(win) - 5)
			x += draw_textf(win, p.y + p.h + 1, x, ROLE_BLOCKED, " h%d", j);
	}
}

/* Part 4: the loss against p, this sample's p marked (and after its update). */
static void figure_loss(WINDOW *win, const struct scene *scene)
{
	double ys[FIGURE_MAX_COLS], pt, loss;
	struct plot p;
	char ptext[32], ltext[32];
	int c;

	draw_title(win, "Part 4: loss = -log(p + 1e-8), p = the true class's probability", scene->ascii);
	plot_place(win, &p, 1);
	p.x_lo = 1.0 / p.w;
	p.x_hi = 1.0;
	for (c = 0; c < p.w; c++)
		ys[c] = network_loss_of_p(plot_x(&p, c));
	plot_curve(win, &p, ys, "p", scene->ascii);
	draw_text(win, p.y + p.h / 2, 0, ROLE_DIM, "loss");
	if (!panel_has_forward(scene)) {
		draw_text(win, p.y + p.h + 1, 0, ROLE_DIM, "p: after the forward phase (s)");
		return;
	}
	pt = scene->pass->p[scene->label];
	loss = network_loss_of_p(pt);
	if (scene->after != NULL) {
		double pa = scene->after->p[scene->label];
		draw_text(win, plot_row(&p, network_loss_of_p(pa)), plot_col(&p, pa), ROLE_PASS, "+");
	}
	draw_glyphs(win, plot_row(&p, loss), plot_col(&p, pt), ROLE_SELECTED, scene->ascii ? "@" : "\u25cf",
		    1);
	format_number(ptext, sizeof ptext, pt, 4, 8, false);
	format_loss(ltext, sizeof ltext, loss);
	c = draw_textf(win, p.y + p.h + 1, 0, ROLE_NORMAL, "%s p(%s) = %s, loss = %s",
		       scene->ascii ? "@" : "\u25cf", label_name(scene->label), ptext, ltext);
	if (scene->after != NULL) {
		format_loss(ltext, sizeof ltext, scene->after->loss);
		draw_textf(win, p.y + p.h + 1, c, ROLE_PASS, "; + after its update: %s", ltext);
	}
}

/* The weight Part 5 shows and its numbers, all from the core. */
struct figure_weight {
	const struct network *net; /* the landscape's weights (before the update in phase update) */
	const struct pass *grads;  /* whose dw1 is the slope */
	int index, input;	   /* W1 entry, input pixel */
	double w, slope, next;	   /* the value, dL/dw, where the update moves it */
	bool taken;		   /* the step is done (phase update) */
};

/* Which weight, and its value, slope and step, in the scene's phase. */
static void figure_weight_pick(const struct scene *scene, struct pass *own, struct figure_weight *f)
{
	int hidden = scene->net->hidden, j = scene->selected;
	double lr = trainer_lr(scene->trainer);

	f->taken =
		scene->mode == KEYMAP_TRAIN && scene->phase == TRAINER_PHASE_UPDATE && scene->before != NULL;
	f->net = f->taken ? scene->before : scene->forward_net;
	if (panel_has_backward(scene)) {
		f->grads = scene->pass;
	} else {
		/* Before the backward phase: the core's gradients of the weights now, untrained. */
		figures_gradients(f->net, scene->patch, scene->label, own);
		f->grads = own;
	}
	f->input = figures_steepest_input(f->grads, hidden, j);
	f->index = f->input * hidden + j;
	f->w = f->net->w1[f->index];
	f->slope = f->grads->dw1[f->index];
	f->next = f->taken ? scene->net->w1[f->index] : f->w - lr * f->slope;
}

/* Part 5: the sample's loss as a function of one weight, its value, slope and step. */
static void figure_weight(WINDOW *win, const struct scene *scene)
{
	static struct pass own;
	double xs[FIGURE_MAX_COLS], ys[FIGURE_MAX_COLS], range;
	struct figure_weight f;
	struct plot p;
	char title[128], w[32], slope[32], next[32], name[32];
	int c, j = scene->selected;

	figure_weight_pick(scene, &own, &f);
	if (scene->quiz_asking && !f.taken) {
		/* The step to come would answer the quiz's question before it is answered. */
		draw_title(win, "Part 5: gradient descent on one weight", scene->ascii);
		draw_text(win, 2, 0, ROLE_DIM, "shown once the quiz's question is answered");
		return;
	}
	/* Named as the update panel and --trace name it: numpy's W1[pixel,neuron]. */
	snprintf(name, sizeof name, "W1[%d,%d]", f.input, j);
	snprintf(title, sizeof title, "Part 5: gradient descent on one weight, %s (steepest; Tab)", name);
	draw_title(win, title, scene->ascii);
	plot_place(win, &p, 2);
	range = fmax(1.0, 3 * fabs(f.next - f.w));
	p.x_lo = f.w - range;
	p.x_hi = f.w + range;
	for (c = 0; c < p.w; c++)
		xs[c] = plot_x(&p, c);
	figures_landscape(f.net, scene->patch, scene->label, f.index, xs, p.w, ys);
	plot_curve(win, &p, ys, name, scene->ascii);
	draw_text(win, p.y + p.h / 2, 0, ROLE_DIM, "loss");
	figures_landscape(f.net, scene->patch, scene->label, f.index, &f.next, 1, &range);
	draw_text(win, plot_row(&p, range), plot_col(&p, f.next), ROLE_PASS, f.next > f.w ? ">" : "<");
	figures_landscape(f.net, scene->patch, scene->label, f.index, &f.w, 1, &range);
	draw_glyphs(win, plot_row(&p, range), plot_col(&p, f.w), ROLE_SELECTED, scene->ascii ? "@" : "\u25cf",
		    1);
	format_number(w, sizeof w, f.w, 4, 8, true);
	format_number(slope, sizeof slope, f.slope, 4, 9, true);
	format_number(next, sizeof next, f.next, 4, 8, true);
	draw_textf(win, p.y + p.h + 1, 0, ROLE_NORMAL, "%s w = %s, slope dL/dw = %s",
		   scene->ascii ? "@" : "\u25cf", w, slope);
	draw_textf(win, p.y + p.h + 2, 0, f.taken ? ROLE_PASS : ROLE_DIM, "%s step %s: w - lr x slope = %s",
		   f.next > f.w ? ">" : "<", f.taken ? "taken" : "to come", next);
}

/* Draw the figure that f chose. */
static void panel_figure_draw(WINDOW *win, const struct scene *scene)
{
	switch (scene->figure) {
	case SCENE_FIGURE_LOSS:
		figure_loss(win, scene);
		break;
	case SCENE_FIGURE_WEIGHT:
		figure_weight(win, scene);
		break;
	default:
		figure_relu(win, scene);
		break;
	}
}

const struct panel_ops panel_figure_ops = {
	.where = LAYOUT_FIGURE,
	.draw = panel_figure_draw,
};
