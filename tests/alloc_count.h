/*
 * The heap as the core uses it, counted in every build (plain, sanitized,
 * under valgrind, where mallinfo2 reads 0): check_core is linked with
 * -Wl,--wrap for malloc, calloc, realloc, strdup and free, so each call from
 * the core and the tests goes through a counter first.
 */
#ifndef EDGEVIZ_TESTS_ALLOC_COUNT_H
#define EDGEVIZ_TESTS_ALLOC_COUNT_H

#include <stddef.h>

/* Calls that asked the heap for memory (malloc, calloc, realloc, strdup). */
size_t alloc_count_calls(void);

/* Blocks handed out and not freed, and their usable bytes. */
long alloc_count_live_blocks(void);
long alloc_count_live_bytes(void);

#endif
