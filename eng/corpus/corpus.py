"""The real-code check: Guardrails' adoption flow on other repositories' checkouts (run through eng/corpus.sh).

Generic on purpose: nothing here knows any particular repository. Repository-specific edits a checkout needs to restore
on this machine go into a hook script (--hook), run in the scratch copy, and the diff it made is recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HELP_EPILOG = """\
Steps, per checkout (each with exit code, wall time, Guardrails findings per rule and crashes recorded):
  copy      the checkout into <work>/<name>/ (cp -a; the original is never modified), then the hook, if any
  feed      adds the local feed to the nearest nuget.config (with a package source mapping entry when it maps
            sources) or writes one next to the solution that keeps the machine's default sources
  restore   dotnet restore <solution> (docs/init.md: init then allows exactly the licences in use); --no-restore skips it
  own-build dotnet build <solution> before init: the repository's own build time, without Guardrails (--no-own-build
            skips it); the first build below is then a full rebuild (--no-incremental), so the two compare
  init      guardrails init; then the policy gets one banned API (T:System.Console) and one banned package
            (--banned-package) so that GR1101/GR1001 have something to find
            (with --hook DIR, DIR/<name>.after-init.sh then runs in the copy: a fix a user would make by hand)
  build     dotnet build <solution>: the first build, findings counted per rule and sampled
            (Guardrails' extra build time is this step's time minus own-build's)
  baseline  guardrails baseline <solution>
  strict    dotnet build <solution> -p:TreatWarningsAsErrors=true: no Guardrails finding may remain
  inject    writes GuardrailsCorpusProbe.cs into the production project with the most C# files (a banned API, a
            sensitive API, an unjustified #pragma of a GR rule), GuardrailsCorpusProbeTests.cs into the test project
            with the most C# files (a test without assertion, a skip without a reference; xunit, NUnit or MSTest)
            and a PackageReference to the banned package; then dotnet build (warnings not as errors, so that
            every project compiles) must show exactly those findings, which the strict step makes errors
  test      dotnet test <test project> -f <newest netX.Y> --collect "XPlat Code Coverage" [--filter ...]
            (DOTNET_ROLL_FORWARD=Major; bounded by --test-timeout)
  report    guardrails report --root <copy>

Checkout arguments: PATH or PATH::SOLUTION (SOLUTION relative to PATH) when the solution to build is not the only
*.sln/*.slnx at the root or one folder down; add ::SOLUTION::TESTPROJECT to choose the test project (relative to PATH).

Output (under --work): results/summary.json, results/steps.tsv, results/<name>/samples.md (findings per rule,
sampled with a fixed seed, for human judgement), results/<name>/<step>.log, results/<name>/local-edits.diff.

Re-running the corpus of docs/real-world.md (checkouts are clones in /work/corpus/<name>; the hooks, which hold the
local edits each one needs on this machine's NuGet mirror, are in /work/corpus/hooks2 and described in that page):
  eng/corpus.sh --work /work/corpus/rerun --hook /work/corpus/hooks2 --test-timeout 600 \\
      /work/corpus/MediatR /work/corpus/markdig /work/corpus/serilog /work/corpus/Mapster /work/corpus/CsvHelper /work/corpus/Polly
  python3 eng/corpus/render.py /work/corpus/rerun/results/summary.json
"""

GR_LINE = re.compile(
    r"^(?:\s*\d+>)?(?P<file>.*?)(?:\((?P<line>\d+)(?:,(?P<col>\d+))?(?:,\d+,\d+)?\))?\s*:\s*"
    r"(?P<sev>warning|error)\s+(?P<id>GR\d{4})\s*:\s*(?P<msg>.*?)(?:\s+\[[^\]]*\])?\s*$")
OTHER_ERROR = re.compile(r":\s*error\s+(?P<id>(?!GR\d{4}\b)[A-Z]+\d+)\s*:")
CRASH = re.compile(r"\b(AD0001|CS8032|MSB4018|MSB4062|MSB4028|MSB4181)\b|Unhandled exception|Stack trace:|   at Guardrails\.")
PROBE_PRODUCTION = "GuardrailsCorpusProbe.cs"
PROBE_TESTS = "GuardrailsCorpusProbeTests.cs"
EXPECTED_INJECTED = {"GR1101": PROBE_PRODUCTION, "GR3002": PROBE_PRODUCTION, "GR4003": PROBE_PRODUCTION,
                     "GR4001": PROBE_TESTS, "GR4002": PROBE_TESTS, "GR1001": None}
SKIP_DIRS = {"bin", "obj", "node_modules", "TestResults", "artifacts", ".git", ".vs", ".idea"}


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="eng/corpus.sh", description="Run Guardrails' adoption flow on scratch copies of other repositories' checkouts.",
        epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo-root", required=True, help=argparse.SUPPRESS)
    parser.add_argument("checkouts", nargs="+", metavar="CHECKOUT[::SOLUTION[::TESTPROJECT]]")
    parser.add_argument("--work", default=None, help="working folder (default: $TMPDIR/guardrails-corpus/<timestamp>)")
    parser.add_argument("--hook", default=None,
                        help="a script run in each scratch copy before anything else, or a folder holding <name>.sh per checkout")
    parser.add_argument("--samples", type=int, default=8, help="findings sampled per rule (default 8)")
    parser.add_argument("--seed", type=int, default=18, help="random seed of the sample (default 18)")
    parser.add_argument("--banned-package", default="CommandLineParser/2.9.1",
                        help="ID/VERSION of a package to ban and inject (default CommandLineParser/2.9.1); 'none' to skip")
    parser.add_argument("--test-filter", default=None, help="dotnet test --filter expression (all checkouts)")
    parser.add_argument("--test-timeout", type=int, default=900, help="seconds for dotnet test (default 900)")
    parser.add_argument("--build-timeout", type=int, default=1800, help="seconds for one build (default 1800)")
    parser.add_argument("--no-test", action="store_true", help="skip the dotnet test step")
    parser.add_argument("--no-restore", action="store_true",
                        help="run guardrails init on an unrestored copy (it then cannot see the licences in use)")
    parser.add_argument("--no-own-build", action="store_true",
                        help="skip the build without Guardrails that measures the repository's own build time")
    parser.add_argument("--version", default=None, help="use an already packed version from --feed instead of packing")
    parser.add_argument("--feed", default=None, help="with --version: the folder holding the packages")
    args = parser.parse_args()

    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    work = Path(args.work or Path(os.environ.get("TMPDIR", "/tmp")) / "guardrails-corpus" / stamp).resolve()
    (work / "results").mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE="1",
               MSBUILDDISABLENODEREUSE="1",
               # Repositories run their own net6.0/net8.0 tools during the build (markdig's SpecFileGen); this machine
               # has only the .NET 10 runtime.
               DOTNET_ROLL_FORWARD="Major")
    # Every variable by which Guardrails tells CI (src/Guardrails.Policy/CiEnvironment.cs): the flow is a local adoption.
    for ci in ("CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "APPVEYOR", "TRAVIS", "JENKINS_URL",
               "TEAMCITY_VERSION", "BITBUCKET_BUILD_NUMBER", "JB_SPACE_API_URL", "CODEBUILD_BUILD_ID", "BUILD_ID"):
        env.pop(ci, None)

    repo_root = Path(args.repo_root)
    if args.version:
        version, feed = args.version, Path(args.feed or work / "feed").resolve()
    else:
        version, feed = "0.1.0-corpus." + stamp, work / "feed"
        pack(repo_root, version, feed, work / "results", env)
    # With --version the package was packed earlier, maybe from another commit: say so rather than name this one.
    commit = git(repo_root, "rev-parse", "--short", "HEAD") if not args.version else f"packed earlier as {version}"
    tool = install_tool(version, feed, work, env)
    log(f"Guardrails {version} (commit {commit}); feed {feed}; work {work}")

    summaries = []
    for spec in args.checkouts:
        summaries.append(run_checkout(spec, args, work, feed, version, tool, env))
        write_results(work, version, commit, summaries)
    log(f"done: {work / 'results' / 'summary.json'}")
    return 0


# ---------------------------------------------------------------------------------------------------------- setup

def log(message: str) -> None:
    print(f"[{datetime.now(timezone.utc).strftime('%H:%M:%S')}] {message}", flush=True)


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else ""


def run(cmd: list[str], cwd: Path, env: dict, log_file: Path, timeout: int) -> tuple[int, float, str]:
    """Runs a command with output to log_file; returns exit code (124 on timeout), seconds and output."""
    started = time.monotonic()
    with open(log_file, "w", encoding="utf-8", errors="replace") as out:
        out.write("$ " + " ".join(cmd) + f"\n# cwd {cwd}\n")
        out.flush()
        process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)  # only the group this script started
            process.wait()
            code = 124
    seconds = time.monotonic() - started
    text = log_file.read_text(encoding="utf-8", errors="replace")
    with open(log_file, "a", encoding="utf-8") as out:
        out.write(f"\n# exit {code} after {seconds:.1f}s\n")
    return code, seconds, text


def pack(repo_root: Path, version: str, feed: Path, results: Path, env: dict) -> None:
    feed.mkdir(parents=True, exist_ok=True)
    for project in ("src/Guardrails.Package/Guardrails.Package.csproj", "src/Guardrails.Cli/Guardrails.Cli.csproj"):
        log(f"dotnet pack {project} -p:Version={version}")
        code, seconds, _ = run(["dotnet", "pack", str(repo_root / project), "-c", "Release", f"-p:Version={version}",
                                "-o", str(feed), "-nologo", "-tl:off"], repo_root, env,
                               results / ("pack-" + Path(project).stem + ".log"), 1200)
        if code != 0:
            sys.exit(f"dotnet pack {project} failed (exit {code}); see {results}")


def install_tool(version: str, feed: Path, work: Path, env: dict) -> Path:
    tools = work / "tools"
    if not (tools / "guardrails").exists():
        log("dotnet tool install Guardrails.Tool --tool-path")
        code, _, text = run(["dotnet", "tool", "install", "Guardrails.Tool", "--tool-path", str(tools), "--version", version,
                             "--add-source", str(feed)], work, env, work / "results" / "tool-install.log", 600)
        if code != 0:
            sys.exit("dotnet tool install failed:\n" + text)
    return tools / "guardrails"


# ------------------------------------------------------------------------------------------------------ per checkout

def run_checkout(spec: str, args, work: Path, feed: Path, version: str, tool: Path, env: dict) -> dict:
    parts = spec.split("::")
    original = Path(parts[0]).resolve()
    name = original.name
    copy = work / name
    results = work / "results" / name
    results.mkdir(parents=True, exist_ok=True)
    summary: dict = {"name": name, "checkout": str(original), "copy": str(copy),
                     "commit": git(original, "rev-parse", "HEAD"), "steps": [], "notes": []}
    log(f"== {name} ({summary['commit'][:10]})")

    def step(step_name: str, cmd: list[str], cwd: Path, timeout: int, step_env: dict | None = None) -> dict:
        code, seconds, text = run(cmd, cwd, step_env or env, results / f"{step_name}.log", timeout)
        findings = parse_findings(text, copy)
        record = {"step": step_name, "exit": code, "seconds": round(seconds, 1),
                  "counts": dict(sorted(Counter(f["id"] for f in findings).items())),
                  "otherErrors": dict(sorted(Counter(m.group("id") for m in OTHER_ERROR.finditer(text)).items())),
                  "crashes": sorted({line.strip()[:400] for line in text.splitlines() if CRASH.search(line)})[:20]}
        summary["steps"].append(record)
        log(f"   {step_name}: exit {code} in {seconds:.0f}s; {record['counts'] or 'no GR findings'}"
            + (f"; other errors {record['otherErrors']}" if record["otherErrors"] else "")
            + (f"; CRASHES {len(record['crashes'])}" if record["crashes"] else ""))
        record["_findings"] = findings
        return record

    # copy + hook
    if copy.exists():
        shutil.rmtree(copy)
    subprocess.run(["cp", "-a", str(original), str(copy)], check=True)
    hook = resolve_hook(args.hook, name)
    if hook:
        code, seconds, _ = run(["bash", str(hook)], copy, env, results / "hook.log", 600)
        summary["steps"].append({"step": "hook", "exit": code, "seconds": round(seconds, 1), "counts": {}, "otherErrors": {}, "crashes": []})
        summary["hook"] = str(hook)
    edits = subprocess.run(["git", "diff"], cwd=copy, capture_output=True, text=True).stdout
    (results / "local-edits.diff").write_text(edits, encoding="utf-8")
    summary["localEdits"] = subprocess.run(["git", "diff", "--stat"], cwd=copy, capture_output=True, text=True).stdout.strip()

    solution = find_solution(copy, parts[1] if len(parts) > 1 else None)
    if solution is None:
        summary["notes"].append("no solution found; give CHECKOUT::SOLUTION")
        return strip(summary)
    summary["solution"] = str(solution.relative_to(copy))
    projects = solution_projects(solution, env)
    test_project, framework = pick_test_project(copy, projects, parts[2] if len(parts) > 2 else None)
    production = pick_production_project(projects, test_project)
    summary["shape"] = describe_shape(copy, projects, test_project, framework)
    summary["testProject"] = str(test_project.relative_to(copy)) if test_project else None
    summary["productionProject"] = str(production.relative_to(copy)) if production else None
    configure_feed(copy, solution.parent, feed, summary)
    banned_id, banned_version = (args.banned_package.split("/", 1) + [""])[:2] if args.banned_package != "none" else (None, None)

    build = ["dotnet", "build", str(solution), "-nologo", "-tl:off", "-clp:NoSummary", "-nodeReuse:false"]
    if not args.no_restore:
        step("restore", ["dotnet", "restore", str(solution), "-nologo", "-tl:off", "-nodeReuse:false"], solution.parent, args.build_timeout)
    if not args.no_own_build:
        # The repository's own build, before Guardrails is added: the baseline for Guardrails' extra build time.
        step("own-build", build, solution.parent, args.build_timeout)
    step("init", [str(tool), "init"], copy, 300)
    if not (copy / "guardrails.json").exists():
        summary["notes"].append("guardrails init wrote no guardrails.json; stopped")
        return strip(summary)
    add_probe_bans(copy / "guardrails.json", banned_id)
    after_init = resolve_hook(args.hook, name, ".after-init.sh")
    if after_init:
        # A fix a user would make by hand after init (e.g. where init put the package reference); recorded as a diff.
        code, seconds, _ = run(["bash", str(after_init)], copy, env, results / "after-init-hook.log", 600)
        summary["steps"].append({"step": "after-init hook", "exit": code, "seconds": round(seconds, 1), "counts": {}, "otherErrors": {}, "crashes": []})
        summary["afterInitHook"] = str(after_init)
    sln_dir = solution.parent
    # After own-build a plain build would be partly incremental; a rebuild compiles everything, as own-build did.
    first = step("build", build + ([] if args.no_own_build else ["--no-incremental"]), sln_dir, args.build_timeout)
    recorded = step("baseline", [str(tool), "baseline", str(solution)], sln_dir, args.build_timeout)
    # The baseline's build has every Guardrails error as a warning, so it reaches projects that a first build stopped
    # before (TreatWarningsAsErrors in the repository): sample from both.
    summary["samples"] = write_samples(results / "samples.md", name, merge_findings(first["_findings"], recorded["_findings"]),
                                       args.samples, args.seed)
    strict = step("strict", build + ["-p:TreatWarningsAsErrors=true"], sln_dir, args.build_timeout)
    summary["strictGuardrailsFindings"] = [format_finding(f) for f in strict["_findings"]][:50]
    if strict["exit"] != 0 and not strict["_findings"] and strict["otherErrors"]:
        # Red for the repository's own warnings (or restore) under TreatWarningsAsErrors: the build stops at the first
        # failing project, so it does not show every project; the inject build below compiles them all.
        summary["notes"].append("strict build red without a Guardrails finding, for other errors ("
                                + ", ".join(sorted(strict["otherErrors"])) + "): Guardrails' part is judged by the inject step's other findings")

    injected = inject(copy, production, test_project, banned_id, banned_version, summary)
    # Built with every warning a warning (as guardrails baseline builds): under TreatWarningsAsErrors the production
    # project's new finding would stop the build before the test project compiles, hiding the test probes. The strict
    # step has shown that a Guardrails warning is an error under TreatWarningsAsErrors, so any finding here is red.
    # (A repository that sets ContinuousIntegrationBuild=true always, as CsvHelper does, is not CI for Guardrails: CI is
    # told by the process environment only, so nothing needs overriding here.)
    after = step("inject", build + ["-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors="],
                 sln_dir, args.build_timeout)
    summary["injection"] = judge_injection(after["_findings"], injected)
    summary["injection"]["redUnderTreatWarningsAsErrors"] = bool(after["_findings"])

    if args.no_test or test_project is None:
        summary["notes"].append("dotnet test skipped" + (" (no test project found)" if test_project is None else " (--no-test)"))
    else:
        test = ["dotnet", "test", str(test_project), "--collect", "XPlat Code Coverage", "-nologo", "-tl:off", "-nodeReuse:false"]
        if framework:
            test += ["-f", framework]
        if args.test_filter:
            test += ["--filter", args.test_filter]
        record = step("test", test, sln_dir, args.test_timeout, dict(env, DOTNET_ROLL_FORWARD="Major"))
        text = (results / "test.log").read_text(encoding="utf-8", errors="replace")
        totals = re.findall(r"(?:Passed!|Failed!).*|Total tests: \d+|Test summary: .*", text)
        record["testSummary"] = totals[-3:]
        record["coverageReports"] = len(list(test_project.parent.glob("TestResults/**/*.cobertura.xml")))
    report = step("report", [str(tool), "report", "--root", str(copy)], copy, 600)
    sarif = copy / "artifacts" / "guardrails" / "guardrails.sarif"
    if sarif.exists():
        try:
            runs = json.loads(sarif.read_text(encoding="utf-8"))["runs"]
            results_list = [r for run_ in runs for r in run_.get("results", [])]
            report["sarifResults"] = len(results_list)
            report["sarifSuppressed"] = sum(1 for r in results_list if r.get("suppressions"))
            report["sarifByRule"] = dict(sorted(Counter(r.get("ruleId") for r in results_list if not r.get("suppressions")).items()))
        except (ValueError, KeyError) as error:
            report["sarifError"] = str(error)
    return strip(summary)


def strip(summary: dict) -> dict:
    for record in summary["steps"]:
        record.pop("_findings", None)
    return summary


def resolve_hook(hook: str | None, name: str, suffix: str = ".sh") -> Path | None:
    if not hook:
        return None
    path = Path(hook).resolve()
    if path.is_dir():
        candidate = path / f"{name}{suffix}"
        return candidate if candidate.exists() else None
    return path if suffix == ".sh" else None


def find_solution(copy: Path, given: str | None) -> Path | None:
    if given:
        return copy / given
    for folder in [copy] + sorted(p for p in copy.iterdir() if p.is_dir() and p.name not in SKIP_DIRS and not p.name.startswith(".")):
        found = sorted(list(folder.glob("*.sln")) + list(folder.glob("*.slnx")))
        if found:
            named = [f for f in found if f.stem.lower() == copy.name.lower()]
            return (named or found)[0]
    return None


def solution_projects(solution: Path, env: dict) -> list[Path]:
    result = subprocess.run(["dotnet", "sln", str(solution), "list"], capture_output=True, text=True, env=env)
    projects = []
    for line in result.stdout.splitlines():
        line = line.strip().replace("\\", "/")
        if line.endswith(".csproj"):
            path = (solution.parent / line).resolve()
            if path.exists():
                projects.append(path)
    return projects


def cs_files(project: Path) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(project.parent):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        files.extend(Path(dirpath) / f for f in filenames if f.endswith(".cs"))
    return files


def test_framework(project: Path) -> str | None:
    """The test framework, from the project file or, failing that (central props), from its sources."""
    text = project.read_text(encoding="utf-8", errors="replace")
    for marker, framework in (("xunit", "xunit"), ("NUnit", "nunit"), ("MSTest", "mstest"), ("TUnit", "tunit")):
        if re.search(rf'Include="{marker}[".]', text, re.IGNORECASE) or (marker == "MSTest" and "MSTest.Sdk" in text):
            return framework
    counts = Counter()
    for file in cs_files(project)[:400]:
        source = file.read_text(encoding="utf-8", errors="replace")
        if "using Xunit" in source or "[Fact" in source or "[Theory" in source:
            counts["xunit"] += 1
        if "using NUnit.Framework" in source:
            counts["nunit"] += 1
        if "using Microsoft.VisualStudio.TestTools.UnitTesting" in source or "[TestMethod" in source:
            counts["mstest"] += 1
    return counts.most_common(1)[0][0] if counts else None


def pick_test_project(copy: Path, projects: list[Path], given: str | None) -> tuple[Path | None, str | None]:
    candidates = [copy / given] if given else [
        p for p in projects if re.search(r"tests?$|specs?$", p.stem, re.IGNORECASE) and not re.search(r"bench|perf", p.stem, re.IGNORECASE)]
    scored = sorted(((len(cs_files(p)), p) for p in candidates if test_framework(p) in ("xunit", "nunit", "mstest")), reverse=True)
    if not scored:
        return None, None
    project = scored[0][1]
    return project, newest_framework(project)


def newest_framework(project: Path) -> str | None:
    result = subprocess.run(["dotnet", "msbuild", str(project), "-getProperty:TargetFrameworks", "-getProperty:TargetFramework"],
                            capture_output=True, text=True)
    try:
        properties = json.loads(result.stdout)["Properties"]
    except (ValueError, KeyError):
        return None
    frameworks = [f.strip() for f in (properties.get("TargetFrameworks") or properties.get("TargetFramework") or "").split(";") if f.strip()]
    modern = [f for f in frameworks if re.fullmatch(r"net\d+\.\d+", f)]
    modern.sort(key=lambda f: tuple(int(x) for x in f[3:].split(".")))
    return modern[-1] if modern else (frameworks[0] if frameworks else None)


def pick_production_project(projects: list[Path], test_project: Path | None) -> Path | None:
    candidates = [p for p in projects if p != test_project
                  and not re.search(r"test|spec|bench|perf|sample|demo|example|fuzz|tool|app$", p.stem, re.IGNORECASE)
                  and test_framework(p) is None]
    scored = sorted(((len(cs_files(p)), p) for p in candidates), reverse=True)
    return scored[0][1] if scored else None


def describe_shape(copy: Path, projects: list[Path], test_project: Path | None, framework: str | None) -> dict:
    frameworks, linked, frameworks_by_test = set(), 0, {}
    for project in projects:
        text = project.read_text(encoding="utf-8", errors="replace")
        for match in re.finditer(r"<TargetFrameworks?>([^<]*)<", text):
            frameworks.update(f.strip() for f in match.group(1).split(";") if f.strip() and "$(" not in f)
        linked += len(re.findall(r'<Compile\s+Include="[^"]*\.\.[/\\]', text)) + len(re.findall(r"\bLink=\"", text))
        if re.search(r"tests?$", project.stem, re.IGNORECASE):
            frameworks_by_test[project.stem] = test_framework(project)
    lines = 0
    for dirpath, dirnames, filenames in os.walk(copy):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        for f in filenames:
            if f.endswith(".cs"):
                with open(Path(dirpath) / f, "rb") as handle:
                    lines += sum(1 for _ in handle)
    cpm = any("ManagePackageVersionsCentrally>true" in p.read_text(encoding="utf-8", errors="replace")
              for p in list(copy.rglob("Directory.Packages.props"))[:5] + list(copy.glob("Directory.Build.props")))
    return {"projects": len(projects), "targetFrameworks": sorted(frameworks), "testFrameworks": frameworks_by_test,
            "centralPackageManagement": cpm, "linkedCompileItems": linked, "csharpLines": lines,
            "testRunFramework": framework}


def configure_feed(copy: Path, solution_dir: Path, feed: Path, summary: dict) -> None:
    """Adds the local feed to the nearest nuget.config above the solution, or writes one at the copy's root."""
    folder, config = solution_dir, None
    while True:
        found = [p for p in folder.glob("*") if p.name.lower() == "nuget.config"]
        if found:
            config = found[0]
            break
        if folder == copy:
            break
        folder = folder.parent
    if config is None:
        config = copy / "nuget.config"
        config.write_text('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n'
                          f'    <add key="guardrails-corpus" value="{feed}" />\n  </packageSources>\n</configuration>\n', encoding="utf-8")
        summary["nugetConfig"] = f"wrote {config.relative_to(copy)} (local feed added to the machine's sources)"
        return
    text = config.read_text(encoding="utf-8-sig")
    text = re.sub(r"(<packageSources>\s*(?:<clear\s*/>\s*)?)", rf'\1<add key="guardrails-corpus" value="{feed}" />\n    ', text, count=1)
    if "<packageSourceMapping>" in text:
        text = text.replace("<packageSourceMapping>", '<packageSourceMapping>\n    <packageSource key="guardrails-corpus">'
                            '<package pattern="Guardrails" /><package pattern="Guardrails.*" /></packageSource>', 1)
    if 'signatureValidationMode" value="require"' in text:
        text = text.replace('signatureValidationMode" value="require"', 'signatureValidationMode" value="accept"')
        summary["notes"].append("nuget.config required signed packages; set to accept for the unsigned local build")
    config.write_text(text, encoding="utf-8")
    summary["nugetConfig"] = f"added the local feed to {config.relative_to(copy)}"


def add_probe_bans(policy: Path, banned_id: str | None) -> None:
    """Uncommented entries in the "banned" arrays init writes: apis.banned gets T:System.Console, packages.banned the probe package."""
    lines = policy.read_text(encoding="utf-8").splitlines(keepends=True)
    section, out = None, []
    for line in lines:
        out.append(line)
        stripped = line.strip()
        if stripped.startswith('"packages": {'):
            section = "packages"
        elif stripped.startswith('"apis": {'):
            section = "apis"
        if stripped.startswith('"banned": [') and section:
            indent = line[: len(line) - len(line.lstrip())] + "  "
            if section == "apis":
                out.append(f'{indent}"T:System.Console;corpus probe: banned to exercise GR1101",\n')
            elif banned_id:
                out.append(f'{indent}{{ "id": "{banned_id}", "reason": "corpus probe: banned to exercise GR1001" }},\n')
            section = None
    policy.write_text("".join(out), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------- injection

PRODUCTION_SOURCE = """// Written by Guardrails' eng/corpus.sh into a scratch copy: one new violation per rule family.
namespace GuardrailsCorpusProbe
{
    internal static class Probe
    {
        internal static void BannedApi() => System.Console.WriteLine("probe");

        internal static void SensitiveApi() => System.Diagnostics.Process.Start("true");

#pragma warning disable GR1101
        internal static void Suppressed() => System.Console.WriteLine("suppressed");
#pragma warning restore GR1101
    }
}
"""

TEST_SOURCES = {
    "xunit": """// Written by Guardrails' eng/corpus.sh into a scratch copy: one new violation per test-integrity rule.
namespace GuardrailsCorpusProbe
{
    public class ProbeTests
    {
        [Xunit.Fact]
        public void NoAssertion()
        {
            var sum = 1 + 1;
            _ = sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        [Xunit.Fact(Skip = "flaky")]
        public void SkippedWithoutReference() => Xunit.Assert.Equal(2, 1 + 1);
    }
}
""",
    "nunit": """// Written by Guardrails' eng/corpus.sh into a scratch copy: one new violation per test-integrity rule.
namespace GuardrailsCorpusProbe
{
    public class ProbeTests
    {
        [NUnit.Framework.Test]
        public void NoAssertion()
        {
            var sum = 1 + 1;
            _ = sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        [NUnit.Framework.Test]
        [NUnit.Framework.Ignore("flaky")]
        public void SkippedWithoutReference() => NUnit.Framework.Assert.That(1 + 1, NUnit.Framework.Is.EqualTo(2));
    }
}
""",
    "mstest": """// Written by Guardrails' eng/corpus.sh into a scratch copy: one new violation per test-integrity rule.
namespace GuardrailsCorpusProbe
{
    [Microsoft.VisualStudio.TestTools.UnitTesting.TestClass]
    public class ProbeTests
    {
        [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
        public void NoAssertion()
        {
            var sum = 1 + 1;
            _ = sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
        [Microsoft.VisualStudio.TestTools.UnitTesting.Ignore("flaky")]
        public void SkippedWithoutReference() => Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(2, 1 + 1);
    }
}
""",
}


def inject(copy: Path, production: Path | None, test_project: Path | None, banned_id, banned_version, summary: dict) -> dict:
    injected = {}
    if production is not None:
        (production.parent / PROBE_PRODUCTION).write_text(PRODUCTION_SOURCE, encoding="utf-8")
        injected.update({"GR1101": PROBE_PRODUCTION, "GR3002": PROBE_PRODUCTION, "GR4003": PROBE_PRODUCTION})
        if banned_id:
            cpm = uses_cpm(production, copy)
            version_attribute = "VersionOverride" if cpm else "Version"
            text = production.read_text(encoding="utf-8-sig")
            index = text.rfind("</Project>")
            item = (f'  <ItemGroup>\n    <PackageReference Include="{banned_id}" {version_attribute}="{banned_version}" />\n'
                    "  </ItemGroup>\n")
            production.write_text(text[:index] + item + text[index:], encoding="utf-8")
            injected["GR1001"] = production.name
    else:
        summary["notes"].append("no production project found: GR1101/GR3002/GR4003/GR1001 not injected")
    if test_project is not None:
        framework = test_framework(test_project)
        (test_project.parent / PROBE_TESTS).write_text(TEST_SOURCES[framework], encoding="utf-8")
        injected.update({"GR4001": PROBE_TESTS, "GR4002": PROBE_TESTS})
    else:
        summary["notes"].append("no xunit/NUnit/MSTest test project found: GR4001/GR4002 not injected")
    return injected


def uses_cpm(project: Path, copy: Path) -> bool:
    folder = project.parent
    while True:
        for name in ("Directory.Packages.props", "Directory.Build.props"):
            props = folder / name
            if props.exists() and re.search(r"<ManagePackageVersionsCentrally>\s*true", props.read_text(encoding="utf-8", errors="replace"), re.IGNORECASE):
                return True
        if folder == copy or folder == folder.parent:
            return False
        folder = folder.parent


def judge_injection(findings: list[dict], injected: dict) -> dict:
    got: dict[str, list[str]] = {}
    unexpected = []
    for finding in findings:
        expected_file = injected.get(finding["id"])
        if expected_file and finding["file"].endswith(expected_file):
            got.setdefault(finding["id"], []).append(format_finding(finding))
        else:
            unexpected.append(format_finding(finding))
    missing = sorted(rule for rule in injected if rule not in got)
    return {"expected": sorted(injected), "found": {k: v for k, v in sorted(got.items())}, "missing": missing,
            "unexpected": unexpected[:50], "unexpectedCount": len(unexpected),
            "exact": not missing and not unexpected and all(len(v) == 1 for v in got.values())}


# ---------------------------------------------------------------------------------------------------------- findings

def parse_findings(text: str, copy: Path) -> list[dict]:
    """GR diagnostics from a build log, once each (a multi-targeted project prints one per target framework)."""
    seen, findings = set(), []
    prefix = str(copy) + "/"
    for line in text.splitlines():
        match = GR_LINE.match(line)
        if not match:
            continue
        file = match.group("file").strip()
        file = file[len(prefix):] if file.startswith(prefix) else file
        key = (match.group("id"), file, match.group("line"), match.group("col"), match.group("msg"))
        if key in seen:
            continue
        seen.add(key)
        findings.append({"id": match.group("id"), "severity": match.group("sev"), "file": file,
                         "line": int(match.group("line") or 0), "column": int(match.group("col") or 0), "message": match.group("msg")})
    return findings


def merge_findings(*lists: list[dict]) -> list[dict]:
    seen, merged = set(), []
    for findings in lists:
        for finding in findings:
            key = (finding["id"], finding["file"], finding["line"], finding["column"], finding["message"])
            if key not in seen:
                seen.add(key)
                merged.append(finding)
    return merged


def format_finding(finding: dict) -> str:
    return f"{finding['file']}:{finding['line']}: {finding['id']}: {finding['message']}"


def write_samples(path: Path, name: str, findings: list[dict], per_rule: int, seed: int) -> dict:
    by_rule: dict[str, list[dict]] = {}
    for finding in findings:
        by_rule.setdefault(finding["id"], []).append(finding)
    rng = random.Random(seed)
    samples, lines = {}, [f"# {name}: findings of the first build, sampled per rule (seed {seed}, up to {per_rule} each)", ""]
    for rule in sorted(by_rule):
        chosen = sorted(rng.sample(by_rule[rule], min(per_rule, len(by_rule[rule]))), key=lambda f: (f["file"], f["line"]))
        samples[rule] = [format_finding(f) for f in chosen]
        lines += [f"## {rule} ({len(by_rule[rule])} findings)", ""] + [f"- {s}" for s in samples[rule]] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return samples


def write_results(work: Path, version: str, commit: str, summaries: list[dict]) -> None:
    results = work / "results"
    (results / "summary.json").write_text(json.dumps({"guardrailsVersion": version, "guardrailsCommit": commit,
                                                      "checkouts": summaries}, indent=2), encoding="utf-8")
    rows = ["repository\tstep\texit\tseconds\tguardrails_findings\tcounts_per_rule\tother_errors\tcrashes"]
    for summary in summaries:
        for record in summary["steps"]:
            counts = record.get("counts", {})
            rows.append("\t".join([summary["name"], record["step"], str(record["exit"]), str(record["seconds"]), str(sum(counts.values())),
                                   ",".join(f"{k}={v}" for k, v in counts.items()),
                                   ",".join(f"{k}={v}" for k, v in record.get("otherErrors", {}).items()), str(len(record.get("crashes", [])))]))
    (results / "steps.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
