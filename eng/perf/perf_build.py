"""With/without-package build timing for eng/perf-build.sh (see its header and docs/performance.md)."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))
from corpus import configure_feed, git, log, pack, resolve_hook  # noqa: E402  (the packing and feed set-up eng/corpus.sh uses)

HELP_EPILOG = """
Each CHECKOUT is copied twice (cp -a) under --work: <name>-without and <name>-with. Both build the same way; the "with"
copy gets, through a file imported with -p:CustomAfterMicrosoftCommonTargets (no project file changes), a
PackageReference to Guardrails (a PackageVersion too under central package management), the local feed in its
nuget.config, and a guardrails.json at its root: the rule severities `guardrails init` writes and the same 30 banned APIs
as the benchmarks (tests/Guardrails.Benchmarks/Analyzers/BannedApiAnalyzersPeer.cs). Each copy is built once untimed
(restore, first-run costs), then --runs pairs are timed, the order alternating (without/with, with/without, ...).

Every build (with --ci, under CI=true): dotnet build TARGET --no-incremental -c Release -nodeReuse:false -p:UseSharedCompilation=false
-p:TreatWarningsAsErrors=false [-f FRAMEWORK], under /usr/bin/time (elapsed seconds; maximum resident set of the
largest process of the build: without node reuse or the compiler server every MSBuild node and csc is a child).

Example:
  eng/perf-build.sh --runs 5 /work/corpus/CsvHelper::src/CsvHelper/CsvHelper.csproj::net8.0
"""

POLICY = """{
  "rules": {
    "GR0001": "error",
    "GR0002": "warning",
    "GR0003": "warning",
    "dependencies": "warning",
    "coverage": "warning",
    "review": "warning",
    "GR3007": "suggestion",
    "testIntegrity": "warning",
    "GR1101": "warning"
  },
  "apis": {
    "banned": BANNED
  }
}
"""

HOOK = """<Project>
  <!-- Injected by eng/perf-build.sh: the Guardrails package in the "with" copy; nothing in the "without" copy. -->
  <ItemGroup Condition="'$(GuardrailsPerfVersion)' != '' and '$(ManagePackageVersionsCentrally)' != 'true'">
    <PackageReference Include="Guardrails" Version="$(GuardrailsPerfVersion)" PrivateAssets="all" />
  </ItemGroup>
  <ItemGroup Condition="'$(GuardrailsPerfVersion)' != '' and '$(ManagePackageVersionsCentrally)' == 'true'">
    <PackageVersion Include="Guardrails" Version="$(GuardrailsPerfVersion)" />
    <PackageReference Include="Guardrails" PrivateAssets="all" />
  </ItemGroup>
</Project>
"""


def banned_entries(repo_root: Path) -> list[str]:
    """The 30 entries of the benchmarks' BannedSymbols.txt, read from the C# source so that both stay the same list."""
    source = (repo_root / "tests/Guardrails.Benchmarks/Analyzers/BannedApiAnalyzersPeer.cs").read_text(encoding="utf-8")
    block = source.split('public const string Entries = """', 1)[1].split('"""', 1)[0]
    entries = [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("//")]
    if len(entries) != 30:
        sys.exit(f"expected 30 banned entries in BannedApiAnalyzersPeer.cs, found {len(entries)}")
    return entries


def load_average() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def main() -> int:
    parser = argparse.ArgumentParser(prog="eng/perf-build.sh", description="Build checkouts with and without the Guardrails package, interleaved.",
                                     epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo-root", required=True, help=argparse.SUPPRESS)
    parser.add_argument("checkouts", nargs="+", metavar="CHECKOUT[::TARGET[::FRAMEWORK]]",
                        help="a checkout; TARGET: a project or solution relative to it (default: the checkout's folder); FRAMEWORK: -f")
    parser.add_argument("--runs", type=int, default=3, help="timed pairs per checkout (default 3)")
    parser.add_argument("--work", default=None, help="working folder (default: /work/bench/perf-build/<timestamp>)")
    parser.add_argument("--version", default=None, help="use an already packed version from --feed instead of packing")
    parser.add_argument("--feed", default=None, help="with --version: the folder holding the packages")
    parser.add_argument("--hook", default=None,
                        help="a script run in both scratch copies before anything else (local edits a checkout needs to restore here; eng/perf/hooks has them for the published repositories), "
                             "or a folder holding <name>.sh per checkout, as eng/corpus.sh takes (default: eng/perf/hooks)")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds for one build (default 1800)")
    parser.add_argument("--ci", action="store_true",
                        help="build both copies with CI=true, as a CI server does (Guardrails then asks the compiler for its SARIF log and "
                             "audits it); without it both are local builds")
    args = parser.parse_args()

    repo_root = Path(args.repo_root)
    args.hook = args.hook or str(repo_root / "eng" / "perf" / "hooks")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    work = Path(args.work or Path("/work/bench/perf-build") / stamp).resolve()
    (work / "logs").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1",
               MSBUILDDISABLENODEREUSE="1", DOTNET_ROLL_FORWARD="Major")
    # Every variable Guardrails reads to tell CI (src/Guardrails.Policy/CiEnvironment.cs): both copies build locally unless --ci.
    for ci in ("CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "APPVEYOR", "TRAVIS", "JENKINS_URL",
               "TEAMCITY_VERSION", "BITBUCKET_BUILD_NUMBER", "JB_SPACE_API_URL", "CODEBUILD_BUILD_ID", "BUILD_ID"):
        env.pop(ci, None)
    if args.ci:
        env["CI"] = "true"
    if args.version:
        version, feed = args.version, Path(args.feed or work / "feed").resolve()
    else:
        version, feed = "0.1.0-perf." + stamp, work / "feed"
        pack(repo_root, version, feed, work / "logs", env)
    commit = git(repo_root, "rev-parse", "--short", "HEAD") if not args.version else f"packed earlier as {version}"
    hook = work / "guardrails-perf.targets"
    hook.write_text(HOOK, encoding="utf-8")
    policy = POLICY.replace("BANNED", json.dumps(banned_entries(repo_root), indent=6).replace("\n]", "\n    ]"))
    log(f"Guardrails {version} (commit {commit}); feed {feed}; work {work}")

    summaries = [run_checkout(spec, args, work, feed, version, hook, policy, env) for spec in args.checkouts]
    (work / "summary.json").write_text(json.dumps({"guardrails": version, "commit": commit, "ci": args.ci, "checkouts": summaries}, indent=2), encoding="utf-8")
    print()
    for summary in summaries:
        print_summary(summary)
    log(f"done: {work / 'summary.json'}")
    return 0


def run_checkout(spec: str, args, work: Path, feed: Path, version: str, hook: Path, policy: str, env: dict) -> dict:
    parts = spec.split("::")
    original = Path(parts[0]).resolve()
    target = parts[1] if len(parts) > 1 and parts[1] else "."
    framework = parts[2] if len(parts) > 2 and parts[2] else None
    name = original.name
    copies = {}
    for variant in ("without", "with"):
        copy = work / f"{name}-{variant}"
        if copy.exists():
            shutil.rmtree(copy)
        log(f"cp -a {original} {copy}")
        shutil.copytree(original, copy, symlinks=True)
        for stale in ("bin", "obj", "artifacts", ".guardrails-bench"):  # build output the checkout may carry
            for folder in copy.rglob(stale):
                if folder.is_dir() and ".git" not in folder.parts:
                    shutil.rmtree(folder, ignore_errors=True)
        copies[variant] = copy
        hook_script = resolve_hook(args.hook, name)
        if hook_script:
            log(f"hook {hook_script} in {copy}")
            subprocess.run(["bash", str(hook_script)], cwd=copy, env=env, check=True, capture_output=True)
    with_copy = copies["with"]
    (with_copy / "guardrails.json").write_text(policy, encoding="utf-8")
    summary = {"checkout": str(original), "commit": git(original, "rev-parse", "--short", "HEAD"), "target": target,
               "framework": framework, "notes": [], "builds": []}
    configure_feed(with_copy, (with_copy / target).parent if (with_copy / target).is_file() else with_copy / target, feed, summary)

    def build(variant: str, run: str) -> dict:
        copy = copies[variant]
        cmd = ["/usr/bin/time", "-f", "%e %M", "-o", str(work / "logs" / "time.txt"), "dotnet", "build", str(copy / target),
               "--no-incremental", "-c", "Release", "-nologo", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
               "-p:TreatWarningsAsErrors=false", f"-p:CustomAfterMicrosoftCommonTargets={hook}"]
        if variant == "with":
            cmd.append(f"-p:GuardrailsPerfVersion={version}")
        if framework:
            cmd += ["-f", framework]
        load_before = load_average()
        log_file = work / "logs" / f"{name}-{variant}-{run}.log"
        started = time.monotonic()
        with open(log_file, "w", encoding="utf-8", errors="replace") as out:
            out.write("$ " + " ".join(cmd) + "\n")
            out.flush()
            process = subprocess.Popen(cmd, cwd=copy, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                code = process.wait(timeout=args.timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, 9)  # only the group this script started
                process.wait()
                code = 124
        wall = time.monotonic() - started
        elapsed, peak_kb = (work / "logs" / "time.txt").read_text().split()[-2:]
        text = log_file.read_text(encoding="utf-8", errors="replace")
        result = {"variant": variant, "run": run, "exit": code, "seconds": float(elapsed), "wall": round(wall, 2),
                  "peakMiB": round(int(peak_kb) / 1024), "loadBefore": load_before, "loadAfter": load_average(),
                  "guardrailsWarnings": text.count(": warning GR"), "log": str(log_file)}
        log(f"{name} {variant} {run}: exit {code}, {result['seconds']:.1f} s, peak {result['peakMiB']} MiB, "
            f"load {load_before} -> {result['loadAfter']}, GR warnings {result['guardrailsWarnings']}")
        if code != 0:
            sys.exit(f"the build failed (exit {code}); see {log_file}")
        if variant == "with" and "Guardrails" not in text and result["guardrailsWarnings"] == 0:
            log("note: no sign of Guardrails in the 'with' build log")
        return result

    for variant in ("without", "with"):
        build(variant, "warm-up")
    for i in range(args.runs):
        order = ("without", "with") if i % 2 == 0 else ("with", "without")
        for variant in order:
            summary["builds"].append(build(variant, str(i + 1)))
    without = [b["seconds"] for b in summary["builds"] if b["variant"] == "without"]
    with_ = [b["seconds"] for b in summary["builds"] if b["variant"] == "with"]
    pairs = [w / o for w, o in zip(with_, without)]
    summary["medianWithout"] = statistics.median(without)
    summary["medianWith"] = statistics.median(with_)
    summary["ratioOfMedians"] = summary["medianWith"] / summary["medianWithout"]
    summary["medianPairRatio"] = statistics.median(pairs)
    summary["pairRatios"] = [round(p, 3) for p in pairs]
    summary["peakMiBWithout"] = statistics.median(b["peakMiB"] for b in summary["builds"] if b["variant"] == "without")
    summary["peakMiBWith"] = statistics.median(b["peakMiB"] for b in summary["builds"] if b["variant"] == "with")
    return summary


def print_summary(summary: dict) -> None:
    print(f"## {summary['checkout']} at {summary['commit']}: {summary['target']}" + (f" -f {summary['framework']}" if summary["framework"] else ""))
    print("| Run | Without package | With package | With / without | Peak MiB without / with | Load average (1 min) around the pair |")
    print("|---|---:|---:|---:|---:|---|")
    builds = summary["builds"]
    for run in sorted({b["run"] for b in builds}, key=int):
        o = next(b for b in builds if b["run"] == run and b["variant"] == "without")
        w = next(b for b in builds if b["run"] == run and b["variant"] == "with")
        first, second = (o, w) if builds.index(o) < builds.index(w) else (w, o)
        print(f"| {run} | {o['seconds']:.1f} s | {w['seconds']:.1f} s | {w['seconds'] / o['seconds']:.3f} | {o['peakMiB']} / {w['peakMiB']} "
              f"| {first['loadBefore']} -> {first['loadAfter']}, {second['loadBefore']} -> {second['loadAfter']} |")
    print(f"| **Median** | **{summary['medianWithout']:.1f} s** | **{summary['medianWith']:.1f} s** | **{summary['ratioOfMedians']:.3f}** "
          f"(median of pair ratios {summary['medianPairRatio']:.3f}) | {summary['peakMiBWithout']:.0f} / {summary['peakMiBWith']:.0f} | |")
    for note in summary["notes"]:
        print(f"Note: {note}")
    print()


if __name__ == "__main__":
    sys.exit(main())
