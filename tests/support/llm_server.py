"""A local HTTP server speaking the OpenAI chat-completions protocol, with recorded answers.

It stands in for a hosted language model (the one thing tests cannot run here). Each request
to ``POST /v1/chat/completions`` takes the next recorded answer: a chat completion with the
given content, an HTTP error status, a raw (broken) body, or a hang longer than the client's
timeout. Every request is kept, so tests can read the prompt and the revision messages.

    with LLMServer([Answer.content('{"subject": "...", "body": "..."}')]) as server:
        settings.llm.base_url = server.base_url
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Answer:
    """One recorded answer of the stand-in model."""

    status: int = 200
    content: str | None = None  # the assistant message's text
    raw: bytes | None = None  # a body sent as is (for broken replies)
    delay: float = 0.0  # seconds to wait before answering (a hang, with a short client timeout)

    @classmethod
    def of(cls, content: str) -> Answer:
        """A normal chat completion whose message is ``content``."""
        return cls(content=content)

    @classmethod
    def draft(cls, subject: str, body: str) -> Answer:
        """A chat completion holding the JSON draft the composer asks for."""
        return cls(content=json.dumps({"subject": subject, "body": body}))

    @classmethod
    def error(cls, status: int = 500) -> Answer:
        """An HTTP error."""
        return cls(status=status, raw=b'{"error": {"message": "internal error"}}')

    @classmethod
    def hang(cls, seconds: float) -> Answer:
        """No answer for ``seconds``."""
        return cls(delay=seconds, content="{}")


@dataclass
class Recorded:
    """What the server received."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


class LLMServer:
    """A chat-completions server on 127.0.0.1 in a background thread."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = list(answers)
        self.recorded = Recorded()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a hanging answer must not hold up the test
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The base URL to configure as ``llm.base_url``."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The JSON bodies received, in order."""
        return self.recorded.requests

    def __enter__(self) -> LLMServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self, body: dict[str, Any], headers: dict[str, str]) -> Answer:
        with self._lock:
            self.recorded.requests.append(body)
            self.recorded.headers.append(headers)
            return self.answers.pop(0) if self.answers else Answer.error(503)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, b'{"error": "not found"}')
                    return
                answer = server._next(body, dict(self.headers))
                if answer.delay:
                    time.sleep(answer.delay)
                self._send(answer.status, answer.raw or completion(answer.content or "", body))

            def _send(self, status: int, payload: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

        return Handler


def completion(content: str, request: dict[str, Any]) -> bytes:
    """A chat-completions response body with one choice."""
    return json.dumps(
        {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "test-model"),
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": content},
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
    ).encode()
