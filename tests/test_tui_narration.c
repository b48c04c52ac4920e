/*
 * The narration says what each phase does with the numbers of the sample on
 * screen, taken from the core: a real trainer (the tutorial's defaults) is
 * stepped phase by phase and each sentence is checked against its pass.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "check_tui.h"
#include "core/trainer.h"
#include "tui/model/format.h"
#include "tui/model/narration.h"
#include "tui/panels/panel.h"

static struct trainer *trainer;

/* A fresh trainer on the tutorial's defaults. */
static void narration_setup(void)
{
	char err[256];

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	ck_assert_msg(trainer != NULL, "%s", err);
}

/* Free it. */
static void narration_teardown(void)
{
	trainer_destroy(trainer);
}

/* The scene of the training run as the main loop builds it. */
static void narration_scene(struct scene *s)
{
	memset(s, 0, sizeof *s);
	s->trainer = trainer;
	s->mode = KEYMAP_TRAIN;
	s->net = trainer_network(trainer);
	s->forward_net = s->net;
	s->patch = trainer_sample(trainer);
	s->phase = trainer_phase(trainer);
	s->pass = s->phase == TRAINER_PHASE_READY ? NULL : trainer_pass(trainer);
	s->label = trainer_sample_label(trainer);
	s->sample = trainer_sample_index(trainer);
	s->samples = trainer_train_set(trainer)->size;
	s->cursor = -1;
	s->ascii = true;
	s->message = "";
	if (s->phase == TRAINER_PHASE_UPDATE)
		s->before = s->forward_net = trainer_network_before_update(trainer);
}

/* The narration now. */
static const char *narration_now(void)
{
	static char text[1024];
	struct scene s;

	narration_scene(&s);
	narration_text(&s, text, sizeof text);
	return text;
}

/* True when text contains part. */
static bool has(const char *text, const char *part)
{
	return strstr(text, part) != NULL;
}

START_TEST(test_narration_phases)
{
	const struct pass *pass = trainer_pass(trainer);
	char expect[128], number[32];
	int j, passed = 0;
	const char *text;

	text = narration_now();
	ck_assert_msg(has(text, "Step 0") && has(text, "labelled No Edge"), "%s", text);

	trainer_step_phase(trainer);
	for (j = 0; j < trainer_network(trainer)->hidden; j++)
		passed += pass->z1[j] > 0;
	text = narration_now();
	snprintf(expect, sizeof expect, "%d of 8 neurons pass, %d blocked", passed, 8 - passed);
	ck_assert_msg(has(text, "Forward: z1 = x.W1 + b1") && has(text, expect), "%s", text);
	format_percent(number, sizeof number, pass->p[LABEL_EDGE]);
	snprintf(expect, sizeof expect, "p(Edge) = %s", number);
	ck_assert_msg(has(text, expect), "%s lacks %s", text, expect);

	trainer_step_phase(trainer);
	text = narration_now();
	format_loss(number, sizeof number, pass->loss);
	ck_assert_msg(has(text, "Loss: the label is No Edge") && has(text, number), "%s", text);

	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "Backward: dz2 = p - y"), "%s", text);

	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "Update: w = w - lr x dw") && has(text, "Step 1 done"), "%s", text);
}
END_TEST

START_TEST(test_narration_gates)
{
	const char *text;

	/* Leaky ReLU: neurons below 0 leak 1%, none is "blocked". */
	trainer_set_activation(trainer, ACTIVATION_LEAKY);
	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "h = leaky ReLU(z1)") && has(text, "leak 1%") && !has(text, "blocked"), "%s",
		      text);
	trainer_step_phase(trainer);
	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "1% of it below") && !has(text, "blocked"), "%s", text);

	/* Sigmoid and tanh: no blocking, no ReLU. */
	trainer_set_activation(trainer, ACTIVATION_SIGMOID);
	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "h = sigmoid(z1): no neuron is blocked, each h is in (0, 1)") &&
			      !has(text, "ReLU"),
		      "%s", text);
	trainer_step_phase(trainer);
	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "sigmoid scales dh by h(1 - h)") && !has(text, "ReLU"), "%s", text);
	trainer_set_activation(trainer, ACTIVATION_TANH);
	trainer_step_phase(trainer);
	text = narration_now();
	ck_assert_msg(has(text, "each h is in (-1, 1)") && !has(text, "ReLU"), "%s", text);
}
END_TEST

START_TEST(test_narration_editor)
{
	struct scene s;
	struct pass pass;
	char text[1024];

	narration_scene(&s);
	network_forward(s.net, s.patch, &pass);
	network_loss(&pass, LABEL_EDGE);
	s.mode = KEYMAP_EDIT;
	s.pass = &pass;
	s.phase = TRAINER_PHASE_LOSS;
	s.example = "soft edge";
	narration_text(&s, text, sizeof text);
	ck_assert_msg(has(text, "Your patch, no training") && has(text, "now: soft edge"), "%s", text);
	s.mode = KEYMAP_TEST;
	s.sample = 2;
	s.samples = 20;
	narration_text(&s, text, sizeof text);
	ck_assert_msg(has(text, "Test sample 2/20, no training"), "%s", text);
}
END_TEST

/* Panel titles say the moment they show in the update phase, and only then. */
START_TEST(test_panel_titles_name_the_moment)
{
	char title[128];
	struct scene s;

	trainer_step_phase(trainer);
	trainer_step_phase(trainer);
	trainer_step_phase(trainer); /* backward: nothing updated yet */
	narration_scene(&s);
	panel_title_text(title, sizeof title, &s, "Output: softmax", "Output", PANEL_MOMENT_BEFORE, 80);
	ck_assert_str_eq(title, "Output: softmax");
	panel_title_text(title, sizeof title, &s, "Output: softmax", "Output", PANEL_MOMENT_BEFORE, 12);
	ck_assert_str_eq(title, "Output");

	trainer_step_phase(trainer); /* the update */
	narration_scene(&s);
	panel_title_text(title, sizeof title, &s, "Output: softmax", "Output", PANEL_MOMENT_BEFORE, 80);
	ck_assert_str_eq(title, "Output: softmax, before the update");
	/* narrower: the short title keeps the moment, then its short form */
	panel_title_text(title, sizeof title, &s, "Output: softmax", "Output", PANEL_MOMENT_BEFORE, 30);
	ck_assert_str_eq(title, "Output, before the update");
	panel_title_text(title, sizeof title, &s, "Weights W1", "W1", PANEL_MOMENT_AFTER, 14);
	ck_assert_str_eq(title, "W1, after");
	/* outside the training run (the editor, the test set) there is no update on show */
	s.mode = KEYMAP_TEST;
	panel_title_text(title, sizeof title, &s, "Output: softmax", "Output", PANEL_MOMENT_BEFORE, 80);
	ck_assert_str_eq(title, "Output: softmax");
}
END_TEST

Suite *suite_tui_narration(void)
{
	Suite *s = suite_create("tui_narration");
	TCase *tc = tcase_create("narration");

	tcase_add_checked_fixture(tc, narration_setup, narration_teardown);
	tcase_add_test(tc, test_narration_phases);
	tcase_add_test(tc, test_narration_gates);
	tcase_add_test(tc, test_narration_editor);
	tcase_add_test(tc, test_panel_titles_name_the_moment);
	suite_add_tcase(s, tc);
	return s;
}
