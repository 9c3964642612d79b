#!/usr/bin/env bash
# Debian packages the tests need, installed when missing (make test runs this before pytest):
#   postgresql  - a real PostgreSQL server that the test run starts on loopback (tests/conftest.py)
#   chromium    - the browser Playwright drives for the dashboard tests
# Quiet when everything is there; needs root (or sudo) only when something is missing.
set -euo pipefail

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "system_deps: need root to install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg run rather than fail on its lock.
APT=(apt-get -y -qq -o DPkg::Lock::Timeout=600)
echo "system_deps: installing ${missing[*]}" >&2
if ! $SUDO "${APT[@]}" install "${missing[@]}" >/dev/null; then
    # The package lists may be stale or absent on a fresh machine.
    $SUDO "${APT[@]}" update >/dev/null
    $SUDO "${APT[@]}" install "${missing[@]}" >/dev/null
fi
