/*
 * The weights parser under a fuzzer, and the replay of what the fuzzer found.
 *
 * Built with --enable-fuzzing (clang's libFuzzer), this is a fuzz target:
 *	./tests/fuzz_weights tests/fuzz/weights
 * Built normally, it is a test that parses every file named on its command
 * line (the kept corpus) and checks the parser's promises on each: it either
 * loads a network with a hidden size in range and finite numbers, or refuses
 * with a "name:line: reason" message and leaves the network untouched.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/weights_file.h"

/* Parse one input: NULL if it kept every promise, else the one it broke. */
static const char *check_one(const char *data, size_t size)
{
	struct network net, before;
	char err[512] = "";

	memset(&net, 0x5a, sizeof(net));
	before = net;
	if (weights_parse(&net, data, size, "input", err, sizeof(err)) == 0) {
		if (net.hidden < NETWORK_MIN_HIDDEN || net.hidden > NETWORK_MAX_HIDDEN ||
		    !network_is_finite(&net))
			return "loaded out of range or not finite";
		return NULL;
	}
	if (strncmp(err, "input:", 6) != 0)
		return "refused without 'input:LINE:'";
	if (memcmp(&net, &before, sizeof(net)) != 0)
		return "refused, but the network changed";
	return NULL;
}

#ifdef EDGEVIZ_FUZZING
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (check_one((const char *)data, size) != NULL)
		abort();
	return 0;
}
#else
/* Read a whole file; NULL if it cannot be read. */
static char *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t capacity = 0;

	*size = 0;
	if (f == NULL)
		return NULL;
	for (;;) {
		if (*size == capacity) {
			capacity = capacity * 2 + 4096;
			char *grown = realloc(data, capacity);
			if (grown == NULL)
				break;
			data = grown;
		}
		size_t n = fread(data + *size, 1, capacity - *size, f);
		*size += n;
		if (n == 0)
			break;
	}
	fclose(f);
	return data;
}

int main(int argc, char **argv)
{
	int replayed = 0, failed = 0;

	for (int i = 1; i < argc; i++) {
		size_t size;
		char *data = slurp(argv[i], &size);
		if (data == NULL) {
			fprintf(stderr, "fuzz_weights: cannot read %s\n", argv[i]);
			return 1;
		}
		const char *broken = check_one(data, size);
		if (broken != NULL) {
			printf("FAIL: %s: %s\n", argv[i], broken);
			failed++;
		}
		free(data);
		replayed++;
	}
	printf("%d checks, %d failed\n", replayed, failed);
	return replayed > 0 && failed == 0 ? 0 : 1;
}
#endif
