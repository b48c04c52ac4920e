/*
 * The visualizer's unit tests: its pure parts (layout, key map, formats,
 * controls), one suite each, run together by check_tui. Linked without the
 * curses library, so the linker checks that these parts draw nothing.
 */
#ifndef EDGEVIZ_CHECK_TUI_H
#define EDGEVIZ_CHECK_TUI_H

#include <check.h>

Suite *suite_tui_layout(void);
Suite *suite_tui_keymap(void);
Suite *suite_tui_format(void);
Suite *suite_tui_controls(void);

#endif
