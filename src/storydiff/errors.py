"""One exception hierarchy for everything storydiff raises on purpose.

    StorydiffError                 base; ``exit_code`` is what the CLI exits with
    ├── InputError (2)             bad input from the user
    │   ├── SourceNotFound         missing path, directory, unreadable file
    │   ├── UnsupportedInput       binary data, undecodable text, empty document, no article
    │   ├── InputTooLarge          over a size, sentence or document-count limit
    │   └── OutputExists           refusing to overwrite a file without --force
    ├── FetchError (3)             a URL could not be fetched (network, HTTP status, timeout)
    │   └── BlockedAddress         URL resolves to loopback/private/link-local/metadata space
    └── ModelError (4)             an encoder cannot be loaded (names the extra to install)

Third-party errors are wrapped at the boundary that calls them (``raise ... from exc``);
the CLI prints ``storydiff: error: <message>`` on one line and exits with ``exit_code``;
the web app maps InputError/FetchError to HTTP 4xx and anything else to 500.
"""

from __future__ import annotations


class StorydiffError(Exception):
    """Base class; the message is a complete sentence for the user."""

    exit_code = 1


class InputError(StorydiffError):
    exit_code = 2


class SourceNotFound(InputError):
    pass


class UnsupportedInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class OutputExists(InputError):
    pass


class FetchError(StorydiffError):
    exit_code = 3


class BlockedAddress(FetchError):
    pass


class ModelError(StorydiffError):
    exit_code = 4


__all__ = [
    "BlockedAddress",
    "FetchError",
    "InputError",
    "InputTooLarge",
    "ModelError",
    "OutputExists",
    "SourceNotFound",
    "StorydiffError",
    "UnsupportedInput",
]
