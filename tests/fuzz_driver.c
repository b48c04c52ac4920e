/* libFuzzer's entry point, or a replay of the kept corpus: see fuzz_driver.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_driver.h"

#ifdef EDGEVIZ_FUZZING
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (fuzz_check(data, size) != NULL)
		abort();
	return 0;
}
#else
/* Read a whole file; NULL if it cannot be read. */
static unsigned char *slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL;
	size_t capacity = 0;

	*size = 0;
	if (f == NULL)
		return NULL;
	for (;;) {
		if (*size == capacity) {
			capacity = capacity * 2 + 4096;
			unsigned char *grown = realloc(data, capacity);
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
	const char *name = strrchr(argv[0], '/') != NULL ? strrchr(argv[0], '/') + 1 : argv[0];
	int replayed = 0, failed = 0;

	for (int i = 1; i < argc; i++) {
		size_t size;
		unsigned char *data = slurp(argv[i], &size);
		if (data == NULL) {
			fprintf(stderr, "%s: cannot read %s\n", name, argv[i]);
			return 1;
		}
		const char *broken = fuzz_check(data, size);
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
