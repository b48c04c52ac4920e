/*
 * Counters behind check_core's wrapped allocation, fsync and rename calls (see counted_calls.h).
 */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "counted_calls.h"

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
void __real_free(void *p);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
char *__wrap_strdup(const char *s);
void __wrap_free(void *p);
int __real_fsync(int fd);
int __real_rename(const char *from, const char *to);
int __wrap_fsync(int fd);
int __wrap_rename(const char *from, const char *to);

static size_t calls;
static long live_blocks, live_bytes;

/* Count a block handed out. */
static void *counted(void *p)
{
	calls++;
	if (p != NULL) {
		live_blocks++;
		live_bytes += (long)malloc_usable_size(p);
	}
	return p;
}

/* Count a block given back (before it goes). */
static void uncount(void *p)
{
	if (p != NULL) {
		live_blocks--;
		live_bytes -= (long)malloc_usable_size(p);
	}
}

void *__wrap_malloc(size_t size)
{
	return counted(__real_malloc(size));
}

void *__wrap_calloc(size_t n, size_t size)
{
	return counted(__real_calloc(n, size));
}

void *__wrap_realloc(void *p, size_t size)
{
	uncount(p);
	void *q = __real_realloc(p, size);
	if (q == NULL && size > 0 && p != NULL) {
		/* refused: the old block stays */
		live_blocks++;
		live_bytes += (long)malloc_usable_size(p);
		calls++;
		return NULL;
	}
	return counted(q);
}

/* strdup through the wrapped malloc, so that its free is counted against it. */
char *__wrap_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *copy = __wrap_malloc(n);

	if (copy != NULL)
		memcpy(copy, s, n);
	return copy;
}

void __wrap_free(void *p)
{
	uncount(p);
	__real_free(p);
}

size_t alloc_count_calls(void)
{
	return calls;
}

long alloc_count_live_blocks(void)
{
	return live_blocks;
}

long alloc_count_live_bytes(void)
{
	return live_bytes;
}

static char sync_calls[64];
static size_t sync_count;

/* Log one call, as long as the log has room. */
static void sync_note(char call)
{
	if (sync_count + 1 < sizeof sync_calls) {
		sync_calls[sync_count++] = call;
		sync_calls[sync_count] = '\0';
	}
}

int __wrap_fsync(int fd)
{
	sync_note('f');
	return __real_fsync(fd);
}

int __wrap_rename(const char *from, const char *to)
{
	sync_note('r');
	return __real_rename(from, to);
}

void sync_log_clear(void)
{
	sync_count = 0;
	sync_calls[0] = '\0';
}

const char *sync_log(void)
{
	return sync_calls;
}
