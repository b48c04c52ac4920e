/*
 * The screen's windows: one WINDOW a panel where the layout shows it, the
 * "too small" notice, the help over them; laying them out for the
 * terminal's size and drawing a frame of the scene into them (every panel,
 * wnoutrefresh each, one doupdate). The curses half of the main loop.
 */
#ifndef EDGEVIZ_TUI_FRAME_H
#define EDGEVIZ_TUI_FRAME_H

#include <stdbool.h>
#include <stddef.h>

#include <curses.h>

#include "tui/model/layout.h"
#include "tui/scene.h"

struct frame {
	WINDOW *win[LAYOUT_PANEL_COUNT];
	WINDOW *whole; /* the "too small" notice */
	WINDOW *help;  /* the help, centred over the panels */
};

/*
 * Lay the screen out for its size into layout (computed with the other
 * arguments, as layout_compute_views takes them) and make the windows.
 * Return 0, or -1 with err when a window cannot be made.
 */
int frame_layout(struct frame *f, struct layout *layout, int hidden, enum layout_inspect inspect, bool zoom,
		 int views, char *err, size_t err_size);

/* Draw one frame: the notice on a screen too small, else every panel, and the help if open. */
void frame_draw(const struct frame *f, const struct layout *layout, const struct scene *scene, bool help);

/* The pixel of the input panel's patch the mouse event waiting clicked, or -1. */
int frame_click(const struct frame *f);

/* Delete every window. */
void frame_free(struct frame *f);

#endif
