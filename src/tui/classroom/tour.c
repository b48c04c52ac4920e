/*
 * The tour's pages: the tutorial's nine parts retold in a few sentences
 * each, and each part's formula with the current sample's numbers (the
 * core's, formatted here; nothing is computed).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/patch.h"
#include "tui/classroom/tour.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"

/* Room for a page's panels to look at, best first; LAYOUT_STATUS is always shown. */
#define TOUR_LOOK_AT 3

static const struct {
	const char *title;
	enum layout_panel look_at[TOUR_LOOK_AT]; /* the first one shown is pointed at */
	const char *text;
} tour_pages[TOUR_PAGES] = {
	[TOUR_FORWARD] = { "The forward pass",
			   { LAYOUT_HIDDEN, LAYOUT_STATUS },
			   "The 25 pixels go in as one row x. Each hidden neuron adds up the pixels times its "
			   "own 25 weights, plus a bias (z1), and its gate makes h of it. The two outputs add "
			   "up h times their weights the same way (z2). Only arithmetic, left to right." },
	[TOUR_TEMPLATE] = { "A neuron is a template",
			    { LAYOUT_WEIGHTS, LAYOUT_HIDDEN },
			    "Read a neuron's 25 weights as a 5x5 picture: blue where it wants light, red where "
			    "it wants dark. z1 is large when the patch looks like that picture, low when not. "
			    "Each training step changes the pictures a little. Tab picks another neuron." },
	[TOUR_RELU] = { "ReLU, the gate",
			{ LAYOUT_HIDDEN, LAYOUT_STATUS },
			"h = max(0, z1): a neuron whose template matches passes its score on; one that does "
			"not is blocked (h = 0), and no gradient reaches its weights. Blocked for every "
			"patch, it is dead. a tries other gates: leaky, sigmoid, tanh." },
	[TOUR_SOFTMAX] = { "Softmax: scores to chances",
			   { LAYOUT_OUTPUT, LAYOUT_STATUS },
			   "The two scores z2 can be any numbers. Softmax turns them into chances that add up "
			   "to 1: e to the power of each score, divided by the sum of both. Only the gap "
			   "between the scores counts, so both first lose the larger one (z - max): p stays "
			   "the same, and e^z cannot overflow." },
	[TOUR_LOSS] = { "The loss: how wrong",
			{ LAYOUT_OUTPUT, LAYOUT_STATUS },
			"The loss looks only at the chance given to the right answer: -log of it. Sure and "
			"right: near 0. Sure and wrong: large. Training makes its average over the data "
			"small." },
	[TOUR_DESCENT] = { "Gradient descent",
			   { LAYOUT_UPDATE, LAYOUT_NARRATION, LAYOUT_STATUS },
			   "A weight's gradient says how the loss changes when that weight grows a little. "
			   "Each step moves every weight a little against it: w = w - lr x dw. Too small a "
			   "rate is slow; too large and the loss jumps ([ and ] change it)." },
	[TOUR_CHAIN] = { "The chain rule",
			 { LAYOUT_OUTPUT, LAYOUT_STATUS },
			 "The loss reaches a weight only through a chain: w, z1, h, z2, p, loss. Its gradient "
			 "is the product of the slopes of the links. For softmax with this loss the first "
			 "links fold into one simple difference: dz2 = p - y." },
	[TOUR_BACKPROP] = { "Backpropagation",
			    { LAYOUT_HIDDEN, LAYOUT_STATUS },
			    "Backward, layer by layer: dh = dz2 times W2, then the gate lets dh through where "
			    "the neuron fired (dz1) and stops it where it was blocked; dW1 = x times dz1. One "
			    "pass back gives every gradient at once." },
	[TOUR_LEARN] = { "Watching it learn",
			 { LAYOUT_LOSS, LAYOUT_STATUS },
			 "Press r to train on (r again pauses), e to finish the epoch, b to step back "
			 "exactly, B one phase. l shows the whole learning curve; d shows what training "
			 "added to the templates, W1 - W1(step 0). What this run has learned so far:" },
};

/* The page's title. */
const char *tour_title(int page)
{
	return page >= 0 && page < TOUR_PAGES ? tour_pages[page].title : "?";
}

/* The panel the page speaks of: the first of its panels that shown has. */
enum layout_panel tour_panel(int page, const bool shown[LAYOUT_PANEL_COUNT])
{
	int i;

	if (page < 0 || page >= TOUR_PAGES)
		return LAYOUT_STATUS;
	for (i = 0; i < TOUR_LOOK_AT; i++) {
		enum layout_panel p = tour_pages[page].look_at[i];

		if (p == LAYOUT_STATUS || shown[p])
			return p;
	}
	return LAYOUT_STATUS;
}

/* The page's words. */
const char *tour_text(int page)
{
	return page >= 0 && page < TOUR_PAGES ? tour_pages[page].text : "";
}

/* The last page's news: the run's own first and last epoch (the core's records). */
static void tour_learned(const struct scene *s, char *buf, size_t size)
{
	const struct trainer *t = s->trainer;
	long done = trainer_epochs_done(t);
	const struct epoch_record *first, *last;
	char a[32], b[32];
	int n = trainer_train_set(t)->size;

	if (done <= 0) {
		format_append(buf, size, " no epoch done yet.");
		return;
	}
	first = trainer_epoch_record(t, 0);
	last = trainer_epoch_record(t, done - 1);
	format_loss(a, sizeof a, first->loss);
	if (done == 1) {
		format_append(buf, size, " epoch 0's mean loss was %s, with %d of %d samples right.", a,
			      first->train_correct, n);
		return;
	}
	format_loss(b, sizeof b, last->loss);
	format_append(buf, size,
		      " the mean loss went from %s (epoch 0) to %s (epoch %ld), the samples right "
		      "from %d to %d of %d.",
		      a, b, last->epoch, first->train_correct, last->train_correct, n);
}

/* The page's words for the scene on screen: what is true of this run, at this size. */
void tour_words(int page, const struct scene *s, char *buf, size_t size)
{
	buf[0] = '\0';
	if (page < 0 || page >= TOUR_PAGES)
		return;
	if (page == TOUR_RELU && panel_gate(s) != ACTIVATION_RELU)
		format_append(buf, size, "(The gate now is %s, not ReLU: a switches.) ", panel_gate_short(s));
	format_append(buf, size, "%s", tour_pages[page].text);
	if (page == TOUR_TEMPLATE && s->highlight != LAYOUT_WEIGHTS)
		format_append(buf, size, " (The pictures are under this page: T closes it.)");
	if (page == TOUR_LEARN)
		tour_learned(s, buf, size);
}

/* A number with sign for a formula. */
static const char *tour_num(char *buf, size_t size, double v, int decimals)
{
	format_number(buf, size, v, decimals, 10, true);
	return buf;
}

/* The formula of the forward pass. */
static void tour_forward(const struct scene *s, char *buf, size_t size)
{
	char z1[24], a[24], b[24];
	int j = s->selected;

	snprintf(buf, size, "h%d: z1 = x.W1 + b1 = %s;  z2 = h.W2 + b2 = [%s, %s]", j,
		 tour_num(z1, sizeof z1, s->pass->z1[j], 3), tour_num(a, sizeof a, s->pass->z2[0], 3),
		 tour_num(b, sizeof b, s->pass->z2[1], 3));
}

/* The formula of the template page. */
static void tour_template(const struct scene *s, char *buf, size_t size)
{
	char z1[24];
	int j = s->selected;

	snprintf(buf, size, "h%d: sum of x_i x w_i + b1 = z1 = %s: %s", j,
		 tour_num(z1, sizeof z1, s->pass->z1[j], 3),
		 s->pass->z1[j] > 0 ? "the patch matches its template" : "no match");
}

/* The dead neurons, "h2 h3 h4" (the first three, then "..."); 0 if none. */
static int tour_dead(const struct scene *s, char *buf, size_t size)
{
	int k, dead = 0;
	size_t used = 0;

	buf[0] = '\0';
	for (k = 0; k < s->net->hidden; k++) {
		if (!panel_dead(s, k))
			continue;
		if (dead < 3 && used < size)
			used += (size_t)snprintf(buf + used, size - used, "%sh%d", dead ? " " : "", k);
		else if (dead == 3 && used < size)
			used += (size_t)snprintf(buf + used, size - used, " ...");
		dead++;
	}
	return dead;
}

/* The formula of the gate page. */
static void tour_relu(const struct scene *s, char *buf, size_t size)
{
	char z1[24], h[24];
	int j = s->selected, passed = panel_passed(s);

	tour_num(z1, sizeof z1, s->pass->z1[j], 3);
	format_number(h, sizeof h, s->pass->h[j], 3, 10, panel_gate(s) != ACTIVATION_RELU);
	if (panel_gate(s) == ACTIVATION_RELU)
		snprintf(buf, size, "h%d: ReLU(%s) = max(0, %s) = %s;  %d of %d pass, %d blocked", j, z1, z1,
			 h, passed, s->net->hidden, s->net->hidden - passed);
	else
		snprintf(buf, size, "h%d: %s(%s) = %s;  the gate now is %s: it blocks nothing", j,
			 panel_gate_short(s), z1, h, panel_gate_short(s));
}

/* The formula of softmax, with the Output panel's numbers: the core's e^(z - max z). */
static void tour_softmax(const struct scene *s, char *buf, size_t size)
{
	char e0[24], e1[24], p[24];

	format_number(e0, sizeof e0, s->pass->exp_z2[0], 3, 8, false);
	format_number(e1, sizeof e1, s->pass->exp_z2[1], 3, 8, false);
	format_number(p, sizeof p, s->pass->p[LABEL_EDGE], 3, 8, false);
	snprintf(buf, size, "e^(z2 - max) = [%s, %s];  p(Edge) = %s / (%s + %s) = %s", e0, e1, e0, e0, e1, p);
}

/* The formula of the loss. */
static void tour_loss(const struct scene *s, char *buf, size_t size)
{
	char formula[96];

	format_loss_formula(formula, sizeof formula, &s->pass->p[s->label], NETWORK_LOG_EPSILON,
			    s->pass->loss, false);
	snprintf(buf, size, "label %s: loss = -log(p(%s) + 1e-8) = %s", label_name(s->label),
		 label_name(s->label), formula);
}

/* The formula of gradient descent: the selected neuron's bias, old, gradient, new. */
static void tour_descent(const struct scene *s, char *buf, size_t size)
{
	char old[24], grad[24], now[24];
	int j = s->selected;
	double lr = trainer_shown_lr(s->trainer);

	if (s->before == NULL || s->phase != TRAINER_PHASE_UPDATE) {
		tour_num(grad, sizeof grad, s->pass->db1[j], 4);
		snprintf(buf, size, "at the update (s): b1[%d] changes by -lr x db1 = -%g x (%s)", j, lr,
			 grad);
		return;
	}
	snprintf(buf, size, "b1[%d] = %s - %g x (%s) = %s", j, tour_num(old, sizeof old, s->before->b1[j], 4),
		 lr, tour_num(grad, sizeof grad, s->pass->db1[j], 4),
		 tour_num(now, sizeof now, s->net->b1[j], 4));
}

/* The formula of the chain rule. */
static void tour_chain(const struct scene *s, char *buf, size_t size)
{
	char p0[24], p1[24], d0[24], d1[24];
	int y0 = s->label == LABEL_EDGE, y1 = !y0;

	format_number(p0, sizeof p0, s->pass->p[0], 3, 10, false);
	format_number(p1, sizeof p1, s->pass->p[1], 3, 10, false);
	snprintf(buf, size, "dz2 = p - y = [%s - %d, %s - %d] = [%s, %s]", p0, y0, p1, y1,
		 tour_num(d0, sizeof d0, s->pass->dz2[0], 3), tour_num(d1, sizeof d1, s->pass->dz2[1], 3));
}

/* The formula of backpropagation. */
static void tour_backprop(const struct scene *s, char *buf, size_t size)
{
	char dh[24], dz1[24];
	int j = s->selected;

	snprintf(buf, size, "h%d: dh = %s, dz1 = %s (%s)", j, tour_num(dh, sizeof dh, s->pass->dh[j], 4),
		 tour_num(dz1, sizeof dz1, s->pass->dz1[j], 4),
		 panel_blocked(s, j)		    ? "blocked: its W1 does not move"
		 : panel_leaks(s, j)		    ? "1% leaks through"
		 : panel_gate(s) == ACTIVATION_RELU ? "it fired: the gradient passes"
						    : "scaled by the gate's slope");
}

/* The formula of the last page: where the run is. */
static void tour_learn(const struct scene *s, char *buf, size_t size)
{
	long done = trainer_epochs_done(s->trainer);
	const struct epoch_record *r = done > 0 ? trainer_epoch_record(s->trainer, done - 1) : NULL;
	char loss[32];

	if (r == NULL) {
		snprintf(buf, size, "step %ld, no epoch done yet; test %d/%d right now",
			 trainer_step_count(s->trainer), s->test_correct, trainer_test_set(s->trainer)->size);
		return;
	}
	format_loss(loss, sizeof loss, r->loss);
	snprintf(buf, size, "epoch %ld: mean loss %s, train %d/%d, test %d/%d right now", r->epoch, loss,
		 r->train_correct, trainer_train_set(s->trainer)->size, s->test_correct,
		 trainer_test_set(s->trainer)->size);
}

/* The page's pointer to another view: on the ReLU page, n while a neuron is dead. */
void tour_note(int page, const struct scene *s, char *buf, size_t size)
{
	char dead[40];

	buf[0] = '\0';
	if (page == TOUR_RELU && panel_gate(s) == ACTIVATION_RELU && tour_dead(s, dead, sizeof dead) > 0)
		snprintf(buf, size, "; dead: %s, see n", dead);
}

/* The page's formula with the numbers of the scene's sample. */
void tour_formula(int page, const struct scene *s, char *buf, size_t size)
{
	static const enum trainer_phase needs[TOUR_PAGES] = {
		[TOUR_FORWARD] = TRAINER_PHASE_FORWARD, [TOUR_TEMPLATE] = TRAINER_PHASE_FORWARD,
		[TOUR_RELU] = TRAINER_PHASE_FORWARD,	[TOUR_SOFTMAX] = TRAINER_PHASE_FORWARD,
		[TOUR_LOSS] = TRAINER_PHASE_LOSS,	[TOUR_DESCENT] = TRAINER_PHASE_BACKWARD,
		[TOUR_CHAIN] = TRAINER_PHASE_BACKWARD,	[TOUR_BACKPROP] = TRAINER_PHASE_BACKWARD,
		[TOUR_LEARN] = TRAINER_PHASE_READY,
	};
	static const char *const names[] = { "", "forward pass", "loss", "backward pass", "" };

	if (page < 0 || page >= TOUR_PAGES) {
		buf[0] = '\0';
		return;
	}
	if (needs[page] > TRAINER_PHASE_READY && (s->pass == NULL || s->phase < needs[page])) {
		snprintf(buf, size, "press s until the %s: its numbers come here", names[needs[page]]);
		return;
	}
	switch (page) {
	case TOUR_FORWARD:
		tour_forward(s, buf, size);
		break;
	case TOUR_TEMPLATE:
		tour_template(s, buf, size);
		break;
	case TOUR_RELU:
		tour_relu(s, buf, size);
		break;
	case TOUR_SOFTMAX:
		tour_softmax(s, buf, size);
		break;
	case TOUR_LOSS:
		tour_loss(s, buf, size);
		break;
	case TOUR_DESCENT:
		tour_descent(s, buf, size);
		break;
	case TOUR_CHAIN:
		tour_chain(s, buf, size);
		break;
	case TOUR_BACKPROP:
		tour_backprop(s, buf, size);
		break;
	default:
		tour_learn(s, buf, size);
		break;
	}
}

/* Turn the page by delta, within the tour. */
bool tour_turn(struct tour_state *tour, int delta)
{
	if (tour->page + delta < 0 || tour->page + delta >= TOUR_PAGES)
		return false;
	tour->page += delta;
	return true;
}
