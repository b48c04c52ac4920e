/*
 * Two screens over the panels: the help overlay, which lists every key of
 * the key map's table grouped by mode, in two columns when one is too long;
 * and the notice shown instead of everything when the terminal is too small.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/draw.h"
#include "tui/layout.h"
#include "tui/panel.h"

#define HELP_KEY_W 7

/* One line of the help: a mode's title, a key, or a blank (e NULL). */
struct help_item {
	const struct keymap_entry *e;
	bool title;
};

#define HELP_MAX_ITEMS 128

/* The help's lines in one column: mode titles and the keys that have a name. */
static int help_items(struct help_item *items)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);
	int n = 0;

	for (i = 0; i < count && n < HELP_MAX_ITEMS - 3; i++) {
		if (i == 0 || entries[i].mode != entries[i - 1].mode) {
			if (i > 0)
				items[n++] = (struct help_item){ NULL, false };
			items[n++] = (struct help_item){ &entries[i], true };
		}
		if (entries[i].name != NULL)
			items[n++] = (struct help_item){ &entries[i], false };
	}
	return n;
}

/* The help overlay's wanted size for a cols x rows screen. */
void panel_help_size(int cols, int rows, int *height, int *width)
{
	struct help_item items[HELP_MAX_ITEMS];
	int lines = help_items(items);

	*width = 46;
	*height = lines + 4;
	if (*height > rows) {
		*width = 80;
		*height = (lines + 1) / 2 + 4;
	}
	if (*width > cols)
		*width = cols;
	if (*height > rows)
		*height = rows;
}

/* Draw one item at (y, x). */
static void help_line(WINDOW *win, int y, int x, const struct help_item *item)
{
	if (item->e == NULL)
		return;
	if (item->title) {
		draw_text(win, y, x, ROLE_TITLE, keymap_mode_title(item->e->mode));
		return;
	}
	draw_text(win, y, x, ROLE_KEY, item->e->name);
	draw_text(win, y, x + HELP_KEY_W, ROLE_NORMAL, item->e->help);
}

/* Draw the help overlay into win, a window the caller centred on the screen. */
void panel_help_draw(WINDOW *win, const struct scene *scene)
{
	struct help_item items[HELP_MAX_ITEMS];
	int n = help_items(items), height = draw_height(win), width = draw_width(win);
	int per_column = height - 4 >= n ? n : (n + 1) / 2;
	int column_w = (width - 2) / 2, i;

	werase(win);
	wattrset(win, colors_attr(ROLE_RULE));
	if (scene->ascii)
		wborder(win, '|', '|', '-', '-', '+', '+', '+', '+');
	else
		box(win, 0, 0);
	wattrset(win, colors_attr(ROLE_NORMAL));
	draw_text(win, 0, 2, ROLE_TITLE, " edgeviz: every key ");
	for (i = 0; i < n; i++)
		help_line(win, 1 + i % per_column, 2 + (i / per_column) * column_w, &items[i]);
	draw_text(win, height - 2, 2, ROLE_DIM, "any key closes this help");
}

/* Draw the "terminal too small" notice into win, the whole screen. */
void panel_too_small_draw(WINDOW *win)
{
	char line[64];
	int rows = draw_height(win), cols = draw_width(win);

	werase(win);
	snprintf(line, sizeof line, "terminal too small (need %dx%d)", LAYOUT_MIN_COLS,
		 LAYOUT_MIN_ROWS);
	draw_text(win, rows / 2, cols > (int)strlen(line) ? (cols - (int)strlen(line)) / 2 : 0,
		  ROLE_ERROR, line);
	snprintf(line, sizeof line, "now %dx%d; q quits", cols, rows);
	draw_text(win, rows / 2 + 1, cols > (int)strlen(line) ? (cols - (int)strlen(line)) / 2 : 0,
		  ROLE_DIM, line);
}
