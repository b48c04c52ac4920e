/*
 * A random generator that reproduces numpy's legacy np.random draw for draw:
 * MT19937 seeded with init_genrand, and the legacy algorithms numpy layers on
 * it (random_sample, uniform, randn by the polar method, masked randint).
 * Reproducing numpy exactly is what lets edgeviz print the tutorial's numbers.
 */
#ifndef EDGEVIZ_RNG_H
#define EDGEVIZ_RNG_H

#include <stdint.h>

#define RNG_STATE_WORDS 624

struct rng {
	uint32_t mt[RNG_STATE_WORDS];
	int index;     /* next word of mt to temper */
	int has_gauss; /* randn keeps the second of each pair */
	double gauss;
};

/* Seed as np.random.seed(seed) does for an integer seed. */
void rng_seed(struct rng *rng, uint32_t seed);

/* The next raw 32-bit output of MT19937. */
uint32_t rng_next32(struct rng *rng);

/* A double in [0, 1) with 53 random bits: np.random.rand(). */
double rng_random_sample(struct rng *rng);

/* np.random.uniform(low, high). */
double rng_uniform(struct rng *rng, double low, double high);

/* A standard normal draw: np.random.randn(). */
double rng_randn(struct rng *rng);

/* np.random.randint(low, high): an integer in [low, high), high > low. */
long rng_randint(struct rng *rng, long low, long high);

#endif
