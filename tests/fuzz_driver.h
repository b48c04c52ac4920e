/*
 * The half every fuzz target shares (tests/fuzz_*.c). A target defines
 * fuzz_check: the promise an input broke, or NULL. Built for libFuzzer
 * (EDGEVIZ_FUZZING) a broken promise aborts, so the fuzzer keeps the input;
 * in a normal build the program replays the files it is given, the kept
 * corpus, and prints "N checks, N failed" as the other tests do.
 */
#ifndef EDGEVIZ_TESTS_FUZZ_DRIVER_H
#define EDGEVIZ_TESTS_FUZZ_DRIVER_H

#include <stddef.h>

const char *fuzz_check(const unsigned char *data, size_t size);

#endif
