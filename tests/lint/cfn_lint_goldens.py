#!/usr/bin/env python3
"""Runs cfn-lint over every *.template.json under a golden directory (recursively, so new
golden scenarios are covered without touching this file) and fails on any finding that is not
ignored below with its reason.

Usage: cfn_lint_goldens.py [GOLDEN_DIR]   (default: tests/golden beside this file)

cfn-lint is run with the interpreter running this script (`cfnlint.runner.main`, what the
`cfn-lint` console script calls; `python3 -m cfnlint` has no __main__), in its default region
us-east-1 with its default rules (errors and warnings).
"""

import fnmatch
import json
import pathlib
import subprocess
import sys

# Findings in any golden: aws-cdk-lib 2.276.0 writes the same, and the goldens must equal its
# output byte for byte, so fixing them here would break parity. {rule id: reason}.
CDK_BEHAVIOUR = {
    "W3045": "'AccessControl' is a legacy property: the access logs bucket sets accessControl "
    "LOG_DELIVERY_WRITE as the design says; aws-cdk-lib renders the same AccessControl and "
    "acknowledges this very rule itself (aws:cdk:acknowledged-rules in its metadata).",
    "W3005": "a Lambda Function's DependsOn names its ServiceRole although Role already GetAtts it: "
    "aws-cdk-lib's Function adds that dependency (and one on the DefaultPolicy) itself.",
}

# (rule id, golden path glob relative to GOLDEN_DIR, why the finding is accepted).
# An entry that no longer matches anything fails the run, so this list cannot go stale.
IGNORED = [
    (
        "E3003",
        "multi_stack/asset/AssetStack.template.json",
        "the core multi_stack 'asset' scenario (tests/core/multi_stack_test.cpp and "
        "tests/parity/multi_stack.js) is a hand-written AWS::Lambda::Function CfnResource "
        "that only exercises asset tokens and has no Role; it is never deployed. "
        "Not library output.",
    ),
    (
        "W6001",
        "multi_stack/two_stacks/Consumer.template.json",
        "the core multi_stack 'two_stacks' scenario outputs a value imported from Producer on "
        "purpose, to pin down how a cross-stack reference renders inside an Output (aws-cdk-lib "
        "2.276.0 renders the same Fn::ImportValue). Not library behaviour to fix.",
    ),
]


def lint(golden_dir, templates):
    command = [
        sys.executable,
        "-c",
        "import sys; from cfnlint.runner import main; sys.exit(main())",
        "--format",
        "json",
        *[str(t) for t in templates],
    ]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    # cfn-lint's exit code is a bit mask of the levels found (2 error, 4 warning, 8 info);
    # 1 or more than 14 means it could not run at all.
    if run.returncode == 1 or run.returncode > 14 or not run.stdout.strip():
        if run.returncode == 0:
            return []
        sys.exit(f"cfn-lint failed to run (exit {run.returncode}):\n{run.stderr}{run.stdout}")
    try:
        return json.loads(run.stdout)
    except json.JSONDecodeError as error:
        sys.exit(f"cfn-lint printed something that is not JSON ({error}):\n{run.stdout}\n{run.stderr}")


def main():
    here = pathlib.Path(__file__).resolve().parent
    golden_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "golden"
    golden_dir = golden_dir.resolve()
    templates = sorted(golden_dir.rglob("*.template.json"))
    if not templates:
        sys.exit(f"no *.template.json under {golden_dir}: wrong directory?")

    findings = lint(golden_dir, templates)
    used = set()
    failures = []
    for finding in findings:
        rule = finding["Rule"]["Id"]
        relative = pathlib.Path(finding["Filename"]).resolve().relative_to(golden_dir).as_posix()
        line = finding["Location"]["Start"]["LineNumber"]
        where = "/".join(str(p) for p in finding["Location"].get("Path") or [])
        text = f"{relative}:{line}: {rule} [{finding['Level']}] {finding['Message']} (at {where})"
        if rule in CDK_BEHAVIOUR:
            print(f"ignored (aws-cdk-lib writes the same): {text}")
            continue
        for index, (ignored_rule, pattern, _reason) in enumerate(IGNORED):
            if rule == ignored_rule and fnmatch.fnmatch(relative, pattern):
                used.add(index)
                print(f"ignored: {text}")
                break
        else:
            failures.append(text)

    stale = [IGNORED[i] for i in range(len(IGNORED)) if i not in used]
    for rule, pattern, _reason in stale:
        failures.append(f"stale ignore: {rule} on {pattern} matched nothing; remove it from IGNORED")

    print(f"cfn-lint {len(templates)} templates under {golden_dir}: "
          f"{len(findings)} findings, {len(failures)} failing")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
