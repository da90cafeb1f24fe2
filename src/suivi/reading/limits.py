"""How much of a document the reader takes, so that one input never exhausts a worker.

spaCy's memory and several stages' time grow with the text analysed (measured on
these machines: 300,000 characters took 1 GB and minutes; 50,000 take ~320 MB), so
the reader analyses the start of a long document only: its facts, and therefore its
claims, come from that part. The whole text is still kept as the source.
"""

MAX_ANALYSED_CHARS = 50_000  # ~8,000 words: longer than any article or communiqué
# A larger input is refused before it is decoded: a 49 MB text peaked at 551 MB while being
# ingested (its text is copied by decoding, cleaning, hashing and storing); 20 MB at ~410 MB.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
