/*
 * The data-file parser under a fuzzer, and the replay of what the fuzzer found.
 *
 * Built with --enable-fuzzing (clang's libFuzzer), this is a fuzz target:
 *	./tests/fuzz_data tests/fuzz/data
 * Built normally, it is a test that parses every file named on its command
 * line (the kept corpus) and checks the parser's promises on each: it either
 * reads 1 to DATASET_MAX_SIZE patches, every value in [0, 1] and every label
 * edge or no-edge, which write out and read back to the same bits; or it
 * refuses with one "name:LINE: reason" line and leaves the set untouched.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/data_file.h"
#include "fuzz_driver.h"

/* A set that is written and read back must come back the same: NULL, or the promise broken. */
static const char *check_round_trip(const struct dataset *set)
{
	const char *broken = NULL;
	char *text = NULL, err[512];
	size_t length = 0;
	struct dataset back;
	FILE *f = open_memstream(&text, &length);

	if (f == NULL)
		abort();
	data_file_write(f, set);
	if (fclose(f) != 0)
		abort();
	if (data_file_parse(text, length, "written", &back, err, sizeof(err)) != 0) {
		free(text);
		return "written out, it does not read back";
	}
	if (back.size != set->size ||
	    memcmp(back.patch, set->patch, (size_t)set->size * sizeof(*set->patch)) != 0 ||
	    memcmp(back.label, set->label, (size_t)set->size * sizeof(*set->label)) != 0)
		broken = "written out, it reads back other bits";
	dataset_free(&back);
	free(text);
	return broken;
}

/* Parse one input: NULL if it kept every promise, else the one it broke. */
static const char *check_one(const char *data, size_t size)
{
	struct dataset set = { -1, NULL, NULL };
	char err[512] = "";
	const char *broken = NULL;

	if (data_file_parse(data, size, "input", &set, err, sizeof(err)) == 0) {
		if (set.size < 1 || set.size > DATASET_MAX_SIZE)
			broken = "loaded a set of a size out of range";
		for (int i = 0; broken == NULL && i < set.size; i++)
			if (!patch_is_valid(&set.patch[i]) ||
			    (set.label[i] != LABEL_EDGE && set.label[i] != LABEL_NO_EDGE))
				broken = "loaded a patch or label out of range";
		if (broken == NULL)
			broken = check_round_trip(&set);
		dataset_free(&set);
		return broken;
	}
	if (strncmp(err, "input:", 6) != 0 || strchr(err, '\n') != NULL)
		return "refused without one 'input:LINE:' line";
	if (set.size != -1 || set.patch != NULL)
		return "refused, but the set changed";
	return NULL;
}

/* The promise an input broke, or NULL (tests/fuzz_driver.h). */
const char *fuzz_check(const unsigned char *data, size_t size)
{
	return check_one((const char *)data, size);
}
