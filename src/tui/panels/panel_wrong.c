/*
 * The training samples the current weights get wrong, live: one 5x5
 * thumbnail each with its number and true label, as many as fit, the one
 * browsed (W, then the arrows) marked; scene_build asks the core which
 * they are (trainer_wrong_samples) and shows the one browsed in the input
 * panel with its forward pass, trained on nothing. In its place, the set
 * browser (t) shows the test or the training set the same way, with each
 * patch's p(Edge) now and whether it is right.
 */
#include "config.h"

#include <stdio.h>

#include "core/patch.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

#define WRONG_THUMB_W 9 /* a 5-wide thumbnail, its caption, a gap */

/* One thumbnail at (y, x): pixel cells one column wide, and its caption below. */
static void wrong_thumbnail(WINDOW *win, int y, int x, const struct scene *scene, int index, bool selected)
{
	const struct dataset *train = trainer_train_set(scene->trainer);
	const struct patch *patch = &train->patch[index];
	char caption[16];
	int i;

	for (i = 0; i < PATCH_PIXELS; i++)
		draw_pixel(win, y + i / PATCH_SIDE, x + 1 + (i % PATCH_SIDE), 1, 1, patch->pixel[i],
			   scene->ascii, 0);
	snprintf(caption, sizeof caption, "#%d %s", index, train->label[index] == LABEL_EDGE ? "E" : "No");
	draw_text(win, y + PATCH_SIDE, x, selected ? ROLE_SELECTED : ROLE_DIM, caption);
	if (selected) {
		draw_text(win, y + 2, x, ROLE_CURSOR, scene->ascii ? ">" : "\u25b6");
		draw_text(win, y + 2, x + 1 + PATCH_SIDE, ROLE_CURSOR, scene->ascii ? "<" : "\u25c0");
	}
}

#define SET_THUMB_H (PATCH_SIDE + 3) /* a thumbnail, two lines of caption, a gap */

/*
 * One patch of the set browser at (y, x): its number and label, then
 * p(Edge) now and whether that is right.
 */
static void set_thumbnail(WINDOW *win, int y, int x, const struct scene *scene, int index, bool selected)
{
	const struct patch *patch = &scene->set->patch[index];
	enum label label = scene->set->label[index];
	double p_edge = scene->set_p_edge[index];
	bool right = scene->set_right[index];
	char caption[16];

	for (int i = 0; i < PATCH_PIXELS; i++)
		draw_pixel(win, y + i / PATCH_SIDE, x + 1 + (i % PATCH_SIDE), 1, 1, patch->pixel[i],
			   scene->ascii, 0);
	snprintf(caption, sizeof caption, "#%d %s", index, label == LABEL_EDGE ? "E" : "No");
	draw_text(win, y + PATCH_SIDE, x, selected ? ROLE_SELECTED : ROLE_DIM, caption);
	snprintf(caption, sizeof caption, "%s%3.0f%%",
		 right ? (scene->ascii ? "ok " : "\u2713 ") : (scene->ascii ? "NO " : "\u2717 "),
		 p_edge * 100);
	draw_text(win, y + PATCH_SIDE + 1, x, right ? ROLE_RIGHT : ROLE_WRONG, caption);
	if (selected) {
		draw_text(win, y + 2, x, ROLE_CURSOR, scene->ascii ? ">" : "\u25b6");
		draw_text(win, y + 2, x + 1 + PATCH_SIDE, ROLE_CURSOR, scene->ascii ? "<" : "\u25c0");
	}
}

/* The set browser (t): thumbnails of the set shown, a page at a time, the one browsed marked. */
static void panel_sets_draw(WINDOW *win, const struct scene *scene)
{
	char title[96];
	int per_row = (draw_width(win) - 1) / WRONG_THUMB_W, rows, first, shown, i;

	snprintf(title, sizeof title, "%s: %d patches, p(Edge) now",
		 scene->browse_train ? "Training set" : "Test set", scene->set->size);
	draw_title(win, title, scene->ascii);
	rows = (draw_height(win) - 2) / SET_THUMB_H;
	if (rows < 1)
		rows = 1;
	if (per_row < 1)
		per_row = 1;
	shown = per_row * rows;
	first = scene->sample / shown * shown;
	for (i = 0; i < shown && first + i < scene->set->size; i++)
		set_thumbnail(win, 1 + (i / per_row) * SET_THUMB_H, 1 + (i % per_row) * WRONG_THUMB_W, scene,
			      first + i, first + i == scene->sample);
	draw_text(win, draw_height(win) - 1, 1, ROLE_DIM,
		  scene->browse_train ? "arrows browse; x: the test set; X removes it"
				      : "arrows browse; x: the training set");
	if (scene->set->size > shown)
		draw_textf(win, 0, draw_width(win) - 16, ROLE_DIM, " %d-%d of %d ", first, first + i - 1,
			   scene->set->size);
}

/* Draw the list of wrong samples (or, in its place, the set browser's thumbnails). */
static void panel_wrong_draw(WINDOW *win, const struct scene *scene)
{
	char title[96];
	int per_row = (draw_width(win) - 1) / WRONG_THUMB_W, rows, first, shown, i;
	int train = trainer_train_set(scene->trainer)->size;

	if (scene->mode == KEYMAP_TEST && scene->set != NULL) {
		panel_sets_draw(win, scene);
		return;
	}
	snprintf(title, sizeof title, "Wrong now: %d of %d training samples", scene->wrong_count, train);
	draw_title(win, title, scene->ascii);
	if (scene->wrong_count == 0) {
		draw_text(win, 2, 1, ROLE_RIGHT, "none: the network gets every training sample right");
		draw_text(win, draw_height(win) - 1, 1, ROLE_DIM,
			  scene->mode == KEYMAP_WRONG ? "Esc closes this list" : "W closes this list");
		return;
	}
	rows = (draw_height(win) - 2) / (PATCH_SIDE + 2);
	if (rows < 1)
		rows = 1;
	if (per_row < 1)
		per_row = 1;
	shown = per_row * rows;
	/* Pages of thumbnails, the one browsed on the page shown. */
	first = scene->wrong_selected >= 0 ? scene->wrong_selected / shown * shown : 0;
	for (i = 0; i < shown && first + i < scene->wrong_count; i++)
		wrong_thumbnail(win, 1 + (i / per_row) * (PATCH_SIDE + 2), 1 + (i % per_row) * WRONG_THUMB_W,
				scene, scene->wrong[first + i], first + i == scene->wrong_selected);
	draw_textf(win, draw_height(win) - 1, 1, ROLE_DIM, "%s",
		   scene->mode == KEYMAP_WRONG ? "arrows: another one; Esc: back to training"
					       : "live while training; W: browse them, W again closes");
	if (scene->wrong_count > shown)
		draw_textf(win, 0, draw_width(win) - 16, ROLE_DIM, " %d-%d of %d ", first, first + i - 1,
			   scene->wrong_count);
}

const struct panel_ops panel_wrong_ops = {
	.where = LAYOUT_WRONG,
	.draw = panel_wrong_draw,
};
