/*
 * The narration: what the phase on screen does, in words, with this
 * sample's numbers. No curses: it writes a string the narration panel wraps.
 */
#ifndef EDGEVIZ_TUI_NARRATION_H
#define EDGEVIZ_TUI_NARRATION_H

#include <stddef.h>

#include "tui/scene.h"

/* Write the narration of scene into buf. */
void narration_text(const struct scene *scene, char *buf, size_t size);

#endif
