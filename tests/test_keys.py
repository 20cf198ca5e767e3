"""The hosted server's secret key: where it comes from, what is derived from it, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.config import Settings
from afterword.keys import SecretKeyError, ServerKeys, generate_secret, load_server_keys

A = "a" * 40
B = "b" * 40


def test_the_variable_gives_the_current_key_and_earlier_ones() -> None:
    keys = load_server_keys(
        Settings(), {"AFTERWORD_SECRET_KEY": A, "AFTERWORD_PREVIOUS_SECRET_KEYS": f" {B} ,"}
    )
    assert keys == ServerKeys(A.encode(), (B.encode(),))


def test_the_file_gives_the_current_key_first_and_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "secret"
    path.write_text(f"# rotated 2026-12-01\n{B}\n\n{A}\n", encoding="utf-8")
    settings = Settings.model_validate({"server": {"secret_key_file": str(path)}})
    keys = load_server_keys(settings, {})
    assert keys.current == B.encode()
    assert keys.previous == (A.encode(),)


def test_the_variable_wins_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "secret"
    path.write_text(B, encoding="utf-8")
    settings = Settings.model_validate({"server": {"secret_key_file": str(path)}})
    assert load_server_keys(settings, {"AFTERWORD_SECRET_KEY": A}).current == A.encode()


def test_each_purpose_gets_its_own_key_and_rotation_keeps_the_old_ones_readable() -> None:
    keys = ServerKeys(A.encode(), (B.encode(),))
    session, mail = keys.derive("session"), keys.derive("mail-password")
    assert len(session) == 32 and session != mail
    old = ServerKeys(B.encode()).derive("mail-password")
    assert keys.derive_all("mail-password") == [mail, old]


@pytest.mark.parametrize(
    ("environ", "file_text", "message"),
    [
        ({}, None, "hosted mode needs a secret key"),
        ({"AFTERWORD_SECRET_KEY": "short"}, None, "too short"),
        ({}, "# only a comment\n", "holds no key"),
        ({}, b"\xff\xfe", "not UTF-8"),
    ],
)
def test_a_missing_or_bad_key_is_a_clear_error(
    tmp_path: Path, environ: dict[str, str], file_text: str | bytes | None, message: str
) -> None:
    data: dict[str, object] = {}
    if file_text is not None:
        path = tmp_path / "secret"
        if isinstance(file_text, bytes):
            path.write_bytes(file_text)
        else:
            path.write_text(file_text, encoding="utf-8")
        data = {"server": {"secret_key_file": str(path)}}
    with pytest.raises(SecretKeyError, match=message):
        load_server_keys(Settings.model_validate(data), environ)


def test_a_missing_key_file_is_a_clear_error(tmp_path: Path) -> None:
    settings = Settings.model_validate({"server": {"secret_key_file": str(tmp_path / "no")}})
    with pytest.raises(SecretKeyError, match="cannot read the secret key file"):
        load_server_keys(settings, {})


def test_a_generated_secret_is_long_enough_to_use() -> None:
    secret = generate_secret()
    keys = load_server_keys(Settings(), {"AFTERWORD_SECRET_KEY": secret})
    assert keys.current == secret.encode()
