#!/usr/bin/env bash
# The cost a user sees: builds each checkout given `dotnet build --no-incremental` with and without the Guardrails
# package (packed from this working tree into a local feed, as eng/corpus.sh does), in interleaved pairs, and prints the
# wall times, the peak memory of the build's processes, the load average around every build, the medians and the ratio.
# Scratch copies only (the checkouts are never touched). See `eng/perf-build.sh --help` and docs/performance.md.
# Needs the .NET SDK, git, python3 (standard library only) and /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 "$root/eng/perf/perf_build.py" --repo-root "$root" "$@"
