#!/bin/sh
# Replays every input the recording-parser fuzzer has kept
# (tests/fuzz/recording) through the loader's checks. A crash or a broken
# promise fails the test.
dir="${top_srcdir:-.}/tests/fuzz/recording"
exec "${top_builddir:-.}/tests/fuzz_recording" "$dir"/*
