#!/usr/bin/env bash
# Installs the system tools the test suite drives for real: Debian's Chromium (npm cannot download
# browsers here), dovecot-sieve's sievec (Sieve validation), xmllint (XML and XSD validation) and
# Thunderbird (reads our filter files and autoconfig as users' Thunderbird does; ~80 MB download,
# ~15 s to install), dovecot's IMAP server (the IMAP sign-in test signs in to it), dnsmasq (a DNS
# server on loopback for the provider-from-DNS tests; the -base package starts no service), openssl
# (the test IMAP server's certificate), Redis and nginx (several MailBridge instances sharing state
# behind a reverse proxy), pff-tools' pffexport (an independent .pst reader, the cross-check of
# ours) and python3 (its standard email parser reads the .eml files we write). The tests start their
# own servers on free ports, so the packages' services are not needed. Does nothing when present.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v sievec >/dev/null 2>&1 || missing+=(dovecot-sieve)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v thunderbird >/dev/null 2>&1 || missing+=(thunderbird)
[ -x /usr/lib/dovecot/imap-login ] || missing+=(dovecot-imapd)
command -v dnsmasq >/dev/null 2>&1 || [ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq-base)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
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
# Debian starts a daemon when its package is installed (invoke-rc.d); policy-rc.d's 101 says "not now".
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  trap '$sudo rm -f "$policy"' EXIT
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
