"""Whether a coded act happened: occurred, planned, negated or hypothetical, from the verb's own
auxiliaries and the verbs that govern it; and the clauses that make a verb no act of its own (a
reason phrase, a present-tense description, a condition)."""
from __future__ import annotations

from accord.events.lexicon import REFUSE_VERBS, HYPOTHETICAL_AUX, REPORTING_VERBS, FUTURE_AUX, PLAN_OR_COMMIT


def status(verb) -> str:
    """occurred | planned | negated | hypothetical, from the verb's own auxiliaries and the verbs
    that govern it ("plans to visit", "refused to sign", "if ... attacks")."""
    tok = verb
    # "I will destroy and obliterate": a conjunct with no auxiliary or marker of its own shares
    # the first one's ("obliterate" is as future as "destroy")
    while tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("aux", "auxpass", "neg", "mark", "nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head
    for _ in range(4):
        kids = list(tok.children)
        if any(c.dep_ == "neg" for c in kids):
            return "negated"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return "hypothetical"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if "would" in aux and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS \
                and not any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in kids):
            return "planned"    # "said they would boycott": the future seen from a past report
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX or ("going" in aux and tok != verb):
            return "planned"
        if tok.dep_ != "xcomp":
            break
        head = tok.head
        hl = head.lemma_.lower()
        if hl in REFUSE_VERBS:
            return "negated"
        if hl in PLAN_OR_COMMIT:
            return "planned"
        tok = head
    return "occurred"


def condition(verb):
    """("if" | "unless", the condition's verb) when the act, or the verb it is stated under
    ("threatened to attack ... unless", "said they would meet ... if"), carries a condition."""
    tok = verb
    for _ in range(3):
        for c in tok.children:
            if c.dep_ == "advcl":
                mark = next((m.lower_ for m in c.children if m.dep_ == "mark" and m.lower_ in ("if", "unless")), None)
                if mark is not None:
                    return mark, c
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head == tok:
            break
        tok = tok.head
    return None, None


def in_reason(verb) -> bool:
    """The verb sits in a reason phrase of another act ("arrested for spying", "jailed for helping
    militants join"): what it names is alleged, and coded, if at all, as part of that act."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "over") and tok.head.head.pos_ in ("VERB", "AUX"):
            return True
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def describes(verb) -> bool:
    """The verb sits in a present-tense relative clause ("Hamas, which advocates Israel's
    destruction", "a resolution that aims to tighten sanctions"): what the noun stands for, not
    something that happened."""
    tok = verb
    for _ in range(4):
        if tok.dep_ == "relcl":
            return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if tok.dep_ not in ("xcomp", "conj") or tok.head == tok:
            return False
        tok = tok.head
    return False


def refused(verb) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSE_VERBS - {"fail"}
