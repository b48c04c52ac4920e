/*
 * The screen's windows (see frame.h). Never clear() every frame: each panel
 * paints its own window and one doupdate sends what changed.
 */
#include "config.h"

#include <stdio.h>

#include "tui/compare/panel_compare.h"
#include "tui/frame.h"
#include "tui/panels/panel.h"
#include "tui/screen/colors.h"

static const struct panel_ops *const frame_panels[] = {
	&panel_status_ops, &panel_input_ops,   &panel_hidden_ops, &panel_output_ops,	&panel_weights_ops,
	&panel_loss_ops,   &panel_neuron_ops,  &panel_update_ops, &panel_narration_ops, &panel_keys_ops,
	&panel_tour_ops,   &panel_wrong_ops,   &panel_curve_ops,  &panel_figure_ops,	&panel_map_ops,
	&panel_health_ops, &panel_compare_ops,
};
#define FRAME_PANELS ((int)(sizeof frame_panels / sizeof frame_panels[0]))

/* Delete every window. */
void frame_free(struct frame *f)
{
	int i;

	for (i = 0; i < LAYOUT_PANEL_COUNT; i++) {
		if (f->win[i] != NULL)
			delwin(f->win[i]);
		f->win[i] = NULL;
	}
	if (f->whole != NULL)
		delwin(f->whole);
	if (f->help != NULL)
		delwin(f->help);
	f->whole = NULL;
	f->help = NULL;
}

/* A window on the theme's ground, or NULL. */
static WINDOW *frame_window(int h, int w, int y, int x)
{
	WINDOW *win = newwin(h, w, y, x);

	if (win != NULL)
		wbkgd(win, colors_background());
	return win;
}

/* Make one window a panel the layout shows; 0, or -1 when one cannot be made. */
static int frame_panel_windows(struct frame *f, const struct layout *layout)
{
	int i;

	for (i = 0; i < LAYOUT_PANEL_COUNT; i++) {
		const struct layout_rect *r = &layout->rect[i];

		if (!layout->shown[i])
			continue;
		f->win[i] = frame_window(r->h, r->w, r->y, r->x);
		if (f->win[i] == NULL)
			return -1;
	}
	return 0;
}

/* Lay the screen out again for its size (after a resize, a load, a toggle). */
int frame_layout(struct frame *f, struct layout *layout, int hidden, enum layout_inspect inspect, bool zoom,
		 int views, char *err, size_t err_size)
{
	int h, w;

	frame_free(f);
	layout_compute_views(layout, COLS, LINES, hidden, inspect, zoom, views);
	/* The light theme's ground under every window (plain blanks in the dark one). */
	wbkgd(stdscr, colors_background());
	werase(stdscr);
	wnoutrefresh(stdscr);
	if (layout->too_small) {
		f->whole = frame_window(LINES, COLS, 0, 0);
	} else if (frame_panel_windows(f, layout) == 0) {
		panel_help_size(COLS, LINES, &h, &w);
		f->help = frame_window(h, w, (LINES - h) / 2, (COLS - w) / 2);
		return 0;
	}
	if (f->whole != NULL)
		return 0;
	snprintf(err, err_size, "cannot create a window");
	return -1;
}

/* Mark the panel the tour speaks of: its title row in the highlight role. */
static void frame_highlight(WINDOW *win)
{
	attr_t attr = colors_attr(ROLE_HIGHLIGHT);

	mvwchgat(win, 0, 0, -1, attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
}

/* Draw one frame: every panel, then the help over them, then one doupdate. */
void frame_draw(const struct frame *f, const struct layout *layout, const struct scene *scene, bool help)
{
	int i;

	if (layout->too_small) {
		if (f->whole != NULL) {
			panel_too_small_draw(f->whole);
			wnoutrefresh(f->whole);
		}
		doupdate();
		return;
	}
	for (i = 0; i < FRAME_PANELS; i++) {
		WINDOW *win = f->win[frame_panels[i]->where];

		if (win == NULL)
			continue;
		frame_panels[i]->draw(win, scene);
		if ((int)frame_panels[i]->where == scene->highlight)
			frame_highlight(win);
		wnoutrefresh(win);
	}
	if (help && f->help != NULL) {
		panel_help_draw(f->help, scene);
		wnoutrefresh(f->help);
	}
	doupdate();
}

/* The patch pixel the waiting mouse event clicked, or -1. */
int frame_click(const struct frame *f)
{
	MEVENT event;
	WINDOW *win = f->win[LAYOUT_INPUT];
	int y, x;

	if (getmouse(&event) != OK || win == NULL || !wenclose(win, event.y, event.x))
		return -1;
	y = event.y;
	x = event.x;
	if (!wmouse_trafo(win, &y, &x, FALSE))
		return -1;
	return panel_input_hit(win, y, x);
}
