"""Prints the Markdown tables of docs/real-world.md from one or more results/summary.json files of eng/corpus.sh.

    python3 eng/corpus/render.py /work/corpus/run*/results/summary.json
    python3 eng/corpus/render.py --from-logs <work>/results/<name>   # a run stopped before its summary was written
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path


def cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", "<br>")


def counts(record: dict) -> str:
    found = record.get("counts") or {}
    return ", ".join(f"{rule} {n}" for rule, n in found.items()) or "none"


def from_logs(folder: Path) -> int:
    """The step table rebuilt from the step logs alone (exit code and time from each log's last line)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import corpus  # noqa: E402 - the same parsing as the run
    print("| Step | Exit | Seconds | Guardrails findings (unique) | Other errors | Crashes |")
    print("|---|---:|---:|---|---|---:|")
    order = ["hook", "restore", "own-build", "init", "after-init-hook", "build", "baseline", "strict", "inject", "test", "report"]
    for step in order:
        log = folder / f"{step}.log"
        if not log.exists():
            continue
        text = log.read_text(encoding="utf-8", errors="replace")
        end = re.search(r"# exit (-?\d+) after ([\d.]+)s", text)
        work_copy = folder.parent.parent / folder.name
        findings = corpus.parse_findings(text, work_copy)
        found = Counter(f["id"] for f in findings)
        other = Counter(m.group("id") for m in corpus.OTHER_ERROR.finditer(text))
        crashes = {line.strip() for line in text.splitlines() if corpus.CRASH.search(line)}
        print(f"| {step} | {end.group(1) if end else '?'} | {float(end.group(2)) if end else 0:.0f} | "
              f"{', '.join(f'{k} {v}' for k, v in sorted(found.items())) or 'none'} | "
              f"{', '.join(f'{k} {v}' for k, v in sorted(other.items()))} | {len(crashes)} |")
    return 0


def main(paths: list[str]) -> int:
    if paths and paths[0] == "--from-logs":
        return from_logs(Path(paths[1]))
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for repo in data["checkouts"]:
            shape = repo.get("shape", {})
            print(f"### {repo['name']}\n")
            print("| | |\n|---|---|")
            print(f"| Commit | `{repo.get('commit', '')[:10]}` |")
            print(f"| Guardrails | {data['guardrailsVersion']} (commit {data['guardrailsCommit']}) |")
            print(f"| Solution | `{repo.get('solution', '')}` ({shape.get('projects', '?')} projects) |")
            print(f"| Target frameworks | {', '.join(shape.get('targetFrameworks', []))} |")
            tests = ", ".join(f"{k}: {v}" for k, v in (shape.get("testFrameworks") or {}).items())
            print(f"| Test projects | {cell(tests)} |")
            print(f"| Central package management | {'yes' if shape.get('centralPackageManagement') else 'no'} |")
            print(f"| Linked compile items | {shape.get('linkedCompileItems', '?')} |")
            print(f"| C# lines | {shape.get('csharpLines', '?'):,} |")
            print(f"| Probes in | `{repo.get('productionProject')}`, `{repo.get('testProject')}` |")
            # The hook's diff is in results/<name>/local-edits.diff; the table keeps git's summary line only.
            edits = (repo.get("localEdits") or "").strip().splitlines()
            print(f"| Local edits | {cell(edits[-1].strip() if edits else 'none')} (the hook; results/{repo['name']}/local-edits.diff) |")
            print()
            print("| Step | Exit | Seconds | Guardrails findings (unique) | Other errors | Crashes |")
            print("|---|---:|---:|---|---|---:|")
            for record in repo["steps"]:
                other = ", ".join(f"{k} {v}" for k, v in (record.get("otherErrors") or {}).items() if not k.startswith("GR")) or ""
                print(f"| {record['step']} | {record['exit']} | {record['seconds']:.0f} | {counts(record)} | {cell(other)} | {len(record.get('crashes', []))} |")
            injection = repo.get("injection")
            if injection:
                print()
                print(f"Injection: expected {', '.join(injection['expected'])}; found {', '.join(injection['found'])}; "
                      f"missing {', '.join(injection['missing']) or 'none'}; {injection['unexpectedCount']} other Guardrails findings; "
                      f"exact: {'yes' if injection['exact'] else 'no'}.")
            for note in repo.get("notes", []):
                print(f"\nNote: {note}")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
