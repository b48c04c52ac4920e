#!/bin/sh
# Replays every input the data-file fuzzer has kept (tests/fuzz/data)
# through the parser's checks. A crash or a broken promise fails the test.
dir="${top_srcdir:-.}/tests/fuzz/data"
exec "${top_builddir:-.}/tests/fuzz_data" "$dir"/*
