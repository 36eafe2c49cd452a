#pragma once
#include <stdint.h>
inline uint32_t esp_random() { return 0xC0FFEE42u; }
