"""Groups in different languages that ask one knowledge-base entry's question, shown as one theme.

Character n-grams cannot tell that "how do I extend my residence card" and "как продлить карту
резидента" say the same. The knowledge base can: each entry has training questions in Armenian,
Russian and English, so groups close enough to the same entry's questions are joined under it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from channels.report.grouping import Group

# Cosine between a group's example and its closest training question from which the group is taken
# to ask that entry's question (calibrated on the knowledge base, checked on held-out questions:
# tests/channels/report/test_themes.py and docs/STAFF.md).
SAME_ENTRY = 0.5


@dataclass
class Theme:
    """The groups near one entry, in whatever language they were asked."""

    entry_id: str
    count: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    groups: list[Group] = field(default_factory=list)

    def examples(self) -> dict[str, str]:
        """The example of the most asked group in each language, by language."""
        found: dict[str, str] = {}
        for group in sorted(self.groups, key=lambda g: -g.count):
            language = group.languages.most_common(1)[0][0]
            found.setdefault(language, group.example)
        return found


def themes(groups: Sequence[Group], threshold: float = SAME_ENTRY) -> list[Theme]:
    """Themes of the groups whose closest entry is at least ``threshold`` similar, most asked first."""
    by_entry: dict[str, Theme] = {}
    for group in groups:
        if group.closest_entry is None or group.closest_score < threshold:
            continue
        theme = by_entry.setdefault(group.closest_entry, Theme(group.closest_entry))
        theme.count += group.count
        theme.languages.update(group.languages)
        theme.groups.append(group)
    return sorted(by_entry.values(), key=lambda t: (-t.count, t.entry_id))
