#!/usr/bin/env bash
# Prints cdkpp's synthesis figures (synth_benchmark) beside aws-cdk-lib's for the same app
# (tests/parity/compact_connect/app.js, validation off) and the speed-up, for
# provider_stacks = 1, 10, 100 (and any counts given). Without Node it prints cdkpp's only.
#
# Usage: tests/benchmarks/compare_with_cdk.sh [EXTRA_COUNT...]
#   CDKPP_BENCHMARK  the synth_benchmark binary (default: an optimized one, configured and
#                    built in build/bench; the test build is unoptimized and sanitized)
#   NODE_PATH        lets node resolve aws-cdk-lib 2.276.0, constructs 10 and cdk-nag 2
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
counts=(1 10 100 "$@")

bench="${CDKPP_BENCHMARK:-}"
if [ -z "$bench" ]; then
  cmake -S "$root" -B "$root/build/bench" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCDKPP_BUILD_TESTS=ON >/dev/null
  cmake --build "$root/build/bench" --target synth_benchmark >/dev/null
  bench="$root/build/bench/tests/benchmarks/synth_benchmark"
fi

node_ready=true
if ! command -v node >/dev/null || ! node -e 'require("aws-cdk-lib"); require("cdk-nag")' 2>/dev/null; then
  node_ready=false
fi

# Every output stays until the end: this VM's ext4 (no journal) skips inodes freed in the last
# minute when it creates files, so a deletion would slow whichever run comes next. aws-cdk-lib
# runs first, while no file has been deleted; synth_benchmark deletes its own outputs only
# after its last run.
work="$(mktemp -d "${TMPDIR:-/tmp}/cdkpp-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if $node_ready; then
  for count in "${counts[@]}"; do
    (cd "$work" && CDK_OUTDIR="$work/out-$count" CDK_CONTEXT_JSON="{\"provider_stacks\":\"$count\"}" \
       CDK_VALIDATION=false JSII_DEPRECATED=quiet \
       /usr/bin/time -f "%e %M" -o "$work/time-$count" node "$root/tests/parity/compact_connect/app.js" >/dev/null)
  done
fi

echo "cdkpp ($bench):"
cpp_table="$("$bench" --repeat 3 "${counts[@]}")"
echo "$cpp_table"

if ! $node_ready; then
  echo "node or aws-cdk-lib not available: no comparison (see tests/benchmarks/run_cdk_twin.sh)"
  exit 0
fi

echo
printf '| provider_stacks | aws-cdk-lib time | aws-cdk-lib peak RSS | cdkpp time | speed-up |\n|---:|---:|---:|---:|---:|\n'
for count in "${counts[@]}"; do
  read -r node_seconds node_kib < "$work/time-$count"
  cpp_seconds="$(echo "$cpp_table" | awk -F'|' -v n="$count" '$2+0 == n { gsub(/[ s]/, "", $5); print $5 }')"
  awk -v n="$count" -v ns="$node_seconds" -v nk="$node_kib" -v cs="$cpp_seconds" 'BEGIN {
    printf "| %d | %.2f s | %.0f MiB | %.3f s | %.0fx |\n", n, ns, nk / 1024, cs, (cs > 0 ? ns / cs : 0) }'
done
echo "(aws-cdk-lib: one run of node app.js, process wall time; cdkpp: best of 3 synthesis runs)"
