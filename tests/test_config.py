"""Settings: the file, the environment variables that win over it, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.config import ENVIRONMENT, ConfigError, Settings, load_settings, save_settings


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "missing.toml", environ={})
    assert settings == Settings()
    assert settings.smtp.security == "starttls"
    assert settings.schedule.window_start == "08:00"


def test_file_values_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[smtp]\nhost = "mail.example"\nport = 465\n[review]\ndisable = ["AW4"]\n')
    settings = load_settings(path, environ={})
    assert (settings.smtp.host, settings.smtp.port) == ("mail.example", 465)
    assert settings.review.disable == ["AW4"]


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[smtp]\nhost = "from-file"\n')
    settings = load_settings(
        path, environ={"AFTERWORD_SMTP_HOST": "from-env", "AFTERWORD_SMTP_PORT": "2525"}
    )
    assert settings.smtp.host == "from-env"
    assert settings.smtp.port == 2525


def test_empty_variable_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[storage]\ndb = "kept.sqlite3"\n')
    assert load_settings(path, environ={"AFTERWORD_DB": ""}).storage.db == "kept.sqlite3"


@pytest.mark.parametrize("variable", sorted(ENVIRONMENT))
def test_every_documented_variable_reaches_its_setting(variable: str, tmp_path: Path) -> None:
    section, key = ENVIRONMENT[variable]
    values = {
        "port": "993",
        "security": "tls",
        "mode": "hosted",
        "allow_private_mail_hosts": "True",
    }
    value = values.get(key, "x")
    settings = load_settings(tmp_path / "none.toml", environ={variable: value})
    got = getattr(getattr(settings, section), key)
    assert str(got) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[smtp\nhost = 1", "not valid TOML"),
        ('[smtp]\nsecurity = "ssl"\n', "smtp.security"),
        ('[smtp]\nport = "many"\n', "smtp.port"),
        ('[smpt]\nhost = "x"\n', "smpt"),
    ],
)
def test_bad_file_names_the_file_and_setting(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_bad_variable_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"smtp\.port"):
        load_settings(tmp_path / "none.toml", environ={"AFTERWORD_SMTP_PORT": "smtp"})


def test_save_round_trips_and_leaves_secrets_out(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    settings = Settings.model_validate(
        {
            "smtp": {"host": "smtp.example", "password": "hunter2"},
            "llm": {"api_key": "sk-secret"},
            "review": {"severity": {"AW503": "warning"}, "known_words": ["Flink"]},
        }
    )
    save_settings(settings, path)
    text = path.read_text()
    assert "hunter2" not in text and "sk-secret" not in text
    again = load_settings(path, environ={})
    assert again.smtp.host == "smtp.example"
    assert again.smtp.password is None
    assert again.review.severity == {"AW503": "warning"}


def test_secrets_do_not_show_in_repr() -> None:
    settings = Settings.model_validate({"smtp": {"password": "hunter2"}})
    assert "hunter2" not in repr(settings)


# The plain reading (afterword.config_file) a cold ``afterword review note.eml`` uses.


def test_the_plain_reading_knows_every_setting_of_the_models() -> None:
    from afterword.config_file import PLAIN

    sections = {name: f.annotation for name, f in Settings.model_fields.items()}
    assert set(PLAIN) == set(sections)
    for name, model in sections.items():
        assert set(PLAIN[name]) == set(model.model_fields), name  # type: ignore[union-attr]


# Each field's type and limits as the plain checks were written for them: a change here
# needs the matching change in afterword.config_file.PLAIN.
FIELD_TYPES = {
    "profile.english": "Optional[Literal['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']] []",
    "storage.db": "str | None []",
    "smtp.host": "str | None []",
    "smtp.port": "int | None [Ge(ge=1), Le(le=65535)]",
    "smtp.user": "str | None []",
    "smtp.password": "str | None []",
    "smtp.security": "Literal['starttls', 'tls', 'none'] []",
    "smtp.timeout_seconds": "float []",
    "llm.base_url": "str | None []",
    "llm.model": "str | None []",
    "llm.api_key": "str | None []",
    "llm.timeout_seconds": "float []",
    "llm.max_revisions": "int []",
    "review.disable": "list[str] []",
    "review.severity": "dict[str, Literal['error', 'warning', 'info']] []",
    "review.known_words": "list[str] []",
    "review.dialect": "str | None []",
    "compose.formality": "Literal['formal', 'friendly', 'auto'] []",
    "schedule.country": "str []",
    "schedule.window_start": "str []",
    "schedule.window_end": "str []",
    "schedule.earliest_hours_after": "float []",
    "server.mode": "Literal['local', 'hosted'] []",
    "server.secret_key_file": "str | None []",
    "server.allow_private_mail_hosts": "bool []",
}


def test_the_models_fields_are_the_ones_the_plain_checks_were_written_for() -> None:
    found = {}
    for section, outer in Settings.model_fields.items():
        model = outer.annotation
        for name, field in model.model_fields.items():  # type: ignore[union-attr]
            kind = field.annotation
            shown = kind.__name__ if isinstance(kind, type) else str(kind).replace("typing.", "")
            found[f"{section}.{name}"] = f"{shown} {field.metadata}"
    imap = {k: v for k, v in found.items() if k.startswith("imap.")}
    assert imap == {k.replace("smtp.", "imap."): v for k, v in FIELD_TYPES.items() if "smtp." in k}
    assert {k: v for k, v in found.items() if k not in imap} == FIELD_TYPES
    from afterword.config import ReviewSettings

    assert list(ReviewSettings.__pydantic_decorators__.field_validators) == ["_known_english"]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"review": {"disable": ["AW4", "AW601"], "known_words": ["Kubernetes"]}},
        {"review": {"severity": {"AW2": "info"}, "dialect": "british"}},
        {"review": {"dialect": "american"}},
        {"review": {"dialect": ""}},
        {"profile": {"english": "en-GB"}},
        {"smtp": {"host": "mail.example", "port": 465, "security": "tls", "timeout_seconds": 5}},
        {"imap": {"port": 993}, "llm": {"max_revisions": 3, "timeout_seconds": 1.5}},
        {
            "schedule": {"country": "GB", "earliest_hours_after": 2},
            "compose": {"formality": "formal"},
        },
        {"server": {"mode": "hosted", "allow_private_mail_hosts": True}, "storage": {"db": "x"}},
    ],
)
def test_the_plain_reading_gives_what_the_models_give(data: dict) -> None:
    from afterword.config_file import plain_settings

    plain = plain_settings(data)
    model = Settings.model_validate(data)
    assert plain is not None
    assert plain.english == model.profile.english
    assert vars(plain.review) == model.review.model_dump()


@pytest.mark.parametrize(
    "data",
    [
        {"smtp": {"port": "2525"}},  # a variable's text: the model converts it
        {"smtp": {"port": 0}},
        {"smtp": {"security": "ssl"}},
        {"smtp": {"timeout_seconds": True}},
        {"smtp": {"hostname": "x"}},
        {"review": {"disable": "AW4"}},
        {"review": {"severity": {"AW2": "loud"}}},
        {"review": {"dialect": "klingon"}},
        {"profile": {"english": "en-gb"}},
        {"server": {"allow_private_mail_hosts": "yes"}},
        {"reviews": {}},
        {"review": []},
    ],
)
def test_the_plain_reading_leaves_anything_else_to_the_models(data: dict) -> None:
    from afterword.config_file import plain_settings

    assert plain_settings(data) is None


def test_a_cold_review_reports_a_bad_setting_as_the_full_command_does(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "config.toml"
    path.write_text('[review]\nseverity = { AW2 = "loud" }\n')
    note = tmp_path / "note.txt"
    note.write_text("Dear Sam,\n\nThank you for your time today.\n\nBest,\nJo\n")
    env = {"AFTERWORD_CONFIG": str(path), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "afterword", "review", str(note)]
    done = subprocess.run(run, env=env, capture_output=True, text=True)
    assert done.returncode != 0
    assert "review.severity" in done.stderr
