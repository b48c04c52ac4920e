/*
 * The visualizer's unit tests: the parts that draw nothing (layout, key
 * map, formats, controls, the editor's state, the narration, the key
 * handlers with the run they drive, the recorder and the player), one suite
 * each, run together by check_tui. Linked without the curses library (only
 * its header is read, for key codes), so the linker checks that these parts
 * make no curses call.
 */
#ifndef EDGEVIZ_CHECK_TUI_H
#define EDGEVIZ_CHECK_TUI_H

#include <check.h>

Suite *suite_tui_layout(void);
Suite *suite_tui_keymap(void);
Suite *suite_tui_format(void);
Suite *suite_tui_controls(void);
Suite *suite_tui_editor(void);
Suite *suite_tui_narration(void);
Suite *suite_tui_recording(void);
Suite *suite_tui_tour(void);
Suite *suite_tui_keys(void);
Suite *suite_tui_cast(void);
Suite *suite_tui_equation(void);
Suite *suite_tui_quiz(void);

#endif
