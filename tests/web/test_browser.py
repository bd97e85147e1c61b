"""The web app in a real browser (Debian's chromium, headless, driven by Selenium): the founding
article's attributions are highlighted, script payloads in a document render as text and run
nothing, and a story's comparison renders, prints without its navigation and links each claim to
its evidence marked in the article."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
    pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

import uvicorn  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from wortlaut.store import Store  # noqa: E402
from wortlaut.web import create_app  # noqa: E402

from tests.readouts import XSS_TEXT  # noqa: E402
from tests.stories_corpus import ingest_story_corpus  # noqa: E402


@contextmanager
def serving(path: Path) -> Iterator[str]:
    """The web app on the store at ``path``, served on a free local port; its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not app_server.started:
        assert time.monotonic() < deadline, "the web app did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        app_server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(analysed_store):
    path, ids = analysed_store
    with serving(path) as base:
        yield base, path, ids


@pytest.fixture(scope="module")
def story_server(tmp_path_factory, seed_text):
    path = tmp_path_factory.mktemp("browser-stories") / "stories.duckdb"
    ids = ingest_story_corpus(path, seed_text)
    with serving(path) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_the_founding_article_is_shown_whole_with_its_attributions_highlighted(server, browser):
    base, path, ids = server
    with Store.open(path, read_only=True) as store:
        readout = store.readout(ids["seed"])
    assert readout.attributions, "the founding article should yield attributions"
    browser.get(f"{base}/article/{ids['seed']}")
    article = browser.find_element(By.CSS_SELECTOR, "article.text")
    assert article.get_attribute("textContent") == readout.doc.text
    contents = browser.find_elements(By.CSS_SELECTOR, "article.text span.att.content")
    assert contents and contents[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    for att in readout.attributions:
        assert browser.find_elements(By.ID, f"att-{att.id}")
    if any(att.source for att in readout.attributions):
        assert browser.find_elements(By.CSS_SELECTOR, "article.text span.att.source")
    if any(att.cue for att in readout.attributions):
        assert browser.find_elements(By.CSS_SELECTOR, "article.text span.att.cue")
    panel = browser.find_elements(By.CSS_SELECTOR, "aside.panel ol.statements li")
    assert len(panel) == len(readout.attributions)


def test_script_payloads_render_as_text_and_run_nothing(server, browser):
    base, _, ids = server
    for url in (f"{base}/", f"{base}/article/{ids['xss']}", f"{base}/about?term=pwned"):
        browser.get(url)
        assert browser.execute_script("return typeof window.pwned") == "undefined"
        assert browser.find_elements(By.TAG_NAME, "script") == []
        assert browser.find_elements(By.TAG_NAME, "img") == []
    browser.get(f"{base}/article/{ids['xss']}")
    assert browser.title.startswith('Officials warn of <script>window.pwned = "title"</script> attacks')
    text = browser.find_element(By.CSS_SELECTOR, "article.text").get_attribute("textContent")
    assert text == XSS_TEXT
    assert '<img src=x onerror="window.pwned = \'img\'">' in browser.find_element(By.TAG_NAME, "main").text


def test_the_events_timeline_tells_asserted_from_other_events_and_marks_the_evidence(server, browser):
    base, path, ids = server
    with Store.open(path, read_only=True) as store:
        readout = store.readout(ids["seed"])
        other = store.readout(ids["xss"])
    assert readout.events, "the founding article should yield events"
    browser.get(f"{base}/events")
    items = browser.find_elements(By.CSS_SELECTOR, "ol.timeline li.event")
    shown = {a.text for a in browser.find_elements(By.CSS_SELECTOR, "ol.timeline li.event a.type")}
    assert items and {e.type for e in readout.events} <= shown
    styles = {item.get_attribute("class"): item.value_of_css_property("border-left-style") for item in items}
    assert styles.get("event told-asserted") == "solid"
    if "event told-other" in styles:
        assert styles["event told-other"] == "dashed"
    triggers = {m.trigger.text for r in (readout, other) for e in r.events for m in e.mentions}
    assert {mark.text for mark in browser.find_elements(By.CSS_SELECTOR, "ol.timeline mark")} <= triggers


def test_a_story_renders_prints_without_navigation_and_a_claim_links_to_its_evidence(story_server, browser):
    base, ids = story_server
    story = ids["seed"]
    browser.get(f"{base}/story/{story}")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "table.claims thead th")]
    assert sorted(headers[1:]) == ["Freie Presse", "RT DE", "Tagesschau", "White House"]
    assert browser.find_elements(By.CSS_SELECTOR, "table.sources tbody td.cell")
    legend = {how: browser.find_element(By.CSS_SELECTOR, f"p.legend .carried-{how}")
              for how in ("asserted", "attributed", "distanced", "denied")}
    looks = {how: (e.value_of_css_property("background-color"), e.value_of_css_property("border-top-style"))
             for how, e in legend.items()}
    assert len(set(looks.values())) == 4, looks  # each way of carrying a claim looks different
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert browser.find_element(By.CSS_SELECTOR, "header.top").value_of_css_property("display") == "none"
        assert browser.find_element(By.CSS_SELECTOR, "table.claims").is_displayed()
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    evidence = browser.find_element(By.CSS_SELECTOR, "table.claims td.cell a.ev-words")
    words, href = evidence.text, evidence.get_attribute("href")
    evidence.click()
    assert browser.current_url == href and "/article/" in href and "#ev-" in href
    doc_id = href.split("/article/")[1].split("?")[0]
    assert doc_id in ids.values() and doc_id != ids["summit"]
    start, end = map(int, href.split("#ev-")[1].split("-"))
    anchor = browser.find_element(By.ID, f"ev-{start}-{end}")
    marked = browser.find_elements(By.CSS_SELECTOR, "article.text span.ev")
    assert marked and " ".join("".join(m.get_attribute("textContent") for m in marked).split()) == words
    assert "ev" in anchor.find_element(By.XPATH, "following-sibling::span[1]").get_attribute("class").split()
    text = browser.find_element(By.CSS_SELECTOR, "article.text").get_attribute("textContent")
    assert text[start:end] == "".join(m.get_attribute("textContent") for m in marked)
