"""Run by Debian's /usr/bin/python3 (python3-grammalecte is installed for it, not for the project's venv).

Reads a JSON list of French paragraphs on stdin and writes a JSON list of [paragraph index, rule id, flagged
text, message] for every grammar error, with the typographic rules (spaces, apostrophes, units) switched off."""

import json
import sys

import grammalecte

TYPOGRAPHY = ("apos", "nbsp", "esp", "typo", "tab", "html", "latex", "liga", "num", "maj", "poncfin", "unit")


def main() -> None:
    checker = grammalecte.GrammarChecker("fr")
    engine = checker.getGCEngine()
    engine.setOptions({option: False for option in TYPOGRAPHY})
    found = []
    for index, paragraph in enumerate(json.load(sys.stdin)):
        errors, _ = checker.getParagraphErrors(paragraph)
        found += [
            [index, error["sRuleId"], paragraph[error["nStart"] : error["nEnd"]], error["sMessage"]] for error in errors
        ]
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
