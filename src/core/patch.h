/*
 * The 5x5 grayscale patches the network looks at: the tutorial's named
 * examples, and the parser for a patch typed on the command line.
 */
#ifndef EDGEVIZ_PATCH_H
#define EDGEVIZ_PATCH_H

#include <stdbool.h>
#include <stddef.h>

#define PATCH_SIDE 5
#define PATCH_PIXELS (PATCH_SIDE * PATCH_SIDE)

/* The two classes, in the order of the network's outputs. */
enum label {
	LABEL_EDGE = 0,
	LABEL_NO_EDGE = 1,
};
#define LABEL_COUNT 2

/* Pixels row by row, as numpy's flatten() lays them out; 0 dark, 1 bright. */
struct patch {
	double pixel[PATCH_PIXELS];
};

struct patch_example {
	const char *name;  /* as typed after --patch, e.g. "soft-edge" */
	const char *title; /* a few words for people, e.g. "soft edge" */
	enum label label;
	double row[PATCH_SIDE]; /* every row of the patch is this one */
};

/* The named examples, in a fixed order; their number in *count. */
const struct patch_example *patch_examples(size_t *count);

/* The example called name, or NULL. */
const struct patch_example *patch_example_find(const char *name);

/* Fill patch with the rows of example. */
void patch_from_example(struct patch *patch, const struct patch_example *example);

/*
 * Read a --patch argument: an example's name or 25 comma-separated numbers
 * in [0, 1]. On success fill patch and *label (the example's label, or edge
 * when numbers are given: they carry none) and return 0; on failure return -1
 * and write a one-line reason into err.
 */
int patch_parse(const char *spec, struct patch *patch, enum label *label, char *err, size_t err_size);

/* True when every pixel is a number in [0, 1]. */
bool patch_is_valid(const struct patch *patch);

/* "Edge" or "No Edge". */
const char *label_name(enum label label);

#endif
