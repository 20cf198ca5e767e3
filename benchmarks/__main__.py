"""Run every ``benchmarks/bench_*.py`` (each defines ``run() -> list[Figure]``) and report.

``python -m benchmarks [NAME ...]`` runs the named modules only (``foundation``, ``review``...).
Results go to the terminal and to ``benchmarks/results/latest.json``.
"""

from __future__ import annotations

import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent


def main(names: list[str]) -> int:
    """Run the benchmark modules and print a table of ratios."""
    sys.path.insert(0, str(HERE.parent))
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names]
    figures = []
    for module_name in modules:
        module = importlib.import_module(f"benchmarks.{module_name}")
        print(f"== {module_name}", flush=True)
        for figure in module.run():
            figures.append(figure)
            print(
                f"  {figure.name}: {figure.value:.4g}{figure.unit} vs {figure.reference_name} "
                f"{figure.reference:.4g}{figure.unit} -> ratio {figure.ratio:.2f} "
                f"(goal: {figure.goal})",
                flush=True,
            )
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps([f.as_dict() for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
