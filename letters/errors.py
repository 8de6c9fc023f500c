"""Errors a user can cause, each mapped to exit code 2 by the CLI."""


class UserError(Exception):
    """A mistake in what the user gave us: bad usage, a bad answer, a file that exists."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        self.key = key
        super().__init__(f"{key}: {message}" if key else message)


class RenderError(Exception):
    """A document could not be rendered safely (a refused fetch, a missing glyph)."""
