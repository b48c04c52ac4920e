/*
 * The tutorial's training and test data: edge patches (dark left, bright
 * right, the edge at column 1, 2 or 3) and no-edge patches (a uniform gray
 * or the bright-to-dark inversion), drawn from the generator in exactly the
 * order of the tutorial's make_data so that every seed gives numpy's data.
 */
#ifndef EDGEVIZ_DATASET_H
#define EDGEVIZ_DATASET_H

#include "patch.h"
#include "rng.h"

#define DATASET_MAX_SIZE 100000

struct dataset {
	int size;
	struct patch *patch; /* size patches */
	enum label *label;   /* and their labels */
};

/* Draw size samples as make_data(size) does. Return 0, or -1 if out of memory. */
int dataset_make(struct dataset *set, int size, struct rng *rng);

/* Allocate an empty set of size patches (all zero, labelled edge). Return 0, or -1. */
int dataset_alloc(struct dataset *set, int size);

/* Make copy a new set equal to set. Return 0, or -1 if out of memory. */
int dataset_copy(struct dataset *copy, const struct dataset *set);

/* Release what dataset_make allocated; the set becomes empty. */
void dataset_free(struct dataset *set);

#endif
