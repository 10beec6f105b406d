"""The FramingError family: every error a user can cause, each with one clear line."""

from __future__ import annotations


class FramingError(Exception):
    """Base class: the CLI prints ``Error: <message>`` and exits with ``exit_code``."""

    exit_code = 1


class InputError(FramingError):
    """An input file or record cannot be read (bad path, missing text column, ...)."""


class BadRecordError(InputError):
    """A record was quarantined while ``--strict`` was set."""


class LexiconError(FramingError):
    """A lexicon or actor gazetteer file is malformed; the message names file and line."""


class SchemaError(FramingError):
    """A frame does not carry the columns a stage needs."""


class OutputError(FramingError):
    """The output folder cannot be written (unwritable, disk full, ...)."""


class UsageError(FramingError):
    """A bad combination of options."""

    exit_code = 2


class UnknownPackError(LexiconError, UsageError):
    """An option names a built-in lexicon pack that does not exist (a usage error)."""
