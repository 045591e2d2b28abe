"""Alignment: word forms, spellings, acronyms, and numbers paired by what they count."""

from __future__ import annotations

from factcheck.align import _context, align, align_one, foreign_owner, pair
from factcheck.analysis import analyse
from factcheck.model import Hit, Passage
from factcheck.numbers import Relation
from factcheck.options import CheckOptions, Thresholds
from factcheck.surroundings import Surroundings
from indexed_lines import indexed


def passage(text: str) -> Passage:
    return Passage(source="notes.md", text=text, line=1, start=0, end=len(text))


def test_acronym_in_claim_found_spelled_out() -> None:
    a = align_one(analyse("The NSC was signed into law in 2012."), passage("The National Security Concept was signed into law in 2012."))
    assert "NSC" not in a.missing


def test_spelled_out_claim_words_found_as_acronym() -> None:
    claim = analyse("Uzbekistan left the Collective Security Treaty Organization.")
    a = align_one(claim, passage("Uzbekistan left the CSTO."))
    assert a.missing == ()


def test_spelling_variants_of_names_match() -> None:
    a = align_one(analyse("Kudaiberdiev met Shoigu."), passage("Kudaiberdyev met Shoigu in Moscow."))
    assert a.missing_entities == ()


def test_number_paired_with_the_same_counted_noun() -> None:
    claim = analyse("Some 28,600 cases were recorded in Guinea, Liberia and Sierra Leone.")
    source = analyse("It recorded 28,616 confirmed, probable and suspected cases and 11,310 deaths in Guinea, Liberia and Sierra Leone.")
    pairs, unpaired = pair(claim, source)
    assert [p.source.text for p in pairs] == ["28,616"] and unpaired == ()


def test_a_date_before_a_is_no_rate() -> None:
    # "€60 a day" is a rate; "On 24 March 2005 a crowd marched" is a date
    claim = analyse("Protesters stormed the government headquarters in Bishkek on 24 April 2005.")
    pairs, unpaired = pair(claim, analyse("On 24 March 2005 a crowd marched on the government headquarters in Bishkek."))
    assert [p.source.text for p in pairs] == ["24 March 2005"] and unpaired == ()
    pairs, unpaired = pair(analyse("Workers earned about €60 in 2012."), analyse("Workers earned €60 a day in 2012."))
    assert [p.source.text for p in pairs] == ["2012"]


def test_a_period_after_every_is_no_rate() -> None:
    # "every 48 hours each man got ..." says how often; "12 hours each day" is a rate
    claim = analyse("The men ate two spoonfuls of tuna every two days.")
    pairs, unpaired = pair(claim, analyse("Every 48 hours each man got two spoonfuls of tuna."))
    assert ("48 hours", "agree") in [(p.source.text, p.check.relation.value) for p in pairs] and unpaired == ()
    pairs, _ = pair(analyse("The men worked for two days."), analyse("The men worked 48 hours each week."))
    assert "48 hours" not in [p.source.text for p in pairs]


def test_a_fiscal_year_labelling_a_line_owns_nothing() -> None:
    source = analyse("FY2012-13: $21.5 billion of garments, about 80% of all merchandise exports")
    pairs, _ = pair(analyse("Garments made up about 80% of merchandise exports in 2012-13."), source)
    share = next(p for p in pairs if p.source.text == "about 80%")
    assert not share.foreign
    pairs, _ = pair(analyse("Garments made up about 80% of merchandise exports."), analyse("Vietnam: about 80% of all merchandise exports"))
    assert next(p for p in pairs if p.source.text == "about 80%").foreign


def test_a_sentence_start_sharing_only_a_stem_with_a_name_is_no_name() -> None:
    claim = analyse("Clothing made up four-fifths of exports.")
    hits = [
        Hit(Passage("a.md", "The Clean Clothes Campaign counted the exports of garments.", 1, 0, 58), 1.0),
        Hit(Passage("b.md", "Buyers from British chains took a fifth of the exports.", 1, 0, 56), 1.0),
    ]
    aligned = align(claim, hits, CheckOptions(thresholds=Thresholds(related=0)))
    assert [t.text for t in aligned[0].claim.entities] == []
    # a known name's other form still makes one: "Britain" for "British"
    claim = analyse("Britain took a fifth of the exports.")
    aligned = align(claim, hits, CheckOptions(thresholds=Thresholds(related=0)))
    assert [t.text for t in aligned[0].claim.entities] == ["Britain"]


def test_a_figure_belongs_to_the_possessive_name_before_it() -> None:
    source = analyse("For comparison, the World Bank put Kyrgyzstan's remittances at about 31% of GDP in 2013.")
    pairs, _ = pair(analyse("In 2013 remittances were about 31% of Kyrgyzstan's GDP."), source)
    mine = next(p for p in pairs if p.source.text == "about 31%")
    assert not mine.foreign
    pairs, _ = pair(analyse("In 2013 remittances were about 31% of Tajikistan's GDP."), source)
    other = next(p for p in pairs if p.source.text == "about 31%")
    assert other.foreign and other.labelled


def test_whose_report_gives_a_figure_does_not_own_it() -> None:
    source = analyse("Lord Mersey's report put it at 22 knots, a speed it called excessive.")
    pairs, _ = pair(analyse("Titanic was steaming at 22 knots when she struck the iceberg."), source)
    assert not next(p for p in pairs if p.source.text == "22").foreign
    # so do whose figures imply a share
    pairs, _ = pair(analyse("Half of the population of Quetta city perished."), analyse("The Government's figures imply that about a third of the people of Quetta city died."))
    assert [(p.source.text, p.foreign) for p in pairs] == [("about a third", False)]
    # a possessive that is not whom the passage cites still owns its figure
    pairs, _ = pair(analyse("Titanic was steaming at 22 knots."), analyse("At the time Olympic's speed was 22 knots."))
    assert next(p for p in pairs if p.source.text == "22").foreign
    # nor does a name's own count become whom the passage cites
    pairs, _ = pair(analyse("In 2020, Norway counted 400 wolves in the forests of the north."), analyse("In 2020, Sweden's count of 400 wolves in the forests of the north was a record."))
    assert next(p for p in pairs if p.source.text == "400").foreign


def test_a_share_lost_is_a_change_from_a_to_b() -> None:
    claim = analyse("St Bernard Parish lost nearly half its residents between 2000 and 2010.")
    source = analyse("St Bernard Parish fell from 67,229 people in 2000 to 35,897 in 2010.")
    pairs, _ = pair(claim, source)
    share = next(p for p in pairs if p.claim.text == "nearly half")
    assert share.source.text == "67,229 to 35,897" and share.check.relation.value == "agree"


def test_a_cells_column_names_its_figure_but_not_whom_it_cites() -> None:
    from factcheck.align import foreign_owner

    claim = analyse("About 500 fighters from Kyrgyzstan joined the group.")
    row = analyse("Kyrgyzstan | 500 according to ICSR | 2015")
    (figure,) = [q for q in row.quantities if q.text == "500"]
    assert foreign_owner(claim, row, figure) == (False, False)
    row = analyse("2014 | 9.0 bcm Russia | 25.5 bcm China")
    assert [foreign_owner(analyse("China took 25.5 bcm in 2014."), row, q)[1] for q in row.quantities[1:]] == [True, False]


def test_a_column_heading_saying_what_a_figure_is_names_no_one() -> None:
    # a row read under its headings ("| Figure | Source |"): "Figure", "Measure" are no owners
    from factcheck.align import foreign_owner

    claim = analyse("The fire claimed 492 lives.")
    for heading in ("Figure", "Estimate", "Number", "Measure", "Quantity", "Amount"):
        row = analyse(f"490 dead {heading} | Fire Commissioner Reilly, official report | November 1943")
        assert foreign_owner(claim, row, row.quantities[0]) == (False, False), heading

def test_a_rows_figure_is_read_with_its_own_cell_not_its_neighbours() -> None:
    claim = analyse("PAGASA reported gusts as strong as 275 km/h.")
    row = analyse("PAGASA (Philippines) | 10 minutes | 235 km/h at landfall | gusts up to 275 km/h")
    pairs, _ = pair(claim, row)
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("up to 275 km/h", "agree")]
    # a cell of words beside the label still names what the row's figures are of
    row = analyse("12 January 2010 | Léogâne, west of Port-au-Prince, Haiti | 7.0 | 13 km")
    (magnitude,) = [q for q in row.quantities if q.text == "7.0"]
    assert "haiti" in _context(row, magnitude)


def test_a_figure_before_in_and_a_place_is_that_places() -> None:
    claim = analyse("Fewer than one household in twenty in Hyogo was insured against earthquakes.")
    found = analyse("Only about 3 per cent of households in Hyogo held cover, against some 16 per cent in the Tokyo region.")
    assert [foreign_owner(claim, found, q)[1] for q in found.quantities] == [False, True]
    # with no noun between, only against another figure of its kind: the claim's own place or scale
    for text in ("The collision of two Boeing 747s killed 583 at Los Rodeos airport.", "The Kobe quake measured 6.9 on the Richter scale."):
        found = analyse(text)
        assert not any(foreign_owner(analyse("The disaster killed 583 people and measured 6.9."), found, q)[1] for q in found.quantities), text


def test_a_name_a_cost_falls_on_owns_no_figure() -> None:
    claim = analyse("Raising the Kursk cost some $130 million.")
    found = analyse("Klebanov said that the operation would cost Russia about $65 million.")
    assert foreign_owner(claim, found, found.quantities[0]) == (False, False)
    # ... unless the claim names who paid
    found = analyse("The flood cost Austria $5 billion and Germany $2 billion.")
    assert foreign_owner(analyse("The flood cost Germany $5 billion."), found, found.quantities[0])[0]
    # the name right before a figure still owns it elsewhere
    found = analyse("The operation was paid for by Russia and Norway, with Norway 65 million.")
    assert foreign_owner(claim, found, found.quantities[-1])[0]


def test_a_row_labelled_by_the_claims_name_is_its_own_whatever_its_columns_are_called() -> None:
    claim = analyse("Scotland voted to stay in the EU by roughly 62 per cent to 38.")
    row = analyse("Scotland | 62.0% Remain | 38.0% Leave | 67.2% turnout")
    pairs, _ = pair(claim, row)
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("62.0%", "agree"), ("38.0%", "agree")]
    # a row labelled by something else keeps its columns' names as owners
    row = analyse("2014 | 9.0 bcm Russia | 25.5 bcm China")
    assert [q.text for q in row.quantities if foreign_owner(analyse("China took 25.5 bcm in 2014."), row, q)[1]] == ["9.0 bcm"]


def test_a_share_of_the_vote_gained_is_no_change() -> None:
    from factcheck.align import _a_change

    claim = analyse("The party gained 40% of the vote.")
    assert not _a_change(claim, claim.quantities[0])
    claim = analyse("The parish lost nearly half its residents.")
    assert _a_change(claim, claim.quantities[0])


def test_counts_far_apart_are_not_paired_over_a_close_one() -> None:
    claim = analyse("Crisis Group estimated that 2,000-4,000 Central Asians had gone to Syria.")
    source = analyse("Crisis Group reckoned that between two and four thousand people from the five Central Asian republics had gone to Syria.")
    pairs, _ = pair(claim, source)
    assert pairs[0].source.text == "between two and four thousand"


def test_a_sentence_start_is_a_name_when_the_candidates_write_it_as_one() -> None:
    claim = analyse("Nigeria contained its outbreak to 20 cases.")
    hits = [Hit(Passage("a.md", "Doctors praised how Nigeria handled the outbreak.", 1, 0, 49), 1.0)]
    aligned = align(claim, hits, CheckOptions(thresholds=Thresholds(related=0)))
    assert [t.text for t in aligned[0].claim.entities] == ["Nigeria"]
    assert [t.text for t in claim.entities] == []  # the caller's analysis is left as it was


def test_hyphenated_words_match_their_parts() -> None:
    a = align_one(analyse("An EU-brokered deal was signed."), passage("A deal brokered by the EU was signed."))
    assert "EU-brokered" not in a.missing
    a = align_one(analyse("Tajik and Afghan guards met."), passage("Tajik-Afghan guards met."))
    assert a.missing == ()


def test_romanisations_of_one_name_match() -> None:
    a = align_one(analyse("Sergey Shoigu met Abibilla Kudaiberdyev."), passage("Sergei Shoigu met Abibilla Kudaiberdiev."))
    assert a.missing == ()


def test_an_organisation_is_found_under_its_other_names() -> None:
    for text in ("The Islamic State recruited them.", "IS recruited them.", "Daesh recruited them."):
        a = align_one(analyse("ISIL recruited them."), passage(text))
        assert a.missing_entities == (), text


def test_the_sentence_after_a_passage_lacking_the_figure_is_aligned_too() -> None:
    index, passages = indexed("mh17.md", [
        "Malaysia Airlines flight MH17 was shot down over the Donetsk region of eastern Ukraine on 17 July 2014.",
        "All 298 people on board died: 283 passengers and 15 crew.",
    ])
    claim = analyse("Nearly 300 people were killed when MH17 was shot down over eastern Ukraine in July 2014.")
    # the index found only the first sentence; the second gives the figure
    got = align(claim, [Hit(passages[0], 1.0)], CheckOptions(), context=Surroundings(index))
    assert [a.passage.line for a in got] == [1, 2]
    assert any(p.source.text == "298" for p in got[1].pairs)
    # so does one whose figure only disagrees: the sentence after may end the time it begins
    index, passages = indexed("emergency.md", [
        "The government declared a national state of emergency on 23 February 2011, the first in New Zealand's history; "
        "every earlier emergency, including the September 2010 one, had been declared by local councils.",
        "It was lifted on 30 April 2011.",
    ])
    claim = analyse("New Zealand declared a nationwide state of emergency, and it stayed in force for just over two months.")
    got = align(claim, [Hit(passages[0], 1.0)], CheckOptions(), context=Surroundings(index))
    assert [a.passage.line for a in got] == [1, 2]
    assert [(p.source.text, p.check.relation.value) for p in got[1].pairs] == [("23 February 2011 to 30 April 2011", "agree")]


def test_a_part_of_a_whole_pairs_with_a_claimed_share() -> None:
    claim = analyse("About seven in ten pupils at the school were killed by the tsunami.")
    found = analyse("At the school, 74 of its 108 pupils and 10 of its teachers were killed.")
    pairs, _ = pair(claim, found)
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("74 of 108", "agree")]
    # ... and so does a part given first, its whole after "out of"
    pairs, _ = pair(analyse("Close to half of the boats were lost."), analyse("About 77 vessels of the fishing fleet were lost or wrecked, out of roughly 160 based at the port."))
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("About 77 of roughly 160", "agree")]
    # (of one thing: five people pulled out of forty cars are no share of the cars)
    pairs, _ = pair(analyse("One in eight cars was damaged."), analyse("Rescuers pulled 5 people out of 40 cars."))
    assert "5 of 40" not in [p.source.text for p in pairs]


def test_how_long_a_state_lasted_is_not_how_soon_something_happened() -> None:
    claim = analyse("Greenville was under water for upwards of two months.")
    assert pair(claim, analyse("The water reached Greenville within a day or so."))[0] == ()
    pairs, _ = pair(claim, analyse("The town stayed flooded for more than two months."))
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("more than two months", "agree")]
    # "within" against "within", or a duration neither way, still pairs
    pairs, _ = pair(analyse("All 33 were brought up within a day."), analyse("The rescue was over within a day."))
    assert [p.check.relation.value for p in pairs] == ["agree"]


def test_two_amounts_pair_with_a_claimed_multiple_or_share_of_another() -> None:
    claim = analyse("Turkmengaz's stake in the pipeline company is seventeen times the size of GAIL's.")
    found = analyse("Turkmengaz holds 85% of the project company, and India's GAIL 5%.")
    pairs, _ = pair(claim, found)
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("85% against 5%", "agree")]
    claim = analyse("The channel was cut to about a third of its usual depth.")
    found = analyse("The shipping channel, normally kept at 40 feet, was cut to 14 feet.")
    assert [p.source.text for p in pair(claim, found)[0]] == ["14 feet of 40 feet"]
    # a ratio that does not agree is no figure of the passage's; nor is a change a ratio
    assert pair(analyse("The channel was cut to about a tenth of its usual depth."), found)[0] == ()
    assert pair(analyse("The company's stake tripled."), analyse("It holds 85% of the project company, and GAIL 5%."))[0] == ()
    # an open bound is met only near it
    assert pair(analyse("The highest toll is more than fifteen times the lowest."), analyse("The tolls range from 7 to 8,800."))[0] == ()
    # two exact figures stand in one ratio, not in any their rounding allows
    found = analyse("The Forum gave a figure of $5 million; the damages sought were $100 million.")
    assert pair(analyse("The damages sought were twenty times the figure given by the Forum."), found)[0]
    assert pair(analyse("The damages sought were thirty times the figure given by the Forum."), found)[0] == ()
    # a share of one share is no share; "three times" may say how often
    found = analyse("The Liberal party won 20 percent of the vote and Social Credit 50 percent.")
    pairs, _ = pair(analyse("The Liberal party won about 40 percent of the vote."), found)
    assert [p.check.relation.value for p in pairs] == ["disagree"]
    found = analyse("The dam was repaired in 1881 at a cost of $2,000 and again at a cost of $6,000.")
    assert pair(analyse("The dam was repaired three times the following decade."), found)[0] == ()


def test_a_part_of_them_is_a_share_of_the_sentence_befores_count() -> None:
    index, passages = indexed("toll.md", [
        "There were 226 men on the platform that night.",
        "165 of them died in the fire.",
    ])
    context = Surroundings(index)
    near = align_one(analyse("Close to three-quarters of the men on the platform died in the fire."), passages[1], context)
    assert [(p.source.text, p.check.relation.value) for p in near.pairs] == [("165 of 226", "agree")]
    half = align_one(analyse("Fewer than half of the men on the platform died in the fire."), passages[1], context)
    assert [(p.source.text, p.check.relation.value) for p in half.pairs] == [("165 of 226", "disagree")]
    assert (half.pairs[0].source.start, half.pairs[0].source.end) == (0, 3)  # where the part stands
    # "of those rescued" are not all of the sentence before's count
    index, passages = indexed("ferry.md", ["The ferry carried 476 people and 150 cars.", "100 of those rescued were students."])
    got = align_one(analyse("About two-thirds of those rescued were students."), passages[1], Surroundings(index))
    assert "100 of 150" not in [p.source.text for p in got.pairs]


def test_a_passage_giving_the_claims_figure_is_read_with_the_sentence_before() -> None:
    index, passages = indexed("vote.md", [
        "On 27 June 2010 Kyrgyz voters adopted a new constitution in a referendum.",
        "According to the Central Election Commission, 90.6 per cent of those who voted approved it.",
    ])
    claim = analyse("Over 90% of those who cast ballots in the June 2010 referendum backed the new constitution.")
    got = align_one(claim, passages[1], Surroundings(index))
    assert "constitution" not in got.missing and "referendum" not in got.missing


def test_a_figure_written_in_words_counts_in_digits_when_candidates_are_preselected() -> None:
    claim = analyse("Sixteen people died in the car bombings in Tashkent.")
    others = [Hit(passage(f"Officials met reporters on day {i}."), 2.0) for i in range(25)]
    toll = Hit(passage("The prosecutor-general gave a final toll of 16 dead and 128 injured."), 1.0)
    got = align(claim, [*others, toll], CheckOptions())
    assert any(a.passage.text == toll.passage.text for a in got)


def test_measures_of_different_things_are_not_paired() -> None:
    claim = analyse("Tajik agencies seized about 4.8 tonnes of opium in 2004.")
    heroin, _ = pair(claim, analyse("Tajik agencies seized about 4.8 tonnes of heroin in 2004."))
    assert [p.source.text for p in heroin] == ["2004"]
    opium, _ = pair(claim, analyse("In 2004 about 4.8 tonnes of the opium were seized by Tajik agencies."))
    assert "about 4.8 tonnes" in [p.source.text for p in opium]


def test_a_rows_bare_count_counts_what_its_label_names() -> None:
    claim = analyse("The Red Cross reported more than 1,100 deaths from the storm.")
    homes, _ = pair(claim, analyse("Homes destroyed | 1,300 | Red Cross"))
    assert homes == ()
    dead, _ = pair(claim, analyse("Deaths | 1,300 | Red Cross"))
    assert [p.source.text for p in dead] == ["1,300"]
    # (a label naming the claim's own thing, or a figure with a noun of its own, pairs as before)
    houses, _ = pair(analyse("About 1,300 homes were destroyed."), analyse("Homes destroyed | 1,300 | Red Cross"))
    assert [p.source.text for p in houses] == ["1,300"]
    # only a label naming things by what befell them: a row of people is read as before
    aboard, _ = pair(analyse("About 120 people were aboard."), analyse("Passengers | 120 | manifest"))
    assert [p.source.text for p in aboard] == ["120"]


def test_a_part_named_after_its_whole_pairs_with_a_claimed_share() -> None:
    claim = analyse("Fewer than half of the 47 people killed in the 2004 attacks were militants.")
    found = analyse("The 2004 attacks killed 47 people by the official count, 33 of whom were militants.")
    pairs, _ = pair(claim, found)
    assert ("33 of 47", "disagree") in [(p.source.text, p.check.relation.value) for p in pairs]


def test_a_part_after_its_whole_pairs_with_a_claimed_share() -> None:
    claim = analyse("More than nine in ten of those aboard the ship died.")
    pairs, _ = pair(claim, analyse("Of the 126 people aboard the ship, 115 died."))
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("115 of 126", "agree")]
    pairs, _ = pair(analyse("About one in five of them died in 1986."), analyse("Of the 134, 28 died in 1986."))
    assert ("28 of 134", "agree") in [(p.source.text, p.check.relation.value) for p in pairs]
    # the whole may be described at length before its part
    found = analyse("Of the 31 bridges across the Lyns and their tributaries in the district, 28 were destroyed.")
    pairs, _ = pair(analyse("Roughly nine in every ten bridges in the district were destroyed."), found)
    assert ("28 of 31", "agree") in [(p.source.text, p.check.relation.value) for p in pairs]
    # two counts in a list are no part and whole
    pairs, _ = pair(claim, analyse("Of the two ships, 126 and 115 people were aboard."))
    assert "115 of 126" not in [p.source.text for p in pairs]
    # nor is an "of the" inside a clause a whole
    pairs, _ = pair(analyse("12% of the stores closed last year."), analyse("As a result of the 500 job cuts, 60 stores closed last year."))
    assert "60 of 500" not in [p.source.text for p in pairs]


def test_a_substance_and_its_qualified_name_are_one_substance() -> None:
    claim = analyse("Turkmenistan exported some 40 billion cubic metres of gas to China in 2019.")
    pairs, _ = pair(claim, analyse("In 2019 Turkmenistan sold China about 40 billion cubic metres of natural gas."))
    assert "about 40 billion cubic metres" in [p.source.text for p in pairs]


def test_what_a_measure_is_of_is_the_last_word_of_its_phrase() -> None:
    from factcheck.align import _substance

    def of(text: str) -> str | None:
        a = analyse(text)
        return _substance(a, next(q for q in a.quantities if q.kind == "measure"))

    assert of("some 29 billion tonnes of carbon dioxide into the atmosphere") == of("29 billion tons of carbon dioxide")
    assert of("40 billion cubic metres of natural gas to China") == of("40 billion cubic metres of gas")
    assert of("4.8 tonnes of heroin in 2004") != of("4.8 tonnes of Afghan opium")


def test_a_verb_after_what_a_measure_is_of_does_not_make_it_another_substance() -> None:
    # the phrase "of the crude made its way" runs on to the verb, which is no part of it
    claim = analyse("Roughly 100,000 litres of the crude made its way into the lake and the Chaudière River.")
    pairs, _ = pair(claim, analyse("Some 100,000 litres of crude had reached the lake and the Chaudière River."))
    assert [(p.source.text, p.check.relation.value) for p in pairs] == [("Some 100,000 litres", "agree")]
    # while two heads stay two substances: "heroin" is not "heroin precursor chemicals"
    pairs, _ = pair(analyse("They shipped 40 bcm of natural gas to China."), analyse("They shipped 40 bcm of natural rubber to China."))
    assert pairs == ()
    pairs, _ = pair(analyse("Police seized 4.8 tonnes of heroin."), analyse("Police seized 4.8 tonnes of heroin precursor chemicals."))
    assert pairs == ()


def test_a_given_name_after_the_family_name_may_be_left_out() -> None:
    claim = analyse("Ban Ki-moon flew over the flooded delta with Than Shwe on 22 May 2008.")
    got = align_one(claim, passage("On 22 May 2008 Ban flew over the flooded delta with Than Shwe."))
    assert got.missing_entities == ()
    # another Park is not Park Geun-hye
    got = align_one(analyse("Park Geun-hye won 51.6% of the vote."), passage("Park Chung-hee won 51.6% of the vote."))
    assert "Geun-hye" in got.missing_entities


def test_a_time_between_two_dates_may_span_the_two_sentences_before() -> None:
    index, passages = indexed("mosul.md", [
        "The battle to retake Mosul opened on 17 October 2016.",
        "On 21 June 2017 the group blew up the al-Nuri mosque.",
        "The prime minister declared victory in Mosul on 10 July 2017.",
    ])
    claim = analyse("The battle to retake Mosul lasted almost nine months, to its victory on 10 July 2017.")
    got = align_one(claim, passages[2], Surroundings(index))
    assert ("17 October 2016 to 10 July 2017", "agree") in [(p.source.text, p.check.relation.value) for p in got.pairs]


def test_a_window_of_the_day_lasts_from_its_first_time_to_its_last() -> None:
    pairs, _ = pair(analyse("The storm's main force lasted about two hours."), analyse("Its main force fell between 1 am and 3 am on the islands."))
    got = next(p for p in pairs if p.claim.text == "about two hours")
    assert got.check.relation is Relation.AGREE and got.source.text == "between 1 am and 3 am", got.check.reason


def test_against_is_no_word_two_figures_share() -> None:
    # "insured against earthquakes" and "against some 16 per cent in the Tokyo region" share no word
    pairs, _ = pair(
        analyse("Fewer than one household in twenty in Hyogo was insured against earthquakes."),
        analyse("Only about 3 per cent of households in Hyogo prefecture held earthquake cover, against some 16 per cent in the Tokyo region."),
    )
    assert pairs[0].source.text == "about 3 per cent" and pairs[0].check.relation is Relation.AGREE


def test_figures_given_as_alternatives_are_read_alike() -> None:
    claim = analyse("A total of 191 fishermen lost their lives in the 1881 storm.")
    row = analyse("Eyemouth disaster | 14 October 1881 | 189 (Museum) or 191 (Fishery Board) fishermen lost | 23 boats lost")
    pairs, _ = pair(claim, row)
    # a name in brackets after a figure says who gave it, not whose it is
    assert ("191", "191", "agree") in [(p.claim.text, p.source.text, p.check.relation.value) for p in pairs]
    from factcheck.align import alternatives

    # a slash sets two figures apart as alternatives only after who gave the first
    for text, expected in (("6.26 pm (L'Équipe) / 6.28 pm (The Motor)", True), ("Men / women among the dead: 28 / 116", False), ("The vote was 52 / 48", False)):
        found = analyse(text).quantities
        assert alternatives(text, found[-2], found[-1]) is expected, text


def test_a_name_in_brackets_owns_a_figure_only_inside_them() -> None:
    # "(Museum)" closes before 191: it gave the 189; inside an open bracket a name still owns
    row = analyse("Eyemouth disaster | 189 (Museum) or 191 (Fishery Board) | 23 boats lost")
    figure = next(q for q in row.quantities if q.low == 191)
    assert foreign_owner(analyse("A total of 191 fishermen lost their lives."), row, figure) == (False, False)
    borders = analyse("Kyrgyzstan borders its neighbours (Uzbekistan 1,099 km, Tajikistan 870 km).")
    figure = next(q for q in borders.quantities if q.low == 870)
    assert foreign_owner(analyse("Kyrgyzstan's border with Uzbekistan is 870 km long."), borders, figure)[0]


def test_one_passage_figure_counts_one_thing() -> None:
    # the part and its whole: "about 150" is the whole's, so the passage gives no part
    pairs, unpaired = pair(analyse("More than twenty of the roughly 150 people injured in the fire were firefighters."), analyse("About 150 people were injured in the fire."))
    assert [(p.claim.text, p.source.text) for p in pairs] == [("roughly 150", "About 150")]
    assert [q.text for q in unpaired] == ["More than twenty"]
    pairs, unpaired = pair(analyse("Nine of the 28 men killed at Flixborough were under 30."), analyse("The explosion killed 28 men at Flixborough."))
    assert [p.claim.text for p in pairs] == ["28"] and "Nine" in [q.text for q in unpaired]
    # two days of the week: the passage's Tuesday is not the claim's Sunday too
    pairs, unpaired = pair(analyse("The fire was contained on a Tuesday, after it broke out on Sunday."), analyse("It was contained on Tuesday 22 October 1991."))
    assert [(p.claim.text, p.source.text) for p in pairs] == [("Tuesday", "22 October 1991")]
    assert [q.text for q in unpaired] == ["Sunday"]
    # ... while one day told in several ways, or a range within a range, shares one figure
    pairs, unpaired = pair(analyse("The crash happened between noon and one o'clock on a Thursday in late August 1868."), analyse("The collision came at about 12:45 pm on Thursday 20 August 1868."))
    assert len(pairs) == 3 and unpaired == ()
    pairs, unpaired = pair(analyse("The CIA put the group's strength at between 20,000 and roughly 30,000 fighters."), analyse("The CIA estimated 20,000 to 31,500 fighters."))
    assert len(pairs) == 2 and all(p.check.relation is Relation.AGREE for p in pairs)
    # ... and so may two steps of one figure: the passage's may be either's
    pairs, _ = pair(analyse("The death toll rose from 25 to 31."), analyse("The final death toll was 25."))
    assert [(p.claim.text, p.check.relation) for p in pairs] == [("25", Relation.AGREE), ("31", Relation.DISAGREE)]
    # not two figures that are no range: a toll is no count of the homeless
    pairs, unpaired = pair(analyse("The quake killed 20,000 people and left 25,000 homeless."), analyse("The quake killed between 20,000 and 31,500 people."))
    assert [p.claim.text for p in pairs] == ["20,000"] and [q.text for q in unpaired] == ["25,000"]
    # two dates that differ do not share one; a year and its date may
    pairs, unpaired = pair(analyse("The fire broke out on 20 October 1991 and was contained on 23 October 1991."), analyse("The fire was declared contained on 23 October 1991."))
    assert [p.claim.text for p in pairs] == ["23 October 1991"] and [q.text for q in unpaired] == ["20 October 1991"]
    pairs, unpaired = pair(analyse("The fire of October 1991 was contained on 23 October 1991."), analyse("The fire was declared contained on 23 October 1991."))
    assert len(pairs) == 2 and unpaired == ()
    # the part a passage gives goes to the claim's part, not its whole
    pairs, _ = pair(analyse("More than twenty of the roughly 150 people injured were children."), analyse("About 150 people were injured, among them 22 children."))
    assert [(p.claim.text, p.source.text) for p in pairs] == [("More than twenty", "22"), ("roughly 150", "About 150")]
    # lengths are set against each other in one unit
    pairs, _ = pair(analyse("A gauge a couple of miles up the valley caught more than 180 millimetres of rain."), analyse("Lesnewth, about two miles upstream, measured 181 mm."))
    assert [(p.claim.text, p.source.text) for p in pairs] == [("a couple of miles", "about two miles"), ("more than 180 millimetres", "181 mm")]


def test_a_figure_in_apposition_belongs_to_the_name_before_it() -> None:
    claim = analyse("The Mont Blanc road tunnel is a little over seven miles long.")
    other = analyse("The Gotthard tunnel, 16.9 kilometres long and opened in 1980, is also a single bore, unlike Mont Blanc.")
    own = analyse("The Mont Blanc tunnel, 11.6 kilometres long, opened in 1965.")
    assert foreign_owner(claim, other, next(q for q in other.quantities if q.kind == "measure"))[0]
    assert not foreign_owner(claim, own, next(q for q in own.quantities if q.kind == "measure"))[0]
