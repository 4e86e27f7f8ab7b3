"""Fails when a Catch2 test name would break catch_discover_tests.

CMake keeps the discovered names in a list: a ';' splits a name, and an unmatched '[' or ']'
merges it with its neighbours, into ctest entries whose filters match nothing, so those
tests stop running while ctest reports success. A name starting with '-' reaches the test
executable as one of Catch2's options ("-o ..." ran every test with its output sent to a
file, "--help ..." printed the usage). Each test executable given on the command line is
asked for its names, and every bad one is listed.
"""
import subprocess
import sys


def balanced_brackets(name):
    depth = 0
    for c in name:
        depth += {"[": 1, "]": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def bad_names(executable):
    # Catch2 v2 exits with the number of tests listed, so only a crash counts as failure.
    listed = subprocess.run([executable, "--list-test-names-only"], capture_output=True, text=True, check=False)
    if listed.returncode < 0:
        raise RuntimeError(f"{executable} --list-test-names-only died with signal {-listed.returncode}")
    for name in listed.stdout.splitlines():
        if not name:
            continue
        if ";" in name or name.startswith("-") or not balanced_brackets(name):
            yield name


def main(executables):
    if not executables:
        print("usage: check_test_names.py TEST_EXECUTABLE...", file=sys.stderr)
        return 2
    found = 0
    for executable in executables:
        for name in bad_names(executable):
            found += 1
            print(f"{executable}: test name {name!r} breaks ctest discovery; "
                  "fix: no ';' or unmatched '[' in the name, and no '-' at its start")
    print(f"{len(executables)} test executables checked, {found} bad names")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
