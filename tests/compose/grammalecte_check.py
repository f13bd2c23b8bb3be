"""Run by Debian's /usr/bin/python3 (python3-grammalecte): read paragraphs as JSON lines on stdin, write one JSON
line per grammar error found: the paragraph, the rule, the message and the words. Typographic spacing rules are
off (the notes use no-break spaces Grammalecte reads differently) and spelling is not checked (product names and
web addresses are not French words)."""

import json
import sys

import grammalecte

checker = grammalecte.GrammarChecker("fr")
engine = checker.getGCEngine()
engine.setOptions({"nbsp": False, "esp": False, "typo": False, "apos": False, "unit": False, "num": False})
for line in sys.stdin:
    paragraph = json.loads(line)
    errors, _ = checker.getParagraphErrors(paragraph)
    for error in errors:
        if error["sType"] in ("nbsp", "esp", "typo", "apos", "unit", "num"):
            continue
        found = {
            "paragraph": paragraph,
            "rule": error["sRuleId"],
            "message": error["sMessage"],
            "words": paragraph[error["nStart"] : error["nEnd"]],
        }
        print(json.dumps(found, ensure_ascii=False))
