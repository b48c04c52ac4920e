/*
 * A 64-bit FNV-1a hash of an array of doubles' bits: the benchmark programs
 * print it so that run.sh can tell whether two of them ended with the very
 * same weights (a checksum of sums would hide a difference in the last bit).
 */
#ifndef EDGEVIZ_BENCH_WEIGHTS_HASH_H
#define EDGEVIZ_BENCH_WEIGHTS_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t
weights_hash(const double *values, size_t count)
{
	uint64_t hash = 14695981039346656037ULL;

	for (size_t i = 0; i < count; i++) {
		unsigned char bytes[sizeof(double)];
		memcpy(bytes, &values[i], sizeof bytes);
		for (size_t b = 0; b < sizeof bytes; b++) {
			hash ^= bytes[b];
			hash *= 1099511628211ULL;
		}
	}
	return hash;
}

#endif
