/*
 * Data files: a training or test set of one's own, as text that a class can
 * write by hand, with a spreadsheet or with numpy.
 *
 *     # horizontal edges
 *     0.1,0.1,0.1,0.1,0.1, 0.9,0.9,0.9,0.9,0.9, ... ,edge
 *     0.5 0.5 0.5 ... 0.5 no-edge
 *
 * UTF-8 text, one patch a line: 25 numbers in [0, 1] (the 5x5 patch row by
 * row), then the label: edge or no-edge (any case), or 1 (edge) or 0 (no
 * edge). Fields are separated by a comma, blanks, or both. `#` starts a
 * comment; blank lines are skipped; a first line that does not start with a
 * number is a header and is skipped; CRLF line ends are accepted. At most
 * DATASET_MAX_SIZE patches, lines of at most DATA_FILE_LINE_MAX characters.
 * Written values read back bit for bit.
 */
#ifndef EDGEVIZ_DATA_FILE_H
#define EDGEVIZ_DATA_FILE_H

#include <stddef.h>
#include <stdio.h>

#include "core/dataset.h"

#define DATA_FILE_LINE_MAX 10000
/* Room for DATASET_MAX_SIZE lines of 2,500 bytes and then some. */
#define DATA_FILE_MAX_BYTES (256UL << 20)

/*
 * Read the data in text (length bytes; NUL bytes are refused) into *set,
 * naming the text `name` in messages. Return 0, or -1 with one line,
 * "NAME:LINE: what is wrong", in err and *set untouched.
 */
int data_file_parse(const char *text, size_t length, const char *name, struct dataset *set, char *err,
		    size_t err_size);

/* Read the data file at path ("-": standard input) into *set; as data_file_parse. */
int data_file_load(const char *path, struct dataset *set, char *err, size_t err_size);

/* Write set in the format, a comment line first. Errors are found from f. */
void data_file_write(FILE *f, const struct dataset *set);

/* Write set to path atomically. Return 0, or -1 with a one-line reason in err. */
int data_file_save(const char *path, const struct dataset *set, char *err, size_t err_size);

#endif
