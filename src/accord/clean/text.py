"""Flattened text: keep the article's paragraphs, drop the lines a scraper left around them.

A line classifier on shallow features, no model:

1. Each line is described by its length in words, sentence punctuation, stopword density,
   capitalisation, digits, and whether it is boilerplate: it opens with a cue ("Read more", "Advertisement",
   newsletter prompts, "Tags:"), or it is a copyright line, an author bio, a cookie or consent banner or a
   disclaimer (however long), a social counter ("3K"), an icon label, an ISO timestamp or an image address.
2. Long sentence-like lines ("prose") score their word count; every other line costs a penalty, cue
   lines a larger one, and headings over other stories or over comments ("Related", "34 Comments",
   "jsmith says:", a few of them in other languages) cost so much that the article never runs past them.
   Summaries in a teaser list (headline, one- or two-sentence summary, headline, summary, ...) do not count
   as prose, and past the start of a comment thread or a copyright line in the page's second half prose
   counts a quarter: a short article is not beaten by comments, teasers or a long footer notice below it.
3. The main block is the contiguous run of lines with the highest total (a maximum-sum segment): the
   densest run of prose, which bridges a subheading or an ad slot inside the article but not a menu, a
   teaser list or a footer. A numbered or bulleted list right after it belongs to it.
4. Inside the main block the cue lines, counters, icon labels, bylines and datelines are dropped;
   outside it everything is dropped. Repeated lines and lines that repeat the headline go too.
5. Without a given title, the headline is the headline-like line just before the main block that
   shares most words with the article's opening.

Clean text (all prose) is one block and passes through; its paragraph separator is kept.
Given the lines an outlet repeats across a batch (`drop`, accord.clean.repeats), those go too; the page's
publication date and outlet are read from the original text (accord.clean.textmeta).
The rules were developed on Wikinews articles wrapped in synthetic boilerplate (bench/boilerplate.py, dev
half); bench/flattened_heldout.py scores the held-out half and bench/flattened_aeb.py real pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.clean.repeats import normalise
from accord.clean.textmeta import text_metadata

WORD = re.compile(r"\w+")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]$")
TRAILING_COUNT = re.compile(r"\s*[(\[]\d[\d,.]*[KkMm]?[)\]]$")   # "Teaser headline (185)": a count, not a sentence end
INNER_STOP = re.compile(r"[a-z)][.!?][\"”’]?\s+[\"“‘]?[A-Z]")   # a second sentence inside a line
LIST_ITEM = re.compile(r"^(\d{1,3}[.)]|[•▪●◦*\-–]|\(\d{1,3}\))\s+\w")
# Page metadata a scraper lets through: ISO timestamps, image addresses.
MACHINE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$|"
                     r"^https?://\S+\.(png|jpe?g|gif|webp|svg|avif)(\?\S*)?$", re.IGNORECASE)
STRONG_END = re.compile(r"[.!?][\"”’»)\]]*$")
COUNTER = re.compile(r"^[+\-]?[\d.,]+\s*[KkMm]?\+?(\s+(shares?|comments?|views?|likes?|reactions?|replies))?$",
                     re.IGNORECASE)
COPYRIGHT = re.compile(r"^(©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bmay not be (re)?published\b|"
                       r"\bregistered trademark\b|^all content copyright\b", re.IGNORECASE)
# Lines that open with one of these are boilerplate whatever follows (a teaser headline, a prompt).
CUE = re.compile(
    r"^(read (more|also|next|the full)|also read|related\b|see also|more (from|on|about|stories|news)\b|more\s*:|"
    r"what to read next|around the web|more on this (story|topic)|in case you missed it|elsewhere on\b|"
    r"recommended|you (may|might) (also )?(like|be interested)|trending|most (read|popular|viewed|shared)|"
    r"top stories|editor'?s picks|popular (now|stories)|latest (news|stories)|don'?t miss|watch( now)?:|"
    r"listen( now)?:|video:|photo:|image:|picture:|(image|photo) (caption|credit)|getty images|"
    r"advertisement|advertising|sponsored|ad\b|story continues|article continues|continue reading|"
    r"share (this|on|via)|follow (us|him|her|them|@)|like us on|tweet|subscribe|sign (up|in)|log ?in|"
    r"register\b|already (a subscriber|have an account)|create (a free )?account|"
    r"(we|this (web)?site) uses? cookies|cookies?\b|accept\b|manage (preferences|cookies|consent)|"
    r"privacy (policy|notice|settings)|terms (of|and) (use|service|conditions)|cookie (policy|settings)|"
    r"newsletter|get (the|our) .{0,40}(newsletter|inbox|emails?)|enter your email|thank you for (subscribing|signing)|"
    r"by (signing up|subscribing|clicking|continuing)|you have reached|support (independent|our|quality)|"
    r"donate|please enable javascript|enable javascript|comments?\b|leave a (comment|reply)|"
    r"join the (conversation|discussion)|tags?\s*:|topics?\s*:|filed under|categories\s*:|"
    r"about the authors?|contact the (author|writer|reporter)|email the (author|writer)|"
    r"market (report|data)|markets data|quotes? delayed|data delayed|click (here|to)|tap here|"
    r"skip to|jump to|back to top|go to|print\b|email\b|loading|close\b|menu\b|search\b)",
    re.IGNORECASE)
# Site notices anywhere in a line: disclaimers, customer service, consent and affiliate notes.
SITE_NOTICE = re.compile(
    r"\b(on|of|to|use|visit(ing)?|using|browse|browsing) (this|our) (web ?site|site)\b|\bcustomer service\b|"
    r"\b(our|these|the site'?s|agree to the) terms of (use|service)\b|\bprivacy (policy|notice)\b|\bcookies?\b.{0,60}\b(agree|consent|accept|settings)\b|"
    r"\baffiliate (links?|commission|partners?)\b|\bunsubscribe\b|\bpowered by\b", re.IGNORECASE)
# A short line that opens a list of other stories or of comments: the article rarely goes on past it.
SECTION = re.compile(
    r"^(related|see also|more (from|on|about|stories|news)|recommended|you (may|might) (also )?(like|be interested)|"
    r"trending|most (read|popular|viewed|shared)|top stories|editor'?s picks|popular|latest|don'?t miss|"
    r"comments?|leave a (comment|reply)|join the (conversation|discussion)|read (next|more)|what to read next|"
    r"around the web|more on this (story|topic)|in case you missed it|elsewhere on|read (these|this) next|up next|"
    r"more\b(?=(\s+\S+){0,3}\s*$))\b", re.IGNORECASE)
# An author bio: "Jane Doe is a senior reporter at ...", "... covers health for ...".
# The start of a comment thread: "34 Comments", "[ 167 comments ]", "12 responses to ...", "5 thoughts on ...",
# and the header of each comment: "jsmith says:", "Jane on May 3, 2019 at 4:47 pm said:". No article goes on
# past these, so they cost as much as a section heading.
COMMENT_HEAD = re.compile(
    r"^[\[(]?\s*\d+\s+(comments?|responses?|replies|thoughts|reactions)\b|^(top rated|newest|oldest|view all|read all|"
    r"show|load more|all) comments\b|^[\[(]?\s*(read|view|show) all comments|^comments?\s*\(\d+\)|"
    r"^(leave|post|add|write) (a|your) (comment|reply|response)|^rating:\s*\d+ votes?$", re.IGNORECASE)
COMMENT_BY = re.compile(r"^\S+( \S+){0,3} (says|said|wrote|writes|replied|commented):?$|"
                        r"^.{1,60}\b(on|at) .{0,40}\d.{0,30}\b(says|said|wrote|replied):$", re.IGNORECASE)
# Cookie and consent banners, however long: they talk about cookies and the site or the visitor's choices.
CONSENT = re.compile(r"\bcookies?\b.{0,200}\b(website|web site|browser|browsing|consent|opt[ -]out|necessary|"
                     r"functionality|preferences|personali[sz]e|navigate|third[- ]party)\b|"
                     r"\b(website|browser|consent|preferences|navigate)\b.{0,200}\bcookies?\b|"
                     r"^(privacy overview|necessary always enabled|non-necessary)$|"
                     r"\b(store|access|stored) (and access )?information on (your|a) device\b|"
                     r"\bpersonali[sz]ed? (ads|advertising)\b", re.IGNORECASE)
# Headings over other stories in a few other languages (you may like, read also, more on the topic).
SECTION_OTHER = re.compile(
    r"^(voc[eê] pode gostar|leia (tamb[eé]m|mais)|veja (tamb[eé]m|mais)|mais lidas|lea tambi[eé]n|te puede interesar|"
    r"m[aá]s le[ií]das|noticias relacionadas|lesen sie auch|mehr zum thema|das k[oö]nnte sie auch interessieren|"
    r"meistgelesen|lire aussi|[àa] lire aussi|sur le m[eê]me sujet|les plus lus|leggi anche|potrebbe interessarti|"
    r"articoli correlati|lees ook|meest gelezen|czytaj (te[zż]|wi[eę]cej)|читайте также|похожие новости)\b",
    re.IGNORECASE)
INLINE_TEASER = re.compile(r"^[\w' ]{2,30}:\s*\w")
# Disclaimers and editorial notices that any article page may carry, however long.
DISCLAIMER = re.compile(
    r"\b(views|opinions) (and opinions )?expressed (in|here|by)\b.{0,120}\b(do not|does not|don't) necessarily\b|"
    r"\bdo(es)? not necessarily (reflect|represent) the (views|official|opinions?|position)\b|"
    r"\bfor (general )?information(al)? purposes only\b|"
    r"\b(is not|does not constitute|not intended as|should not be (considered|construed as)) (an? )?"
    r"(investment|financial|legal|medical|tax) advice\b|\bis committed to accuracy\b", re.IGNORECASE)
NOTICE_WORDS = ("cookie", "privacy", "necessar", "device", "personali", "information", "advice", "accuracy", "purposes")
BIO = re.compile(
    r"^([A-Z][\w.'-]+ ){1,3}(is|was|has been|covers|writes|reports)\b.{0,80}\b(reporter|correspondent|editor|"
    r"writer|journalist|columnist|contributor|producer|freelance|staff|covers|covering|bureau|author|"
    r"intern|fellow|analyst)\b", re.IGNORECASE)
BIO_COVERS = re.compile(r"^([A-Z][\w.'-]+ ){1,3}(covers|writes about|reports on) .{3,60}\b(for|at) ([A-Z]|the [A-Z])")
BIO_TAIL = re.compile(r"\b(follow (him|her|them) on|contact (him|her|them) at|@\w+\.(com|org)|"
                      r"on twitter @|email (him|her|them) at)\b", re.IGNORECASE)
BYLINE = re.compile(r"^(by|written by|words by|reporting by|posted by|author:)\s+\S", re.IGNORECASE)
MONTHS = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
DATELINE = re.compile(
    r"^((updated|published|posted|last (updated|modified)|first published)[\s:,]*)?"
    r"((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?"
    r"(\d{1,2}:\d{2}|\d{1,2}\s+" + MONTHS + r"|" + MONTHS + r"\s+\d{1,2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d+\s+(minutes?|mins?|hours?|"
    r"hrs?|days?|weeks?|months?)\s+ago|yesterday|today)\b.{0,40}$", re.IGNORECASE)
ICON_LABELS = frozenset(
    "facebook twitter x whatsapp telegram linkedin reddit pinterest email e-mail mail print share tweet "
    "messenger flipboard tumblr instagram youtube tiktok snapchat copy link copy save bookmark comment "
    "comments gift this article pocket sms more menu search close home next previous prev top".split())
STOPWORDS = frozenset(
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each few for from further had has have having "
    "he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on "
    "once only or other our ours out over own same she should so some such than that the their theirs them then "
    "there these they this those through to too under until up very was we were what when where which while who "
    "whom why will with would you your said says after while since would could may might must shall".split())

PROSE_MIN_WORDS = 8
LINE_PENALTY = 6.0      # what a non-prose line costs the main block
CUE_PENALTY = 12.0      # what a boilerplate cue line costs it
SECTION_PENALTY = 60.0  # what a heading over a list of other stories or comments costs it
TEASER_WORDS = 60        # a teaser's summary is at most this long (and at most two sentences)
TAIL_WEIGHT = 0.25      # what prose counts past the start of comments or the footer
LABEL_PENALTY = 3.0     # what a counter or an icon label costs it


@dataclass
class CleanText:
    text: str
    title: str | None = None
    dropped: int = 0
    warnings: list[str] = field(default_factory=list)
    published: str | None = None    # YYYY-MM-DD from a dateline near the top of the page (textmeta)
    outlet: str | None = None       # from a copyright line or a wire credit (textmeta)
    meta_warnings: list[str] = field(default_factory=list)   # about the text's date (a rejected one)


@dataclass(slots=True)
class _Line:
    text: str
    words: int
    prose: bool
    boiler: bool        # cue, counter, copyright, bio, icon label: dropped wherever it stands
    label: bool         # a counter or an icon label: often inside the article too, so costs it less
    headline: bool      # could be a headline: a few words, no closing full stop


def clean_text(raw: str, title: str | None = None, drop: frozenset[str] = frozenset()) -> CleanText:
    """The article lines of flattened text, with the page's publication date and outlet when its text
    gives them (`published`, `outlet`, `meta_warnings`, read from the original text); never raises on a
    string. Lines whose normalised form (accord.clean.repeats.normalise) is in `drop` (the outlet's
    repeated lines, accord.clean.repeats.repeated_lines) are dropped wherever they stand, save a prose line
    of the article's own main block that its own prose follows (its lead, shown as a teaser elsewhere)."""
    try:
        raw = raw if isinstance(raw, str) else str(raw or "")
        cleaned = _clean(raw, title, drop)
        meta = text_metadata(raw)
        cleaned.published, cleaned.outlet, cleaned.meta_warnings = meta.published, meta.outlet, meta.warnings
        return cleaned
    except Exception as exc:  # pragma: no cover - a safety net: keep the text rather than fail the article
        text = (raw or "").strip() if isinstance(raw, str) else ""
        return CleanText(text, title, 0, [f"text cleaner failed ({type(exc).__name__}); text kept as is"])


def _clean(raw: str, title: str | None, drop: frozenset[str] = frozenset()) -> CleanText:
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonblank = [i for i, l in enumerate(raw_lines) if l.strip()]
    # Paragraphs separated by blank lines stay so separated.
    gaps = sum(1 for a, b in zip(nonblank, nonblank[1:]) if b > a + 1)
    sep = "\n\n" if nonblank and gaps >= (len(nonblank) - 1) / 2 and gaps > 0 else "\n"
    texts = [" ".join(raw_lines[i].split()) for i in nonblank]
    # English stopword density tells prose from lists only in English text: in another language
    # (few English stopwords across the page's longer lines) prose needs only length and punctuation.
    english = _english(texts)
    lines = [_describe(t, english) for t in texts]
    # The outlet's repeated lines (its template, accord.clean.repeats) are dropped wherever they stand. They
    # stay in the classification as labels (a small cost, like a share bar): a removed "Related" heading or
    # footer line would let the main block run on into teasers or comments.
    # A prose line inside the main block found without them, followed by the article's own prose, stays:
    # another of the outlet's pages may carry this article's lead as a teaser.
    if drop:
        marked = [i for i, line in enumerate(lines) if not line.boiler and normalise(line.text) in drop]
        if any(lines[i].prose for i in marked):
            s0, e0 = _main_block(lines)
            keep = {i for i in marked if lines[i].prose and s0 is not None and s0 <= i < e0 - 1
                    and lines[i + 1].prose and normalise(lines[i + 1].text) not in drop}
            marked = [i for i in marked if i not in keep]
        for i in marked:
            line = lines[i]
            line.boiler = line.label = True
            line.prose = line.headline = False
    if title is not None:
        title = " ".join(title.split()) or None
    if not lines:
        return CleanText("", title, 0, ["no article text left after cleaning"])

    # A text that is one sentence on its own line ("Russia criticized Kazakhstan.", a user trying one
    # sentence, a one-line wire flash) is the article: a menu, a link list or a counter is not a lone
    # line that ends a sentence, and the prose rules below need more words than a short sentence has.
    if len(lines) == 1 and not lines[0].boiler and lines[0].words >= 2 and STRONG_END.search(lines[0].text):
        return CleanText(lines[0].text, title, 0, [])
    start, end = _main_block(lines)
    no_prose = not any(line.prose for line in lines)
    if title is None and start is not None:
        title = _find_title(lines, start, end)
    title_words = _content_words(title) if title else set()

    kept: list[str] = []
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if start is None or not start <= i < end or line.boiler or (no_prose and line.words < 4):
            continue
        if not line.prose and _is_meta(line):
            continue
        key = line.text.casefold()
        if key in seen or (title_words and not line.prose and _similar(title_words, _content_words(line.text))):
            continue
        seen.add(key)
        kept.append(line.text)
    warnings = [] if kept else ["no article text left after cleaning"]
    return CleanText(sep.join(kept), title, len(lines) - len(kept), warnings)


def _english(texts: list[str]) -> bool:
    stop = total = 0
    for text in texts:
        tokens = WORD.findall(text)
        if len(tokens) >= PROSE_MIN_WORDS:
            total += len(tokens)
            stop += sum(1 for t in tokens if t.casefold() in STOPWORDS)
    return total == 0 or stop / total >= 0.1


def _describe(text: str, english: bool = True) -> _Line:
    tokens = WORD.findall(text)
    # Scripts written without spaces (Chinese, Japanese) count about two characters a word.
    n = max(len(tokens), len(CJK.findall(text)) // 2)
    low = text.casefold()
    label = bool(not tokens or COUNTER.match(text) or low in ICON_LABELS or MACHINE.match(text))
    boiler = label or bool(
        COPYRIGHT.search(text)
        or (CUE.match(text) and (n <= 25 or low.startswith(("read more", "related", "also read", "read also",
                                                                "see also", "advertisement"))))
        or (SITE_NOTICE.search(text) and n <= 60)
        or ((BIO.match(text) or BIO_COVERS.match(text)) and n <= 45) or (BIO_TAIL.search(text) and n <= 30)
        or (n <= 150 and _notice(low) and (CONSENT.search(text) or DISCLAIMER.search(text))) or _section(text, n))
    prose = False
    if not boiler and n >= PROSE_MIN_WORDS:
        stop = sum(map(STOPWORDS.__contains__, map(str.casefold, tokens))) / n
        alpha = [t for t in tokens[1:] if t[0].isalpha()]
        caps = sum(1 for t in alpha if t[0].isupper()) / len(alpha) if alpha else 1.0
        # A word of letters only has no digit (no character is both): the test per character is left
        # for the rest, a fifth of news words.
        digits = sum(1 for t in tokens if not t.isalpha() and any(c.isdigit() for c in t)) / n
        ended = bool(SENTENCE_END.search(TRAILING_COUNT.sub("", text)))
        prose = ((stop >= 0.12 or not english) and caps <= 0.75 and digits <= 0.35
                 and (ended or (n >= 20 and (stop >= 0.2 or not english))))
    headline = not boiler and 3 <= n <= 30 and not STRONG_END.search(text.rstrip("?!")) and not text.endswith(".")
    return _Line(text, n, prose, boiler, label, headline)


def _notice(low: str) -> bool:
    """A cheap test before the consent and disclaimer patterns: one of their key words is in the line."""
    return any(w in low for w in NOTICE_WORDS)


def _value(line: _Line) -> float:
    if line.prose:
        return float(line.words)
    if line.label:
        return -LABEL_PENALTY
    if line.boiler and _section(line.text, line.words):
        return -SECTION_PENALTY
    if line.boiler:
        return -CUE_PENALTY
    if line.words >= 4 and STRONG_END.search(line.text):
        return 0.0          # a short sentence: neither for nor against
    return -LINE_PENALTY


def _teaser_pair(lines: list[_Line], i: int) -> bool:
    """Line i is a one-sentence summary under a headline-like line, and no prose follows it."""
    line = lines[i]
    if not line.prose or line.words > TEASER_WORDS or len(INNER_STOP.findall(line.text)) > 1:
        return False
    if i + 1 < len(lines) and lines[i + 1].prose:
        return False
    # the headline may sit a line or two higher, over an author's name or a date
    for head in lines[max(0, i - 3):i][::-1]:
        if head.prose:
            return False
        if head.headline and 3 <= head.words <= 20 and not DATELINE.match(head.text):
            return True
    return False


def _numbered_list(lines: list[_Line], end: int) -> int:
    """The article's end moved past a numbered or bulleted list that follows its prose ("1) ...", "2) ...", a
    link or a short line between items allowed): at least three items, up to the last one and its lines; a
    boiler line or four lines without an item end the list."""
    last, items, gap, gaps = end, 0, 0, set()
    for j in range(end, len(lines)):
        line = lines[j]
        if line.boiler:
            break
        if LIST_ITEM.match(line.text):
            if items:
                gaps.add(gap)
            items, gap, last = items + 1, 0, j + 1
        else:
            gap += 1
            if gap >= 4:
                break
    if items < 3:
        return end
    # items that each carry the same number of lines (a link, a price) keep the last item's lines too
    if len(gaps) == 1:
        step = gaps.pop()
        while step and last < len(lines) and not lines[last].boiler and not LIST_ITEM.match(lines[last].text):
            last, step = last + 1, step - 1
    return last


def _section(text: str, n: int) -> bool:
    """A heading over other stories or comments, or a comment's header: the article does not go on past it."""
    # "RELATED: <headline>" is one inline teaser, not a heading over a list.
    heading = n <= 6 and not INLINE_TEASER.match(text)
    return bool((heading and (SECTION.match(text) or SECTION_OTHER.match(text.lstrip("»›> ")))) or
                (n <= 12 and (COMMENT_HEAD.match(text) or COMMENT_BY.match(text))))


def _main_block(lines: list[_Line]) -> tuple[int | None, int]:
    """The maximum-sum run of line values, as (start, end) with end exclusive; (None, 0) if nothing is
    positive (no prose at all: a menu, an empty page)."""
    values = [_value(line) for line in lines]
    # A teaser list without a heading: headline, one-sentence summary, headline, summary, ... The summaries
    # are prose, but two or more such pairs in a row are other stories, not the article.
    pairs = {i for i in range(1, len(lines)) if _teaser_pair(lines, i)}
    for i in pairs:
        if any(i + d in pairs for d in (-4, -3, -2, 2, 3, 4)):
            values[i] = -LINE_PENALTY
    # Past the start of a comment thread, or past a copyright line in the page's second half, prose is
    # comments or footer text: it counts for little, so a short article above still wins.
    # (A bare "7 comments" counter near the byline is a label, not the thread.)
    prose_words, by = 0, 0
    for i, line in enumerate(lines):
        by += bool(COMMENT_BY.match(line.text) and line.words <= 12)
        if prose_words >= 30 and ((line.words <= 12 and not line.label and COMMENT_HEAD.match(line.text))
                                  or by >= 2 or (i >= len(lines) / 2 and COPYRIGHT.search(line.text))):
            values[i:] = [v * TAIL_WEIGHT if v > 0 else v for v in values[i:]]
            break
        prose_words += line.words if line.prose else 0
    best, best_start, best_end = 0.0, None, 0
    total, start = 0.0, 0
    for i, v in enumerate(values):
        if total <= 0:
            total, start = v, i
        else:
            total += v
        if total > best:
            best, best_start, best_end = total, start, i + 1
    if best_start is not None:
        # Short sentences at the edges ("Opposition parties criticised the deal.") belong to it.
        while best_start > 0 and values[best_start - 1] >= 0:
            best_start -= 1
        while best_end < len(lines) and values[best_end] >= 0:
            best_end += 1
        best_end = _numbered_list(lines, best_end)
    if best_start is None:
        # No prose line: keep sentence-like lines of at least four words, as the old rules did.
        kept = [i for i, l in enumerate(lines) if not l.boiler and l.words >= 4]
        if kept:
            return kept[0], kept[-1] + 1
    return best_start, best_end


def _is_meta(line: _Line) -> bool:
    """A byline, a dateline or a one-word label inside the article block."""
    return bool(BYLINE.match(line.text) or DATELINE.match(line.text) or line.words <= 1)


def _content_words(text: str) -> set[str]:
    return {t.casefold() for t in WORD.findall(text) if t.casefold() not in STOPWORDS}


def _similar(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.8


def _find_title(lines: list[_Line], start: int, end: int) -> str | None:
    """The headline-like line among the few before the main block that shares most words with the
    article's opening; ties go to the nearest."""
    opening: set[str] = set()
    for line in lines[start:end]:
        if line.prose:
            opening |= _content_words(line.text)
            if len(opening) >= 40:
                break
    best, best_score = None, 0.0
    for dist, i in enumerate(range(start - 1, max(-1, start - 15), -1)):
        line = lines[i]
        if not line.headline or line.words < 3 or BYLINE.match(line.text) or DATELINE.match(line.text):
            continue
        words = _content_words(line.text)
        overlap = len(words & opening) / len(words) if words else 0.0
        score = overlap + 0.3 * (line.words >= 5) + 0.2 - 0.01 * dist
        if score > best_score:
            best, best_score = line.text, score
    return best
