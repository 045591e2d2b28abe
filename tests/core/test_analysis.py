"""What analyse() understands of a text."""

from __future__ import annotations

from factcheck.analysis import analyse, contrasts, found_in, similar


def test_entities_are_names_not_sentence_starts() -> None:
    a = analyse("Talks between Kyrgyz Defence Minister Kudaiberdiev and Sergey Shoigu are ongoing.")
    names = {t.text for t in a.entities}
    assert {"Kyrgyz", "Kudaiberdiev", "Sergey", "Shoigu"} <= names
    assert "Talks" not in names


def test_acronyms_are_entities() -> None:
    assert {t.text for t in analyse("the IMU backs ISIL").entities} == {"IMU", "ISIL"}


def test_a_magnitude_scale_before_its_figure_is_no_name() -> None:
    a = analyse("US Geological Survey (USGS), reviewed | Mw 7.8 | 8.2 km; the ML scale, and MS Word")
    assert {t.text for t in a.entities} == {"US", "Geological", "Survey", "USGS", "ML", "MS", "Word"}
    assert "ML" in {t.text for t in analyse("the Mercedes ML 350 was recalled").entities}  # no magnitude


def test_negation_cues() -> None:
    a = analyse("From 2005 it has not controlled the border and no longer patrols it.")
    assert [n.cue.lower() for n in a.negations] == ["not", "no longer"]


def test_no_one_is_one_cue() -> None:
    assert [n.cue for n in analyse("No one was killed; no-one was hurt.").negations] == ["No one", "no-one"]
    assert [n.cue for n in analyse("There was no one-off fee.").negations] == ["no"]


def test_no_dot_number_is_not_a_negation() -> None:
    assert not analyse("Briefing No. 72 was published in Bishkek.").negated


def test_numbers_are_not_terms_but_ordinals_are() -> None:
    a = analyse("The 201st base has 7,000 troops.")
    words = [t.text for t in a.terms]
    assert "201st" in words
    assert "7" not in words and "000" not in words


def test_word_forms_share_a_key() -> None:
    a, b = analyse("recruits joined"), analyse("recruited, joining")
    assert a.keys == b.keys


def test_to_dict_lists_quantities_and_years() -> None:
    d = analyse("In 2012 between 2,000 and 4,000 militants left.").to_dict()
    assert [q["kind"] for q in d["years"]] == ["year"]
    assert any(q["low"] == 2000 and q["high"] == 4000 for q in d["quantities"])


def test_synonyms_share_a_key() -> None:
    assert analyse("killed").keys == analyse("died").keys
    assert analyse("began").keys == analyse("started").keys
    assert analyse("killed").keys != analyse("began").keys
    assert analyse("quake").keys == analyse("earthquakes").keys
    assert analyse("blast").keys == analyse("explosion").keys
    assert analyse("homes").keys == analyse("houses").keys
    assert analyse("hit").keys == analyse("struck").keys == analyse("strikes").keys
    assert analyse("hurt").keys == analyse("injured").keys
    # the irregular forms of a verb are the verb: "ate" and "eaten" are "eat"
    assert analyse("ate").keys == analyse("eaten").keys == analyse("eating").keys
    assert analyse("sank").keys == analyse("sinks").keys
    assert analyse("found").keys != analyse("find").keys  # "found" may be "to found"
    assert analyse("staircase").keys == analyse("stairway").keys == analyse("stairs").keys
    # a people whose name is not its country's with an ending: "Burmese", "Azeri", "Mexican"
    assert analyse("Burmese").keys == analyse("Myanmar").keys == analyse("Burma").keys
    assert analyse("Azeri").keys == analyse("Azerbaijan").keys
    assert analyse("Mexican").keys == analyse("Mexico").keys


def test_a_refusal_is_a_negation() -> None:
    assert analyse("It refused the basing rights that Uzbekistan granted.").negated
    assert not analyse("Exports declined to 30 bcm in 2016.").negated  # a fall, not a refusal
    assert not analyse("The government granted the basing rights.").negated


def test_a_bound_written_with_not_is_no_negation() -> None:
    assert not analyse("Not more than 40% of the budget was spent.").negated
    assert not analyse("No fewer than 500 troops stayed.").negated
    assert analyse("The troops did not stay.").negated


def test_a_line_label_is_a_name() -> None:
    for text in ("Mali: 8 cases, 6 deaths", "Liberia | 10,678 | 4,810", "Cases fell.\nMali: 8 cases"):
        names = [t.text for t in analyse(text).entities]
        assert names[:1] in (["Mali"], ["Liberia"]), text
    assert analyse("Nigeria contained its outbreak.").entities == ()  # a sentence start alone is no name


def test_an_acronym_that_spells_a_stopword_is_kept() -> None:
    assert [t.text for t in analyse("The US sent troops").entities] == ["US"]
    assert "us" not in analyse("They told us about it").keys


def test_countries_and_their_adjectives_share_a_key() -> None:
    for country, adjective in (("Greece", "Greek"), ("France", "French"), ("the US", "American")):
        assert analyse(f"in {country}").keys == analyse(f"the {adjective}").keys - {"the"}, country


def test_according_frames_a_statement_and_is_no_content_word() -> None:
    assert "accord" not in analyse("According to the UN, 500 people died.").keys


def test_a_dated_parenthesis_cites_its_names() -> None:
    from factcheck.analysis import cited_names

    a = analyse("He held talks with Sergei Shoigu on several occasions (RIA Novosti, June 2015).")
    assert cited_names(a) == {"ria", "novosti"}
    assert cited_names(analyse("the Islamic State (IS, also known as ISIL) grew")) == frozenset()


def test_a_name_of_several_words_after_according_to_the_is_cited() -> None:
    from factcheck.analysis import cited_names, own_names

    a = analyse("According to the Central Election Commission, 90.6 per cent of Kyrgyz voters approved it.")
    assert cited_names(a) == {"central", "elect", "commiss"}
    assert own_names(a) == {"kyrgyzstan"}


def test_a_name_a_figure_is_given_by_is_cited() -> None:
    from factcheck.analysis import cited_names

    # a column headed "figure given by the Met": the police gave the toll, they are not its dead
    assert cited_names(analyse("The figure given by the Metropolitan Police was 79.")) == {"metropolitan", "polic"}
    assert cited_names(analyse("A toll estimated by Lancet researchers was far higher.")) == {"lancet"}
    assert cited_names(analyse("The bridge was built by the Metropolitan Police.")) == frozenset()


def test_a_name_whose_account_gives_a_figure_is_cited() -> None:
    from factcheck.analysis import cited_names

    a = analyse("Several news reports, drawing on NASA's early statements, gave the height as 48,000 feet.")
    assert cited_names(a) == {"nasa"}
    assert "broutchoux" in cited_names(analyse("The army's figure was 20,000; Broutchoux's paper and the socialist press spoke of 30,000."))
    # a possessive before any other noun owns it
    assert cited_names(analyse("NASA's shuttle broke up at 46,000 feet.")) == frozenset()


def test_a_label_of_several_words_is_a_name() -> None:
    assert [t.text for t in analyse("Sierra Leone | 14,124 | 3,956").entities] == ["Sierra", "Leone"]
    assert [t.text for t in analyse("United Kingdom: 10 dead").entities] == ["United", "Kingdom"]


def test_the_united_states_is_the_us_and_washington() -> None:
    washington = analyse("Washington").terms[0].key
    assert found_in(washington, analyse("The United States paid $17.4 million a year.").keys)
    assert not found_in(washington, analyse("The United Nations paid $17.4 million a year.").keys)


def test_british_and_american_spellings_are_one_word() -> None:
    for british, american in [("centre", "center"), ("defence", "defense"), ("programme", "program"), ("labour", "labor")]:
        assert similar(analyse(british).terms[0].key, analyse(american).terms[0].key), british


def test_news_paraphrases_share_a_key() -> None:
    assert analyse("detained").keys == analyse("arrested").keys
    assert analyse("relocating").keys == analyse("resettling").keys
    assert analyse("chaired").keys == analyse("led").keys
    assert analyse("toppled").keys == analyse("ousted").keys
    assert analyse("minor").keys != analyse("children").keys  # "minor posts" are no children


def test_only_amounts_written_in_words_are_searched_in_digits() -> None:
    from factcheck.analysis import digits

    assert digits(analyse("Sixteen people died.")) == ["16"]
    assert digits(analyse("It ranked third-biggest and grew twice as fast.")) == []
    # a time of day in words by its hour, both ways round the clock, and its minutes; not a bare
    # hour, nor one written in digits
    assert digits(analyse("The plane struck the hill at five minutes past five in the afternoon.")) == ["5", "17", "05"]
    assert digits(analyse("The express struck at eleven minutes to six.")) == ["5", "17", "49"]
    assert digits(analyse("It struck at five o'clock in the afternoon.")) == []
    assert digits(analyse("It struck at 5.05 pm.")) == []
    # midnight's hour as clocks write it ("00.20")
    assert digits(analyse("It sank at twenty minutes past midnight.")) == ["00", "12", "20"]


def test_a_figure_given_as_someones_is_told_by_words_of_saying() -> None:
    from factcheck.analysis import attributed

    for text in ("The Herald spoke of 62 men who had survived.", "Occidental said 81 bodies were found.",
                 "Police put the toll at 39.", "By one count, 500 fighters left.", "Other reports give about 700.",
                 "It put Ukraine's debt at $4.458 billion.", "Later accounts speak instead of 16 workers injured.",
                 "Germany's GFZ research centre put it at magnitude 3.5.",
                 'The Chronicle placed the rush on the stairs "at about half-past five".',
                 "The Met Office timed the gust at 171 mph.", "The NRC's report times it at **6:18 a.m.**",
                 "The inquiry put it at ** 40."):
        assert attributed(text), text
    assert attributed("Southern California Edison gave the number of its men killed there as 84.")
    for text in ("The ship was named Iolaire.", "The manager named 11 players in his starting side.",
                 "The deck gave way at 22:20.", "The vote put an end to the coalition.", "The Conservatives won 317 seats.",
                 "The revolt put their majority at risk.", "The Queen gave a speech.",
                 "The council placed the memorial at the park gates.", "The charges were placed at one end of the bridge.",
                 "Tacoma placed at ten in the league.", "Its horn sounded three times at 9.05 am."):
        assert not attributed(text), text


def test_a_line_labelled_by_what_its_figure_measures_names_nothing() -> None:
    # "Duration:" says what the figure is, not whose it is as "Mali:" does
    for text in ("Duration: 3 hours and 29 minutes", "Dead: eight (inquest)", "Height: 185 feet"):
        assert not analyse(text).terms[0].entity, text
    assert analyse("Mali: 8 cases").terms[0].entity


def test_a_point_of_the_compass_is_like_only_its_own_forms() -> None:
    from factcheck.analysis import similar

    key = {w: analyse(w).terms[0].key for w in ("south", "southern", "Southover", "west", "Westgate", "Tajik", "Tajikistan")}
    assert similar(key["south"], key["southern"])
    assert not similar(key["south"], key["Southover"])
    assert not similar(key["west"], key["Westgate"])
    assert similar(key["Tajik"], key["Tajikistan"])


def test_a_not_that_sets_one_thing_aside_puts_another_forward() -> None:
    def seen(text: str) -> list[tuple[list[str], set[str]]]:
        return [([t.text for t in put], set(aside)) for put, aside in contrasts(analyse(text))]

    assert seen("CO2 increase is natural, not human-caused") == [(["natural"], {"human-caus"})]
    assert seen("The alarm came not from the crew but from a schoolboy on his mobile phone.") == [(["schoolboy", "mobile", "phone"], {"crew"})]
    assert seen("Romanians, not Poles, made the most applications") == [(["Romanians"], {"pole"})]
    # a "not" that denies the statement sets nothing aside
    assert seen("The crew did not sound the alarm.") == []


def test_a_year_alone_in_brackets_after_a_source_dates_the_saying() -> None:
    from factcheck.analysis import citations

    def cited(text: str) -> list[str]:
        found = analyse(text)
        return [found.text[a:b] for a, b in citations(found)]

    assert cited("The wave reached 220 feet up the slope, according to the USGS (1966).") == ["(1966)"]
    assert cited("The inquiry's report (1999) put the toll at 40.") == ["(1999)"]
    assert cited("The rig's toll was given in 1967 (RIA Novosti, June 2015).") == ["(RIA Novosti, June 2015)"]
    assert cited("The Teton Dam (1976) failed on its first filling.") == []  # the dam's year
    # a census or a history dates the thing itself; "according to" names a source right before
    assert cited("At the census (2011) the town had 5,000 people.") == []
    assert cited("The worst flood in the town's history (1966) killed 40 people.") == []
    assert cited("According to the USGS the Teton Dam (1976) failed.") == []
