/*
 * The key table. Every key a person can press is one row here, with the
 * words the help overlay shows; lookups scan it (it is short, and keys come
 * at human speed). Keys listed for KEYMAP_TRAIN also work in the other modes
 * when those do not bind the same key themselves.
 */
#include "config.h"

#include <curses.h>

#include "tui/model/keymap.h"

#define CTRL(c) ((c)&0x1f)
#define KEY_TAB '\t'
#define KEY_ESCAPE 27

static const struct keymap_entry keymap_table[] = {
	{ KEYMAP_TRAIN, ' ', ACTION_STEP_SAMPLE, "space", "next sample (finish this one)", "step" },
	{ KEYMAP_TRAIN, 's', ACTION_STEP_PHASE, "s", "next phase of this sample", "phase" },
	{ KEYMAP_TRAIN, 'b', ACTION_STEP_BACK, "b", "back one step, exactly", "back" },
	{ KEYMAP_TRAIN, KEY_BACKSPACE, ACTION_STEP_BACK, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, 'B', ACTION_PHASE_BACK, "B", "back one phase, exactly", "phase back" },
	{ KEYMAP_TRAIN, 'r', ACTION_RUN, "r", "run / pause", "run" },
	/* One line for both (as [ ] below): C and Q each took a line of the help's first page. */
	{ KEYMAP_TRAIN, '+', ACTION_FASTER, "+ -", "run faster (max), slower (1/s)", NULL },
	{ KEYMAP_TRAIN, '=', ACTION_FASTER, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, '-', ACTION_SLOWER, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, 'e', ACTION_RUN_EPOCH, "e", "run to the end of the epoch", "epoch" },
	/* One line for both, as . and , below: room on the help's first page for C. */
	{ KEYMAP_TRAIN, '[', ACTION_LR_DOWN, "[ ]", "learning rate down, up", NULL },
	{ KEYMAP_TRAIN, ']', ACTION_LR_UP, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, KEY_TAB, ACTION_NEXT_NEURON, "Tab", "select the next hidden neuron", "neuron" },
	{ KEYMAP_TRAIN, KEY_BTAB, ACTION_PREV_NEURON, "S-Tab", "select the previous neuron", NULL },
	{ KEYMAP_TRAIN, 'i', ACTION_INSPECT, "i", "neuron, update, back (small)", NULL },
	{ KEYMAP_TRAIN, 'p', ACTION_EDITOR, "p", "paint your own patch", "paint" },
	{ KEYMAP_TRAIN, 't', ACTION_TEST, "t", "browse the test set (x: train)", "test" },
	{ KEYMAP_TRAIN, 'W', ACTION_WRONG, "W", "samples it gets wrong now", NULL },
	{ KEYMAP_TRAIN, 'R', ACTION_RESET, "R", "reset to step 0 (same seed)", NULL },
	{ KEYMAP_TRAIN, 'N', ACTION_NEW_SEED, "N", "start over with the next seed", NULL },
	{ KEYMAP_TRAIN, 'a', ACTION_ACTIVATION, "a", "gate: relu leaky sigmoid tanh", NULL },
	{ KEYMAP_TRAIN, 'C', ACTION_COMPARE, "C", "two runs side by side: on/off", NULL },
	{ KEYMAP_TRAIN, 'w', ACTION_SAVE, "w", "save the weights", NULL },
	{ KEYMAP_TRAIN, 'o', ACTION_LOAD, "o", "load weights and restart", NULL },
	{ KEYMAP_TRAIN, 'T', ACTION_TOUR, "T", "guided tour: open / close", "tour" },
	{ KEYMAP_TRAIN, 'Q', ACTION_QUIZ, "Q", "quiz: predict, then step", NULL },
	{ KEYMAP_TRAIN, '>', ACTION_TOUR_NEXT, ">", "tour: next page (also PgDn)", NULL },
	{ KEYMAP_TRAIN, KEY_NPAGE, ACTION_TOUR_NEXT, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, '<', ACTION_TOUR_PREV, "<", "tour: previous page (PgUp)", NULL },
	{ KEYMAP_TRAIN, KEY_PPAGE, ACTION_TOUR_PREV, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, 'z', ACTION_ZOOM, "z", "zoom: larger pictures (big)", NULL },
	{ KEYMAP_TRAIN, 'd', ACTION_ADDED, "d", "W1 <-> what training added", NULL },
	{ KEYMAP_TRAIN, 'l', ACTION_CURVE, "l", "the whole learning curve", NULL },
	{ KEYMAP_TRAIN, 'f', ACTION_FIGURE, "f", "the tutorial's figures, live", NULL },
	{ KEYMAP_TRAIN, 'm', ACTION_MAP, "m", "decision map: open / close", "map" },
	/* One line for both: the help's first page fits 80x24 only so. */
	{ KEYMAP_TRAIN, '.', ACTION_MAP_K_UP, ". ,", "map: edge column k up, down", NULL },
	{ KEYMAP_TRAIN, ',', ACTION_MAP_K_DOWN, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, 'v', ACTION_MAP_NEURON, "v", "map: p(Edge) / neuron's h", NULL },
	{ KEYMAP_TRAIN, 'n', ACTION_HEALTH, "n", "neuron health: open / close", NULL },
	{ KEYMAP_TRAIN, 'j', ACTION_VALUE_NEXT, "j", "equation of the next value", NULL },
	{ KEYMAP_TRAIN, 'k', ACTION_VALUE_PREV, "k", "equation of the previous value", NULL },
	{ KEYMAP_TRAIN, 'c', ACTION_EXPORT_CSV, "c", "export the loss history (CSV)", NULL },
	{ KEYMAP_TRAIN, 'g', ACTION_EXPORT_PGM, "g", "export weights as PGM images", NULL },
	{ KEYMAP_TRAIN, 'S', ACTION_EXPORT_SCREEN, "S", "export the screen as text", NULL },
	{ KEYMAP_TRAIN, 'D', ACTION_WRITE_DATA, "D", "write the data sets (CSV)", NULL },
	{ KEYMAP_TRAIN, CTRL('l'), ACTION_REDRAW, "C-l", "redraw the screen", NULL },
	{ KEYMAP_TRAIN, '?', ACTION_HELP, "?", "this help", "help" },
	{ KEYMAP_TRAIN, KEY_F(1), ACTION_HELP, NULL, NULL, NULL },
	{ KEYMAP_TRAIN, 'q', ACTION_QUIT, "q", "quit", "quit" },

	{ KEYMAP_EDIT, KEY_UP, ACTION_CURSOR_UP, "arrows", "move the cursor (also h j k l)", "move" },
	{ KEYMAP_EDIT, KEY_DOWN, ACTION_CURSOR_DOWN, NULL, NULL, NULL },
	{ KEYMAP_EDIT, KEY_LEFT, ACTION_CURSOR_LEFT, NULL, NULL, NULL },
	{ KEYMAP_EDIT, KEY_RIGHT, ACTION_CURSOR_RIGHT, NULL, NULL, NULL },
	{ KEYMAP_EDIT, 'k', ACTION_CURSOR_UP, NULL, NULL, NULL },
	{ KEYMAP_EDIT, 'j', ACTION_CURSOR_DOWN, NULL, NULL, NULL },
	{ KEYMAP_EDIT, 'h', ACTION_CURSOR_LEFT, NULL, NULL, NULL },
	{ KEYMAP_EDIT, 'l', ACTION_CURSOR_RIGHT, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '0', ACTION_PIXEL_0, "0-9", "pixel = 0.0 .. 0.9", "shade" },
	{ KEYMAP_EDIT, '1', ACTION_PIXEL_0 + 1, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '2', ACTION_PIXEL_0 + 2, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '3', ACTION_PIXEL_0 + 3, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '4', ACTION_PIXEL_0 + 4, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '5', ACTION_PIXEL_0 + 5, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '6', ACTION_PIXEL_0 + 6, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '7', ACTION_PIXEL_0 + 7, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '8', ACTION_PIXEL_0 + 8, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '9', ACTION_PIXEL_0 + 9, NULL, NULL, NULL },
	{ KEYMAP_EDIT, 'f', ACTION_PIXEL_FULL, "f", "pixel = 1.0", NULL },
	{ KEYMAP_EDIT, ' ', ACTION_TOGGLE_PIXEL, "space", "toggle dark 0.1 / bright 0.9", "toggle" },
	{ KEYMAP_EDIT, 'x', ACTION_NEXT_EXAMPLE, "x", "next example from the tutorial", "example" },
	{ KEYMAP_EDIT, 'c', ACTION_CLEAR_PATCH, "c", "clear the patch to dark", NULL },
	{ KEYMAP_EDIT, 'L', ACTION_TOGGLE_LABEL, "L", "switch the label (loss and A)", "label" },
	{ KEYMAP_EDIT, 'A', ACTION_ADD_PATCH, "A", "add it to the training set", "add" },
	{ KEYMAP_EDIT, KEY_MOUSE, ACTION_MOUSE, "click", "toggle the pixel clicked", NULL },
	{ KEYMAP_EDIT, KEY_ESCAPE, ACTION_LEAVE, "Esc", "back to training (also p)", "done" },
	{ KEYMAP_EDIT, 'p', ACTION_LEAVE, NULL, NULL, NULL },
	{ KEYMAP_EDIT, '\n', ACTION_LEAVE, NULL, NULL, NULL },

	{ KEYMAP_TEST, KEY_RIGHT, ACTION_TEST_NEXT, "right", "next sample (n j down space)", "next" },
	{ KEYMAP_TEST, KEY_DOWN, ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_TEST, 'n', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_TEST, 'j', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_TEST, ' ', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_TEST, KEY_LEFT, ACTION_TEST_PREV, "left", "previous sample (N k up)", "prev" },
	{ KEYMAP_TEST, KEY_UP, ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_TEST, 'N', ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_TEST, 'k', ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_TEST, 'x', ACTION_SWITCH_SET, "x", "switch: training / test set", "set" },
	{ KEYMAP_TEST, 'X', ACTION_REMOVE_PATCH, "X", "remove it from training set", NULL },
	{ KEYMAP_TEST, KEY_DC, ACTION_REMOVE_PATCH, NULL, NULL, NULL },
	{ KEYMAP_TEST, KEY_ESCAPE, ACTION_LEAVE, "Esc", "back to training (also t)", "done" },
	{ KEYMAP_TEST, 't', ACTION_LEAVE, NULL, NULL, NULL },
	{ KEYMAP_TEST, '\n', ACTION_LEAVE, NULL, NULL, NULL },

	{ KEYMAP_WRONG, KEY_RIGHT, ACTION_TEST_NEXT, "right", "next one (n j down space)", "next" },
	{ KEYMAP_WRONG, KEY_DOWN, ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_WRONG, 'n', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_WRONG, 'j', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_WRONG, ' ', ACTION_TEST_NEXT, NULL, NULL, NULL },
	{ KEYMAP_WRONG, KEY_LEFT, ACTION_TEST_PREV, "left", "previous one (N k up)", "prev" },
	{ KEYMAP_WRONG, KEY_UP, ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_WRONG, 'N', ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_WRONG, 'k', ACTION_TEST_PREV, NULL, NULL, NULL },
	{ KEYMAP_WRONG, KEY_ESCAPE, ACTION_LEAVE, "Esc", "close, back to training (W)", "done" },
	{ KEYMAP_WRONG, 'W', ACTION_LEAVE, NULL, NULL, NULL },
	{ KEYMAP_WRONG, '\n', ACTION_LEAVE, NULL, NULL, NULL },

	/* Over training's keys while a question is up (keymap_lookup_quiz); listed with what quiz mode changes. */
	{ KEYMAP_QUIZ, '1', ACTION_ANSWER_1, "1-4", "answer the question", "answer" },
	{ KEYMAP_QUIZ, '2', ACTION_ANSWER_2, NULL, NULL, NULL },
	{ KEYMAP_QUIZ, '3', ACTION_ANSWER_3, NULL, NULL, NULL },
	{ KEYMAP_QUIZ, '4', ACTION_ANSWER_4, NULL, NULL, NULL },
	{ KEYMAP_QUIZ, 's', ACTION_STEP_PHASE, "s", "ask about the next phase", "ask" },
	{ KEYMAP_QUIZ, ' ', ACTION_STEP_SAMPLE, "space", "refused (and r, e): s asks", NULL },
	{ KEYMAP_QUIZ, 'Q', ACTION_QUIZ, "Q", "leave quiz mode", "leave" },

	{ KEYMAP_REPLAY, ' ', ACTION_REPLAY_STEP, "space", "next event; then one a key", "step" },
	{ KEYMAP_REPLAY, KEY_RIGHT, ACTION_REPLAY_STEP, NULL, NULL, NULL },
	{ KEYMAP_REPLAY, 's', ACTION_REPLAY_STEP, NULL, NULL, NULL },
	{ KEYMAP_REPLAY, 'r', ACTION_REPLAY_PLAY, "r", "play on at the recorded pace", "play" },
	/* As in training; listed again so that the help says what works in a replay. */
	{ KEYMAP_REPLAY, CTRL('l'), ACTION_REDRAW, "C-l", "redraw the screen", NULL },
	{ KEYMAP_REPLAY, 'q', ACTION_QUIT, "q", "quit", NULL },
};

#define KEYMAP_SIZE (sizeof keymap_table / sizeof keymap_table[0])

/* Actions of the training mode that the editor and the test set also accept. */
static bool keymap_global(enum keymap_action action)
{
	switch (action) {
	case ACTION_QUIT:
	case ACTION_HELP:
	case ACTION_REDRAW:
	case ACTION_NEXT_NEURON:
	case ACTION_PREV_NEURON:
	case ACTION_INSPECT:
	case ACTION_EXPORT_CSV:
	case ACTION_EXPORT_PGM:
	case ACTION_EXPORT_SCREEN:
	case ACTION_TOUR:
	case ACTION_TOUR_NEXT:
	case ACTION_TOUR_PREV:
	case ACTION_ZOOM:
	case ACTION_ADDED:
	case ACTION_CURVE:
	case ACTION_FIGURE:
	case ACTION_MAP:
	case ACTION_MAP_K_DOWN:
	case ACTION_MAP_K_UP:
	case ACTION_MAP_NEURON:
	case ACTION_HEALTH:
	case ACTION_VALUE_NEXT:
	case ACTION_VALUE_PREV:
	case ACTION_WRITE_DATA:
		return true;
	default:
		return false;
	}
}

/* The action of key in mode, or ACTION_NONE. */
enum keymap_action keymap_lookup(enum keymap_mode mode, int key)
{
	size_t i;
	enum keymap_action fallback = ACTION_NONE;

	for (i = 0; i < KEYMAP_SIZE; i++) {
		if (keymap_table[i].key != key)
			continue;
		if (keymap_table[i].mode == mode)
			return keymap_table[i].action;
		if (keymap_table[i].mode == KEYMAP_TRAIN && mode != KEYMAP_TRAIN)
			fallback = keymap_table[i].action;
	}
	/* The editor and the test set pass training keys on: the caller leaves them first. */
	return fallback;
}

/* The action of key with a quiz question up. */
enum keymap_action keymap_lookup_quiz(enum keymap_mode mode, int key)
{
	enum keymap_action action = keymap_lookup(mode, key);

	return action == ACTION_NONE ? keymap_lookup(KEYMAP_QUIZ, key) : action;
}

/* Every binding, in the order the help lists them. */
const struct keymap_entry *keymap_entries(size_t *count)
{
	*count = KEYMAP_SIZE;
	return keymap_table;
}

/* The mode's title for the help overlay. */
const char *keymap_mode_title(enum keymap_mode mode)
{
	switch (mode) {
	case KEYMAP_TRAIN:
		return "Training";
	case KEYMAP_EDIT:
		return "Patch editor (p)";
	case KEYMAP_TEST:
		return "Data sets (t)";
	case KEYMAP_REPLAY:
		return "Replay (--replay)";
	case KEYMAP_WRONG:
		return "Wrong samples (W)";
	case KEYMAP_QUIZ:
		return "Quiz (Q, --quiz)";
	default:
		return "?";
	}
}

/* True for actions that change the training run. */
bool keymap_action_trains(enum keymap_action action)
{
	return !keymap_global(action) && action >= ACTION_STEP_SAMPLE && action <= ACTION_ANSWER_4;
}
