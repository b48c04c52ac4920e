/*
 * The narration panel: a message from the last command (saved, loaded, or
 * why not) on its first line when there is one, then the narration of the
 * phase on screen, word-wrapped into the rows left.
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
	draw_wrapped(win, y, draw_height(win) - 1, scene->diverged ? ROLE_ERROR : ROLE_NORMAL, text);
}

const struct panel_ops panel_narration_ops = {
	.where = LAYOUT_NARRATION,
	.draw = panel_narration_draw,
};
