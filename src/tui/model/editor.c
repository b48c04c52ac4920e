/*
 * Painting a patch. Brightness digits give the tutorial's values exactly
 * (1 is 0.1, 9 is 0.9); space toggles between its dark 0.1 and bright 0.9;
 * x walks through its named examples, taking their labels with them.
 */
#include "config.h"

#include <stddef.h>

#include "tui/model/editor.h"

#define EDITOR_DARK 0.1
#define EDITOR_BRIGHT 0.9

/* Start from patch (the sample on screen) and its label. */
void editor_open(struct editor *editor, const struct patch *patch, enum label label)
{
	editor->patch = *patch;
	editor->label = label;
	editor->cursor = 0;
	editor->example = -1;
}

/* Toggle pixel i between dark and bright, and put the cursor there. */
void editor_toggle(struct editor *editor, int i)
{
	if (i < 0 || i >= PATCH_PIXELS)
		return;
	editor->cursor = i;
	editor->patch.pixel[i] = editor->patch.pixel[i] >= 0.5 ? EDITOR_DARK : EDITOR_BRIGHT;
}

/* Move the cursor by (dr, dc), stopping at the edges. */
static bool editor_move(struct editor *editor, int dr, int dc)
{
	int row = editor->cursor / PATCH_SIDE + dr, col = editor->cursor % PATCH_SIDE + dc;

	if (row < 0 || row >= PATCH_SIDE || col < 0 || col >= PATCH_SIDE)
		return false;
	editor->cursor = row * PATCH_SIDE + col;
	return true;
}

/* Load the next of the tutorial's examples. */
static void editor_next_example(struct editor *editor)
{
	size_t count;
	const struct patch_example *examples = patch_examples(&count);

	if (count == 0)
		return;
	editor->example = (int)(((size_t)(editor->example + 1)) % count);
	patch_from_example(&editor->patch, &examples[editor->example]);
	editor->label = examples[editor->example].label;
}

/* Apply an editor action; true if it changed anything. */
bool editor_apply(struct editor *editor, enum keymap_action action)
{
	int i;

	switch (action) {
	case ACTION_CURSOR_UP:
		return editor_move(editor, -1, 0);
	case ACTION_CURSOR_DOWN:
		return editor_move(editor, 1, 0);
	case ACTION_CURSOR_LEFT:
		return editor_move(editor, 0, -1);
	case ACTION_CURSOR_RIGHT:
		return editor_move(editor, 0, 1);
	case ACTION_PIXEL_FULL:
		editor->patch.pixel[editor->cursor] = 1.0;
		return true;
	case ACTION_TOGGLE_PIXEL:
		editor_toggle(editor, editor->cursor);
		return true;
	case ACTION_NEXT_EXAMPLE:
		editor_next_example(editor);
		return true;
	case ACTION_CLEAR_PATCH:
		for (i = 0; i < PATCH_PIXELS; i++)
			editor->patch.pixel[i] = 0;
		editor->example = -1;
		return true;
	case ACTION_TOGGLE_LABEL:
		editor->label = editor->label == LABEL_EDGE ? LABEL_NO_EDGE : LABEL_EDGE;
		return true;
	default:
		break;
	}
	if (action >= ACTION_PIXEL_0 && action <= ACTION_PIXEL_9) {
		/* d / 10.0 is the double nearest 0.d: the tutorial's 0.1 and 0.9 exactly. */
		editor->patch.pixel[editor->cursor] = (double)(action - ACTION_PIXEL_0) / 10.0;
		return true;
	}
	return false;
}

/* The title of the last example picked, or NULL. */
const char *editor_example_title(const struct editor *editor)
{
	size_t count;
	const struct patch_example *examples = patch_examples(&count);

	if (editor->example < 0 || (size_t)editor->example >= count)
		return NULL;
	return examples[editor->example].title;
}
