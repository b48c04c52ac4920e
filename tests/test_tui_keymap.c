/*
 * The key map: the keys of the issue do what it says in every mode that
 * accepts them, the editor and the test set have their own keys, and the
 * table the help is drawn from names every action and has no key bound
 * twice in one mode.
 */
#include "config.h"

#include <curses.h>
#include <string.h>

#include "check_tui.h"
#include "tui/model/keymap.h"

START_TEST(test_keymap_training_keys)
{
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, ' '), ACTION_STEP_SAMPLE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 's'), ACTION_STEP_PHASE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'b'), ACTION_STEP_BACK);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'r'), ACTION_RUN);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '+'), ACTION_FASTER);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '-'), ACTION_SLOWER);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'e'), ACTION_RUN_EPOCH);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '['), ACTION_LR_DOWN);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, ']'), ACTION_LR_UP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '\t'), ACTION_NEXT_NEURON);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, KEY_BTAB), ACTION_PREV_NEURON);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'p'), ACTION_EDITOR);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 't'), ACTION_TEST);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'R'), ACTION_RESET);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'w'), ACTION_SAVE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'o'), ACTION_LOAD);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '?'), ACTION_HELP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'q'), ACTION_QUIT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'Z'), ACTION_NONE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, KEY_UP), ACTION_NONE);
}
END_TEST

START_TEST(test_keymap_editor_keys)
{
	int d;

	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, KEY_UP), ACTION_CURSOR_UP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, KEY_LEFT), ACTION_CURSOR_LEFT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 'l'), ACTION_CURSOR_RIGHT);
	for (d = 0; d <= 9; d++)
		ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, '0' + d), ACTION_PIXEL_0 + d);
	/* space paints in the editor instead of training */
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, ' '), ACTION_TOGGLE_PIXEL);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 27), ACTION_LEAVE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 'p'), ACTION_LEAVE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, KEY_MOUSE), ACTION_MOUSE);
	/* keys it does not bind fall through to training: q still quits, ? helps */
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 'q'), ACTION_QUIT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, '?'), ACTION_HELP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 's'), ACTION_STEP_PHASE);
}
END_TEST

START_TEST(test_keymap_test_keys)
{
	ck_assert_int_eq(keymap_lookup(KEYMAP_TEST, KEY_RIGHT), ACTION_TEST_NEXT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TEST, KEY_LEFT), ACTION_TEST_PREV);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TEST, ' '), ACTION_TEST_NEXT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TEST, 't'), ACTION_LEAVE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TEST, 'q'), ACTION_QUIT);
}
END_TEST

START_TEST(test_keymap_table_is_sound)
{
	size_t count, i, k;
	const struct keymap_entry *e = keymap_entries(&count);
	bool named[ACTION_COUNT] = { false };

	ck_assert_int_gt(count, 20);
	for (i = 0; i < count; i++) {
		ck_assert(e[i].action != ACTION_NONE);
		if (e[i].name != NULL) {
			ck_assert_ptr_nonnull(e[i].help);
			/* the help overlay's column is 30 characters wide */
			ck_assert_int_le(strlen(e[i].help), 30);
			named[e[i].action] = true;
		}
		for (k = i + 1; k < count; k++)
			ck_assert_msg(e[i].mode != e[k].mode || e[i].key != e[k].key, "key %d bound twice",
				      e[i].key);
	}
	/* every action a person can take is listed in the help under some name */
	for (i = ACTION_QUIT; i < ACTION_COUNT; i++) {
		if (i > ACTION_PIXEL_0 && i <= ACTION_PIXEL_9)
			continue; /* listed together as 0-9 */
		if (i == ACTION_CURSOR_DOWN || i == ACTION_CURSOR_LEFT || i == ACTION_CURSOR_RIGHT)
			continue; /* listed together as arrows */
		if (i == ACTION_MAP_K_DOWN)
			continue; /* listed together with k up as ". ," */
		if (i == ACTION_LR_UP)
			continue; /* listed together with the rate down as "[ ]" */
		if (i == ACTION_SLOWER)
			continue; /* listed together with faster as "+ -" */
		if (i > ACTION_ANSWER_1 && i <= ACTION_ANSWER_4)
			continue; /* listed together as 1-4 */
		ck_assert_msg(named[i], "action %zu has no line in the help", i);
	}
	ck_assert_str_eq(keymap_mode_title(KEYMAP_TRAIN), "Training");
}
END_TEST

/* With a quiz question up, the digits answer where the mode leaves them free: not in the editor. */
START_TEST(test_keymap_quiz_digits)
{
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '1'), ACTION_NONE);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TRAIN, '1'), ACTION_ANSWER_1);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TRAIN, '4'), ACTION_ANSWER_4);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TRAIN, '5'), ACTION_NONE);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TEST, '2'), ACTION_ANSWER_2);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_WRONG, '3'), ACTION_ANSWER_3);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_EDIT, '1'), ACTION_PIXEL_0 + 1);
	/* Everything else as without the quiz. */
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TRAIN, ' '), ACTION_STEP_SAMPLE);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TEST, ' '), ACTION_TEST_NEXT);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_TRAIN, 'Q'), ACTION_QUIZ);
	ck_assert_int_eq(keymap_lookup_quiz(KEYMAP_EDIT, 'Q'), ACTION_QUIZ);
	ck_assert(keymap_action_trains(ACTION_ANSWER_1) && keymap_action_trains(ACTION_QUIZ));
}
END_TEST

START_TEST(test_keymap_trains)
{
	ck_assert(keymap_action_trains(ACTION_STEP_SAMPLE));
	ck_assert(keymap_action_trains(ACTION_LOAD));
	ck_assert(!keymap_action_trains(ACTION_QUIT));
	ck_assert(!keymap_action_trains(ACTION_CURSOR_UP));
	ck_assert(!keymap_action_trains(ACTION_NEXT_NEURON));
}
END_TEST

START_TEST(test_keymap_classroom_keys)
{
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'a'), ACTION_ACTIVATION);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'c'), ACTION_EXPORT_CSV);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'g'), ACTION_EXPORT_PGM);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'S'), ACTION_EXPORT_SCREEN);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'T'), ACTION_TOUR);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '>'), ACTION_TOUR_NEXT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, KEY_NPAGE), ACTION_TOUR_NEXT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, '<'), ACTION_TOUR_PREV);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, KEY_PPAGE), ACTION_TOUR_PREV);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'z'), ACTION_ZOOM);
	ck_assert_int_eq(keymap_lookup(KEYMAP_TRAIN, 'W'), ACTION_WRONG);
	/* The editor keeps c (clear); the exports' other keys reach it from training. */
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 'c'), ACTION_CLEAR_PATCH);
	ck_assert_int_eq(keymap_lookup(KEYMAP_EDIT, 'g'), ACTION_EXPORT_PGM);
	/* The wrong samples browse like the test set; W or Esc leaves. */
	ck_assert_int_eq(keymap_lookup(KEYMAP_WRONG, KEY_RIGHT), ACTION_TEST_NEXT);
	ck_assert_int_eq(keymap_lookup(KEYMAP_WRONG, 'k'), ACTION_TEST_PREV);
	ck_assert_int_eq(keymap_lookup(KEYMAP_WRONG, 'W'), ACTION_LEAVE);
	ck_assert_int_eq(keymap_lookup(KEYMAP_WRONG, 27), ACTION_LEAVE);
	/* A replay: space and s step, r plays on; q still quits. */
	ck_assert_int_eq(keymap_lookup(KEYMAP_REPLAY, ' '), ACTION_REPLAY_STEP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_REPLAY, 's'), ACTION_REPLAY_STEP);
	ck_assert_int_eq(keymap_lookup(KEYMAP_REPLAY, 'r'), ACTION_REPLAY_PLAY);
	ck_assert_int_eq(keymap_lookup(KEYMAP_REPLAY, 'q'), ACTION_QUIT);
	ck_assert_str_eq(keymap_mode_title(KEYMAP_REPLAY), "Replay (--replay)");
	/* Exports, the tour and the zoom train nothing; the gate restarts the run. */
	ck_assert(!keymap_action_trains(ACTION_EXPORT_CSV));
	ck_assert(!keymap_action_trains(ACTION_TOUR_NEXT));
	ck_assert(!keymap_action_trains(ACTION_ZOOM));
	ck_assert(keymap_action_trains(ACTION_ACTIVATION));
}
END_TEST

/*
 * Every binding, as the man page's KEYS section lists it (aliases included,
 * the editor's h j k l from its "also h j k l", the browsers' n j down space
 * and N k up from the help's lines): each must be in the table, and the table
 * must hold nothing else, so a key removed, rebound or added unlisted fails.
 */
static const struct {
	enum keymap_mode mode;
	int key;
	enum keymap_action action;
} documented[] = {
	{ KEYMAP_TRAIN, ' ', ACTION_STEP_SAMPLE },
	{ KEYMAP_TRAIN, 's', ACTION_STEP_PHASE },
	{ KEYMAP_TRAIN, 'b', ACTION_STEP_BACK },
	{ KEYMAP_TRAIN, KEY_BACKSPACE, ACTION_STEP_BACK },
	{ KEYMAP_TRAIN, 'r', ACTION_RUN },
	{ KEYMAP_TRAIN, '+', ACTION_FASTER },
	{ KEYMAP_TRAIN, '=', ACTION_FASTER },
	{ KEYMAP_TRAIN, '-', ACTION_SLOWER },
	{ KEYMAP_TRAIN, 'e', ACTION_RUN_EPOCH },
	{ KEYMAP_TRAIN, '[', ACTION_LR_DOWN },
	{ KEYMAP_TRAIN, ']', ACTION_LR_UP },
	{ KEYMAP_TRAIN, '\t', ACTION_NEXT_NEURON },
	{ KEYMAP_TRAIN, KEY_BTAB, ACTION_PREV_NEURON },
	{ KEYMAP_TRAIN, 'i', ACTION_INSPECT },
	{ KEYMAP_TRAIN, 'p', ACTION_EDITOR },
	{ KEYMAP_TRAIN, 't', ACTION_TEST },
	{ KEYMAP_TRAIN, 'W', ACTION_WRONG },
	{ KEYMAP_TRAIN, 'R', ACTION_RESET },
	{ KEYMAP_TRAIN, 'N', ACTION_NEW_SEED },
	{ KEYMAP_TRAIN, 'a', ACTION_ACTIVATION },
	{ KEYMAP_TRAIN, 'w', ACTION_SAVE },
	{ KEYMAP_TRAIN, 'o', ACTION_LOAD },
	{ KEYMAP_TRAIN, 'T', ACTION_TOUR },
	{ KEYMAP_TRAIN, '>', ACTION_TOUR_NEXT },
	{ KEYMAP_TRAIN, KEY_NPAGE, ACTION_TOUR_NEXT },
	{ KEYMAP_TRAIN, '<', ACTION_TOUR_PREV },
	{ KEYMAP_TRAIN, KEY_PPAGE, ACTION_TOUR_PREV },
	{ KEYMAP_TRAIN, 'z', ACTION_ZOOM },
	{ KEYMAP_TRAIN, 'c', ACTION_EXPORT_CSV },
	{ KEYMAP_TRAIN, 'g', ACTION_EXPORT_PGM },
	{ KEYMAP_TRAIN, 'S', ACTION_EXPORT_SCREEN },
	{ KEYMAP_TRAIN, 'l' & 0x1f, ACTION_REDRAW },
	{ KEYMAP_TRAIN, 'D', ACTION_WRITE_DATA },
	{ KEYMAP_TRAIN, 'B', ACTION_PHASE_BACK },
	{ KEYMAP_TRAIN, 'd', ACTION_ADDED },
	{ KEYMAP_TRAIN, 'l', ACTION_CURVE },
	{ KEYMAP_TRAIN, 'f', ACTION_FIGURE },
	{ KEYMAP_TRAIN, 'm', ACTION_MAP },
	{ KEYMAP_TRAIN, '.', ACTION_MAP_K_UP },
	{ KEYMAP_TRAIN, ',', ACTION_MAP_K_DOWN },
	{ KEYMAP_TRAIN, 'v', ACTION_MAP_NEURON },
	{ KEYMAP_TRAIN, 'n', ACTION_HEALTH },
	{ KEYMAP_TRAIN, 'j', ACTION_VALUE_NEXT },
	{ KEYMAP_TRAIN, 'k', ACTION_VALUE_PREV },
	{ KEYMAP_TRAIN, 'C', ACTION_COMPARE },
	{ KEYMAP_TRAIN, '?', ACTION_HELP },
	{ KEYMAP_TRAIN, KEY_F(1), ACTION_HELP },
	{ KEYMAP_TRAIN, 'q', ACTION_QUIT },
	{ KEYMAP_TRAIN, 'Q', ACTION_QUIZ },

	{ KEYMAP_EDIT, KEY_UP, ACTION_CURSOR_UP },
	{ KEYMAP_EDIT, KEY_DOWN, ACTION_CURSOR_DOWN },
	{ KEYMAP_EDIT, KEY_LEFT, ACTION_CURSOR_LEFT },
	{ KEYMAP_EDIT, KEY_RIGHT, ACTION_CURSOR_RIGHT },
	{ KEYMAP_EDIT, 'k', ACTION_CURSOR_UP },
	{ KEYMAP_EDIT, 'j', ACTION_CURSOR_DOWN },
	{ KEYMAP_EDIT, 'h', ACTION_CURSOR_LEFT },
	{ KEYMAP_EDIT, 'l', ACTION_CURSOR_RIGHT },
	{ KEYMAP_EDIT, '0', ACTION_PIXEL_0 },
	{ KEYMAP_EDIT, '1', ACTION_PIXEL_0 + 1 },
	{ KEYMAP_EDIT, '2', ACTION_PIXEL_0 + 2 },
	{ KEYMAP_EDIT, '3', ACTION_PIXEL_0 + 3 },
	{ KEYMAP_EDIT, '4', ACTION_PIXEL_0 + 4 },
	{ KEYMAP_EDIT, '5', ACTION_PIXEL_0 + 5 },
	{ KEYMAP_EDIT, '6', ACTION_PIXEL_0 + 6 },
	{ KEYMAP_EDIT, '7', ACTION_PIXEL_0 + 7 },
	{ KEYMAP_EDIT, '8', ACTION_PIXEL_0 + 8 },
	{ KEYMAP_EDIT, '9', ACTION_PIXEL_9 },
	{ KEYMAP_EDIT, 'f', ACTION_PIXEL_FULL },
	{ KEYMAP_EDIT, ' ', ACTION_TOGGLE_PIXEL },
	{ KEYMAP_EDIT, 'x', ACTION_NEXT_EXAMPLE },
	{ KEYMAP_EDIT, 'c', ACTION_CLEAR_PATCH },
	{ KEYMAP_EDIT, 'L', ACTION_TOGGLE_LABEL },
	{ KEYMAP_EDIT, 'A', ACTION_ADD_PATCH },
	{ KEYMAP_EDIT, KEY_MOUSE, ACTION_MOUSE },
	{ KEYMAP_EDIT, 27, ACTION_LEAVE },
	{ KEYMAP_EDIT, 'p', ACTION_LEAVE },
	{ KEYMAP_EDIT, '\n', ACTION_LEAVE },

	{ KEYMAP_TEST, KEY_RIGHT, ACTION_TEST_NEXT },
	{ KEYMAP_TEST, KEY_DOWN, ACTION_TEST_NEXT },
	{ KEYMAP_TEST, 'n', ACTION_TEST_NEXT },
	{ KEYMAP_TEST, 'j', ACTION_TEST_NEXT },
	{ KEYMAP_TEST, ' ', ACTION_TEST_NEXT },
	{ KEYMAP_TEST, KEY_LEFT, ACTION_TEST_PREV },
	{ KEYMAP_TEST, KEY_UP, ACTION_TEST_PREV },
	{ KEYMAP_TEST, 'N', ACTION_TEST_PREV },
	{ KEYMAP_TEST, 'k', ACTION_TEST_PREV },
	{ KEYMAP_TEST, 27, ACTION_LEAVE },
	{ KEYMAP_TEST, 't', ACTION_LEAVE },
	{ KEYMAP_TEST, '\n', ACTION_LEAVE },
	{ KEYMAP_TEST, 'x', ACTION_SWITCH_SET },
	{ KEYMAP_TEST, 'X', ACTION_REMOVE_PATCH },
	{ KEYMAP_TEST, KEY_DC, ACTION_REMOVE_PATCH },

	{ KEYMAP_WRONG, KEY_RIGHT, ACTION_TEST_NEXT },
	{ KEYMAP_WRONG, KEY_DOWN, ACTION_TEST_NEXT },
	{ KEYMAP_WRONG, 'n', ACTION_TEST_NEXT },
	{ KEYMAP_WRONG, 'j', ACTION_TEST_NEXT },
	{ KEYMAP_WRONG, ' ', ACTION_TEST_NEXT },
	{ KEYMAP_WRONG, KEY_LEFT, ACTION_TEST_PREV },
	{ KEYMAP_WRONG, KEY_UP, ACTION_TEST_PREV },
	{ KEYMAP_WRONG, 'N', ACTION_TEST_PREV },
	{ KEYMAP_WRONG, 'k', ACTION_TEST_PREV },
	{ KEYMAP_WRONG, 27, ACTION_LEAVE },
	{ KEYMAP_WRONG, 'W', ACTION_LEAVE },
	{ KEYMAP_WRONG, '\n', ACTION_LEAVE },

	{ KEYMAP_QUIZ, '1', ACTION_ANSWER_1 },
	{ KEYMAP_QUIZ, '2', ACTION_ANSWER_2 },
	{ KEYMAP_QUIZ, '3', ACTION_ANSWER_3 },
	{ KEYMAP_QUIZ, '4', ACTION_ANSWER_4 },
	{ KEYMAP_QUIZ, 's', ACTION_STEP_PHASE },
	{ KEYMAP_QUIZ, ' ', ACTION_STEP_SAMPLE },
	{ KEYMAP_QUIZ, 'Q', ACTION_QUIZ },

	{ KEYMAP_REPLAY, ' ', ACTION_REPLAY_STEP },
	{ KEYMAP_REPLAY, 's', ACTION_REPLAY_STEP },
	{ KEYMAP_REPLAY, KEY_RIGHT, ACTION_REPLAY_STEP },
	{ KEYMAP_REPLAY, 'r', ACTION_REPLAY_PLAY },
	{ KEYMAP_REPLAY, 'l' & 0x1f, ACTION_REDRAW },
	{ KEYMAP_REPLAY, 'q', ACTION_QUIT },
};
#define DOCUMENTED (sizeof documented / sizeof documented[0])

START_TEST(test_keymap_every_documented_binding)
{
	size_t count, i, k;
	const struct keymap_entry *e = keymap_entries(&count);

	for (i = 0; i < DOCUMENTED; i++)
		ck_assert_msg(keymap_lookup(documented[i].mode, documented[i].key) == documented[i].action,
			      "mode %d key %d: not action %d", documented[i].mode, documented[i].key,
			      documented[i].action);
	/* and nothing undocumented: each row of the table is one of the above */
	for (i = 0; i < count; i++) {
		bool listed = false;

		for (k = 0; k < DOCUMENTED && !listed; k++)
			listed = documented[k].mode == e[i].mode && documented[k].key == e[i].key &&
				 documented[k].action == e[i].action;
		ck_assert_msg(listed, "mode %d key %d bound but not documented", e[i].mode, e[i].key);
	}
	ck_assert_uint_eq(count, DOCUMENTED);
}
END_TEST

Suite *suite_tui_keymap(void)
{
	Suite *s = suite_create("tui_keymap");
	TCase *tc = tcase_create("keymap");

	tcase_add_test(tc, test_keymap_training_keys);
	tcase_add_test(tc, test_keymap_editor_keys);
	tcase_add_test(tc, test_keymap_test_keys);
	tcase_add_test(tc, test_keymap_table_is_sound);
	tcase_add_test(tc, test_keymap_quiz_digits);
	tcase_add_test(tc, test_keymap_trains);
	tcase_add_test(tc, test_keymap_classroom_keys);
	tcase_add_test(tc, test_keymap_every_documented_binding);
	suite_add_tcase(s, tc);
	return s;
}
