#!/usr/bin/env bash
# Runs the Guardrails adoption flow on other people's code: packs Guardrails from this repository with a unique
# prerelease version, then for each checkout given, in a scratch copy (the checkout itself is never touched):
# guardrails init, dotnet build, guardrails baseline, a build with TreatWarningsAsErrors, one injected violation per
# rule family, dotnet test with coverage, guardrails report. Writes per-step exit codes, wall times, counts per rule,
# crashes, a JSON/TSV summary and a fixed-seed sample of findings per rule. See `eng/corpus.sh --help` and
# docs/real-world.md. Needs the .NET SDK, git and python3 (standard library only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 "$root/eng/corpus/corpus.py" --repo-root "$root" "$@"
