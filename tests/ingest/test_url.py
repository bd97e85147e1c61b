import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from wortlaut.ingest import InputError, ReadOptions, read_input
from wortlaut.ingest.url import FetchPolicy, fetch

from .test_html import ARTICLE_HTML


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        if self.path == "/article":
            body = ARTICLE_HTML.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(2)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            for _ in range(100):  # one byte every 0.2 s: each read is quick, the whole is 20 s
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        else:
            self.send_error(404)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


ALLOW = FetchPolicy(allow_private=True, timeout=5)


def test_fetches_article_and_follows_a_redirect(server):
    item = read_input(f"{server}/moved", ReadOptions(fetch=ALLOW))
    assert item.url == f"{server}/article"
    assert item.title == "Streit um den Haushalt eskaliert"


def test_loopback_is_refused_by_default(server):
    with pytest.raises(InputError, match="loopback, private or link-local"):
        fetch(f"{server}/article")


def test_404_is_a_clear_error(server):
    with pytest.raises(InputError, match="HTTP 404"):
        fetch(f"{server}/nothing-here", ALLOW)


def test_timeout(server):
    with pytest.raises(InputError, match="timed out"):
        fetch(f"{server}/slow", FetchPolicy(allow_private=True, timeout=0.3))


def test_redirect_limit(server):
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetch(f"{server}/loop", ALLOW)


def test_size_cap(server):
    with pytest.raises(InputError, match="over the limit"):
        fetch(f"{server}/article", FetchPolicy(allow_private=True, max_bytes=100))


def test_other_schemes_are_refused():
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_a_server_that_drips_bytes_cannot_stall_a_fetch(server):
    """--timeout bounds the whole fetch, not each read."""
    started = time.monotonic()
    with pytest.raises(InputError, match="timed out after 1 s"):
        fetch(f"{server}/drip", FetchPolicy(allow_private=True, timeout=1))
    assert time.monotonic() - started < 2.5
