# Shared by scripts/synth and scripts/test (sourced, not run): installs what is missing from
# Debian 12's packages, then configures and builds one build directory.
set -euo pipefail

CDKPP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CDKPP_PACKAGES=(g++ cmake ninja-build pkg-config nlohmann-json3-dev libfmt-dev catch2 libssl-dev libcli11-dev libmimalloc-dev)

cdkpp_install_packages() {
  local missing=()
  for package in "${CDKPP_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]}; run as root or install them with apt-get" >&2
    exit 1
  fi
  echo "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# cdkpp_build <build dir> [cmake options...]
cdkpp_build() {
  local dir="$1"
  shift
  cmake -S "$CDKPP_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}
