#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are there for the browser test (InspectionPageBrowserTest).
# Run by Maven (exec-maven-plugin, before the tests of pith-server) and safe to run by hand.
# It installs nothing when both are present; it never fails the build itself: when it cannot install, the browser
# test fails later with a message that says what is missing and how to install it.
set -uo pipefail

chromium=/usr/bin/chromium
driver=/usr/bin/chromedriver

if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi

echo "pith-server: Chromium or ChromeDriver is missing; installing Debian's chromium and chromium-driver" >&2
if ! command -v apt-get >/dev/null 2>&1; then
  echo "pith-server: apt-get not found: install Chromium and ChromeDriver at $chromium and $driver by hand" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "pith-server: not root and no password-less sudo: run 'apt-get install -y chromium chromium-driver' as root" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# a package list older than the archive gives 404s: refresh it first (quietly), then install
$sudo apt-get update -qq >/dev/null 2>&1 || echo "pith-server: apt-get update failed; trying the install anyway" >&2
if ! $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; then
  echo "pith-server: 'apt-get install chromium chromium-driver' failed (see above)" >&2
  exit 0
fi
echo "pith-server: installed $("$chromium" --version 2>/dev/null) and $("$driver" --version 2>/dev/null | cut -d' ' -f1-2)" >&2
exit 0
