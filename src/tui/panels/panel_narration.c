/*
 * The narration panel: a message from the last command (saved, loaded, or
 * why not) on its first line when there is one, then the narration of the
 * phase on screen (or the quiz's question), word-wrapped into the rows left.
 */
#include "config.h"

#include <string.h>

#include "tui/model/format.h"
#include "tui/model/narration.h"
#include "tui/panels/panel.h"
#include "tui/screen/draw.h"

/* Draw the narration panel. */
static void panel_narration_draw(WINDOW *win, const struct scene *scene)
{
	char text[1024];
	int y = 0;

	werase(win);
	if (scene->message != NULL && scene->message[0] != '\0')
		y = draw_wrapped(win, 0, draw_height(win) - 1,
				 scene->message_is_error ? ROLE_ERROR : ROLE_MESSAGE, scene->message);
	narration_text(scene, text, sizeof text);
	y = draw_wrapped(win, y, draw_height(win) - 1, scene->diverged ? ROLE_ERROR : ROLE_NORMAL, text);
	/* Where the band has a row to spare (30 rows and more), what the class is looking at. */
	if (scene->quiz_asking && scene->mode == KEYMAP_TRAIN && y < draw_height(win))
		draw_wrapped(win, y, draw_height(win) - 1, ROLE_DIM,
			     "The panels show the run before this phase: predict, then 1-4 shows it.");
}

const struct panel_ops panel_narration_ops = {
	.where = LAYOUT_NARRATION,
	.draw = panel_narration_draw,
};
