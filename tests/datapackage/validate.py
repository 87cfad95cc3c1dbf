"""Validate Frictionless Data Packages with the frictionless library (PyPI `frictionless`).

Usage: python validate.py DESCRIPTOR...   (paths relative to the working directory)

Prints one JSON line per descriptor: {"file", "valid", "rows", "errors": [messages]}.
Exits 0 when every descriptor and its data are valid, 1 otherwise. The same check as
`frictionless validate FILE` for each file, in one process (the library takes seconds to
import, once).
"""

import json
import sys

from frictionless import validate


def main(paths):
    ok = True
    for path in paths:
        report = validate(path, type="package")
        errors = [e.message for e in report.errors]
        rows = 0
        for task in report.tasks:
            errors += [e.message for e in task.errors]
            rows += task.stats.get("rows") or 0
        ok = ok and report.valid
        print(json.dumps({"file": path, "valid": report.valid, "rows": rows, "errors": errors}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
