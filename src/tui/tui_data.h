/*
 * The visualizer's own data, for the key handlers (keys.c) and the scene:
 * the patch painted in the editor added to the training set (A), the set
 * browser's two sets (x) with what the network makes of each patch, a
 * training patch taken out (X), and both sets written as data files (D),
 * which --train-data and --test-data read back next lesson. No curses.
 */
#ifndef EDGEVIZ_TUI_DATA_H
#define EDGEVIZ_TUI_DATA_H

#include "core/dataset.h"

struct tui;

#define TUI_DATA_TRAIN "edgeviz-train.csv"
#define TUI_DATA_TEST "edgeviz-test.csv"

/* A: add the editor's patch with its label to the training set; return flags. */
int tui_add_patch(struct tui *tui);

/* The set t browses: the test set, or the training set after x. */
const struct dataset *tui_browsed_set(const struct tui *tui);

/*
 * p(Edge) of every patch of the browsed set with the current weights, and
 * whether the answer is right, into the browsers' set_p_edge and set_right,
 * as the core computes them.
 */
void tui_set_predictions(struct tui *tui);

/* x in the set browser: the other set, from its first patch; return flags. */
int tui_switch_set(struct tui *tui);

/* X in the set browser: take the training patch shown out of the training set; return flags. */
int tui_remove_patch(struct tui *tui);

/* D: write the training and the test set, each atomically; say what was written. */
void tui_write_data(struct tui *tui);

#endif
