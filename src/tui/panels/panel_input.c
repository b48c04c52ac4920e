/*
 * The input panel: the 5x5 patch the network is looking at, as gray cells
 * (dark 0 .. bright 1), its true label, the network's answer and whether it
 * is right. In the patch editor the same panel shows the cursor.
 */
#include "config.h"

#include <string.h>

#include "core/patch.h"
#include "tui/model/format.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

struct input_geometry {
	int cell_w, cell_h; /* one pixel's cell */
	int x0, y0;	    /* the patch's top left */
	int info_y;	    /* the first line under it */
};

/* Size the patch to the window: square-looking cells, three lines of text under it. */
static void input_geometry(WINDOW *win, struct input_geometry *g)
{
	int rows = draw_height(win) - 1, width = draw_width(win);

	g->cell_h = (rows - 3) / PATCH_SIDE;
	if (g->cell_h < 1)
		g->cell_h = 1;
	g->cell_w = g->cell_h == 1 ? 2 : 2 * g->cell_h + 1;
	if (g->cell_w > (width - 2) / PATCH_SIDE)
		g->cell_w = (width - 2) / PATCH_SIDE;
	if (g->cell_w < 1)
		g->cell_w = 1;
	g->x0 = (width - PATCH_SIDE * g->cell_w) / 2;
	g->y0 = 1;
	g->info_y = g->y0 + PATCH_SIDE * g->cell_h;
	if (rows >= PATCH_SIDE * g->cell_h + 4)
		g->info_y++;
}

/* The pixel of the patch under window cell (y, x), or -1. */
int panel_input_hit(WINDOW *win, int y, int x)
{
	struct input_geometry g;
	int row, col;

	input_geometry(win, &g);
	if (y < g.y0 || x < g.x0)
		return -1;
	row = (y - g.y0) / g.cell_h;
	col = (x - g.x0) / g.cell_w;
	if (row >= PATCH_SIDE || col >= PATCH_SIDE)
		return -1;
	return row * PATCH_SIDE + col;
}

/* The title: where the patch comes from. */
static const char *input_title(const struct scene *scene)
{
	switch (scene->mode) {
	case KEYMAP_EDIT:
		return "Your patch";
	case KEYMAP_TEST:
		return scene->browse_train ? "Training sample" : "Test sample";
	case KEYMAP_WRONG:
		return scene->wrong_count > 0 ? "Wrong sample" : "Input";
	default:
		return "Input";
	}
}

/* The patch itself, with the editor's cursor. */
static void input_draw_patch(WINDOW *win, const struct scene *scene, const struct input_geometry *g)
{
	int i;

	for (i = 0; i < PATCH_PIXELS; i++) {
		int y = g->y0 + (i / PATCH_SIDE) * g->cell_h;
		int x = g->x0 + (i % PATCH_SIDE) * g->cell_w;
		bool cursor = i == scene->cursor;

		draw_pixel(win, y, x, g->cell_w, g->cell_h, scene->patch->pixel[i], scene->ascii,
			   cursor ? A_REVERSE : 0);
		if (cursor && g->cell_w >= 2) {
			draw_text(win, y, x, ROLE_CURSOR, "[");
			draw_text(win, y, x + g->cell_w - 1, ROLE_CURSOR, "]");
		}
	}
}

/*
 * How sure the network is of its guess, in words that fit beside the
 * verdict (x columns in) when they can: "81.0% sure of No Edge", "81.0%
 * sure". Return true when they fit there, false when they go below it.
 */
static bool input_sure_text(WINDOW *win, const struct scene *scene, int x, char *buf, size_t size)
{
	char pct[16];

	format_percent(pct, sizeof pct, scene->pass->p[scene->pass->prediction]);
	snprintf(buf, size, "%s sure of %s", pct, label_name(scene->pass->prediction));
	if (x + 1 + (int)strlen(buf) <= draw_width(win))
		return true;
	snprintf(buf, size, "%s sure", pct);
	return x + 1 + (int)strlen(buf) <= draw_width(win);
}

/*
 * Right or wrong, and what the percentage is: "✓ right: 81.0% sure of No
 * Edge", or its shorter forms. Draw it from row y when draw; return the
 * lines it takes (2 when the percentage goes on the line below).
 */
static int input_verdict(WINDOW *win, int y, const struct scene *scene, bool draw)
{
	char sure[64];
	bool right = scene->pass->prediction == scene->label;
	const char *verdict =
		scene->ascii ? (right ? "right:" : "WRONG:") : (right ? "\u2713 right:" : "\u2717 wrong:");
	int x = 1 + (int)strlen("right:") + (scene->ascii ? 0 : 2);
	bool beside = input_sure_text(win, scene, x, sure, sizeof sure);

	if (draw) {
		draw_text(win, y, 1, right ? ROLE_RIGHT : ROLE_WRONG, verdict);
		draw_text(win, beside ? y : y + 1, beside ? x + 1 : 1, ROLE_DIM, sure);
	}
	return beside ? 1 : 2;
}

/* The line under the verdict in the other modes: which sample, or the cursor. */
static bool input_mode_line(const struct scene *scene, char *buf, size_t size)
{
	if (scene->mode == KEYMAP_TEST)
		snprintf(buf, size, "%s #%d/%d", scene->browse_train ? "train" : "test", scene->sample,
			 scene->samples);
	else if (scene->mode == KEYMAP_WRONG && scene->wrong_count > 0)
		snprintf(buf, size, "train #%d/%d", scene->sample, scene->samples);
	else if (scene->mode == KEYMAP_EDIT && scene->cursor >= 0)
		snprintf(buf, size, "r%d c%d = %.2f", scene->cursor / PATCH_SIDE, scene->cursor % PATCH_SIDE,
			 scene->patch->pixel[scene->cursor]);
	else
		return false;
	return true;
}

/* Label, answer, verdict; the spacer row above them given up when they need it. */
static void input_draw_info(WINDOW *win, const struct scene *scene, const struct input_geometry *g)
{
	int y = g->info_y, lines;
	char mode_line[48];
	bool has_mode_line = input_mode_line(scene, mode_line, sizeof mode_line);

	if (panel_has_forward(scene)) {
		lines = 2 + input_verdict(win, y, scene, false) + has_mode_line;
		if (y + lines > draw_height(win) && y > g->y0 + PATCH_SIDE * g->cell_h)
			y = g->y0 + PATCH_SIDE * g->cell_h;
	}
	draw_text(win, y, 1, ROLE_DIM, "label");
	draw_text(win, y, 7, ROLE_NORMAL, label_name(scene->label));
	if (scene->mode == KEYMAP_EDIT)
		draw_text(win, y, 8 + (int)strlen(label_name(scene->label)), ROLE_DIM, "(L)");
	draw_text(win, y + 1, 1, ROLE_DIM, "guess");
	if (!panel_has_forward(scene)) {
		draw_text(win, y + 1, 7, ROLE_DIM, "(press s)");
		return;
	}
	draw_text(win, y + 1, 7, ROLE_NORMAL, label_name(scene->pass->prediction));
	y += 2 + input_verdict(win, y + 2, scene, true);
	if (has_mode_line)
		draw_text(win, y, 1, ROLE_DIM, mode_line);
}

/* Draw the input panel. */
static void panel_input_draw(WINDOW *win, const struct scene *scene)
{
	struct input_geometry g;
	char title[64];

	panel_title_text(title, sizeof title, scene, input_title(scene), input_title(scene),
			 PANEL_MOMENT_BEFORE, draw_width(win));
	draw_title(win, title, scene->ascii);
	input_geometry(win, &g);
	input_draw_patch(win, scene, &g);
	input_draw_info(win, scene, &g);
}

const struct panel_ops panel_input_ops = {
	.where = LAYOUT_INPUT,
	.draw = panel_input_draw,
};
