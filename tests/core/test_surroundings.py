"""Words a passage inherits from its document's title and the sentence before it."""

from __future__ import annotations

from factcheck.analysis import analyse
from factcheck.index.memory import MemoryIndex
from factcheck.model import Passage
from factcheck.surroundings import Surroundings, is_row
from indexed_lines import indexed

TEXTS = [
    "The Channel Tunnel in figures",
    "The Channel Tunnel links Folkestone with Coquelles.",
    "It is 50.45 km long.",
    "The Seikan Tunnel in Japan is 53.85 km long.",
]


def tunnels() -> tuple[MemoryIndex, list[Passage]]:
    return indexed("notes/tunnels.md", TEXTS)


def make() -> tuple[Surroundings, list[Passage]]:
    index, passages = tunnels()
    return Surroundings(index), passages


def test_pronoun_passage_inherits_title_and_previous_sentence() -> None:
    around, passages = make()
    claim = analyse("The Channel Tunnel is 50 km long.")
    got = around(passages[2], analyse(passages[2].text), claim)
    assert {"channel", "tunnel", "folkeston"} <= got


def test_passage_naming_another_thing_inherits_only_the_title() -> None:
    around, passages = make()
    claim = analyse("The Channel Tunnel is 54 km long.")
    got = around(passages[3], analyse(passages[3].text), claim)
    assert "folkeston" not in got  # the sentence before is about the Channel Tunnel, not Seikan
    assert "tunnel" in got  # from the file name and title


def test_a_passage_inherits_the_claims_acronym_the_sentence_before_spells_out() -> None:
    # ... and only the claim's: an acronym of the sentence before ("NY") lends no claim words
    for before, claim, lent, not_lent in (
        ("The Veterans Administration counted 49 dead at the hospital.",
         "About three in every four of the dead died at the VA hospital.", "va", None),
        ("The Veterans Administration and the NY police counted them at Olive View.",
         "The VA hospital near Newhall Yard accounted for 45 deaths.", "va", "yard"),
    ):
        index, passages = indexed("notes/hospital.md", ["The hospital", before, "Either way, the hospital accounted for 44 of the deaths."])
        got = Surroundings(index)(passages[2], analyse(passages[2].text), analyse(claim))
        assert lent in got and not_lent not in got, got


def test_a_tables_first_row_is_not_a_title() -> None:
    index = MemoryIndex()
    rows = ["country: Turkmenistan; fighters: 360", "country: Uzbekistan; fighters: 500"]
    passages = [Passage("fighters.csv", text, line, 40 * line, 40 * line + len(text)) for line, text in enumerate(rows, 2)]
    index.replace("fighters.csv", "d", passages)
    around = Surroundings(index)
    claim = analyse("The tally counted 360 fighters from Turkmenistan.")
    assert "turkmenistan" not in around(passages[1], analyse(passages[1].text), claim)



def test_a_table_row_inherits_its_header_and_the_sentence_before_the_table() -> None:
    lines = [
        "Estimates of Russian troops massed near the border differed:",
        "when | who | estimate",
        "late March 2014 | Andriy Parubiy | 80,000",
        "April 2014 | NATO | about 40,000",
        "Moscow said the troops were on exercises.",
    ]
    index, passages = indexed("forces.md", lines)
    around = Surroundings(index)
    claim = analyse("NATO estimated that 80,000 Russian troops were massed on the border.")
    for row in passages[2:4]:  # whatever the row names, it inherits what its cells measure
        assert {"estim", "troop", "mass", "border"} <= around(row, analyse(row.text), claim), row.text
    assert around.table(passages[4]) == frozenset()  # the sentence after the table is no row
    assert around.table(passages[0]) == frozenset()


def test_a_labelled_list_row_inherits_the_lines_introducing_the_list() -> None:
    lines = [
        "The December 2015 update lists foreign fighters in Syria and Iraq by country.",
        "For Central Asia its table gives:",
        "Uzbekistan: 500",
        "Kyrgyzstan: 500",
        "The report notes that counts lag behind events.",
    ]
    index, passages = indexed("fighters.md", lines)
    around = Surroundings(index)
    for row in passages[2:4]:
        assert {"syria", "iraq", "fighter", "central", "asia"} <= around.table(row), row.text
    assert around.table(passages[4]) == frozenset()
    assert not is_row("The report said: 500 died in 2014 and many more later in the east of the country.")


def test_an_item_of_a_list_inherits_the_lines_introducing_the_list() -> None:
    lines = [
        "Lindale mill fire",
        "When the fire reached the weaving shed",
        "Accounts of the hour differ:",
        "the county coroner wrote that it came at about a quarter past two in the afternoon;",
        "the Lindale Courier gave about half past three in the afternoon;",
        "The mill was never rebuilt.",
    ]
    index, passages = indexed("lindale.md", lines)
    around = Surroundings(index)
    claim = analyse("The flames reached the weaving shed at around 3.30 pm.")
    for item in passages[3:5]:  # the heading over the list's introduction says what the hours are
        assert {"reach", "weav", "shed", "hour", "differ"} <= around(item, analyse(item.text), claim), item.text
    assert "shed" not in around(passages[5], analyse(passages[5].text), claim)  # no item
    # the list's items are what its heading, or its introduction, introduces
    assert around.items(passages[1]) == around.items(passages[2]) == passages[3:5]
    assert around.items(passages[3]) == around.items(passages[5]) == []


def test_an_item_inherits_only_a_heading_before_its_lists_introduction() -> None:
    lines = [
        "Tower fires in London",
        "The Lakanal House fire in Camberwell killed six people in 2009.",
        "Its death toll was disputed for months:",  # (an introduction may open with a pronoun)
        "the police first gave 71;",
        "the public inquiry later gave 72.",
    ]
    index, passages = indexed("fires.md", lines)
    around = Surroundings(index)
    claim = analyse("The Lakanal House fire killed 72 people.")
    item = passages[4]
    got = around(item, analyse(item.text), claim)
    assert {"death", "toll", "disput"} <= got, got  # the introduction
    assert "lakanal" not in got and "camberwel" not in got, got  # not the sentence before it


class NoWholeSources:
    """An index that refuses to list a source's passages, so surroundings must look neighbours up."""

    def __init__(self, index: MemoryIndex) -> None:
        self._index = index

    def passages(self, source: str) -> list[Passage]:
        raise AssertionError(f"{source} read whole")

    def __getattr__(self, name: str) -> object:
        return getattr(self._index, name)


def test_an_item_ending_with_a_semicolon_is_an_item_whatever_it_opens_with() -> None:
    lines = [
        "Accounts differ on the exact minute:",
        "Nobile's book gives 10:33;",
        "Behounek's diary says about 10:25;",
        "the official inquiry of 1929 settled on about half past ten.",
        "Nobile ordered the engines stopped.",
    ]
    index, passages = indexed("crash.md", lines)
    around = Surroundings(index)
    assert around.items(passages[0]) == passages[1:4]
    claim = analyse("The airship struck the ice at 10:25 in the morning.")
    assert {"account", "differ", "exact", "minut"} <= around(passages[2], analyse(passages[2].text), claim)


def test_the_rows_beside_a_row_are_the_other_rows_of_its_table() -> None:
    lines = [
        "The make-up of the train is given two ways:",
        "| source | carriages behind the engines |",
        "| --- | --- |",
        "| Midland Railway statement | eight |",
        "| The Times, 26 December | nine |",
        "At the rear were sleeping cars.",
    ]
    index, passages = indexed("train.md", lines)
    around = Surroundings(index)
    times = next(p for p in passages if "Times" in p.text)
    midland = next(p for p in passages if "Midland" in p.text)
    assert around.rows(times) == [midland]  # (not the header, nor the sentences around the table)
    assert around.rows(midland) == [times]
    assert around.rows(passages[0]) == []


def test_surroundings_never_read_a_whole_source() -> None:
    index, passages = tunnels()
    around = Surroundings(NoWholeSources(index))  # type: ignore[arg-type]
    claim = analyse("The Channel Tunnel is 50 km long.")
    got = around(passages[2], analyse(passages[2].text), claim)
    assert got == Surroundings(index)(passages[2], analyse(passages[2].text), claim)
    assert {"channel", "tunnel", "folkeston"} <= got


def test_a_passage_citing_its_source_still_inherits_the_sentence_before() -> None:
    lines = [
        "Abibilla Kudaiberdiev served as Kyrgyzstan's defence minister in 2014.",
        "He held talks with Sergei Shoigu on several occasions (RIA Novosti, June 2015).",
    ]
    index, passages = indexed("m.md", lines)
    claim = analyse("Kudaiberdyev held talks with Sergey Shoigu.")
    assert "kudaiberdiev" in Surroundings(index)(passages[1], analyse(passages[1].text), claim)


def test_a_passage_opening_with_a_pronoun_inherits_the_sentence_before_whatever_else_it_names() -> None:
    lines = [
        "The largest plant is Toktogul, a concrete gravity dam on the Naryn.",
        "Its height is given as 215 metres by the Asian Development Bank and as 230 m in Soviet references.",
        "Kambarata-1 would stand 256 metres high according to the Asian Development Bank.",
    ]
    index, passages = indexed("k.md", lines)
    claim = analyse("The Toktogul dam stands 230 metres tall.")
    around = Surroundings(index)
    assert "toktogul" in around(passages[1], analyse(passages[1].text), claim)
    # a passage naming another thing, with no pronoun leaning back, does not borrow the name
    assert "toktogul" not in around(passages[2], analyse(passages[2].text), claim)


def test_a_lower_case_opening_leans_back_unless_it_opens_a_name() -> None:
    from factcheck.surroundings import leans_back

    assert leans_back("press reports from the same year spoke of as many as 1,750 troops;")
    assert leans_back("Its height is given as 215 metres.")
    assert not leans_back("de Gaulle spoke in Algiers in 1958.")
    # what is found "in it" is found in what the sentence before names
    assert leans_back("Occidental said that the bodies of 81 men had been found in it.")
    assert not leans_back("Occidental said that it had found the bodies of 81 men.")
    # another estimate of "the number" or of "it" estimates what the sentence before counts
    assert leans_back("A later University of Canterbury account put the number at about 9,000.")
    assert leans_back("Later work by naval architects puts it nearer 20.5 knots.")
    assert not leans_back("The Church Property Trustees put the cathedral's cost at about $104 million.")
    # "for the same shock": the thing the sentence before names
    assert leans_back("The US Geological Survey's moment magnitude for the same shock was 6.1.")
    assert not leans_back("The US Geological Survey gave the same magnitude as GNS.")
    # a time or a likeness is no thing named before: a new thing may happen then, or be alike
    assert not leans_back("A quake of the same magnitude struck Northridge a year earlier, killing 57 people.")
    assert not leans_back("At the same time, the Woolsey Fire burned 96,949 acres near Malibu.")
    assert leans_back("Analysts put the death toll at 9,000.")
    assert not leans_back("Drought put it at risk of closure in 2019.")
    # another source "gave" a figure: its own estimate of what the sentence before counts
    assert leans_back("The Times gave his age as 69; the Gentleman's Magazine obituary gave 68.")
    assert leans_back("A report by the Fishery Board in 1882 gave a total of 191 rather than 189.")
    assert leans_back("The Park Service gives a figure of about 80.")
    assert leans_back("The coroner gave a final toll of 62.")
    assert leans_back("Reports at the time of the declaration gave 3,481 cases and 2,299 deaths.")
    assert leans_back("The health ministry, counting those treated in its hospitals, recorded 14.")
    assert leans_back("Later surveys estimated about 2,000.")
    assert not leans_back("The Board gave its approval in 1990.")
    # a figure of another thing handed out counts nothing the sentence before counts
    assert not leans_back("The city hospital gave 300 tetanus shots in the following week.")
    assert not leans_back("The judge gave 4 of them suspended sentences.")
    assert not leans_back("Britain gave $5 million to the relief fund.")
    assert leans_back("The Emergencies Ministry's final summary gives 13 people injured.")
    # (a retrospective "which gave the toll" is itself the thing spoken of)
    assert not leans_back("The BBC retrospective, which gave the toll as 22, included interviews.")
    assert not leans_back("iPhone sales rose by 20%.")
    assert not leans_back("country: Uzbekistan; fighters: 500")


def test_inherited_words_are_keyed_as_a_claims_words() -> None:
    # a claim keys "report" with its synonyms ("said"): the sentence before and the title must
    # give that key too, or "It made 157 recommendations" never inherits the report it speaks of
    index, passages = indexed(
        "notes/the-quake.md",
        ["The inquiry", "The report was published in November 1988.", "It made 157 recommendations."],
    )
    around = Surroundings(index)
    claim = analyse("The inquiry's report contained 115 recommendations.")
    report = next(t.key for t in claim.terms if t.text == "report")
    quake = analyse("The earthquake struck at dawn.").terms[0].key
    got = around(passages[2], analyse(passages[2].text), claim)
    assert report in got
    assert quake in around(passages[1], analyse(passages[1].text), claim)  # from the file name "the-quake"


def test_a_run_of_sentences_about_a_person_inherits_the_one_naming_them() -> None:
    index, passages = indexed("notes/survivors.md", [
        "Ludger Sylbaris was a labourer held in the town jail for a fight.",
        "He was in a solitary cell half sunk in the ground.",
        "He was badly burned on his back and legs but lived.",
        "He was found on Sunday 11 May, three days later, by men searching the ruins.",
    ])
    around = Surroundings(index)
    claim = analyse("Sylbaris was found alive in the ruins three days after the eruption.")
    name = claim.terms[0].key  # "Sylbaris", as a claim's name is keyed
    assert name in around(passages[3], analyse(passages[3].text), claim)
    # "It" may speak of anything the sentences before it name: it walks back no further
    index, passages = indexed("notes/jail.md", [
        "Ludger Sylbaris was a labourer held in the town jail for a fight.",
        "It was a stone cell half sunk in the ground.",
        "It was found intact three days later.",
    ])
    assert name not in Surroundings(index)(passages[2], analyse(passages[2].text), claim)
    # "Her Majesty's" opens a title, not a sentence about her
    index, passages = indexed("notes/inspectors.md", [
        "Ludger Sylbaris was a labourer held in the town jail for a fight.",
        "He was found three days later.",
        "Her Majesty's inspectors found the jail intact three days later.",
    ])
    assert name not in Surroundings(index)(passages[2], analyse(passages[2].text), claim)
