/*
 * What each input does: the one entry point for keys, clicks and replayed
 * events (keys_event), and the action handlers behind it. A key becomes an
 * action once, here, and is recorded once, here. No curses call: the
 * handlers change the parts of struct tui and return flags; the main loop
 * alone lays out, redraws, clears the screen or quits.
 */
#ifndef EDGEVIZ_TUI_KEYS_H
#define EDGEVIZ_TUI_KEYS_H

#include <stdbool.h>

#include "tui/classroom/recording.h"
#include "tui/model/keymap.h"

struct tui;

/* What a handler asks of the main loop. */
enum tui_flags {
	TUI_REDRAW = 1 << 1, /* draw a frame */
	TUI_RESIZE = 1 << 2, /* lay the screen out again first */
	TUI_QUIT = 1 << 3,
	TUI_CLEAR = 1 << 4, /* repaint the whole terminal (C-l) */
};

/* Where the key handlers save and load weights when no option says. */
#define KEYS_DEFAULT_WEIGHTS "edgeviz.weights"

/*
 * One input: a key (e->key as wgetch gives it; for KEY_MOUSE, e->pixel is
 * the patch pixel clicked or -1), a click (RECORDING_PAINT) or a frame of a
 * run (RECORDING_RUN), pressed now or replayed (replayed: even on a screen
 * too small to show it). Records what was pressed. Return flags.
 */
int keys_event(struct tui *tui, const struct recording_event *e, bool replayed);

/* After a frame of a run trained steps here: record them, stop at --epochs. Return flags. */
int keys_ran(struct tui *tui, long steps);

/* Do one action; return flags. */
int keys_action(struct tui *tui, enum keymap_action action);

#endif
