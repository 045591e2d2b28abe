"""Times a claim counts from an event ("two days after the blast"), met by the dates the notes
give the event and the claim's own happening, in different passages."""

from __future__ import annotations

from pathlib import Path

from factcheck.analysis import analyse
from factcheck.anchors import lasting_times, relative_times
from factcheck.model import Verdict
from checked_notes import checked

def assert_confirmed(folder: Path, claim: str, span: str, **notes: str) -> None:
    """The claim is supported against the notes, by the time `span` (as its reason writes it)."""
    (finding,) = checked(folder, [claim], **notes).findings
    assert finding.verdict is Verdict.SUPPORTED, finding.reason
    assert span in finding.reason


BLOWOUT = "# The blowout\n\nOn 20 April 2010 a blast tore through the drilling rig and killed eleven workers.\n"
RIG = "# The rig\n\nThe burning rig sank on 22 April 2010 in about a mile of water.\n"


def test_a_time_after_an_event_names_the_event() -> None:
    (found,) = relative_times(analyse("The burning rig sank two days after the blast."))
    assert (found.duration.text, found.event, found.before) == ("two days", "the blast", False)
    (found,) = relative_times(analyse("Within a week of al-Baghdadi's death the group named a successor."))
    assert (found.duration.text, found.event) == ("Within a week", "al-Baghdadi's death")
    (found,) = relative_times(analyse("The test site was shut several months before independence."))
    assert found.before and found.event == "independence"
    # "of" before a bare noun starts another phrase; "of Titanic", "of 1906" go on naming the event
    (found,) = relative_times(analyse("The fire chief died four days after the earthquake of injuries he suffered."))
    assert found.event == "the earthquake"
    (found,) = relative_times(analyse("The inquiry opened two weeks after the sinking of Titanic."))
    assert found.event == "the sinking of Titanic"


def test_how_long_something_lasted_counts_from_nothing() -> None:
    assert relative_times(analyse("They negotiated for some 16 hours before agreeing on a deal.")) == ()
    assert relative_times(analyse("The siege lasted two months.")) == ()


def test_how_long_something_lasted_is_read_between_two_dates_of_one_note(tmp_path: Path) -> None:
    (found,) = lasting_times(analyse("The battle to retake the city lasted almost nine months."))
    assert found.lasting and found.duration.text == "almost nine months"
    # a bound is met by chance; a time counted from an event, and an age, are no time lasted
    assert lasting_times(analyse("The siege lasted more than a month.")) == ()
    assert lasting_times(analyse("The rig sank two days after the blast.")) == ()
    assert lasting_times(analyse("He died aged 66.")) == ()
    battle = (
        "# The battle\n\nThe offensive to retake the city opened on 17 October 2016 with 100,000 troops.\n\n"
        "Its old quarter was shelled for weeks.\n\nThe prime minister declared victory in the city on 10 July 2017.\n"
    )
    claim = "The battle to retake the city lasted almost nine months."
    assert_confirmed(tmp_path, claim, "17 October 2016 to 10 July 2017 (battle.md:7)", battle=battle)
    # two dates inside the story's run are not its ends ("voted to go on" on the way to the end)
    strike = (
        "# The strike\n\nThe dockers' strike at Santos began on 3 March 2015.\n\nShips queued off the port for weeks.\n\n"
        "Cargo piled up on the quays.\n\nDockers at Santos voted to continue the strike on 3 May 2015.\n\nExporters complained.\n\n"
        "The strike at Santos ended on 21 August 2015.\n"
    )
    (tmp_path / "strike").mkdir()
    (finding,) = checked(tmp_path / "strike", ["The dockers' strike at Santos lasted two months."], strike=strike).findings
    assert finding.verdict is not Verdict.SUPPORTED, finding.reason
    # nor is a time said as "for N years" one that lasted: any twelve years between a note's dates
    assert lasting_times(analyse("Okafor served as mayor of Lagos for 12 years.")) == ()
    assert lasting_times(analyse("Deaths rose sharply over the last two years.")) == ()  # "last", an adjective
    # the other end in another note may be another story's
    (tmp_path / "apart").mkdir()
    (finding,) = checked(tmp_path / "apart", [claim], start=battle.split("Its old")[0], end="# Later\n\nThe prime minister declared victory in the city on 10 July 2017.\n").findings
    assert finding.verdict is not Verdict.SUPPORTED, finding.reason


def test_the_time_between_two_notes_dates_confirms_the_claim(tmp_path: Path) -> None:
    claim, span = "The burning rig sank two days after the blast.", "20 April 2010 (the blast: blowout.md:3) to 22 April 2010"
    assert_confirmed(tmp_path, claim, span, blowout=BLOWOUT, rig=RIG)


def test_a_time_within_a_quarter_of_abouts_tolerance_confirms(tmp_path: Path) -> None:
    # 28 July to 9 September is 43 days: "about six weeks" (42 days, give or take 6) to a day
    quake = "# The quake\n\nThe earthquake struck the city at 03:42 on 28 July 1976.\n"
    death = "# Politics\n\nMao Zedong died on 9 September 1976, and on 6 October the Gang of Four were arrested.\n"
    assert_confirmed(tmp_path, "Mao Zedong died about six weeks after the earthquake.", "28 July 1976 (the earthquake: quake.md:3) to 9 September 1976", quake=quake, death=death)


def test_a_month_confirms_no_count_of_days_from_the_event(tmp_path: Path) -> None:
    # 28 July to "September 1976" is anything from 35 to 64 days
    quake = "# The quake\n\nThe earthquake struck the city on 28 July 1976, killing 242,000 people.\n"
    death = "# Politics\n\nMao Zedong died in Beijing in September 1976.\n"
    claims = ["Mao Zedong died five weeks after the earthquake.", "Mao Zedong died two months after the earthquake."]
    report = checked(tmp_path, claims, quake=quake, death=death)
    assert [f.verdict for f in report.findings] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]


def test_another_time_from_the_event_is_not_confirmed_nor_refuted(tmp_path: Path) -> None:
    # The event's date is a guess among the dates the notes give: a time that misses every one
    # leaves the claim open; it is no contradiction.
    claims = ["The burning rig sank nine days after the blast.", "A month after the blast, the burning rig sank."]
    report = checked(tmp_path, claims, blowout=BLOWOUT, rig=RIG)
    assert [f.verdict for f in report.findings] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]


def test_the_event_is_found_under_another_word(tmp_path: Path) -> None:
    # "the quake" is dated by the note on "the earthquake"; "just over a week" is a time
    notes = {
        "quake": "# The earthquake\n\nThe earthquake struck the capital on 12 January 2010.\n",
        "aftershocks": "# Aftershocks\n\nThe strongest aftershock struck near the coast on 20 January 2010.\n",
    }
    claim = "Just over a week after the quake, the strongest aftershock struck near the coast."
    assert_confirmed(tmp_path, claim, "12 January 2010 (the quake: quake.md:3) to 20 January 2010", **notes)


IND = "# Independence\n\nThe republic became independent on 16 December 1991.\n"


def test_a_passage_giving_only_a_year_or_no_figure_does_not_confirm_a_time(tmp_path: Path) -> None:
    # "shut in 1991" says nothing of how long before independence; nor does a bare heading
    site = "# The test site\n\nThe test site was shut in 1991 by a decree of the republic.\n"
    claims = ["The test site was shut forty days after independence.", "The test site was shut twenty years before independence."]
    report = checked(tmp_path, claims, ind=IND, site=site)
    assert [f.verdict for f in report.findings] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]


def test_a_time_from_an_event_stands_where_the_passages_date_does(tmp_path: Path) -> None:
    # the time is read at the passage's date, whatever the length of the note dating the event
    long_ind = "# Independence\n\n" + "After months of talks in the capital and a referendum, " * 3 + "the republic became independent on 16 December 1991.\n"
    site = "# The test site\n\nThe test site was shut on 29 August 1991; it had been opened by the army in 1949 and had seen 456 tests.\n"
    claim = "The test site was shut in 1991, several months before independence."
    for ind in (IND, long_ind):
        assert_confirmed(tmp_path, claim, "29 August 1991 to 16 December 1991 (independence: ind.md:3)", ind=ind, site=site)


def test_a_bound_is_no_day_to_count_from(tmp_path: Path) -> None:
    rig = "# The rig\n\nThe burning rig sank some time before 25 April 2010, in about a mile of water.\n"
    (finding,) = checked(tmp_path, ["The burning rig sank five days after the blast."], blowout=BLOWOUT, rig=rig).findings
    assert finding.verdict is Verdict.UNVERIFIED


def test_the_events_day_is_the_one_most_notes_give() -> None:
    # One note dates a test near "the blast" four times; the day three notes give comes first,
    # and a day before a month.
    from factcheck.anchors import anchor_dates
    from factcheck.model import Hit, Passage

    texts = [
        *[("tests.md", f"Before the blast, pressure test {n} ran on 13 April 2010.") for n in range(4)],
        ("tests.md", "The blast came after tests in April 2010."),
        ("blowout.md", "On 20 April 2010 a blast tore through the rig."),
        ("inquiry.md", "The inquiry into the blast of 20 April 2010 reported in 2011."),
        ("rig.md", "The rig was lost after the blast of 20 April 2010."),
    ]
    hits = [Hit(Passage(source, text, i + 1, 100 * i, 100 * i + len(text)), 1.0) for i, (source, text) in enumerate(texts)]
    claim = analyse("The burning rig sank two days after the blast.")
    (relative,) = relative_times(claim)
    found = [a.date.text for a in anchor_dates(claim, relative, lambda query: hits)[0]]
    assert found == ["20 April 2010", "13 April 2010", "April 2010"]


def test_an_anniversarys_date_is_no_day_of_the_event() -> None:
    from factcheck.anchors import anchor_dates
    from factcheck.model import Hit, Passage

    texts = [
        ("blowout.md", "The blast killed eleven workers; for its tenth anniversary in April 2020 a memorial was unveiled."),
        # (the anniversary "of" a day names the event's own day)
        ("memorial.md", "Crowds marked the tenth anniversary of the 20 April 2010 blast."),
    ]
    hits = [Hit(Passage(source, text, i + 1, 100 * i, 100 * i + len(text)), 1.0) for i, (source, text) in enumerate(texts)]
    claim = analyse("The burning rig sank two days after the blast.")
    (relative,) = relative_times(claim)
    assert [a.date.text for a in anchor_dates(claim, relative, lambda query: hits)[0]] == ["20 April 2010"]

def test_a_time_from_the_events_time_of_day(tmp_path: Path) -> None:
    notes = {
        "timeline": "# Timeline\n\nThe ship struck the rocks at 21:45.\n\nThe general alarm was sounded at 22:33.\n",
    }
    claim = "The general alarm was sounded nearly 50 minutes after the ship struck the rocks."
    assert_confirmed(tmp_path, claim, "21:45 (the ship struck: timeline.md:3) to 22:33", **notes)


def test_a_time_to_another_deed_from_the_event_is_no_rival() -> None:
    # the advice was withdrawn an hour and fifty minutes after the call: that says nothing of the roof
    from factcheck.compare import _another_deed

    claim = analyse("The flames reached the top of the tower just over half an hour after the first emergency call.")
    (time,) = [q for q in claim.quantities if q.kind == "duration"]
    advice = analyse("The advice was withdrawn about an hour and fifty minutes after the first emergency call.")
    assert _another_deed(claim, advice, time)
    roof = analyse("The flames reached the top of the tower about an hour after the first emergency call.")
    assert not _another_deed(claim, roof, time)
    (count,) = [q for q in analyse("The fire killed 72 people.").quantities]
    assert not _another_deed(analyse("The fire killed 72 people."), advice, count)  # no time from an event


def test_a_wrong_time_from_the_event_is_not_confirmed_by_another_figure(tmp_path: Path) -> None:
    # the passage dates the blast and gives the toll; the resignation came 16 days later, not 6
    notes = {
        "blast": "# Blast\n\nThe blast at the port of Saldra on 4 August 2020 killed 218 people.\n",
        "government": "# Government\n\nThe Saldran government resigned on 20 August 2020.\n",
    }
    claims = [
        "The Saldran government resigned six days after the blast at the port of Saldra, which killed 218 people.",
        "The Saldran government resigned sixteen days after the blast.",
    ]
    report = checked(tmp_path, claims, **notes)
    assert [f.verdict for f in report.findings] == [Verdict.UNVERIFIED, Verdict.SUPPORTED]


def test_a_date_followed_by_a_is_still_a_day_to_count_to(tmp_path: Path) -> None:
    # "On 18 April 2014 an avalanche ...": the time from the quake's day stands at that date,
    # and the "an" after it makes no rate
    notes = {
        "quake": "# The quake\n\nThe Gorkha earthquake struck Nepal on 25 April 2015.\n",
        "everest": "# Everest\n\nOn 18 April 2014 an avalanche in the Khumbu Icefall killed 16 guides.\n",
    }
    claim = "A year before the Gorkha quake, an avalanche in the Khumbu Icefall killed sixteen guides."
    assert_confirmed(tmp_path, claim, "18 April 2014 to 25 April 2015 (the Gorkha quake: quake.md:3)", **notes)


QUAKE_NOTES = {
    "shock": "# The shock of 12 January 2010\n\nThe main shock came late in the afternoon of 12 January 2010, west of the capital.\n",
    "toll": "# The toll\n\nNo figure for the dead of 12 January 2010 is agreed.\n",
    "others": "# Other quakes\n\nThe earthquake of 14 August 2021 struck the southern peninsula.\n"
    "An earlier earthquake, on 6 October 2018, struck the north.\n",
    "force": "# The UN force\n\nOn 19 January 2010 the Security Council authorised 2,000 more troops for the force.\n",
}


def test_the_day_most_notes_give_is_tried_for_the_event_they_date_otherwise(tmp_path: Path) -> None:
    # the notes never write "earthquake" beside 12 January 2010, but most of them give that day
    claim = "A week after the earthquake, the Security Council authorised 2,000 more troops for the force."
    assert_confirmed(tmp_path, claim, "12 January 2010 (the earthquake: the day most notes give, ", **QUAKE_NOTES)
    (finding,) = checked(tmp_path, ["Two weeks after the earthquake, the Security Council authorised 2,000 more troops for the force."]).findings
    assert finding.verdict is not Verdict.SUPPORTED
    # an event told in two words ("the old one came down", "the ground shook") is theirs as well
    claim = "A week after the ground shook, the Security Council authorised 2,000 more troops for the force."
    assert_confirmed(tmp_path, claim, "12 January 2010 (the ground shook: the day most notes give, ")
    # ... not where a passage gives it a day of its own
    (finding,) = checked(
        tmp_path,
        ["A week after the outbreak began, the Security Council authorised 2,000 more troops for the force."],
        outbreak="# Cholera\n\nThe outbreak began on 19 October 2010.\n",
    ).findings
    assert finding.verdict is not Verdict.SUPPORTED, finding.reason
    (tmp_path / "outbreak.md").unlink()
    # an event told in more words has a day of its own, not the notes' main one
    (finding,) = checked(
        tmp_path,
        ["A week after the cholera outbreak was confirmed, the Security Council authorised 2,000 more troops for the force."],
        cholera="# Cholera\n\nThe cholera outbreak was confirmed on 22 October 2010.\n",
    ).findings
    assert finding.verdict is not Verdict.SUPPORTED


def test_main_days_are_the_days_two_sources_give_at_least() -> None:
    from factcheck.anchors import main_days
    from factcheck.model import Passage

    def passage(source: str, text: str) -> Passage:
        return Passage(source=source, text=text, line=1, start=0, end=len(text))

    found = main_days([
        passage("a.md", "It struck on 12 January 2010."), passage("b.md", "The dead of 12 January 2010."),
        passage("b.md", "Chile shook on 27 February 2010."), passage("a.md", "By January 2010 it had begun."),
    ])
    assert [a.date.text for a in found] == ["12 January 2010"]


def test_two_times_written_later_first_span_the_shorter_way(tmp_path: Path) -> None:
    notes = {"night": "# The night\n\nThe general alarm on the Varnel was sounded at 00:20, after the ship struck the rocks at 23:40.\n"}
    claims = ["The general alarm on the Varnel was sounded 40 minutes after the ship struck the rocks.",
              "The general alarm on the Varnel was sounded about 23 hours after the ship struck the rocks."]
    found = checked(tmp_path, claims, **notes).findings
    assert [f.verdict for f in found][0] is Verdict.SUPPORTED, found[0].reason
    assert found[1].verdict is not Verdict.SUPPORTED, found[1].reason


def test_a_day_the_notes_give_without_its_year_dates_the_event(tmp_path: Path) -> None:
    # the event's day is written "15 June" with no year: it is read in the passage date's year
    notes = {
        "eruption": "# The eruption\n\nThe climactic eruption of the Varnel volcano began on 15 June.\n",
        "base": "# The base\n\nOn 10 June 1991 about 14,500 people left Varnel air base by road.\n",
    }
    claim = "About 14,500 people left Varnel air base five days before the climactic eruption."
    assert_confirmed(tmp_path, claim, "10 June 1991 to 15 June (the climactic eruption: eruption.md:3)", **notes)


def test_hours_count_from_the_events_date_where_no_time_of_day_is_given(tmp_path: Path) -> None:
    claim, span = "The burning rig sank 48 hours after the blast.", "20 April 2010 (the blast: blowout.md:3) to 22 April 2010"
    assert_confirmed(tmp_path, claim, span, blowout=BLOWOUT, rig=RIG)


def test_a_bare_year_ends_a_span_counted_in_years_from_the_event(tmp_path: Path) -> None:
    # 1 June 1974 to "1984" is nine and a half to ten and a half years: about a decade, but
    # no count of months
    notes = {
        "blast": "# The explosion\n\nThe explosion at the works killed 28 people on 1 June 1974.\n",
        "rules": "# The rules\n\nThe major hazard regulations came into force in 1984.\n",
    }
    claim = "The major hazard regulations came into force a decade after the explosion."
    assert_confirmed(tmp_path, claim, "1 June 1974 (the explosion: blast.md:3) to 1984", **notes)
    claims = ["The major hazard regulations came into force 118 months after the explosion.", "The major hazard regulations came into force two decades after the explosion."]
    report = checked(tmp_path, claims)
    assert [f.verdict for f in report.findings] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]


def test_a_bare_year_beside_another_time_may_be_another_deeds(tmp_path: Path) -> None:
    # 1984 is when they were proposed; which year is the claim's, the passage alone cannot say
    notes = {
        "blast": "# The explosion\n\nThe explosion at the works killed 28 people on 1 June 1974.\n",
        "rules": "# The rules\n\nThe major hazard regulations were first proposed in 1984 and came into force in 1988.\n",
    }
    (finding,) = checked(tmp_path, ["The major hazard regulations came into force a decade after the explosion."], **notes).findings
    assert finding.verdict is Verdict.UNVERIFIED, finding.reason
