"""Words that say the same thing: general English synonym groups, reduced to one key each.

Alignment matches words by their key, so "killed" in a claim finds "died" in a passage and
"started" finds "began". The groups are general English, not any topic's vocabulary; they are
kept small and unambiguous on purpose (a wrong synonym makes passages speak to claims they do
not speak to). Antonyms live in compare.py.
"""

from __future__ import annotations

import re

from factcheck.index.base import fold, stem

GROUPS = """
kill killed die died dead death deaths fatality fatalities perish perished
wounded injured hurt injury injuries
staircase staircases stairway stairways stairwell stairwells stairs
say said report reported announce announced declare declared tell told claim claimed
begin began begun start started commence commenced launch launched
end ended finish finished conclude concluded
build built construct constructed
buy bought purchase purchased acquire acquired
rise rose risen increase increased grow grew grown climb climbed
fall fell fallen decrease decreased decline declined drop dropped
leave left depart departed quit exit exited withdraw withdrew withdrawn
big large huge
small little tiny
estimate estimated reckon reckoned
show showed shown indicate indicated reveal revealed
help helped assist assisted aid aided
country countries nation nations
people persons individuals
soldier soldiers troops servicemen personnel
fighter fighters militant militants combatant combatants
cost costs price priced
revenue revenues income
sign signed ratify ratified
win won victory
lose lost defeat defeated
agreement agreements deal deals accord accords treaty treaties pact pacts
gdp output
world earth globe
arrest arrested detain detained
lead led chair chaired
relocate relocated resettle resettled
cancel cancelled canceled scrap scrapped annul annulled
dismiss dismissed sack sacked
topple toppled overthrow overthrew overthrown oust ousted depose deposed
flee fled escape escaped
ban banned prohibit prohibited outlaw outlawed
destroy destroyed demolish demolished
close closed shut
plane planes aircraft airliner airliners jet jets
children child
quake quakes earthquake earthquakes
home homes house houses dwelling dwellings
blast blasts explosion explosions
hit hits strike strikes struck
lawmakers legislators deputies mps
""".strip().splitlines()

# The irregular forms of common verbs, which stemming does not join ("ate" and "eaten" are
# "eat"). Forms that are other words too are left out: "found" (to found), "saw", "lay",
# "wound", "felt", "met" (the Met Office), "fed", "lent", "ground".
VERB_FORMS = """
eat ate eaten
go went gone
run ran
break broke broken
sink sank sunk
take took taken
give gave given
bring brought
hold held
stand stood
send sent
spend spent
catch caught
fight fought
drive drove driven
write wrote written
fly flew flown
freeze froze frozen
blow blew blown
know knew known
throw threw thrown
draw drew drawn
shake shook shaken
tear tore torn
burn burnt
sweep swept
swim swam swum
sing sang sung
wake woke woken
choose chose chosen
keep kept
sleep slept
pay paid
sell sold
teach taught
seek sought
hang hung
dig dug
ride rode ridden
hide hid hidden
speak spoke spoken
steal stole stolen
bleed bled
bend bent
sit sat
swing swung
forget forgot forgotten
become became
come came
drink drank
hear heard
deal dealt
stick stuck
weep wept
""".strip().splitlines()

# Countries and the adjectives and peoples named after them. Alignment's spelling match finds
# one that is the other's prefix ("Russia"/"Russian"); the index does not, so the names whose
# forms differ past the prefix ("Tajiks"/"Tajikistan") are listed for searching too.
DEMONYMS = """
tajikistan tajik tajiks
uzbekistan uzbek uzbeks
kazakhstan kazakh kazakhs
kyrgyzstan kyrgyz
turkmenistan turkmen turkmens
greece greek greeks
france french
britain british uk
spain spanish
netherlands dutch holland
switzerland swiss
denmark danish
sweden swedish swede swedes
finland finnish
poland polish
ireland irish
scotland scottish
wales welsh
england english
turkey turkish turks
china chinese
japan japanese
vietnam vietnamese
lebanon lebanese
sudan sudanese
portugal portuguese
pakistan pakistani pakistanis
afghanistan afghan afghans
philippines filipino filipinos philippine
belgium belgian belgians
norway norwegian norwegians
hungary hungarian hungarians
ukraine ukrainian ukrainians
morocco moroccan moroccans
congo congolese
senegal senegalese
cyprus cypriot cypriots
czechia czech czechs
peru peruvian peruvians
argentina argentine argentinian
us usa america american americans
azerbaijan azeri azeris
myanmar burma burmese
mexico mexican mexicans
""".strip().splitlines()

# Countries and their capitals, which the news names for their governments ("Moscow agreed",
# "Washington paid").
CAPITALS = """
russia moscow kremlin
us washington
ukraine kyiv kiev
turkey ankara
britain london
france paris
germany berlin
china beijing
japan tokyo
greece athens
afghanistan kabul
pakistan islamabad
iran tehran
syria damascus
iraq baghdad
kyrgyzstan bishkek
tajikistan dushanbe
uzbekistan tashkent
kazakhstan astana
turkmenistan ashgabat
""".strip().splitlines()

# Organisations known by several names or acronyms in the news. Acronyms are matched as written
# in capitals only ("IS"), never as the word "is".
ALIASES = """
isil isis is daesh
""".strip().splitlines()

SYNONYMS: dict[str, str] = {}
for _line in [*GROUPS, *VERB_FORMS, *DEMONYMS, *CAPITALS, *ALIASES]:
    _keys = [stem(fold(w)) for w in _line.split()]
    _canon = SYNONYMS.get(_keys[0], _keys[0])
    for _key in _keys:
        SYNONYMS.setdefault(_key, _canon)


_GROUP_WORDS: dict[str, tuple[str, ...]] = {}  # canonical key -> the words of its synonym group
for _line in [*GROUPS, *VERB_FORMS]:
    for _word in _line.split():
        _key = SYNONYMS[stem(fold(_word))]
        _GROUP_WORDS[_key] = (*_GROUP_WORDS.get(_key, ()), _word)

ACRONYMS: dict[str, tuple[str, ...]] = {}  # canonical key -> the acronyms of its alias group
for _line in ALIASES:
    ACRONYMS[SYNONYMS[stem(fold(_line.split()[0]))]] = tuple(w.upper() for w in _line.split() if len(w) <= 6)


# Names of several words that stand for a one-word name of a group above.
PHRASES = {"united states": "us", "united kingdom": "britain", "great britain": "britain"}
PHRASE = re.compile(r"\b(" + "|".join(PHRASES) + r")\b", re.IGNORECASE)


# The adjectives of peoples and places ("Egyptian", "Kurdish", "Genoese"): the DEMONYMS'
# adjectives and more. Listed, not guessed by their endings: "Haiti", "Nairobi" and "Christian"
# end alike.
ADJECTIVES = """
afghan african albanian algerian american arab argentine argentinian armenian asian australian
austrian azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian brazilian
british bulgarian burmese cambodian cameroonian canadian chadian chilean chinese colombian
congolese crimean croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english
eritrean estonian ethiopian european filipino finnish french genoese georgian german ghanaian greek
guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
italian ivorian jamaican japanese jordanian kazakh kazakhstani kenyan korean kosovar kurdish
kuwaiti kyrgyz lankan lao latvian lebanese liberian libyan lithuanian macedonian malagasy malawian
malaysian malian maltese mexican milanese moldovan mongolian montenegrin moroccan mozambican
nepalese nepali nicaraguan nigerian nigerien norwegian ossetian pakistani palestinian panamanian
paraguayan persian peruvian philippine polish portuguese qatari romanian russian rwandan saudi
scottish senegalese serbian siberian sicilian slovak slovenian somali spanish sudanese swedish
swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian
uruguayan uzbek venetian venezuelan vietnamese welsh yemeni zambian zimbabwean
""".split()
_ADJECTIVES = frozenset(ADJECTIVES) | frozenset(
    w for line in DEMONYMS for w in line.split()[1:] if not w.endswith("s") and w not in ("uk", "usa", "america", "holland", "burma")
)


def a_demonym(word: str) -> bool:
    """Whether a word is the adjective of a people or place ("Egyptian", "French", "Genoese")."""
    return word.lower() in _ADJECTIVES


def phrase_keys(text: str) -> frozenset[str]:
    """The keys of the one-word names that the names of several words in `text` stand for:
    "the United States" is "US" (and so "Washington")."""
    if "United" not in text and "Great" not in text:
        return frozenset()
    return frozenset(canonical(stem(fold(PHRASES[m.group().lower()]))) for m in PHRASE.finditer(text))


def spellings(key: str) -> tuple[str, ...]:
    """Every word and phrase the name with this key is written as ("britain": "Britain",
    "British", "UK", "United Kingdom"...), for searching an index that matches words as written."""
    words = [w for line in [*DEMONYMS, *CAPITALS, *ALIASES] for w in line.split() if SYNONYMS.get(stem(fold(w))) == key]
    words += [phrase for phrase, name in PHRASES.items() if canonical(stem(fold(name))) == key]
    return tuple(dict.fromkeys(words))


def group_words(key: str) -> tuple[str, ...]:
    """The words of the synonym group a key belongs to ("soldier": "soldiers", "troops",
    "servicemen", "personnel"...), for searching an index that matches words as written."""
    return _GROUP_WORDS.get(key, ())


def acronyms(key: str) -> tuple[str, ...]:
    """The acronyms a name's alias group is also written as ("ISIL", "ISIS", "IS"), or ()."""
    return ACRONYMS.get(key, ())


def canonical(key: str) -> str:
    """The key a stemmed word is matched on: its synonym group's, or its own."""
    return SYNONYMS.get(key, key)
