#!/usr/bin/env python3
"""Compares the CloudFormation templates of two cloud assemblies (aws-cdk-lib's, then cdkpp's).

Usage: compare_templates.py LABEL EXPECTED_DIR ACTUAL_DIR

Prints, for the *.template.json files of EXPECTED_DIR (the reference) and ACTUAL_DIR:
whether each file is byte-identical, and which resources (by logical ID) differ, are missing or
are extra; then "N/M templates byte-identical, K/L resources identical". Exit 1 on any difference.
"""

import json
import pathlib
import sys


def load(path):
    data = path.read_bytes()
    return data, json.loads(data)


def main():
    label, expected_dir, actual_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    expected_files = {p.name for p in expected_dir.glob("*.template.json")}
    actual_files = {p.name for p in actual_dir.glob("*.template.json")}
    identical_files = 0
    resources_total = 0
    resources_identical = 0
    for name in sorted(expected_files | actual_files):
        if name not in actual_files:
            print(f"  {name}: missing from cdkpp's assembly")
            resources_total += len(load(expected_dir / name)[1].get("Resources", {}))
            continue
        if name not in expected_files:
            print(f"  {name}: extra in cdkpp's assembly (aws-cdk-lib writes no such file)")
            continue
        expected_bytes, expected = load(expected_dir / name)
        actual_bytes, actual = load(actual_dir / name)
        if expected_bytes == actual_bytes:
            identical_files += 1
        expected_resources = expected.get("Resources", {})
        actual_resources = actual.get("Resources", {})
        differing, missing, extra = [], [], []
        for logical_id, resource in expected_resources.items():
            resources_total += 1
            if logical_id not in actual_resources:
                missing.append(logical_id)
            elif json.dumps(resource) == json.dumps(actual_resources[logical_id]):  # key order counts
                resources_identical += 1
            else:
                differing.append(logical_id)
        extra = [logical_id for logical_id in actual_resources if logical_id not in expected_resources]
        if expected_bytes == actual_bytes:
            print(f"  {name}: byte-identical ({len(expected_resources)} resources)")
            continue
        others = [key for key in dict.fromkeys([*expected, *actual])
                  if key != "Resources" and expected.get(key) != actual.get(key)]
        order = "" if list(expected) == list(actual) else f"; top-level key order {list(expected)} vs {list(actual)}"
        print(f"  {name}: DIFFERENT{order}")
        for title, ids in (("differing", differing), ("missing", missing), ("extra", extra)):
            for logical_id in ids:
                print(f"    {title} resource: {logical_id}")
        for key in others:
            print(f"    differing section: {key}")
        if not (differing or missing or extra or others or order):
            print("    (same JSON, different formatting)")
    files = len(expected_files | actual_files)
    print(f"{label}: {identical_files}/{files} templates byte-identical, "
          f"{resources_identical}/{resources_total} resources identical")
    return 0 if identical_files == files and resources_identical == resources_total else 1


if __name__ == "__main__":
    sys.exit(main())
