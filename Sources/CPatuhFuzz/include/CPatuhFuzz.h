#ifndef PATUH_CPATUHFUZZ_H
#define PATUH_CPATUHFUZZ_H

#include <stddef.h>
#include <stdint.h>

/* One fuzz target: libFuzzer's callback shape. */
typedef int (*patuh_fuzz_callback)(const uint8_t *data, size_t size);

/* Runs libFuzzer's driver on `callback` when the program was linked with -sanitize=fuzzer,
   and returns its result; returns -1 at once in a plain build, which has no libFuzzer. */
int patuh_fuzz_run_driver(int *argc, char ***argv, patuh_fuzz_callback callback);

#endif
