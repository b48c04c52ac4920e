/*
 * The patch editor's state: the cursor stays on the patch, digits give the
 * tutorial's values exactly, space toggles dark and bright, and x walks
 * through the tutorial's examples with their labels.
 */
#include "config.h"

#include "check_tui.h"
#include "tui/model/editor.h"

/* An editor on a dark patch labelled edge. */
static void editor_dark(struct editor *e)
{
	struct patch dark = { { 0 } };

	editor_open(e, &dark, LABEL_EDGE);
}

START_TEST(test_editor_cursor)
{
	struct editor e;
	int i;

	editor_dark(&e);
	ck_assert_int_eq(e.cursor, 0);
	ck_assert(!editor_apply(&e, ACTION_CURSOR_UP));
	ck_assert(!editor_apply(&e, ACTION_CURSOR_LEFT));
	ck_assert(editor_apply(&e, ACTION_CURSOR_RIGHT));
	ck_assert(editor_apply(&e, ACTION_CURSOR_DOWN));
	ck_assert_int_eq(e.cursor, PATCH_SIDE + 1);
	for (i = 0; i < 10; i++) {
		editor_apply(&e, ACTION_CURSOR_DOWN);
		editor_apply(&e, ACTION_CURSOR_RIGHT);
	}
	ck_assert_int_eq(e.cursor, PATCH_PIXELS - 1);
}
END_TEST

START_TEST(test_editor_paint)
{
	struct editor e;

	editor_dark(&e);
	ck_assert(editor_apply(&e, ACTION_PIXEL_0 + 9));
	ck_assert(e.patch.pixel[0] == 0.9); /* exactly the tutorial's 0.9 */
	editor_apply(&e, ACTION_CURSOR_RIGHT);
	editor_apply(&e, ACTION_PIXEL_0 + 1);
	ck_assert(e.patch.pixel[1] == 0.1);
	editor_apply(&e, ACTION_PIXEL_0 + 5);
	ck_assert(e.patch.pixel[1] == 0.5);
	editor_apply(&e, ACTION_PIXEL_FULL);
	ck_assert(e.patch.pixel[1] == 1.0);
	editor_apply(&e, ACTION_TOGGLE_PIXEL);
	ck_assert(e.patch.pixel[1] == 0.1);
	editor_apply(&e, ACTION_TOGGLE_PIXEL);
	ck_assert(e.patch.pixel[1] == 0.9);
	editor_toggle(&e, 24);
	ck_assert_int_eq(e.cursor, 24);
	ck_assert(e.patch.pixel[24] == 0.9);
	editor_toggle(&e, 25); /* off the patch: nothing */
	ck_assert_int_eq(e.cursor, 24);
	editor_apply(&e, ACTION_CLEAR_PATCH);
	ck_assert(e.patch.pixel[24] == 0 && e.patch.pixel[0] == 0);
	ck_assert(!editor_apply(&e, ACTION_RUN));
}
END_TEST

START_TEST(test_editor_examples)
{
	struct editor e;
	int c;

	editor_dark(&e);
	ck_assert_ptr_null(editor_example_title(&e));
	editor_apply(&e, ACTION_NEXT_EXAMPLE);
	ck_assert_str_eq(editor_example_title(&e), "edge (dark to bright)");
	ck_assert_int_eq(e.label, LABEL_EDGE);
	for (c = 0; c < PATCH_SIDE; c++)
		ck_assert(e.patch.pixel[4 * PATCH_SIDE + c] == (c < 2 ? 0.1 : 0.9));
	editor_apply(&e, ACTION_NEXT_EXAMPLE);
	editor_apply(&e, ACTION_NEXT_EXAMPLE);
	ck_assert_str_eq(editor_example_title(&e), "uniform gray");
	ck_assert_int_eq(e.label, LABEL_NO_EDGE);
	editor_apply(&e, ACTION_TOGGLE_LABEL);
	ck_assert_int_eq(e.label, LABEL_EDGE);
	editor_apply(&e, ACTION_NEXT_EXAMPLE);
	editor_apply(&e, ACTION_NEXT_EXAMPLE);
	editor_apply(&e, ACTION_NEXT_EXAMPLE); /* wraps around */
	ck_assert_str_eq(editor_example_title(&e), "edge (dark to bright)");
}
END_TEST

Suite *suite_tui_editor(void)
{
	Suite *s = suite_create("tui_editor");
	TCase *tc = tcase_create("editor");

	tcase_add_test(tc, test_editor_cursor);
	tcase_add_test(tc, test_editor_paint);
	tcase_add_test(tc, test_editor_examples);
	suite_add_tcase(s, tc);
	return s;
}
