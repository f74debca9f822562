#!/usr/bin/env bash
# Runs the real-code benchmarks (tests/Guardrails.Benchmarks/RealCode) on a scratch copy of a checkout: copies the
# checkout once (cp -a) to $GUARDRAILS_BENCH_WORK/<name> (default /work/bench/real-code/<name>), runs
# eng/perf/hooks/<name>.sh there if it exists (the local edits a repository needs to restore on this machine), then
# dotnet run -c Release --project tests/Guardrails.Benchmarks with GUARDRAILS_BENCH_* set. See docs/performance.md,
# "On real code".
#
#   eng/perf-real-code.sh CHECKOUT 'PROJECT[;PROJECT...]' FRAMEWORK [CASES|all] -- BENCHMARKDOTNET ARGS...
#
# CASES: NoOp, RS0030, AllGuardrails and Guardrails analyzer type names, separated by commas (default all). Example:
#   eng/perf-real-code.sh /work/corpus/CsvHelper 'src/CsvHelper/CsvHelper.csproj;tests/CsvHelper.Tests/CsvHelper.Tests.csproj' net8.0 all \
#     -- --filter '*RealCodeAnalyzer*' --warmupCount 1 --iterationCount 2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 3 || "$1" == "--help" || "$1" == "-h" ]]; then
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
checkout="$(cd "$1" && pwd)"; projects="$2"; framework="$3"; shift 3
cases="all"
if [[ $# -gt 0 && "$1" != "--" ]]; then cases="$1"; shift; fi
[[ $# -gt 0 && "$1" == "--" ]] && shift
name="$(basename "$checkout")"
work="${GUARDRAILS_BENCH_WORK:-/work/bench/real-code}"
copy="$work/$name"
if [[ ! -d "$copy" ]]; then
  mkdir -p "$work"
  cp -a "$checkout" "$copy"
  if [[ -f "$root/eng/perf/hooks/$name.sh" ]]; then
    (cd "$copy" && bash "$root/eng/perf/hooks/$name.sh")
  fi
fi
export GUARDRAILS_BENCH_REPO="$copy" GUARDRAILS_BENCH_PROJECT="$projects" GUARDRAILS_BENCH_FRAMEWORK="$framework"
if [[ "$cases" != "all" ]]; then export GUARDRAILS_BENCH_ANALYZERS="$cases"; fi
cd "$root"
exec dotnet run -c Release --project tests/Guardrails.Benchmarks -- "$@"
