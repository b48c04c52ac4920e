/*
 * The core's unit tests: one suite per module, run together by check_core.
 * They link only the core library (no curses), so the linker itself checks
 * that the core stays free of the terminal.
 */
#ifndef EDGEVIZ_CHECK_CORE_H
#define EDGEVIZ_CHECK_CORE_H

#include <check.h>

Suite *suite_rng(void);
Suite *suite_patch(void);
Suite *suite_dataset(void);
Suite *suite_network(void);
Suite *suite_trainer(void);
Suite *suite_trainer_data(void);
Suite *suite_data_file(void);
Suite *suite_weights_file(void);
Suite *suite_export(void);
Suite *suite_figures(void);
Suite *suite_textfile(void);
Suite *suite_json(void);
Suite *suite_probe(void);
Suite *suite_data_history(void);
Suite *suite_quiz(void);
Suite *suite_run_pair(void);

#endif
