/*
 * Replacing a file atomically: the new contents go to a temporary file
 * beside it, are flushed and synced, then renamed over it. A crash, a full
 * disk or a signal mid-write never leaves a half-written file where a good
 * one was. Weights files and exports are saved through this.
 */
#ifndef EDGEVIZ_ATOMIC_FILE_H
#define EDGEVIZ_ATOMIC_FILE_H

#include <stddef.h>
#include <stdio.h>

/* Writes the new contents to f; errors are found from f afterwards. */
typedef void atomic_file_writer(FILE *f, const void *context);

/*
 * Whether a later atomic_file_write to path can work: path is a regular file
 * or absent, and its directory can be written. Return 0, or -1 with the same
 * one-line reason a failed write would give. For checking before long work.
 */
int atomic_file_check(const char *path, char *err, size_t err_size);

/*
 * Replace path with what write(f, context) writes. Return 0, or -1 with a
 * one-line reason in err ("cannot write 'PATH': ..."); on failure whatever
 * was at path is untouched and no temporary file remains. Only a regular
 * file (or a new one) may be replaced; a symbolic link's target is the one
 * replaced.
 */
int atomic_file_write(const char *path, atomic_file_writer *write, const void *context, char *err,
		      size_t err_size);

#endif
