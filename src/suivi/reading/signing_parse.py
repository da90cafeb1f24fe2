"""The sides of a signing read from the dependency parse of the clause that tells it.

The regex grammar of `sides` reads the parties named around an agreement's mention and,
where it finds fewer than two or more than two, falls back on the story's states; a
sentence that names a third state ("Following talks between Mali and Russia, Guinea
signed an agreement with Senegal") or gives a side by a person's name ("Diallo signed
... with Senegal") then takes a side from elsewhere. The parse gives the structure: the
signing verb that governs the mention (sign, conclude, ink, initial; signer, conclure,
parapher), its subject (with its conjuncts), its agent ("signed by", "signé par"), its
"with"/"avec" complement and the mention's own "between"/"entre" complement. Each of
those phrases is mapped to the party mentions the reader already found in it (a state's
institution is its state, a company itself); a phrase that names no party makes the
parse unclear, and the regex reading stands.

French and English only, through `nlp.parse` (the cached spaCy parse `stance` also uses);
Russian keeps its grammar's regexes (natasha's parser joins a fronted genitive «Мали и
России» to the subject that follows it).
"""

from __future__ import annotations

import re
from typing import Any

from suivi.reading import nlp, sides, stance
from suivi.reading.context import Context

_MAX_PARSED = 600  # characters of a clause parsed, as `stance` does

_SIGNING = re.compile(
    r"^(?:sign(?:s|ed|ing)?|conclud\w*|inked|ink|initial(?:l?ed|s)?|seal(?:s|ed)?"
    r"|sign[ée]\w*|signent|signera\w*|conclu\w*|paraph\w*|paraf\w*)$"
)
# Words a "with" brings in that help rather than sign ("with the support of", "avec le
# concours de"): `sides` knows them.
_HELPER = re.compile(sides._HELPER, re.IGNORECASE)
# What a side's phrase holds that names no side: who its people are ("whose leaders met
# Mali's president", "dont les dirigeants ont rencontré ..."), a clause. (An apposition
# names the side again: "Indonesia's state port operator Pelindo".)
_CLAUSES = {"relcl", "acl", "acl:relcl", "advcl", "parataxis", "ccomp", "xcomp"}
# Prepositions inside a side's phrase that keep to it: "the Ministry of Mines of Guinea",
# "le ministère des Mines du Sénégal"; any other ("the ambassador to Russia") leaves it.
_OF = {"of", "de", "d'", "du", "des", "d’"}
_PRONOUN = {"PRON", "DET"}
_AS = {"as", "comme"}
# "in line with", "in partnership with", "en partenariat avec": done beside or by the rules of
_BESIDE = {"line", "accordance", "keeping", "partnership", "cooperation", "collaboration"}
_BESIDE |= {"coordination", "partenariat", "coopération", "collaboration", "conformité"}
_WITH = {"with", "avec"}
_ATTENDING = {"attending", "present", "watching", "looking", "présent", "présents", "présente"}


def of_mention(ctx: Context, start: int, text: str, at: int, named: list[str]) -> list[str] | None:
    """The sides of the agreement named at offset `at` of the sentence `text` (which starts at
    `start` in the document), from the parse of its clause; None where the parse does not
    give two sides, each of its phrases naming a party. Only a part of `named`, the sides
    the sentence names, is taken: the parse sets third parties apart; what it adds (a
    parent in an apposition, a person's party) the regex grammar weighs better."""
    if ctx.language not in ("fr", "en"):
        return None
    begin, end = stance.clause(text, at)
    if end - begin > _MAX_PARSED:
        return None
    doc = nlp.parse(text[begin:end], ctx.language)
    noun = next((t for t in doc if t.idx <= at - begin < t.idx + max(1, len(t))), None)
    if noun is None or "Plur" in noun.morph.get("Number"):
        return None  # texts in the plural are shared out by partner later (`_one_per_partner`)
    phrases = _phrases(noun)
    if phrases is None or _stray_party(ctx, start + begin, doc, phrases):
        return None
    codes: list[str] = []
    for phrase in phrases:
        found = _parties(ctx, start + begin, phrase)
        if not found:
            return None  # "They signed", "the company": the parse names no party there
        codes += found
    codes = sides.without_homes(sides.expand(list(dict.fromkeys(codes))))
    return codes if len(codes) >= 2 and set(codes) < set(named) else None


def _stray_party(ctx: Context, offset: int, doc: Any, phrases: list) -> bool:
    """Whether the clause names a party by its name outside the sides' phrases with nothing
    that puts it elsewhere: no preposition ("after talks between Mali and Russia") or
    possessive ("whose leaders met Mali's president") on its way up to the root. The small
    parser then most likely lost a side ("Le Mali, le Burkina Faso et le Niger ont signé":
    Mali hung on the verb as a bare modifier), and the parse is not clear."""
    taken = {t.i for phrase in phrases for t in phrase}
    for mention in ctx.mentions_in(offset, offset + len(doc.text)):
        if mention.kind not in ("name", "organisation"):
            continue  # an adjective describes, a seat is a place
        token = next((t for t in doc if t.idx <= mention.start - offset < t.idx + len(t)), None)
        if token is None or token.i in taken:
            continue
        if token.dep_ == "nsubj" and token.head.dep_ in ("relcl", "acl:relcl"):
            return True  # "…, which Rwanda will also join": the subject of a clause may sign
        if not any(_sets_apart(t) for t in [token, *token.ancestors]):
            return True
        if _lost_list_item(token, taken):
            return True
    return False


def _lost_list_item(token: Any, taken: set[int]) -> bool:
    """Whether a party hung on another phrase is the head of a comma list of sides: "À Rabat,
    le Maroc, le Nigeria, la Mauritanie et le Sénégal ont signé" (the parser hangs "le Maroc"
    and "le Nigeria" on the fronted place, as its apposition, conjunct or bare modifier). An
    item a comma alone ties to a side's phrase, or to another such item, is one of the sides;
    an item after its "and" ("between Mali and Russia, Guinea signed") is not."""
    doc = token.doc
    while (
        token.dep_ in ("appos", "conj", "nmod")
        and "," in (doc[token.left_edge.i].text, doc[max(0, token.left_edge.i - 1)].text)
        and not any(c.dep_ in ("cc", "case") for c in token.children)
    ):
        after = token.right_edge.i + 1
        if after >= len(doc) or doc[after].text != ",":
            return False
        nxt = after + 1
        while nxt < len(doc) and doc[nxt].pos_ == "DET":
            nxt += 1
        if nxt >= len(doc):
            return False
        if nxt in taken:
            return True
        token = doc[nxt]
    return False


def _sets_apart(token: Any) -> bool:
    """A word that puts what it governs outside the sides: a preposition's object, a word
    with its own preposition or possessive ("Mali's president"). (A clause does not: "which
    Rwanda will also join" names a side.)"""
    return token.dep_ in ("pobj", "prep", "poss", "nmod:poss") or (
        token.pos_ not in ("VERB", "AUX") and any(c.dep_ == "case" for c in token.children)
    )


def _phrases(noun: Any) -> list[list[Any]] | None:
    """The token lists of the phrases that name the sides of the mention's signing: the
    mention's "between" complement, else
    the subject or agent of the signing verb that governs it and the "with" complement of
    that verb or of the mention. None without a signing verb."""
    between = _complements(noun, {"between", "entre"})
    if between:
        return [side for p in between for side in _sides_of(p)]
    verb = _signing_verb(noun)
    if verb is None:
        return None
    subject = _subject(verb)
    if subject is not None and subject.i == noun.i:
        subject = None  # "the agreement was signed by ...": the text, not a side
    agents = [c for c in verb.children if c.dep_ == "obl:agent"]
    agents += [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]
    # the "with" hangs on the verb or the mention; else the parser may have hung it on a
    # complement of the mention ("an agreement on fisheries with Senegal")
    withs = _complements(verb, _WITH) + _complements(noun, _WITH) or [
        w for t in _described(noun)[1:] for w in _complements(t, _WITH)
    ]
    if subject is not None:
        # "the two delegations, together with UNHCR, signed": a "with" on the subject signs too
        withs += _complements(subject, _WITH)
    withs = [w for w in withs if not _HELPER.match(w.lower_) and not _in_a_role(w)]
    phrases = []
    if subject is not None:
        if subject.pos_ in _PRONOUN:
            return None  # "they", "ils", "which": who they are is told elsewhere
        phrases += _sides_of(subject)
    phrases += [side for a in agents for side in _sides_of(a)]
    phrases += [side for w in withs for side in _sides_of(w)]
    return phrases or None


def _sides_of(head: Any) -> list[list[Any]]:
    """The phrases of a head and of its conjuncts ("Guinea and Senegal")."""
    return [_tokens(h) for h in _conjuncts(head)]


def _in_a_role(token: Any) -> bool:
    """ "with Malaysia's minister as host", "avec le Togo comme témoin", "with Turkey's
    minister attending", "in line with ECOWAS rules": who watches, hosts or pays, or another
    phrase's "with", not who signs."""
    doc = token.doc
    after = doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(doc) else None
    preposition = (
        token.head
        if token.head.pos_ == "ADP"
        else next((c for c in token.children if c.dep_ == "case"), token)
    )
    before = doc[preposition.i - 1] if preposition.i > 0 else None
    return (
        any(c.lower_ in _AS or c.lower_ in _ATTENDING for c in token.children)
        or (after is not None and (after.lower_ in _AS or after.lower_ in _ATTENDING))
        # "in line with ECOWAS rules", "en partenariat avec l'OMS": another phrase's "with"
        # (not "an agreement of cooperation with UNICEF", "un accord de coopération avec")
        or (before is not None and before.lower_ in _BESIDE and _after_in(before))
    )


def _after_in(token: Any) -> bool:
    """ "in line", "in close cooperation", "en étroite collaboration": the word follows "in"
    or "en", one word apart at most."""
    doc = token.doc
    return any(doc[i].lower_ in ("in", "en") for i in range(max(0, token.i - 2), token.i))


def _signing_verb(noun: Any) -> Any:
    """The signing verb the mention depends on (its object, its passive subject, through a
    conjunct or a preposition), or a signing participle on it ("the agreement signed by")."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "acl:relcl") and _SIGNING.match(child.lower_):
            return child
    token = noun
    for _ in range(3):
        head = token.head
        if head is token:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head if _SIGNING.match(head.lower_) else None
        if token.dep_ not in ("conj", "pobj", "prep", "nmod", "obj", "dobj", "appos"):
            return None
        token = head
    return None


def _subject(verb: Any) -> Any:
    """The verb's subject, or that of the verb it completes or is coordinated with ("agreed
    to sign", "met ... and signed")."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _complements(token: Any, prepositions: set[str]) -> list[Any]:
    """The heads of the token's complements brought in by one of the prepositions: English
    hangs the preposition on the word and its object on it, French the noun on the word and
    the preposition on the noun."""
    found = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_.startswith(("nmod", "obl")) and any(
            c.dep_ == "case" and c.lower_ in prepositions for c in child.children
        ):
            found.append(child)
    return found


def _described(noun: Any) -> list[Any]:
    """The mention and the words of its complements, without its clauses."""
    out = [noun]
    for child in noun.children:
        if child.dep_ not in _CLAUSES and child.dep_ != "conj":
            out += _described(child)
    return out


def _conjuncts(token: Any) -> list[Any]:
    """A phrase's head and the heads coordinated with it ("Guinea and Senegal")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out += _conjuncts(child)
    return out


def _tokens(head: Any, top: bool = True) -> list[Any]:
    """The tokens of one side's phrase: the head and what describes it, without its
    conjuncts (sides of their own), its clauses and the complements of other prepositions.
    Below the head (`top` false), a conjunct is the parser's attachment of the next side to
    the last word of a name ("signed by Angola, the Republic of Congo and Zambia": Zambia
    hangs on Congo), and stays in the phrase."""
    out = [head]
    for child in head.children:
        if (
            child.dep_ in _CLAUSES
            or child.dep_ in ("cc", "punct")
            or (top and child.dep_ == "conj")
        ):
            continue
        if child.dep_ == "appos":  # the small parser may take a list for an apposition:
            # "Kazakhstan, Kyrgyzstan and Uzbekistan signed"
            out += [t for c in _conjuncts(child) for t in _tokens(c)]
            continue
        if child.dep_ == "prep" and child.lower_ not in _OF:
            continue
        if child.dep_.startswith(("nmod", "obl")) and any(
            c.dep_ == "case" and c.lower_ not in _OF for c in child.children
        ):
            continue
        out += _tokens(child, top=False)
        if child.dep_ in ("amod", "compound", "poss"):
            # "the Kenyan and Ugandan delegations": coordinated modifiers share the head
            out += [t for c in _conjuncts(child)[1:] for t in _tokens(c)]
    return out


def _parties(ctx: Context, offset: int, tokens: list[Any]) -> list[str]:
    """The parties a side's phrase names: the mentions on its tokens (a seat only as the
    phrase's head: "Dakar and Conakry signed")."""
    spans = [(offset + t.idx, offset + t.idx + len(t)) for t in tokens]
    head = spans[0]
    # a mention of several words ("Burkina Faso") overlaps the phrase's tokens; one the
    # parser cut in two ("China Road | and Bridge Corporation") overlaps each piece
    found = [
        m
        for m in ctx.mentions_in(max(0, min(spans)[0] - 80), max(b for _, b in spans) + 80)
        for a, b in spans
        if m.start < b and a < m.end and (m.kind != "seat" or (a, b) == head)
    ]
    return [m.code for m in found]
