"""Turns a name into token ids and back: one id per distinct character, in sorted order, plus
one extra token, BOS, that marks where a name begins and ends."""


# region tokenizer
def vocabulary(docs):
    """The unique characters of the dataset, sorted: a character's id is its position."""
    return sorted(set(''.join(docs)))


def encode(doc, uchars):
    """The tokens of one name, wrapped in BOS on both sides: "ava" → [BOS, a, v, a, BOS]."""
    bos = len(uchars)                                  # BOS comes after the characters
    return [bos] + [uchars.index(ch) for ch in doc] + [bos]
# endregion
