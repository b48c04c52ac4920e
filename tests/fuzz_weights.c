/*
 * The weights parser under a fuzzer, and the replay of what the fuzzer found.
 *
 * Built with --enable-fuzzing (clang's libFuzzer), this is a fuzz target:
 *	./tests/fuzz_weights tests/fuzz/weights
 * Built normally, it is a test that parses every file named on its command
 * line (the kept corpus) and checks the parser's promises on each: it either
 * loads a network with a hidden size in range and finite numbers, or refuses
 * with a "name:line: reason" message and leaves the network untouched.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/weights_file.h"
#include "fuzz_driver.h"

/* Parse one input: NULL if it kept every promise, else the one it broke. */
static const char *check_one(const char *data, size_t size)
{
	struct network net, before;
	char err[512] = "";

	memset(&net, 0x5a, sizeof(net));
	before = net;
	if (weights_parse(&net, data, size, "input", err, sizeof(err)) == 0) {
		if (net.hidden < NETWORK_MIN_HIDDEN || net.hidden > NETWORK_MAX_HIDDEN ||
		    !network_is_finite(&net))
			return "loaded out of range or not finite";
		return NULL;
	}
	if (strncmp(err, "input:", 6) != 0)
		return "refused without 'input:LINE:'";
	if (memcmp(&net, &before, sizeof(net)) != 0)
		return "refused, but the network changed";
	return NULL;
}

/* The promise an input broke, or NULL (tests/fuzz_driver.h). */
const char *fuzz_check(const unsigned char *data, size_t size)
{
	return check_one((const char *)data, size);
}
