/*
 * The narration panel: a message from the last command (saved, loaded, or
 * why not) on its first line when there is one, then the narration of the
 * phase on screen, word-wrapped into the rows left.
 */
#include "config.h"

#include <string.h>

#include "tui/draw.h"
#include "tui/format.h"
#include "tui/narration.h"
#include "tui/panel.h"

/* Draw text word-wrapped from row y on; return the next free row. */
static int narration_wrap(WINDOW *win, int y, const char *text, enum color_role role)
{
	int width = draw_width(win) - 2, rows = draw_height(win);
	char line[1024];

	while (*text != '\0' && y < rows) {
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

/* Draw the narration panel. */
static void panel_narration_draw(WINDOW *win, const struct scene *scene)
{
	char text[1024];
	int y = 0;

	werase(win);
	if (scene->message != NULL && scene->message[0] != '\0')
		y = narration_wrap(win, 0, scene->message,
				   scene->message_is_error ? ROLE_ERROR : ROLE_MESSAGE);
	narration_text(scene, text, sizeof text);
	narration_wrap(win, y, text, scene->diverged ? ROLE_ERROR : ROLE_NORMAL);
}

const struct panel_ops panel_narration_ops = {
	.where = LAYOUT_NARRATION,
	.draw = panel_narration_draw,
};
