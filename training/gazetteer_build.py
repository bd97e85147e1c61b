"""Build src/wortlaut/lang/de/gazetteer.tsv (and, with ``build_english``, the English one of
person names) from ../shared/data:

LOC  country names (German Foreign Office list; short and official names)
LOC  German city/town names (OpenStreetMap via LER gazetteers), one-word
     names only where HanTa reads the word as a proper noun (drops "Essen",
     "Hof", "Wald", ...)
PER  person names from the PETRARCH2 country actor dictionary (MIT): full
     names (2+ words), with German transliteration variants for names from
     the former Soviet Union (Ushakov -> Uschakow, Zelensky -> Selensky is
     not attempted; Lavrov -> Lawrow, Shoigu -> Schoigu).
"""
from __future__ import annotations

import re
from pathlib import Path

POST_SOVIET = ("RUS", "UKR", "BLR", "KAZ", "UZB", "KGZ", "TJK", "TKM", "MDA", "ARM", "AZE", "GEO")
TITLES = {"PRESIDENT", "CHANCELLOR", "KANZLER", "BUNDESKANZLER", "PRIME", "MINISTER", "GENERAL",
          "KING", "QUEEN", "PRINCE", "SHEIKH", "SHAIKH", "DR", "MR", "MRS", "SIR", "LORD", "GERMAN",
          "FOREIGN", "DEFENSE", "SECRETARY", "SENATOR", "GOVERNOR", "AYATOLLAH", "POPE", "EMIR",
          "SULTAN", "AMBASSADOR", "COLONEL", "MAYOR", "SPEAKER", "THE", "OF", "VICE", "FORMER", "CHAIRMAN", "LEADER"}
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "du", "di", "abu", "ben"}


def german_translit(name: str) -> str:
    s = name.lower().replace("ts", "z")
    s = s.replace("shch", "\x01").replace("sh", "\x02").replace("zh", "\x02")
    s = s.replace("kh", "\x03").replace("ch", "tsch").replace("\x03", "ch")
    s = s.replace("\x01", "schtsch").replace("\x02", "sch")
    s = re.sub(r"(^|\s|-)y", r"\1j", s)
    s = re.sub(r"(?<=[aeiou])y", "j", s)
    s = s.replace("v", "w")
    s = re.sub(r"ij\b", "i", s).replace("yj", "ij")
    return " ".join(w.capitalize() if w not in PARTICLES else w for w in s.split())


def title(name: str) -> str:
    return " ".join(w.capitalize() if w.lower() not in PARTICLES else w.lower()
                    for w in name.replace("_", " ").split())


def petrarch_persons(path: Path):
    """yield (name, country_prefix) for person entries and their aliases."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    cur, aliases, code = None, [], None

    def flush():
        if cur:
            for n in [cur] + aliases:
                yield n, code

    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] not in " \t+":
            yield from flush()
            body = line.split("#")[0].strip()
            cur = body.rstrip("_ ") if "[" not in body and "CountryInfo" in line else None
            aliases, code = [], None
        elif line.startswith("+") and cur:
            aliases.append(line[1:].split("#")[0].strip().rstrip("_ "))
        elif cur and "[" in line and code is None:
            m = re.search(r"\[([A-Z]{3})", line)
            code = m.group(1) if m else None
    yield from flush()


def person_names(data: Path):
    """yield (full name, country code) for the PETRARCH2 Phoenix actors of two words or more, title-cased."""
    for name, code in petrarch_persons(data / "events_petrarch2" / "dictionaries" / "Phoenix.Countries.actors.txt"):
        words = [w for w in name.split("_") if w]
        if len(words) < 2 or any(w in TITLES for w in words) or not all(w.isalpha() for w in words):
            continue
        yield title(" ".join(words)), code


def build_english(shared: Path, target: Path, log=print):
    """src/wortlaut/lang/en/gazetteer.tsv: the full names of persons only (PER), as the dictionary spells
    them; the English NER, trained on web text, knows few politicians ("Olaf Scholz" went unnamed, and
    "he" after him was read as the next name)."""
    names = sorted({name for name, _ in person_names(shared / "data")})
    log(f"English gazetteer: {len(names)} person names")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write("# wortlaut English gazetteer, built by training/gazetteer_build.py from ../shared/data\n"
                "# (PETRARCH2 Phoenix actor dictionary, MIT: full names of persons). LABEL<TAB>phrase\n")
        for name in names:
            f.write(f"PER\t{name}\n")


def build(shared: Path, target: Path, log=print):
    import HanTa.HanoverTagger as ht
    tagger = ht.HanoverTagger("morphmodel_ger.pgz")
    data = shared / "data"
    out = set()
    for line in (data / "gazetteers_german" / "laendernamen.list").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and "," not in line and line[0].isupper():
            out.add(("LOC", line))
    n_country = len(out)
    for line in (data / "gazetteers_german" / "stadtnamen.list").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if len(line) < 3 or not line[0].isupper() or "," in line:
            continue
        if " " not in line:
            tag = tagger.tag_sent([line], taglevel=1)[0][2]
            if tag != "NE":
                continue
        out.add(("LOC", line))
    n_city = len(out) - n_country
    n0 = len(out)
    surnames = set()
    for t, code in person_names(data):
        variants = [t]
        if code and code.startswith(POST_SOVIET):
            variants.append(german_translit(t))
        for v in variants:
            out.add(("PER", v))
            surname = v.split()[-1]
            if len(surname) >= 4 and surname[0].isupper():
                surnames.add(surname)
    cities = {p for lab, p in out if lab == "LOC"}
    n_sur = 0
    for sn in sorted(surnames - cities):
        # a surname alone only where HanTa reads it as a proper noun
        if tagger.tag_sent([sn], taglevel=1)[0][2] == "NE":
            out.add(("PER", sn))
            n_sur += 1
    log(f"gazetteer: {n_country} country names, {n_city} city names, {len(out) - n0} person names (of which {n_sur} surnames alone)")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write("# wortlaut German gazetteer, built by training/gazetteer_build.py from ../shared/data\n"
                "# (Auswärtiges Amt country list; OpenStreetMap city names, CC BY-SA 2.0 via LER gazetteers;\n"
                "# PETRARCH2 Phoenix actor dictionary, MIT). LABEL<TAB>phrase\n")
        for lab, p in sorted(out):
            f.write(f"{lab}\t{p}\n")
