/*
 * The guided tour's page: its title with the page number, a few sentences,
 * the formula with this sample's numbers, and where to look (that panel's
 * title is highlighted by the main loop) with the keys to turn the page.
 */
#include "config.h"

#include <string.h>

#include "tui/draw.h"
#include "tui/format.h"
#include "tui/panel.h"
#include "tui/tour.h"

/* How the page names the panel it speaks of. */
static const char *tour_panel_words(enum layout_panel panel)
{
	switch (panel) {
	case LAYOUT_INPUT: return "Input";
	case LAYOUT_HIDDEN: return "Hidden layer";
	case LAYOUT_OUTPUT: return "Output";
	case LAYOUT_WEIGHTS: return "Weights W1";
	case LAYOUT_LOSS: return "Loss";
	case LAYOUT_UPDATE: return "Update";
	case LAYOUT_NARRATION: return "the narration below";
	case LAYOUT_STATUS: return "the status line on top";
	default: return "the network";
	}
}

/* Draw text word-wrapped from row y to row last; return the next free row. */
static int tour_wrap(WINDOW *win, int y, int last, const char *text, enum color_role role)
{
	int width = draw_width(win) - 2;
	char line[1024];

	while (*text != '\0' && y <= last) {
		size_t n = format_wrap(text, (size_t)width);

		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, text, n);
		line[n] = '\0';
		draw_text(win, y++, 1, role, line);
		text += n;
		while (*text == ' ')
			text++;
	}
	return y;
}

/* Draw the tour's page. */
static void panel_tour_draw(WINDOW *win, const struct scene *scene)
{
	char title[96], formula[256], foot[128];
	int page = scene->tour_page, rows = draw_height(win);

	snprintf(title, sizeof title, "Tour %d/%d: %s", page + 1, TOUR_PAGES, tour_title(page));
	draw_title(win, title, scene->ascii);
	tour_formula(page, scene, formula, sizeof formula);
	snprintf(foot, sizeof foot, "look at: %s   > next  < back  T closes",
		 tour_panel_words((enum layout_panel)scene->highlight));
	/* The words, then the formula and the foot on the last two rows. */
	tour_wrap(win, 1, rows - 3, tour_text(page), ROLE_NORMAL);
	tour_wrap(win, rows - 2, rows - 2, formula, ROLE_KEY);
	draw_text(win, rows - 1, 1, ROLE_DIM, foot);
}

const struct panel_ops panel_tour_ops = {
	.where = LAYOUT_TOUR,
	.draw = panel_tour_draw,
};
