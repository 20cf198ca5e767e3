"""The interview record: the model, name parsing, loading from files and calendar invites."""

from afterword.interview.model import Candidate, Format, Interview, Interviewer
from afterword.interview.names import PersonName, parse_name

__all__ = ["Candidate", "Format", "Interview", "Interviewer", "PersonName", "parse_name"]
