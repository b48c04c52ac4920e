/*
 * The guided tour's page: its title with the page number, a few sentences,
 * the formula with this sample's numbers, and where to look (that panel's
 * title is highlighted by frame.c) with the keys to turn the page.
 */
#include "config.h"

#include <string.h>

#include "tui/classroom/tour.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

/* How the page names the panel it speaks of. */
static const char *tour_panel_words(enum layout_panel panel)
{
	switch (panel) {
	case LAYOUT_INPUT:
		return "Input";
	case LAYOUT_HIDDEN:
		return "Hidden layer";
	case LAYOUT_OUTPUT:
		return "Output";
	case LAYOUT_WEIGHTS:
		return "Weights W1";
	case LAYOUT_LOSS:
		return "Loss";
	case LAYOUT_UPDATE:
		return "Update";
	case LAYOUT_NARRATION:
		return "the narration below";
	case LAYOUT_STATUS:
		return "the status line on top";
	default:
		return "the network";
	}
}

/* Draw the tour's page. */
static void panel_tour_draw(WINDOW *win, const struct scene *scene)
{
	char title[96], formula[256], foot[160], note[64], words[1024];
	int page = scene->tour_page, rows = draw_height(win);

	snprintf(title, sizeof title, "Tour %d/%d: %s", page + 1, TOUR_PAGES, tour_title(page));
	draw_title(win, title, scene->ascii);
	tour_formula(page, scene, formula, sizeof formula);
	tour_note(page, scene, note, sizeof note);
	snprintf(foot, sizeof foot, "look at: %s%s   > next  < back  T closes",
		 tour_panel_words((enum layout_panel)scene->highlight), note);
	/* The words, then the formula and the foot on the last two rows. */
	tour_words(page, scene, words, sizeof words);
	draw_wrapped(win, 1, rows - 3, ROLE_NORMAL, words);
	draw_wrapped(win, rows - 2, rows - 2, ROLE_KEY, formula);
	draw_text(win, rows - 1, 1, ROLE_DIM, foot);
}

const struct panel_ops panel_tour_ops = {
	.where = LAYOUT_TOUR,
	.draw = panel_tour_draw,
};
