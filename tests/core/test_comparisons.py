"""Claims comparing two named things, judged on each one's figure."""

from __future__ import annotations

from pathlib import Path

from factcheck.analysis import analyse
from factcheck.comparisons import read_comparison, read_ranking
from factcheck.model import Verdict
from checked_notes import checked


def test_reading_a_comparison() -> None:
    c = read_comparison(analyse("Lebanon hosts more registered Syrian refugees than Turkey does."))
    assert c is not None and (c.first.text, c.second.text, c.relation) == ("Lebanon", "Turkey", "more")
    c = read_comparison(analyse("The Soufan Group counted more than twice as many fighters from France as from Britain."))
    assert c is not None and (c.first.text, c.second.text, c.relation, c.factor, c.bound) == (
        "France", "Britain", "times", 2.0, "more than"
    )
    assert read_comparison(analyse("Saudi Arabia supplied more fighters than any other country.")) is None
    # the comparative nearest "than" compares; an earlier one describes something else
    c = read_comparison(analyse("Forest, despite the smaller following, were given about 5,500 more tickets than Liverpool."))
    assert c is not None and (c.relation, c.words, c.second.text) == ("more", ("ticket",), "Liverpool")
    assert read_comparison(analyse("More than 500 people died in Lebanon.")) is None


def test_a_superlative_after_a_preposition_ranks_something_else() -> None:
    r = read_ranking(analyse("Liberia recorded the most cases of the three countries."))
    assert r is not None and r.name.text == "Liberia" and r.place == 1
    assert read_ranking(analyse("Liberia was the country with the most cases.")) is not None
    # the blast is ranked, not the agency; "one of the largest" is no first place
    assert read_ranking(analyse("PHIVOLCS declared an eruption six days before the biggest blast.")) is None
    assert read_ranking(analyse("Germany is one of the largest contributors of troops.")) is None


def test_two_figures_decide_a_comparison(tmp_path: Path) -> None:
    claims = [
        "Lebanon hosts more registered Syrian refugees than Turkey does.",
        "Turkey hosts more registered Syrian refugees than Lebanon does.",
        "Liberia lost roughly twice as many people as Guinea did.",  # deaths: 4,810 / 2,544 = 1.89
        "Liberia recorded roughly twice as many cases as Guinea did.",  # cases: 10,678 / 3,814 = 2.80
    ]
    findings = checked(
        tmp_path,
        claims,
        refugees="Turkey, which shares a border of some 900 kilometres with Syria, hosted about 2.7 million registered Syrian refugees.\n\n"
        "Lebanon had about 1.07 million Syrian refugees on the register at the end of 2015.\n",
        tolls="The final report lists:\n\n| country | cases | deaths |\n| --- | --- | --- |\n"
        "| Guinea | 3,814 | 2,544 |\n| Liberia | 10,678 | 4,810 |\n",
    ).findings
    assert [f.verdict for f in findings] == [Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.CONTRADICTED]
    assert "2,700,000" in findings[0].reason and "refugees.md:1" in findings[0].reason


def test_lives_compare_tolls(tmp_path: Path) -> None:
    c = read_comparison(analyse("The Kangra earthquake claimed more lives than the Quetta earthquake."))
    assert c is not None and c.words == ("kill",)
    c = read_comparison(analyse("The Salk vaccine saved more lives than the Sabin vaccine."))
    assert c is not None and c.words != ("kill",)
    # the toll is sought among the words for dying, not beside another of the name's figures
    (finding,) = checked(
        tmp_path,
        ["The Kangra earthquake claimed more lives than the Quetta earthquake."],
        quetta="After the Quetta earthquake 12,000 troops held the town.\n\n"
        "In the Quetta earthquake of 1935 about 30,000 people were killed, most of them asleep in houses of mud brick that fell in on them.\n",
        kangra="The Kangra earthquake of 1905 killed about 20,000 people.\n",
    ).findings
    assert finding.verdict is Verdict.CONTRADICTED and "30,000" in finding.reason, finding.reason


def test_a_place_in_a_list_or_table_is_read_from_every_row(tmp_path: Path) -> None:
    claims = [
        "Saudi Arabia supplied more foreign fighters than any other country.",
        "Tunisia supplied more foreign fighters than any other country.",
        "Liberia recorded the most cases.",  # Sierra Leone has more cases
        "Liberia recorded the most deaths.",  # and Liberia the most deaths
        "Sierra Leone recorded the second-largest number of deaths.",
    ]
    findings = checked(
        tmp_path,
        claims,
        fighters="The update listed foreign fighters by country of origin:\n\n"
        "- Tunisia: 6,000\n- Saudi Arabia: 2,500\n- Jordan: 2,000\n- France: 1,700\n",
        tolls="The final report lists:\n\n| country | cases | deaths |\n| --- | --- | --- |\n"
        "| Guinea | 3,814 | 2,544 |\n| Liberia | 10,678 | 4,810 |\n| Sierra Leone | 14,124 | 3,956 |\n",
    ).findings
    assert [f.verdict for f in findings] == [
        Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.SUPPORTED
    ], [f.reason for f in findings]
    assert "Tunisia" in findings[0].reason and "6,000" in findings[0].reason


def test_a_figure_after_the_sentence_that_names_it_counts_for_the_comparison(tmp_path: Path) -> None:
    claims = [
        "Tajikistan hosts more Russian troops than Kyrgyzstan does.",
        "Kyrgyzstan hosts more Russian troops than Tajikistan does.",
        "Tajikistan hosts ten times as many Russian troops as Kyrgyzstan.",
    ]
    findings = checked(
        tmp_path,
        claims,
        bases="Russia's Kant air base, near Bishkek, opened in October 2003.\n"
        "About 700 Russian servicemen are stationed at Kant.\n\n"
        "Russia's 201st military base in Tajikistan is its largest army base abroad.\n"
        "RIA Novosti puts its strength at about 7,000 troops.\n",
    ).findings
    assert [f.verdict for f in findings] == [Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.SUPPORTED]
    assert "7,000" in findings[0].reason and "700" in findings[0].reason


def test_a_comparison_whose_figures_are_not_found_is_not_supported_by_words(tmp_path: Path) -> None:
    claim = "Kyrgyzstan hosts more Russian servicemen than Tajikistan does."
    assert checked(
        tmp_path,
        [claim],
        kant="Russia's Kant air base in Kyrgyzstan hosts Russian servicemen.\n",
    ).findings[0].verdict is Verdict.UNVERIFIED
    # a passage comparing the two speaks: the other way round, it contradicts
    claims = [claim, "Russia keeps more soldiers in Tajikistan than in Kyrgyzstan."]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        more="Russia keeps more soldiers in Tajikistan than in Kyrgyzstan, officials said.\n",
    ).findings]
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_labelled_list_rows_figure_is_the_one_its_label_gives(tmp_path: Path) -> None:
    notes = (
        "# The toll\n\nThe dead came from more than 20 countries. The largest groups of foreign victims, most of them "
        "language students or staff in the CTV building, were:\n\n"
        "- Japanese: 28, twelve of them from the Toyama College of Foreign Languages;\n- Chinese: 23;\n- Filipino: 11;\n- Thai: 6.\n"
    )
    claim = "Twenty-eight Japanese nationals died in the February 2011 quake, the largest group among the foreign victims."
    (found,) = checked(tmp_path, [claim], toll=notes).findings
    assert found.verdict is Verdict.SUPPORTED, found.reason
    assert "Japanese 28: place 1 of 4" in found.reason


def test_a_table_of_tallies_of_one_thing_ranks_nothing(tmp_path: Path) -> None:
    # every row names the claim's city: the rows are sources' tallies of one toll, not places to rank
    notes = (
        "# The dead\n\n| source | date | dead |\n| --- | --- | --- |\n"
        '| Canadian Press dispatch from Halifax | 8 December 1917 | "at least 2,000 feared" |\n'
        "| Halifax Disaster Record Office | 1918 | 1,963 |\n"
        "| Halifax Explosion Remembrance Book | 2000s | 1,950 names |\n"
    )
    claim = "Halifax is often called the largest man-made explosion before the atomic bomb."
    (found,) = checked(tmp_path, [claim], toll=notes).findings
    assert found.verdict is not Verdict.CONTRADICTED, found.reason
    assert "place" not in found.reason


def test_a_table_ranking_names_that_share_a_word_still_ranks(tmp_path: Path) -> None:
    # "New Delhi" and "Nigeria" are other rows than "New York" and "Niger": the table ranks them
    cities = (
        "# Urban areas, 2018\n\n| area | population (millions) |\n| --- | --- |\n"
        "| Tokyo | 37.5 |\n| New Delhi | 28.5 |\n| Shanghai | 25.6 |\n| New York | 18.8 |\n"
    )
    (found,) = checked(tmp_path, ["New York was the largest urban area in 2018."], cities=cities).findings
    assert found.verdict is Verdict.CONTRADICTED and "place 4 of 4" in found.reason, found.reason
