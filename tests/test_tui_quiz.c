/*
 * Quiz mode without a terminal (tui/classroom/quiz_mode.h through the key
 * handlers): the run waits while a question is up, an answer shows the
 * phase and counts, space r e are refused with the hint, b and B take back
 * exactly the answers given past where they go, the editor keeps its
 * digits; and the quiz's words (tui/model/quiz_text.h) fit the narration
 * band of an 80x24 screen.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>

#include "check_tui.h"
#include "tui/keys.h"
#include "tui/model/format.h"
#include "tui/model/quiz_text.h"
#include "tui/tui_private.h"

static struct tui tui; /* large (a pass, the wrong list) */
static struct trainer *trainer;

/* A visualizer on the tutorial's run, laid out at 80x24, in quiz mode as --quiz starts it. */
static void quiz_setup(void)
{
	static const struct tui_options options = { .ascii = true, .epochs = 100 };
	char err[256];

	trainer = trainer_create(&TRAINER_DEFAULTS, err, sizeof err);
	ck_assert_msg(trainer != NULL, "%s", err);
	memset(&tui, 0, sizeof tui);
	driver_init(&tui.driver, trainer, &options);
	views_init(&tui.views);
	layout_compute(&tui.view.layout, 80, 24, 8, LAYOUT_INSPECT_NONE);
	quiz_mode_enter(&tui.quiz, &tui.driver);
}

static void quiz_teardown(void)
{
	quiz_mode_free(&tui.quiz);
	driver_close(&tui.driver);
	trainer_destroy(trainer);
}

static void press(int key)
{
	struct recording_event e = { .kind = RECORDING_KEY, .key = key, .pixel = -1 };

	keys_event(&tui, &e, false);
}

/* The question up now (one must be). */
static struct quiz_question question_up(void)
{
	struct quiz_question q;

	ck_assert(quiz_mode_question(&tui.quiz, trainer, &q));
	return q;
}

/* Answer the question up, rightly or not; return whether it was right. */
static bool answer(bool rightly)
{
	struct quiz_question q = question_up();
	int chosen = rightly ? q.right : (q.right + 1) % q.answers;

	press('1' + chosen);
	return chosen == q.right;
}

/* Nothing moves while the question is up: not s, space, r, e, nor an answer out of range. */
START_TEST(test_run_waits_for_the_answer)
{
	long here = quiz_position(trainer);
	const char *keys = "s re ";

	ck_assert(tui.quiz.asking);
	for (const char *k = keys; *k != '\0'; k++) {
		press(*k);
		ck_assert_int_eq(quiz_position(trainer), here);
		ck_assert(!tui.driver.running);
		ck_assert(tui.quiz.asking);
	}
	/* space, r and e say why. */
	press(' ');
	ck_assert_msg(strstr(tui.driver.message, "one phase at a time") != NULL, "%s", tui.driver.message);
	press('r');
	ck_assert_msg(strstr(tui.driver.message, "1-4 answer") != NULL, "%s", tui.driver.message);
	struct quiz_question q = question_up();
	if (q.answers < 4) {
		press('4');
		ck_assert_int_eq(quiz_position(trainer), here);
		ck_assert_int_eq(tui.quiz.count, 0);
	}
	answer(true);
	ck_assert_int_eq(quiz_position(trainer), here + 1);
	ck_assert(!tui.quiz.asking);
	/* No question up: the digits do nothing to the run, s asks. */
	press('1');
	ck_assert_int_eq(quiz_position(trainer), here + 1);
	press('s');
	ck_assert(tui.quiz.asking);
	ck_assert_int_eq(quiz_position(trainer), here + 1);
}
END_TEST

/* The score counts the right answers of all those given. */
START_TEST(test_score_counts)
{
	const bool pattern[] = { true, false, true, true, false, false, true, false, true };
	int right = 0;

	for (size_t i = 0; i < sizeof pattern / sizeof pattern[0]; i++) {
		if (!tui.quiz.asking)
			press('s');
		right += answer(pattern[i]);
		ck_assert_int_eq(tui.quiz.right, right);
		ck_assert_uint_eq(tui.quiz.count, i + 1);
	}
	ck_assert_int_eq(right, 5);
	ck_assert_int_eq(quiz_position(trainer), 9);
	char expect[32];
	snprintf(expect, sizeof expect, "Score %d/%d.", right, 9);
	ck_assert_msg(strstr(tui.driver.message, expect) != NULL, "%s", tui.driver.message);
	/* Q leaves the quiz with the score kept; space steps again. */
	press('Q');
	ck_assert(!tui.quiz.on);
	ck_assert_int_eq(tui.quiz.right, 5);
	press(' ');
	ck_assert_int_eq(quiz_position(trainer), 12);
}
END_TEST

/*
 * b and B take back exactly the answers given from where they go: the
 * score on coming back to a position is the score the run had when it was
 * last there, through 400 keys of answers, asks and steps back.
 */
START_TEST(test_back_restores_the_score)
{
	static int score_at[4000], count_at[4000];
	const char keys[] = "sssssBsbsBBs";
	unsigned seed = 12345;
	int backs = 0;

	for (int i = 0; i < 400; i++) {
		long before = quiz_position(trainer);
		score_at[before] = tui.quiz.right;
		count_at[before] = (int)tui.quiz.count;
		seed = seed * 1103515245u + 12345u;
		if (tui.quiz.asking && (seed >> 16) % 3 != 0)
			answer((seed >> 20) % 2 == 0);
		else
			press(keys[(seed >> 16) % (sizeof keys - 1)]);
		long after = quiz_position(trainer);
		if (after < before) {
			backs++;
			ck_assert_msg(tui.quiz.right == score_at[after] &&
					      (int)tui.quiz.count == count_at[after],
				      "back to %ld: score %d/%zu, was %d/%d there", after, tui.quiz.right,
				      tui.quiz.count, score_at[after], count_at[after]);
		}
	}
	ck_assert_int_gt(backs, 30);
	ck_assert_int_gt(tui.quiz.count, 20);
	/* All the way back: no answer left. */
	while (trainer_step_back(trainer) == 0)
		continue;
	press('b');
	ck_assert_int_eq(tui.quiz.count, 0);
	ck_assert_int_eq(tui.quiz.right, 0);
}
END_TEST

/* In the editor the digits shade pixels; in the set browser they answer, back in training. */
START_TEST(test_digits_by_mode)
{
	long here = quiz_position(trainer);

	press('p');
	ck_assert_int_eq(tui.view.mode, KEYMAP_EDIT);
	int cursor = tui.browse.editor.cursor;
	press('3');
	ck_assert(tui.browse.editor.patch.pixel[cursor] == 0.3);
	ck_assert_int_eq(quiz_position(trainer), here);
	press(27);
	press('t');
	ck_assert_int_eq(tui.view.mode, KEYMAP_TEST);
	answer(true);
	ck_assert_int_eq(tui.view.mode, KEYMAP_TRAIN);
	ck_assert_int_eq(quiz_position(trainer), here + 1);
}
END_TEST

/* Lines of text wrapped at width as the narration panel wraps it. */
static int wrapped_lines(const char *text, size_t width)
{
	int lines = 0;

	while (*text != '\0') {
		text += format_wrap(text, width);
		while (*text == ' ')
			text++;
		lines++;
	}
	return lines;
}

/* Every question fits the two rows of 80 of the narration band at 80x24, at its longest. */
START_TEST(test_questions_fit_80x24)
{
	char text[512], why[256], answer_words[32];
	struct quiz_question q = { .sample = 99999,
				   .label = LABEL_NO_EDGE,
				   .gate = ACTIVATION_SIGMOID,
				   .hidden = 64,
				   .neuron = 63,
				   .pixel = 24 };

	for (int kind = 0; kind < QUIZ_KIND_COUNT; kind++) {
		q.kind = kind;
		q.phase = quiz_kind_phase(kind);
		q.answers = kind == QUIZ_PASS_COUNT || kind == QUIZ_LOSS_RANGE	 ? 4
			    : kind == QUIZ_GRAD_SIGN || kind == QUIZ_WEIGHT_MOVE ? 3
										 : 2;
		q.step = 123456789;
		quiz_text_question(&q, text, sizeof text);
		ck_assert_msg(wrapped_lines(text, 80) <= 2, "kind %d: %s", kind, text);
		for (int a = 0; a < q.answers; a++) {
			char mark[48];
			snprintf(mark, sizeof mark, "  %d %s", a + 1,
				 quiz_text_answer(&q, a, answer_words, sizeof answer_words));
			ck_assert_msg(strstr(text, mark) != NULL, "kind %d lacks '%s': %s", kind, mark, text);
		}
		quiz_text_why(&q, why, sizeof why);
		ck_assert_msg(strlen(why) > 10 && strlen(why) < 100, "kind %d: why '%s'", kind, why);
	}
}
END_TEST

/* The verdict names the right answer, the answer given when wrong, the why and the score. */
START_TEST(test_verdict_words)
{
	struct quiz_question q = { .kind = QUIZ_LOSS_HALF_WAY,
				   .phase = TRAINER_PHASE_LOSS,
				   .answers = 2,
				   .right = 1,
				   .why = { 0.6931, 0.5 } };
	char text[512];

	quiz_text_verdict(&q, 1, 3, 4, text, sizeof text);
	ck_assert_str_eq(text, "Right: 2 0.5 or more. loss = -log(0.500 + 1e-8) = 0.6931. Score 3/4.");
	quiz_text_verdict(&q, 0, 2, 4, text, sizeof text);
	ck_assert_str_eq(text, "Not this time (you said 1): it is 2 0.5 or more. loss = -log(0.500 + 1e-8) = "
			       "0.6931. Score 2/4.");
}
END_TEST

Suite *suite_tui_quiz(void)
{
	Suite *s = suite_create("tui_quiz");
	TCase *tc = tcase_create("quiz");

	tcase_add_checked_fixture(tc, quiz_setup, quiz_teardown);
	tcase_add_test(tc, test_run_waits_for_the_answer);
	tcase_add_test(tc, test_score_counts);
	tcase_add_test(tc, test_back_restores_the_score);
	tcase_add_test(tc, test_digits_by_mode);
	tcase_add_test(tc, test_questions_fit_80x24);
	tcase_add_test(tc, test_verdict_words);
	suite_add_tcase(s, tc);
	return s;
}
