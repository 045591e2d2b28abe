"""Check-worthiness scores: numbers, names and attributions raise them; hedges and opinion lower them."""

from __future__ import annotations

from factcheck.analysis import analyse
from factcheck.extract.worthiness import names, score_sentence


def _score(text: str) -> float:
    return score_sentence(analyse(text)).score


def test_a_quantity_raises_the_score() -> None:
    assert _score("The agency counted 4,000 fighters in the region.") > _score("The agency counted fighters in the region.")


def test_a_year_raises_the_score() -> None:
    assert _score("The law on state security was adopted in 2012 by parliament.") > _score(
        "The law on state security was adopted by parliament."
    )


def test_attribution_raises_and_is_a_reason() -> None:
    plain = score_sentence(analyse("Unemployment in the region rose to 7% last year."))
    said = score_sentence(analyse("Unemployment in the region rose to 7% last year, according to the ministry."))
    assert said.score > plain.score
    assert "attribution: according to" in said.reasons


def test_hedge_lowers_with_its_weight_in_the_reason() -> None:
    firm = score_sentence(analyse("The strike cost the company 3 million euros in March."))
    hedged = score_sentence(analyse("The strike may have cost the company 3 million euros in March."))
    assert hedged.score < firm.score
    assert any(r.startswith("hedge: may -") for r in hedged.reasons)


def test_should_be_noted_is_not_a_hedge() -> None:
    worth = score_sentence(analyse("It should be noted that the group declared its support for the movement."))
    assert not any(r.startswith("hedge") for r in worth.reasons)


def test_opinion_and_questions_score_low() -> None:
    assert _score("I think the new stadium is a waste of money.") < 0.4
    assert _score("Did the council spend 4 million euros on the stadium in 2019?") < _score(
        "The council spent 4 million euros on the stadium in 2019."
    )


def test_scores_stay_in_the_unit_interval() -> None:
    loaded = "According to the ministry, 4,000 troops and 300 tanks of Russia and Belarus moved in 2014, more than in 2013."
    for text in (loaded, "Maybe it could perhaps seem possibly likely, I think, surely?", ""):
        assert 0.0 <= _score(text) <= 1.0


def test_names_join_words_and_connectors_but_stop_at_punctuation() -> None:
    found = names(analyse("One group, the Islamic Movement of Uzbekistan (IMU), backed it in Central Asia."))
    assert "Islamic Movement of Uzbekistan" in found
    assert "IMU" in found and "Central Asia" in found
    assert names(analyse("After Uzbekistan’s exit from the CSTO it was weaker.")) == ["Uzbekistan", "CSTO"]


def test_a_forecast_is_hedged() -> None:
    worth = score_sentence(analyse("Over ten years, the observatory is expected to catalogue 20 billion galaxies."))
    assert "hedge: is expected to -0.2" in worth.reasons


def test_a_count_after_the_names_things_and_is_no_quantity() -> None:
    worth = score_sentence(analyse("A new agreement between the two countries was finalized by the ministers."))
    assert not any(r.startswith("quantity") for r in worth.reasons)
    assert any(r.startswith("quantity") for r in score_sentence(analyse("Two countries left the treaty.")).reasons)
    assert any(r.startswith("quantity") for r in score_sentence(analyse("It hosts the 7,000 troops of the base.")).reasons)
