"""The words that name a kind of text (agreement, memorandum, protocol, contract, treaty),
in one alternation, so that every rule asking "is this word a text?" asks the same thing.

Folded forms (no accents) are listed beside the written ones where they differ, since some
rules read folded text and others the text as written.
"""

from __future__ import annotations

TEXT_KIND = (
    r"agreements?|accords?|memorand\w*|mous?|conventions?|protocol\w*|contracts?|contrats?"
    r"|treat(?:y|ies)|trait[ée]s?|соглашени\w*|меморандум\w*|протокол\w*|договор\w*|контракт\w*"
)
