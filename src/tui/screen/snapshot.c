/*
 * The S export: the screen as plain text, read back from curses (curscr,
 * what the terminal shows now) and written through the core's
 * atomic_file_write, for slides and handouts, followed by the text the
 * caller gives (the pictures as numbers: classroom/exports.c).
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "core/atomic_file.h"
#include "tui/screen/snapshot.h"

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

/* Write what the terminal shows now, then after, to path as plain text. Return 0 or -1. */
int snapshot_write(const char *path, const char *after, char *err, size_t err_size)
{
	struct tui_screen_text t = { NULL, 0, 0 };
	int y, status = -1;
	bool ok = true;

	for (y = 0; y < LINES && ok; y++)
		ok = screen_row(&t, curscr, y, COLS);
	if (ok && after != NULL)
		ok = screen_append(&t, after, strlen(after));
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
