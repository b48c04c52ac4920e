/*
 * The screen as plain text (the S key): what the terminal shows now, one
 * line a row without trailing blanks, in the locale's encoding.
 */
#ifndef EDGEVIZ_TUI_SNAPSHOT_H
#define EDGEVIZ_TUI_SNAPSHOT_H

#include <stddef.h>

/*
 * Write what the terminal shows now (curscr) to path as plain text, then
 * after (text, or NULL). Return 0, or -1 with err.
 */
int snapshot_write(const char *path, const char *after, char *err, size_t err_size);

#endif
