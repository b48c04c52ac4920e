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
			ck_assert_msg(e[i].mode != e[k].mode || e[i].key != e[k].key,
				      "key %d bound twice", e[i].key);
	}
	/* every action a person can take is listed in the help under some name */
	for (i = ACTION_QUIT; i < ACTION_COUNT; i++) {
		if (i > ACTION_PIXEL_0 && i <= ACTION_PIXEL_9)
			continue;	/* listed together as 0-9 */
		if (i == ACTION_CURSOR_DOWN || i == ACTION_CURSOR_LEFT || i == ACTION_CURSOR_RIGHT)
			continue;	/* listed together as arrows */
		if (i == ACTION_MAP_K_DOWN)
			continue;	/* listed together with k up as ". ," */
		ck_assert_msg(named[i], "action %zu has no line in the help", i);
	}
	ck_assert_str_eq(keymap_mode_title(KEYMAP_TRAIN), "Training");
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

Suite *suite_tui_keymap(void)
{
	Suite *s = suite_create("tui_keymap");
	TCase *tc = tcase_create("keymap");

	tcase_add_test(tc, test_keymap_training_keys);
	tcase_add_test(tc, test_keymap_editor_keys);
	tcase_add_test(tc, test_keymap_test_keys);
	tcase_add_test(tc, test_keymap_table_is_sound);
	tcase_add_test(tc, test_keymap_trains);
	tcase_add_test(tc, test_keymap_classroom_keys);
	suite_add_tcase(s, tc);
	return s;
}
