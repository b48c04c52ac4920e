/*
 * The guided tour's pages: nine, in the tutorial's order, each titled and
 * short enough for the 80x24 page (six rows of 76 columns), each pointing
 * at a panel the layout shows at that size; and the formulas carry the
 * numbers of a real trainer's pass (the tutorial's defaults), or say what
 * to press when the pass is not that far yet.
 */
#include "config.h"

#include <string.h>

#include "check_tui.h"
#include "core/trainer.h"
#include "tui/classroom/tour.h"
#include "tui/model/format.h"

static struct trainer *trainer;

/* A fresh trainer on the tutorial's defaults. */
static void tour_setup(void)
{
	char err[256];

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	ck_assert_msg(trainer != NULL, "%s", err);
}

/* Free it. */
static void tour_teardown(void)
{
	trainer_destroy(trainer);
}

/* The scene of the training run as the main loop builds it. */
static void tour_scene(struct scene *s)
{
	memset(s, 0, sizeof *s);
	s->trainer = trainer;
	s->net = trainer_network(trainer);
	s->forward_net = s->net;
	s->phase = trainer_phase(trainer);
	s->pass = s->phase == TRAINER_PHASE_READY ? NULL : trainer_pass(trainer);
	s->label = trainer_sample_label(trainer);
	s->samples = trainer_train_set(trainer)->size;
	s->cursor = -1;
	s->message = "";
	if (s->phase == TRAINER_PHASE_UPDATE)
		s->before = s->forward_net = trainer_network_before_update(trainer);
}

/* The formula of page now. */
static const char *formula(int page)
{
	static char buf[256];
	struct scene s;

	tour_scene(&s);
	tour_formula(page, &s, buf, sizeof buf);
	return buf;
}

/* Rows text takes wrapped to width columns. */
static int rows_wrapped(const char *text, size_t width)
{
	int rows = 0;

	while (*text != '\0') {
		text += format_wrap(text, width);
		while (*text == ' ')
			text++;
		rows++;
	}
	return rows;
}

/* The words of page now, for a screen that shows what layout shows. */
static const char *words(int page, const struct layout *layout)
{
	static char buf[1024];
	struct scene s;

	tour_scene(&s);
	s.highlight = (int)tour_panel(page, layout->shown);
	tour_words(page, &s, buf, sizeof buf);
	return buf;
}

START_TEST(test_tour_pages)
{
	static const char *const titles[TOUR_PAGES] = {
		"The forward pass",    "A neuron is a template",
		"ReLU, the gate",      "Softmax: scores to chances",
		"The loss: how wrong", "Gradient descent",
		"The chain rule",      "Backpropagation",
		"Watching it learn",
	};
	struct layout small, middle, large;
	int page;

	layout_compute(&small, 80, 24, 8, LAYOUT_INSPECT_TOUR);
	layout_compute(&middle, 120, 36, 8, LAYOUT_INSPECT_TOUR);
	layout_compute(&large, 160, 48, 8, LAYOUT_INSPECT_TOUR);
	ck_assert(small.shown[LAYOUT_TOUR] && middle.shown[LAYOUT_TOUR] && large.shown[LAYOUT_TOUR]);
	for (page = 0; page < TOUR_PAGES; page++) {
		ck_assert_str_eq(tour_title(page), titles[page]);
		/* The words fit the page at 80x24: its rows less title, formula and foot. */
		ck_assert_int_le(rows_wrapped(words(page, &small), 78 - 2), small.rect[LAYOUT_TOUR].h - 3);
		ck_assert_msg(small.shown[tour_panel(page, small.shown)], "page %d points at a hidden panel",
			      page);
		ck_assert_msg(middle.shown[tour_panel(page, middle.shown)],
			      "page %d points at a hidden panel", page);
		ck_assert_msg(large.shown[tour_panel(page, large.shown)], "page %d points at a hidden panel",
			      page);
	}
	ck_assert_int_eq(tour_panel(TOUR_SOFTMAX, small.shown), LAYOUT_OUTPUT);
	/* The templates where they are on screen; at 80x24 the page covers them, and says so. */
	ck_assert_int_eq(tour_panel(TOUR_TEMPLATE, large.shown), LAYOUT_WEIGHTS);
	ck_assert_int_eq(tour_panel(TOUR_TEMPLATE, middle.shown), LAYOUT_WEIGHTS);
	ck_assert_int_eq(tour_panel(TOUR_TEMPLATE, small.shown), LAYOUT_HIDDEN);
	ck_assert(strstr(words(TOUR_TEMPLATE, &small), "under this page: T closes it") != NULL);
	ck_assert(strstr(words(TOUR_TEMPLATE, &large), "under this page") == NULL);
	/* The update's panel only where there is one: 80x24 has none. */
	ck_assert_int_eq(tour_panel(TOUR_DESCENT, large.shown), LAYOUT_UPDATE);
	ck_assert_int_eq(tour_panel(TOUR_DESCENT, middle.shown), LAYOUT_UPDATE);
	ck_assert_int_eq(tour_panel(TOUR_DESCENT, small.shown), LAYOUT_NARRATION);
	ck_assert_int_eq(tour_panel(TOUR_LEARN, large.shown), LAYOUT_LOSS);
	ck_assert_int_eq(tour_panel(TOUR_LEARN, small.shown), LAYOUT_STATUS);
	ck_assert_str_eq(tour_title(TOUR_PAGES), "?");
}
END_TEST

START_TEST(test_tour_formulas)
{
	ck_assert_str_eq(formula(TOUR_SOFTMAX), "press s until the forward pass: its numbers come here");
	ck_assert_str_eq(formula(TOUR_LEARN), "step 0, no epoch done yet; test 0/20 right now");
	trainer_step_phase(trainer);
	ck_assert_str_eq(formula(TOUR_FORWARD),
			 "h0: z1 = x.W1 + b1 = +1.664;  z2 = h.W2 + b2 = [-0.278, +1.170]");
	ck_assert_str_eq(formula(TOUR_RELU),
			 "h0: ReLU(+1.664) = max(0, +1.664) = 1.664;  4 of 8 pass, 4 blocked");
	/* The tutorial's own example, from the core's numbers. */
	/* the Output panel's numbers: e^(z2 - max) = [e^(-0.278 - 1.170), e^0] */
	ck_assert_str_eq(formula(TOUR_SOFTMAX),
			 "e^(z2 - max) = [0.235, 1.000];  p(Edge) = 0.235 / (0.235 + 1.000) = 0.190");
	ck_assert_str_eq(formula(TOUR_LOSS), "press s until the loss: its numbers come here");
	trainer_step_phase(trainer);
	ck_assert_str_eq(formula(TOUR_LOSS),
			 "label No Edge: loss = -log(p(No Edge) + 1e-8) = -log(0.810 + 1e-8) = 0.2111");
	trainer_step_phase(trainer);
	ck_assert_str_eq(formula(TOUR_CHAIN), "dz2 = p - y = [0.190 - 0, 0.810 - 1] = [+0.190, -0.190]");
	ck_assert_str_eq(formula(TOUR_DESCENT),
			 "at the update (s): b1[0] changes by -lr x db1 = -0.1 x (-0.0876)");
	ck_assert(strstr(formula(TOUR_BACKPROP), "it fired: the gradient passes") != NULL);
	trainer_step_phase(trainer);
	ck_assert_str_eq(formula(TOUR_DESCENT), "b1[0] = +0.0000 - 0.1 x (-0.0876) = +0.0088");
	trainer_run_epoch(trainer);
	ck_assert(strncmp(formula(TOUR_LEARN), "epoch 0: mean loss ", 19) == 0);
}
END_TEST

/*
 * The last page tells the run's own epochs, not a promise: the tutorial's
 * epoch 0 (mean loss 0.1423, 96 of 100 right: its CSV's 0.96) and epoch 1
 * (0.0158, 100 of 100), from the core's records.
 */
START_TEST(test_tour_learned)
{
	struct layout small;
	const char *w;

	layout_compute(&small, 80, 24, 8, LAYOUT_INSPECT_TOUR);
	ck_assert(strstr(words(TOUR_LEARN, &small), "so far: no epoch done yet.") != NULL);
	trainer_run_epoch(trainer);
	w = words(TOUR_LEARN, &small);
	ck_assert_msg(strstr(w, "epoch 0's mean loss was 0.1423, with 96 of 100 samples right.") != NULL,
		      "%s", w);
	trainer_run_epoch(trainer);
	w = words(TOUR_LEARN, &small);
	ck_assert_msg(strstr(w, "the mean loss went from 0.1423 (epoch 0) to 0.0158 (epoch 1), the "
				"samples right from 96 to 100 of 100.") != NULL,
		      "%s", w);
	ck_assert(strstr(w, "0.7") == NULL && strstr(w, "edges") == NULL);
}
END_TEST

/* With another gate, the ReLU page says first that ReLU is not the one in use. */
START_TEST(test_tour_words_gate)
{
	struct layout small;

	layout_compute(&small, 80, 24, 8, LAYOUT_INSPECT_TOUR);
	ck_assert(strncmp(words(TOUR_RELU, &small), "h = max(0, z1)", 14) == 0);
	trainer_set_activation(trainer, ACTIVATION_TANH);
	ck_assert(strncmp(words(TOUR_RELU, &small), "(The gate now is tanh, not ReLU: a switches.)", 45) ==
		  0);
}
END_TEST

/* With a dead neuron the ReLU page points at n (the health panel), naming the dead ones. */
START_TEST(test_tour_points_at_health)
{
	static char buf[256];
	bool dead[8] = { false, false, true, true, true, false, false, false };
	struct scene s;

	trainer_step_phase(trainer);
	tour_scene(&s);
	s.dead = dead;
	tour_note(TOUR_RELU, &s, buf, sizeof buf);
	ck_assert_str_eq(buf, "; dead: h2 h3 h4, see n");
	tour_note(TOUR_SOFTMAX, &s, buf, sizeof buf);
	ck_assert_str_eq(buf, "");
	dead[1] = dead[5] = true;
	tour_note(TOUR_RELU, &s, buf, sizeof buf);
	ck_assert_str_eq(buf, "; dead: h1 h2 h3 ..., see n");
	memset(dead, 0, sizeof dead);
	tour_note(TOUR_RELU, &s, buf, sizeof buf);
	ck_assert_str_eq(buf, "");
	/* The formula itself stays the tutorial's. */
	s.dead = NULL;
	tour_formula(TOUR_RELU, &s, buf, sizeof buf);
	ck_assert_str_eq(buf, "h0: ReLU(+1.664) = max(0, +1.664) = 1.664;  4 of 8 pass, 4 blocked");
}
END_TEST

START_TEST(test_tour_other_gates)
{
	trainer_set_activation(trainer, ACTIVATION_SIGMOID);
	trainer_step_phase(trainer);
	ck_assert(strstr(formula(TOUR_RELU), "sigmoid: it blocks nothing") != NULL);
	trainer_step_phase(trainer);
	trainer_step_phase(trainer);
	ck_assert(strstr(formula(TOUR_BACKPROP), "scaled by the gate's slope") != NULL);
}
END_TEST

Suite *suite_tui_tour(void)
{
	Suite *s = suite_create("tui_tour");
	TCase *tc = tcase_create("tour");

	tcase_add_checked_fixture(tc, tour_setup, tour_teardown);
	tcase_add_test(tc, test_tour_pages);
	tcase_add_test(tc, test_tour_formulas);
	tcase_add_test(tc, test_tour_points_at_health);
	tcase_add_test(tc, test_tour_other_gates);
	tcase_add_test(tc, test_tour_learned);
	tcase_add_test(tc, test_tour_words_gate);
	suite_add_tcase(s, tc);
	return s;
}
