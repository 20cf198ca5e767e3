"""The one base of every error a user can cause, with how the CLI and the web answer it."""

from __future__ import annotations


class AfterwordError(Exception):
    """Something the user asked for or gave that afterword cannot use; the message says why.

    Each message says what was wrong, where, and what would be right. The command line prints
    ``error: <message>`` and exits with ``exit_code`` (2: bad usage or input; 1: the action
    itself failed); the web app answers with ``http_status`` and the message on its error page.
    """

    exit_code: int = 2
    http_status: int = 400
