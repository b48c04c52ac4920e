/*
 * Drawing helpers the panels share: titles, clipped text, numbers in a role,
 * and the two kinds of picture cells (gray pixels, signed weights). Only
 * these, the panels and frame.c (the windows themselves) touch a WINDOW.
 */
#ifndef EDGEVIZ_TUI_DRAW_H
#define EDGEVIZ_TUI_DRAW_H

#include <stdbool.h>

#include <curses.h>

#include "tui/screen/colors.h"

/* Erase win and draw its title as a rule across the top row: "── Title ──────". */
void draw_title(WINDOW *win, const char *title, bool ascii);

/* Print ASCII text at (y, x) in role, cut at the window's right edge. Return columns. */
int draw_text(WINDOW *win, int y, int x, enum color_role role, const char *text);

/* printf into draw_text. */
int draw_textf(WINDOW *win, int y, int x, enum color_role role, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Print a UTF-8 (or ASCII) glyph string of cells columns at (y, x) if it fits. */
void draw_glyphs(WINDOW *win, int y, int x, enum color_role role, const char *glyphs, int cells);

/* A number right-aligned in width columns, colored by its sign when signed. */
void draw_number(WINDOW *win, int y, int x, int width, double value, int decimals, bool sign);

/* A pixel of brightness value as a cell width columns wide, rows tall. */
void draw_pixel(WINDOW *win, int y, int x, int width, int rows, double value, bool ascii, attr_t extra);

/* A signed weight against scale as a cell width columns wide, rows tall. */
void draw_weight(WINDOW *win, int y, int x, int width, int rows, double value, double scale, bool ascii);

/*
 * Draw text word-wrapped to the window's width, from row y down to row last
 * at most, one column in; return the next free row.
 */
int draw_wrapped(WINDOW *win, int y, int last, enum color_role role, const char *text);

/* The window's size. */
int draw_width(WINDOW *win);
int draw_height(WINDOW *win);

#endif
