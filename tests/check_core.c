/*
 * Runs every suite of the core's unit tests and prints Check's summary.
 */
#include "config.h"

#include <stdlib.h>

#include "check_core.h"

int main(void)
{
	SRunner *runner = srunner_create(suite_rng());

	srunner_add_suite(runner, suite_patch());
	srunner_add_suite(runner, suite_dataset());
	srunner_add_suite(runner, suite_network());
	srunner_add_suite(runner, suite_trainer());
	srunner_add_suite(runner, suite_trainer_data());
	srunner_add_suite(runner, suite_data_file());
	srunner_add_suite(runner, suite_weights_file());
	srunner_add_suite(runner, suite_export());
	srunner_add_suite(runner, suite_figures());
	srunner_add_suite(runner, suite_textfile());
	srunner_add_suite(runner, suite_json());
	srunner_add_suite(runner, suite_probe());
	srunner_add_suite(runner, suite_quiz());
	srunner_add_suite(runner, suite_data_history());
	srunner_add_suite(runner, suite_run_pair());
	srunner_run_all(runner, CK_NORMAL);
	int failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
