#!/usr/bin/env bash
# Installs the Debian packages dekking needs, only when some are missing. Idempotent.
# Usage: scripts/ensure-deps.sh [extra-package ...]
set -euo pipefail

packages=(libxml2-dev libstemmer-dev hunspell-nl libhunspell-dev libxlsxwriter-dev poppler-utils pkg-config "$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
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
