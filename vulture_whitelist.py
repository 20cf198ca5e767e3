"""Names that look unused to vulture but are called by a framework, a template or the tests.

Read by ``make lint`` (``vulture``, configured in pyproject.toml); never imported.
"""
# ruff: noqa
# fmt: off

# Enum members chosen by name on the command line or in interview files.
sarif, thank_you, follow_up, ONSITE

# pydantic and SQLAlchemy read these class attributes and hooks.
model_config, type_annotation_map, impl, cache_ok, process_bind_param, process_result_value
password_hash  # the hosted mode's sign-in column, set by the schema's migration

# html.parser.HTMLParser calls these with its own argument names.
handle_starttag, handle_endtag, handle_data, attrs

# Jinja templates read these.
mailto, editable, autoescape

# Third-party objects configured by setting an attribute.
total_tokens, should_exit

# Used by the tests and benchmarks: the rule examples' runner, the browser tests' server and
# the schedule benchmark's reference (reading every row).
run_example, running, _load, full_schedule

# Phrase banks: the picker reads them by name (banks.TAKES, Picker.pick("TOPIC", ...)).
TOPIC, TOPIC_NEUTRAL, FACT, FACT_NEUTRAL, EVENT, VALUED_TOPIC, RAPPORT
VALUED_FACT, RAPPORT_TOPIC, FOLLOW_MISSED, MISSED_SENTENCE, FOLLOW_INSIGHT_DONE, FOLLOW_INSIGHT_TOPIC
TOPIC_MORE, THANKS_MISSED, FOLLOW_RECALL, FOLLOW_AGAIN_MISSED
EVENT_NEUTRAL, THANKS_MISSED_PARTLY, VALUED_HOW, TOPIC_TALKED, VALUED_MINE, VALUED_TALKED
VALUED_SEEK, VALUED_NOTICED, RAPPORT_THEIRS, VALUED_QUALITY, VALUED_MATTERS

# Columns written for the record (when a row last changed); no code path reads them yet.
updated_at

# Hosted mode (issue 15): the accounts tables' columns, read and written through SQLAlchemy.
display_name, disabled_at, AuthSessionRow, token_hash, expires_at, last_seen_at, InviteRow
used_at, LoginAttemptRow, succeeded, AuditRow, actor_id, action, ShareRow, coach_id
CommentRow, author_id, UserSettingsRow, smtp_password, imap_password
derive_all, generate_secret, load_server_keys, UserDep, record

# Commands of `afterword users`, registered by their decorators.
list_users, reset_password, export_user, delete_user

# Read by the templates (the coaches' comments).
author

# The interview package's lazy attributes (PEP 562), called by the import system.
__getattr__
