/*
 * The patch editor's state: the patch being painted, the cursor, the label
 * the loss is taken against and the tutorial example last picked. No
 * curses: the key handlers (keys.c) turn keys and clicks into the calls
 * below, and scene_build asks the core what the network makes of the patch.
 */
#ifndef EDGEVIZ_TUI_EDITOR_H
#define EDGEVIZ_TUI_EDITOR_H

#include <stdbool.h>

#include "core/patch.h"
#include "tui/model/keymap.h"

struct editor {
	struct patch patch;
	enum label label;
	int cursor;  /* 0 .. 24, row by row */
	int example; /* index of the last example picked, -1: none */
};

/* Start from patch (the sample on screen) and its label. */
void editor_open(struct editor *editor, const struct patch *patch, enum label label);

/* Apply an editor action; return true if the patch, label or cursor changed. */
bool editor_apply(struct editor *editor, enum keymap_action action);

/* Toggle pixel i between dark (0.1) and bright (0.9), and put the cursor there. */
void editor_toggle(struct editor *editor, int i);

/* The title of the last example picked, or NULL. */
const char *editor_example_title(const struct editor *editor);

#endif
