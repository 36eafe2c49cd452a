// DREM lap sensor: reference firmware for an Arduino (Uno, Nano, Leonardo) or an ESP32 board.
//
// Two pressure strips or IR break-beams (through their comparator boards) on two interrupt pins.
// Every trigger is stamped with millis() inside the interrupt and printed as one line of the DREM
// sensor protocol (docs/timing-protocol.md), 115200 baud:
//
//   DREM BOOT device=drem-lapsensor fw=1.1.0 sensors=2 boot=1A2B3C4D seq=0~hhhh   once at power-up
//   DREM LAP seq=1 ms=52310 sensor=1 boot=1A2B3C4D~hhhh                          one per trigger
//   DREM HB seq=1 ms=53000 boot=1A2B3C4D~hhhh                                    every second
//
// "~hhhh" is the CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) of every character before '~', in
// four upper-case hex digits (firmware 1.0 sent "*hh", an XOR, which misses two-bit errors; the app
// still accepts it from old boards). The host may send
// "DREM HELLO" (answered with the boot line) and "DREM RESEND boot=<id> seq=<n>" (re-prints every
// trigger from sequence n that is still in the ring of the last 32).
//
// Two inputs are wired below (onSensor1/onSensor2); for one strip, leave the second pin unconnected
// (the pull-up keeps it quiet) or remove its attachInterrupt line and set SENSOR_PINS to one pin.
//
// Wiring: sensor board OUT (or DO) -> pin, GND -> GND, VCC -> 5V (Arduino) or 3V3 (ESP32).
//   Arduino Uno/Nano: strip 1 -> D2, strip 2 -> D3.   ESP32: strip 1 -> GPIO25, strip 2 -> GPIO26.
// The pins use the internal pull-up; a trigger is the output going LOW (FALLING edge), which is what
// LM393 comparator boards and IR break-beam receivers do when pressed / interrupted.

#include <Arduino.h>
#if defined(ESP32)
#include <esp_system.h>
#else
#include <EEPROM.h>
#endif
#include <stdio.h>
#include <string.h>

static const char DEVICE[] = "drem-lapsensor";
static const char FIRMWARE[] = "1.1.0";
#if defined(ESP32)
static const uint8_t SENSOR_PINS[] = {25, 26};
#else
static const uint8_t SENSOR_PINS[] = {2, 3};
#endif
static const uint8_t SENSOR_COUNT = sizeof(SENSOR_PINS) / sizeof(SENSOR_PINS[0]);
// One strip's electrical contact bounce, per pin. NOT the lap debounce: two strips, or both axles
// of a car, still make separate triggers; the app keeps them all and decides.
static const unsigned long BOUNCE_MS = 10;
static const unsigned long HEARTBEAT_MS = 1000;
static const uint8_t QUEUE_SIZE = 16;  // power of two
static const uint8_t RING_SIZE = 32;

#if defined(ESP32)
static portMUX_TYPE queueMux = portMUX_INITIALIZER_UNLOCKED;
#define ENTER_CRITICAL() portENTER_CRITICAL(&queueMux)
#define EXIT_CRITICAL() portEXIT_CRITICAL(&queueMux)
#define ISR_ENTER_CRITICAL() portENTER_CRITICAL_ISR(&queueMux)  // loop() may run on the other core
#define ISR_EXIT_CRITICAL() portEXIT_CRITICAL_ISR(&queueMux)
#define ISR_ATTR IRAM_ATTR
#else
#define ENTER_CRITICAL() noInterrupts()
#define EXIT_CRITICAL() interrupts()
#define ISR_ENTER_CRITICAL()  // AVR interrupts run with interrupts disabled
#define ISR_EXIT_CRITICAL()
#define ISR_ATTR
#endif

struct Trigger {
  uint32_t seq;
  uint32_t ms;
  uint8_t sensor;
};

// Filled by the interrupts, emptied by loop(). The sequence number is taken in the interrupt, so a
// trigger lost to a full queue still leaves a gap the host notices.
static volatile Trigger queue[QUEUE_SIZE];
static volatile uint8_t queueHead = 0;
static volatile uint8_t queueTail = 0;
static volatile uint32_t lastSeq = 0;
static volatile uint32_t lastEdgeMs[SENSOR_COUNT];
static volatile bool edgeSeen[SENSOR_COUNT];

static Trigger ring[RING_SIZE];
static uint8_t ringCount = 0;
static uint8_t ringNext = 0;
static uint32_t bootId = 0;
static unsigned long lastHeartbeatMs = 0;
static char command[48];
static uint8_t commandLength = 0;
static bool commandOverflow = false;

static void ISR_ATTR onEdge(uint8_t index) {
  uint32_t now = millis();
  if (edgeSeen[index] && now - lastEdgeMs[index] < BOUNCE_MS) {
    return;
  }
  edgeSeen[index] = true;
  lastEdgeMs[index] = now;
  ISR_ENTER_CRITICAL();
  lastSeq = lastSeq + 1;
  uint8_t next = (queueHead + 1) & (QUEUE_SIZE - 1);
  if (next != queueTail) {  // when full, the sequence number is spent and the host reports the gap
    queue[queueHead].seq = lastSeq;
    queue[queueHead].ms = now;
    queue[queueHead].sensor = index + 1;
    queueHead = next;
  }
  ISR_EXIT_CRITICAL();
}

static void ISR_ATTR onSensor1() { onEdge(0); }
static void ISR_ATTR onSensor2() { onEdge(1); }

static uint16_t crc16(const char *body) {
  uint16_t crc = 0xFFFF;
  for (const char *p = body; *p; ++p) {
    crc ^= (uint16_t)((uint8_t)*p) << 8;
    for (uint8_t bit = 0; bit < 8; ++bit) {
      crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x1021) : (uint16_t)(crc << 1);
    }
  }
  return crc;
}

static void sendLine(const char *body) {
  char tail[6];
  snprintf(tail, sizeof tail, "~%04X", (unsigned)crc16(body));
  Serial.print(body);
  Serial.println(tail);
}

static uint32_t currentSeq() {
  ENTER_CRITICAL();
  uint32_t seq = lastSeq;
  EXIT_CRITICAL();
  return seq;
}

static void sendBoot() {
  char body[100];
  snprintf(body, sizeof body, "DREM BOOT device=%s fw=%s sensors=%u boot=%08lX seq=%lu", DEVICE, FIRMWARE,
           (unsigned)SENSOR_COUNT, (unsigned long)bootId, (unsigned long)currentSeq());
  sendLine(body);
}

static void sendLap(const Trigger &t) {
  char body[80];
  snprintf(body, sizeof body, "DREM LAP seq=%lu ms=%lu sensor=%u boot=%08lX", (unsigned long)t.seq,
           (unsigned long)t.ms, (unsigned)t.sensor, (unsigned long)bootId);
  sendLine(body);
}

static void sendHeartbeat(unsigned long now) {
  char body[80];
  snprintf(body, sizeof body, "DREM HB seq=%lu ms=%lu boot=%08lX", (unsigned long)currentSeq(),
           (unsigned long)now, (unsigned long)bootId);
  sendLine(body);
}

static uint32_t makeBootId() {
#if defined(ESP32)
  return esp_random();
#else
  // A boot counter in EEPROM (different on every power-up) plus some analog noise (different between
  // boards that happen to share a counter value).
  uint16_t counter = 0;
  EEPROM.get(0, counter);
  counter = counter + 1;
  EEPROM.put(0, counter);
  uint16_t noise = 0;
  for (uint8_t i = 0; i < 16; ++i) {
    noise = (noise << 1) ^ (analogRead(A0) & 1) ^ (micros() & 1);
  }
  return ((uint32_t)counter << 16) | noise;
#endif
}

static void resendFrom(uint32_t first) {
  uint8_t start = (ringNext + RING_SIZE - ringCount) % RING_SIZE;
  for (uint8_t i = 0; i < ringCount; ++i) {
    const Trigger &t = ring[(start + i) % RING_SIZE];
    if (t.seq >= first) {
      sendLap(t);
    }
  }
}

static void handleCommand(const char *line) {
  unsigned long boot = 0;
  unsigned long first = 0;
  if (strcmp(line, "DREM HELLO") == 0) {
    sendBoot();
  } else if (sscanf(line, "DREM RESEND boot=%8lX seq=%lu", &boot, &first) == 2 && boot == bootId) {
    resendFrom(first);
  }
}

static void readCommands() {
  while (Serial.available() > 0) {
    int c = Serial.read();
    if (c == '\r') {
      continue;
    }
    if (c == '\n') {
      command[commandLength] = '\0';
      if (!commandOverflow) {
        handleCommand(command);
      }
      commandLength = 0;
      commandOverflow = false;
    } else if (commandLength < sizeof(command) - 1) {
      command[commandLength++] = (char)c;
    } else {
      commandOverflow = true;
    }
  }
}

void setup() {
  Serial.begin(115200);
  bootId = makeBootId();
  for (uint8_t i = 0; i < SENSOR_COUNT; ++i) {
    pinMode(SENSOR_PINS[i], INPUT_PULLUP);
  }
  attachInterrupt(digitalPinToInterrupt(SENSOR_PINS[0]), onSensor1, FALLING);
  attachInterrupt(digitalPinToInterrupt(SENSOR_PINS[1]), onSensor2, FALLING);
  Serial.println("# DREM lap sensor: see docs/timing-protocol.md");
  sendBoot();
  lastHeartbeatMs = millis();
}

void loop() {
  for (;;) {
    Trigger t;
    ENTER_CRITICAL();
    bool empty = queueTail == queueHead;
    if (!empty) {
      t.seq = queue[queueTail].seq;
      t.ms = queue[queueTail].ms;
      t.sensor = queue[queueTail].sensor;
      queueTail = (queueTail + 1) & (QUEUE_SIZE - 1);
    }
    EXIT_CRITICAL();
    if (empty) {
      break;
    }
    ring[ringNext] = t;
    ringNext = (ringNext + 1) % RING_SIZE;
    if (ringCount < RING_SIZE) {
      ++ringCount;
    }
    sendLap(t);
  }
  unsigned long now = millis();
  if (now - lastHeartbeatMs >= HEARTBEAT_MS) {
    lastHeartbeatMs += HEARTBEAT_MS;
    if (now - lastHeartbeatMs >= HEARTBEAT_MS) {
      lastHeartbeatMs = now;  // we were busy for a long time: do not send a burst
    }
    sendHeartbeat(now);
  }
  readCommands();
}
