// Just enough of the Arduino core to run the reference sketch on the build machine (test only).
// The test drives it through stdin: "t <ms>" sets millis(), "e <pin>" fires that pin's interrupt,
// "l" runs loop() once, "s <text>" sends a line to the sketch's Serial.
#pragma once
#include <stdint.h>
#include <stdio.h>
#include <string>

#define FALLING 2
#define INPUT_PULLUP 2
#define A0 14

extern unsigned long fake_millis;
inline unsigned long millis() { return fake_millis; }
inline unsigned long micros() { return fake_millis * 1000UL + 7; }
inline int analogRead(int) { return (int)(fake_millis * 2654435761UL >> 7) & 1023; }
inline void pinMode(int, int) {}
inline void noInterrupts() {}
inline void interrupts() {}
inline int digitalPinToInterrupt(int pin) { return pin; }
void attachInterrupt(int number, void (*handler)(), int mode);

class FakeSerial {
 public:
  std::string input;
  void begin(unsigned long) {}
  int available() { return (int)input.size(); }
  int read() {
    if (input.empty()) return -1;
    int c = (unsigned char)input[0];
    input.erase(0, 1);
    return c;
  }
  void print(const char *s) { fputs(s, stdout); }
  void println(const char *s) {
    fputs(s, stdout);
    fputs("\r\n", stdout);
  }
};
extern FakeSerial Serial;

#if defined(ESP32)
typedef int portMUX_TYPE;
#define portMUX_INITIALIZER_UNLOCKED 0
#define portENTER_CRITICAL(m) ((void)(m))
#define portEXIT_CRITICAL(m) ((void)(m))
#define portENTER_CRITICAL_ISR(m) ((void)(m))
#define portEXIT_CRITICAL_ISR(m) ((void)(m))
#define IRAM_ATTR
#endif
