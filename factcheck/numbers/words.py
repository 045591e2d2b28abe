"""Number words, scale words, ordinals, fractions, multiples, months, units and currencies.

Plain tables, looked up by the lower-cased token; the parser combines them.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS: dict[str, int] = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
HUNDRED = "hundred"
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "tn": 1e12,
    "lakh": 1e5,  # South Asian scales: "5 lakh" is 500,000, "500 crore" 5,000,000,000
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Suffixes glued to digits: "4k", "1.2bn", "3m", "$5tn".
SUFFIX_SCALES: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "t": 1e12}
# Plural scale words used as vague quantities: "hundreds", "thousands of".
PLURAL_SCALES: dict[str, float] = {
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | {HUNDRED} | frozenset(SCALES)

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1_000_000,
}
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})

# Denominators of fractions: "a third", "two thirds", "three quarters", "one in five".
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

# Single-character fractions: "2½", "¾ of".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}

MULTIPLE_WORDS: dict[str, float] = {
    "twice": 2, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3, "tripling": 3,
    "treble": 3, "trebled": 3, "quadruple": 4, "quadrupled": 4, "quintupled": 5, "halved": 0.5,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "thousandfold": 1000,
}

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

# Measure units: token (lower-case) -> (canonical unit, dimension, factor to the dimension's base).
MEASURES: dict[str, tuple[str, str, float]] = {}


def _units(canonical: str, dimension: str, factor: float, *names: str) -> None:
    for name in (canonical, *names):
        MEASURES[name] = (canonical, dimension, factor)


_units("km", "length", 1000.0, "kilometre", "kilometres", "kilometer", "kilometers", "kms")
_units("m", "length", 1.0, "metre", "metres", "meter", "meters")
_units("cm", "length", 0.01, "centimetre", "centimetres", "centimeter", "centimeters")
_units("mm", "length", 0.001, "millimetre", "millimetres", "millimeter", "millimeters")
_units("mi", "length", 1609.344, "mile", "miles", "statute mile", "statute miles")
_units("ft", "length", 0.3048, "foot", "feet")
_units("yd", "length", 0.9144, "yard", "yards")
_units("in", "length", 0.0254, "inch", "inches")
_units("nmi", "length", 1852.0, "nautical mile", "nautical miles", "sea mile", "sea miles")
_units("km2", "area", 1e6, "km²", "sq km", "square kilometres", "square kilometers", "square kilometre", "square kilometer")
_units("mi2", "area", 2_589_988.11, "sq mi", "square miles", "square mile")
_units("ha", "area", 1e4, "hectare", "hectares")
_units("m2", "area", 1.0, "m²", "sq m", "square metres", "square meters", "square metre", "square meter")
_units("ft2", "area", 0.09290304, "ft²", "sq ft", "square feet", "square foot")
_units("acre", "area", 4046.8564224, "acres")
_units("kg", "mass", 1.0, "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
_units("g", "mass", 0.001, "gram", "grams", "gramme", "grammes")
_units("t", "mass", 1000.0, "tonne", "tonnes", "ton", "tons", "metric tons")
# an explosion's yield in tons of TNT: "2.9 kilotons" is 2,900 tons
_units("kt", "mass", 1e6, "kiloton", "kilotons", "kilotonne", "kilotonnes")
_units("Mt", "mass", 1e9, "megaton", "megatons", "megatonne", "megatonnes")
_units("lb", "mass", 0.45359237, "lbs", "pound weight", "pounds weight")
_units("mg", "mass", 1e-6, "milligram", "milligrams", "milligramme", "milligrammes")
_units("l", "volume", 1.0, "litre", "litres", "liter", "liters")
_units("ml", "volume", 0.001, "millilitre", "millilitres", "milliliter", "milliliters")
_units("bbl", "volume", 158.987, "barrel", "barrels")
_units("m3", "volume", 1e3, "m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter")
_units("km3", "volume", 1e12, "km³", "cubic kilometres", "cubic kilometers", "cubic kilometre", "cubic kilometer", "cubic km")
_units("bcm", "volume", 1e12, "billion cubic metres", "billion cubic meters")  # a billion cubic metres is one km³
_units("tcm", "volume", 1e15, "trillion cubic metres", "trillion cubic meters")  # a thousand km³
_units("ft3", "volume", 28.316846592, "cubic feet", "cubic foot", "cu ft", "cu. ft", "ft³")
_units("bcf", "volume", 28.316846592e9, "billion cubic feet")
_units("kWh", "energy", 1.0, "kilowatt-hours", "kilowatt hours", "kwh")
_units("MWh", "energy", 1e3, "megawatt-hours", "megawatt hours", "mwh")
_units("GWh", "energy", 1e6, "gigawatt-hours", "gigawatt hours", "gwh")
_units("TWh", "energy", 1e9, "terawatt-hours", "terawatt hours", "twh")
_units("km/h", "speed", 1 / 3.6, "kph", "kmh")
_units("mph", "speed", 0.44704)
_units("°C", "temperature", 1.0, "degrees celsius", "degree celsius", "celsius", "degrees centigrade", "centigrade", "degrees c", "ºc", "℃")
# Fahrenheit is its own dimension: its zero is not Celsius's, and the units here only scale
_units("°F", "temperature (°F)", 1.0, "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "degrees f", "ºf", "℉")
# a change of temperature ("warmed by 2°F", "a rise of 1.1°C") scales without the offset
_units("Δ°C", "temperature change", 1.0)
_units("Δ°F", "temperature change", 5 / 9)
_units("MW", "power", 1e6, "megawatt", "megawatts", "mw")
_units("GW", "power", 1e9, "gigawatt", "gigawatts", "gw")
_units("kW", "power", 1e3, "kilowatt", "kilowatts", "kw")
_units("hp", "power", 745.7, "horsepower", "bhp")
_units("hPa", "pressure", 100.0, "hpa", "hectopascal", "hectopascals", "millibar", "millibars", "mbar", "mb")
_units("psi", "pressure", 6894.757, "psig", "psia")
# radioactivity released, and doses
_units("Bq", "radioactivity", 1.0, "bq", "becquerel", "becquerels")
_units("GBq", "radioactivity", 1e9, "gbq", "gigabecquerel", "gigabecquerels")
_units("TBq", "radioactivity", 1e12, "tbq", "terabecquerel", "terabecquerels")
_units("PBq", "radioactivity", 1e15, "pbq", "petabecquerel", "petabecquerels")
_units("Sv", "dose", 1.0, "sv", "sievert", "sieverts")
_units("mSv", "dose", 1e-3, "msv", "millisievert", "millisieverts")
_units("μSv", "dose", 1e-6, "μsv", "µsv", "microsievert", "microsieverts")


# Durations: token -> (canonical unit, days).
DURATIONS: dict[str, tuple[str, float]] = {}
for _canon, _days, _names in (
    ("year", 365.25, ("year", "years", "yr", "yrs")),
    ("month", 30.4375, ("month", "months")),
    ("week", 7.0, ("week", "weeks")),
    ("fortnight", 14.0, ("fortnight", "fortnights")),
    ("day", 1.0, ("day", "days")),
    ("hour", 1 / 24, ("hour", "hours", "hr", "hrs", "h")),
    ("minute", 1 / 1440, ("minute", "minutes", "min", "mins")),
    ("second", 1 / 86400, ("second", "seconds", "sec", "secs")),
    ("decade", 3652.5, ("decade", "decades")),
    ("century", 36525.0, ("century", "centuries")),
):
    for _n in _names:
        DURATIONS[_n] = (_canon, _days)

# Currencies: symbols before the number, codes and words before or after it.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₸": "KZT",
    "c$": "CAD", "ca$": "CAD", "a$": "AUD", "hk$": "HKD",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB",
    "som": "KGS", "soms": "KGS", "kgs": "KGS", "tenge": "KZT", "kzt": "KZT", "somoni": "TJS",
    "tjs": "TJS", "sum": "UZS", "uzs": "UZS", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
    "rupees": "INR", "rupee": "INR", "inr": "INR", "francs": "CHF", "chf": "CHF", "cad": "CAD",
    "aud": "AUD", "won": "KRW", "krw": "KRW", "rand": "ZAR", "zar": "ZAR",
}
CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "jpy", "rub", "kgs", "kzt", "tjs", "uzs", "cny", "inr", "chf", "cad", "aud", "krw", "zar"})
