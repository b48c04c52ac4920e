/*
 * Exports from the running program, for slides and handouts: each hidden
 * neuron's weights, or with d what training added to them, as a PGM image
 * (the core writes each file), and the pictures of the screen as numbers for
 * the screen's text (plain text has no colors: the patch would be blanks, the
 * heatmaps half blocks). The loss history is the core's export_epochs_csv;
 * the screen's text is screen/snapshot.c's, the one export that reads curses.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/export.h"
#include "tui/classroom/exports.h"

/* Write every neuron's image as prefix-hJ.pgm, of the weights or (added) their change. */
static int tui_export_images(const struct network *net, bool added, const char *prefix, char *what,
			     size_t what_size, char *err, size_t err_size)
{
	char path[256];
	int j;

	for (j = 0; j < net->hidden; j++) {
		snprintf(path, sizeof path, "%s-h%d.pgm", prefix, j);
		if ((added ? export_added_pgm : export_neuron_pgm)(net, j, TUI_EXPORT_PGM_SCALE, path, err,
								   err_size) != 0)
			return -1;
	}
	if (net->hidden == 1)
		snprintf(what, what_size, "%s-h0.pgm", prefix);
	else
		snprintf(what, what_size, "%s-h0.pgm .. %s-h%d.pgm", prefix, prefix, net->hidden - 1);
	return 0;
}

/* Write the patch's 25 brightness values, row by row. */
static void pictures_patch(FILE *f, const struct patch *patch, enum label label)
{
	int r, c;

	fprintf(f, "\nInput patch (label %s): brightness, 0 black .. 1 white, top row first\n",
		label_name(label));
	for (r = 0; r < PATCH_SIDE; r++) {
		for (c = 0; c < PATCH_SIDE; c++)
			fprintf(f, " %5.2f", patch->pixel[r * PATCH_SIDE + c]);
		fputc('\n', f);
	}
}

/* Write every hidden neuron's 25 input weights as its 5x5 template. */
static void pictures_weights(FILE *f, const struct network *net)
{
	int j, r, c;

	fprintf(f, "\nWeights W1, one 5x5 template a hidden neuron, laid out as the patch "
		   "(on screen: red < 0, blue > 0)\n");
	for (j = 0; j < net->hidden; j++) {
		fprintf(f, "h%d\n", j);
		for (r = 0; r < PATCH_SIDE; r++) {
			for (c = 0; c < PATCH_SIDE; c++)
				fprintf(f, " %+6.3f", net->w1[(r * PATCH_SIDE + c) * net->hidden + j]);
			fputc('\n', f);
		}
	}
}

/* The pictures of the screen as numbers, under a legend; malloc'd, or NULL. */
char *tui_export_pictures(const struct patch *patch, enum label label, const struct network *net)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	if (f == NULL)
		return NULL;
	fprintf(f, "\nThe pictures above as numbers (the screen draws them as colored cells):\n");
	if (patch != NULL)
		pictures_patch(f, patch, label);
	pictures_weights(f, net);
	if (ferror(f)) {
		fclose(f);
		free(text);
		return NULL;
	}
	fclose(f);
	return text;
}

/* Write every hidden neuron's weights as prefix-hJ.pgm; the names in what. Return 0 or -1. */
int tui_export_pgms(const struct network *net, const char *prefix, char *what, size_t what_size, char *err,
		    size_t err_size)
{
	return tui_export_images(net, false, prefix, what, what_size, err, err_size);
}

/* The same for what training added (W - W(step 0)): TUI_EXPORT_ADDED_PREFIX-hJ.pgm. */
int tui_export_added_pgms(const struct network *added, char *what, size_t what_size, char *err,
			  size_t err_size)
{
	return tui_export_images(added, true, TUI_EXPORT_ADDED_PREFIX, what, what_size, err, err_size);
}
