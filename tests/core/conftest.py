"""A small corpus in the spirit of the seed article, written to a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTES = {
    "icg.md": """# Syria Calling

The International Crisis Group said in January 2015 that between 2,000 and 4,000 citizens of the
five Central Asian states had left for territory held by the Islamic State in the past three years.
Most of the recruits come from the Fergana Valley.
""",
    "kennan.md": """An expert of the Kennan Institute said in 2019 that some 3,000 to 5,000 citizens of
post-Soviet Central Asia had been recruited by the Islamic State. Over one thousand of them were killed.
""",
    "bases.md": """Russia's Kant air base near Bishkek opened in October 2003 and hosts about 700 servicemen.
Russia's 201st base in Tajikistan has about 7,000 troops, according to RIA Novosti.
AFP put the strength of the 201st base at more than 6,000 troops.
A 2012 agreement keeps Russian military facilities in Kyrgyzstan until at least 2032.
In October 2012 the lease of the 201st base in Tajikistan was extended to 2042.
""",
    "border.md": """Russian border guards left the Tajik-Afghan border in 2005; since then Tajik guards have
controlled the whole border, which is about 1,400 km long.
""",
    "csto.md": """Uzbekistan suspended its membership of the Collective Security Treaty Organization in June 2012.
""",
    "toll-a.md": "The landslide in the valley killed 37 people, the regional governor said.\n",
    "toll-b.md": "Rescue teams said the landslide in the valley killed 39 people.\n",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of notes; returns its path."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
