"""Normalization keys for names in Chinese and English, one module per kind of key.

Every key function is idempotent (``key(key(x)) == key(x)``, ``fixpoint``) and total: it accepts any
string and never raises. Keys are for comparing names, never for display.

- ``scripts``: Traditional <-> Simplified Chinese (OpenCC), and the conversions the Chinese key folds with;
- ``chinese``: ``zh_key`` (script, width, punctuation folded), ``zh_ngrams``, the ending two names share;
- ``english``: ``en_key`` (case, initialisms, ``&``, British/American spellings folded), ``en_tokens``,
  ``STOPWORDS``;
- ``acronyms``: ``acronym_key`` (letters and digits, uppercased: ``U.N.-X`` -> ``UNX``), ``derive_acronym``.
"""
