/*
 * Exports from the running program, for slides and handouts: each hidden
 * neuron's weights as a PGM image (the core writes each file). The loss
 * history is the core's export_epochs_csv; the screen's text is
 * screen/snapshot.c's, the one export that reads curses.
 */
#include "config.h"

#include <stdio.h>

#include "core/export.h"
#include "tui/classroom/exports.h"

/* Write every hidden neuron's weights as prefix-hJ.pgm; the names in what. Return 0 or -1. */
int tui_export_pgms(const struct network *net, const char *prefix, char *what, size_t what_size,
		    char *err, size_t err_size)
{
	char path[256];
	int j;

	for (j = 0; j < net->hidden; j++) {
		snprintf(path, sizeof path, "%s-h%d.pgm", prefix, j);
		if (export_neuron_pgm(net, j, TUI_EXPORT_PGM_SCALE, path, err, err_size) != 0)
			return -1;
	}
	if (net->hidden == 1)
		snprintf(what, what_size, "%s-h0.pgm", prefix);
	else
		snprintf(what, what_size, "%s-h0.pgm .. %s-h%d.pgm", prefix, prefix, net->hidden - 1);
	return 0;
}
