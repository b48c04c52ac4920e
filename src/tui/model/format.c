/*
 * The formats are chosen for reading aloud in a classroom: three decimals
 * for activations and weights (the tutorial's figures), percentages with one
 * decimal, losses in e-notation once they are small, and columns that line
 * up because positive numbers carry a '+'.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "tui/model/clamp.h"
#include "tui/model/format.h"

/* Copy src into buf, always terminated. */
static void format_copy(char *buf, size_t size, const char *src)
{
	if (size == 0)
		return;
	snprintf(buf, size, "%s", src);
}

/* Write a non-finite value; return false if value is finite. */
static bool format_non_finite(char *buf, size_t size, double value, bool sign)
{
	if (isnan(value)) {
		format_copy(buf, size, "nan");
		return true;
	}
	if (isinf(value)) {
		format_copy(buf, size, value < 0 ? "-inf" : sign ? "+inf" : "inf");
		return true;
	}
	return false;
}

/* True when a fixed-point rendering shows no digit but 0: "-0.00000". */
static bool format_shows_zero(const char *text)
{
	for (; *text != '\0'; text++)
		if (*text >= '1' && *text <= '9')
			return false;
	return true;
}

/* Drop the exponent's '+' and leading zeros: "3e-07" -> "3e-7", "1e+07" -> "1e7". */
static void format_short_exponent(char *text)
{
	char *e = strchr(text, 'e'), *digits;

	if (e == NULL)
		return;
	digits = e + 1;
	if (*digits == '+')
		memmove(digits, digits + 1, strlen(digits));
	else if (*digits == '-')
		digits++;
	while (digits[0] == '0' && digits[1] != '\0')
		memmove(digits, digits + 1, strlen(digits));
}

/*
 * value in e-notation in at most width columns when it can be: two digits
 * after the point, fewer, then a shorter exponent ("-3e-7") as room runs out.
 */
static void format_exponent(char *tmp, size_t size, double value, int width, bool sign)
{
	int digits, pass;

	for (pass = 0; pass < 2; pass++)
		for (digits = 2; digits >= 0; digits--) {
			snprintf(tmp, size, sign ? "%+.*e" : "%.*e", digits, value);
			if (pass == 1)
				format_short_exponent(tmp);
			if ((int)strlen(tmp) <= width)
				return;
		}
}

/*
 * A number in at most width columns, signed on request. A number too small
 * for the decimals keeps its magnitude in e-notation ("-3.2e-07"), never
 * shows as a zero it is not.
 */
void format_number(char *buf, size_t size, double value, int decimals, int width, bool sign)
{
	char tmp[64];
	int digits;

	if (format_non_finite(buf, size, value, sign))
		return;
	if (value == 0)
		value = 0; /* -0.0, a zero product's sign, is no number to show */
	snprintf(tmp, sizeof tmp, sign ? "%+.*f" : "%.*f", decimals, value);
	/* Fewer decimals first, then e-notation with fewer digits, until it fits. */
	for (digits = decimals - 1; (int)strlen(tmp) > width && digits >= 0; digits--)
		snprintf(tmp, sizeof tmp, sign ? "%+.*f" : "%.*f", digits, value);
	if (((int)strlen(tmp) > width && fabs(value) >= 1) || (value != 0 && format_shows_zero(tmp)))
		format_exponent(tmp, sizeof tmp, value, width, sign);
	format_copy(buf, size, tmp);
}

/* A loss in at most 8 columns. */
void format_loss(char *buf, size_t size, double loss)
{
	if (format_non_finite(buf, size, loss, false))
		return;
	if (loss >= 0.001 || loss == 0)
		snprintf(buf, size, "%.4f", loss);
	else if (loss > 0)
		snprintf(buf, size, "%.2e", loss);
	else /* -log(1 + 1e-8): the tutorial's epsilon makes a sure answer's loss a hair below 0 */
		snprintf(buf, size, "%.1e", loss);
}

/* A sample's loss, -log(p + epsilon), with its numbers. */
void format_loss_formula(char *buf, size_t size, const double *p, double epsilon, double loss, bool compact)
{
	char pt[32], eps[16], value[32];

	if (p == NULL)
		format_copy(pt, sizeof pt, "p");
	else
		format_number(pt, sizeof pt, *p, 3, 8, false);
	if (p != NULL && *p < 1 && strcmp(pt, "1.000") == 0) {
		/* Nearly sure: "1.000" would hide the loss's whole size; 1 - p keeps it. */
		char gap[24];

		format_number(gap, sizeof gap, 1 - *p, 3, 8, false);
		snprintf(pt, sizeof pt, compact ? "1-%s" : "1 - %s", gap);
	}
	format_decade(eps, sizeof eps, epsilon);
	format_loss(value, sizeof value, loss);
	snprintf(buf, size, compact ? "-log(%s+%s)=%s" : "-log(%s + %s) = %s", pt, eps, value);
}

/* A probability as a percentage with one decimal. */
void format_percent(char *buf, size_t size, double p)
{
	if (format_non_finite(buf, size, p, false))
		return;
	snprintf(buf, size, "%.1f%%", p * 100);
}

/* A horizontal bar of fraction * width cells; return its columns. */
int format_bar(char *buf, size_t size, double fraction, int width, bool ascii)
{
	static const char *const eighths[8] = {
		"", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a", "\u2589",
	};
	int total, full, part, i, cells;
	size_t used = 0;

	if (size == 0)
		return 0;
	buf[0] = '\0';
	if (!(fraction > 0) || width <= 0)
		return 0;
	if (fraction > 1)
		fraction = 1;
	total = (int)lround(fraction * width * 8);
	full = total / 8;
	part = total % 8;
	if (ascii && part >= 4) {
		full++;
		part = 0;
	}
	if (full > width)
		full = width;
	for (i = 0; i < full && used + 4 < size; i++) {
		const char *glyph = ascii ? "#" : "\u2588";

		memcpy(buf + used, glyph, strlen(glyph));
		used += strlen(glyph);
	}
	cells = full;
	if (!ascii && part > 0 && full < width && used + 4 < size) {
		memcpy(buf + used, eighths[part], strlen(eighths[part]));
		used += strlen(eighths[part]);
		cells++;
	}
	buf[used] = '\0';
	return cells;
}

/* The powers of ten just around [min, max], at least one decade apart. */
void format_log_range(double min, double max, double *lo, double *hi)
{
	double a, b;

	if (!(min > 0) || !isfinite(min))
		min = 1e-8;
	if (!(max > 0) || !isfinite(max))
		max = 1;
	if (max < min)
		max = min;
	a = floor(log10(min));
	b = ceil(log10(max));
	if (b <= a)
		b = a + 1;
	*lo = pow(10, a);
	*hi = pow(10, b);
}

/* Where value falls between lo and hi on a log scale, as a level. */
int format_log_level(double value, double lo, double hi, int levels)
{
	double t;
	int level;

	if (!isfinite(value) || !(value > 0) || levels <= 0)
		return -1;
	if (!(hi > lo) || !(lo > 0))
		return 0;
	t = (log10(value) - log10(lo)) / (log10(hi) - log10(lo));
	level = (int)floor(t * levels);
	level = clamp(level, 0, levels - 1);
	return level;
}

/* The sparkline glyph of a level. */
const char *format_spark_glyph(int level, bool ascii)
{
	static const char *const utf8[FORMAT_SPARK_LEVELS] = {
		"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588",
	};
	static const char *const plain[FORMAT_SPARK_LEVELS] = {
		"_", ".", ",", "-", "~", "=", "*", "#",
	};

	level = clamp(level, 0, FORMAT_SPARK_LEVELS - 1);
	return ascii ? plain[level] : utf8[level];
}

/* A power of ten as an axis label. */
void format_decade(char *buf, size_t size, double value)
{
	int exponent;

	if (!(value > 0) || !isfinite(value)) {
		format_copy(buf, size, "?");
		return;
	}
	exponent = (int)lround(log10(value));
	if (exponent == 0)
		format_copy(buf, size, "1");
	else
		snprintf(buf, size, "1e%d", exponent);
}

/* A pixel's brightness in [0, 1] as a level from 0 to levels - 1. */
int format_gray_level(double value, int levels)
{
	int level;

	if (!isfinite(value) || levels <= 0)
		return 0;
	level = (int)lround(value * (levels - 1));
	level = clamp(level, 0, levels - 1);
	return level;
}

/* The glyph of a gray level, for screens without color. */
const char *format_shade_glyph(int level, bool ascii)
{
	static const char *const utf8[FORMAT_SHADE_LEVELS] = {
		" ", "\u2591", "\u2592", "\u2593", "\u2588",
	};
	static const char *const plain[FORMAT_SHADE_LEVELS] = { " ", ".", "+", "*", "#" };

	level = clamp(level, 0, FORMAT_SHADE_LEVELS - 1);
	return ascii ? plain[level] : utf8[level];
}

/* A signed value against scale as a level from -levels to +levels. */
int format_diverging_level(double value, double scale, int levels)
{
	double t;
	int level;

	if (!isfinite(value) || !(scale > 0) || levels <= 0)
		return 0;
	t = fabs(value) / scale;
	if (t < 0.05)
		return 0;
	level = (int)ceil(t * levels);
	if (level > levels)
		level = levels;
	return value < 0 ? -level : level;
}

/* The monochrome glyph of a diverging level. */
const char *format_sign_glyph(int level)
{
	static const char *const glyphs[2 * FORMAT_SIGN_LEVELS + 1] = { "=", "-", ".", "+", "#" };

	return glyphs[clamp(level, -FORMAT_SIGN_LEVELS, FORMAT_SIGN_LEVELS) + FORMAT_SIGN_LEVELS];
}

/* How many bytes of text make its first line of at most width columns. */
size_t format_wrap(const char *text, size_t width)
{
	size_t length = strlen(text), i, space = 0;

	if (length <= width)
		return length;
	for (i = 0; i <= width; i++)
		if (text[i] == ' ')
			space = i;
	return space > 0 ? space : width;
}

void format_append(char *buf, size_t size, const char *fmt, ...)
{
	size_t len = strlen(buf);
	va_list ap;

	if (len + 1 >= size)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + len, size - len, fmt, ap);
	va_end(ap);
}
