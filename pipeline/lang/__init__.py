"""The language layer every stage shares: scripts, numerals, counters, cue words, values.

Nothing here knows a name of anything: it knows how Chinese (Traditional and Simplified), Japanese and
English write numbers, counters, list lead-ins and closings, and how a value such as ``46%`` or
``百分之46`` is printed. Sources, claims and checks import from here; no word list is copied elsewhere.
"""
