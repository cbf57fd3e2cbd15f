#include "CPatuhFuzz.h"

/* Present only when libFuzzer is linked in (swift build -Xswiftc -sanitize=fuzzer): the swift
   driver links the whole libFuzzer archive then, and a weak reference stays null otherwise. */
extern int LLVMFuzzerRunDriver(int *argc, char ***argv,
                               int (*callback)(const uint8_t *data, size_t size)) __attribute__((weak));

int patuh_fuzz_run_driver(int *argc, char ***argv, patuh_fuzz_callback callback) {
    if (!LLVMFuzzerRunDriver) return -1;
    return LLVMFuzzerRunDriver(argc, argv, callback);
}

/* libFuzzer's own main() refers to this symbol. That main is never used (SwiftPM defines the
   program's entry point), so this stub only satisfies the linker in a fuzzer build. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    return 0;
}
