"""Plain text from bytes: encoding detection, BOM stripping, newline normalisation.

Analysts feed wortlaut whatever files they have: UTF-8, Windows code pages, UTF-16 exports.
Decoding is strict where it can be and refuses binary data instead of analysing noise.
"""
from __future__ import annotations

import codecs

import charset_normalizer

from wortlaut.ingest.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D}
_MAX_CHAOS = 0.1


def check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(f"input is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)")


def decode_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a text file's bytes into normalised text, or raise InputError saying why not."""
    check_size(len(data), max_bytes)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}") from None
    if _looks_binary(data):
        raise InputError("binary data, not text")
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise InputError("not valid UTF-8, and no known text encoding explains its bytes")
    return normalise_text(str(best))


def normalise_text(text: str) -> str:
    """Strip a leading BOM and turn Windows and old Mac line ends into ``\\n``."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def require_content(text: str) -> str:
    if not text.strip():
        raise InputError("empty text: nothing to analyse")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in _ALLOWED_CONTROLS)
    return controls > max(2, len(sample) // 100)
