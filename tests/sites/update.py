"""Write each case's expected record from what newsbot reads now, for review in the diff:

    python -m tests.sites.update [SITE[/CASE] ...]

A field the case's meta.json lists as ``known_wrong`` keeps its expected value."""

from __future__ import annotations

import json
import sys

from newsbot import article_from_html
from tests.sites import cases


def main(selected: list[str]) -> int:
    for case in cases():
        if selected and str(case) not in selected and case.site not in selected:
            continue
        record = article_from_html(case.html(), case.url)
        if case.expected_file.exists():
            kept = case.expected()
            record.update({field: kept[field] for field in case.meta.get("known_wrong", {})})
        case.expected_file.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {case.expected_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
