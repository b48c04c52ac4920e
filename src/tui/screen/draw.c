/*
 * The few drawing primitives every panel uses. Text is cut at the window's
 * edge rather than wrapped (ncurses would wrap it into the next row), and
 * the picture cells pick between color ramps, shade characters and sign
 * characters depending on what the terminal offers.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tui/model/format.h"
#include "tui/screen/draw.h"

/* The window's width. */
int draw_width(WINDOW *win)
{
	return getmaxx(win);
}

/* The window's height. */
int draw_height(WINDOW *win)
{
	return getmaxy(win);
}

/* Erase win and draw its title in a rule across the top row. */
void draw_title(WINDOW *win, const char *title, bool ascii)
{
	int width = draw_width(win), x;
	const char *rule = ascii ? "-" : "\u2500";

	werase(win);
	wattrset(win, colors_attr(ROLE_RULE));
	for (x = 0; x < width; x++)
		mvwaddstr(win, 0, x, rule);
	wattrset(win, colors_attr(ROLE_NORMAL));
	if (width > 4) {
		mvwaddstr(win, 0, 1, " ");
		x = 2 + draw_text(win, 0, 2, ROLE_TITLE, title);
		if (x < width)
			mvwaddstr(win, 0, x, " ");
	}
}

/* Print ASCII text at (y, x) in role, cut at the window's right edge. */
int draw_text(WINDOW *win, int y, int x, enum color_role role, const char *text)
{
	int width = draw_width(win);
	int n = (int)strlen(text);

	if (y < 0 || y >= draw_height(win) || x < 0 || x >= width)
		return 0;
	if (n > width - x)
		n = width - x;
	wattrset(win, colors_attr(role));
	mvwaddnstr(win, y, x, text, n);
	wattrset(win, colors_attr(ROLE_NORMAL));
	return n;
}

/* printf into draw_text. */
int draw_textf(WINDOW *win, int y, int x, enum color_role role, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return draw_text(win, y, x, role, buf);
}

/* Print a UTF-8 (or ASCII) glyph string of cells columns at (y, x) if it fits. */
void draw_glyphs(WINDOW *win, int y, int x, enum color_role role, const char *glyphs, int cells)
{
	if (y < 0 || y >= draw_height(win) || x < 0 || x + cells > draw_width(win))
		return;
	wattrset(win, colors_attr(role));
	mvwaddstr(win, y, x, glyphs);
	wattrset(win, colors_attr(ROLE_NORMAL));
}

/* A number right-aligned in width columns, colored by its sign when signed. */
void draw_number(WINDOW *win, int y, int x, int width, double value, int decimals, bool sign)
{
	char buf[64];
	int n;
	enum color_role role = ROLE_NORMAL;

	format_number(buf, sizeof buf, value, decimals, width, sign);
	n = (int)strlen(buf);
	if (sign && value < 0)
		role = ROLE_NEGATIVE;
	else if (sign && value > 0)
		role = ROLE_POSITIVE;
	if (!isfinite(value))
		role = ROLE_ERROR;
	draw_text(win, y, x + (n < width ? width - n : 0), role, buf);
}

/* Fill a rows x width block at (y, x) with glyph in attr; glyph takes one column. */
static void draw_block(WINDOW *win, int y, int x, int width, int rows, const char *glyph, attr_t attr)
{
	int r, c;

	if (x < 0 || y < 0 || x + width > draw_width(win))
		return;
	wattrset(win, attr);
	for (r = 0; r < rows && y + r < draw_height(win); r++)
		for (c = 0; c < width; c++)
			mvwaddstr(win, y + r, x + c, glyph);
	wattrset(win, colors_attr(ROLE_NORMAL));
}

/* A pixel of brightness value as a cell width columns wide, rows tall. */
void draw_pixel(WINDOW *win, int y, int x, int width, int rows, double value, bool ascii, attr_t extra)
{
	char text[16];

	if (colors_have_ramps()) {
		attr_t attr = colors_gray(format_gray_level(value, COLORS_GRAY_LEVELS)) | extra;

		draw_block(win, y, x, width, rows, " ", attr);
		if (width >= 5) {
			/* Values on the cells, as the tutorial prints them. */
			snprintf(text, sizeof text, "%.1f", value);
			wattrset(win, attr);
			if ((int)strlen(text) <= width)
				mvwaddstr(win, y + rows / 2, x + (width - (int)strlen(text)) / 2, text);
			wattrset(win, colors_attr(ROLE_NORMAL));
		}
		return;
	}
	draw_block(win, y, x, width, rows,
		   format_shade_glyph(format_gray_level(value, FORMAT_SHADE_LEVELS), ascii),
		   colors_attr(ROLE_NORMAL) | extra);
}

/* A signed weight against scale as a cell width columns wide, rows tall. */
void draw_weight(WINDOW *win, int y, int x, int width, int rows, double value, double scale, bool ascii)
{
	static const char *const shades[COLORS_DIVERGING_LEVELS + 1] = {
		"\u00b7", "\u2591", "\u2592", "\u2593", "\u2588",
	};
	int level = format_diverging_level(value, scale, COLORS_DIVERGING_LEVELS);
	int magnitude = level < 0 ? -level : level;
	enum color_role role = level < 0 ? ROLE_NEGATIVE : level > 0 ? ROLE_POSITIVE : ROLE_DIM;
	int sign_level = (magnitude + 1) / 2;

	if (colors_have_ramps()) {
		attr_t attr = colors_diverging(level);
		char text[32];

		draw_block(win, y, x, width, rows, " ", attr);
		if (width >= 6) {
			format_number(text, sizeof text, value, 2, width - 1, true);
			wattrset(win, attr);
			mvwaddstr(win, y + rows / 2, x + width - 1 - (int)strlen(text), text);
			wattrset(win, colors_attr(ROLE_NORMAL));
		}
		return;
	}
	if (colors_enabled() && !ascii) {
		draw_block(win, y, x, width, rows, shades[magnitude], colors_attr(role));
		return;
	}
	draw_block(win, y, x, width, rows, format_sign_glyph(level < 0 ? -sign_level : sign_level),
		   colors_attr(role) | (sign_level == FORMAT_SIGN_LEVELS ? A_BOLD : 0));
}

/* Draw text word-wrapped from row y to row last; return the next free row. */
int draw_wrapped(WINDOW *win, int y, int last, enum color_role role, const char *text)
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
