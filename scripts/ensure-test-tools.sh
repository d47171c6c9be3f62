#!/usr/bin/env bash
# Installs the system tools the test suite drives for real: Debian's Chromium (npm cannot download
# browsers here), dovecot-sieve's sievec (Sieve validation), xmllint (XML and XSD validation) and
# Thunderbird (reads our filter files and autoconfig as users' Thunderbird does; ~80 MB download,
# ~15 s to install), pff-tools' pffexport (an independent .pst reader, the cross-check of ours) and
# python3 (its standard email parser reads the .eml files we write). Does nothing when present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v sievec >/dev/null 2>&1 || missing+=(dovecot-sieve)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v thunderbird >/dev/null 2>&1 || missing+=(thunderbird)
command -v pffexport >/dev/null 2>&1 || missing+=(pff-tools)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing test tools: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Cannot install ${missing[*]}: not root and no sudo. Install them with apt-get, then rerun." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
