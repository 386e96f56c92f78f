#!/usr/bin/env python3
"""Cross-checks docs/schemas with Python's jsonschema (an independent validator).

The Swift tests (Tests/FlyteLintTests/SchemaTests.swift) check the schemas with our own small
validator; this script repeats the main checks with jsonschema's Draft7Validator:
  - both schemas are valid draft-07 schemas (the metaschema check);
  - every native document of fixtures/ok validates against the manifest schema;
  - fixtures/err manifests with unknown keys or wrong values fail where the Swift test says;
  - every YAML example in README.md, docs/configuration.md and docs/suppressions.md validates
    (a configuration in README.md and configuration.md, or when its first line names
    .flyte-lint.yaml; otherwise a manifest).
YAML is turned into JSON by `flyte-lint dump`, so both sides read the same values.

Usage: validate-schemas.py FLYTE_LINT_BINARY
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Where the schema must reject a fixture (JSON pointers), as in SchemaTests.errFixtureFails.
EXPECTED_VIOLATIONS = {
    "fixtures/err/unknown_keys.yaml": ["/tasks/0/cache_versions", "/tasks/0/retires",
                                       "/tasks/0/metadata/interruptable", "/tasks/1/cache/serialise",
                                       "/workflow"],
    "fixtures/err/timing_and_decks.yaml": ["/tasks/0/timeout", "/tasks/1/timeout", "/tasks/4/retries",
                                           "/tasks/6/retries", "/tasks/7/interruptible",
                                           "/tasks/10/deck_fields/0"],
    "fixtures/err/cache_rules.yaml": ["/tasks/7/cache/policies"],
    "fixtures/err/not_a_manifest.yaml": ["/task"],
}


def documents(binary, path):
    """The documents of a YAML/JSON file, as flyte-lint dump prints them."""
    run = subprocess.run([binary, "dump", path], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"flyte-lint dump {path} failed: {run.stderr.strip()}")
    return [json.loads(line) for line in run.stdout.splitlines()]


def pointer(error_path):
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in error_path)


def violations(validator, document):
    """Every error, with the errors inside failed anyOf branches, as JSON pointers; an unknown
    key is reported at the key (jsonschema reports it at its object)."""
    found = set()
    pending = list(validator.iter_errors(document))
    while pending:
        error = pending.pop()
        found.add(pointer(error.absolute_path))
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = error.schema.get("properties", {})
            found |= {pointer([*error.absolute_path, key]) for key in error.instance if key not in known}
        pending.extend(error.context or [])
    return found


def yaml_blocks(relative):
    with open(os.path.join(ROOT, relative), encoding="utf-8") as f:
        return re.findall(r"^```yaml\n(.*?)^```$", f.read(), re.S | re.M)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    schemas = {}
    for name in ("flyte-manifest", "flyte-lint-config"):
        with open(os.path.join(ROOT, f"docs/schemas/{name}.schema.json"), encoding="utf-8") as f:
            schemas[name] = json.load(f)
        jsonschema.Draft7Validator.check_schema(schemas[name])
    manifest = jsonschema.Draft7Validator(schemas["flyte-manifest"])
    config = jsonschema.Draft7Validator(schemas["flyte-lint-config"])
    failures = []
    checked = 0

    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures/ok/*"))):
        if not path.endswith((".yaml", ".yml", ".json")):
            continue
        for document in documents(binary, path):
            if isinstance(document, dict) and ("tasks" in document or "workflows" in document):
                checked += 1
                for error in manifest.iter_errors(document):
                    failures.append(f"{os.path.relpath(path, ROOT)}: {pointer(error.absolute_path)}: {error.message}")

    for relative, expected in EXPECTED_VIOLATIONS.items():
        found = set()
        for document in documents(binary, os.path.join(ROOT, relative)):
            found |= violations(manifest, document)
        checked += 1
        missing = [p for p in expected if p not in found]
        if missing:
            failures.append(f"{relative}: the schema should reject {missing}; it rejected {sorted(found)}")

    with tempfile.TemporaryDirectory() as scratch:
        for relative in ("README.md", "docs/configuration.md", "docs/suppressions.md"):
            for index, block in enumerate(yaml_blocks(relative)):
                is_config = relative in ("README.md", "docs/configuration.md") \
                    or ".flyte-lint.yaml" in block.split("\n", 1)[0]
                example = os.path.join(scratch, "example.yaml")
                with open(example, "w", encoding="utf-8") as f:
                    f.write(block)
                for document in documents(binary, example):
                    checked += 1
                    for error in (config if is_config else manifest).iter_errors(document):
                        failures.append(f"{relative} example {index + 1}: {pointer(error.absolute_path)}: {error.message}")

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print(f"jsonschema {jsonschema_version()}: both schemas are valid draft-07; {checked} documents judged as expected")


def jsonschema_version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:  # noqa: BLE001 - only for the message
        return "?"


if __name__ == "__main__":
    main()
