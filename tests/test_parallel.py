"""--workers N gives the same output as one process, in input order."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "articles_ir.jsonl"


@pytest.mark.slow
def test_two_workers_match_one_process(tmp_path):
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[:6]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def run(*extra):
        out = subprocess.run([sys.executable, "-m", "accord.cli", "extract", str(src), "--batch-size", "2",
                              "--timings", *extra], capture_output=True, text=True, check=True)
        return out.stdout, out.stderr

    one, _ = run()
    two, err = run("--workers", "2")
    assert one == two
    assert [json.loads(x)["id"] for x in two.splitlines()] == [json.loads(x)["id"] for x in lines]
    timings = json.loads(err.split("accord timings: ", 1)[1].splitlines()[0])
    assert timings["workers"] == 2 and timings["articles"] == 6
    assert {"clean", "parse", "events"} <= set(timings["stages"])
