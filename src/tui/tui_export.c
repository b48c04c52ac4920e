/*
 * Exports from the running program, for slides and handouts: the loss
 * history as CSV, each hidden neuron's weights as a PGM image, and the
 * screen as plain text. The core writes the first two; the screen is read
 * back from curses (curscr, what the terminal shows now) and written
 * through the core's atomic_file_write. Each says in the message line which
 * file it wrote.
 */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "core/atomic_file.h"
#include "core/export.h"
#include "core/patch.h"
#include "tui/tui_export.h"

/* The screen's text, one line a row, trailing blanks dropped. */
struct tui_screen_text {
	char *text;
	size_t len, size;
};

/* Append n bytes to the screen's text; false when out of memory. */
static bool screen_append(struct tui_screen_text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->size) {
		size_t size = (t->len + n + 1) * 2;
		char *text = realloc(t->text, size);

		if (text == NULL)
			return false;
		t->text = text;
		t->size = size;
	}
	memcpy(t->text + t->len, s, n);
	t->len += n;
	t->text[t->len] = '\0';
	return true;
}

/* Append one row of win as UTF-8 (or the locale's encoding), without trailing blanks. */
static bool screen_row(struct tui_screen_text *t, WINDOW *win, int y, int cols)
{
	wchar_t wide[1024];
	char line[4096], mb[MB_LEN_MAX];
	size_t len = 0, end = 0;
	int i, n;
	mbstate_t state;

	if (cols > (int)(sizeof wide / sizeof wide[0]) - 1)
		cols = (int)(sizeof wide / sizeof wide[0]) - 1;
	n = mvwinnwstr(win, y, 0, wide, cols);
	if (n == ERR)
		n = 0;
	memset(&state, 0, sizeof state);
	for (i = 0; i < n && wide[i] != L'\0'; i++) {
		size_t k = wcrtomb(mb, wide[i], &state);

		if (k == (size_t)-1) {
			mb[0] = '?';
			k = 1;
			memset(&state, 0, sizeof state);
		}
		if (len + k >= sizeof line)
			break;
		memcpy(line + len, mb, k);
		len += k;
		if (wide[i] != L' ')
			end = len;
	}
	return screen_append(t, line, end) && screen_append(t, "\n", 1);
}

/* The atomic writer of the screen's text. */
static void screen_write(FILE *f, const void *context)
{
	const struct tui_screen_text *t = context;

	fwrite(t->text, 1, t->len, f);
}

/* Append printf-formatted text; false when out of memory. */
static bool screen_printf(struct tui_screen_text *t, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0)
		return false;
	return screen_append(t, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Append the patch on screen as its 25 brightness values, row by row. */
static bool screen_patch(struct tui_screen_text *t, const struct patch *patch, enum label label)
{
	bool ok = screen_printf(t, "\nInput patch (label %s): brightness, 0 black .. 1 white, "
				   "top row first\n", label_name(label));
	int r, c;

	for (r = 0; r < PATCH_SIDE && ok; r++) {
		for (c = 0; c < PATCH_SIDE && ok; c++)
			ok = screen_printf(t, " %5.2f", patch->pixel[r * PATCH_SIDE + c]);
		ok = ok && screen_append(t, "\n", 1);
	}
	return ok;
}

/* Append every hidden neuron's 25 input weights as its 5x5 template. */
static bool screen_weights(struct tui_screen_text *t, const struct network *net)
{
	bool ok = screen_printf(t, "\nWeights W1, one 5x5 template a hidden neuron, laid out as "
				   "the patch (on screen: red < 0, blue > 0)\n");
	int j, r, c;

	for (j = 0; j < net->hidden && ok; j++) {
		ok = screen_printf(t, "h%d\n", j);
		for (r = 0; r < PATCH_SIDE && ok; r++) {
			for (c = 0; c < PATCH_SIDE && ok; c++)
				ok = screen_printf(t, " %+6.3f",
						   net->w1[(r * PATCH_SIDE + c) * net->hidden + j]);
			ok = ok && screen_append(t, "\n", 1);
		}
	}
	return ok;
}

/* Write what the terminal shows now, then its pictures as numbers, to path. Return 0 or -1. */
int tui_export_screen(const char *path, const struct patch *patch, enum label label,
		      const struct network *net, char *err, size_t err_size)
{
	struct tui_screen_text t = { NULL, 0, 0 };
	int y, status = -1;
	bool ok = true;

	for (y = 0; y < LINES && ok; y++)
		ok = screen_row(&t, curscr, y, COLS);
	ok = ok && screen_printf(&t, "\nThe pictures above as numbers (the screen draws them as "
				     "colored cells):\n");
	ok = ok && (patch == NULL || screen_patch(&t, patch, label)) && screen_weights(&t, net);
	if (!ok) {
		snprintf(err, err_size, "out of memory");
		free(t.text);
		return -1;
	}
	if (t.text != NULL)
		status = atomic_file_write(path, screen_write, &t, err, err_size);
	else
		snprintf(err, err_size, "the screen is empty");
	free(t.text);
	return status;
}

/* Write every hidden neuron's weights as prefix-hJ.pgm; the names in what. Return 0 or -1. */
int tui_export_pgms(const struct network *net, const char *prefix, char *what, size_t what_size,
		    char *err, size_t err_size)
{
	char path[256];
	int j;

	for (j = 0; j < net->hidden; j++) {
		snprintf(path, sizeof path, "%s-h%d.pgm", prefix, j);
		if (export_neuron_pgm(net, j, TUI_EXPORT_PGM_SCALE, path, err, err_size) != 0)
			return -1;
	}
	if (net->hidden == 1)
		snprintf(what, what_size, "%s-h0.pgm", prefix);
	else
		snprintf(what, what_size, "%s-h0.pgm .. %s-h%d.pgm", prefix, prefix, net->hidden - 1);
	return 0;
}
