"""End-to-end verdicts through factcheck.check on a small corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.analysis import analyse, search_text
from factcheck.errors import UsageError
from factcheck.model import Claim, Stance, Verdict
from factcheck.options import CheckOptions
from checked_notes import checked, verdicts

CASES = [
    ("Between 2,000 and 4,000 Central Asians have left to join the Islamic State.", Verdict.SUPPORTED),
    ("Two to four thousand citizens of Central Asia left for Islamic State territory.", Verdict.SUPPORTED),
    ("Only a few hundred Central Asian citizens have left for Islamic State territory.", Verdict.CONTRADICTED),
    ("Russia's Kant air base hosts about 700 servicemen.", Verdict.SUPPORTED),
    ("Russia's Kant air base hosts 7,000 troops.", Verdict.CONTRADICTED),
    ("Russia's 201st base in Tajikistan has about 7,000 troops.", Verdict.SUPPORTED),
    ("The Kant air base opened in 2005.", Verdict.CONTRADICTED),
    ("An agreement keeps Russian military facilities in Kyrgyzstan until 2042.", Verdict.CONTRADICTED),
    ("The Tajik-Afghan border is some 1,400 kilometres long.", Verdict.SUPPORTED),
    ("Uzbekistan suspended its membership of the Collective Security Treaty Organization in 2012.", Verdict.SUPPORTED),
    ("Uzbekistan never suspended its membership of the Collective Security Treaty Organization.", Verdict.CONTRADICTED),
    ("The landslide in the valley killed 37 people.", Verdict.DISPUTED),
    ("Kazakhstan opened a new space port on the Caspian coast in 2010.", Verdict.UNVERIFIED),
    ("Russia's Kant air base hosts a squadron of 12 helicopters.", Verdict.UNVERIFIED),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_verdicts(corpus: Path, text: str, expected: Verdict) -> None:
    report = factcheck.check([text], sources=[str(corpus)])
    finding = report.findings[0]
    assert finding.verdict == expected, finding.reason


def test_evidence_cites_source_line_and_reason(corpus: Path) -> None:
    report = factcheck.check(["Russia's Kant air base hosts 7,000 troops."], sources=[str(corpus)])
    top = report.findings[0].evidence[0]
    assert top.source.endswith("bases.md")
    assert top.line == 1
    assert top.stance is Stance.CONTRADICTS
    assert "700" in top.reason and "7,000" in top.reason
    assert 0.0 <= report.findings[0].confidence <= 1.0


def test_findings_keep_input_order_and_claim_ids(corpus: Path) -> None:
    claims = [Claim(id="b", text=CASES[1][0]), Claim(id="a", text=CASES[0][0])]
    report = factcheck.check(claims, sources=[str(corpus)])
    assert [f.claim.id for f in report.findings] == ["b", "a"]


def test_claim_sources_restrict_evidence(corpus: Path) -> None:
    claim = Claim(id="c", text=CASES[0][0], sources=(str(corpus / "kennan.md"),))
    finding = factcheck.check([claim]).findings[0]
    assert {e.source for e in finding.evidence} <= {str(corpus / "kennan.md")}


def test_no_sources_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no sources"):
        factcheck.check(["Anything at all."])


def test_missing_source_is_skipped_not_fatal(corpus: Path) -> None:
    report = factcheck.check([CASES[0][0]], sources=[str(corpus), str(corpus / "nope.md")])
    assert report.findings[0].verdict is Verdict.SUPPORTED
    assert [s.ref for s in report.skipped] == [str(corpus / "nope.md")]


def test_a_duration_is_read_from_two_dates_one_a_sentence_before(tmp_path: Path) -> None:
    claims = [
        "After the Salala strikes Pakistan closed the supply routes for about seven months.",
        "The Raqqa offensive took about four months.",
        "The Raqqa offensive took two years.",
    ]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        routes="On 26 November 2011 NATO air strikes killed 24 Pakistani soldiers at Salala, on the border.\n"
        "Pakistan closed the supply routes that day and did not reopen them until 3 July 2012.\n"
        "The Raqqa offensive opened on 6 June 2017 and the city fell on 17 October 2017.\n",
    ).findings]
    # Two dates confirm a duration; they never contradict one (they may date other events).
    assert found == [Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNVERIFIED]


def test_a_column_of_estimates_counts_what_the_table_counts(tmp_path: Path) -> None:
    claims = ["Around 40,000 Russian soldiers were massed near the eastern border in April 2014.",
              "Around 90,000 Russian soldiers were massed near the eastern border in April 2014."]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        forces="Estimates of Russian troops massed near the eastern border differed:\n\n"
        "| when | estimate |\n| --- | --- |\n"
        "| April 2014 | about 40,000 |\n",
    ).findings]
    assert found == [Verdict.SUPPORTED, Verdict.CONTRADICTED]


def test_a_people_is_searched_as_its_country(tmp_path: Path) -> None:
    report = checked(
        tmp_path,
        ["Nearly 400 Tajiks were fighting in Syria and Iraq."],
        fighters="Foreign fighters in Syria and Iraq, by country of origin:\n\n- Uzbekistan: 500\n- Tajikistan: 386\n",
        other="Tajik migrants sent money home. " * 3 + "\n",
    )
    assert report.findings[0].verdict is Verdict.SUPPORTED, report.findings[0].reason


def test_a_passage_naming_nothing_may_leave_out_its_documents_subject(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["The Seikan Tunnel in Japan opened in 1988.", "The Seikan Tunnel in France opened in 1988."],
        seikan="The Seikan Tunnel runs under the Tsugaru Strait, in northern Japan.\nDigging took 17 years.\n"
        "Work on the approach lines went on until the last months.\nThe tunnel opened on 13 March 1988.\n",
        other="The Channel Tunnel opened on 6 May 1994.\n",
    )
    assert found == [Verdict.SUPPORTED, Verdict.UNVERIFIED]


SODDEN = "Exmoor was already sodden after a wet month, so the storm's rain ran straight off the hills."


def test_a_passage_without_numbers_confirms_from_the_supports_score(tmp_path: Path) -> None:
    # score 48, between `supports` (45) and `negates` (50): the moor's state in other words
    note = "# The weather\n\nBy the middle of August the ground was saturated after a wet month on Exmoor, and the hills were waterlogged.\n"
    (finding,) = checked(tmp_path, [SODDEN], weather=note).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert 45 <= finding.evidence[0].score < 50


def test_a_heading_confirms_nothing_on_words_alone(tmp_path: Path) -> None:
    note = "# Cyclone Idai\n\nCyclone Idai made landfall near Beira in Mozambique in March 2019.\n"
    found = verdicts(tmp_path, ["Flooding after Cyclone Idai spread across the northern provinces of Malawi."], idai=note)
    assert found == [Verdict.UNVERIFIED]


def test_a_flipped_negation_gainsays_only_from_the_negates_score(tmp_path: Path) -> None:
    # a passage at score 48 stating what the claim negates speaks to it, but not well enough to
    # gainsay it: below `negates` (50), above `supports` (45)
    claim = "Exmoor was not sodden after a wet month, so the storm's rain soaked into the hills."
    note = "# The rain\n\nBy the middle of August the ground on Exmoor was sodden after the rain of the previous weeks, and the rivers were high.\n"
    (finding,) = checked(tmp_path, [claim], rain=note).findings
    assert finding.verdict is Verdict.UNVERIFIED, finding.reason
    assert "with the opposite polarity, too few to decide" in finding.reason


def test_a_passage_sharing_fewer_words_than_twenty_others_is_still_aligned(tmp_path: Path) -> None:
    # the figure stands in the passage sharing the fewest of the claim's words, behind 25 that
    # share more and give none: the PRESELECT candidates aligned in full reach it
    ends = "fog rain wind snow frost hail sleet mist cloud dusk dawn noon tide gale storm spring summer autumn winter night morning evening weekend holiday market".split()
    note = "\n\n".join(
        [f"The flood at Ashford swept through the lower town on the night of the storm, in the {end}." for end in ends]
        + ["Ashford's flood killed 31."]
    )
    (finding,) = checked(tmp_path, ["The flood at Ashford killed 31 people in the lower town on the night of the storm."], ashford=note).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert "31" in finding.reason


@pytest.mark.parametrize(
    ("night", "expected"),
    [
        # two accounts of one moment, said apart: the passage disputes the claim by itself
        ("The station log puts the first alarm at 10.05 pm; the brigade's own record, quoted in the Evening Standard, gave 10.20 pm.", Verdict.DISPUTED),
        # two moments of one night in one statement
        ("The first alarm was raised at 10.05 pm, and the first engine reached the station at 10.20 pm, the brigade said.", Verdict.SUPPORTED),
    ],
)
def test_two_times_said_apart_in_one_passage_dispute_the_claims(tmp_path: Path, night: str, expected: Verdict) -> None:
    found = verdicts(tmp_path, ["The first alarm at the station was raised at 10.05 pm."], night=f"# The night of the fire\n\n{night}\n")
    assert found == [expected]


def test_a_heading_naming_another_thing_ends_the_documents_subject(tmp_path: Path) -> None:
    # under "## Lakanal House" the passages speak of Lakanal House, not of the tower the note
    # named first; once the note names the tower again, they speak of it again
    found = verdicts(
        tmp_path,
        ["Six children died in the Grenfell fire.", "The Grenfell fire started on the fourth floor."],
        fires="# Tower fires\n\nThe Grenfell fire was not the first warning.\n\n## Lakanal House\n\n"
        "Lakanal House caught fire in July 2009.\nSix people died, three of them children.\n\n## Grenfell again\n\n"
        "The Grenfell fire was reported at 00:54.\nThe fire started on the fourth floor.\n",
    )
    assert found == [Verdict.UNVERIFIED, Verdict.SUPPORTED]


def test_a_row_labelled_by_the_claims_name_contradicts_under_a_header_saying_what_it_measures(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        [
            "Judge Barbier assigned 30 per cent of the fault for the blowout to Halliburton.",
            "Judge Barbier assigned 3 per cent of the fault for the blowout to Halliburton.",
        ],
        rulings="# The civil trial\n\nIn September 2014 Barbier ruled on the case. He apportioned fault as follows:\n\n"
        "| party | share of fault |\n| --- | --- |\n| BP | 67% |\n| Transocean | 30% |\n| Halliburton | 3% |\n",
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_days_written_without_their_years_are_compared(tmp_path: Path) -> None:
    queue = (
        "# The queue\n\nShips waiting to transit the canal, as the canal authority counted them:\n\n"
        "| day | ships waiting | counted by |\n| --- | --- | --- |\n"
        "| Sat 27 March | 321 | canal authority |\n| Sun 28 March | 369 | canal authority |\n"
    )
    found = verdicts(
        tmp_path,
        [
            "On 27 March the canal authority said 369 ships were waiting to transit.",
            "On 28 March the canal authority said 369 ships were waiting to transit.",
        ],
        queue=queue,
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_row_labelled_by_another_thing_gives_that_things_time(tmp_path: Path) -> None:
    # row 4 gives unit 4's explosion on 15 March, nothing about unit 2's building
    found = verdicts(
        tmp_path,
        ["Unit 2's reactor building was destroyed by a hydrogen explosion on 15 March 2011."],
        reactors="# Explosions at the reactor buildings\n\n| unit | event at the reactor building | time |\n| --- | --- | --- |\n"
        "| 1 | hydrogen explosion destroys the upper reactor building | 12 March 2011 |\n"
        "| 4 | hydrogen explosion destroys the upper reactor building | 15 March 2011 |\n",
    )
    assert found == [Verdict.UNVERIFIED]
    # nor is unit 1's row unit 3's, though "1" stands in the claim's "12 March"
    (finding,) = checked(tmp_path, ["Unit 3's reactor building was destroyed by a hydrogen explosion on 12 March 2011."]).findings
    assert finding.verdict is Verdict.UNVERIFIED


def test_a_column_naming_the_claims_thing_is_its_own_whatever_place_it_names(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["On 3 May the Home Ministry's death toll stood at 8,046.", "On 10 May the Home Ministry's death toll stood at 8,046."],
        tolls="# Tolls by date\n\nThe toll grew by the day, as officials reported it:\n\n"
        "| date of report | dead in Nepal (Home Ministry) |\n| --- | --- |\n| 3 May | 7,276 |\n| 10 May | 8,046 |\n",
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_timelines_row_speaks_of_its_own_day(tmp_path: Path) -> None:
    # the 15 August row gives 178 for its day, not for 7 August, whose row gives 154: the
    # count had not reached 178 by then
    found = verdicts(
        tmp_path,
        [
            "By 7 August the health ministry's count of the dead had already reached 178.",
            "By 15 August the health ministry's count of the dead had already reached 178.",
        ],
        casualties="# Casualties\n\nThe counts were given by Hamad Hassan, the health minister:\n\n"
        "| date | dead | injured | notes |\n| --- | --- | --- | --- |\n| 5 August | 135 | about 5,000 | |\n"
        "| 7 August | 154 | some 5,000 | |\n| 15 August | 178 | about 6,000 | some 30 missing |\n",
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_row_labelled_by_the_claims_time_contradicts_under_a_header_saying_what_it_measures(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["The January 2010 quake originated roughly 25 km below the surface.", "The January 2010 quake originated roughly 13 km below the surface."],
        quakes="# Three quakes often confused in coverage\n\n| date | place | magnitude | depth |\n| --- | --- | --- | --- |\n"
        "| 12 January 2010 | Léogâne, west of Port-au-Prince | 7.0 | 13 km |\n| 27 February 2010 | offshore Maule region | 8.8 | 22.9 km |\n",
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_claim_naming_a_column_picks_it_among_the_rows_columns(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["On 10 May the Home Ministry's death toll in Nepal stood at 78.", "On 10 May the Home Ministry's death toll in Nepal stood at 8,046."],
        tolls="# Tolls\n\nThe tolls as the ministries gave them:\n\n| date | dead in Nepal (Home Ministry) | dead in India (Home Ministry) |\n"
        "| --- | --- | --- |\n| 10 May | 8,046 | 78 |\n",
    )
    assert found == [Verdict.UNVERIFIED, Verdict.SUPPORTED]


def test_a_line_ending_in_a_quote_is_no_heading(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["Six people died in the Grenfell fire."],
        fire='# Tower fires\n\nThe Grenfell fire was a national disaster.\n\nThe mayor of London called it "a tragedy"\n\nSix people died.\n',
    )
    assert found == [Verdict.SUPPORTED]


def test_a_passage_may_speak_of_the_documents_subject_by_what_it_is(tmp_path: Path) -> None:
    # "the vaccine" is the Guinea vaccine the note named first, though the passage names The
    # Lancet; a name the note never gave is not implied
    found = verdicts(
        tmp_path,
        [
            "Interim results of the Guinea vaccine trial, published in July 2015, showed 100% efficacy.",
            "Interim results of the Liberia vaccine trial, published in July 2015, showed 100% efficacy.",
        ],
        vaccine="The ring-vaccination trial of the new vaccine began in Guinea in the spring of 2015.\n"
        "Interim results, published in The Lancet on 31 July 2015, showed the vaccine to be 100 per cent effective.\n",
        other="Sierra Leone closed its schools for months.\n",
    )
    assert found == [Verdict.SUPPORTED, Verdict.UNVERIFIED]


def test_an_estimate_alike_only_within_about_disputes_the_figure_another_source_gives(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        [
            "Some 13,000 US troops were in Afghanistan when the Doha agreement was signed.",
            "About 12,500 US troops were in Afghanistan when the Doha agreement was signed.",
            "Kashagan holds some 38 billion barrels of oil in place.",
            "Kashagan holds more than 30 billion barrels of oil in place.",
        ],
        troops="When the Doha agreement was signed, Reuters reported about 12,000 US troops in Afghanistan, "
        "The New York Times about 13,000.\n",
        kashagan="The consortium puts the oil in place at Kashagan at some 35 billion barrels.\n\n"
        "Figures of 38 billion barrels of oil in place at Kashagan also circulate.\n",
    )
    assert found == [Verdict.DISPUTED, Verdict.SUPPORTED, Verdict.DISPUTED, Verdict.SUPPORTED]


def test_the_rows_beside_a_candidate_row_giving_a_near_figure_are_candidates(tmp_path: Path) -> None:
    note = (
        "# The Hawes Junction crash\n\nAccounts of the express differ:\n\n"
        "| source | carriages behind the engines of the express |\n| --- | --- |\n"
        "| Midland Railway statement to the inquiry | eight |\n| The Times, 26 December | nine |\n"
        "| Board of Trade return | three engines |\n\nThe sleeping cars at the rear stayed on the rails.\n"
    )
    (tmp_path / "train.md").write_text(note, encoding="utf-8")
    # (the index gives one candidate: the Times's row)
    report = factcheck.check(["Nine carriages made up the express behind its engines."], sources=[str(tmp_path)], options=CheckOptions(candidates=1))
    cited = {e.text.split(" |")[0] for e in report.findings[0].evidence}
    assert "Midland Railway statement to the inquiry" in cited, cited  # eight beside nine
    assert "Board of Trade return" not in cited  # three: no figure near the claim's


def test_a_day_without_its_year_does_not_outweigh_a_dated_source(tmp_path: Path) -> None:
    claims = ["The methane explosion at Hlobane colliery happened in September 1984."]
    explosion = "The methane explosion at Hlobane colliery happened on Monday 12 September 1983, during the morning shift.\n"
    reopened = "The undamaged sections of Hlobane colliery reopened on 17 September after the methane explosion.\n"
    (tmp_path / "both").mkdir()
    (tmp_path / "alone").mkdir()
    found = checked(tmp_path / "both", claims, explosion=explosion, rescue=reopened).findings
    assert found[0].verdict is Verdict.CONTRADICTED, found[0].reason
    alone = checked(tmp_path / "alone", claims, rescue=reopened).findings  # no date against it: the context's year stands
    assert alone[0].verdict is Verdict.SUPPORTED, alone[0].reason


def test_an_hour_without_its_half_confirms_its_figure_whatever_gainsays_another(tmp_path: Path) -> None:
    # the other source gainsays the claim's day, not its hour: "three o'clock" still meets 3 pm
    found = checked(
        tmp_path,
        ["The mill chimney collapsed at 3 pm on 12 March 1928."],
        clock="The mill chimney collapsed at three o'clock, the foreman said.\n",
        day="The mill chimney collapsed on 13 March 1928.\n",
    ).findings
    assert found[0].verdict is Verdict.DISPUTED, found[0].reason


def test_an_estimate_alike_only_where_both_tolerances_meet_confirms_nothing(tmp_path: Path) -> None:
    found = checked(
        tmp_path,
        ["The ash column climbed to some 40 kilometres.", "The ash column climbed to some 30 kilometres."],
        wire="Wire reports spoke of an ash column some 30 kilometres high.\n",
    ).findings
    assert [f.verdict for f in found] == [Verdict.UNVERIFIED, Verdict.SUPPORTED], [f.reason for f in found]
    assert "gives another estimate" in found[0].reason
    found = checked(
        tmp_path,
        ["The ash column climbed to some 40 kilometres."],
        wire="Wire reports spoke of an ash column some 30 kilometres high.\n",
        satellite="Satellite images showed an ash column some 40 kilometres high.\n",
    ).findings
    assert [f.verdict for f in found] == [Verdict.DISPUTED], [f.reason for f in found]
    # beside a source giving the claim's own figure, another estimate is a rival one
    claim = ["Yungay alone lost about 25,000 people."]
    papers = "Some Lima newspapers in June 1970 reported 25,000 dead in Yungay.\n"
    commission = 'The government commission gave "about 20,000" dead for Yungay.\n'
    found = checked(_folder(tmp_path / "both"), claim, papers=papers, commission=commission).findings
    assert found[0].verdict is Verdict.DISPUTED and "gives another estimate" in found[0].reason, found[0].reason
    assert checked(_folder(tmp_path / "papers"), claim, papers=papers).findings[0].verdict is Verdict.SUPPORTED
    assert checked(_folder(tmp_path / "commission"), claim, commission=commission).findings[0].verdict is not Verdict.SUPPORTED
    # a range holding the claim's figure does not give it as written
    wide = "Some reports gave between 20,000 and 30,000 dead in Yungay.\n"
    found = checked(_folder(tmp_path / "wide"), claim, wide=wide, commission='The government commission gave "about 21,000" dead for Yungay.\n').findings
    assert "gives another estimate" not in found[0].reason or found[0].verdict is not Verdict.DISPUTED, found[0].reason


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def test_a_near_estimate_makes_no_rivals_and_a_shared_year_does_not_save_it(tmp_path: Path) -> None:
    # "some 30 kilometres" confirms nothing, so "about 80" is no rival of a confirmed figure
    (found,) = checked(
        _folder(tmp_path / "rivals"),
        ["The Varnel glacier in Norway retreated some 40 kilometres during the last century."],
        a="The Varnel glacier in Norway retreated some 30 kilometres during the last century.\n",
        b="Varnel in Norway lost about 80 kilometres of ice.\n",
    ).findings
    assert found.verdict is Verdict.UNVERIFIED, found.reason
    # an agreeing year does not make a near figure a confirmation
    (found,) = checked(
        _folder(tmp_path / "year"),
        ["The Varnel glacier in Norway retreated some 40 kilometres in 1990."],
        c="In 1990 the Varnel glacier in Norway retreated some 30 kilometres.\n",
    ).findings
    assert found.verdict is Verdict.UNVERIFIED, found.reason


def test_other_estimates_need_an_approximate_claim_and_turn_each_passage_once(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        [
            "Russia hosts about 13,000 Russian troops and about 400 Russian aircraft at its bases.",  # two figures: no crash
            "The population of Bishkek was 1.1 million in 2019.",  # an exact figure met within rounding
            "Kazakhstan has about 9,000 soldiers in its army.",  # a part is not another estimate
        ],
        a="Russia hosts 13,000 Russian troops and 400 Russian aircraft at its bases.\n",
        b="Russia hosts about 12,000 Russian troops and about 380 Russian aircraft at its bases.\n",
        c="The population of Bishkek was 1.1 million in 2019.\n\nThe census counted 1,074,075 people in Bishkek in 2019.\n",
        d="Kazakhstan has about 9,000 soldiers in its army, including 8,500 conscripts.\n",
    )
    assert found == [Verdict.DISPUTED, Verdict.SUPPORTED, Verdict.SUPPORTED]


def test_a_table_row_is_found_and_read_by_its_header_and_the_unit_its_lead_gives(tmp_path: Path) -> None:
    rows = "\n".join(f"| {y} | {r} | {c} | 6.5 |" for y, r, c in ((2010, 10.7, 3.5), (2012, 10.0, 21.3), (2014, 9.0, 25.5)))
    claims = ["China took more than 25 billion cubic metres of Turkmen gas in 2014.", "China took more than 30 billion cubic metres of Turkmen gas in 2014."]
    found = checked(
        tmp_path,
        claims,
        gas="# Turkmen gas exports\n\n"
        "Exports to China began in December 2009 and grew quickly; China became the main buyer.\n"
        "In 2014 China also lent money for the second phase of the field.\n\n"
        "Export volumes by destination (bcm, rounded):\n\n"
        f"| year | Russia | China | Iran |\n| --- | --- | --- | --- |\n{rows}\n",
    ).findings
    assert [f.verdict for f in found] == [Verdict.SUPPORTED, Verdict.CONTRADICTED], [f.reason for f in found]
    assert "25.5" in found[0].reason


def test_an_estimates_tables_date_is_when_a_figure_was_given_not_another_time(tmp_path: Path) -> None:
    table = (
        "# The Andijan shootings\n\nThe government said 187 people were killed in Andijan in May 2005. The toll is contested:\n\n"
        "| source | date | dead |\n| --- | --- | --- |\n"
        "| government, first figure | 14 May 2005 | 169 |\n| OSCE report, from refugee interviews | 20 June 2005 | 300 to 500 |\n"
    )
    found = checked(tmp_path, ["Fewer than 200 people were killed in Andijan in May 2005."], andijan=table).findings
    assert found[0].verdict is Verdict.DISPUTED, found[0].reason
    # a table of counts by date is another matter: its dates are the counts' own
    counts = (
        "# The Andijan shootings\n\nThe government said 187 people were killed in Andijan in May 2005. The toll by date:\n\n"
        "| date | dead |\n| --- | --- |\n| 14 May 2005 | 169 |\n| 20 June 2005 | 300 to 500 |\n"
    )
    found = checked(tmp_path, ["Fewer than 200 people were killed in Andijan in May 2005."], andijan=counts).findings
    assert found[0].verdict is Verdict.SUPPORTED, found[0].reason
    # nor is a timeline whose rows are labelled by their dates, whatever column names a source
    timeline = (
        "# Cholera in Haiti\n\nDeaths by date:\n\n| date | deaths | source |\n| --- | --- | --- |\n"
        "| 30 October 2010 | 330 | ministry |\n| 20 November 2010 | 1,186 | ministry |\n"
    )
    found = checked(tmp_path, ["The cholera outbreak in Haiti had killed 900 people by 10 November 2010."], cholera=timeline).findings
    assert found[0].verdict is not Verdict.CONTRADICTED, found[0].reason  # a later running total gainsays no earlier one


def test_a_decade_of_age_meets_a_number_in_a_column_of_ages(tmp_path: Path) -> None:
    claims = ["The oldest of the trapped miners was in his sixties.", "The oldest of the trapped miners was in his fifties."]
    found = checked(
        tmp_path,
        claims,
        miners="# The trapped miners\n\nThe miners in the order they were brought up:\n\n"
        "| order | miner | age | note |\n| --- | --- | --- | --- |\n"
        "| 1 | Florencio Avalos | 31 | the first |\n| 9 | Mario Gomez | 63 | the oldest of the trapped miners |\n",
    ).findings
    assert [f.verdict for f in found] == [Verdict.SUPPORTED, Verdict.CONTRADICTED], [f.reason for f in found]
    # nor a number with "age" somewhere near it
    found = checked(tmp_path, ["The victims were in their sixties."], miners="The 64 victims ranged in age from 19 to 82.\n").findings
    assert found[0].verdict is not Verdict.SUPPORTED, found[0].reason
    # so does a number of years old
    claims = ["Florencio Avalos, the first of the trapped miners up, was 31 years old.", "Mario Gomez, the oldest of the trapped miners, was 66 years old."]
    found = checked(
        tmp_path,
        claims,
        miners="# The trapped miners\n\nThe miners in the order they were brought up:\n\n"
        "| order | miner | age | note |\n| --- | --- | --- | --- |\n"
        "| 1 | Florencio Avalos | 31 | the first |\n| 9 | Mario Gomez | 63 | the oldest of the trapped miners |\n",
    ).findings
    assert [f.verdict for f in found] == [Verdict.SUPPORTED, Verdict.CONTRADICTED], [f.reason for f in found]
    # a number no one says is an age is none: "in his sixties" does not meet the 63 men of a count
    found = checked(tmp_path, claims[:1], miners="The oldest of the trapped miners was one of 63 men brought up.\n").findings
    assert found[0].verdict is not Verdict.SUPPORTED, found[0].reason


def test_a_table_row_naming_only_the_claims_things_may_leave_out_its_documents_subject(tmp_path: Path) -> None:
    # "| Japan | $260m |" names Japan, the claim's; Nepal is the note's subject, named before it
    found = verdicts(
        tmp_path,
        ["Japan pledged close to $480 million for Nepal's reconstruction.", "Japan pledged about $260 million for Nepal's reconstruction."],
        aid="# Aid and pledges\n\nNepal's government hosted a donor conference in Kathmandu on 25 June 2015.\n"
        "Most of the money came as loans.\n\nPledges by donor:\n\n| donor | pledge |\n| --- | --- |\n"
        "| Japan | $260m |\n| India | $1bn |\n",
        other="Japan also sent a medical team.\n",
    )
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_a_sentence_naming_only_the_claims_things_may_leave_out_its_documents_subject(tmp_path: Path) -> None:
    # "off the Louisiana coast" names Louisiana, the claim's; Macondo is the note's subject, named before it
    found = verdicts(
        tmp_path,
        ["The Macondo well lay under nearly a mile of water, about 40 miles off the Louisiana coast.", "The Macondo well lay under nearly a mile of water, about 60 miles off the Louisiana coast."],
        well="# The well\n\nBP drilled the Macondo well in the Gulf of Mexico in 2010.\n"
        "The rig had cost more than it earned that spring.\n\nThe well lay some 41 miles off the Louisiana coast.\n",
        other="Louisiana's fishing grounds were closed for months.\n",
    )
    assert found == [Verdict.SUPPORTED, Verdict.CONTRADICTED]


def test_a_passage_giving_two_figures_for_one_thing_disputes_by_itself(tmp_path: Path) -> None:
    found = verdicts(
        tmp_path,
        ["About 700 Russian servicemen are based at Kant.", "About 300 Russian servicemen are based at Kant."],
        kant="Russian officials have usually spoken of about 500 servicemen at Kant; other Russian media "
        "reports and Western analysts give about 700.\n",
    )
    assert found == [Verdict.DISPUTED, Verdict.CONTRADICTED]


def test_a_confirming_passage_that_sets_another_figure_against_it_disputes(tmp_path: Path) -> None:
    claims = ["At its peak the group held 40% of Iraq's territory.", "The group's monthly revenue was $81 million in 2015."]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        territory="Iraqi officials later said the group had held 40% of Iraq's territory in 2014; most foreign "
        "outlets described its share of the country as roughly a third.\n"
        "The group's monthly revenue was put at $81 million in 2015.\n",
    ).findings]
    assert found == [Verdict.DISPUTED, Verdict.SUPPORTED]
    # "though" sets the other figures against it as a full stop would; "but" often joins two things
    claims = ["About 1,700 people died when the wave struck the train.", "The toll on the ferry was 240."]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        train="The railway put the dead at about 1,700 when the wave struck the train, though figures of 1,270 "
        "and of more than 2,000 have also been reported.\n"
        "The toll on the ferry was 240 but the toll on the pier was reported at 310.\n",
    ).findings]
    assert found == [Verdict.DISPUTED, Verdict.SUPPORTED]
    # two figures given as alternatives dispute each other
    (tmp_path / "or").mkdir()
    found = [f.verdict for f in checked(
        tmp_path / "or",
        ["A total of 191 fishermen lost their lives in the Eyemouth disaster.", "Some 23 boats were lost in the Eyemouth disaster."],
        table="| event | fishermen lost | boats lost |\n| --- | --- | --- |\n"
        "| Eyemouth disaster | 189 (Museum) or 191 (Fishery Board) | 23 |\n",
    ).findings]
    assert found == [Verdict.DISPUTED, Verdict.SUPPORTED]
    # ... and so do two set apart by a slash, each with who gave it
    (tmp_path / "slash").mkdir()
    found = [f.verdict for f in checked(
        tmp_path / "slash",
        ["The weir collapsed at 9.13 pm."],
        table="| time | event |\n| --- | --- |\n| 9.10 pm (police) / 9.13 pm (the Courier) | the weir collapses |\n",
    ).findings]
    assert found == [Verdict.DISPUTED]
    # ... unless the claim gives the same alternatives
    (tmp_path / "or2").mkdir()
    found = [f.verdict for f in checked(tmp_path / "or2", ["The explosion killed 32 or 33 miners."], note="The explosion killed 32 or 33 miners.\n").findings]
    assert found == [Verdict.SUPPORTED]
    # an age confirming a count ("was only thirteen") meets the other account's count alike
    (tmp_path / "ages").mkdir()
    found = [f.verdict for f in checked(
        tmp_path / "ages",
        ["The youngest victim of the explosion was only thirteen."],
        ages="The inspector's list gave the youngest victim's age as **13**; the Deseret\nNews at the time said the youngest was **14**.\n",
    ).findings]
    assert found == [Verdict.DISPUTED]
    # after "though" a figure counting something else, or of another time, sets nothing against it
    claims = ["The storm killed 1,700 people.", "The ship carried 1,700 passengers.", "The factory employed 1,700 workers in 2019."]
    found = [f.verdict for f in checked(
        tmp_path,
        claims,
        notes="The storm killed 1,700 people, although officials said 2,500 were still missing.\n"
        "The ship carried 1,700 passengers, though only 700 survived, according to the inquiry.\n"
        "The factory employed 1,700 workers in 2019, although its annual report says it had 2,300 by 2021.\n",
    ).findings]
    assert found == [Verdict.SUPPORTED] * 3


def test_a_passage_giving_each_figure_with_its_source_in_brackets_disputes(tmp_path: Path) -> None:
    claims = ["The Abergele disaster killed 33 people.", "The Abergele disaster killed 33 people on the Irish Mail."]
    found = verdicts(tmp_path, claims[:1], dead="# The dead at Abergele\n\nKilled at Abergele: 33 (Board of Trade, Rich report); 32 (*North Wales Chronicle*).\n")
    assert found == [Verdict.DISPUTED]
    # a bracket that gives no source (a note, a label) sets nothing against it
    for i, (claim, dead) in enumerate([(claims[1], "33 (on the Irish Mail); 32 (in 1869)"), (claims[0], "33 (First day); 32 (Second day)")]):
        (tmp_path / f"plain{i}").mkdir()
        found = verdicts(tmp_path / f"plain{i}", [claim], dead=f"# The dead at Abergele\n\nKilled at Abergele: {dead}.\n")
        assert found == [Verdict.SUPPORTED], dead
    (tmp_path / "vote").mkdir()
    found = verdicts(tmp_path / "vote", ["The incumbent won 52 percent in the first round."], vote="# The vote\n\nThe incumbent won 52 percent (First round); 58 percent (Runoff).\n")
    assert found == [Verdict.SUPPORTED]
    # a source named by its initials is a source too
    (tmp_path / "initials").mkdir()
    found = verdicts(tmp_path / "initials", ["The Donaghadee lifeboat rescued 34 people."], rescue="# The rescue\n\n| Vessel | Survivors picked up (source) |\n| --- | --- |\n| Donaghadee lifeboat | 33 (RNLI); 34 (*Belfast Telegraph*) |\n")
    assert found == [Verdict.DISPUTED]
    # (two capitals in brackets are more often a place: "(UK)")
    (tmp_path / "place").mkdir()
    found = verdicts(tmp_path / "place", ["The album sold 290,000 copies in the UK."], sales="# Sales\n\nThe album sold 290,000 (UK); 310,000 (US, Billboard report).\n")
    assert found == [Verdict.SUPPORTED]


@pytest.mark.parametrize(
    ("claim", "note", "expected"),
    [
        # a year among 30% of the words around the claim's: "On 14 January 1993 ... into the crater
        # ... erupted" (the scientists, not the claim's volcanologists; the crater and the
        # eruption are enough)
        (
            "The Galeras eruption that killed volcanologists in its crater happened in 1991.",
            "# Other volcanoes\n\nGaleras overlooks the city of Pasto. On 14 January 1993 a group of scientists went into the crater to take gas "
            "samples; the volcano erupted while they were inside.",
            Verdict.CONTRADICTED,
        ),
        # a rival among half the words around the confirmed figure disputes it
        (
            "The KLM jumbo took on more than 55,000 litres of fuel at Tenerife.",
            "# The fuel\n\nHow much fuel went in is given differently. The Spanish report states that the KLM aircraft took on 55,500 "
            'litres. KLM\'s statement of 30 March 1977 spoke of "about 45,000 litres".',
            Verdict.DISPUTED,
        ),
    ],
)
def test_a_figure_among_fewer_of_the_words_around_the_claims_still_decides(tmp_path: Path, claim: str, note: str, expected: Verdict) -> None:
    assert verdicts(tmp_path, [claim], notes=f"{note}\n") == [expected]


def test_a_claims_words_are_searched_in_their_synonyms_too() -> None:
    words = search_text(analyse("Building the dam would mean relocating 42,000 people.")).split()
    assert "resettle" in words or "resettled" in words
    assert "Building" in search_text(analyse("Building the dam would mean relocating 42,000 people."))



def test_a_figure_written_in_words_is_searched_in_digits_too() -> None:
    assert "16" in search_text(analyse("Sixteen people died in the car bombings.")).split()


def test_a_figure_of_the_201st_base_says_nothing_of_the_kant_air_base(tmp_path: Path) -> None:
    report = checked(
        tmp_path,
        ["About 7,000 Russian servicemen are stationed at the Kant air base."],
        bases="# Russian bases\n\n## Kyrgyzstan\n\n"
        "Russia's Kant air base, near Bishkek, opened in October 2003.\n"
        "About 700 Russian servicemen are stationed at Kant.\n\n## Tajikistan\n\n"
        "Russia's 201st military base in Tajikistan is its largest army base abroad.\n"
        "RIA Novosti puts its strength at about 7,000 troops.\n",
    )
    finding = report.findings[0]
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason
    assert all(e.line != 10 or e.stance is not Stance.SUPPORTS for e in finding.evidence)


def test_a_list_item_going_on_in_lower_case_speaks_of_what_the_item_before_names(tmp_path: Path) -> None:
    report = checked(
        tmp_path,
        ["At its busiest, in 2002, K2 housed some 1,750 US troops."],
        k2="# The K2 air base\n\nHow many Americans served there is given in different ways:\n\n"
        "- US military spokesmen said in 2002 that K2 had about 1,300 US personnel at its busiest;\n"
        "- press reports from the same year spoke of as many as 1,750 troops;\n"
        "- by mid-2005 officials put the number at about 800.\n",
    )
    assert report.findings[0].verdict is Verdict.DISPUTED, report.findings[0].reason


def test_a_rival_figure_must_not_lean_on_a_sentence_about_other_things(tmp_path: Path) -> None:
    report = checked(
        tmp_path,
        ["As many as 5,000 Central Asians joined the Islamic State."],
        kennan="# Recruits\n\nThe Kennan Institute put the number of Central Asians who joined the Islamic State at 3,000-5,000.\n",
        soufan="# The Soufan Group, December 2015\n\nForeign fighters who joined the Islamic State, by country:\n\n"
        "- Uzbekistan: 500\n- Kazakhstan: 300\n\nRussia, with 2,400, is listed separately from the Central Asian states.\n",
    )
    assert report.findings[0].verdict is Verdict.SUPPORTED, report.findings[0].reason


def test_another_figure_in_the_claims_words_disputes_however_strong_the_support(tmp_path: Path) -> None:
    report = checked(
        tmp_path,
        ["On 30 June 2015 Greece missed a €1.6bn payment to the IMF."],
        digest="# News digest\n\nOn 30 June 2015 Greece missed a €1.6bn repayment to the IMF, the first advanced economy to do so.\n",
        summer="# Summer 2015\n\nGreece missed a €1.5 billion payment to the IMF.\n",
    )
    assert report.findings[0].verdict is Verdict.DISPUTED, report.findings[0].reason


def test_one_note_at_odds_with_itself_disputes_only_where_it_says_whose_figure_it_gives(tmp_path: Path) -> None:
    claim = "Sixty-two men survived the disaster on the platform."
    # in its own voice, a note giving two counts states two facts: the stronger match decides
    (tmp_path / "own").mkdir()
    (tmp_path / "said").mkdir()
    own = checked(
        tmp_path / "own",
        [claim],
        toll="# The toll\n\n61 men survived the disaster on the platform.\n\n"
        "The rescue boats picked up 62 men from the sea, one of whom later died in hospital.\n",
    ).findings[0]
    assert own.verdict is Verdict.CONTRADICTED, own.reason
    assert "not two sources disagreeing" in own.reason
    # giving one of them as someone's, it reports a disagreement
    said = checked(
        tmp_path / "said",
        [claim],
        toll="# The toll\n\n61 men survived the disaster on the platform.\n\n"
        "The Herald spoke of 62 men who survived the disaster on the platform.\n",
    ).findings[0]
    assert said.verdict is Verdict.DISPUTED, said.reason


def test_the_rows_of_a_table_by_source_are_someones_figures(tmp_path: Path) -> None:
    claim = "The border between Tajikistan and Afghanistan runs for 1,344 kilometres."
    rows = "| Tajik border troops | 1,344 km |\n| CIA World Factbook | 1,357 km |\n"
    lead = "# The Afghan border\n\nThe border between Tajikistan and Afghanistan is given at different lengths:\n\n"
    (tmp_path / "by").mkdir()
    (tmp_path / "own").mkdir()
    by = checked(tmp_path / "by", [claim], border=f"{lead}| source | length given |\n| --- | --- |\n{rows}").findings[0]
    assert by.verdict is Verdict.DISPUTED, by.reason
    # a table whose first column is no source's states two lengths in the note's own voice
    own = checked(tmp_path / "own", [claim], border=f"{lead}| stretch | length given |\n| --- | --- |\n{rows}").findings[0]
    assert own.verdict is not Verdict.DISPUTED, own.reason


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # who gave each figure and what each stated: each row is someone's, and the clerk's is told
        # again at the inquest, so the two disagree
        ("| Source | Date | Quantity of oil stated |", Verdict.DISPUTED),
        # a table of what was carried by date states its rows in the note's own voice, and the
        # heavier row decides
        ("| Wagon | Date | Quantity of oil stated |", Verdict.SUPPORTED),
        # so does one whose "source" is where something came from, and a timeline citing where
        # each event is told
        ("| Source | Date | Quantity of oil |", Verdict.SUPPORTED),
        ("| Source | Date | Event |", Verdict.SUPPORTED),
    ],
)
def test_a_table_of_what_each_source_stated_gives_someones_figures(tmp_path: Path, header: str, expected: Verdict) -> None:
    table = (
        "# The wagons\n\nHow much paraffin the runaway wagons carried depends on the source:\n\n"
        f"{header}\n| --- | --- | --- |\n"
        '| *The Times* | 22 August 1868 | "some fifty barrels" of petroleum |\n'
        "| The clerk, at the inquest | late August 1868 | sixty barrels |\n"
    )
    inquest = "# The inquest\n\nThe coroner heard the clerk of the firm that had consigned the paraffin, who said there had been sixty barrels in the two wagons.\n"
    claim = "Around fifty barrels of paraffin were on board the runaway wagons."
    (finding,) = checked(tmp_path, [claim], wagons=table, inquest=inquest).findings
    assert finding.verdict is expected, finding.reason


def test_a_figure_given_without_the_sources_subject_yields_to_one_naming_it(tmp_path: Path) -> None:
    # (the R38 section's heading gives no date: under "## R38, the Humber, 1921" its figure would
    # not speak of R101 at all, see test_a_section_headed_by_another_dated_event_...)
    notes = {
        "flight": "# The last flight of R101\n\nR101 left its mast at Cardington on the evening of 4 October 1930.\n\n"
        "R101 crashed near Beauvais early on 5 October 1930.\n",
        "aboard": "# Those aboard R101\n\nOf the 54 people aboard R101, 48 were killed in the crash.\n\nSix of those aboard R101 survived.\n",
        "inquiry": "# The R101 inquiry\n\nSir John Simon led the inquiry into the loss of R101.\n",
        "others": "# Other airship disasters\n\nR101 was one of several airships lost between the wars.\n\n"
        "## R38 over the Humber\n\nR38 broke up over Hull on 24 August 1921.\n\nOf the 49 men aboard, 44 were killed in the crash.\n",
    }
    wrong, right = checked(tmp_path, ["The R101 crash killed 44 of those aboard.", "The R101 crash killed 48 of those aboard."], **notes).findings
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "others.md:9 (claim 44 vs source 44: same), which does not name 'R101'" in wrong.reason
    assert any(e.source.endswith("others.md") and e.line == 9 for e in wrong.evidence)  # cited, so listed
    assert right.verdict is Verdict.SUPPORTED, right.reason


def test_someones_figure_is_disputed_by_the_notes_own_even_where_they_leave_out_their_subject(tmp_path: Path) -> None:
    notes = {
        "platform": "# The platform\n\nPiper Alpha stood in the North Sea off Aberdeen.\n",
        "count": "# The count\n\nThere were 226 men on the platform that night.\n\n61 of the men on the platform survived.\n\n"
        "Piper Alpha's toll is the highest of any offshore accident.\n",
        "press": "# In the press\n\nThe Herald spoke of 62 men who had survived the Piper Alpha disaster.\n",
    }
    (finding,) = checked(tmp_path, ["Sixty-two men survived the Piper Alpha disaster."], **notes).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason
    assert "count.md:5 contradicts (gives another figure" in finding.reason
    # in its own voice, the confirmation outweighs a rival that leaves the subject out
    (tmp_path / "press.md").write_text("# In the press\n\n62 men survived the Piper Alpha disaster.\n", encoding="utf-8")
    assert factcheck.check(["Sixty-two men survived the Piper Alpha disaster."], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_the_next_line_of_a_note_giving_another_figure_disputes_someones_in_fewer_words(tmp_path: Path) -> None:
    claim = "Titanic was steaming at 22 knots when she struck the iceberg."
    head = "# Titanic and the iceberg\n\nTitanic struck the iceberg at 11.40 pm.\n\n"
    said = "Her speed at the moment of impact is given differently. Lord Mersey's report put it at 22 knots,\na speed it called excessive given the warnings."
    later = "Later work by naval architects, reconstructing\nengine revolutions from what the surviving engine-room crew said, puts it nearer 20.5 knots.\n"
    (finding,) = checked(tmp_path, [claim], speed=f"{head}{said} {later}").findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason
    assert "speed.md:6 contradicts (gives another figure" in finding.reason
    # the same words in another note, in fewer of the claim's words than a rival needs, do not
    (tmp_path / "speed.md").write_text(f"{head}{said}\n", encoding="utf-8")
    (tmp_path / "engines.md").write_text(f"# Engines\n\n{later}", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_a_list_of_what_each_body_gave_disputes_the_figure(tmp_path: Path) -> None:
    # the second item names neither the injured nor the accident: it gives "the figure" the
    # sentence before speaks of
    note = (
        "# The dead and the injured\n\nSeventy-five people died in the accident at the dam.\n\n"
        "The count of the injured is less settled.\n\n"
        "- The Emergencies Ministry's final summary gives 13 people injured.\n"
        "- The health ministry of the republic, which counted those treated in its hospitals, gave\n"
        "  the figure as 14.\n"
    )
    (finding,) = checked(tmp_path, ["Fourteen people were injured in the accident."], toll=note).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason
    assert "toll.md:8 supports" in finding.reason


def test_the_next_line_disputes_someones_figure_even_naming_other_things(tmp_path: Path) -> None:
    claim = "About sixty people were injured in the Concordia disaster."
    notes = {
        "ship": "# The Costa Concordia\n\nThe Costa Concordia ran aground off Giglio on 13 January 2012.\n",
        "rescue": "# The evacuation\n\nThe Concordia's evacuation took more than six hours.\n",
        "salvage": "# The salvage\n\nThe Concordia was righted in September 2013 and towed to Genoa in July 2014.\n",
        "injured": "# Injured\n\nThe tallies of the injured differ. Italy's civil protection department gave 64 people injured, two\n"
        "of them seriously, in its count of mid-January 2012. The Grosseto prosecutors' charge sheet, issued\n"
        "in 2013, listed 157 people injured, counting those treated for hypothermia.\n",
    }
    (finding,) = checked(tmp_path, [claim], **notes).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason
    assert "injured.md:4 contradicts" in finding.reason
    # beside it, a statement of another thing in the notes' own voice is no rival
    (tmp_path / "injured.md").write_text(
        "# Tolls\n\nAccording to the BBC, 64 people were injured in the Concordia disaster.\n"
        "The sinking of the Lusitania injured 157 people.\n",
        encoding="utf-8",
    )
    other = factcheck.check([claim], sources=[str(tmp_path)]).findings[0]
    assert other.verdict is Verdict.SUPPORTED, other.reason
    # far from the confirmation, a passage naming other things is no rival
    (tmp_path / "injured.md").write_text(notes["injured"].split(" The Grosseto")[0] + "\n", encoding="utf-8")
    (tmp_path / "trial.md").write_text("# The trial\n\nThe Grosseto prosecutors' charge sheet, issued in 2013, listed 157 people injured.\n", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_a_people_or_places_adjective_describes_a_thing_a_passage_may_name_otherwise(tmp_path: Path) -> None:
    claim = "An Egyptian court ordered the Ever Given seized in April 2021."
    found = verdicts(tmp_path, [claim], court="On 13 April 2021 the court ordered the Ever Given seized.\n")
    assert found == [Verdict.SUPPORTED]
    # another people's court is another court
    (tmp_path / "court.md").write_text("On 13 April 2021 a Panamanian court ordered the Ever Given seized.\n", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is not Verdict.SUPPORTED
    # a quake elsewhere gainsays nothing
    (tmp_path / "court.md").write_text("# Chile 2010\n\nThe earthquake in Chile killed 525 people.\n", encoding="utf-8")
    finding = factcheck.check(["The Haitian earthquake killed 230,000 people."], sources=[str(tmp_path)]).findings[0]
    assert finding.verdict is Verdict.UNVERIFIED, finding.reason


def test_a_passage_giving_the_figure_in_its_setting_decides_in_fewer_of_the_claims_words(tmp_path: Path) -> None:
    claim = "According to the final police count released at the end of the year, the flooding killed more than 1,800 people across the southern provinces."
    assert verdicts(tmp_path, [claim], toll="# Notes\n\nThe flooding killed 1,833 people.\n") == [Verdict.SUPPORTED]
    # without the figure, as few words decide nothing
    (tmp_path / "toll.md").write_text("# Notes\n\nThe flooding killed people.\n", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.UNVERIFIED


def test_one_note_at_odds_with_itself_still_disputes_where_another_source_disagrees(tmp_path: Path) -> None:
    claim = "The Conservatives won 317 seats at the 2017 general election."
    found = verdicts(
        tmp_path,
        [claim],
        results="# Results\n\nThe Conservatives won 317 seats at the 2017 general election.\n\n"
        "The Conservatives won 330 seats and a majority at the 2017 general election.\n",
        digest="# Digest\n\nThe Conservatives won 330 seats at the 2017 general election.\n",
    )
    assert found == [Verdict.DISPUTED]


def test_a_final_figure_is_met_only_by_one_given_as_final(tmp_path: Path) -> None:
    notes = {
        "toll": "# The toll\n\nOn 15 August the interior minister said 39 people had died when the bridge fell.\n\n"
        "The final figure, which has not changed since, is 43 people who died when the bridge fell.\n",
    }
    found = verdicts(tmp_path, ["The final toll stood at 39 people who died when the bridge fell.",
                                "The final toll stood at 43 people who died when the bridge fell."], **notes)
    assert found == [Verdict.CONTRADICTED, Verdict.SUPPORTED]


def test_only_the_statement_holding_a_figure_says_whether_it_is_final(tmp_path: Path) -> None:
    note = ("# The toll\n\nThe death toll was first put at 39 people who died when the bridge fell; the final death toll, "
            "which has not changed since, is 43 people who died when the bridge fell.\n")
    found = verdicts(tmp_path, ["The final death toll stood at 39 people who died when the bridge fell."], toll=note)
    assert found == [Verdict.CONTRADICTED]
    # a cup final is no final figure
    (tmp_path / "toll.md").write_text(
        "# Crowds\n\nThe 2014 World Cup match at the Maracana drew 74,738 spectators.\n\n"
        "The 1950 World Cup final at the Maracana drew 173,850 spectators.\n", encoding="utf-8")
    claim = "The 2014 World Cup final at the Maracana drew 74,738 spectators."
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_a_second_source_confirming_a_claim_does_not_make_one_notes_two_figures_a_dispute(tmp_path: Path) -> None:
    claim = "The Conservatives won 330 seats at the 2015 general election."
    results = ("# Results\n\nThe Conservatives won 330 seats at the 2015 general election.\n\n"
               "The Conservatives won 306 seats at the general election of 2010.\n")
    alone = verdicts(tmp_path, [claim], results=results)
    both = verdicts(tmp_path, [claim], digest="# Digest\n\nThe Conservatives won 330 seats, a gain of 24.\n")
    assert alone == both == [Verdict.SUPPORTED]


def test_a_month_allows_a_claims_day_without_confirming_it(tmp_path: Path) -> None:
    claim = "The Titanic sank in the early hours of 16 April 1912."
    (finding,) = checked(tmp_path, [claim], voyage="# The voyage\n\nThe Titanic sank on her maiden voyage in April 1912.\n").findings
    assert finding.verdict is Verdict.UNVERIFIED, finding.reason
    assert 'allows the claim\'s figure without confirming it: claim "16 April 1912" vs source "April 1912"' in finding.reason
    # nor does a year say the day, nor a decade the year
    (tmp_path / "voyage.md").write_text("# The voyage\n\nThe Titanic sank on her maiden voyage in 1912.\n", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.UNVERIFIED
    (tmp_path / "voyage.md").write_text("# The viaduct\n\nThe Polcevera viaduct was opened to traffic in the 1960s.\n", encoding="utf-8")
    decade = factcheck.check(["The Polcevera viaduct was opened to traffic in 1963."], sources=[str(tmp_path)]).findings[0]
    assert decade.verdict is Verdict.UNVERIFIED, decade.reason
    # the day itself confirms it
    (tmp_path / "voyage.md").write_text("# The voyage\n\nThe Titanic sank in the early hours of 16 April 1912.\n", encoding="utf-8")
    assert factcheck.check([claim], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_a_one_no_figure_pairs_with_counts_nothing_a_passage_must_give(tmp_path: Path) -> None:
    claim = "One lasting result of the disaster was an international patrol that tracks icebergs in the North Atlantic."
    notes = "# After the sinking\n\nThe convention set up the International Ice Patrol to track icebergs in the North Atlantic shipping lanes.\n"
    (finding,) = checked(tmp_path, [claim], after=notes).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    # a stressed one is the claim's point: "only one" needs the passage to say so
    (tmp_path / "after.md").write_text("# After the sinking\n\nLifeboats went back for survivors after the Titanic sank.\n", encoding="utf-8")
    only = factcheck.check(["Only one lifeboat went back for survivors after the Titanic sank."], sources=[str(tmp_path)]).findings[0]
    assert only.verdict is not Verdict.SUPPORTED, only.reason
    # a one the passage does give a figure for is still checked
    (tmp_path / "after.md").write_text("# After the sinking\n\nThree international patrols were set up to track icebergs in the North Atlantic.\n", encoding="utf-8")
    other = factcheck.check(["One international patrol was set up to track icebergs in the North Atlantic."], sources=[str(tmp_path)]).findings[0]
    assert other.verdict is not Verdict.SUPPORTED, other.reason


def test_a_row_labelled_by_another_thing_confirms_nothing_of_a_name_it_inherits(tmp_path: Path) -> None:
    notes = (
        "# Oil: Tengiz, Kashagan, Karachaganak\n\nApproximate output by field in 2021, as reported by the operators:\n\n"
        "| field | operator / main partners | output 2021 | notes |\n| --- | --- | --- | --- |\n"
        "| Tengiz (with Korolev) | Tengizchevroil: Chevron 50%, ExxonMobil 25%, KazMunayGas 20%, LukArco 5% | about 26.1 million tonnes | onshore |\n"
        "| Kashagan | North Caspian Operating Company (NCOC): Eni, Shell, ExxonMobil, TotalEnergies and KazMunayGas "
        "at 16.8% each, CNPC 8.3%, Inpex 7.6% | about 15.8 million tonnes | offshore |\n"
    )
    (finding,) = checked(tmp_path, ["ExxonMobil holds a 25 per cent stake in Kashagan."], fields=notes).findings
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason
    # the row naming it confirms it
    assert factcheck.check(["ExxonMobil holds a 25 per cent stake in Tengiz."], sources=[str(tmp_path)]).findings[0].verdict is Verdict.SUPPORTED


def test_the_time_between_two_dates_confirms_an_open_bound_only_near_it(tmp_path: Path) -> None:
    notes = "# The refuge\n\nThe safety-case regulations came in between 1992 and 31 May 1993, and each platform needed a temporary safe refuge.\n"
    claim = "Each platform needed a temporary safe refuge under the safety-case regulations for at least an hour."
    (finding,) = checked(tmp_path, [claim], refuge=notes).findings
    assert finding.verdict is not Verdict.SUPPORTED, finding.reason
    # near the claim's bound it confirms it
    (tmp_path / "refuge.md").write_text("# The refuge\n\nThe rules were drafted in 1992 and came into force in 1994, and each platform needed a refuge.\n", encoding="utf-8")
    near = factcheck.check(["The rules came into force more than a year after they were drafted, and each platform needed a refuge."], sources=[str(tmp_path)]).findings[0]
    assert near.verdict is Verdict.SUPPORTED, near.reason


def test_a_tables_header_row_states_nothing(tmp_path: Path) -> None:
    (tmp_path / "village").mkdir()
    # "aircraft | aboard | dead | survived" names columns: it does not say anyone survived
    notes = (
        "# The dead\n\nThe count used in the report:\n\n| aircraft | aboard | dead | survived |\n| --- | --- | --- | --- |\n"
        "| KLM 4805 | 248 | 248 | 0 |\n| Pan Am 1736 | 396 | 335 | 61 |\n"
    )
    (found,) = checked(tmp_path, ["No one aboard the Dutch airliner survived."], toll=notes).findings
    assert found.verdict is not Verdict.CONTRADICTED, found.reason
    assert all(e.line != 5 for e in found.evidence), found.evidence

    # a table without a header opens on a row of data, which is weighed
    village = "# Oberwil\n\n| Population (2020) | 8,500 |\n| --- | --- |\n| Area | 12 km2 |\n"
    assert verdicts(tmp_path / "village", ["Oberwil had a population of 8,500 in 2020."], village=village) == [Verdict.SUPPORTED]


def test_a_magnitude_given_by_two_agencies_in_one_sentence_disputes(tmp_path: Path) -> None:
    notes = (
        "# The blast\n\nThe blast registered on seismographs in the region. The US Geological Survey measured it as the "
        "equivalent of a magnitude 3.3 earthquake; Germany's GFZ research centre put it at magnitude 3.5.\n"
    )
    claim = "The explosion registered on seismographs as a magnitude 3.3 tremor."
    assert verdicts(tmp_path, [claim], blast=notes) == [Verdict.DISPUTED]


def test_a_log_and_what_a_paper_told_its_readers_are_two_sources_disagreeing(tmp_path: Path) -> None:
    notes = {
        "flight": "# The last flight\n\nR101 left the mast at Cardington on the evening of 4 October 1930.\n\n"
        "The Air Ministry's log, quoted in the inquiry report, has R101 slipping its mooring at Cardington at 6.24 pm.\n\n"
        "The Daily Express told its readers the next morning that R101 had slipped its mooring at Cardington at 6.36 pm.\n",
    }
    (finding,) = checked(tmp_path, ["R101 slipped its mooring at Cardington at 6.36 pm."], **notes).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason


@pytest.mark.parametrize(
    "said", ["The Times wrote that 62 men survived the disaster on the platform.", "In the coastguard's account, 62 men survived the disaster on the platform."]
)
def test_what_a_paper_wrote_or_someones_account_is_their_figure(tmp_path: Path, said: str) -> None:
    toll = f"# The toll\n\n61 men survived the disaster on the platform.\n\n{said}\n"
    (finding,) = checked(tmp_path, ["Sixty-two men survived the disaster on the platform."], toll=toll).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason


def test_a_table_whose_source_column_is_no_one_who_gave_a_figure_states_its_rows_as_facts(tmp_path: Path) -> None:
    claim = "Flint's tap water had a lead level of 27 ppb in 2015."
    table = "| Source | Lead level (ppb) |\n| --- | --- |\n| Flint River | 27 |\n| Detroit system | 3 |\n"
    (finding,) = checked(tmp_path, [claim], water=f"# Flint's water in 2015\n\nFlint's tap water was tested in 2015:\n\n{table}").findings
    assert finding.verdict is not Verdict.DISPUTED, finding.reason


ABOARD = "More than two hundred passengers were on the train when it crashed."
WAGN = "WAGN said on the evening of the crash that about 150 passengers had been on the train."


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the next sentence gives the claim's figure as someone else's: the note disputes it
        ("The BBC, quoting police at the scene, reported that more than 200 people had been aboard.", Verdict.DISPUTED),
        # in the note's own voice, or of another train, it sides with no one
        ("More than 200 people had been aboard the express the week before.", Verdict.CONTRADICTED),
        ("The BBC reported that more than 200 people had been aboard the Cambridge train in 1998.", Verdict.CONTRADICTED),
        # the date of the report is no other time of the figure; a time heading the sentence is
        ("The BBC, on the evening of 11 May, reported that more than 200 people had been aboard.", Verdict.DISPUTED),
        ("In 1999, the BBC reported that more than 200 people had been aboard.", Verdict.CONTRADICTED),
        ("On Saturday 11 May 1999, the BBC reported that more than 200 people had been aboard.", Verdict.CONTRADICTED),
    ],
)
def test_the_sentence_beside_someones_contradiction_may_give_the_claims_figure_as_anothers(tmp_path: Path, after: str, expected: Verdict) -> None:
    crash = f"# The derailment\n\nHow many people were aboard was never settled. {WAGN} {after}\n\nThe rear carriage left the rails at the points.\n"
    (finding,) = checked(tmp_path, [ABOARD], crash=crash).findings
    assert finding.verdict is expected, finding.reason


def test_the_sentence_beside_a_contradiction_in_the_notes_own_voice_is_not_read(tmp_path: Path) -> None:
    crash = (
        "# The derailment\n\nAbout 150 passengers had been on the train when it crashed. "
        "The BBC, quoting police at the scene, reported that more than 200 people had been aboard.\n"
    )
    (finding,) = checked(tmp_path, [ABOARD], crash=crash).findings
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason


PLUME = "In mid-April the ash column shot up to around 11 kilometres."


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the sentence after the confirmation gives a rival figure as someone else's
        ("The Met Office put the ash column at about 8 km.", Verdict.DISPUTED),
        # a figure of another size is of another thing
        ("The Met Office put the ash column at some 900 km.", Verdict.SUPPORTED),
    ],
)
def test_the_sentence_beside_someones_confirmation_may_give_a_rival_figure(tmp_path: Path, after: str, expected: Verdict) -> None:
    plume = (
        "# The April plume\n\nHow high the plume rose in April is disputed.\n\n"
        f"Several British newspapers, citing scientists, said the ash column had reached 11 km in mid-April. {after}\n"
    )
    (finding,) = checked(tmp_path, [PLUME], plume=plume).findings
    assert finding.verdict is expected, finding.reason


def test_the_row_beside_a_confirming_row_of_a_table_by_source_is_a_rival_account(tmp_path: Path) -> None:
    table = (
        "# The toll by source\n\nThe two official reports do not end on the same number.\n\n"
        "| Figure | Source | Date |\n| --- | --- | --- |\n"
        "| 492 dead | NFPA report on the Cocoanut Grove fire | January 1943 |\n"
        "| 490 dead | Fire Commissioner Reilly, report on the Cocoanut Grove fire | November 1943 |\n"
    )
    (finding,) = checked(tmp_path, ["The Cocoanut Grove fire claimed 492 lives."], toll=table).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason
    # the rows of another table are other records
    plain = "# Fires\n\n| Fire | Dead | Year |\n| --- | --- | --- |\n| Cocoanut Grove fire | 492 dead | 1942 |\n| Iroquois Theatre fire | 602 dead | 1903 |\n"
    (tmp_path / "fires").mkdir()
    (finding,) = checked(tmp_path / "fires", ["The Cocoanut Grove fire claimed 492 lives."], fires=plain).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    # nor are the rows of a table by source of one event each
    events = (
        "# Fires\n\n| Disaster | Year | Source | Dead |\n| --- | --- | --- | --- |\n"
        "| Hartford circus fire | 1944 | state police report | 168 |\n| Station nightclub fire | 2003 | state fire marshal | 100 |\n"
    )
    (tmp_path / "events").mkdir()
    (finding,) = checked(tmp_path / "events", ["The Station nightclub fire killed 100 people."], fires=events).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason

@pytest.mark.parametrize(
    ("after", "claim"),
    [
        # another fate, another counted thing, a negation, another time, a bare number
        ("Police said 200 people were injured.", "200 passengers were on the train."),
        ("Reuters said 200 journalists arrived the next morning.", "200 passengers were on the train."),
        ("Police said there were not 200 people aboard.", "200 passengers were on the train."),
        ("In 1999, police said 200 people had been aboard.", "200 passengers were on the train."),
        ("Aid agencies said 5,000 were left homeless.", "5,000 people died in the quake."),
    ],
)
def test_the_sentence_beside_a_contradiction_must_give_the_claims_figure_for_what_it_counts(tmp_path: Path, after: str, claim: str) -> None:
    first = "The government said 1,200 people died." if "quake" in claim else "The operator said 150 passengers were on the train."
    (finding,) = checked(tmp_path, [claim], event=f"# The event\n\n{first} {after}\n").findings
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason


@pytest.mark.parametrize(
    ("after", "claim"),
    [
        # a part, a duration of another deed, a capacity
        ("Among them were 25 children.", "60 people were killed in the fire."),
        ("Negotiations took three days.", "The siege lasted 50 hours."),
        ("It had lifeboats for 200 people.", "300 passengers were on the ferry when it sank."),
    ],
)
def test_the_sentence_beside_a_confirmation_is_no_rival_for_another_thing(tmp_path: Path, after: str, claim: str) -> None:
    said = {"fire": "The ministry said 60 people were killed in the fire.", "siege": "Police said the siege lasted 50 hours.",
            "ferry": "The operator said 300 passengers were on the ferry when it sank."}
    first = next(v for k, v in said.items() if k in claim)
    (finding,) = checked(tmp_path, [claim], event=f"# The event\n\n{first} {after}\n").findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason


def test_a_figure_given_as_a_number_someone_gave_is_someones(tmp_path: Path) -> None:
    # "gave the number ... as 84" and "the list named 89" give each figure as someone's: two
    # sources disagreeing, not one passage's figure outweighing another's
    claim = "Eighty-nine people were killed at the Edison camp."
    camp = (
        "# The Edison camp\n\nThe Ventura County coroner's list of the dead named 89 people at the camp. "
        "Southern California Edison gave the number of its men killed there as 84, more than half the crew.\n"
    )
    found = checked(tmp_path, [claim], camp=camp).findings[0]
    assert found.verdict is Verdict.DISPUTED, found.reason


def test_a_length_measures_the_extent_its_words_name(tmp_path: Path) -> None:
    # a crest 700 feet long says nothing of a height of more than 200 feet
    claim = "The St. Francis Dam stood more than 200 feet high."
    (tmp_path / "long").mkdir()
    (tmp_path / "high").mkdir()
    dam = "# The St. Francis Dam\n\nThe St. Francis Dam stood in San Francisquito Canyon.\n\n"
    long_ = checked(tmp_path / "long", [claim], dam=dam + "The St. Francis Dam's crest was about 700 feet long.\n").findings[0]
    assert long_.verdict is Verdict.UNVERIFIED, long_.reason
    high = checked(tmp_path / "high", [claim], dam=dam + "The St. Francis Dam stood 205 feet high.\n").findings[0]
    assert high.verdict is Verdict.SUPPORTED, high.reason
    # height, depth and thickness are one extent; "widely" measures nothing
    (tmp_path / "ice").mkdir()
    ice = checked(tmp_path / "ice", ["The Greenland ice sheet is about 3.7 km deep at its thickest."],
                  ice="# Greenland\n\nAt its thickest the Greenland ice sheet is about 3.7 km thick.\n").findings[0]
    assert ice.verdict is Verdict.SUPPORTED, ice.reason


def test_an_extent_word_after_a_figure_told_again_in_brackets(tmp_path: Path) -> None:
    # "6 feet (1.8 m) across" is a width, "60 feet (some 18 m) long" a length: the bracketed
    # restatement stands between each figure and the word naming its extent
    notes = (
        "# The pier\n\nThe pier stands on twelve concrete piles, each about 6 feet (1.8 m) across "
        "and about 60 feet (some 18 m) long.\n"
    )
    found = checked(tmp_path, ["Each of the pier's twelve concrete piles is roughly 18 metres long.",
                               "Each of the pier's twelve concrete piles is roughly 18 metres across."], pier=notes).findings
    assert found[0].verdict is Verdict.SUPPORTED, found[0].reason
    assert found[1].verdict is not Verdict.SUPPORTED, found[1].reason
    # ... and "long ago" measures nothing
    from factcheck.align import _aspect

    crater = analyse("The old crater at Meon (6 m) long ago filled with water.")
    assert _aspect(crater, crater.quantities[0]) is None


@pytest.mark.parametrize(
    ("claim", "notes"),
    [
        # "Duration:" says what the figure is, not whose: it confirms "well over three hours"
        pytest.param(
            "The Tri-State Tornado stayed on the ground for well over three hours.",
            "# The Tri-State Tornado\n\nThe Tri-State Tornado's track:\n\n- Duration: 3 hours and 29 minutes on the ground.\n",
            id="a line labelled by what its figure measures",
        ),
        # 14:46 on 11 March 2011 is another day's hour, not a wrong one for Boxing Day 2004
        pytest.param(
            "The earthquake hit shortly before eight in the morning, local time, on Boxing Day 2004.",
            "# Earthquakes\n\nThe earthquake struck on Sunday 26 December 2004, just before 8 a.m. local time in Aceh.\n\n"
            "The Tohoku earthquake struck at 14:46 local time on 11 March 2011 off Japan's north-east coast.\n",
            id="a time of day on another day in a passage on another event",
        ),
        # the passage gives the cause in its own words; "investigators decided" and "the fire"
        # stand in its heading, read once the passage matches a quarter of the claim by itself
        pytest.param(
            "Investigators decided the fire was probably started by a lit match that a smoker let fall.",
            "# What investigators decided about the fire\n\nThe escalator was made of wood.\n\n"
            "The most likely cause was a lit match, dropped by a passenger.\n",
            id="a passage matching a quarter of the claim reads its heading",
        ),
    ],
)
def test_these_notes_confirm_the_claim(tmp_path: Path, claim: str, notes: str) -> None:
    found = checked(tmp_path, [claim], notes=notes).findings[0]
    assert found.verdict is Verdict.SUPPORTED, found.reason


@pytest.mark.parametrize(
    ("claim", "notes"),
    [
        # the passage names the claim's things: its other day and hour are the claim's, wrong
        ("The Forth Bridge was opened at 10 am on 5 June 1890.", "The Forth Bridge was opened at 3:15 pm on 4 March 1890.\n"),
        # a day apart: one moment told across midnight or in another time zone
        (
            "The Tohoku earthquake struck Japan at 05:46 on 12 March 2011.",
            "The Tohoku earthquake struck off Japan's Pacific coast at 14:46 local time on 11 March 2011.\n",
        ),
    ],
)
def test_a_wrong_day_and_hour_of_the_claims_own_event_contradict_it(tmp_path: Path, claim: str, notes: str) -> None:
    found = checked(tmp_path, [claim], event=f"# The event\n\n{notes}").findings[0]
    assert found.verdict is Verdict.CONTRADICTED, found.reason



SPEED = "The train was doing 100 mph as it passed over the faulty points."


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # the line before someone's confirmation gives another's figure, in fewer of the claim's words
        ("The inspectors' first report said the train had been travelling at 97 mph.", Verdict.DISPUTED),
        # a figure many times the claim's, in as few words, is of another thing
        ("The inspectors' first report said the train had been travelling at 970 mph.", Verdict.SUPPORTED),
        # a limit, a top speed, a figure first given and withdrawn, a capacity are no estimates of it
        ("The inspectors said the train had been allowed to run at 110 mph on that stretch.", Verdict.SUPPORTED),
        ("The manufacturer said the train had a top speed of 110 mph.", Verdict.SUPPORTED),
        ("Railtrack initially said the train had been travelling at 90 mph, but later withdrew the figure.", Verdict.SUPPORTED),
        ("The operator said the train can carry 90 passengers at 110 mph.", Verdict.SUPPORTED),
    ],
)
def test_the_line_before_someones_confirmation_may_give_a_rival_figure(tmp_path: Path, before: str, expected: Verdict) -> None:
    crash = (
        "# The derailment\n\nThe crash happened at noon.\n\n"
        f"{before}\nThe Daily Telegraph reported that the train had been doing 100 mph as it passed over the faulty points.\n"
    )
    (finding,) = checked(tmp_path, [SPEED], crash=crash).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # "the number landed" is the number of the claim's survivors
        ("the number landed", Verdict.DISPUTED),
        ("the true total landed", Verdict.DISPUTED),
        # "the number of injured" and "the toll" are the numbers of other people
        ("the number of injured", Verdict.SUPPORTED),
        ("the toll", Verdict.SUPPORTED),
    ],
)
def test_a_figure_given_as_the_number_counts_what_the_claim_counts(tmp_path: Path, given: str, expected: Verdict) -> None:
    landed = (
        "# The landings\n\nThe Dominion reported that 310 survivors were brought ashore at Seatoun.\n"
        f"The Evening Post put {given} at Seatoun at {'nearer' if 'true' in given else 'about'} 200.\n"
    )
    (finding,) = checked(tmp_path, ["More than 300 survivors were brought ashore at Seatoun."], landed=landed).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a figure in a clause about another named event is that event's
        ("It was far deadlier than the Gracetown cliff collapse in Western Australia in September 1996, in which nine died.", Verdict.UNVERIFIED),
        ("It killed more than the Newcastle earthquake of December 1989, which killed 9.", Verdict.UNVERIFIED),
        # ... and a clause about the claim's own event gives the claim's figure
        ("The Thredbo landslide of July 1997, in which nine died, was the worst in the country.", Verdict.SUPPORTED),
        # ... as does one after a thing that is no named event, or after the claim's place
        ("At Thredbo, the collapse of the Alpine Way embankment in July 1997, in which nine died, was the worst.", Verdict.SUPPORTED),
        ("The slide buried two lodges at Thredbo in the Snowy Mountains, where nine people died.", Verdict.SUPPORTED),
        # ... but not one after another place
        ("A cliff fell at Gracetown in Western Australia, where nine people died.", Verdict.UNVERIFIED),
    ],
)
def test_a_figure_in_a_clause_about_another_named_event_is_that_events(tmp_path: Path, sentence: str, expected: Verdict) -> None:
    toll = f"# The dead\n\nThe lodges were crushed at Thredbo.\n\n{sentence}\n"
    (finding,) = checked(tmp_path, ["Nine people were killed in the Thredbo landslide."], toll=toll).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the note's date says the day of the week
        ("The flood hit the canyon on a Saturday night.", Verdict.SUPPORTED),
        ("The flood hit the canyon on a Sunday night.", Verdict.CONTRADICTED),
        # a claim dated by its month too is not undone by another day of that month
        ("The flood hit the canyon on a Saturday in July 1976.", Verdict.SUPPORTED),
    ],
)
def test_a_claims_day_of_the_week_is_read_from_the_notes_date(tmp_path: Path, claim: str, expected: Verdict) -> None:
    flood = "# The flood\n\nThe flood hit the canyon on the night of 31 July 1976.\n"
    inquiry = "# The inquiry\n\nThe inquiry into the flood in the canyon opened on 27 July 1976.\n"
    (finding,) = checked(tmp_path, [claim], flood=flood, inquiry=inquiry).findings
    assert finding.verdict is expected, finding.reason


def test_a_claims_never_meets_the_notes_never_said_of_its_subject(tmp_path: Path) -> None:
    # "never found" of the claim's "remains", however the verb is worded
    toll = "# The toll\n\nThe coroner identified all 42 bodies recovered; the remains of the other five were never found.\n"
    (finding,) = checked(tmp_path, ["The remains of five victims were never recovered."], toll=toll).findings
    assert finding.verdict is not Verdict.CONTRADICTED, finding.reason
    # ... not of a name's last word: "the wreck of the Loch Ard was never found"
    toll = "# The toll\n\nDivers recovered the remains of the crew but the wreck of the Loch Ard was never found.\n"
    (finding,) = checked(tmp_path, ["The remains of the Loch Ard crew were never recovered."], toll=toll).findings
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason
    # ... or of the claim's figure: "three were never found"
    toll = "# The toll\n\nIn all, 115 of the 118 were recovered; three were never found.\n"
    (finding,) = checked(tmp_path, ["The remains of three of the men aboard were never recovered."], toll=toll).findings
    assert finding.verdict is not Verdict.CONTRADICTED, finding.reason


@pytest.mark.parametrize(
    ("claim", "note", "expected"),
    [
        # a claim's "not" setting one thing aside for another denies only that thing
        ("The Snowdrop inn is named after the avalanche, not the flower.", "The Snowdrop inn in South Street is named after the avalanche.", Verdict.SUPPORTED),
        ("The first alarm came not from the crew but from a schoolboy on his phone.", "The first alarm came from a schoolboy on his phone.", Verdict.SUPPORTED),
        # ... and states what it puts forward: a note that does not give it confirms nothing
        ("The rise in carbon dioxide is natural, not human-caused.", "The rise in carbon dioxide since 1850 is human-caused, from burning coal and oil.", Verdict.UNVERIFIED),
        ("The rise in carbon dioxide is human-caused, not natural.", "The rise in carbon dioxide since 1850 is human-caused, from burning coal and oil.", Verdict.SUPPORTED),
        ("The Snowdrop inn is named after the avalanche, not the flower.", "The Snowdrop inn in South Street is named after the flower.", Verdict.UNVERIFIED),
        # (a name does not give a common word: "Nature Geoscience" is not "natural")
        ("The rise in carbon dioxide is natural, not human-caused.", "A paper in Nature Geoscience found the rise in carbon dioxide to be human-caused.", Verdict.UNVERIFIED),
        # (the sentence a note leans on may give it)
        ("The first alarm came not from the crew but from a schoolboy on his phone.", "A schoolboy rang the coastguard on his phone at 8.52. His was the first alarm to reach anyone.", Verdict.SUPPORTED),
        # a note's "not" setting a name aside says nothing against that name's other facts
        ("The Armagh disaster of 1889 killed more people than the Abergele crash.", "The Armagh disaster of 1889 killed more people than any other; the Act of 1889 followed Armagh, not Abergele.", Verdict.SUPPORTED),
        # ... and an affirming claim is not gainsaid by what a note sets aside
        ("The inspectors blamed the derailment on poor maintenance of the points.", "The inspectors blamed the derailment on poor maintenance, not on the design of the points.", Verdict.SUPPORTED),
        # but a negated claim still meets the note's denial
        ("Investigators found no sign that anyone had deliberately tampered with the points.", "The state of the points was put down to poor maintenance, not to anyone deliberately tampering with them.", Verdict.SUPPORTED),
    ],
)
def test_a_not_that_sets_one_thing_aside_denies_only_that_thing(tmp_path: Path, claim: str, note: str, expected: Verdict) -> None:
    (finding,) = checked(tmp_path, [claim], note=f"# Notes\n\n{note}\n").findings
    assert finding.verdict is expected, finding.reason


def test_the_words_a_claim_sets_aside_are_not_among_those_it_needs(tmp_path: Path) -> None:
    # "not natural" is no word of what the claim states: the note gives all of those
    note = "# Notes\n\nThe rise in carbon dioxide since 1850 is human-caused, from burning coal and oil.\n"
    (finding,) = checked(tmp_path, ["The rise in carbon dioxide is human-caused, not natural."], note=note).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert "100% of the claim's words" in finding.reason, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected", "cited"),
    [
        # the injured are no count of the dead, however the figures agree
        ("The bushfires killed 414 people.", Verdict.UNVERIFIED, "counts those injured, not those killed"),
        # a toll counts the dead: "about 170 injured" is the commission's 414 told otherwise
        ("About 170 people were injured in the fires.", Verdict.CONTRADICTED, "note.md:5"),
        ("The fires killed 173 people.", Verdict.SUPPORTED, "note.md:3"),
        ("Over four hundred people were hurt in the fires.", Verdict.SUPPORTED, "note.md:5"),
    ],
)
def test_a_count_of_people_counts_those_one_fate_befell(tmp_path: Path, claim: str, expected: Verdict, cited: str) -> None:
    note = "# The fires\n\nThe official and final toll is 173 people, the figure adopted by the police and the coroner.\n\nThe royal commission gave 414 people injured.\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason
    assert cited in finding.reason, finding.reason


def test_a_sentence_giving_two_fates_pairs_the_claims_figure_with_its_own(tmp_path: Path) -> None:
    # "More than 800 people were injured" is no count of the more than 230 the town lost
    note = "# The town\n\nThe storm's toll in the town was 234 dead, and more than 800 people were injured.\n"
    (finding,) = checked(tmp_path, ["The storm killed more than 230 people in the town."], note=note).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert '"more than 230" (>230) vs source 234' in finding.reason, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # one passage giving two accounts disputes a claim siding with either, bounds alike ...
        ("More than three thousand Russian sailors worked ashore in the rescue.", Verdict.DISPUTED),
        ("About 2,000 Russian sailors worked ashore in the rescue.", Verdict.DISPUTED),
        # ... but a bound that merely allows a figure sides with neither
        ("At least five Russian sailors worked ashore in the rescue.", Verdict.UNVERIFIED),
    ],
)
def test_a_passage_giving_two_accounts_disputes_a_claim_siding_with_one(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = (
        "# The rescue\n\n- **Men landed:** the Russian naval report gives \"about 2,000\" sailors working ashore in the"
        " rescue; an Italian account published for the centenary says \"more than 3,000\".\n"
    )
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a row labelled in the claim's own words times the claim's event: its date is no other row's
        ("Thresher joined the fleet when she was commissioned in 1960.", Verdict.CONTRADICTED),
        ("Thresher was launched in 1961, when she joined the fleet.", Verdict.CONTRADICTED),
    ],
)
def test_a_row_labelled_in_the_claims_words_times_its_event(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = "# Thresher\n\n| Milestone | Date |\n| --- | --- |\n| Keel laid | 28 May 1958 |\n| Launched | 9 July 1960 |\n| Commissioned | 3 August 1961 |\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected", "cited"),
    [
        # people "treated for injuries" are the injured, no count of the dead
        ("More than 2,600 people died in the fires.", Verdict.UNVERIFIED, "counts those injured, not those killed"),
        ("More than 2,600 people were hurt in the fires.", Verdict.SUPPORTED, "note.md:3"),
    ],
)
def test_people_treated_for_injuries_are_the_injured(tmp_path: Path, claim: str, expected: Verdict, cited: str) -> None:
    note = "# The fires\n\nSome 2,676 people were treated for injuries in the fires, according to the Health Commission.\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason
    assert cited in finding.reason, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "less than three years" allows four days but says nothing of them
        ("The inquest sat for four days.", Verdict.UNVERIFIED),
        ("The inquest sat for more than two years.", Verdict.SUPPORTED),
    ],
)
def test_a_time_bound_far_from_the_claims_time_does_not_confirm_it(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = "# The inquest\n\nThe inquest came less than three years after the earlier crash on the same line.\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "the two states" refers to states the claim takes as known: it asserts the hectares
        ("Over 400,000 hectares burned across the two states.", Verdict.SUPPORTED),
        ("The fires burned across two states.", Verdict.CONTRADICTED),
        # ... but with no other figure "the two states" is what the claim asserts
        ("The fires burned across the two states.", Verdict.CONTRADICTED),
    ],
)
def test_a_small_count_the_claim_refers_to_is_not_what_it_asserts(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = (
        "# The fires\n\nThe fires burnt a combined 418,000 hectares.\n\n"
        "The fires of the later season burnt between 17 and 24 million hectares across several states.\n"
    )
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize("where", ["south of", "to the south of", "south-southwest of"])
def test_a_length_that_places_a_village_is_no_distance_the_flow_covered(tmp_path: Path, where: str) -> None:
    note = (
        "# The flow\n\nThe flow travelled about 14.5 km from the peak to the town.\n\n"
        f"The village, a few kilometres {where} the town, lay on the flow's path.\n"
    )
    claims = ["The flow covered nearly 15 kilometres before it hit the town.", f"The village lay about 10 km {where} the town."]
    travelled, placed = checked(tmp_path, claims, note=note).findings
    assert travelled.verdict is Verdict.SUPPORTED, travelled.reason
    assert all(e.stance is not Stance.CONTRADICTS for e in travelled.evidence), travelled.reason
    # two places set apart are compared as such
    assert placed.verdict is Verdict.CONTRADICTED, placed.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the row's 16 under "killed" counts the dead the claim counts, however far apart
        ("More than two hundred people died in the Ais Gill crash.", Verdict.CONTRADICTED),
        ("The Ais Gill crash left more than two hundred people injured.", Verdict.UNVERIFIED),
    ],
)
def test_a_count_of_the_claims_fate_contradicts_however_far_apart(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = (
        "# Other crashes\n\n| accident | date | killed |\n| --- | --- | --- |\n"
        "| Shrewsbury | 15 October 1907 | 18 |\n| Ais Gill | 2 September 1913 | 16 |\n"
    )
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "two further deaths" are added to a total: they do not gainsay the claim's total ...
        ("More than two dozen people were killed in South Australia.", Verdict.UNVERIFIED),
        # ... but do meet a claim's own added deaths
        ("Two more people died elsewhere in the state.", Verdict.SUPPORTED),
        ("Five more people died elsewhere in the state.", Verdict.CONTRADICTED),
    ],
)
def test_a_count_added_to_a_total_is_no_total(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = "# South Australia\n\nTwo further deaths were recorded elsewhere in the state, making South Australia's 28.\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


def test_a_section_headed_by_another_dated_event_does_not_speak_of_the_sources_subject(tmp_path: Path) -> None:
    # "Ais Gill" is every note's subject, so a passage giving a claim's figure may leave it out;
    # not under "## The Quintinshill crash, 22 May 1915": the passages there speak of Quintinshill
    notes = {
        # (a heading's first word is no name, as a sentence's is not: "Aftermath, 1914" names nothing)
        "crash": "# The crash\n\nThe crash was on the Settle and Carlisle line.\n\n## Aftermath, 1914\n\nThe crash killed sixteen passengers.\n",
        "line": "# The line\n\nAis Gill is the summit of the Settle and Carlisle line.\n",
        "inquiry": "# The inquiry\n\nMajor Pringle led the inquiry into Ais Gill.\n",
        "others": (
            "# Comparable accidents\n\nThese notes set Ais Gill beside other fires.\n\n## The Quintinshill crash, 22 May 1915\n\n"
            "A troop train ran into a local train and burned.\n\nThe crash killed 226 passengers.\n"
        ),
    }
    claims = ["The Ais Gill crash killed 226 passengers.", "The Ais Gill crash killed sixteen passengers."]
    other, own = checked(tmp_path, claims, **notes).findings
    # (Quintinshill's 226 no longer confirms it; the sixteen, not naming Ais Gill, gainsays nothing)
    assert other.verdict is Verdict.UNVERIFIED, other.reason
    assert own.verdict is Verdict.SUPPORTED, own.reason


@pytest.mark.parametrize(
    ("performing", "expected"),
    [
        # a confirmation on words alone that never says "buried" does not say what "not buried" denies
        ("A children's circus was performing at the stadium that afternoon, on higher ground.", Verdict.CONTRADICTED),
        # one that says it still stands against the denial (here it weighs more)
        ("A children's circus was performing at the stadium, which was buried with the rest of the town.", Verdict.SUPPORTED),
    ],
)
def test_a_confirmation_lacking_the_word_a_not_denies_does_not_dispute_it(tmp_path: Path, performing: str, expected: Verdict) -> None:
    claim = "The stadium where the children's circus was performing was buried along with the rest of the town."
    denial = "The circus was on higher ground, and a clown led the children up the slope; the stadium itself was not buried with the town."
    (finding,) = checked(tmp_path, [claim], circus=f"# Yungay\n\n{performing}\n", survivors=f"# The survivors\n\n{denial}\n").findings
    assert finding.verdict is expected, finding.reason


def test_a_confirmation_lacking_the_word_an_opposite_denies_does_not_dispute_it(tmp_path: Path) -> None:
    # "the ship's bow swung away as the iceberg struck the ship" never says which side
    collision = "# The collision\n\nThe lookout saw the iceberg dead ahead, and the ship's bow swung away as the iceberg struck the ship.\n"
    damage = "# The damage\n\nThe iceberg struck the ship on its starboard side, below the waterline.\n"
    (finding,) = checked(tmp_path, ["The iceberg struck the ship on its port side."], collision=collision, damage=damage).findings
    assert finding.verdict is Verdict.CONTRADICTED, finding.reason
    assert "claim says 'port', source says 'starboard'" in finding.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "no ... killed more people than" says which killed the most: no denial of the passage
        ("No Australian bushfire killed more people than Ash Wednesday.", Verdict.UNVERIFIED),
        ("No Australian bushfire killed people on Ash Wednesday.", Verdict.CONTRADICTED),
    ],
)
def test_no_rival_outdoing_a_thing_is_no_denial(tmp_path: Path, claim: str, expected: Verdict) -> None:
    note = "# Ash Wednesday\n\nAsh Wednesday was Australia's deadliest bushfire disaster for 26 years, until Black Saturday killed more people.\n"
    (finding,) = checked(tmp_path, [claim], note=note).findings
    assert finding.verdict is expected, finding.reason


AURORA = {
    "ship": "# The steamer Aurora\n\nThe steamer Aurora was built at Buffalo in 1851 and carried excursions on the lake.\n",
    "collision": "# The collision\n\nThe schooner Vesta struck the Aurora on her port side at about 2.30 am on 8 September 1860.\n",
    "inquest": "# The inquest\n\nA coroner's jury sat in September 1860 and blamed the officers of the Vesta for the loss of the Aurora.\n",
}


@pytest.mark.parametrize(
    ("first", "claim", "expected"),
    [
        # a table of who gave which toll gives each for the sources' subject, which it need not name:
        # one row confirms the claim, another gainsays it
        ("Source", "The Aurora disaster killed 287.", Verdict.DISPUTED),
        # ... but not a count of something no fate befell: the rows count the dead
        ("Source", "The Aurora carried a crew of about 300.", Verdict.UNVERIFIED),
        # a table whose rows are other things gives their tolls, not the subject's; so does a
        # breakdown by "who" (no column says when each figure was given)
        ("Port", "The Aurora disaster killed 287.", Verdict.UNVERIFIED),
        ("Who", "The Aurora disaster killed 287.", Verdict.UNVERIFIED),
    ],
)
def test_a_table_of_who_gave_which_toll_speaks_of_the_sources_subject(tmp_path: Path, first: str, claim: str, expected: Verdict) -> None:
    toll = (
        "# The dead and the survivors\n\nNo passenger list survived, so every figure is an estimate.\n\n"
        f"| {first} | Dead | Survivors |\n| --- | --- | --- |\n"
        '| Chicago Courier | "not less than 300" | 98 |\n| Lakeside Sentinel | 287 | "about 100" |\n'
    )
    (finding,) = checked(tmp_path, [claim], toll=toll, **AURORA).findings
    assert finding.verdict is expected, finding.reason


def test_a_time_between_two_years_confirms_no_span_of_days(tmp_path: Path) -> None:
    # "in 1999 ... 2000" may be a day or two years apart: it allows "five days" without confirming it
    note = (
        "# The wreck site\n\nThe coroner's jury at Chicago sat in September 1860.\n\n"
        "The wreck site was listed on the National Register in 1999, according to the state; the county paper gave 2000.\n"
    )
    (finding,) = checked(tmp_path, ["The coroner's jury at Chicago sat for five days before the site was listed."], note=note).findings
    assert finding.verdict is Verdict.UNVERIFIED, finding.reason


def test_two_times_of_one_passage_are_two_accounts(tmp_path: Path) -> None:
    note = (
        "# The night of the fire\n\nThe fire reached the town at about 10 pm by most accounts, "
        "while a later county history gave \"nearly eleven o'clock\".\n"
    )
    (finding,) = checked(tmp_path, ["The fire reached the town at close to eleven at night."], note=note).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason


def test_a_column_heading_naming_what_it_measures_is_no_ones_name(tmp_path: Path) -> None:
    # "Area given" heads the figures; it owns none of them, as "Mali" would
    table = (
        "# The area burned\n\nThe fire crossed a dozen counties.\n\n| Source | Area given |\n| --- | --- |\n"
        "| Wisconsin Historical Society | about 1.2 million acres |\n| several modern accounts | 1.5 million acres |\n"
    )
    (finding,) = checked(tmp_path, ["The fire burned 1.5 million acres."], area=table).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason


def test_a_bodys_own_account_is_whose_figure_it_gives_not_whose_thing_it_counts(tmp_path: Path) -> None:
    # "the Brigade's own account speaks of some 150" gives the Brigade's count of the firefighters,
    # not the Brigade's own firefighters as another thing's: it rivals the BBC's figure
    note = (
        "# The night of the fire\n\nThe first engines arrived within minutes. The London Fire Brigade's own account "
        "speaks of some 150 firefighters at the height of the incident. The BBC, in a piece for the twentieth "
        "anniversary, said more than 200 firefighters had been sent to the station that night.\n"
    )
    (finding,) = checked(tmp_path, ["More than 200 firefighters were sent to fight the blaze."], note=note).findings
    assert finding.verdict is Verdict.DISPUTED, finding.reason


@pytest.mark.parametrize(("header", "disputed"), [("| Source | Average speed |", True), ("| Stretch | Average speed |", False)])
def test_a_table_of_who_gave_which_measure_gives_someones_figures(tmp_path: Path, header: str, disputed: bool) -> None:
    # who gave each speed: each row is someone's, and two disagree; a table of stretches states
    # its rows in the note's own voice: no two sources disagree
    table = (
        "# The avalanche's speed\n\nHow fast the avalanche fell on Yungay depends on who measured it:\n\n"
        f"{header}\n| --- | --- |\n| Plafker and Ericksen | about 200 km/h |\n| later modelling | more than 300 km/h |\n"
    )
    (finding,) = checked(tmp_path, ["The avalanche fell on Yungay at more than 300 km/h."], speed=table).findings
    assert (finding.verdict is Verdict.DISPUTED) is disputed, finding.reason


def test_a_claim_reporting_someones_figure_is_judged_on_theirs(tmp_path: Path) -> None:
    notes = {"wreck": "# The wreck\n\nThe Chicago Tribune reckoned that about 400 people were aboard the steamer.\n\n"
                      "Later lists of passengers put the number aboard at nearer 300.\n"}
    reported, lists, own, nobody = checked(tmp_path, [
        "The Chicago Tribune reckoned that some four hundred people were aboard the steamer.",
        "The passenger lists reckoned that some four hundred people were aboard the steamer.",
        "Some four hundred people were aboard the steamer.",
        "The harbour master reckoned that some four hundred people were aboard the steamer.",
    ], **notes).findings
    assert reported.verdict is Verdict.SUPPORTED, reported.reason
    assert "wreck.md:5 contradicts" in reported.reason and "does not name whom the claim reports" in reported.reason
    assert [e.line for e in reported.evidence][:2] == [3, 5]
    assert lists.verdict is Verdict.CONTRADICTED, lists.reason
    # in the claim's own voice the two disagree; whom neither passage names decides nothing
    assert own.verdict is Verdict.DISPUTED
    assert "whom the claim reports" not in nobody.reason
    from factcheck.analysis import voice_of

    # a passive reports no one; an adverb names no one
    assert voice_of(analyse("The death toll was estimated at 500.")) == frozenset()
    assert voice_of(analyse("The Titanic listed to starboard.")) == frozenset()
    assert voice_of(analyse("The official count eventually put the dead at 26,000.")) == frozenset()
    assert voice_of(analyse("According to Italy, 40 died.")) == frozenset({"itali"})
    # a wall that "gave way at" a time reports no one; a paper that "gave the toll as" does
    assert voice_of(analyse("The weir gave way at 9.13 pm.")) == frozenset()
    assert voice_of(analyse("The Courier gave the toll as 40.")) == frozenset({"courier"})
    # whose count, figure or estimate a claim gives reports them; a thing's own toll reports no one
    assert voice_of(analyse("The Weather Bureau's published count of the dead was 390.")) == frozenset({"weather", "bureau"})
    assert voice_of(analyse("The inquiry's estimate was 500.")) == frozenset({"inquiri"})
    assert voice_of(analyse("Audrey's toll was 390.")) == frozenset()
    # ... past an aside in commas
    assert voice_of(analyse("The Courier, in its first report, gave the toll as 40.")) == frozenset({"courier"})


def test_a_claim_reporting_someone_is_not_disputed_by_others_figures_beside_theirs(tmp_path: Path) -> None:
    # one passage gives the Star's figure between the note's own and another paper's: a claim
    # reporting the Star asks only what the Star said; in its own voice the figures disagree
    note = (
        "# The memorial\n\nSeveral thousand people attended; the Greymouth Star said about 12,000, while the "
        "Press Association estimated \"some ten thousand\".\n"
    )
    star, own = checked(tmp_path, [
        "The Greymouth Star reported a crowd of around twelve thousand at the memorial.",
        "A crowd of around twelve thousand attended the memorial.",
    ], note=note).findings
    assert star.verdict is Verdict.SUPPORTED, star.reason
    assert own.verdict is Verdict.DISPUTED, own.reason
    # every word of the name: the Daily Star is not the Greymouth Star; the name may follow the figure
    (daily,) = checked(tmp_path, ["The Daily Star reported a crowd of around twelve thousand at the memorial."]).findings
    assert daily.verdict is Verdict.DISPUTED, daily.reason
    after = "# The memorial\n\nAbout 12,000 people attended, the Greymouth Star said; the Press Association estimated some ten thousand.\n"
    (star,) = checked(tmp_path, ["The Greymouth Star reported a crowd of around twelve thousand at the memorial."], note=after).findings
    assert star.verdict is Verdict.SUPPORTED, star.reason


def test_a_claims_figures_confirmed_by_passages_apart_are_confirmed(tmp_path: Path) -> None:
    claim = ["Tianjin, a city some 100 km from Tangshan, lost around twenty-four thousand people."]
    city = "Tianjin, a much bigger city, lay about 100 km to the south-west of Tangshan.\n"
    toll = "# The toll of the Tangshan earthquake\n\nThe municipality of Tianjin lost about 24,000 people.\n"
    found = checked(_folder(tmp_path / "both"), claim, city=city, toll=toll).findings[0]
    assert found.verdict is Verdict.SUPPORTED and "24,000" in found.reason and "100 km" in found.reason, found.reason
    # each alone lacks the other's figure
    assert checked(_folder(tmp_path / "city"), claim, city=city).findings[0].verdict is Verdict.UNVERIFIED
    # a figure merely allowed ("more than $40 million" by "about $4.4 billion") joins nothing
    claim = ["The commission's 155 days of hearings cost taxpayers more than $40 million."]
    found = checked(
        _folder(tmp_path / "far"), claim,
        days="The commission sat for 155 days of hearings in Melbourne.\n",
        cost="The fires cost the state about $4.4 billion, the commission's hearings heard.\n",
    ).findings[0]
    assert found.verdict is not Verdict.SUPPORTED, found.reason


def test_another_events_figure_does_not_confirm_the_claims_event(tmp_path: Path) -> None:
    # a note on another tornado gives the claim's figure for that one: it speaks of Goliad, not Waco
    notes = {
        "waco": "# The Waco tornado\n\nThe Waco tornado struck downtown Waco on 11 May 1953.\n\nThe Weather Bureau counted 597 people injured by the Waco tornado.\n",
        "other": "# Other Texas tornadoes\n\n*Notes on tornadoes often set beside Waco.*\n\nThe Goliad tornado of 18 May 1902 killed 114 people and injured about 230.\n",
        "rebuild": "# Rebuilding Waco\n\nWaco rebuilt its downtown within five years of the tornado.\n",
    }
    waco, goliad = checked(tmp_path, ["Roughly 230 people were injured by the Waco tornado.", "The Goliad tornado injured about 230 people."], **notes).findings
    assert waco.verdict is Verdict.CONTRADICTED, waco.reason
    other = next(e for e in waco.evidence if e.source.endswith("other.md"))
    assert other.stance is Stance.RELATED and "Goliad tornado" in other.reason, other.reason
    assert goliad.verdict is Verdict.SUPPORTED, goliad.reason
    # another name of the claim's own event, under a title naming it, is the claim's event
    tohoku = "# Tohoku earthquake and tsunami\n\nThe Great East Japan earthquake of March 2011 killed about 18,000 people.\n"
    (same,) = checked(tmp_path / "tohoku", ["The Tohoku earthquake of 2011 killed about 18,000 people."], note=tohoku).findings
    assert same.verdict is Verdict.SUPPORTED, same.reason


def test_that_year_is_the_year_of_the_sentence_before(tmp_path: Path) -> None:
    note = (
        "# Floods at St. Louis\n\n**1973:** the spring flood of 1973 crested at 43.23 feet on April 28, the record until 1993. "
        "The river stayed above flood stage at St. Louis for 77 days that year.\n\n## 1993\n\n"
        "The Weather Service counted 104 days above flood stage at St. Louis in 1993.\n"
    )
    later, earlier = checked(tmp_path, [
        "The river stayed above flood stage at St. Louis for more than 100 days in 1993.",
        "The river stayed above flood stage at St. Louis for 77 days in 1973.",
    ], floods=note).findings
    # 1973's 77 days say nothing against 1993's
    assert later.verdict is Verdict.SUPPORTED, later.reason
    assert earlier.verdict is Verdict.SUPPORTED and "\"that year\" (1973)" in earlier.reason, earlier.reason
    # a year that only says when something was built is not "that year"
    note = (
        "# The 1937 flood\n\nThe Ohio River levee at Paducah, built in 1928, failed during the flood of 1937. "
        "About 300 people died in the flood that year.\n"
    )
    (flood,) = checked(tmp_path / "ohio", ["About 300 people died in the Ohio River flood of 1937."], flood=note).findings
    assert flood.verdict is Verdict.SUPPORTED, flood.reason


def test_a_name_the_claim_reports_is_named_only_with_its_capital(tmp_path: Path) -> None:
    # "The Times" is not named by "at the time": that passage is no one's, and the Times' figure decides
    notes = {
        "reports": "# The first reports\n\nThe early newspaper reports were lower: *The Times* of 3 September gave \"fourteen known dead\".\n",
        "other": "# Another crash\n\nAt the time of the other crash, twelve were counted dead at the junction.\n",
    }
    (finding,) = checked(tmp_path, ["The Times, in its first report, gave the death toll as fourteen."], **notes).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    # a capital the claim's first word has anyway asks none of the passage ("Police said")
    notes = {
        "police": "# The fire\n\nFourteen people died in the Dunmore warehouse fire, police said.\n",
        "coroner": "# The inquest\n\nThe Dunmore warehouse fire killed 17 people, the coroner found.\n",
    }
    (police,) = checked(tmp_path / "police", ["Police said 14 people died in the Dunmore warehouse fire."], **notes).findings
    assert police.verdict is Verdict.SUPPORTED, police.reason
