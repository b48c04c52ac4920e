/*
 * The heap as the core uses it, counted in every build (plain, sanitized,
 * under valgrind, where mallinfo2 reads 0): check_core is linked with
 * -Wl,--wrap for malloc, calloc, realloc, strdup and free, so each call from
 * the core and the tests goes through a counter first. fsync and rename are
 * wrapped too, and logged in order, to check the order of a save's steps.
 */
#ifndef EDGEVIZ_TESTS_COUNTED_CALLS_H
#define EDGEVIZ_TESTS_COUNTED_CALLS_H

#include <stddef.h>

/* Calls that asked the heap for memory (malloc, calloc, realloc, strdup). */
size_t alloc_count_calls(void);

/* Blocks handed out and not freed, and their usable bytes. */
long alloc_count_live_blocks(void);
long alloc_count_live_bytes(void);

/* Start a new log of fsync and rename calls. */
void sync_log_clear(void);

/* The calls since sync_log_clear, one letter each: f fsync, r rename. */
const char *sync_log(void);

#endif
