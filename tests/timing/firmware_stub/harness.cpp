// Runs the sketch's setup() and then the commands on stdin (see Arduino.h).
#include <map>
#include <stdlib.h>
#include <string.h>
#include "Arduino.h"
#if !defined(ESP32)
#include "EEPROM.h"
FakeEEPROM EEPROM;
#endif

unsigned long fake_millis = 0;
FakeSerial Serial;
static std::map<int, void (*)()> handlers;

void attachInterrupt(int number, void (*handler)(), int) { handlers[number] = handler; }
void setup();
void loop();

int main() {
  setup();
  char line[256];
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == 't') {
      fake_millis = strtoul(line + 2, nullptr, 10);
    } else if (line[0] == 'e') {
      int pin = atoi(line + 2);
      if (handlers.count(pin)) handlers[pin]();
    } else if (line[0] == 'l') {
      loop();
    } else if (line[0] == 's') {
      Serial.input += std::string(line + 2) + "\n";
    }
    fflush(stdout);
  }
  return 0;
}
