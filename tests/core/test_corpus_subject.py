"""A name most of a run's sources give is their subject: a passage giving one of the claim's
figures may leave it out, as notes on a cyclone stop naming it after their first lines."""

from __future__ import annotations

from pathlib import Path

from factcheck.model import Verdict
from checked_notes import checked

NOTES = {
    "storm": "# The storm\n\nCyclone Nargis formed in the Bay of Bengal in late April 2008.\n",
    "delta": "# The delta\n\nThe storm struck the Irrawaddy delta on 2 May 2008.\n",
    "tolls": "# Tolls\n\nCyclone Nargis left 84,537 dead by the government's count.\n",
    "aid": "# Aid\n\nAfter Cyclone Nargis the junta kept most foreign aid workers out for three weeks.\n",
    "rice": "# Rice\n\nThe delta grows most of Myanmar's rice; Cyclone Sidr had struck Bangladesh in 2007.\n",
}


def test_a_passage_giving_the_claims_date_may_leave_out_the_sources_subject(tmp_path: Path) -> None:
    report = checked(tmp_path, ["Cyclone Nargis struck the Irrawaddy delta on 2 May 2008."], **NOTES)
    (finding,) = report.findings
    assert finding.verdict is Verdict.SUPPORTED
    assert finding.evidence[0].text.startswith("The storm struck the Irrawaddy delta")


def test_a_name_few_sources_give_is_no_subject(tmp_path: Path) -> None:
    # "Sidr" is in one note of five: the passage dating the delta's storm does not speak of it
    report = checked(tmp_path, ["Cyclone Sidr struck the Irrawaddy delta on 2 May 2008."], **NOTES)
    assert report.findings[0].verdict is Verdict.UNVERIFIED


def test_the_subject_is_inherited_only_with_a_figure_of_the_claim(tmp_path: Path) -> None:
    # the note on the delta, giving another day, gives no figure of the claim: it does not speak
    # of Nargis, and cannot contradict
    report = checked(tmp_path, ["Cyclone Nargis struck the Irrawaddy delta on 9 May 2008."], **NOTES)
    assert report.findings[0].verdict is Verdict.UNVERIFIED


def test_a_table_row_near_the_claims_figure_is_a_candidate(tmp_path: Path) -> None:
    # the row shares no word with the claim: only its number brings it in
    tolls = (
        "# Tolls\n\nThe government's counts of the dead and missing, by date:\n\n"
        "| date | dead | missing | note |\n| --- | --- | --- | --- |\n"
        "| 8 May 2008 | 22,980 | 42,119 | first count |\n"
        "| 24 June 2008 | 84,537 | 53,836 | final official figures |\n"
    )
    # and many sentences wording the claim better, with no figure, that the index returns first
    places = "Labutta Bogale Pyapon Mawlamyinegyun Dedaye Ngaputaw Kyaiklat Pathein Yangon Twante Kawhmu Kungyangon Dala Thanlyin Kyauktan Maubin Wakema Einme Myaungmya Kyonpyaw Hinthada Danubyu Zalun Nyaungdon".split()
    aid = "# Districts\n\n" + " ".join(f"In {p} the government said the dead would be counted and their number put out eventually." for p in places) + "\n"
    (finding,) = checked(tmp_path, ["The government eventually put the number of dead at more than 84,000."], tolls=tolls, aid=aid).findings
    assert finding.verdict is Verdict.SUPPORTED and "84,537" in finding.reason


def test_a_header_word_over_a_rows_figure_meets_no_negation(tmp_path: Path) -> None:
    # "survived" heads the column holding 0: the row does not say that someone survived
    table = (
        "# Aboard\n\nThe two aircraft and their people:\n\n| aircraft | aboard | dead | survived |\n| --- | --- | --- | --- |\n"
        "| KLM 4805 | 248 | 248 | 0 |\n| Pan Am 1736 | 396 | 335 | 61 |\n"
    )
    report = checked(tmp_path, ["No one aboard the KLM aircraft survived.", "Nobody aboard the Pan Am aircraft survived."], table=table)
    klm, pan_am = report.findings
    # ... it counts who did: 0 is "no one", 61 gainsays "nobody"
    assert klm.verdict is Verdict.SUPPORTED and "0 under 'survived'" in klm.reason
    assert pan_am.verdict is Verdict.CONTRADICTED and "61 under 'survived'" in pan_am.reason


def test_no_one_is_confirmed_by_a_row_only_where_every_deed_it_denies_is_0(tmp_path: Path) -> None:
    road = "# Road\n\n| Year | Fatalities | Injured |\n| --- | --- | --- |\n| 2003 | 0 | 14 |\n| 2005 | 0 | 0 |\n"
    report = checked(tmp_path, ["No one was killed or injured on the road in 2003.", "No one was killed or injured on the road in 2005."], road=road)
    assert [f.verdict for f in report.findings] == [Verdict.CONTRADICTED, Verdict.SUPPORTED]
    assert "14 under 'Injured'" in report.findings[0].reason


def test_no_one_denies_only_its_own_deed(tmp_path: Path) -> None:
    # "no homes were damaged" is another subject's: Aldea's 0 homes do not confirm that nobody died
    villages = "# Villages\n\n| Village | Homes damaged | Deaths |\n| --- | --- | --- |\n| Aldea | 0 | 4 |\n| Borja | 37 | 0 |\n"
    (finding,) = checked(tmp_path, ["In Aldea, nobody was killed and no homes were damaged."], villages=villages).findings
    assert finding.verdict is Verdict.CONTRADICTED and "4 under 'Deaths'" in finding.reason


def test_a_rows_metres_are_no_millions(tmp_path: Path) -> None:
    from factcheck.analysis import analyse
    from factcheck.options import CheckOptions
    from factcheck.pipeline import build_corpus

    (tmp_path / "dams.md").write_text("# Dams\n\n| dam | height | cost |\n| --- | --- | --- |\n| Vajont | 600 m | $230m |\n", encoding="utf-8")
    corpus = build_corpus([str(tmp_path)], CheckOptions())
    allowed = corpus.allowed([str(tmp_path)])
    # "$230m" is near 230 million; "600 m" (metres) is not near 600 million
    assert [h.passage.line for h in corpus.near_figures(analyse("The dam cost $230 million."), allowed)] == [5]
    assert corpus.near_figures(analyse("The dam cost $600 million."), allowed) == []
    corpus.index.close()
