/*
 * Two screens over the panels: the help overlay, which lists every key of
 * the key map's table grouped by mode, in two columns when one is too long;
 * and the notice shown instead of everything when the terminal is too small.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/model/layout.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define HELP_KEY_W 7
/* The rows around the keys: the border above, the foot and the border below. */
#define HELP_FRAME_ROWS 3
/* The one numbering rule for all that edgeviz shows and writes (also in --help and the man page). */
#define PANEL_HELP_NUMBERING "Indices count from 0, as in numpy: epoch 0, sample 0/100, h0, W1[24,7]"
#define PANEL_HELP_NUMBERING_SHORT "Indices count from 0 (numpy): epoch 0, h0"

/* One line of the help: a mode's title, a key, or a blank (e NULL). */
struct help_item {
	const struct keymap_entry *e;
	bool title;
};

#define HELP_MAX_ITEMS 128

/*
 * The lines of the help's page in one column: mode titles and the keys that
 * have a name. Page 0 is training's keys, page 1 the other modes'; the same
 * two pages on every screen, so that ? does the same at every size (a
 * replay depends on it).
 */
static int help_items(struct help_item *items, int page)
{
	size_t count, i;
	const struct keymap_entry *entries = keymap_entries(&count);
	int n = 0;

	for (i = 0; i < count && n < HELP_MAX_ITEMS - 3; i++) {
		if ((entries[i].mode == KEYMAP_TRAIN) != (page == 0))
			continue;
		if (n == 0 || entries[i].mode != entries[i - 1].mode) {
			if (n > 0)
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
	int lines = help_items(items, 0), other = help_items(items, 1);

	if (other > lines)
		lines = other;
	*width = 46;
	*height = lines + 4;
	if (*height > rows) {
		/* Two columns, the last row of keys just above the foot: 42 lines at 80x24. */
		*width = 80;
		*height = (lines + 1) / 2 + HELP_FRAME_ROWS;
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

/* Rows a column of the help holds in a window height rows high, for n items. */
static int help_per_column(int height, int width, int n)
{
	int rows = height - HELP_FRAME_ROWS > 1 ? height - HELP_FRAME_ROWS : 1;

	if (rows >= n)
		return n;
	if (width >= 80 && rows >= (n + 1) / 2)
		return (n + 1) / 2;
	return rows;
}

/*
 * Where the second column starts: after per_column items, but never
 * leaving a mode's title (or the blank before it) alone at the bottom of
 * the first column, its keys at the top of the next.
 */
static int help_split(const struct help_item *items, int n, int per_column)
{
	int split = per_column < n ? per_column : n;

	while (split > 1 && split < n && (items[split - 1].title || items[split - 1].e == NULL))
		split--;
	return split;
}

/* Draw the help overlay into win, a window the caller centred on the screen. */
void panel_help_draw(WINDOW *win, const struct scene *scene)
{
	struct help_item items[HELP_MAX_ITEMS];
	int page = scene->help_page % PANEL_HELP_PAGES, n = help_items(items, page);
	int height = draw_height(win), width = draw_width(win);
	int per_column = help_per_column(height, width, n);
	int split = help_split(items, n, per_column);
	int column_w = (width - 2) / 2, i, y = 1;
	char foot[64];

	werase(win);
	wattrset(win, colors_attr(ROLE_RULE));
	if (scene->ascii)
		wborder(win, '|', '|', '-', '-', '+', '+', '+', '+');
	else
		box(win, 0, 0);
	wattrset(win, colors_attr(ROLE_NORMAL));
	draw_text(win, 0, 2, ROLE_TITLE, " edgeviz: every key ");
	for (i = 0; i < split; i++)
		help_line(win, 1 + i, 2, &items[i]);
	/* The second column starts with what follows, not with a blank. */
	for (i = split; i < n && items[i].e == NULL; i++)
		continue;
	for (; i < n && y <= height - HELP_FRAME_ROWS; i++)
		help_line(win, y++, 2 + column_w, &items[i]);
	if (page + 1 < PANEL_HELP_PAGES)
		snprintf(foot, sizeof foot, "%d/%d: ? more keys, any other closes", page + 1,
			 PANEL_HELP_PAGES);
	else
		snprintf(foot, sizeof foot, "%d/%d: any key closes this help", page + 1, PANEL_HELP_PAGES);
	/* The numbering rule on the row above the foot, where the keys left it free (page 2 at 80x24). */
	if (split < height - HELP_FRAME_ROWS && y - 1 < height - HELP_FRAME_ROWS)
		draw_text(win, height - 3, 2, ROLE_DIM,
			  width - 4 >= (int)strlen(PANEL_HELP_NUMBERING) ? PANEL_HELP_NUMBERING
									 : PANEL_HELP_NUMBERING_SHORT);
	draw_text(win, height - 2, 2, ROLE_DIM, foot);
}

/* Draw the first of texts (longest first, NULL-terminated) that fits, centred on row y. */
static void too_small_line(WINDOW *win, int y, enum color_role role, const char *const *texts)
{
	int cols = draw_width(win), i;

	for (i = 0; texts[i + 1] != NULL && (int)strlen(texts[i]) > cols; i++)
		continue;
	draw_text(win, y, cols > (int)strlen(texts[i]) ? (cols - (int)strlen(texts[i])) / 2 : 0, role,
		  texts[i]);
}

/*
 * Draw the "terminal too small" notice into win, the whole screen: two lines
 * in the middle, in shorter words on a narrow screen, the first line alone
 * on a screen of one row.
 */
void panel_too_small_draw(WINDOW *win)
{
	char need[64], shorter[64], shortest[32], size[64], now[32];
	int rows = draw_height(win), cols = draw_width(win);
	int y = rows > 2 ? (rows - 2) / 2 : 0;
	const char *first[] = { need, shorter, shortest, NULL };
	const char *second[] = { size, now, "q quits", NULL };

	werase(win);
	snprintf(need, sizeof need, "terminal too small (need %dx%d)", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
	snprintf(shorter, sizeof shorter, "too small, need %dx%d", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
	snprintf(shortest, sizeof shortest, "need %dx%d", LAYOUT_MIN_COLS, LAYOUT_MIN_ROWS);
	snprintf(size, sizeof size, "now %dx%d; q quits", cols, rows);
	snprintf(now, sizeof now, "now %dx%d", cols, rows);
	too_small_line(win, y, ROLE_ERROR, first);
	too_small_line(win, y + 1, ROLE_DIM, second);
}
