"""Command line: argument parsing, what each command prints, and exit codes.

Exit codes: 0 done, 1 unexpected failure, 2 bad usage or bad input, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from letters import __version__
from letters.errors import RenderError, UserError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_OUT = Path("letters-out")

DESCRIPTION = """\
Write an objection to LinkedIn's use of your data for AI training, to paste into LinkedIn's
Data Processing Objection form, and a complaint (a report, in Switzerland) to your
data-protection authority as a PDF. Everything happens on this computer; nothing you type is
sent anywhere. This is not legal advice.
"""

EPILOG = """\
commands:
  letters new                  answer questions in the terminal (the default)
  letters render ANSWERS.toml  the same without questions, from an answers file
  letters example-answers      print a complete, commented answers file
  letters authorities [CC]     list the authorities, e.g. `letters authorities DE`
  letters forget               delete the details saved by `letters new --remember`

examples:
  letters example-answers > answers.toml   # edit it, then:
  letters render answers.toml --out my-letters
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"letters: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                        help="folder for the files (default: ./letters-out)")
    parser.add_argument("--force", action="store_true", help="replace files that already exist")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="letters", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"letters {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = sub.add_parser("new", help="ask the questions in the terminal and write the letters")
    _output_options(new)
    new.add_argument("--remember", action="store_true",
                     help="save your name, e-mail, addresses and country on this computer as the "
                          "defaults for the next run (`letters forget` deletes them)")

    render = sub.add_parser("render", help="write the letters from an answers file, no questions")
    render.add_argument("answers", type=Path, metavar="ANSWERS.toml",
                        help="answers file; `letters example-answers` prints one")
    _output_options(render)
    render.add_argument("--all-authorities", action="store_true",
                        help="render the case for every authority (the place set to each "
                             "authority's own) into one folder, for review")
    render.add_argument("--all-languages", action="store_true",
                        help="render the letters in every available language into one folder")

    sub.add_parser("example-answers", help="print a complete, commented answers file")
    sub.add_parser("forget", help="delete the details saved by `letters new --remember`")

    auth = sub.add_parser("authorities", help="list the data-protection authorities")
    auth.add_argument("country", nargs="?", metavar="COUNTRY",
                      help="ISO country code, e.g. DE, GB, CA (default: all)")
    auth.add_argument("--json", action="store_true", help="print the records as a JSON array")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _dispatch(args)
    except UserError as exc:
        print(f"letters: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RenderError as exc:
        print(f"letters: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except (KeyboardInterrupt, EOFError):
        print("\nletters: interrupted; nothing was written.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (`letters ... | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("LETTERS_DEBUG"):
            raise
        print(f"letters: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("letters: run again with LETTERS_DEBUG=1 for details, and please report it.",
              file=sys.stderr)
        return EXIT_FAILURE


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command or "new"
    if command == "example-answers":
        from letters.answers import example

        sys.stdout.write(example())
        return EXIT_OK
    if command == "forget":
        from letters import profile

        print(f"Deleted {profile.path()}." if profile.forget() else "No saved details to delete.")
        return EXIT_OK
    if command == "authorities":
        from letters.listing import list_authorities

        return list_authorities(args.country, as_json=args.json)
    if command == "render":
        if args.all_authorities or args.all_languages:
            from letters.commands import render_batch_command

            return render_batch_command(args.answers, out=args.out, force=args.force,
                                        every_authority=args.all_authorities,
                                        every_language=args.all_languages)
        # Fork the PDF worker before the heavy imports, so WeasyPrint loads in it meanwhile.
        from letters.workers import PdfWorkers

        with PdfWorkers(1) as workers:
            from letters.commands import render_command

            return render_command(args.answers, out=args.out, force=args.force, workers=workers)
    from letters.commands import new_command

    out = getattr(args, "out", DEFAULT_OUT)
    force = getattr(args, "force", False)
    return new_command(out=out, force=force, remember=getattr(args, "remember", False))


def entry() -> None:
    raise SystemExit(main())


if __name__ == "__main__":
    entry()
