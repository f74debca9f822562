#!/usr/bin/env bash
# Runs every test: unit, analyzer, task, CLI and end-to-end (`dotnet test Guardrails.sln`). One test renders the HTML
# report in headless Chromium; on Debian/Ubuntu the browser is installed first when it is missing (needs root or sudo).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z "${GUARDRAILS_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null \
   && ! command -v google-chrome >/dev/null && command -v apt-get >/dev/null; then
  echo "== installing Debian's chromium for the HTML report test"
  sudo=""; ((EUID == 0)) || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium >/dev/null
fi
exec dotnet test Guardrails.sln -nologo "$@"
