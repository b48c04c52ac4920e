/*
 * The tutorial's data, drawn in make_data's order: for each sample one
 * rand() decides edge or not; an edge draws its column with randint(1, 4);
 * a non-edge draws rand() again to choose a uniform gray (one uniform(0.3,
 * 0.7)) or the inverted pattern.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/dataset.h"

#define DARK 0.1
#define BRIGHT 0.9

/* Fill patch with columns [0, from) set to left and [from, 5) set to right. */
static void fill_columns(struct patch *patch, int from, double left, double right)
{
	for (int r = 0; r < PATCH_SIDE; r++)
		for (int c = 0; c < PATCH_SIDE; c++)
			patch->pixel[r * PATCH_SIDE + c] = c < from ? left : right;
}

/* Draw one sample exactly as one pass of make_data's loop. */
static enum label draw_sample(struct patch *patch, struct rng *rng)
{
	if (rng_random_sample(rng) > 0.5) {
		int edge_column = (int)rng_randint(rng, 1, 4);
		fill_columns(patch, edge_column, DARK, BRIGHT);
		return LABEL_EDGE;
	}
	if (rng_random_sample(rng) > 0.5) {
		double gray = rng_uniform(rng, 0.3, 0.7);
		fill_columns(patch, 0, gray, gray);
	} else {
		fill_columns(patch, 2, BRIGHT, DARK);
	}
	return LABEL_NO_EDGE;
}

int dataset_alloc(struct dataset *set, int size)
{
	/* At least one element: calloc(0) may give NULL. */
	struct patch *patches = calloc(size > 0 ? (size_t)size : 1, sizeof(*patches));
	enum label *labels = calloc(size > 0 ? (size_t)size : 1, sizeof(*labels));

	if (patches == NULL || labels == NULL) {
		free(patches);
		free(labels);
		return -1;
	}
	set->size = size;
	set->patch = patches;
	set->label = labels;
	return 0;
}

int dataset_make(struct dataset *set, int size, struct rng *rng)
{
	if (dataset_alloc(set, size) != 0)
		return -1;
	for (int i = 0; i < size; i++)
		set->label[i] = draw_sample(&set->patch[i], rng);
	return 0;
}

int dataset_copy(struct dataset *copy, const struct dataset *set)
{
	if (dataset_alloc(copy, set->size) != 0)
		return -1;
	memcpy(copy->patch, set->patch, (size_t)set->size * sizeof(*set->patch));
	memcpy(copy->label, set->label, (size_t)set->size * sizeof(*set->label));
	return 0;
}

void dataset_free(struct dataset *set)
{
	free(set->patch);
	free(set->label);
	set->size = 0;
	set->patch = NULL;
	set->label = NULL;
}
