"""Keeps sentences whole across abbreviated titles ("IDF Maj.-Gen. Yoav Mordechai", "Lt. Col.
Smith"), where the tokenizer would cut the final period off and the parser then split."""
from __future__ import annotations

TITLE_ABBREVIATIONS = (
    "Gen.", "Maj.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.",
    "Prof.", "Rev.", "Hon.", "Pres.", "Maj.-Gen.", "Lt.-Gen.", "Lt.-Col.", "Brig.-Gen.", "Maj. Gen.",
    "Lt. Gen.", "Lt. Col.", "Brig. Gen.",
)


def add_title_abbreviations(nlp) -> None:
    """Tokenizer special cases: each abbreviation stays one token with its period."""
    for abbr in TITLE_ABBREVIATIONS:
        if " " in abbr:
            continue
        for form in {abbr, abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
