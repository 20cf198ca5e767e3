"""``afterword serve``: the real command, on loopback, with the CLI's database."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from afterword.web.server import free_port


def test_serve_help_lists_its_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "afterword", "serve", "--help"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    for option in ("--host", "--port", "--open", "--db", "--config"):
        assert option in result.stdout


def test_serve_answers_on_loopback_and_refuses_other_hosts(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "afterword", "serve", "--port", str(port),
               "--db", str(tmp_path / "web.sqlite3")]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"{url}/", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and "Dashboard" in response.text
        evil = httpx.get(f"{url}/", headers={"Host": f"rebind.example:{port}"}, timeout=2)
        assert evil.status_code == 400
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert f"afterword is at http://127.0.0.1:{port}/" in output
    assert (tmp_path / "web.sqlite3").exists()


def test_allow_remote_serves_and_warns(tmp_path: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "afterword", "serve", "--host", "0.0.0.0", "--allow-remote",
               "--port", str(port), "--db", str(tmp_path / "web.sqlite3")]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.2)
        assert response.status_code == 200
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert "warning: listening on 0.0.0.0" in output and "no sign-in" in output


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    command = [sys.executable, "-m", "afterword", "serve", "--port", str(free_port()), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})  # fmt: skip


def test_serve_hosted_refuses_sqlite(tmp_path: Path) -> None:
    secret = {"AFTERWORD_SECRET_KEY": "x" * 40}
    result = _serve("--hosted", "--db", str(tmp_path / "web.sqlite3"), env=secret)
    assert result.returncode == 2
    assert "error: accounts and hosted mode need PostgreSQL" in result.stderr
    assert not (tmp_path / "web.sqlite3").exists()


def test_serve_hosted_refuses_to_start_without_a_secret_key() -> None:
    result = _serve("--hosted", "--db", "postgresql://postgres@127.0.0.1:5432/test")
    assert result.returncode == 2
    assert "error: hosted mode needs a secret key: set AFTERWORD_SECRET_KEY" in result.stderr
