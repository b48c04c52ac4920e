/*
 * contrast: the WCAG 2 contrast ratio of every piece of text on a screen
 * dump, for tests/tui_contrast.sh. It reads `tmux capture-pane -e -p` on
 * stdin, follows its SGR sequences (colors 0-255, bold, faint, reverse),
 * turns each cell's colors into RGB with xterm's palette, and computes the
 * ratio of every character that is not a space or a block element
 * (U+2580-U+259F: pictures, not text) against its own background.
 *
 * What the capture cannot say, it takes at its worst: a default color is
 * tried as both of xterm's defaults (black on white, and reversed, white on
 * black), since the program cannot know the terminal's. Bold on colors 0-7
 * is the bright color, as xterm draws it (its boldColors resource); faint
 * text is drawn halfway to its background.
 *
 *   contrast [-m MIN] [-l LABEL] < capture
 *
 * prints the lowest ratio and where it is, every cell below MIN (4.5 unless
 * told), and exits 1 if there is one, 2 on bad usage or an empty capture.
 *
 *   contrast -g GROUND [-w COLS] [-h ROWS] [-m MIN] [-l LABEL] < capture
 *
 * measures instead every cell's background (blanks too) against the color
 * GROUND (0-255), the screen's own: a picture's darkest shade must stand out
 * from the panel around it. Cells on GROUND or the default are left out;
 * -w and -h: only the first COLS columns of the first ROWS rows (the panel
 * that holds the picture).
 */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CONTRAST_DEFAULT (-1)

struct rgb {
	double r, g, b;
};

/* What the SGR sequences so far have set. */
struct pen {
	int fg, bg; /* 0-255, or CONTRAST_DEFAULT */
	bool bold, faint, reverse;
};

/* xterm's 16 basic colors (its default resources). */
static const unsigned char contrast_basic[16][3] = {
	{ 0, 0, 0 },	   { 205, 0, 0 },   { 0, 205, 0 },   { 205, 205, 0 },
	{ 0, 0, 238 },	   { 205, 0, 205 }, { 0, 205, 205 }, { 229, 229, 229 },
	{ 127, 127, 127 }, { 255, 0, 0 },   { 0, 255, 0 },   { 255, 255, 0 },
	{ 92, 92, 255 },   { 255, 0, 255 }, { 0, 255, 255 }, { 255, 255, 255 },
};

/* xterm's color n (0-255) in RGB, 0-255 a channel. */
static struct rgb contrast_palette(int n)
{
	static const int cube[6] = { 0, 95, 135, 175, 215, 255 };
	struct rgb c;

	if (n < 16) {
		c.r = contrast_basic[n][0];
		c.g = contrast_basic[n][1];
		c.b = contrast_basic[n][2];
	} else if (n < 232) {
		c.r = cube[(n - 16) / 36];
		c.g = cube[(n - 16) / 6 % 6];
		c.b = cube[(n - 16) % 6];
	} else {
		c.r = c.g = c.b = 8 + 10 * (n - 232);
	}
	return c;
}

/* One channel, 0-255, made linear (WCAG 2's sRGB formula). */
static double contrast_linear(double v)
{
	v /= 255.0;
	return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance. */
static double contrast_luminance(struct rgb c)
{
	return 0.2126 * contrast_linear(c.r) + 0.7152 * contrast_linear(c.g) + 0.0722 * contrast_linear(c.b);
}

/* WCAG 2 contrast ratio of two colors, 1 to 21. */
static double contrast_ratio(struct rgb a, struct rgb b)
{
	double la = contrast_luminance(a), lb = contrast_luminance(b);

	return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Apply one SGR sequence's parameters (the text between "\033[" and "m"). */
static void contrast_sgr(struct pen *pen, const char *params)
{
	int p[32], n = 0, i;
	const char *s = params;

	while (n < 32) {
		char *end;
		long v = strtol(s, &end, 10);

		p[n++] = end == s ? 0 : (int)v;
		if (*end != ';' && *end != ':')
			break;
		s = end + 1;
	}
	for (i = 0; i < n; i++) {
		int v = p[i];

		if (v == 0) {
			pen->fg = pen->bg = CONTRAST_DEFAULT;
			pen->bold = pen->faint = pen->reverse = false;
		} else if (v == 1) {
			pen->bold = true;
		} else if (v == 2) {
			pen->faint = true;
		} else if (v == 22) {
			pen->bold = pen->faint = false;
		} else if (v == 7) {
			pen->reverse = true;
		} else if (v == 27) {
			pen->reverse = false;
		} else if (v >= 30 && v <= 37) {
			pen->fg = v - 30;
		} else if (v >= 90 && v <= 97) {
			pen->fg = v - 90 + 8;
		} else if (v >= 40 && v <= 47) {
			pen->bg = v - 40;
		} else if (v >= 100 && v <= 107) {
			pen->bg = v - 100 + 8;
		} else if (v == 39) {
			pen->fg = CONTRAST_DEFAULT;
		} else if (v == 49) {
			pen->bg = CONTRAST_DEFAULT;
		} else if ((v == 38 || v == 48) && i + 2 < n && p[i + 1] == 5) {
			*(v == 38 ? &pen->fg : &pen->bg) = p[i + 2] & 255;
			i += 2;
		} else if ((v == 38 || v == 48) && i + 4 < n && p[i + 1] == 2) {
			i += 4; /* direct RGB: not produced at 8 or 256 colors */
		}
	}
}

/*
 * The lowest ratio a cell drawn with pen can have, over the terminal's
 * default colors (which the capture does not give).
 */
static double contrast_cell(const struct pen *pen)
{
	double worst = 21.0;
	int dark;

	for (dark = 0; dark < 2; dark++) {
		int fg = pen->fg, bg = pen->bg;
		struct rgb f, b;
		double r;

		if (fg == CONTRAST_DEFAULT)
			fg = dark ? 15 : 0;
		if (bg == CONTRAST_DEFAULT)
			bg = dark ? 0 : 15;
		if (pen->bold && fg < 8)
			fg += 8;
		f = contrast_palette(fg);
		b = contrast_palette(bg);
		if (pen->reverse) {
			struct rgb t = f;

			f = b;
			b = t;
		}
		if (pen->faint) {
			f.r = (f.r + b.r) / 2;
			f.g = (f.g + b.g) / 2;
			f.b = (f.b + b.b) / 2;
		}
		r = contrast_ratio(f, b);
		if (r < worst)
			worst = r;
	}
	return worst;
}

/* The length of the UTF-8 sequence s starts, and its code point in *cp. */
static int contrast_utf8(const unsigned char *s, unsigned long *cp)
{
	int len = *s < 0x80 ? 1 : *s < 0xe0 ? 2 : *s < 0xf0 ? 3 : 4;
	int i;

	*cp = len == 1 ? *s : *s & (0x3f >> (len - 1));
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 1;
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	return len;
}

/* Text: anything but a blank and the block elements the pictures use. */
static bool contrast_is_text(unsigned long cp)
{
	return cp != ' ' && !(cp >= 0x2580 && cp <= 0x259f);
}

struct contrast_result {
	double lowest;
	int lowest_row, lowest_col, failures, cells;
	int ground;	   /* -g: the ground to measure backgrounds against, or -1 */
	int width, height; /* -w, -h: the columns and rows measured, 0 for all */
};

/* The ratio of the cell's background to the ground; 21 when it is the ground. */
static double contrast_background(const struct pen *pen, int ground)
{
	int bg = pen->reverse ? pen->fg : pen->bg;

	if (pen->reverse && bg != CONTRAST_DEFAULT && pen->bold && bg < 8)
		bg += 8;
	if (bg == CONTRAST_DEFAULT || bg == ground)
		return 21.0;
	return contrast_ratio(contrast_palette(bg), contrast_palette(ground));
}

/* Check one captured line (row), with the pen carried over from the last. */
static void contrast_line(const char *line, int row, struct pen *pen, double min, const char *label,
			  struct contrast_result *res)
{
	const unsigned char *s = (const unsigned char *)line;
	int col = 0;

	while (*s != '\0' && *s != '\n') {
		unsigned long cp;
		int len;
		double r;

		if (s[0] == 0x1b && s[1] == '[') {
			const char *end = strchr((const char *)s + 2, 'm');

			if (end == NULL)
				break;
			contrast_sgr(pen, (const char *)s + 2);
			s = (const unsigned char *)end + 1;
			continue;
		}
		len = contrast_utf8(s, &cp);
		if (res->width > 0 && col >= res->width)
			break;
		if (res->ground >= 0 || contrast_is_text(cp)) {
			r = res->ground >= 0 ? contrast_background(pen, res->ground) : contrast_cell(pen);
			res->cells++;
			if (r < res->lowest) {
				res->lowest = r;
				res->lowest_row = row;
				res->lowest_col = col;
			}
			if (r < min) {
				res->failures++;
				printf("%s: row %d col %d '%.*s' fg %d bg %d%s%s: %.2f:1\n", label, row + 1,
				       col + 1, len, (const char *)s, pen->fg, pen->bg,
				       pen->bold ? " bold" : "", pen->faint ? " faint" : "", r);
			}
		}
		s += len;
		col++;
	}
}

int main(int argc, char **argv)
{
	struct contrast_result res = { 21.0, -1, -1, 0, 0, -1, 0, 0 };
	struct pen pen = { CONTRAST_DEFAULT, CONTRAST_DEFAULT, false, false, false };
	const char *label = "screen";
	double min = 4.5;
	char line[65536];
	int opt, row = 0;

	while ((opt = getopt(argc, argv, "g:w:h:m:l:")) != -1) {
		if (opt == 'g')
			res.ground = atoi(optarg) & 255;
		else if (opt == 'w')
			res.width = atoi(optarg);
		else if (opt == 'h')
			res.height = atoi(optarg);
		else if (opt == 'm')
			min = strtod(optarg, NULL);
		else if (opt == 'l')
			label = optarg;
		else
			return 2;
	}
	while (fgets(line, sizeof line, stdin) != NULL && (res.height == 0 || row < res.height))
		contrast_line(line, row++, &pen, min, label, &res);
	if (res.cells == 0) {
		printf("%s: no text in the capture\n", label);
		return 2;
	}
	printf("%s: %d %s cells, lowest ratio %.2f:1 at row %d col %d, %d below %.1f:1\n", label, res.cells,
	       res.ground >= 0 ? "all" : "text", res.lowest, res.lowest_row + 1, res.lowest_col + 1,
	       res.failures, min);
	return res.failures > 0 ? 1 : 0;
}
