#pragma once
#include <string.h>
struct FakeEEPROM {
  unsigned char bytes[1024] = {0};
  template <typename T> void get(int at, T &value) { memcpy(&value, bytes + at, sizeof(T)); }
  template <typename T> void put(int at, const T &value) { memcpy(bytes + at, &value, sizeof(T)); }
};
extern FakeEEPROM EEPROM;
