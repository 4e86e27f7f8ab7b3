#!/usr/bin/env bash
# Synthesizes the CompactConnect example with aws-cdk-lib 2.276.0 (the JS twin app.js beside
# this script) and with cdkpp's compact_connect_synth, for four context variants, and compares
# every template: resources per logical ID, and whole files byte for byte.
#
# Usage: tests/parity/compact_connect/compare.sh [SCRATCH_DIR]
#   SCRATCH_DIR  where aws-cdk-lib@2.276.0, constructs@10 and cdk-nag@2 are installed with npm
#                (skipped when they already resolve from there; default:
#                ${XDG_CACHE_HOME:-~/.cache}/cdkpp/compact_connect_parity)
#   CDKPP_SYNTH  the C++ binary (default: the newest build/*/examples/compact_connect/compact_connect_synth)
# Exit status: 0 when every template of every variant is byte-identical, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
scratch="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/cdkpp/compact_connect_parity}"

# --- aws-cdk-lib, constructs, cdk-nag ----------------------------------------------------------
resolve() {  # prints the node_modules directory a package resolves from, seen from $scratch
  (cd "$scratch" && node -e '
    const p = require("path");
    const pkg = require.resolve(process.argv[1] + "/package.json");
    const v = require(pkg).version;
    if (process.argv[2] && !v.startsWith(process.argv[2])) process.exit(1);
    console.log(p.dirname(p.dirname(pkg)).replace(/\/@[^/]+$/, ""));' "$1" "${2:-}") 2>/dev/null
}
mkdir -p "$scratch"
if ! resolve aws-cdk-lib 2.276.0 >/dev/null || ! resolve constructs 10. >/dev/null || ! resolve cdk-nag 2. >/dev/null; then
  echo "installing aws-cdk-lib@2.276.0 constructs@10 cdk-nag@2 into $scratch"
  [ -f "$scratch/package.json" ] || echo '{"name":"cdkpp-compact-connect-parity","private":true}' >"$scratch/package.json"
  (cd "$scratch" && npm install --no-audit --no-fund --loglevel=error aws-cdk-lib@2.276.0 'constructs@^10' 'cdk-nag@^2')
fi
node_path="$(printf '%s\n' "$(resolve aws-cdk-lib 2.276.0)" "$(resolve constructs 10.)" "$(resolve cdk-nag 2.)" | awk '!seen[$0]++' | paste -sd:)"

# --- the C++ binary ----------------------------------------------------------------------------
synth="${CDKPP_SYNTH:-}"
if [ -z "$synth" ]; then
  synth="$(ls -t "$repo"/build/*/examples/compact_connect/compact_connect_synth 2>/dev/null | head -n 1 || true)"
fi
if [ -z "$synth" ] || [ ! -x "$synth" ]; then
  echo "compact_connect_synth not found: build it (cmake --build build/dev --target compact_connect_synth) or set CDKPP_SYNTH" >&2
  exit 2
fi
synth="$(cd "$(dirname "$synth")" && pwd)/$(basename "$synth")"

work="$(mktemp -d "${TMPDIR:-/tmp}/cdkpp-compact-connect-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "aws-cdk-lib from $node_path"
echo "cdkpp binary $synth"

# name and context pairs of each variant
variants=(
  "sandbox|"
  "prod|environment_name=prod"
  "nobackup|backup_enabled=false"
  "env|account=123456789012 region=us-east-1"
)

status=0
summary=()
for variant in "${variants[@]}"; do
  name="${variant%%|*}"
  pairs="${variant#*|}"
  json="{}" cli_args=()
  if [ -n "$pairs" ]; then
    json="{$(for p in $pairs; do printf '"%s":"%s",' "${p%%=*}" "${p#*=}"; done | sed 's/,$//')}"
    for p in $pairs; do cli_args+=(-c "$p"); done
  fi
  echo "== $name ($json)"
  mkdir -p "$work/$name/run"
  # The JS twin, run the way the cdk CLI runs an app: context in CDK_CONTEXT_JSON, CDK_OUTDIR set.
  (cd "$work/$name/run" && CDK_OUTDIR="$work/$name/cdk" CDK_CONTEXT_JSON="$json" CDK_VALIDATION=false \
     JSII_DEPRECATED=quiet NODE_PATH="$node_path" node "$here/app.js")
  # cdkpp, with the same context on its command line.
  (cd "$work/$name/run" && env -u CDK_CONTEXT_JSON -u CDK_OUTDIR "$synth" -o "$work/$name/cdkpp" ${cli_args[@]+"${cli_args[@]}"})
  if ! result="$(python3 "$here/compare_templates.py" "$name" "$work/$name/cdk" "$work/$name/cdkpp")"; then status=1; fi
  echo "$result"
  summary+=("$(echo "$result" | tail -n 1)")
done

echo
echo "summary:"
printf '  %s\n' "${summary[@]}"
exit "$status"
