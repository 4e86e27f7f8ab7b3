#!/usr/bin/env bash
# Regenerate the parity reference data in tests/parity/reference/ from aws-cdk-lib.
#
#   tests/parity/run.sh [SCRATCH_DIR]          # regenerate reference/
#   tests/parity/run.sh --check [SCRATCH_DIR]  # regenerate into a temp dir and diff against reference/
#
# SCRATCH_DIR (default: a fresh mktemp dir) receives `npm install aws-cdk-lib@2.276.0
# constructs@10.8.1`; the install is skipped when SCRATCH_DIR/node_modules already holds
# exactly these versions. Only Node + npm are needed; the C++ build never runs this.
set -euo pipefail

AWS_CDK_LIB_VERSION=2.276.0
CONSTRUCTS_VERSION=10.8.1

check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="${1:-$(mktemp -d -t cdkpp-parity-XXXXXX)}"
mkdir -p "$scratch"
scratch="$(cd "$scratch" && pwd)"

installed_version() {
  node -e "try{console.log(require('$scratch/node_modules/$1/package.json').version)}catch(e){}"
}
if [[ "$(installed_version aws-cdk-lib)" != "$AWS_CDK_LIB_VERSION" || "$(installed_version constructs)" != "$CONSTRUCTS_VERSION" ]]; then
  npm install --prefix "$scratch" --no-audit --no-fund --no-save \
    "aws-cdk-lib@$AWS_CDK_LIB_VERSION" "constructs@$CONSTRUCTS_VERSION"
fi

export NODE_PATH="$scratch/node_modules"
if [[ $check == 1 ]]; then
  out="$(mktemp -d -t cdkpp-parity-check-XXXXXX)"
  export PARITY_REFERENCE_DIR="$out"
else
  out="$here/reference"
  unset PARITY_REFERENCE_DIR || true
fi

cd "$repo"
generators=(unique_ids token_join to_json_string arns stack_basics l1_rendering tags hello fingerprints multi_stack iam kms sns s3 logs lambda events_targets backup cloudwatch events cognito)
for g in "${generators[@]}"; do
  node "tests/parity/$g.js"
done

if [[ $check == 1 ]]; then
  if diff -r "$here/reference" "$out"; then
    echo "OK: regenerated reference data is byte-identical to tests/parity/reference/"
    rm -rf "$out"
  else
    echo "MISMATCH: see diff above (regenerated copy kept in $out)" >&2
    exit 1
  fi
fi
