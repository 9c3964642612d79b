"""Publication date and outlet from flattened page text, for input that did not carry them.

Date: a dateline or byline line near the top of the page, before the first prose line or just after
it ("4 Jan, 2024 15:48", "Wednesday, 27 November 2024 08:33 AM EST", "Published: 2023-11-10",
"Updated 10/11/2023"). A date labelled published/posted wins over an unlabelled one, which wins over
an updated/modified one; then the line nearest the article's start wins. Day/month order of a numeric
date is taken only when it is unambiguous (one field above 12, or both equal). Dates are read by regex
and checked by accord.clean.dates.normalize_published: an impossible date is rejected with its warning.

Outlet: the owner in a copyright line ("© 2024 Example News. All rights reserved." -> "Example News"),
given as the page's header line when that line names the same owner without a legal suffix; else a wire
credit ("WASHINGTON (Reuters) -", "— AP").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.clean.dates import normalize_published
from accord.temporal.calendar import MONTH, ORDINAL, month_number

WORD = re.compile(r"\w+")
# The calendar's spelling is shared with every other date reader (accord.temporal.calendar).
MON = rf"(?P<mon>{MONTH})"
ORD = ORDINAL
DATE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})" + ORD + r"\s+(?:of\s+)?" + MON.replace("mon>", "mon1>") + r",?\s+(?P<y1>(?:19|20)\d{2})"
    r"|" + MON.replace("mon>", "mon2>") + r"\s+(?P<d2>\d{1,2})" + ORD + r",?\s+(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})"
    r"|(?P<a4>\d{1,2})(?P<s4>[-/.])(?P<b4>\d{1,2})(?P=s4)(?P<y4>(?:19|20)\d{2})"
    r")(?!\d|[/.-]\d|[a-su-z])", re.IGNORECASE)
# The label a date carries: the last of these words in the text before it (and after the previous date).
LABEL = re.compile(r"\b(?:(published|posted|released|issued|dated?)|(updated?|modified|edited|revised))\b", re.IGNORECASE)
BYLINE = re.compile(r"^\W*(by|written by|posted by|published|updated|last updated|first published)\b", re.IGNORECASE)
PROSE_END = re.compile(r"[.!?][\"”’)]*$")
MAX_SCAN = 150        # lines: how far down a dateline is looked for at most
AFTER_PROSE = 3       # lines past the first prose line still looked at
MAX_DATELINE_WORDS = 25

COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|&copy;)|\ball rights reserved\b", re.IGNORECASE)
COPY_LEAD = re.compile(r"^\W*(?:(?:copyright|©|\(c\)|&copy;)\W*)+", re.IGNORECASE)
YEARS = re.compile(r"^(?:(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)\d{2}|present))?[\s,.]*)+", re.IGNORECASE)
OWNER_END = re.compile(r"\s*(?:[.|•·;:]\s|[|•·;]|\ball rights\b|\bsome rights\b|\bunless\b|\bexcept\b|\bthis\b|"
                       r"\bpowered by\b|\bprivacy\b|\bterms\b|$)", re.IGNORECASE)
LEGAL = re.compile(r",?\s+(?:inc|llc|l\.l\.c|ltd|limited|private|pvt|plc|corp(?:oration)?|co|gmbh|ag|s\.?a|pty|"
                   r"(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?)\.?$", re.IGNORECASE)
NOT_OWNER = re.compile(r"^(?:(?:designed|powered|developed|built|hosted|website|site|theme|made) by\b.*|(?:the )?(?:author|authors|all|site|website|this|our|copyright|owner|publisher|"
                       r"respective owners?|[\d\W]*))$", re.IGNORECASE)
WIRES = {"reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press", "afp": "AFP",
         "agence france-presse": "AFP", "bloomberg": "Bloomberg", "upi": "UPI", "dpa": "dpa", "xinhua": "Xinhua",
         "ani": "ANI", "pti": "PTI", "ians": "IANS", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo",
         "yonhap": "Yonhap", "anadolu": "Anadolu Agency", "tass": "TASS", "cnn": "CNN"}
WIRE_NAMES = "|".join(sorted((re.escape(k) for k in WIRES), key=len, reverse=True))
WIRE_PAREN = re.compile(r"^[A-Z][\w.'’ ,-]{0,60}?\((" + WIRE_NAMES + r")\)\s*[-—–:]", re.IGNORECASE)
WIRE_TAIL = re.compile(r"(?:^|[-—–|,]\s*)(" + WIRE_NAMES + r")\s*$", re.IGNORECASE)


@dataclass
class TextMeta:
    published: str | None = None      # YYYY-MM-DD
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)


def text_metadata(text_or_lines: str | list[str]) -> TextMeta:
    """Publication date and outlet read from flattened page text (a string or its lines); never raises."""
    try:
        if isinstance(text_or_lines, str):
            lines = text_or_lines.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        else:
            lines = [l if isinstance(l, str) else str(l or "") for l in (text_or_lines or [])]
        lines = [" ".join(l.split()) for l in lines]
        lines = [l for l in lines if l]
        published, warnings = _published(lines)
        return TextMeta(published, _outlet(lines), warnings)
    except Exception as exc:  # pragma: no cover - a safety net
        return TextMeta(None, None, [f"text metadata failed ({type(exc).__name__})"])


# -- date ------------------------------------------------------------------------------------

def _is_prose(line: str) -> bool:
    return len(WORD.findall(line)) >= 12 and bool(PROSE_END.search(line)) and not BYLINE.match(line)


def _name_prefix(prefix: str) -> bool:
    """A short run of capitalised words ("Jane Doe, Example News |"): an author or a source, not a caption."""
    words = [w for w in WORD.findall(prefix) if w.casefold() not in {"on", "at", "of", "the", "and", "for"}]
    return len(words) <= 5 and all(w[0].isupper() or w[0].isdigit() for w in words)


def _dateline_prefix(prefix: str) -> bool:
    """The text before a date is a place name in capitals, a byline or a date label, and short."""
    return len(prefix) <= 60 and (not re.search(r"[a-z]", prefix) or bool(BYLINE.match(prefix))
                                  or bool(LABEL.search(prefix)))


def _published(lines: list[str]) -> tuple[str | None, list[str]]:
    first = next((i for i, l in enumerate(lines[:MAX_SCAN]) if _is_prose(l)), None)
    stop = min(len(lines), MAX_SCAN if first is None else first + 1 + AFTER_PROSE)
    anchor = first if first is not None else 0
    found: list[tuple[int, int, str]] = []   # (label rank, distance to the article's start, ISO string)
    ambiguous: list[str] = []
    for i in range(stop):
        line = lines[i]
        prose = _is_prose(line)
        if not prose and len(WORD.findall(line)) > MAX_DATELINE_WORDS:
            continue
        prev = 0
        for m in DATE.finditer(line):
            # in a prose line only a dateline at its start counts ("WASHINGTON, Jan. 4, 2024 -"), not an event date
            # in a prose line, or in a line below the article's start (a caption), only a dateline or a
            # labelled date counts ("WASHINGTON, Jan. 4, 2024 -", "Updated 5 Jan"), not an event date
            prefix = line[:m.start()]
            if not _dateline_prefix(prefix) and (prose or i > anchor or not _name_prefix(prefix)):
                break
            iso = _iso(m)
            labels = LABEL.findall(line[prev:m.start()])
            prev = m.end()
            if iso is None:
                ambiguous.append(m.group(0))
                continue
            rank = 1 if not labels else 2 if labels[-1][1] else 0
            # lines above the article's start (headline, byline) before the ones below it
            found.append((rank, anchor - i if i <= anchor else 100 + i - anchor, iso))
    warnings: list[str] = []
    for _, _, iso in sorted(found):
        value, warns = normalize_published(iso)
        warnings.extend(warns)
        if value:
            return value, warnings
    if not found and ambiguous:
        warnings.append(f"ambiguous day and month in {ambiguous[0]!r}: no date taken from the text")
    return None, warnings


def _iso(m: re.Match) -> str | None:
    """The match as 'YYYY-MM-DD' (fields unchecked: an impossible date is rejected later), None when the
    day/month order of a numeric date is ambiguous."""
    g = m.groupdict()
    if g["y1"]:
        y, mo, d = g["y1"], month_number(g["mon1"]), g["d1"]
    elif g["y2"]:
        y, mo, d = g["y2"], month_number(g["mon2"]), g["d2"]
    elif g["y3"]:
        y, mo, d = g["y3"], g["m3"], g["d3"]
    else:
        a, b = int(g["a4"]), int(g["b4"])
        if a > 12 or a == b:
            d, mo = a, b
        elif b > 12:
            d, mo = b, a
        else:
            return None
        y = g["y4"]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


# -- outlet ----------------------------------------------------------------------------------

def _outlet(lines: list[str]) -> str | None:
    owners: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if len(line) > 300 or not COPYRIGHT.search(line):
            continue
        owner = _owner(line)
        if owner:
            # a footer notice ("All rights reserved", a year) beats a bare photo credit; then the last one
            strong = bool(re.search(r"\brights reserved\b", line, re.IGNORECASE)) + bool(re.search(r"\b(19|20)\d{2}\b", line))
            owners.append((strong, i, owner))
    if owners:
        strong, _, owner = max(owners)
        if strong:
            return _header_form(lines, owner)
    for line in lines[:MAX_SCAN]:
        m = WIRE_PAREN.match(line)
        if m and _is_prose(line):
            return WIRES[m.group(1).casefold()]
    for line in lines[:MAX_SCAN]:
        m = WIRE_TAIL.search(line)
        if m and len(WORD.findall(line)) <= 8 and (line[0] in "-—–" or re.match(r"(by|from)\b", line, re.I)):
            return WIRES[m.group(1).casefold()]
    return None


def _owner(line: str) -> str | None:
    if COPY_LEAD.match(line):
        rest = COPY_LEAD.sub("", line)
    else:   # "Example News © 2024. All rights reserved.": the owner stands before the sign
        cut = re.search(r"©|\(c\)|&copy;|\bcopyright\b|\ball rights reserved\b", line, re.IGNORECASE)
        rest = line[:cut.start()] if cut else line
    rest = COPY_LEAD.sub("", YEARS.sub("", rest.strip()).strip())
    rest = YEARS.sub("", rest).strip(" ,.-–—")
    if not rest:
        return None
    end = OWNER_END.search(rest)
    owner = rest[:end.start()] if end else rest
    owner = re.split(r"\s+[-–—]\s+", owner, maxsplit=1)[0].strip(" ,.-–—")
    for _ in range(3):
        owner = LEGAL.sub("", owner).strip(" ,.-–—")
    owner = re.sub(r"^(?:by|from)\s+", "", owner, flags=re.IGNORECASE)
    words = owner.split()
    if not words or len(words) > 6 or NOT_OWNER.match(owner) or not (owner[0].isupper() or owner[0].isdigit()):
        return None
    return owner


def _header_form(lines: list[str], owner: str) -> str:
    """The owner as the page's header writes it, when a header line names it ("Example News" over
    "Example News Media Group")."""
    low = owner.casefold()
    for line in lines[:15]:
        head = line.casefold()
        if head == low:
            return line
        if len(line.split()) <= 6 and len(head) >= 4 and low.startswith(head + " ") and \
                re.fullmatch(r"(media|group|media group|publishing|network|corporation|company|holdings|"
                             r"newspapers?|communications)( \w+)?", low[len(head) + 1:]):
            return line
    return owner
