#ifndef GONGKAI_CSHA256_H
#define GONGKAI_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// The 64 round constants of FIPS 180-4 §4.2.2 (both the C and the Swift compression use them).
extern const uint32_t gongkai_sha256_k[64];

/// Whether this processor has the SHA-256 instructions (x86-64 SHA extensions with SSSE3 and
/// SSE4.1) that `gongkai_sha256_blocks` uses (asks the processor: call it once). Always 0 on
/// other processors.
int gongkai_sha256_hardware(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (FIPS 180-4 §6.2.2) with the SHA
/// instructions. Call only when `gongkai_sha256_hardware()` is 1 (elsewhere it does nothing).
void gongkai_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
