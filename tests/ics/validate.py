#!/usr/bin/env python3
"""Read iCalendar files with an independent parser (the `icalendar` package) and print
what it found, one JSON object per event, so tests compare it with what the pages say.

    python3 tests/ics/validate.py FILE.ics [...]

Exits 1 when a file does not parse, a component reports parse errors, or an event lacks
UID, DTSTAMP, DTSTART or SUMMARY, or ends before it starts. `.ci/run` installs the package
in target/ics-venv; tests/events.rs runs this script with that interpreter when it exists.
"""
import json
import sys

import icalendar


def fail(message):
    print(f"ics: {message}", file=sys.stderr)
    sys.exit(1)


def main(paths):
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            calendar = icalendar.Calendar.from_ical(data)
        except ValueError as e:
            fail(f"{path}: does not parse: {e}")
        for key in ("VERSION", "PRODID"):
            if key not in calendar:
                fail(f"{path}: VCALENDAR without {key}")
        for component in calendar.walk():
            if getattr(component, "errors", None):
                fail(f"{path}: {component.name}: {component.errors}")
        for event in calendar.walk("VEVENT"):
            for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
                if key not in event:
                    fail(f"{path}: VEVENT without {key}")
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND") if "DTEND" in event else None
            if end is not None and end < start:
                fail(f"{path}: {event['UID']} ends before it starts")
            summary = event["SUMMARY"]
            print(json.dumps({
                "file": path,
                "uid": str(event["UID"]),
                "summary": str(summary),
                "language": summary.params.get("LANGUAGE", ""),
                "start": start.isoformat(),
                "end": end.isoformat() if end is not None else "",
                "location": str(event.get("LOCATION", "")),
            }, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        fail("usage: validate.py FILE.ics [...]")
    main(sys.argv[1:])
