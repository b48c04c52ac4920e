/*
 * Color roles as ncdu and htop keep them: one table, each role with its
 * colors and the attributes it has on a monochrome screen. Pair numbers
 * are the role's index + 1; the gray and diverging ramps come after them,
 * and only on terminals with 256 colors (elsewhere the pictures use shade
 * and sign characters, in the roles' colors).
 */
#include "config.h"

#include "tui/model/clamp.h"
#include "tui/screen/colors.h"

/*
 * A role's colors. fg and bg are for every color terminal; fg256 and bg256,
 * when not 0, replace them where there are 256 colors (0, black, is then
 * written 16). Every pair keeps its text at 4.5:1 contrast or more (WCAG 2,
 * xterm's palette, where bold turns colors 0-7 into their bright twins):
 * tests/tui_contrast.sh measures it.
 */
struct color_spec {
	short fg, bg;	    /* -1: the terminal's default */
	short fg256, bg256; /* 0: as fg, bg */
	attr_t color_attr;  /* added when colors are on */
	attr_t mono_attr;   /* used alone when they are off */
};

/*
 * The dark theme: light text on a black ground of its own (the terminal's
 * default could be anything, and text must read on it), no faint text (it
 * halves the contrast), and no bold on black (xterm draws it gray).
 */
static const struct color_spec color_table[ROLE_COUNT] = {
	[ROLE_NORMAL] = { COLOR_WHITE, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_TITLE] = { COLOR_CYAN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_RULE] = { COLOR_CYAN, COLOR_BLACK, 67, 0, 0, 0 },
	[ROLE_STATUS] = { COLOR_BLACK, COLOR_CYAN, 0, 0, 0, A_REVERSE },
	[ROLE_STATUS_RUN] = { COLOR_BLACK, COLOR_GREEN, 0, 0, 0, A_REVERSE | A_BOLD },
	[ROLE_KEY] = { COLOR_YELLOW, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_DIM] = { COLOR_WHITE, COLOR_BLACK, 246, 0, 0, A_DIM },
	[ROLE_PASS] = { COLOR_GREEN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_BLOCKED] = { COLOR_RED, COLOR_BLACK, 203, 0, A_BOLD, A_DIM },
	[ROLE_RIGHT] = { COLOR_GREEN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_WRONG] = { COLOR_RED, COLOR_BLACK, 203, 0, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_BAR] = { COLOR_CYAN, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_SPARK] = { COLOR_YELLOW, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, 0, 0, 0, A_REVERSE },
	[ROLE_NEGATIVE] = { COLOR_RED, COLOR_BLACK, 203, 0, A_BOLD, 0 },
	[ROLE_POSITIVE] = { COLOR_CYAN, COLOR_BLACK, 75, 0, A_BOLD, 0 },
	[ROLE_MESSAGE] = { COLOR_GREEN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_ERROR] = { COLOR_WHITE, COLOR_RED, 231, 124, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_CURSOR] = { COLOR_BLACK, COLOR_YELLOW, 0, 0, 0, A_REVERSE | A_BOLD },
	[ROLE_HIGHLIGHT] = { COLOR_WHITE, COLOR_MAGENTA, 231, 0, A_BOLD, A_REVERSE | A_BOLD },
};

/*
 * The light theme (--theme light) for projectors: dark text on a light
 * ground (COLORS_GROUND: bright white where the terminal has it). With 8
 * colors there is no dark green or dark magenta, and bold would turn the
 * dark colors bright: green becomes a background, and no colored text is
 * bold. The monochrome column is the dark theme's.
 */
#define COLORS_GROUND (-2)
static const struct color_spec color_table_light[ROLE_COUNT] = {
	[ROLE_NORMAL] = { COLOR_BLACK, COLORS_GROUND, 0, 0, 0, 0 },
	[ROLE_TITLE] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_RULE] = { COLOR_BLACK, COLORS_GROUND, 0, 0, 0, 0 },
	[ROLE_STATUS] = { COLOR_WHITE, COLOR_BLUE, 231, 18, A_BOLD, A_REVERSE },
	[ROLE_STATUS_RUN] = { COLOR_BLACK, COLOR_GREEN, 231, 22, 0, A_REVERSE | A_BOLD },
	[ROLE_KEY] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_DIM] = { COLOR_BLACK, COLORS_GROUND, 241, 0, 0, A_DIM },
	[ROLE_PASS] = { COLOR_BLACK, COLOR_GREEN, 22, COLORS_GROUND, 0, A_BOLD },
	[ROLE_BLOCKED] = { COLOR_RED, COLORS_GROUND, 124, 0, 0, A_DIM },
	[ROLE_RIGHT] = { COLOR_BLACK, COLOR_GREEN, 22, COLORS_GROUND, 0, A_BOLD },
	[ROLE_WRONG] = { COLOR_RED, COLORS_GROUND, 124, 0, 0, A_BOLD | A_UNDERLINE },
	[ROLE_BAR] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, 0 },
	[ROLE_SPARK] = { COLOR_BLUE, COLORS_GROUND, 90, 0, 0, 0 },
	[ROLE_SELECTED] = { COLOR_WHITE, COLOR_BLUE, 231, 18, A_BOLD, A_REVERSE },
	[ROLE_NEGATIVE] = { COLOR_RED, COLORS_GROUND, 124, 0, 0, 0 },
	[ROLE_POSITIVE] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, 0 },
	[ROLE_MESSAGE] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_ERROR] = { COLOR_WHITE, COLOR_RED, 231, 124, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_CURSOR] = { COLOR_WHITE, COLOR_BLACK, 231, 16, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_HIGHLIGHT] = { COLOR_WHITE, COLOR_MAGENTA, 231, 0, A_BOLD, A_REVERSE | A_BOLD },
};

/*
 * --palette cvd, for the common colour-vision deficiencies: no red against
 * green anywhere. Orange (yellow on 8 colors) is negative, blocked and
 * wrong; blue (cyan) is positive, passed and right, as in Okabe and Ito's
 * scheme. Every such fact also has its glyph or word on the screen.
 */
static const struct color_spec color_table_cvd[ROLE_COUNT] = {
	[ROLE_NORMAL] = { COLOR_WHITE, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_TITLE] = { COLOR_CYAN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_RULE] = { COLOR_CYAN, COLOR_BLACK, 67, 0, 0, 0 },
	[ROLE_STATUS] = { COLOR_BLACK, COLOR_CYAN, 0, 0, 0, A_REVERSE },
	[ROLE_STATUS_RUN] = { COLOR_BLACK, COLOR_YELLOW, 16, 214, 0, A_REVERSE | A_BOLD },
	[ROLE_KEY] = { COLOR_YELLOW, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_DIM] = { COLOR_WHITE, COLOR_BLACK, 246, 0, 0, A_DIM },
	[ROLE_PASS] = { COLOR_CYAN, COLOR_BLACK, 75, 0, A_BOLD, A_BOLD },
	[ROLE_BLOCKED] = { COLOR_YELLOW, COLOR_BLACK, 208, 0, A_BOLD, A_DIM },
	[ROLE_RIGHT] = { COLOR_CYAN, COLOR_BLACK, 75, 0, A_BOLD, A_BOLD },
	[ROLE_WRONG] = { COLOR_YELLOW, COLOR_BLACK, 208, 0, A_BOLD, A_BOLD | A_UNDERLINE },
	[ROLE_BAR] = { COLOR_CYAN, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_SPARK] = { COLOR_YELLOW, COLOR_BLACK, 0, 0, 0, 0 },
	[ROLE_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, 0, 0, 0, A_REVERSE },
	[ROLE_NEGATIVE] = { COLOR_YELLOW, COLOR_BLACK, 208, 0, A_BOLD, 0 },
	[ROLE_POSITIVE] = { COLOR_CYAN, COLOR_BLACK, 75, 0, A_BOLD, 0 },
	[ROLE_MESSAGE] = { COLOR_CYAN, COLOR_BLACK, 0, 0, A_BOLD, A_BOLD },
	[ROLE_ERROR] = { COLOR_BLACK, COLOR_YELLOW, 16, 214, 0, A_REVERSE | A_BOLD },
	[ROLE_CURSOR] = { COLOR_BLACK, COLOR_YELLOW, 0, 0, 0, A_REVERSE | A_BOLD },
	[ROLE_HIGHLIGHT] = { COLOR_WHITE, COLOR_MAGENTA, 231, 0, A_BOLD, A_REVERSE | A_BOLD },
};

/* The same for the light theme: blue text, and black on yellow (dark orange on 256 colors). */
static const struct color_spec color_table_cvd_light[ROLE_COUNT] = {
	[ROLE_NORMAL] = { COLOR_BLACK, COLORS_GROUND, 0, 0, 0, 0 },
	[ROLE_TITLE] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_RULE] = { COLOR_BLACK, COLORS_GROUND, 0, 0, 0, 0 },
	[ROLE_STATUS] = { COLOR_WHITE, COLOR_BLUE, 231, 18, A_BOLD, A_REVERSE },
	[ROLE_STATUS_RUN] = { COLOR_BLACK, COLOR_YELLOW, 231, 94, 0, A_REVERSE | A_BOLD },
	[ROLE_KEY] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_DIM] = { COLOR_BLACK, COLORS_GROUND, 241, 0, 0, A_DIM },
	[ROLE_PASS] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, A_BOLD },
	[ROLE_BLOCKED] = { COLOR_BLACK, COLOR_YELLOW, 130, COLORS_GROUND, 0, A_DIM },
	[ROLE_RIGHT] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, A_BOLD },
	[ROLE_WRONG] = { COLOR_BLACK, COLOR_YELLOW, 130, COLORS_GROUND, 0, A_BOLD | A_UNDERLINE },
	[ROLE_BAR] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, 0 },
	[ROLE_SPARK] = { COLOR_BLUE, COLORS_GROUND, 90, 0, 0, 0 },
	[ROLE_SELECTED] = { COLOR_WHITE, COLOR_BLUE, 231, 18, A_BOLD, A_REVERSE },
	[ROLE_NEGATIVE] = { COLOR_BLACK, COLOR_YELLOW, 130, COLORS_GROUND, 0, 0 },
	[ROLE_POSITIVE] = { COLOR_BLUE, COLORS_GROUND, 19, 0, 0, 0 },
	[ROLE_MESSAGE] = { COLOR_BLUE, COLORS_GROUND, 18, 0, 0, A_BOLD },
	[ROLE_ERROR] = { COLOR_BLACK, COLOR_YELLOW, 231, 94, 0, A_REVERSE | A_BOLD },
	[ROLE_CURSOR] = { COLOR_WHITE, COLOR_BLACK, 231, 16, A_BOLD, A_REVERSE | A_BOLD },
	[ROLE_HIGHLIGHT] = { COLOR_WHITE, COLOR_MAGENTA, 231, 0, A_BOLD, A_REVERSE | A_BOLD },
};

/* The theme in use: one of the four tables above. */
static const struct color_spec *colors_theme = color_table;

/* xterm-256 colors close to matplotlib's gray, and RdBu from strong red to strong blue. */
#define COLORS_GRAY_BASE 232
static const short colors_rdbu[2 * COLORS_DIVERGING_LEVELS + 1] = {
	124, 167, 216, 224, 255, 189, 117, 68, 25,
};
/* --palette cvd: from dark orange through white to blue (PuOr's orange side). */
static const short colors_orbu[2 * COLORS_DIVERGING_LEVELS + 1] = {
	130, 172, 215, 223, 255, 189, 117, 68, 25,
};
/* The diverging ramp in use. */
static const short *colors_ramp = colors_rdbu;

#define COLORS_GRAY_PAIR (ROLE_COUNT + 1)
#define COLORS_DIVERGING_PAIR (COLORS_GRAY_PAIR + COLORS_GRAY_LEVELS)
#define COLORS_DIVERGING_COUNT (2 * COLORS_DIVERGING_LEVELS + 1)
/* Half blocks: a top level (foreground) over a bottom level or nothing (background). */
#define COLORS_HALF_PAIR (COLORS_DIVERGING_PAIR + COLORS_DIVERGING_COUNT)
#define COLORS_HALF_BOTTOMS (COLORS_DIVERGING_COUNT + 1)
#define COLORS_PAIRS_NEEDED (COLORS_HALF_PAIR + COLORS_DIVERGING_COUNT * COLORS_HALF_BOTTOMS)

static bool colors_on;
static bool colors_ramps;

/* A table color, the light ground resolved. */
static short colors_resolve(short c)
{
	if (c != COLORS_GROUND)
		return c;
	return COLORS >= 16 ? 15 : COLOR_WHITE;
}

/* A role's foreground or background: its 256-color one where it has one. */
static short colors_pick(short basic, short wide)
{
	return colors_resolve(COLORS >= 256 && wide != 0 ? wide : basic);
}

/*
 * The xterm gray (232 .. 255: 8 + 10 i) of a pixel's gray level. The ramp
 * stops short of the theme's ground (black, or white), so that a 0.0 (or
 * a 1.0) pixel still stands out from the panel around it.
 */
static int colors_gray_index(int level, bool light)
{
	int first = light ? 0 : 4, last = light ? 19 : 23;

	return COLORS_GRAY_BASE + first +
	       (level * (last - first) + (COLORS_GRAY_LEVELS - 1) / 2) / (COLORS_GRAY_LEVELS - 1);
}

/* Text on xterm color c of the ramps: white on the dark ones, black on the light. */
static short colors_ink(int c)
{
	static const short dark[] = { 124, 130, 25 }; /* the ramps' dark ends */
	size_t i;

	for (i = 0; i < sizeof dark / sizeof dark[0]; i++)
		if (c == dark[i])
			return 231;
	if (c >= COLORS_GRAY_BASE)
		return 8 + 10 * (c - COLORS_GRAY_BASE) < 123 ? 231 : 16;
	return 16;
}

/* The pairs of the gray and diverging ramps (256 colors only). */
static void colors_init_ramps(bool light)
{
	short ground = light ? colors_resolve(COLORS_GROUND) : COLOR_BLACK;
	int i;

	for (i = 0; i < COLORS_GRAY_LEVELS; i++) {
		int c = colors_gray_index(i, light);

		init_pair((short)(COLORS_GRAY_PAIR + i), colors_ink(c), (short)c);
	}
	for (i = 0; i < COLORS_DIVERGING_COUNT; i++)
		init_pair((short)(COLORS_DIVERGING_PAIR + i), colors_ink(colors_ramp[i]), colors_ramp[i]);
	for (i = 0; i < COLORS_DIVERGING_COUNT * COLORS_HALF_BOTTOMS; i++) {
		int top = i / COLORS_HALF_BOTTOMS, bottom = i % COLORS_HALF_BOTTOMS;

		init_pair((short)(COLORS_HALF_PAIR + i), colors_ramp[top],
			  bottom == COLORS_DIVERGING_COUNT ? ground : colors_ramp[bottom]);
	}
}

/* Set up the color pairs, or monochrome when color is false or impossible. */
void colors_init(bool color, bool light, bool cvd)
{
	int i;

	colors_on = false;
	colors_ramps = false;
	if (cvd)
		colors_theme = light ? color_table_cvd_light : color_table_cvd;
	else
		colors_theme = light ? color_table_light : color_table;
	colors_ramp = cvd ? colors_orbu : colors_rdbu;
	if (!color || !has_colors() || start_color() == ERR)
		return;
	use_default_colors();
	colors_on = true;
	for (i = 0; i < ROLE_COUNT; i++)
		init_pair((short)(i + 1), colors_pick(colors_theme[i].fg, colors_theme[i].fg256),
			  colors_pick(colors_theme[i].bg, colors_theme[i].bg256));
	if (COLORS < 256 || COLOR_PAIRS <= COLORS_PAIRS_NEEDED)
		return;
	colors_ramps = true;
	colors_init_ramps(light);
}

/* A level clamped into the diverging ramp, as an index from 0. */
static int colors_diverging_index(int level)
{
	return clamp(level, -COLORS_DIVERGING_LEVELS, COLORS_DIVERGING_LEVELS) + COLORS_DIVERGING_LEVELS;
}

/* The attributes (pair and flags) of a role. */
attr_t colors_attr(enum color_role role)
{
	if ((int)role < 0 || role >= ROLE_COUNT)
		role = ROLE_NORMAL;
	if (!colors_on)
		return color_table[role].mono_attr;
	return COLOR_PAIR(role + 1) | colors_theme[role].color_attr;
}

/* The background to give every window: the theme's ground, or the terminal's without colors. */
chtype colors_background(void)
{
	return colors_on ? (chtype)(' ' | COLOR_PAIR(ROLE_NORMAL + 1)) : ' ';
}

/* True when colors are in use at all. */
bool colors_enabled(void)
{
	return colors_on;
}

/* True when the gray and diverging ramps exist (a 256-color terminal). */
bool colors_have_ramps(void)
{
	return colors_ramps;
}

/* The attributes of a cell painted with a gray level. */
attr_t colors_gray(int level)
{
	if (!colors_ramps)
		return 0;
	level = clamp(level, 0, COLORS_GRAY_LEVELS - 1);
	return COLOR_PAIR(COLORS_GRAY_PAIR + level);
}

/* The attributes of a cell at a diverging (signed) level. */
attr_t colors_diverging(int level)
{
	if (!colors_ramps)
		return 0;
	return COLOR_PAIR(COLORS_DIVERGING_PAIR + colors_diverging_index(level));
}

/* The attributes of an upper half block: top level over bottom level (or none). */
attr_t colors_diverging_halves(int top, int bottom, bool has_bottom)
{
	int b = has_bottom ? colors_diverging_index(bottom) : COLORS_DIVERGING_COUNT;

	if (!colors_ramps)
		return 0;
	return COLOR_PAIR(COLORS_HALF_PAIR + colors_diverging_index(top) * COLORS_HALF_BOTTOMS + b);
}
