"""Hosted users' settings and mail passwords: encrypted at rest, rotated, never leaked."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from afterword.config import Settings
from afterword.keys import ServerKeys
from afterword.mail.vault import (
    Accounts,
    UnknownUser,
    Vault,
    VaultError,
    mail_users,
    rotate_all,
    save_user_settings,
    stored_data,
    stored_passwords,
    user_id_for,
    user_settings,
)
from afterword.store.db import Database, utcnow
from afterword.store.schema import User

OLD = "o" * 40
NEW = "n" * 40
PASSWORD = "correct horse battery staple"


def _user(db: Database, email: str) -> int:
    with db.session() as session:
        user = User(username=email, created_at=utcnow(), role="candidate")
        session.add(user)
        session.flush()
        return user.id


def _mine(**sections: dict) -> Settings:
    return Settings.model_validate(sections)


def test_the_password_is_never_in_clear_in_the_row_and_comes_back_to_send(
    database: Database,
) -> None:
    vault = Vault(ServerKeys(OLD.encode()))
    user = _user(database, "ada@example.com")
    mine = _mine(smtp={"host": "smtp.ada.example", "port": 587, "user": "ada"})
    save_user_settings(database, user, mine, passwords={"smtp": PASSWORD}, vault=vault)
    with database.engine.connect() as connection:
        raw = connection.execute(text("SELECT * FROM user_settings")).one()._mapping
    assert PASSWORD not in repr(dict(raw))
    assert raw["imap_password"] is None and raw["smtp_password"].startswith("gAAAA")
    data = raw["data"] if isinstance(raw["data"], dict) else json.loads(raw["data"])
    assert data["smtp"] == {"host": "smtp.ada.example", "port": 587, "user": "ada",
                            "security": "starttls", "timeout_seconds": 30.0}  # fmt: skip
    assert stored_passwords(database, user) == {"smtp": True, "imap": False}
    # Without the vault (a page, a list) the password is not even decrypted.
    assert user_settings(database, user, Settings(), None).smtp.password is None
    sending = user_settings(database, user, Settings(), vault)
    assert sending.smtp.password == PASSWORD
    assert PASSWORD not in repr(sending)


def test_a_users_sections_lie_over_the_servers_but_never_its_mail_servers(
    database: Database,
) -> None:
    server = Settings.model_validate({
        "smtp": {"host": "relay.operator.example", "user": "ops", "password": "operator-secret"},
        "schedule": {"country": "GB", "window_start": "09:00"},
        "review": {"known_words": ["Northwind"]},
    })  # fmt: skip
    user = _user(database, "bo@example.com")
    save_user_settings(database, user, _mine(schedule={"country": "DE"}))
    theirs = user_settings(database, user, server, Vault(ServerKeys(OLD.encode())))
    assert theirs.schedule.country == "DE"
    assert theirs.schedule.window_start == "08:00"  # the user's saved section, whole
    assert theirs.review.known_words == []
    assert theirs.smtp.host is None and theirs.smtp.password is None
    untouched = _user(database, "cy@example.com")
    assert user_settings(database, untouched, server).review.known_words == ["Northwind"]
    assert user_settings(database, untouched, server).smtp.host is None


def test_rotation_re_encrypts_every_password_so_the_old_secret_can_go(
    database: Database,
) -> None:
    before = Vault(ServerKeys(OLD.encode()))
    users = [_user(database, f"u{n}@example.com") for n in range(3)]
    for n, user in enumerate(users):
        mine = _mine(smtp={"host": "smtp.example", "user": f"u{n}"}, imap={"host": "imap.example"})
        passwords = {"smtp": f"smtp-{n}", "imap": f"imap-{n}"}
        save_user_settings(database, user, mine, passwords=passwords, vault=before)
    during = Vault(ServerKeys(NEW.encode(), (OLD.encode(),)))
    assert rotate_all(database, during) == 6
    after = Vault(ServerKeys(NEW.encode()))
    for n, user in enumerate(users):
        settings = user_settings(database, user, Settings(), after)
        assert (settings.smtp.password, settings.imap.password) == (f"smtp-{n}", f"imap-{n}")
    with pytest.raises(VaultError, match="cannot be decrypted"):
        user_settings(database, users[0], Settings(), before)


def test_rotation_without_the_old_secret_changes_nothing(database: Database) -> None:
    user = _user(database, "dee@example.com")
    save_user_settings(
        database, user, _mine(), passwords={"smtp": PASSWORD}, vault=Vault(ServerKeys(OLD.encode()))
    )
    with pytest.raises(VaultError, match="nothing was changed"):
        rotate_all(database, Vault(ServerKeys(NEW.encode())))
    settings = user_settings(database, user, Settings(), Vault(ServerKeys(OLD.encode())))
    assert settings.smtp.password == PASSWORD


def test_a_blank_password_keeps_the_stored_one(database: Database) -> None:
    vault = Vault(ServerKeys(OLD.encode()))
    user = _user(database, "eve@example.com")
    save_user_settings(database, user, _mine(), passwords={"smtp": PASSWORD}, vault=vault)
    save_user_settings(
        database, user, _mine(compose={"formality": "formal"}), passwords={"smtp": ""}
    )
    assert user_settings(database, user, Settings(), vault).smtp.password == PASSWORD
    assert stored_data(database, user)["compose"] == {"formality": "formal"}


def test_workers_find_users_by_address_and_skip_those_without_a_server(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AFTERWORD_SECRET_KEY", OLD)
    with_imap = _user(database, "fay@example.com")
    _user(database, "gus@example.com")
    save_user_settings(database, with_imap, _mine(imap={"host": "imap.example", "user": "fay"}))
    assert user_id_for(database, " Fay@Example.com ") == with_imap
    with pytest.raises(UnknownUser, match=r"nobody@example\.com"):
        user_id_for(database, "nobody@example.com")
    assert mail_users(database, "imap") == [with_imap]
    assert mail_users(database, "smtp") == []
    assert Accounts(database, Settings())(with_imap).imap.host == "imap.example"


def test_settings_stored_by_another_version_are_refused_by_name_not_by_crash(
    database: Database,
) -> None:
    from afterword.store.schema import UserSettingsRow

    user = _user(database, "hal@example.com")
    save_user_settings(database, user, _mine())
    with database.session() as session:
        row = session.get(UserSettingsRow, user)
        assert row is not None
        row.data = {"schedule": {"window_start": "08:00", "retired_option": True}}
    with pytest.raises(VaultError, match=r"schedule\.retired_option"):
        user_settings(database, user, Settings())
