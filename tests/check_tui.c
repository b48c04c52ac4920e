/*
 * Runs every suite of the visualizer's unit tests and prints Check's summary.
 */
#include "config.h"

#include <stdlib.h>

#include "check_tui.h"

/* Run every suite; exit 0 when all pass. */
int main(void)
{
	SRunner *runner = srunner_create(suite_tui_layout());
	int failed;

	srunner_add_suite(runner, suite_tui_keymap());
	srunner_add_suite(runner, suite_tui_format());
	srunner_add_suite(runner, suite_tui_controls());
	srunner_add_suite(runner, suite_tui_editor());
	srunner_add_suite(runner, suite_tui_narration());
	srunner_add_suite(runner, suite_tui_recording());
	srunner_add_suite(runner, suite_tui_tour());
	srunner_add_suite(runner, suite_tui_keys());
	srunner_add_suite(runner, suite_tui_cast());
	srunner_add_suite(runner, suite_tui_equation());
	srunner_add_suite(runner, suite_tui_quiz());
	srunner_run_all(runner, CK_NORMAL);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
