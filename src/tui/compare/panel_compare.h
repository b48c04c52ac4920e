/*
 * The split screen of runs A and B (the panel in place of the others while
 * B is open), and the status line it has then.
 */
#ifndef EDGEVIZ_TUI_PANEL_COMPARE_H
#define EDGEVIZ_TUI_PANEL_COMPARE_H

#include "tui/panels/panel.h"

extern const struct panel_ops panel_compare_ops;

/* The status line while B is open: the step, and both runs' loss and accuracy. */
void panel_compare_status(WINDOW *win, const struct scene *scene);

#endif
