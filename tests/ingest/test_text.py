import codecs

import pytest

from wortlaut.ingest import InputError
from wortlaut.ingest.text import decode_bytes

GERMAN = "Grüße aus Köln: Die Straße ist gesperrt, sagte der Sprecher."


def test_utf8_bom_is_stripped_and_crlf_normalised():
    assert decode_bytes(codecs.BOM_UTF8 + "Zeile eins\r\nZeile zwei\r\n".encode()) == "Zeile eins\nZeile zwei\n"


def test_utf16_with_bom():
    assert decode_bytes(GERMAN.encode("utf-16")) == GERMAN


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(encoding):
    text = (GERMAN + " Außerdem: Öl, Übermaß, Ärger. ") * 3
    assert decode_bytes(text.encode(encoding)) == text


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_invalid_utf8_that_no_encoding_explains_is_refused():
    with pytest.raises(InputError, match="no known text encoding"):
        decode_bytes(bytes(range(0x80, 0x100)) * 10)


def test_size_limit():
    with pytest.raises(InputError, match="over the limit of 10"):
        decode_bytes(b"x" * 11, max_bytes=10)


def test_the_text_read_keeps_its_unicode_spaces():
    text = "25.\u00a0Januar, 10\u202f000 Euro,\u2009sagte er."
    assert decode_bytes(text.encode()) == text  # the pipeline reads a copy with plain ones (nlp.pieces)
