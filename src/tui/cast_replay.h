/*
 * --cast FILE with --replay and --cast-size WxH: a recording made into an
 * asciicast with no terminal at all (in CI, or for a lesson on a web page).
 * curses draws the replay at WxH into an unlinked temporary file: ncurses
 * writes its screen with write(2) on its output's descriptor, so a memory
 * stream (fopencookie, whose descriptor is -1) would get nothing. After each
 * frame the bytes it wrote are read back and become one "o" event, at the
 * time of the event that made the frame (tui_cast_replay says which time).
 */
#ifndef EDGEVIZ_TUI_CAST_REPLAY_H
#define EDGEVIZ_TUI_CAST_REPLAY_H

#include "tui/tui.h"

/*
 * Play options->replay_path on trainer at width x height and save the cast
 * to path atomically. A path that cannot be written is said (one line) before
 * anything is played. Return the exit status: 0, or 1 with the reason said.
 */
int cast_replay_run(struct trainer *trainer, const struct tui_options *options, const char *path, int width,
		    int height);

#endif
