#!/usr/bin/env bash
# Times the aws-cdk-lib twin of the CompactConnect example (tests/parity/compact_connect/app.js)
# for provider_stacks = 1, 10, 100 (and any counts given as arguments, e.g. 1000), with
# aws-cdk-lib's synth-time validation off (CDK_VALIDATION=false) and on, using /usr/bin/time -v:
# wall-clock time and peak RSS of `node app.js`, run the way the cdk CLI runs an app.
#
# Usage: tests/benchmarks/run_cdk_twin.sh [EXTRA_COUNT...]
#   NODE_PATH    must let node resolve aws-cdk-lib 2.276.0, constructs 10 and cdk-nag 2
#                (e.g. the scratch folder tests/parity/compact_connect/compare.sh installs into)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app="$here/../parity/compact_connect/app.js"
counts=(1 10 100 "$@")
[ -x /usr/bin/time ] || { echo "/usr/bin/time (GNU time) is required" >&2; exit 2; }
node -e 'require("aws-cdk-lib"); require("constructs"); require("cdk-nag")' 2>/dev/null || {
  echo "node cannot load aws-cdk-lib/constructs/cdk-nag: set NODE_PATH (see the header of this script)" >&2
  exit 2
}

work="$(mktemp -d "${TMPDIR:-/tmp}/cdkpp-cdk-twin-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

printf '%-16s %-14s %12s %14s %10s %10s\n' provider_stacks CDK_VALIDATION wall_seconds peak_rss_MiB stacks resources
for count in "${counts[@]}"; do
  for validation in false true; do
    run="$work/$count-$validation"
    mkdir -p "$run"
    if ! (cd "$run" && CDK_OUTDIR="$run/cdk.out" CDK_CONTEXT_JSON="{\"provider_stacks\":\"$count\"}" \
          CDK_VALIDATION="$validation" JSII_DEPRECATED=quiet \
          /usr/bin/time -v -o "$run/time.txt" node "$app" >"$run/stdout.txt" 2>"$run/stderr.txt"); then
      echo "provider_stacks=$count CDK_VALIDATION=$validation failed:" >&2
      tail -n 20 "$run/stderr.txt" >&2
      exit 1
    fi
    read -r wall rss < <(awk -F': ' '
      /Elapsed \(wall clock\) time/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
      /Maximum resident set size/ { rss = $2 / 1024 }
      END { printf "%.2f %.1f\n", wall, rss }' "$run/time.txt")
    read -r stacks resources < <(python3 - "$run/cdk.out" <<'PY'
import json, pathlib, sys
templates = list(pathlib.Path(sys.argv[1]).glob("*.template.json"))
print(len(templates), sum(len(json.loads(t.read_text()).get("Resources", {})) for t in templates))
PY
)
    printf '%-16s %-14s %12s %14s %10s %10s\n' "$count" "$validation" "$wall" "$rss" "$stacks" "$resources"
    # The output stays until the end: on ext4 without a journal, files freed in the last
    # minute make the next run's file creation slower (see compare_with_cdk.sh).
  done
done
echo "(stacks counts template files, nested ones included; resources sums all of them)"
