"""The words of putting one's name to a text (signing, concluding, inking, initialling), in
one alternation, so that every rule asking "is a text signed here?" asks the same thing.

Stems, not forms: a rule that needs a tense ("signed", «подписали») or the verb alone
(not "the signing") narrows it with its own alternation. Initialling stands beside signing
because a text initialled has its sides as one signed does.
"""

from __future__ import annotations

SIGNING = r"sign\w*|conclu\w*|ink\w*|paraph\w*|initial+ed|подпис\w*|заключ\w*|парафир\w*"
