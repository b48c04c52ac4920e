/*
 * The tutorial's example patches, and reading a patch from the command line.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/patch.h"
#include "core/textfile.h"

static const struct patch_example EXAMPLES[] = {
	{ "edge", "edge (dark to bright)", LABEL_EDGE, { 0.1, 0.1, 0.9, 0.9, 0.9 } },
	{ "edge-shifted", "edge, shifted", LABEL_EDGE, { 0.1, 0.1, 0.1, 0.9, 0.9 } },
	{ "uniform", "uniform gray", LABEL_NO_EDGE, { 0.5, 0.5, 0.5, 0.5, 0.5 } },
	{ "inverted", "bright to dark", LABEL_NO_EDGE, { 0.9, 0.9, 0.1, 0.1, 0.1 } },
	{ "soft-edge", "soft edge", LABEL_EDGE, { 0.1, 0.1, 0.5, 0.9, 0.9 } },
};
#define EXAMPLE_COUNT (sizeof(EXAMPLES) / sizeof(EXAMPLES[0]))

const struct patch_example *patch_examples(size_t *count)
{
	*count = EXAMPLE_COUNT;
	return EXAMPLES;
}

const struct patch_example *patch_example_find(const char *name)
{
	for (size_t i = 0; i < EXAMPLE_COUNT; i++)
		if (strcmp(EXAMPLES[i].name, name) == 0)
			return &EXAMPLES[i];
	return NULL;
}

void patch_from_example(struct patch *patch, const struct patch_example *example)
{
	for (int r = 0; r < PATCH_SIDE; r++)
		for (int c = 0; c < PATCH_SIDE; c++)
			patch->pixel[r * PATCH_SIDE + c] = example->row[c];
}

/* Read 25 comma-separated pixel values in [0, 1]. */
static int patch_parse_values(const char *spec, struct patch *patch, char *err, size_t err_size)
{
	const char *s = spec, *end;

	for (int i = 0; i < PATCH_PIXELS; i++) {
		double v = 0;
		enum textfile_number status = textfile_double_at(s, &end, 0.0, 1.0, &v);
		if (status == TEXTFILE_NOT_NUMBER || status == TEXTFILE_NOT_FINITE) {
			snprintf(err, err_size, "--patch: value %d is not a number", i + 1);
			return -1;
		}
		if (status == TEXTFILE_OUT_OF_RANGE) {
			snprintf(err, err_size, "--patch: value %d (%g) is outside [0, 1]", i + 1, v);
			return -1;
		}
		patch->pixel[i] = v;
		if (i == PATCH_PIXELS - 1) {
			s = end;
			break;
		}
		if (*end != ',') {
			snprintf(err, err_size, "--patch: expected 25 comma-separated values, got %d", i + 1);
			return -1;
		}
		s = end + 1;
	}
	if (*s != '\0') {
		snprintf(err, err_size, "--patch: more than 25 values");
		return -1;
	}
	return 0;
}

int patch_parse(const char *spec, struct patch *patch, enum label *label, char *err, size_t err_size)
{
	const struct patch_example *example = patch_example_find(spec);
	struct patch parsed;

	if (example != NULL) {
		patch_from_example(patch, example);
		*label = example->label;
		return 0;
	}
	if (strchr(spec, ',') == NULL) {
		snprintf(
			err, err_size,
			"--patch: unknown patch '%.40s' (edge, edge-shifted, uniform, inverted, soft-edge, or 25 values)",
			spec);
		return -1;
	}
	if (patch_parse_values(spec, &parsed, err, err_size) != 0)
		return -1;
	*patch = parsed;
	*label = LABEL_EDGE;
	return 0;
}

const char *label_name(enum label label)
{
	return label == LABEL_EDGE ? "Edge" : "No Edge";
}

bool patch_is_valid(const struct patch *patch)
{
	for (int i = 0; i < PATCH_PIXELS; i++)
		if (!(patch->pixel[i] >= 0.0 && patch->pixel[i] <= 1.0))
			return false;
	return true;
}
