"""Generate the events analyser's data files from ../shared/data.

    python training/events_data.py --shared ../shared          # write the files
    python training/events_data.py --shared ../shared --check  # exit 1 if a file would change

Writes (formats, sources, licences and every choice: src/wortlaut/lang/events.md):

- src/wortlaut/events/cameo.tsv           CAMEO code -> PLOVER category, mode, context, quad class
                                          (PLOVER CAMEO2PLOVER-2021 table, CC BY-SA 4.0)
- src/wortlaut/lang/en/events.tsv         English verb triggers with simplified patterns
                                          (PETRARCH2 CAMEO.2.0 verb dictionary, MIT)
- src/wortlaut/lang/en/actors_phoenix.tsv countries, adjectives, capitals, institutions, persons,
                                          IGOs/NGOs and generic agents (Phoenix dictionaries, MIT)
- src/wortlaut/lang/{en,de}/actors_cldr.tsv  country names (Unicode CLDR via babel)

Needs spaCy (tokenising names as the pipelines do), babel, pycountry (alpha-2 -> alpha-3) and
countryinfo (capitals and demonyms, used only to sort the Phoenix country aliases into kinds).
Output is sorted and depends only on the inputs: a re-run writes identical files.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PKG = ROOT / "src" / "wortlaut"

# --------------------------------------------------------------------------- common


def log(*a: object) -> None:
    print(*a, flush=True)


def write_tsv(path: Path, header: list[str], rows: Iterable[tuple[str, ...]]) -> list[str]:
    """The file's lines (header + rows, tab-separated, '\\n' endings); tabs/newlines in a value
    would break the format, so they are refused rather than escaped."""
    lines = ["\t".join(header)]
    for row in rows:
        assert len(row) == len(header), (path, row)
        for v in row:
            assert "\t" not in v and "\n" not in v, (path, row)
        lines.append("\t".join(row))
    return lines


def strip_comment(line: str) -> str:
    """Dictionary comments start with '#' (the older ';' only in actor files, see below)."""
    return line.split("#", 1)[0]


# --------------------------------------------------------------------------- 1. cameo.tsv

QUADS = (
    (range(1, 6), "verbal_cooperation"),
    (range(6, 9), "material_cooperation"),
    (range(9, 14), "verbal_conflict"),
    (range(14, 21), "material_conflict"),
)

# PLOVER drops CAMEO 01 (statements) and 02 (appeals), so its table has no rows for them; the
# analyser still needs the codes because the verb dictionary produces them. Names from the
# CAMEO 1.1b3 codebook (02x mirrors 10x "Demand ..." one to one).
CAMEO_DROPPED = {
    "01": "Make public statement",
    "010": "Make statement, not specified below",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "02": "Appeal",
    "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation",
    "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)",
    "023": "Appeal for aid",
    "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform",
    "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change",
    "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to others to engage in or accept mediation",
}

# Codes the verb dictionary uses that the 2021 table lacks (later CAMEO additions). PLOVER
# category/mode/context chosen from the manual's mode lists (COERCE 'cyber', ASSAULT 'drone').
CAMEO_EXTRA = {
    "176": ("COERCE", "cyber", "cyber", "Attack cybernetically"),
    "1951": ("ASSAULT", "heavy-weapons", "military", "Employ precision-guided aerial munitions"),
    "1952": ("ASSAULT", "drone", "military", "Employ remotely piloted aerial munitions"),
}


@dataclass(frozen=True)
class Cameo:
    code: str
    plover: str
    mode: str
    context: str
    description: str


def quad(code: str) -> str:
    """The quad class follows the CAMEO root (as the brief and most CAMEO users do), not the
    PLOVER category: 163 is COERCE in PLOVER but stays in 16 = material conflict either way."""
    root = int(code[:2])
    for span, name in QUADS:
        if root in span:
            return name
    raise ValueError(code)


def read_plover_table(path: Path) -> dict[str, Cameo]:
    """CAMEO2PLOVER-2021.txt lines 'CODE: CATEGORY, MODE, CONTEXT # description'. The first line
    of a code wins: the table lists 175 twice and the root 08 twice (08: CONCEDE for 081-083,
    08: RETREAT for 084-087), so the root 08 reads CONCEDE like its default 080."""
    out: dict[str, Cameo] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        body, _, desc = rest.partition("#")
        parts = [p.strip() for p in body.split(",")]
        parts += [""] * (3 - len(parts))
        plover, mode, context = parts[0], parts[1], parts[2]
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        # "Ease curfew  21.09.17: "ease" is no longer a mode" -> "Ease curfew"
        desc = re.sub(r"\s{2,}\d\d\.\d\d\.\d\d:.*$", "", desc).strip()
        if code not in out:
            out[code] = Cameo(code, plover, mode, context, desc)
    return out


def cameo_table(plover: dict[str, Cameo], used: Iterable[str]) -> dict[str, Cameo]:
    """All codes of the PLOVER table, CAMEO 01/02 (PLOVER category empty) and every code the
    trigger lexicon uses; a code the table lacks inherits its parent's category."""
    table = dict(plover)
    for code, desc in CAMEO_DROPPED.items():
        table.setdefault(code, Cameo(code, "", "", "", desc))
    for code, (cat, mode, ctx, desc) in CAMEO_EXTRA.items():
        table.setdefault(code, Cameo(code, cat, mode, ctx, desc))
    for code in sorted(set(used) - set(table)):
        parent = next((table[p] for p in (code[:3], code[:2]) if p in table and p != code), None)
        if parent is None:
            raise ValueError(f"CAMEO code {code} has no parent in the table")
        log(f"cameo: {code} not in the PLOVER table, inherits {parent.code}")
        table[code] = Cameo(code, parent.plover, parent.mode, parent.context, "")
    # roots without a description (the table writes "03: AGREE") take their X0 code's text
    for code, c in list(table.items()):
        if len(code) == 2 and not c.description and code + "0" in table:
            table[code] = Cameo(code, c.plover, c.mode, c.context, table[code + "0"].description)
    return table


def cameo_rows(table: dict[str, Cameo]) -> list[tuple[str, ...]]:
    """Sorted as strings: '01' < '010' < '0101' < '011' lists the hierarchy depth first."""
    return [(c.code, c.plover, c.mode, c.context, quad(c.code), c.description)
            for c in sorted(table.values(), key=lambda c: c.code)]


# --------------------------------------------------------------------------- 2. events.tsv

# Words after a multiword verb: particles make a phrasal-verb lemma ("pull out"); prepositions
# become a prepositional slot "(with)". spaCy tags the first group 'prt', the second 'prep'.
PARTICLES = {"UP", "OUT", "DOWN", "OFF", "BACK", "AWAY", "FORTH", "FORWARD", "TOGETHER", "OVER",
             "IN", "BEHIND", "ASIDE", "APART", "AROUND", "ALONG"}
PREPOSITIONS = {"FOR", "WITH", "BY", "TO", "INTO", "AT", "AFTER", "ON", "THROUGH", "OF", "UPON",
                "AGAINST", "FROM", "TOWARD", "TOWARDS", "ABOUT", "ACROSS"}
CONJUNCTIONS = {"AND", "OR"}
# The recipient column names where the event's target is, in the analyser's slot syntax
# ('prep:with' = the noun of "with"; see lang/<code>/event_grammar.json recipient_slots). PETRARCH marks
# the target '+': "(WITH +)", "(AGAINST +)", "(INTO +)" (the country entered). A bare "(WITH)"
# slot (no noun: the object is an actor) counts for with/against/to only; "(BY)", "(FOR)",
# "(FROM)" never name the target.
RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "on", "upon", "at", "into"}
BARE_RECIPIENT_PREPS = {"with", "against", "to"}


@dataclass
class VerbBlock:
    name: str
    code: str                                   # the block's default code or '---'
    # (lemma, code, prefix, explicit): code is the verb's own [code] or else the block's
    verbs: list[tuple[str, str, str, bool]] = field(default_factory=list)
    # (pattern, code, recipient, exact): exact as ``pattern_slots`` says
    patterns: list[tuple[str, str, str, bool]] = field(default_factory=list)


@dataclass
class VerbStats:
    blocks: int = 0
    verbs: int = 0
    multiword: Counter = field(default_factory=Counter)
    patterns: int = 0
    skipped: Counter = field(default_factory=Counter)


def first_code(raw: str) -> str | None:
    """'042:043' (TABARI paired event: source did 042, target did 043) -> '042'; ':173' (only the
    reversed event) and '---' (explicitly no event) -> None; the lone '080!' -> '080'."""
    raw = raw.strip().rstrip("!")
    first = raw.split(":", 1)[0].strip()
    return first if first.isdigit() else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """'&NAME' followed by '+WORD' lines. Multiword members are left out: cut to their head they
    would widen the set ('CHEMICAL_WEAPON' in &WMD -> 'weapon', 'UNMANNED_AERIAL_SYSTEM' in
    &AIRCRAFT -> 'system'); the single-word members carry the set."""
    syn: dict[str, list[str]] = {}
    cur: list[str] | None = None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            cur = syn.setdefault(line.split()[0].rstrip("_"), [])
        elif line.startswith("+") and cur is not None:
            words = line[1:].strip().rstrip("_").replace("_", " ").split()
            if len(words) == 1 and words[0].lower() not in cur:
                cur.append(words[0].lower())
        elif line:
            cur = None
    return syn


def tokenize_pattern(s: str) -> list[str] | None:
    """Split a pattern tail into items: WORD, &SYN, {A B}, (PREP ...), $, +, ^, %."""
    items: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch in "{(":
            close = "}" if ch == "{" else ")"
            depth, j = 0, i
            while j < len(s):
                if s[j] == ch:
                    depth += 1
                elif s[j] == close:
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= len(s):
                return None
            items.append(s[i:j + 1])
            i = j + 1
        else:
            j = i
            while j < len(s) and not s[j].isspace() and s[j] not in "{(":
                j += 1
            items.append(s[i:j])
            i = j
    return items


def noun_slot(item: str, syn: dict[str, list[str]]) -> str | None:
    """A noun item -> slot text: 'AID' -> 'aid'; '{FINANCIAL AID}' -> 'aid' (head only);
    '&WEAPON' -> 'weapon|missile|...'. None where it cannot be expressed, as for a compound that
    ends in a preposition ('{SLOGAN AGAINST}', 'IDEA_OF': its head is no noun)."""
    if item.startswith("{"):
        words = item[1:-1].split()
        if not words or words[-1] in PREPOSITIONS:
            return None
        item = words[-1]
    item = item.strip("_")
    if not item or any(c in item for c in "$+^%(){}"):
        return None
    if item.startswith("&"):
        alts = syn.get(item.rstrip("_"))
        return "|".join(alts) if alts else None
    if "_" in item:                                   # DEBT_RELIEF: consecutive words, head last
        item = item.split("_")[-1]
        if item in PREPOSITIONS:                      # IDEA_OF: no noun to look for
            return None
    return item.lower() if re.fullmatch(r"[A-Za-z][A-Za-z'-]*", item) else None


def pattern_slots(tail: str, syn: dict[str, list[str]]) -> tuple[str, str, bool] | str:
    """The words after '*' -> (pattern, recipient, exact) or the reason it is skipped. A preposition
    written without brackets opens a prepositional phrase with the item after it, as one in brackets does
    ('- * TO POLICE' is '(TO POLICE)', '- * WITH' is '(WITH)'): as a word of its own it would match any
    'with' of the clause, and outrank the bracketed phrase it means. ``exact``: the pattern stands as
    written, no {COMPOUND} or DEBT_RELIEF cut to its head word and no preposition bracketed."""
    written = tokenize_pattern(tail.replace("_ ", " "))
    if written is None:
        return "unbalanced brackets"
    items = _bracket_prepositions(written)
    slots: list[str] = []
    recipient = ""
    for item in items:
        if item in {"$", "+", "^", "%"} or item[0] in "$+^%":
            return "actor marker outside a prepositional phrase"
        if item.startswith("("):
            inner = tokenize_pattern(item[1:-1].strip())
            if not inner:
                return "empty prepositional phrase"
            prep, rest = inner[0], inner[1:]
            if not re.fullmatch(r"[A-Za-z]+", prep):
                return "prepositional phrase without a preposition"
            prep = prep.lower()
            if not rest:
                slots.append(f"({prep})")
                if prep in BARE_RECIPIENT_PREPS:
                    recipient = recipient or f"prep:{prep}"
            elif rest == ["+"]:
                if prep not in RECIPIENT_PREPS:
                    return "actor marker outside a prepositional phrase"
                slots.append(f"({prep})")
                recipient = recipient or f"prep:{prep}"
            elif any(r in {"$", "+", "^", "%"} for r in rest):
                return "actor marker outside a prepositional phrase"
            else:
                head = noun_slot(rest[-1], syn)
                if head is None:
                    return "undefined synset or odd word"
                slots.append(f"({prep} {head})")
        else:
            slot = noun_slot(item, syn)
            if slot is None:
                return "undefined synset or odd word"
            slots.append(slot)
    if not slots:
        return "no words after the verb"
    return " ".join(slots), recipient, "{" not in tail and "_" not in tail and items == written


def _bracket_prepositions(items: list[str]) -> list[str]:
    """'TO', 'POLICE' -> '(TO POLICE)'; a last 'WITH' -> '(WITH)'; an item after the preposition that is
    itself bracketed or a marker stays where it is."""
    out: list[str] = []
    i = 0
    while i < len(items):
        item = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if item.upper() not in PREPOSITIONS and not (item.upper() == "IN" and nxt is not None):
            out.append(item)  # ('IN' also a particle: 'IN HUNGER_STRIKE' opens a phrase, a last 'IN' does not)
        elif nxt is None or nxt[0] in "($+^%":
            out.append(f"({item})")
        else:
            out.append(f"({item} {nxt})")
            i += 1
        i += 1
    return out


def multiword_verb(words: list[str], known: set[str]) -> tuple[str, str] | str:
    """'+PULL_OUT' -> ('pull out', ''); '+ASK_FOR' -> ('ask', '(for)'); '+SET_IN_MOTION' ->
    ('set', '(in motion)'); '+WAGE_WAR' -> ('wage', 'war') where WAGE is a verb of its own in
    the dictionary; anything else (WIRE_+TAP, KILLED_AND, IS_DETERMINED) -> skip reason."""
    verb, rest = words[0], words[1:]
    if any(w in CONJUNCTIONS for w in rest):
        return "coordination (X_AND_Y)"
    if not re.fullmatch(r"[A-Z]+", verb) or not all(re.fullmatch(r"[A-Z]+", w) for w in rest):
        return "not a plain word sequence"
    lemma = verb.lower()
    if rest and rest[0] in PARTICLES and (len(rest) == 1 or rest[1] in PREPOSITIONS):
        lemma += " " + rest[0].lower()
        rest = rest[1:]
    if not rest:
        return lemma, ""
    if verb not in known:
        return "first word is not a verb of the dictionary"
    if rest[0] in PREPOSITIONS and len(rest) <= 2:
        return lemma, "(" + " ".join(w.lower() for w in rest) + ")"
    if len(rest) == 1:
        return lemma, rest[0].lower()
    if len(rest) == 3 and rest[1] in PREPOSITIONS:        # GET_HOLD_OF -> get  hold (of)
        return lemma, f"{rest[0].lower()} ({rest[1].lower()} {rest[2].lower()})"
    if len(rest) == 2 and rest[1] in PREPOSITIONS:
        return lemma, f"{rest[0].lower()} ({rest[1].lower()})"
    return "unrecognised multiword form"


def read_verb_blocks(path: Path, stats: VerbStats) -> list[VerbBlock]:
    """The '####### VERB PATTERNS #######' part of CAMEO.2.0.txt: '--- NAME [CODE] ---' opens a
    block; verb lines 'VERB {irregular forms} [own code]'; pattern lines '- PRE * POST [CODE]';
    '~' transformation lines are ignored. Patterns belong to the whole block (PETRARCH stores
    them under the block's first verb and points every member verb there)."""
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(text) if "VERB PATTERNS" in line)
    syn = read_synsets(text[:start])
    known = set()
    for raw in text[start:]:
        line = strip_comment(raw).strip()
        m = re.match(r"^([A-Z][A-Z'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", line)
        if m:
            known.add(m.group(1))
    blocks: list[VerbBlock] = []
    cur: VerbBlock | None = None
    for raw in text[start + 1:]:
        line = strip_comment(raw).rstrip()
        if not line.strip():
            continue
        if line.startswith("---"):
            m = re.match(r"^---\s*(\S+)\s*(?:\[([^\]]*)\])?", line)
            code = (m.group(2) or "---").strip() if m else "---"
            cur = VerbBlock(m.group(1) if m else "?", code)
            blocks.append(cur)
            stats.blocks += 1
            continue
        if cur is None or line.startswith("~"):
            continue
        if line.startswith("-"):
            stats.patterns += 1
            m = re.match(r"^-(.*)\[([^\]]*)\]\s*$", line)
            if not m:
                stats.skipped["pattern without [code]"] += 1
                continue
            body, raw_code = m.groups()
            code = first_code(raw_code)
            if code is None:
                stats.skipped["code '---' or ':X' (no event / reversed event only)"] += 1
                continue
            if "*" not in body:
                stats.skipped["no '*'"] += 1
                continue
            pre, _, post = body.partition("*")
            if pre.strip():
                stats.skipped["words before the verb"] += 1
                continue
            res = pattern_slots(post.strip(), syn)
            if isinstance(res, str):
                stats.skipped[res] += 1
                continue
            cur.patterns.append((res[0], code, res[1], res[2]))
            continue
        # a verb line
        m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
        if not m:
            continue
        word, own = m.group(1), m.group(3)
        own_code = first_code(own) if own is not None else None
        if own is None:
            own_code = first_code(cur.code)
        stats.verbs += 1
        if word.startswith("+") or "_" in word:
            if not word.startswith("+"):
                stats.multiword["words before the verb (WIRE_+TAP)"] += 1
                continue
            res = multiword_verb(word[1:].rstrip("_").split("_"), known)
            if isinstance(res, str):
                stats.multiword[res] += 1
                continue
            stats.multiword["converted"] += 1
            cur.verbs.append((res[0], own_code or "", res[1], own is not None))
            continue
        if "-" in word:      # RE-ADMIT: spaCy splits the hyphen, READMIT is listed as well
            stats.multiword["hyphenated verb"] += 1
            continue
        if not re.fullmatch(r"[A-Z]+", word):
            stats.multiword["not a plain word"] += 1
            continue
        cur.verbs.append((word.lower(), own_code or "", "", own is not None))
    return blocks


# A verb listed in two blocks gets the first block's default code unless a later listing gives
# it an explicit code of its own ('BEAT [182]' beats BEAT under DESTROY [190]). One listing is
# overridden by hand: PULL_OUT sits in GO_SOMEWHERE [040] (visits) before RETREAT [080].
DEFAULT_BLOCK = {"pull out": "RETREAT"}


def default_codes(blocks: list[VerbBlock]) -> tuple[dict[tuple[str, str], str], list[str]]:
    """(lemma, prefix) -> the verb's default code, and the conflicts resolved on the way."""
    cands: dict[tuple[str, str], list[tuple[bool, str, str]]] = {}
    for block in blocks:
        for lemma, code, prefix, explicit in block.verbs:
            if code:
                cands.setdefault((lemma, prefix), []).append((explicit, code, block.name))
    chosen: dict[tuple[str, str], str] = {}
    notes: list[str] = []
    for key, cs in cands.items():
        pick = next((c for c in cs if c[2] == DEFAULT_BLOCK.get(key[0]) and not key[1]), None)
        pick = pick or next((c for c in cs if c[0]), None) or cs[0]
        chosen[key] = pick[1]
        if len({c[1] for c in cs}) > 1:
            notes.append(f"{' '.join(key).strip()}: " + ", ".join(
                f"{c[2]} {c[1]}{' (own code)' if c[0] else ''}" for c in cs) + f" -> {pick[1]}")
    return chosen, sorted(notes)


def trigger_rows(blocks: list[VerbBlock]) -> tuple[list[tuple[str, ...]], Counter, list[str]]:
    """One row per (lemma, pattern): the verb's default code (pattern empty, or the verb's own
    prepositional/object part: 'ask' '(for)') and every block pattern for every bare verb of the
    block. Verbs with such a part get no block patterns: those were written for the bare verb.
    For a repeated (lemma, pattern) the first code in file order wins, except that a pattern
    written as it stands beats one cut from a compound or bracketed ('pattern_slots'): 'LAUNCH *
    OFFENSIVE [190]' beats the earlier '* {DIPLOMATIC OFFENSIVE} [022]', which is also 'offensive' once
    cut, and '* (TO) [042]' the earlier '* TO [030]'. Rows are sorted."""
    defaults, notes = default_codes(blocks)
    rows: dict[tuple[str, str], tuple[str, str, bool]] = {}
    conflicts: Counter = Counter()
    for (lemma, prefix), code in defaults.items():
        m = re.fullmatch(r"\((\w+)\)", prefix)
        recipient = f"prep:{m.group(1)}" if m and m.group(1) in BARE_RECIPIENT_PREPS else ""
        rows[(lemma, prefix)] = (code, recipient, True)
    for block in blocks:
        for lemma, _code, prefix, _explicit in block.verbs:
            if prefix:
                continue
            for pattern, code, recipient, exact in block.patterns:
                key = (lemma, pattern)
                if key in rows and (rows[key][2] or not exact):
                    if rows[key][0] != code:
                        conflicts["pattern"] += 1
                    continue
                if key in rows and rows[key][0] != code:
                    conflicts["cut or bracketed, overridden"] += 1
                rows[key] = (code, recipient, exact)
    out = [(lemma, "VERB", code, pattern, recipient)
           for (lemma, pattern), (code, recipient, _exact) in rows.items()]
    out.sort(key=lambda r: (r[0], r[3], r[2]))
    return out, conflicts, notes


# --------------------------------------------------------------------------- 3. actors

KINDS = ("country", "capital", "adjective", "person", "institution", "igo", "agent", "place")
# CAMEO sector codes accepted in the agent column (religion/ethnicity codes such as MUS, CHR,
# JEW are not sectors and are left out; IGO/NGO/MNC say what kind of body it is).
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "MED", "CVL", "OPP", "REB", "BUS", "EDU", "HLH",
           "IGO", "NGO", "REF", "SPY", "UAF", "AGR", "CRM", "ELI", "LAB", "PTY", "ENV", "HRI",
           "DEV", "RAD", "MNC", "NGM", "INS", "SEP", "PRM", "JRN"}
# PLOVER: Kosovo has no ISO code and is "KOS" (Phoenix uses the World Bank's KSV, CLDR XK).
# Phoenix typos/private codes: FRN (France), IMY (Isle of Man, ISO IMN).
COUNTRY_FIX = {"KSV": "KOS", "XKX": "KOS", "FRN": "FRA", "IMY": "IMN"}
NATO, EU = "NATO", "EUR"
TITLE_WORDS = {"PRESIDENT", "CHANCELLOR", "PRIME", "MINISTER", "GENERAL", "KING", "QUEEN",
               "PRINCE", "PRINCESS", "SHEIKH", "SHAIKH", "SHEIK", "DR", "DR.", "MR", "MR.", "MRS",
               "MRS.", "MS", "SIR", "LORD", "LADY", "BARONESS", "BARON", "SECRETARY", "SENATOR",
               "SEN.", "GOVERNOR", "AYATOLLAH", "POPE", "EMIR", "SULTAN", "AMBASSADOR", "COLONEL",
               "COL.", "GEN.", "MAYOR", "SPEAKER", "THE", "OF", "VICE", "FORMER", "EX", "CHAIRMAN",
               "LEADER", "PREMIER", "FOREIGN", "DEFENSE", "DEFENCE", "CHIEF", "COMMANDER",
               "DEPUTY", "REPRESENTATIVE", "REP.", "CONGRESSMAN", "CONGRESSWOMAN", "JUDGE",
               "JUSTICE", "PRESIDENTIAL", "CANDIDATE", "OPPOSITION", "SPOKESMAN", "SPOKESWOMAN",
               "MINISTRY", "ADMINISTRATION", "GOVERNMENT", "CROWN", "HIS", "HER", "MAJESTY",
               "HIGHNESS", "ARCHBISHOP", "BISHOP", "CARDINAL", "REVEREND", "REV.", "RABBI",
               "IMAM", "MULLAH", "GRAND", "SUPREME", "MARSHAL", "ADMIRAL", "CAPTAIN", "MAJOR",
               "LIEUTENANT", "SERGEANT", "FIELD", "AIR", "CHIEF-OF-STAFF", "STAFF", "PARTY",
               "SOVIET", "COMMUNIST", "SECRETARY-GENERAL", "UN", "U.N.", "UNITED", "NATIONS"}
INSTITUTION_WORDS = {"COUNCIL", "PARTY", "MOVEMENT", "FORCE", "FORCES", "ARMY", "NAVY", "MINISTRY",
                     "DEPARTMENT", "AGENCY", "COMMITTEE", "ASSEMBLY", "CONGRESS", "COURT",
                     "HOUSE", "KREMLIN", "HEADQUARTERS", "COMMUNITY", "RESERVE", "ADMINISTRATION",
                     "SERVICE", "SERVICES", "POLICE", "YARD", "OFFICE", "BANK", "PARLIAMENT",
                     "SENATE", "GOVERNMENT", "CABINET", "COALITION", "FRONT", "UNION", "GUARD",
                     "GUARDS", "BRIGADE", "BRIGADES", "CORPS", "COMMISSION", "BUREAU", "AUTHORITY",
                     "POLITBURO", "DUMA", "KNESSET", "BUNDESTAG", "SECRETARY", "SECRETARIAT",
                     "INSTITUTE", "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "FEDERATION",
                     "LEAGUE", "ALLIANCE", "PALACE", "STREET", "FOUNDATION", "COMMAND",
                     "INTELLIGENCE", "UNIT", "UNITS", "GROUP", "BOARD", "TRIBUNAL", "CHAMBER",
                     "PRESIDENCY", "STATE", "SYSTEM", "REGIME", "JUNTA", "MILITIA", "MILITIAS",
                     "REPUBLIC", "NATIONAL", "FEDERAL", "MINISTERS", "COMPANY", "CORPORATION",
                     "MILITARY", "PENTAGON", "TEAM", "BASED", "TANK"}
# what may follow the shared start of a country name and its adjective (afghan|i, dutch|man)
DEMONYM_TAILS = {"n", "an", "ian", "ean", "en", "ese", "ish", "i", "ani", "ic", "ch", "h", "man",
                 "woman", "er", "ite", "ine", "ot", "iot", "ais", "ois", "ek", "ino", "ene"}
DEMONYM_SUFFIXES = ("an", "ian", "ean", "ese", "ish", "i", "ic", "ch", "sh", "ss", "ot", "ite",
                    "ine", "ek", "ino", "ene", "ais", "ois", "er")


def fold(s: str) -> str:
    """Lower-case ASCII letters only: compares 'Côte d’Ivoire' with 'COTE_D'IVOIRE_'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z]+", "", s)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, cut off above ``limit`` (only small distances matter here)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


class Tokens:
    """Names are written as the language's spaCy tokenizer splits them (lower-cased tokens
    joined by one space), so a matcher over token sequences finds them: 'ban ki - moon' in
    English, 'kongo-kinshasa' in German. Words are capitalised first because the tokenizer's
    exceptions are case-sensitive ('St.', 'U.S.', 'D.C.' stay one token)."""

    def __init__(self, lang: str) -> None:
        import spacy

        self.nlp = spacy.blank(lang)
        self.cache: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        name = name.replace("’", "'").replace("`", "'")
        if name not in self.cache:
            words = []
            for w in name.split():
                if re.fullmatch(r"(?:[a-z]\.)+", w):
                    words.append(w.upper())
                else:
                    words.append(w[:1].upper() + w[1:])
            toks = [t.text.lower() for t in self.nlp.make_doc(" ".join(words)) if not t.is_space]
            self.cache[name] = " ".join(toks)
        return self.cache[name]


@dataclass(frozen=True)
class Actor:
    name: str
    country: str
    agent: str
    kind: str
    rank: tuple  # lower wins when two rows share a name

    def row(self) -> tuple[str, str, str, str]:
        return (self.name, self.country, self.agent, self.kind)


def stop_words(lang: str) -> set[str]:
    """Names that are function words once lower-cased ('us', 'who') would fire everywhere."""
    import spacy

    return set(spacy.blank(lang).Defaults.stop_words)


def common_words(ewt: Path, min_count: int = 3) -> set[str]:
    """Words written in lower case at least ``min_count`` times in UD English-EWT train: a
    one-word capital, person or institution name among them ('male', 'youth') would match an
    ordinary word once the text is lower-cased, so such names are left out."""
    import lzma

    counts: Counter = Counter()
    with lzma.open(ewt, "rt", encoding="utf-8") as f:
        for line in f:
            if line[:1].isdigit():
                form = line.split("\t", 2)[1]
                if form.isalpha() and form.islower():
                    counts[form] += 1
    return {w for w, n in counts.items() if n >= min_count}


def dedupe(actors: Iterable[Actor]) -> list[Actor]:
    best: dict[str, Actor] = {}
    for a in actors:
        if a.name not in best or a.rank < best[a.name].rank:
            best[a.name] = a
    return sorted(best.values(), key=lambda a: (a.name, a.country, a.agent, a.kind))


# ---- ISO and CLDR


def iso_codes() -> tuple[dict[str, str], set[str]]:
    """alpha-2 -> alpha-3, and the set of current alpha-3 codes (pycountry = ISO 3166-1)."""
    import pycountry

    a2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    a2["XK"] = "KOS"
    return a2, set(a2.values())


def cldr_names(lang: str) -> dict[str, str]:
    """CLDR territory names of ``lang`` for 2-letter codes (regions like '150' and the
    non-countries EU, EZ, UN, QO, XA, XB, ZZ are not countries)."""
    from babel import Locale

    return {k: v for k, v in Locale(lang).territories.items()
            if len(k) == 2 and k.isalpha() and k not in {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}}


def name_variants(name: str, lang: str) -> list[str]:
    """'Myanmar (Burma)' -> 'Myanmar', 'Burma'; 'Bosnia & Herzegovina' -> '... and ...'."""
    name = name.replace("&", "and" if lang == "en" else "und")
    out = []
    m = re.fullmatch(r"(.*?)\s*\((.*)\)\s*", name)
    if m:
        out += [m.group(1), m.group(2)]
    else:
        out.append(name)
    return [re.sub(r"\s+", " ", v).strip() for v in out if v.strip()]


def cldr_actor_rows(lang: str) -> list[tuple[str, ...]]:
    a2to3, _ = iso_codes()
    tok = Tokens(lang)
    stop = stop_words(lang)
    actors = []
    for a2, name in sorted(cldr_names(lang).items()):
        a3 = a2to3.get(a2)
        if a3 is None:
            continue
        for v in name_variants(name, lang):
            n = tok(v.lower())
            if n and n not in stop:
                actors.append(Actor(n, COUNTRY_FIX.get(a3, a3), "", "country", (0, a2)))
    return [a.row() for a in dedupe(actors)]


# ---- Phoenix dictionaries


@dataclass
class Group:
    """One actor record: names (primary + '+' synonyms) sharing one list of codes."""
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    countryinfo: bool = False
    order: int = 0


def read_actor_groups(path: Path) -> list[Group]:
    """PETRARCH's reader: a primary line starts a new record once the current one has codes
    (consecutive code-less primaries share the codes that follow); '+' lines are synonyms;
    tab-indented '[CODE dates]' lines are date restrictions. ';' and '#' start comments."""
    groups: list[Group] = []
    cur: Group | None = None
    text = path.read_text(encoding="utf-8", errors="replace")
    text = "".join(c for c in text if c in "\t\n" or ord(c) >= 32)
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith(("#", "<!", "<")):
            continue
        body, _, comment = raw.partition("#")
        body, _, comment2 = body.partition(";")
        comment += comment2
        codes = re.findall(r"\[([^\]]*)\]", body)
        name = re.sub(r"\[.*", "", body).strip()
        if raw[0] in "\t " and not name:
            if cur is not None:
                cur.codes += codes
            continue
        if raw[0] == "+":
            if cur is not None:
                cur.names.append(name[1:].strip())
                cur.codes += codes
                cur.countryinfo |= "countryinfo" in comment.lower()
            continue
        if cur is None or cur.codes:
            cur = Group(order=len(groups))
            groups.append(cur)
        cur.names.append(name.strip())
        cur.codes += codes
        cur.countryinfo |= "countryinfo" in comment.lower()
    return [g for g in groups if g.codes]


def parse_date(s: str) -> int | None:
    """YYYYMMDD or YYMMDD (PETRARCH: YY <= 30 is 20YY) -> YYYYMMDD as int."""
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) <= 7:
        if len(s) != 6:
            return None
        yy = int(s[:2])
        s = f"{2000 + yy if yy <= 30 else 1900 + yy}{s[2:]}"
    v = int(s[:8])
    return v if 1000_00_00 < v < 3000_00_00 else None


OPEN = 9999_99_99


def current_code(codes: list[str]) -> tuple[str, int] | None:
    """The code in force after the latest dated restriction: the restriction with the latest
    end ('>date' is open-ended) or, when that has ended and an undated default exists, the
    default (PETRARCH's rule for dates no restriction covers: Gorbachev -> RUSELI). Returns
    (code, end date) where the end date ranks recency."""
    dated: list[tuple[int, int, str]] = []
    default: str | None = None
    for raw in codes:
        parts = raw.strip().split(None, 1)
        if not parts:
            continue
        code, rest = parts[0].strip(), (parts[1] if len(parts) > 1 else "").replace(" ", "")
        if not re.fullmatch(r"[A-Z~]+", code):
            continue
        if not rest:
            default = default or code
            continue
        if rest.startswith(">"):
            start = parse_date(rest[1:])
            if start:
                dated.append((OPEN, start, code))
        elif rest.startswith("<"):
            end = parse_date(rest[1:])
            if end:
                dated.append((end, 0, code))
        elif "-" in rest:
            a, _, b = rest.partition("-")
            start, end = parse_date(a), parse_date(b)
            if start and end and end >= start:
                dated.append((end, start, code))
        else:
            default = default or code            # a bare date: PETRARCH treats it as default
    if dated:
        end, _start, code = max(dated)
        if end != OPEN and default is not None:
            return default, end
        return code, end
    if default is not None:
        return default, OPEN
    return None


@dataclass(frozen=True)
class Code:
    country: str
    agent: str
    igo: bool
    exact: bool = False       # the code is just a country (RUS) or a dependency (DNKGRL)


def split_code(code: str, iso3: set[str]) -> Code | None:
    """A CAMEO actor code as 3-letter blocks -> (country, agent). IGO codes: NATO (IGOWSTNAT),
    EUR (IGOEUREEC = the EU) or the whole Phoenix code (IGOUNO, IGOUNOKID, IGOSEAASN, ...);
    NGO/MNC codes keep an embedded country (NGOUSA..., MNCRUS...) and the agent NGO/MNC;
    'IMG' (transnational armed groups) has no country, agent REB; dependencies written
    GBRFLK/DNKGRL take the territory's own ISO code; region codes (AFR, EUR = Europe, MEA, ...)
    give no country."""
    code = code.strip("~").upper()
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not blocks or any(len(b) != 3 for b in blocks):
        return None
    head = blocks[0]
    if head == "IGO":
        if code.startswith("IGOWSTNAT"):
            return Code(NATO, "", True)
        if code.startswith("IGOEUREEC"):
            return Code(EU, "", True)
        return Code(code, "", True)
    if head in {"NGO", "MNC", "NGM"}:
        country = ""
        # MUS after NGO is CAMEO's "Muslim", not Mauritius
        if len(blocks) > 1 and blocks[1] != "MUS" and COUNTRY_FIX.get(blocks[1], blocks[1]) in iso3:
            country = COUNTRY_FIX.get(blocks[1], blocks[1])
        return Code(country, "MNC" if head == "MNC" else "NGO", False)
    if head == "IMG":
        return Code("", "REB", False)
    head = COUNTRY_FIX.get(head, head)
    if head in iso3:
        rest = blocks[1:]
        country = head
        if rest and rest[0] not in SECTORS and COUNTRY_FIX.get(rest[0], rest[0]) in iso3:
            country = COUNTRY_FIX.get(rest[0], rest[0])          # DNKGRL -> GRL
            rest = rest[1:]
        agent = next((b for b in rest if b in SECTORS), "")     # GBRIMYGOV -> GOV
        return Code(country, agent, False, exact=not rest)
    if head == "WST":
        return Code("WST", next((b for b in blocks[1:2] if b in SECTORS), ""), False)
    if head in SECTORS:
        return Code("", head, False)
    return Code("", next((b for b in blocks[1:2] if b in SECTORS), ""), False)


def clean_name(raw: str) -> str | None:
    """'VLADIMIR_V._PUTIN_' -> 'vladimir v. putin'; names with ',', '+', '!', '?', bracket
    debris, no letter, or bytes that were not UTF-8 are dropped; '(AAIA)' is removed."""
    s = raw.strip().rstrip("_").replace("_", " ")
    s = re.sub(r"\([^)]*\)", " ", s)
    if any(c in s for c in ",+!{}[]()=<>\"?*\ufffd") or not re.search(r"[A-Za-zÀ-ÿЀ-ӿ]", s):
        return None
    s = re.sub(r"\s+", " ", s).strip(" -")
    return s.lower() or None


@dataclass
class CountryFacts:
    """What decides the kind of a Phoenix country alias: the country's names in every CLDR
    locale and ISO, its capital and demonym (countryinfo)."""
    names: dict[str, set[str]]       # alpha-3 -> folded names
    english: dict[str, set[str]]     # alpha-3 -> folded English names (for misspellings)
    capital: dict[str, set[str]]     # alpha-3 -> folded capital ('washingtondc', 'washington')
    demonym: dict[str, str]          # alpha-3 -> folded demonym


def country_facts() -> CountryFacts:
    import pycountry
    from babel import Locale, localedata

    a2to3, _ = iso_codes()
    names: dict[str, set[str]] = {}
    english: dict[str, set[str]] = {}
    for loc in sorted(localedata.locale_identifiers()):
        for a2, n in Locale.parse(loc).territories.items():
            a3 = a2to3.get(a2)
            if a3:
                for v in name_variants(n, "en"):
                    names.setdefault(a3, set()).add(fold(v))
    for c in pycountry.countries:
        a3 = COUNTRY_FIX.get(c.alpha_3, c.alpha_3)
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                for n in name_variants(v, "en"):
                    names.setdefault(a3, set()).add(fold(n))
                    english.setdefault(a3, set()).add(fold(n))
        names.setdefault(a3, set()).add(fold(c.alpha_3))
    for a2, n in cldr_names("en").items():
        a3 = a2to3.get(a2)
        if a3:
            for v in name_variants(n, "en"):
                english.setdefault(a3, set()).add(fold(v))
    capital: dict[str, set[str]] = {}
    demonym: dict[str, str] = {}
    root = resources.files("countryinfo") / "data"
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if not p.name.endswith(".json"):
            continue
        d = json.loads(p.read_text(encoding="utf-8"))
        a3 = (d.get("ISO") or {}).get("alpha3")
        if not a3:
            continue
        a3 = COUNTRY_FIX.get(a3, a3)
        cap = d.get("capital")
        cap = cap[0] if isinstance(cap, list) and cap else cap
        if isinstance(cap, str) and cap:
            capital[a3] = {fold(cap), fold(re.sub(r"\bD\.C\.$", "", cap))}
        if isinstance(d.get("demonym"), str) and d["demonym"]:
            demonym[a3] = fold(d["demonym"])
        for v in [d.get("name"), d.get("nativeName"), *(d.get("altSpellings") or []),
                  *((d.get("translations") or {}).values())]:
            if isinstance(v, str) and len(fold(v)) > 3:
                names.setdefault(a3, set()).add(fold(v))
    return CountryFacts(names, english, capital, demonym)


def alias_kind(alias: str, a3: str, facts: CountryFacts) -> str | None:
    """Sort one alias of a Phoenix country record: the record mixes the country's names and
    misspellings, its adjective, foreign-language names, capital, cities, provinces, rivers.
    country / capital / adjective, or None for every other place (not an actor kind here).
    Order matters: exact facts first, then misspellings, closest reading wins."""
    base = re.sub(r"^the ", "", alias)
    fb = fold(base)
    if not fb:
        return None
    known = facts.names.get(a3, set())
    caps = facts.capital.get(a3, set())
    english = facts.english.get(a3, set())
    dem = facts.demonym.get(a3, "")
    dem = "" if dem in known else dem        # countryinfo: demonym of Djibouti is 'Djibouti'

    if fb in known:
        return "country"                     # also city states: Singapore, Monaco, Djibouti
    if fb in caps:
        return "capital"
    if fb == dem:
        return "adjective"
    words = base.split()
    d_country = min((edit_distance(fb, n, 2) for n in english if len(n) >= 5), default=3)
    d_dem = edit_distance(fb, dem, 2) if dem else 3
    demonymish = len(words) == 1 and base.endswith(DEMONYM_SUFFIXES)
    if d_country <= 2 and (d_country < d_dem or (d_country == d_dem and not demonymish)):
        return "country"                     # GERAMNY, UZBEKSTAN, UNITED STATS
    if demonymish:
        if d_dem <= 2:
            return "adjective"               # ZIMBABWIAN, UKRANINIAN
        for n in english | ({dem} if dem else set()):
            k = 0
            while k < min(len(n), len(fb)) and n[k] == fb[k]:
                k += 1
            if (k >= 4 or (k >= 3 and len(fb) <= 7)) and fb[k:] in DEMONYM_TAILS:
                return "adjective"           # AFGHANI, DUTCHMAN, ARGENTINIAN
    # KIEV/KYYIV for Kyiv, TALLIN, SANA'A: one edit, or two with the same first and last letter
    for cap in sorted(caps):
        if len(fb) >= 4 and fb[0] == cap[0]:
            d = edit_distance(fb, cap, 2)
            if d <= 1 or (d == 2 and fb[-1] == cap[-1]):
                return "capital"
    last = fold(words[-1]) if words else ""
    for n in english:
        if len(words) > 1 and (n == last or fold(" ".join(words[-2:])) == n):
            return "country"                 # WEST GERMANY, ... OF AFGHANISTAN
    return None


def phoenix_actors(dicts: Path, facts: CountryFacts, tok: Tokens, stop: set[str],
                   common: set[str], stats: Counter) -> list[Actor]:
    """Rows from the three Phoenix actor files. rank = (kind order, -recency, -specificity,
    file, record) so that a shared name keeps a country over a person and, among persons, the
    one whose code is the most recent."""
    _, iso3 = iso_codes()
    kind_order = {k: i for i, k in enumerate(("country", "capital", "adjective", "igo",
                                              "institution", "person", "agent", "place"))}
    out: list[Actor] = []
    files = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
             "Phoenix.MilNonState.actors.txt")
    for fi, fname in enumerate(files):
        for g in read_actor_groups(dicts / fname):
            cur = current_code(g.codes)
            if cur is None:
                stats["record without a usable code"] += 1
                continue
            code, recency = cur
            parsed = split_code(code, iso3)
            if parsed is None or not (parsed.country or parsed.agent):
                stats["record whose code gives neither country nor agent"] += 1
                continue
            primary_words = (g.names[0].rstrip("_").replace("_", " ").upper().split()
                             if g.names else [])
            names = [n for n in (clean_name(x) for x in g.names) if n]
            # records without the CountryInfo mark are people only if the primary is a name
            person_record = (bool(parsed.agent) and 2 <= len(primary_words) <= 4
                             and not set(primary_words) & INSTITUTION_WORDS
                             and bool(names) and person_name_ok(names[0]))
            # a country, a dependency, or a region of one without a sector (GZA, SRP): its
            # aliases are sorted into country/capital/adjective, other places are dropped
            is_country_record = (fname == files[0] and not parsed.igo and parsed.country
                                 and (parsed.exact or not parsed.agent))
            for i, n in enumerate(names):
                if is_country_record:
                    kind = alias_kind(n, parsed.country, facts)
                    if kind is None:
                        stats["country record: other place (city, province, river) kept as place"] += 1
                        kind = "place"
                elif parsed.igo:
                    kind = "igo" if not g.countryinfo and not looks_like_person(n, g) else "person"
                elif fname == files[0] and (g.countryinfo or person_record):
                    kind = "person"
                else:
                    kind = "institution"
                if kind == "person" and set(re.split(r"[\s-]+", n.upper())) & INSTITUTION_WORDS:
                    kind = "institution"            # 'khorasan group', 'brookings institute'
                if kind == "person" and not person_name_ok(n):
                    stats["person alias with a title or description dropped"] += 1
                    continue
                n = tok(n)
                if not n or n in stop or len(n) < 2:
                    stats["stop word or one letter dropped"] += 1
                    continue
                if " " not in n and n in common and kind in {"capital", "person", "institution",
                                                              "igo"}:
                    stats["one-word name that is a common English word dropped"] += 1
                    continue
                rank = (kind_order[kind], -recency, 0 if parsed.agent else 1, fi, g.order, i)
                out.append(Actor(n, parsed.country, parsed.agent, kind, rank))
                if n.startswith("the ") and len(n) > 5:
                    bare = n[4:]
                    if bare not in stop:
                        out.append(Actor(bare, parsed.country, parsed.agent, kind,
                                         (kind_order[kind] + 0.5, *rank[1:])))
    return out


def looks_like_person(name: str, g: Group) -> bool:
    """IGO records that are people (UN secretaries general): dated, 2-4 name-like words."""
    words = name.upper().split()
    dated = any(re.search(r"\d", c) for c in g.codes)
    return dated and 2 <= len(words) <= 4 and not set(words) & (INSTITUTION_WORDS | TITLE_WORDS)


def person_name_ok(name: str) -> bool:
    """A person's alias is a name, not 'president putin' or 'russian prime minister ...'."""
    words = name.upper().split()
    if not 1 <= len(words) <= 5 or set(re.split(r"[\s-]+", name.upper())) & TITLE_WORDS:
        return False
    return all(re.fullmatch(r"[A-ZÀ-ÞЀ-Я][A-ZÀ-ÞЀ-Я'.-]*", w) for w in words)


def agent_actors(path: Path, tok: Tokens, stop: set[str], stats: Counter) -> list[Actor]:
    """Phoenix.agents.txt: 'PHRASE {plural} [~CODE]' with '!PERSON!'-style substitution sets.
    Plurals as PETRARCH makes them (regular unless given in {}; '{}' = none) since a matcher
    may see 'ministers' as well as 'minister'."""
    subs: dict[str, list[str]] = {}
    out: list[Actor] = []
    order = 0
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = strip_comment(raw).strip()
        if not line or line.startswith("<"):
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)[\]}]", line)
        if not m:
            stats["agent line without [code]"] += 1
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(3)
        blocks = code.replace("~", "")
        agent = next((blocks[i:i + 3] for i in range(0, len(blocks), 3)
                      if blocks[i:i + 3] in SECTORS), "")
        if not agent:
            stats["agent code without a sector (religion, ethnicity)"] += 1
            continue
        phrases = [phrase]
        sm = re.search(r"!(\w+)!", phrase)
        if sm:
            phrases = [phrase.replace(sm.group(0), s) for s in subs.get(sm.group(1), [])]
        forms: list[str] = []
        for p in phrases:
            forms.append(p)
            if sm:
                continue                     # substitution sets already list the plurals
            if plural is None:
                forms.append(make_plural(p.rstrip("_")))
            elif plural.strip():
                forms += plural.split()
        for f in forms:
            n = clean_name(f)
            if not n or n.split()[-1] in {"in", "for", "of", "to", "the", "a", "on", "at", "from",
                                          "with", "and", "by"}:
                continue            # TABARI fragments: 'AMBASSADOR_FOR', 'CENTRAL_JAIL_OF'

            n = tok(n)
            if n and n not in stop:
                out.append(Actor(n, "", agent, "agent", (6, 0, 0, 9, order, 0)))
        order += 1
    return out


def make_plural(phrase: str) -> str:
    """Regular English plural of the head: the last word, or the word before the first
    preposition ('MINISTER_OF_DEFENSE' -> 'MINISTERS_OF_DEFENSE'); -es after s/x/ch/sh."""
    words = phrase.split("_")
    i = next((k - 1 for k, w in enumerate(words) if k > 0 and w.upper() in PREPOSITIONS | {"IN"}),
             len(words) - 1)
    w = words[i]
    if re.search(r"(s|x|ch|sh)$", w, re.IGNORECASE):
        w += "ES"
    elif re.search(r"[^aeiou]y$", w, re.IGNORECASE):
        w = w[:-1] + "IES"
    else:
        w += "S"
    words[i] = w
    return "_".join(words)


# --------------------------------------------------------------------------- driver


def build(shared: Path, root: Path) -> dict[Path, list[str]]:
    data = shared / "data"
    dicts = data / "events_petrarch2" / "dictionaries"
    files: dict[Path, list[str]] = {}

    # events.tsv first: cameo.tsv must cover every code it uses
    vstats = VerbStats()
    blocks = read_verb_blocks(dicts / "CAMEO.2.0.txt", vstats)
    triggers, conflicts, notes = trigger_rows(blocks)
    log(f"verbs: {vstats.blocks} blocks, {vstats.verbs} verb lines, {vstats.patterns} patterns")
    for k, v in sorted(vstats.multiword.items()):
        log(f"  multiword/odd verb: {k}: {v}")
    for k, v in sorted(vstats.skipped.items()):
        log(f"  pattern skipped: {k}: {v}")
    log(f"  (lemma, pattern) with a second, different code (first kept): {conflicts['pattern']}")
    log(f"  (lemma, pattern) cut from a compound or bracketed, replaced by the pattern as written: "
        f"{conflicts['cut or bracketed, overridden']}")
    for n in notes:
        log(f"  verb in several blocks: {n}")
    lemmas = {r[0] for r in triggers}
    log(f"events.tsv: {len(triggers)} rows, {len(lemmas)} lemmas, "
        f"{sum(1 for r in triggers if not r[3])} default rows, "
        f"{sum(1 for r in triggers if r[4])} with a recipient preposition")

    table = cameo_table(read_plover_table(data / "events_plover" / "CAMEO2PLOVER-2021.txt"),
                        {r[2] for r in triggers})
    cameo = cameo_rows(table)
    log(f"cameo.tsv: {len(cameo)} codes, {sum(1 for r in cameo if not r[1])} without PLOVER category")
    files[root / "events" / "cameo.tsv"] = write_tsv(
        root / "events" / "cameo.tsv", ["cameo", "plover", "mode", "context", "quad", "description"], cameo)
    files[root / "lang" / "en" / "events.tsv"] = write_tsv(
        root / "lang" / "en" / "events.tsv", ["lemma", "pos", "cameo", "pattern", "recipient"], triggers)

    header = ["name", "country", "agent", "kind"]
    for lang in ("en", "de"):
        rows = cldr_actor_rows(lang)
        log(f"actors_cldr.tsv ({lang}): {len(rows)} names")
        files[root / "lang" / lang / "actors_cldr.tsv"] = write_tsv(
            root / "lang" / lang / "actors_cldr.tsv", header, rows)

    astats: Counter = Counter()
    tok = Tokens("en")
    stop = stop_words("en")
    facts = country_facts()
    common = common_words(data / "ud_english_ewt" / "en_ewt-ud-train.conllu.xz")
    actors = phoenix_actors(dicts, facts, tok, stop, common, astats)
    actors += agent_actors(dicts / "Phoenix.agents.txt", tok, stop, astats)
    final = dedupe(actors)
    for k, v in sorted(astats.items()):
        log(f"  phoenix: {k}: {v}")
    kinds = Counter(a.kind for a in final)
    log(f"actors_phoenix.tsv: {len(final)} names ({len(actors)} before removing duplicate names): "
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    files[root / "lang" / "en" / "actors_phoenix.tsv"] = write_tsv(
        root / "lang" / "en" / "actors_phoenix.tsv", header, [a.row() for a in final])
    return files


def spot_checks(files: dict[Path, list[str]], root: Path) -> list[str]:
    """The lexicon facts the analyser relies on; a regenerated file that breaks one is wrong."""
    problems: list[str] = []

    def table(rel: str) -> list[list[str]]:
        return [line.split("\t") for line in files[root / rel][1:]]

    ev = table("lang/en/events.tsv")
    default = {r[0]: r[2] for r in ev if not r[3]}
    expect = {"meet": ("04",), "accuse": ("11",), "threaten": ("13",), "attack": ("18", "19"),
              "bomb": ("18", "19"), "withdraw": ("08",), "pull out": ("08",), "demand": ("10",)}
    for lemma, prefixes in expect.items():
        code = default.get(lemma, "")
        ok = code.startswith(prefixes)
        log(f"  check trigger {lemma!r} -> {code or 'missing'} {'ok' if ok else 'UNEXPECTED'}")
        if not ok:
            problems.append(f"trigger {lemma}: {code or 'missing'}")
    # REFUSE [---] gives 'reject'/'deny' no code of their own: only their patterns code (12x)
    for lemma, prefix in {"reject": "12", "deny": "12"}.items():
        codes = Counter(r[2][:2] for r in ev if r[0] == lemma and r[3])
        top = codes.most_common(1)[0][0] if codes else ""
        ok = lemma not in default and top == prefix
        log(f"  check trigger {lemma!r} -> no default, patterns mostly {top}x {dict(codes)} "
            f"{'ok' if ok else 'UNEXPECTED'}")
        if not ok:
            problems.append(f"trigger {lemma}: {default.get(lemma)} {dict(codes)}")
    log(f"  note: 'urge' is {'in' if 'urge' in default else 'not in'} the CAMEO.2.0 verb list "
        "(only named in comments of DEMAND patterns)")
    actors = {r[0]: r for r in table("lang/en/actors_phoenix.tsv")}
    want = {"russia": ("RUS", ""), "moscow": ("RUS", ""), "kremlin": ("RUS", "GOV"),
            "washington": ("USA", ""), "white house": ("USA", "GOV"), "nato": ("NATO", ""),
            "vladimir putin": ("RUS", "GOV"), "putin": ("RUS", "GOV"), "president": ("", "GOV"),
            "russian": ("RUS", ""), "ukraine": ("UKR", ""), "kyiv": ("UKR", ""),
            "kiev": ("UKR", ""), "european union": ("EUR", ""), "united nations": ("IGOUNO", ""),
            "germany": ("DEU", ""), "united states": ("USA", "")}
    for name, (country, agent) in want.items():
        r = actors.get(name)
        ok = r is not None and r[1] == country and r[2] == agent
        log(f"  check actor {name!r} -> {r[1:] if r else 'missing'} {'ok' if ok else 'UNEXPECTED'}")
        if not ok:
            problems.append(f"actor {name}: {r}")
    cl = {r[0]: r[1] for r in table("lang/de/actors_cldr.tsv")}
    for name, country in {"russland": "RUS", "vereinigte staaten": "USA", "ukraine": "UKR"}.items():
        if cl.get(name) != country:
            problems.append(f"cldr de {name}: {cl.get(name)}")
    return problems


def _absent(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder that holds data/ (default ../shared)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if a generated file differs from the one on disk")
    args = ap.parse_args(argv)
    missing = [m for m in ("spacy", "babel", "pycountry", "countryinfo") if _absent(m)]
    if missing:
        log(f"missing packages: {' '.join(missing)} (pip install {' '.join(missing)})")
        return 2
    files = build(args.shared.resolve(), PKG)
    problems = spot_checks(files, PKG)
    changed = []
    for path, lines in files.items():
        text = "\n".join(lines) + "\n"
        old = path.read_text(encoding="utf-8") if path.exists() else None
        size = len(text.encode("utf-8"))
        if old != text:
            changed.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        log(f"{'differs' if old != text else 'same   '} {path.relative_to(ROOT)} "
            f"({len(lines) - 1} rows, {size / 1024:.0f} KiB)")
    for p in problems:
        log(f"SPOT CHECK FAILED: {p}")
    if args.check and changed:
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
