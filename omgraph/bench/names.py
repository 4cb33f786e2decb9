"""German personal names for the benchmark corpus, and the spelling noise applied to them.

The lists are plain tuples so that a seeded :class:`random.Random` picks from them
deterministically. Noise functions take the generator as their first argument and never touch
global state.
"""

from __future__ import annotations

import random

GIVEN_FEMALE: tuple[str, ...] = (
    "Maria", "Birgit", "Sieglinde", "Kristina", "Katharina", "Judith", "Annette", "Karin",
    "Stefanie", "Martina", "Carola", "Gunda", "Angelika", "Heike", "Margarete", "Mandy",
    "Julia", "Sabine", "Ursula", "Monika", "Petra", "Claudia", "Susanne", "Andrea", "Gabriele",
    "Renate", "Brigitte", "Ingrid", "Elke", "Anja", "Nicole", "Silke", "Kerstin", "Bärbel",
    "Jutta", "Dörte", "Almut", "Friederike", "Anna-Lena", "Marie-Luise", "Eva-Maria", "Christiane",
    "Dagmar", "Hannelore", "Ulrike", "Sonja", "Tanja", "Yvonne", "Miriam", "Jana", "Lena",
    "Sophie", "Henrike", "Gesine", "Wiebke", "Imke", "Maren", "Frauke", "Antje", "Ilse",
)

GIVEN_MALE: tuple[str, ...] = (
    "Joachim", "Michael", "Karl-Heinz", "Oleg", "Mario", "Boje", "Hans-Jürgen", "Stefan",
    "Helmut", "Serge", "Christoph", "Mathias", "Christof", "Claus", "Volker", "Karlheinz",
    "Henning", "Oliver", "Markus", "Rolf", "Tobias", "Georg", "Sven", "Gerd", "Bruno", "Achim",
    "Martin", "Andreas", "Heinz", "Ulrich", "Torsten", "Gregor", "Kay", "Thomas", "Jürgen",
    "Wolfgang", "Klaus-Dieter", "Hans-Peter", "Dieter", "Günter", "Jörg", "Uwe", "Frank",
    "Ralf", "Bernd", "Matthias", "Philipp", "Florian", "Sebastian", "Lars", "Björn", "Jens",
    "Dirk", "Holger", "Rüdiger", "Reinhard", "Detlef", "Lutz", "Friedhelm", "Götz", "Malte",
    "Jan-Hendrik", "Till", "Niklas", "Felix", "Hartmut", "Norbert", "Ekkehard",
)

FAMILY: tuple[str, ...] = (
    "Becker", "Berendt", "Blum", "Bonjean", "Cernavin", "Dobernowsky", "Dohrn", "Domschke",
    "Dorr", "Dreier", "Drumm", "Ehnes", "Embacher", "Erbslöh", "Fischer", "Fortenbacher",
    "Frost", "Göbel", "Heitzer", "Hochfeld", "Neumer", "Icks", "Jödicke", "Kalenberg",
    "Klopsch", "Krassen", "Kruse", "Lambers", "Ludwig", "Mangold", "Müller", "Papenfuß",
    "Pastohr", "Peters", "Reuter", "Rohde", "Rodenhäuser", "Hasselmann", "Schierenbeck",
    "Schmalen", "Sieker", "Stockinger", "Wittau", "Ihm", "Schroeder", "Schulte", "Weber",
    "Lüth", "Wenzel", "Schmid", "Wilken", "Meyer", "Loose", "Schmidt", "Schneider", "Wagner",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner",
    "Krause", "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich",
    "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
    "Franke", "Albrecht", "Schuster", "Simon", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
    "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt",
    "Haas", "Schreiber", "Graf", "Schulz", "Dietrich", "Ziegler", "Kühn", "Pohl", "Engel",
    "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer",
    "Strauß", "Voß", "Nußbaum", "Gießler", "Mühlbauer", "Grünwald", "Hübner", "Förster",
    "Döring", "Lübke", "Sönnichsen", "Fröhlich", "Gärtner", "Bäcker", "Käfer", "Rößler",
    "Meyer-Rath", "Schmidt-Kaehler", "Müller-Lüdenscheidt", "Hoffmann-Bär", "Ostermann",
    "Wiesehügel", "Brückner", "Oßwald", "Eckhoff", "Tiedemann", "Harms", "Janssen", "Petersen",
    "Ahrens", "Brinkmann", "Dreyer", "Overbeck", "Uhlmann", "Wendt", "Zeller", "Hagedorn",
    "Kowalski", "Nowak", "Yilmaz", "Demir", "Öztürk", "Kaya", "Rossi", "Ivanova", "Popescu",
)

TITLES: tuple[str, ...] = ("Dr.", "Prof. Dr.", "Dr.-Ing.", "Dipl.-Ing.")
"""Titles written before the name; ``Dr.`` dominates, see :func:`pick_title`."""

GIVEN_VARIANTS: dict[str, tuple[str, ...]] = {
    "Birgit": ("Brigitte",),
    "Sieglinde": ("Siglinde",),
    "Margarete": ("Magarete", "Margarethe"),
    "Karlheinz": ("Karl-Heinz",),
    "Karl-Heinz": ("Karlheinz",),
    "Christoph": ("Christof",),
    "Mathias": ("Matthias",),
    "Matthias": ("Mathias",),
    "Stefan": ("Stephan",),
    "Joachim": ("Jochen",),
    "Katharina": ("Katarina",),
    "Claus": ("Klaus",),
    "Carola": ("Karola",),
    "Gerd": ("Gert",),
    "Annette": ("Anette",),
    "Philipp": ("Phillip",),
    "Ralf": ("Ralph",),
    "Torsten": ("Thorsten",),
    "Sven": ("Swen",),
    "Hans-Jürgen": ("Hans Jürgen",),
    "Anna-Lena": ("Annalena",),
    "Günter": ("Günther",),
    "Jürgen": ("Juergen",),
    "Bärbel": ("Baerbel",),
    "Friederike": ("Frederike",),
}
"""Given names and the variants minute-takers write for them."""

_REPLACEMENTS: dict[str, str] = {
    "i": "l", "l": "i", "e": "a", "a": "e", "n": "m", "m": "n", "t": "d", "d": "t", "u": "ü",
    "ü": "u", "o": "ö", "ö": "o", "k": "ck", "r": "n", "s": "ss", "h": "",
}


def pick_title(rng: random.Random) -> str:
    """A title for about one person in five: mostly ``Dr.``, some ``Prof. Dr.``."""
    roll = rng.random()
    if roll < 0.14:
        return "Dr."
    if roll < 0.19:
        return "Prof. Dr."
    if roll < 0.2:
        return "Dr.-Ing."
    return ""


def surname_typo(rng: random.Random, family: str) -> str:
    """The surname with one letter replaced, dropped or two swapped (``Dreier`` -> ``Dreler``).

    The first letter is never touched, so the name stays recognisable; the result always differs.

    >>> surname_typo(random.Random(3), "Dreier") != "Dreier"
    True
    """
    for _ in range(20):
        pos = rng.randrange(1, len(family)) if len(family) > 1 else 0
        char = family[pos]
        if rng.random() < 0.3 and pos + 1 < len(family) and family[pos + 1] != char:
            candidate = family[:pos] + family[pos + 1] + char + family[pos + 2 :]
        elif char.lower() in _REPLACEMENTS:
            candidate = family[:pos] + _REPLACEMENTS[char.lower()] + family[pos + 1 :]
        else:
            continue
        if candidate != family and len(candidate) > 1 and "-" not in candidate[:2]:
            return candidate
    return family + "e"


def given_variant(rng: random.Random, given: str) -> str | None:
    """A variant of the given name (``Birgit`` -> ``Brigitte``), or ``None`` if it has none."""
    variants = GIVEN_VARIANTS.get(given)
    return rng.choice(variants) if variants else None


def sharp_s_variant(text: str) -> str | None:
    """``ß`` written as ``ss`` (``Papenfuß`` -> ``Papenfuss``), or ``None`` without an ``ß``."""
    return text.replace("ß", "ss") if "ß" in text else None
