#!/bin/sh
# Replays every input the weights-parser fuzzer has kept (tests/fuzz/weights)
# through the parser's checks. A crash or a broken promise fails the test.
dir="${top_srcdir:-.}/tests/fuzz/weights"
exec "${top_builddir:-.}/tests/fuzz_weights" "$dir"/*
