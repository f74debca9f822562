"""Prints the Markdown tables of docs/real-world.md from one or more results/summary.json files of eng/corpus.sh.

    python3 eng/corpus/render.py /work/corpus/run*/results/summary.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", "<br>")


def counts(record: dict) -> str:
    found = record.get("counts") or {}
    return ", ".join(f"{rule} {n}" for rule, n in found.items()) or "none"


def main(paths: list[str]) -> int:
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
            print(f"| Local edits | {cell(repo.get('localEdits') or 'none')} |")
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
