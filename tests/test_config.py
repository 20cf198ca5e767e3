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
