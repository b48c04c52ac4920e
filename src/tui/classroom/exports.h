/*
 * Exports from the running visualizer: the file names of the three exports,
 * and every hidden neuron's weights as PGM images. (The loss history CSV is
 * the core's export_epochs_csv; the screen as text is screen/snapshot.h's.)
 */
#ifndef EDGEVIZ_TUI_EXPORT_H
#define EDGEVIZ_TUI_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/network.h"
#include "core/patch.h"

#define TUI_EXPORT_CSV "edgeviz-loss.csv"
#define TUI_EXPORT_PGM_PREFIX "edgeviz"
#define TUI_EXPORT_PGM_SCALE 16
#define TUI_EXPORT_ADDED_PREFIX "edgeviz-added"
#define TUI_EXPORT_SCREEN "edgeviz-screen.txt"

/*
 * Write hidden neuron j's weights as PREFIX-hJ.pgm, scaled up
 * TUI_EXPORT_PGM_SCALE times, for every j; the file names, for a message,
 * in what. Return 0, or -1 with the reason in err.
 */
int tui_export_pgms(const struct network *net, const char *prefix, char *what, size_t what_size, char *err,
		    size_t err_size);

/*
 * What the screen shows only in color, as text for the S export: the patch
 * (if not NULL; its 25 brightness values, its label) and net's W1, one 5x5
 * template a hidden neuron, under a legend. Malloc'd; NULL when out of memory.
 */
char *tui_export_pictures(const struct patch *patch, enum label label, const struct network *net);

/*
 * With d on: what training added to each neuron (added is W - W(step 0)) as
 * edgeviz-added-hJ.pgm, on one scale for all neurons. Return 0 or -1.
 */
int tui_export_added_pgms(const struct network *added, char *what, size_t what_size, char *err,
			  size_t err_size);

#endif
