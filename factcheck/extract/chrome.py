"""Page chrome: the text around an article that is not part of it, in any language.

Breadcrumbs, navigation, bylines and dates-as-metadata, view counters, share/subscribe/cookie
prompts, forum and comment footers, headings. The rules look at the shape of a line (short items
between separators, a number next to a counter word, a metadata label, no sentence ending) more
than at its words, and the word lists that remain hold the usual terms of several languages.

`chrome_reason(text, block=True)` says why a paragraph (or, with `block=False`, a sentence) is
chrome, or returns None when it reads as article text.
"""

from __future__ import annotations

import re

# Words after a number that make it a counter: "2363 letture", "4,812 views", "1.245 Aufrufe".
COUNTER_WORDS = frozenset(
    """views view reads read visits visit hits clicks likes like shares share comments comment replies
    reply followers subscribers readers responses reactions votes downloads
    letture lettura visite visita visualizzazioni commenti commento contributi contributo risposte
    condivisioni iscritti lettori
    aufrufe aufruf kommentare kommentar antworten leser abonnenten zugriffe
    vues vue lectures lecture commentaires commentaire réponses partages abonnés lecteurs
    visitas lecturas comentarios comentario respuestas lectores suscriptores visualizaciones
    leituras comentários visualizações
    weergaven reacties bekeken""".split()
)

# Labels that open a metadata line: "Published on", "Category:", "Courtesy of", "Scritto da".
_METADATA = re.compile(
    r"""^(?:
        (?:published|posted|updated|last\ updated|written|filed|first\ published)(?:\ (?:on|by|in|at|under))?\b
      | courtesy\ of | source\s*: | sources\s*: | category\s*: | categories\s*: | tags?\s*: | topics?\s*:
      | filed\ under | photo(?:graph)?\s*(?:by|:) | image\s*(?:by|:) | credits?\s*: | via\s*:
      | (?:pubblicato|scritto|aggiornato)(?:\ (?:il|da|in))?\b | categoria\s*: | fonte\s*: | argomenti\s*:
      | (?:veröffentlicht|aktualisiert|geschrieben)(?:\ (?:am|von|in))?\b | kategorie\s*: | quelle\s*: | schlagwörter\s*:
      | (?:publié|mis\ à\ jour|écrit)(?:\ (?:le|par|dans))?\b | catégorie\s*: | étiquettes\s*:
      | (?:publicado|actualizado|escrito)(?:\ (?:el|por|en))?\b | categoría\s*: | fuente\s*: | etiquetas\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "by Emanuele G. - Thursday ...", "di Mario Rossi", "von Anna Weber", "par Claire Martin".
_BYLINE = re.compile(r"^(?:by|di|da|von|par|por|door|av|af)\s+[^\W\d_][^\W\d_'’.-]*", re.IGNORECASE)

# Phrases that mark site furniture wherever they occur in a short line.
# Phrases that mark site furniture wherever they occur in a line of up to FURNITURE_WORDS words.
_FURNITURE = re.compile(
    r"""(?:
        all\ rights\ reserved | ©\ | \(c\)\ \d{4} | privacy\ policy | terms\ of\ (?:use|service)
      | \bleave\ a\ (?:comment|reply)\b | \brelated\ (?:articles|posts|stories|news)\b
      | \bshare\ (?:on|this|via)\b | \bfollow\ us\b | \bclick\ here\b | \bskip\ to\ (?:main\ )?content\b
      | \badvertisement\b | \bback\ to\ top\b | \bprint\ this\b | \bsubscribe\ to\ our\b
      | \biscriviti\b | \bcondividi\ su\b | \bleggi\ anche\b | \bcontributi\ al\ forum\b | \bpolicy\ sui\ forum\b
      | \btutti\ i\ diritti\b | \bsei\ all'interno\ di\b
      | \babonnieren\b | \blesen\ sie\ auch\b | \bweiterlesen\b | \balle\ rechte\b
      | \bpartager\ sur\b | \bs'abonner\b | \babonnez-vous\b | \blire\ aussi\b | \blire\ la\ suite\b | \btous\ droits\b
      | \bcompartir\ en\b | \bsuscríbete\b | \bleer\ más\b | \btodos\ los\ derechos\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A cookie banner: cookies named together with what the site does with them, in any of a few languages.
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we|use[sd]?|using|utilis\w*|utilizz\w*|verwend\w*|accept\w*|akzept\w*|policy|politique|política|"
    r"richtlinie|consent\w*|settings|preferences|préférences|einstellungen|browse|browsing|navigation|navigazione)\b",
    re.IGNORECASE,
)
# Words that only call chrome when the line is short and speaks to the reader or to the site.
_PROMPT = re.compile(
    r"\b(?:subscribe\w*|subscriber\w*|comments?|comment[aei]\w*|kommentar\w*|forum|repl(?:y|ies)|tweet|whatsapp|"
    r"facebook|e-?mail|newsletter|sign\ (?:in|up)|log\ ?in|read\ more|share|teilen|partager|compartir|condividi|"
    r"datenschutz|impressum)\b",
    re.IGNORECASE,
)
_READER_VOICE = re.compile(r"\b(?:you|your|our|us|join|click|now|free|here)\b", re.IGNORECASE)

# Separators between the items of a breadcrumb, a menu or a byline.
_CRUMB = re.compile(r">>|»|›|→|\s>\s")
_CRUMB_NO_QUOTES = re.compile(r">>|›|→|\s>\s")
_SEPARATORS = re.compile(r">>|»|›|→|\s>\s|\s[|·•–—-]\s|\|")
_SEPARATORS_NO_QUOTES = re.compile(r">>|›|→|\s>\s|\s[|·•–—-]\s|\|")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_NUMBER = re.compile(r"^\d[\d.,\u00a0\u202f ]*$")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•·]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'’”»)\]]*$")

_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag
    samstag sonntag
    janvier février mars avril juin juillet août septembre octobre décembre lundi mardi
    mercredi jeudi vendredi samedi dimanche
    enero febrero abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
    miércoles jueves viernes sábado domingo
    am pm at on le el il der the de of""".split()
)

HEADING_WORDS = 14  # a line alone in its paragraph, without a sentence ending, up to this long
MENU_WORDS = 4  # a paragraph of several lines, none longer than this, is a menu or a list of links
FRAGMENT_WORDS = 3  # a line this short is never a claim
SHORT_WORDS = 12  # reader prompts ("Join our 25,000 subscribers") are this short at most
FURNITURE_WORDS = 40  # a line with a furniture phrase is chrome up to this length


# Reasons that hold for a line on its own, even inside a run of lines without a blank line between.
LINE_REASONS = frozenset({"breadcrumb", "metadata", "byline", "counter", "site furniture", "date line"})


def chrome_line(line: str) -> bool:
    """Whether one line is chrome for a reason that does not depend on its paragraph."""
    return chrome_reason(line, block=False) in LINE_REASONS


def chrome_reason(text: str, *, block: bool = True) -> str | None:
    """Why `text` is page chrome ("breadcrumb", "counter", "metadata", ...), or None.

    With `block=True` (a whole paragraph) a short line without a sentence ending is a heading
    and several very short lines are a menu; with `block=False` (one sentence of a paragraph)
    those rules are left out.
    """
    line = " ".join(_LIST_MARK.sub("", text).split())
    if not line:
        return "empty"
    rows = [row for row in text.splitlines() if row.strip()]
    if block and len(rows) >= 2 and all(len(_WORD.findall(row)) <= MENU_WORDS for row in rows):
        return "menu"
    words = _WORD.findall(line)
    for rule in (_metadata, _breadcrumb, _counter, _furniture, _date_line):
        reason = rule(line, words)
        if reason:
            return reason
    if len(words) <= FRAGMENT_WORDS:
        return "fragment"
    if block and len(words) <= HEADING_WORDS and not _SENTENCE_END.search(line):
        return "heading"
    if line.lstrip().startswith("#"):
        return "heading"
    return None


def _segments(line: str) -> list[str]:
    """The items of a line split at breadcrumb and menu separators.

    "»" separates only where no "«" shows it to be a closing quote (« French », »German«).
    """
    separators = _SEPARATORS if "«" not in line else _SEPARATORS_NO_QUOTES
    return [p.strip(" -|") for p in separators.split(line) if p.strip(" -|")]


def _breadcrumb(line: str, words: list[str]) -> str | None:
    segments = _segments(line)
    if len(segments) < 2 or any(len(_WORD.findall(s)) > 6 for s in segments):
        return None
    if (_CRUMB if "«" not in line else _CRUMB_NO_QUOTES).search(line):
        return "breadcrumb"
    if line.count("|") >= 2 or (len(segments) >= 3 and not _SENTENCE_END.search(line)):
        return "navigation"
    return None


def _metadata(line: str, words: list[str]) -> str | None:
    if len(words) > 20:
        return None
    if _METADATA.match(line):
        return "metadata"
    if _BYLINE.match(line) and (len(words) <= 6 or len(_segments(line)) > 1):
        return "byline"
    return None


def _counter(line: str, words: list[str]) -> str | None:
    """A number next to a counter word, in a short item of a line that is not a sentence."""
    segments = _segments(line) or [line]
    sentence = len(segments) == 1 and _SENTENCE_END.search(line) is not None
    for segment in segments:
        tokens = [t.strip(".,:;()[]") for t in segment.split()]
        if len(tokens) > 7 or (sentence and len(tokens) > 3):
            continue
        for i, token in enumerate(tokens):
            near = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 3]  # "2363 letture", "Kommentare (3)"
            if _NUMBER.match(token) and any(t.casefold() in COUNTER_WORDS for t in near):
                return "counter"
    return None


def _furniture(line: str, words: list[str]) -> str | None:
    if len(words) <= FURNITURE_WORDS and (
        _FURNITURE.search(line) or (_COOKIES.search(line) and _COOKIE_CONTEXT.search(line))
    ):
        return "site furniture"
    if len(words) <= SHORT_WORDS and _PROMPT.search(line):
        if _READER_VOICE.search(line) or not _SENTENCE_END.search(line) or len(_segments(line)) > 1:
            return "reader prompt"
    return None


def _date_line(line: str, words: list[str]) -> str | None:
    if len(words) > 8:
        return None
    dated = sum(1 for w in words if w.strip(".,").isdigit() or w.strip(".,").casefold() in _MONTHS_DAYS)
    if any(w.strip(".,").isdigit() and len(w.strip(".,")) == 4 for w in words) and dated * 2 >= len(words) + 1:
        return "date line"
    return None
