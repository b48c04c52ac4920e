/*
 * Numbers, bars and glyphs as the panels print them. Pure: strings in,
 * strings out, no curses and no trainer, so the tests can pin every format.
 * Every glyph comes in a UTF-8 and an ASCII version; the ASCII one is used
 * when the locale is not UTF-8 or --ascii is given.
 */
#ifndef EDGEVIZ_TUI_FORMAT_H
#define EDGEVIZ_TUI_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

/* Levels of the glyph tables below. */
#define FORMAT_SPARK_LEVELS 8 /* one-row sparkline: lowest .. highest */
#define FORMAT_SHADE_LEVELS 5 /* grayscale without color: dark .. bright */
#define FORMAT_SIGN_LEVELS 2  /* diverging without color: weak, strong */

/*
 * A number in at most width columns: fixed with decimals places when it
 * fits, else in e-notation; "nan", "inf" for non-finite values. With sign a
 * '+' is written for positive numbers, so that columns of them line up. A
 * number that is not 0 never shows as one: too small for the decimals, it
 * keeps its magnitude in e-notation ("-3.2e-07", "+3e-7" in 5 columns).
 * Every number and scale the panels print goes through here.
 */
void format_number(char *buf, size_t size, double value, int decimals, int width, bool sign);

/*
 * A loss in at most 8 columns: "0.5403" down to 0.001, then "8.07e-05";
 * "-7.5e-09" for the tiny negative losses of sure answers; "nan" or "inf".
 */
void format_loss(char *buf, size_t size, double loss);

/*
 * A sample's loss as the core computes it, -log(p + epsilon), with its
 * numbers: "-log(0.810 + 1e-8) = 0.2111"; compact leaves out the spaces.
 * With p NULL, the formula with "p" for it: "-log(p + 1e-8) = 0.2111".
 * A sure answer (p + epsilon above 1) has a loss a hair below 0, written as
 * it is: "-log(1.000 + 1e-8) = -1.0e-08"; a p that would round to 1.000
 * is written 1 - its distance to 1: "-log(1 - 4.75e-05 + 1e-8) = 4.75e-05".
 */
void format_loss_formula(char *buf, size_t size, const double *p, double epsilon, double loss, bool compact);

/* A probability in [0, 1] as a percentage with one decimal: "58.3%". */
void format_percent(char *buf, size_t size, double p);

/*
 * A horizontal bar of fraction * width cells (fraction clamped to [0, 1]):
 * full blocks and an eighth block in UTF-8, '#' in ASCII. Return the
 * columns it takes; the string is not padded.
 */
int format_bar(char *buf, size_t size, double fraction, int width, bool ascii);

/* The powers of ten just around [min, max], at least one decade apart. */
void format_log_range(double min, double max, double *lo, double *hi);

/*
 * Where value falls between lo and hi on a log scale, as a level from 0 to
 * levels - 1 (clamped); -1 when value is not a finite positive number.
 */
int format_log_level(double value, double lo, double hi, int levels);

/* The sparkline glyph of level 0 .. FORMAT_SPARK_LEVELS - 1. */
const char *format_spark_glyph(int level, bool ascii);

/* A power of ten as an axis label: "1", "1e-4", "1e2". */
void format_decade(char *buf, size_t size, double value);

/* A pixel's brightness in [0, 1] as a level from 0 to levels - 1. */
int format_gray_level(double value, int levels);

/* The glyph of a gray level 0 .. FORMAT_SHADE_LEVELS - 1 (for screens without color). */
const char *format_shade_glyph(int level, bool ascii);

/*
 * A signed value against scale (the largest magnitude shown) as a level
 * from -levels to +levels; 0 only for (nearly) zero.
 */
int format_diverging_level(double value, double scale, int levels);

/*
 * The monochrome glyph of a diverging level -FORMAT_SIGN_LEVELS ..
 * FORMAT_SIGN_LEVELS: "=" "-" "." "+" "#" (ASCII in every locale: signs
 * read better than shades when there is no color).
 */
const char *format_sign_glyph(int level);

/*
 * How many bytes of text make its first line of at most width columns,
 * broken at a space when there is one; text is ASCII.
 */
size_t format_wrap(const char *text, size_t width);

/* Append printf-formatted text to buf (size bytes, holding a string), never past its end. */
void format_append(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
