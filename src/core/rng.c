/*
 * MT19937 and numpy's legacy distributions on top of it. Each formula here
 * is the one numpy's RandomState uses, down to the order of operations,
 * because the tutorial's figures depend on every bit of every draw.
 */
#include "config.h"

#include <math.h>

#include "core/rng.h"

#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfU
#define MT_UPPER_MASK 0x80000000U
#define MT_LOWER_MASK 0x7fffffffU

/* init_genrand: fill the state from one 32-bit seed. */
void rng_seed(struct rng *rng, uint32_t seed)
{
	rng->mt[0] = seed;
	for (int i = 1; i < RNG_STATE_WORDS; i++) {
		uint32_t prev = rng->mt[i - 1];
		rng->mt[i] = 1812433253U * (prev ^ (prev >> 30)) + (uint32_t)i;
	}
	rng->index = RNG_STATE_WORDS;
	rng->has_gauss = 0;
	rng->gauss = 0.0;
}

/* Make the next 624 words of the sequence. */
static void rng_refill(struct rng *rng)
{
	uint32_t *mt = rng->mt;

	for (int i = 0; i < RNG_STATE_WORDS; i++) {
		uint32_t y = (mt[i] & MT_UPPER_MASK) | (mt[(i + 1) % RNG_STATE_WORDS] & MT_LOWER_MASK);
		uint32_t next = mt[(i + MT_M) % RNG_STATE_WORDS] ^ (y >> 1);
		mt[i] = (y & 1U) ? next ^ MT_MATRIX_A : next;
	}
	rng->index = 0;
}

uint32_t rng_next32(struct rng *rng)
{
	if (rng->index >= RNG_STATE_WORDS)
		rng_refill(rng);

	uint32_t y = rng->mt[rng->index++];
	y ^= y >> 11;
	y ^= (y << 7) & 0x9d2c5680U;
	y ^= (y << 15) & 0xefc60000U;
	y ^= y >> 18;
	return y;
}

/* 27 high bits and 26 more make the 53 bits of a double. */
double rng_random_sample(struct rng *rng)
{
	uint32_t a = rng_next32(rng) >> 5;
	uint32_t b = rng_next32(rng) >> 6;
	return (a * 67108864.0 + b) / 9007199254740992.0;
}

double rng_uniform(struct rng *rng, double low, double high)
{
	double range = high - low; /* rounded first, as numpy does */
	return low + range * rng_random_sample(rng);
}

/* Marsaglia's polar method; the second value of each pair is kept. */
double rng_randn(struct rng *rng)
{
	if (rng->has_gauss) {
		rng->has_gauss = 0;
		return rng->gauss;
	}

	double x1, x2, r2;
	do {
		x1 = 2.0 * rng_random_sample(rng) - 1.0;
		x2 = 2.0 * rng_random_sample(rng) - 1.0;
		r2 = x1 * x1 + x2 * x2;
	} while (r2 >= 1.0 || r2 == 0.0);

	double f = sqrt(-2.0 * log(r2) / r2);
	rng->gauss = f * x1;
	rng->has_gauss = 1;
	return f * x2;
}

/* Masked rejection sampling, as numpy's legacy bounded integers do. */
long rng_randint(struct rng *rng, long low, long high)
{
	uint32_t range = (uint32_t)(high - 1 - low);
	uint32_t mask = range;

	mask |= mask >> 1;
	mask |= mask >> 2;
	mask |= mask >> 4;
	mask |= mask >> 8;
	mask |= mask >> 16;

	uint32_t value;
	do {
		value = rng_next32(rng) & mask;
	} while (value > range);
	return low + (long)value;
}
