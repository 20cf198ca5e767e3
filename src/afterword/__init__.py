"""afterword: thank-you notes and follow-ups after a job interview."""

__version__ = "0.1.0"
