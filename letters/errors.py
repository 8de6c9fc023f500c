"""Errors a user can cause, each mapped to exit code 2 by the CLI."""


class UserError(Exception):
    """A mistake in what the user gave us: bad usage, a bad answer, a file that exists."""

    def __init__(self, message: str, *, key: str | None = None) -> None:
        self.key = key
        super().__init__(f"{key}: {message}" if key else message)


class RenderError(Exception):
    """A document could not be rendered safely (a refused fetch, a missing glyph)."""


class UnsupportedCharacters(RenderError):
    """Text the installed fonts cannot print (WeasyPrint would draw empty boxes)."""

    def __init__(self, chars: str) -> None:
        self.chars = chars
        super().__init__(f"no installed font can print {describe(chars)}")

    def __reduce__(self) -> tuple[type, tuple[str]]:  # keeps `chars` across worker processes
        return (UnsupportedCharacters, (self.chars,))


def describe(chars: str) -> str:
    return ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars)
