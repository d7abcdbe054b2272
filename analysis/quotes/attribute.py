"""One article's attribution rows: quotations and reported speech together, speakers resolved in text order
(pronouns, documents and bodies resolved; a follow-on quote inherits the previous speaker; a partial quote with no
cue is a scare quote and is dropped), a quotation over several paragraphs split into one row per paragraph.

Rows are record tuples in :data:`RECORD_COLUMNS` order (the ``*_FIELD`` constants index them)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property, lru_cache
from itertools import chain, takewhile
from operator import attrgetter

from ..units import count_words, STOP_WORDS
from .aliases import US_STATES
from .clauses import DASHES, FINITE_VERBS, IRREGULAR_PAST, past_form
from .cues import is_name_of_a_work, QuoteCues
from .indirect import ReportedSpeech
from .marks import content_stems, holds_run, mark_width, normal_words
from .roles import MODIFIERS, role_heads
from .lexicon import (AUXILIARIES, CLAUSE_WORDS, CLOSING_MARKS, DATELINE, DETERMINERS, JOINT, MADE_BY, MONTHS,
                      OPENING_MARKS, PEOPLE_QUANTIFIERS, POSSESSIVE_END, PREPOSITIONS, PRONOUN_GENDER, PRONOUNS,
                      TIME_WORDS, WHEN_WORDS, common_words, first_names, lexicon)
from .speakers import (AGE_WORD, AUTHORITY_HEADS, BodyNames, CIVIL_SERVANT, classify_source, COMMISSIONED_WRITER,
                       COMPANY_KINDS, COMPASS, COUNCILLOR_TITLES, COURTESY_TITLES, DOC_MADE_BY, GENDERED_NOUNS,
                       holder_of, holds_role, kin_named_before, KIN_NOUNS, KIN_OPENING, LEGAL_FORMS, LISTED_BODY,
                       listed_fields_ordinary, MADE_WHEN, NAMED_ONLY_AS, names_country_of, NEWSPAPER_ENDS,
                       NUMBERED_THINGS, office_of, only_titles, outlet_named_before, OWNED_KIN, OWNER_KIN, Person,
                       PERSON_NOUN, PLACE_HEADS, PLATFORMS, RANK_BEFORE, recent_office_holder, role_holder, role_phrase,
                       SAID_OWN_PRONOUN, SENTENCE_POINT, source_gender, SPOKESPEOPLE, stands_for, unnamed_body,
                       UNNAMED_KIN, UNRESOLVED, WHERE_THEY_LIVE, WHO_CLAUSE)


#: Fields of a record tuple, in order (the rules build tuples; the role is added per article at the end).
RECORD_COLUMNS = ["article_id", "kind", "text", "speaker", "speaker_mention", "speaker_type", "cue", "location",
                  "start", "end", "paragraph", "n_words"]
#: Positions in a record tuple (:data:`RECORD_COLUMNS` order) of the fields the later stages read.
SPEAKER_FIELD, MENTION_FIELD, TYPE_FIELD, CUE_FIELD, START_FIELD, END_FIELD, N_WORDS_FIELD = 3, 4, 5, 6, 8, 9, 11
_CONJUNCTIONS = frozenset({"and", "but", "so"})
#: A document a source speaks in: "in a statement", "In a letter to shareholders".
_VEHICLE = re.compile(r"\b[Ii]n\s+(a\s+|an\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?([\w-]+(?:\s+[\w-]+){0,2})")
#: ("in a", "In the", "in written submissions"): one must be there
_VEHICLE_HINTS = ("n a", "n the", "n its", "n his", "n her", "n their", "n written", "n court", "n legal")
#: A sentence that introduces its subject after the verb: "Among those camped outside parliament is (Domingas Soares)".
#: A body's initials, and a name then its initials in parentheses: "the State Criminal Police Office (LKA)"; a
#: place owning a name: "Russia's (Federal Security Service)".
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.]{1,9}")
_DEFINED_ACRONYM = re.compile(r"(?:[Aa]ccording\s+to\s+)?"  # (a name on one line: not a headline's last word)
                              r"((?:[A-Z][\w'’.-]*[ \t]+(?:(?:of|for|and|on|to|the|de|du)[ \t]+)*){1,8}[A-Z][\w'’.-]*)"
                              r"[ \t]+\(([A-Z][A-Za-z&.]{1,13})\)")
_OWNER_FIRST = re.compile(r"[A-Z][\w.-]*['’]s\s+(?=\S+\s)")
#: A body's short name set off after its description, then a relative clause, before the cue: ", UPAC, which led
#: the investigation, " (group 1: the name).
_ACRONYM_APPOSITIVE = re.compile(r",\s+([A-Z][A-Z&.-]{1,9}),\s+(?:which|who)\b[^.;:!?\n\"“”]{0,120},\s*")
#: A description of a body by its owner or article: "Quebec’s anti-corruption unit", "The agency".
_DESCRIBED_LEAD_BODY = re.compile(r"(?:[Tt]he|[A-Z][\w.-]*['’]s)\s+[a-z]")
#: After an appositive's name, up to the source's cue: where they are from and a comma ("(Aanya Thibodeau-Sharma) of
#: Surrey, B.C., (called)").
_NAME_TO_CUE = re.compile(r"(?:\s+of\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?,\s*")
_AGED_WORD = re.compile(r"\d{1,3}-year-old")
#: The end of a name set off by a comma or a dash: "(Cllr Jenny Rowley) - no relation -", "(Jenny Rowley),".
_SET_OFF_END = re.compile(r"\s*(?:,|[-–—]\s)")
#: A person by a description ending in a noun for people: "the skater", "The retired Sudbury teacher".
_DESCRIBED_PERSON = re.compile(r"(?i:the)\s+(?:[\w'’-]+\s+){0,3}([a-z]+)")
#: A body's board or management speaking: "(the skating club)'s board".
_BODYS_BOARD = re.compile(r"((?:the|The)\s+(?:[a-z-]+\s+)?[a-z]+)['’]s\s+(?:board(?:\s+of\s+directors)?|executive|"
                          r"management|leadership)")
#: Nouns one unnamed source goes by in turn: "One longtime employee, who ..., said ... the worker said"; "A GP at a
#: neighbouring practice ... the doctor said".
_SAME_SOURCE_NOUNS = (frozenset({"employee", "worker", "staffer"}), frozenset({"gp", "doctor", "physician"}))
#: A copula or "as" right before a noun phrase: "was (a collector)".
_COPULA_END = re.compile(r"\b(?:is|was|as|became|been|be)\s+$")
#: A name right after a noun phrase: "(a collector), Tom Smith,", "(a collector) named Tom Smith".
_NAME_NEXT = re.compile(r"(?:,\s+|\s+(?:named|called)\s+)[A-Z]")
#: A source who keeps their name back: "The snowmachine rider, who asked not to be named ...".
_KEPT_UNNAMED = re.compile(r"\b(?:be named|be identified|anonymity|anonymously)\b")
_GROUP_WORDS = frozenset("man men woman women people staff parent student president resident giant".split())
#: A joint text two people sign: "the joint communiqué", "The memorandum", "the joint declaration".
_JOINT_TEXT = re.compile(r"(?i)the\s+(?:joint\s+)?(?:communiqu[ée]|declaration|memorandum)")
#: Signing or co-chairing by people named next: "was signed for Burkina Faso by", "co-chaired by".
_SIGNED_JOINTLY = re.compile(r"\b(?:signed|co-?signed|co-?chaired)\s+(?:for\s+[A-Z][^,.;]{0,40}?\s+)?by\b")
#: Where witnesses follow the signers: "in the presence of", "witnessed by".
_WITNESSED = re.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|before\s+an\s+audience)\b")
#: The second of two people joined as the first's relative: "(Julian Carbery ...) with his nephew (Toby Carbery)".
_WITH_KIN = re.compile(r"\bwith\s+(?:his|her|their)\s+(?:" + "|".join(sorted(KIN_NOUNS)) + r"),?\s*$")
#: An unnamed source introduced at a sentence's start, before its verb: "An ally of the science secretary was ...".
_INTRODUCED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:An?|One)\s+((?:[a-z][\w-]*\s+){0,3}(?P<noun>[a-z]+)"
                         r"(?:\s+(?:of|for|to|at|in|close\s+to|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)"
                         r"(?=,|\s+(?:was|is|were|are|has|had|who|said|says|told)\b)", re.M)
#: A document and who made it or whom it went to: "A report (by|to|from|for) ...".
_DOCUMENT_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){0,3}?(\w+)\s+(?:by|from|to|for)\s")
#: A short phrase set off by a comma before a sentence's subject: "Outside the court, ".
_FRONTED = re.compile(r"[^,\"“”\n]{1,60},\s+")
#: What comes before a subject its verb (or a cleft) puts later: "Among them was (Rana Saleh)", "In the stands
#: behind the bench sat (Kelly Schaub)" (a verb of posture), "It was during those years, in 1978, that Mr (Emmerson)",
#: "Her successor as the Sunday counter is Ellon teenager (Ruaridh Mackay)" (a description, then who it is).
_SUBJECT_PUT_LATER = re.compile(r"(?:Among|Including)\b[^.,;:]*\s(?:is|was)\s+"
                                r"|(?:In|At|On|Behind|Beside|Outside|Inside|Near|Across|Alongside)\b[^.,;:\"“”]*"
                                r"\s(?:sat|stood|sits|stands|waited|waits|knelt|kneels)\s+"
                                r"|It\s+(?:was|is)\s+[^.;:\"“”]*\s(?:that|when)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
                                r"|(?:One|Another|Her|His|Their|The)\s[^.,;:\"“”]*\s(?:is|was)\s+"
                                r"(?:[A-Z][\w'’-]+\s+(?=[a-z]))?(?:[a-z][\w'’-]*\s+){0,3}"
                                r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?")
#: A passive question: "(Janet Cope) was asked by Ms Onions whether".
_ASKED_PASSIVE = re.compile(r"\s(?:was|were)\s+(?:also\s+)?asked\s+(?:by\s+[^,.]{1,40}?\s+)?"
                            r"(?:whether|if|about|why|what|how)\b")
#: A question put to someone named (group 1): "asked Dr Lenoir whether", "asked Mayor Ruth Kane about".
_ASKED_NAMED = re.compile(r"\basked\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)\s+(?:whether|if|about|why|what|how)\b")
#: Two people named after a description, "(Her parents), Martin and Judith Vance" (the names: group 1), and the
#: description before the second name.
_PAIR_AFTER = re.compile(r",\s+([A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)(?=,|\s+[a-z])")
_DESCRIPTION_THEN_PAIR = re.compile(r"((?:[A-Z][\w'’-]*\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}),\s+"
                                    r"[A-Z][\w'’-]+\s+and\s+")
#: A short plural description owned or definite: "Her parents", "The couple's sons".
_PAIR_DESCRIPTION = re.compile(r"(?:His|Her|Their|The|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                               r"[a-z][\w-]*s")
#: A family by its surname: "the Tranters", "The Obamas", "The two Khawaldehs".
_FAMILY = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:(?:two|three|four)\s+)?([A-Z][\w'’-]+?)(?:e?s)")
#: A description of one person, its head last in lower case: "An Elizabethtown-Kitley Township dairy farmer".
_DESCRIPTION_HEAD = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w.’'-]+\s+){0,5}([a-z]+)")


def _description_head(mention: str) -> str | None:
    """The head noun of a description of one person, in lower case (``An Elizabethtown-Kitley Township dairy
    farmer``: ``farmer``; ``A coach from a rival team``: ``coach``), else None."""
    described = _DESCRIPTION_HEAD.fullmatch(_OF_PHRASE.split(mention, maxsplit=1)[0])
    return described.group(1).lower() if described else None


#: Nouns for anyone: the person a description with them was read as is not whom a later "the man" names.
_ANYONE_NOUNS = frozenset("man woman person boy girl people resident".split())
#: "the" and a head noun alone: "The farmer", "the grower".
_THE_HEAD = re.compile(r"[Tt]he\s+([a-z]+)")
#: How a lead's description of a source opens: an article, an owner's pronoun or a name's possessive.
_DESCRIPTION_OPENS = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s|(?:[A-Z][\w.]*\s+){1,4}[\w.]+['’]s\s"
                                r"|[A-Z][\w.]*['’]s\s")
#: Two people as one source: "the siblings", "the couple", "the pair", "Both men".
_PAIR = re.compile(r"(?i:the|both)\s+(?:two(?:\s+(?:men|women))?|pair|couple|siblings|brothers|sisters|twins|duo"
                   r"|co-founders|parents)|(?i:both)\s+(?:of\s+(?:the|those|these|them)\s+)?(?:men|women)")
# ("Both of those men": the two named before)
#: Someone counted among the people a relative clause's verb reports: "(X) is among those (who say)".
_AMONG_THOSE = re.compile(r"\b(?:is|was|are|were)\s+(?:also\s+|now\s+)?(?:among|one\s+of)\s+$")
#: Two or more bodies by their kind, in the plural: "the two companies", "The unions", "Both governments".
_BODY_PAIR = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:(?:two|the)\s+)?([a-z]{3,}s)")
#: Plural kinds of bodies that :data:`_BODY_PAIR` reads whose singular is no head word of the lexicon's
#: ("governments": two countries).
_BODY_PLURALS = frozenset("governments practices airlines retailers".split())
#: Capitalised words that may name a country: "Norway", "New Zealand".
_COUNTRY_WORDS = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
_KIN_PAIR = re.compile(r"\b(?:couple|siblings|brothers|sisters|twins|parents)\b", re.I)  # a family: one surname
#: Heads of a description that name a group in the singular: "the parliamentary opposition", "the government".
_COLLECTIVE_HEADS = frozenset("opposition government cabinet parliament legislature".split())
#: "The" and a noun, maybe in capitals: "the specialist", "the GP".
_THE_NOUN = re.compile(r"(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:[a-z]+|[A-Z]{2,4})")
#: A role or description for someone introduced before: "The pipeline inspector", "The 38-year-old".
_THE_ROLE = re.compile(r"[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}[a-z0-9][\w-]*")
#: A definite description of up to four words, the last in lower case: "The RSIS fellow", "the cabinet member".
_THE_DESCRIPTION = re.compile(r"[Tt]he\s+((?:[\w'’-]+\s+){0,3}(?:[a-z][\w-]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+))")  # (or
# an office in capitals joined by a hyphen: "the Director-General")
#: Between a description and the name it goes before: "(cabinet member) for communities and neighbourhoods, Cllr
#: (Ian Marsden)", "(RSIS fellow) (Lim Shu Wen)".
_NAMED_AFTER = re.compile(r"(?:\s+(?:for|of|at|in|on)\s+[^.;:\n\"“”]{1,60}?)?,?\s+(?:(?:[A-Z][a-z]*\.?|Cllr)\s+){0,2}")
#: A verb between a description and a name: "(a man in Manchester) waited for (Jeb Bush)", "(One man in
#: Manchester), responding to (Sanders')".
_VERB_IN_GAP = re.compile(r"\b[a-z]{3,}ed\b|\b(?:is|was|were|are|has|had|have|met|told|saw|went|said|says)\b"
                          r"|\b[a-z]{3,}ing\s+(?:to|on|at|for|with|about)\b")  # ("responding to")
#: Between a name and its description after a comma: "(Mikael Ekström), a (union official)".
_DESCRIBED_AFTER = re.compile(r"(?:,\s+\d+)?,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}")
#: An official the text introduces without a name: "One official involved in the project", "an official".
_UNNAMED_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w-]+\s+){0,3}?"
                               rf"(?:official|officer|officials|officers|{CIVIL_SERVANT})\b")
#: A capitalised word next: "(City) Councilor".
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
#: A teenager named by a noun of their age: "the teen", "The teenager", "the schoolgirl".
_THE_TEEN = re.compile(r"[Tt]he\s+(teen|teenager|schoolboy|schoolgirl)")
#: One defendant by that role: "The accused", "the defendant".
_THE_ACCUSED = re.compile(r"[Tt]he\s+(?:accused|defendant)")
#: A clause saying someone is tried: "(he) is on trial", "was charged", "pleaded not guilty", "faces two charges".
_ON_TRIAL = re.compile(r"\b(?:is|was|are|were)\s+(?:on\s+trial|(?:jointly\s+)?charged|accused\s+of)\b"
                       r"|\bpleaded\s+(?:not\s+)?guilty\b|\bfaces?\s+(?:\w+\s+){0,2}charges?\b"
                       r"|\bdenies\s+(?:\w+\s+){0,2}charges?\b")
#: An unnamed teenager: "A 16-year-old girl", "a teenager", "another schoolboy".
_UNNAMED_TEEN = re.compile(r"\b(?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)-year-old\b"
                           r"|\b(?:[Aa]n?|[Aa]nother)\s+(?:teen|teenager|teenage|schoolboy|schoolgirl)\b")
#: Two people spoken of as one source: "The couple", "the pair", "The brothers".
_THE_TWO = re.compile(r"[Tt]he\s+(?:couple|pair|brothers|sisters|siblings|twins)")
#: Two people named together: "Marta and Dieter Vandenberg", "Ann Lee and Tom Cole".
_TWO_NAMED = re.compile(r"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+and[ \t]+([A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)")
#: A quotation joined to the reported clause before it: '..., but "nobody listened"'.
_CONJOINED_QUOTE = re.compile(r",?\s+(?:but|and|yet)\s+[\"“‘']?")
#: One unnamed source pointed back to: "That person said", "This official added".
_THAT_NOUN = re.compile(r"(?:[Tt]hat|[Tt]his)\s+[a-z]+")
#: "the man", "the woman": any one unnamed person of that gender.
_GENDER_NOUNS = {"man": "m", "woman": "f"}
#: How a document named as a source was made or came out, after its head noun: "commissioned by the town",
#: "tendered to the court", "completed in January", ", obtained by the Citizen"; and a maker named with a capital.
_DOCUMENT_TAIL = re.compile(r",?\s+(?:also\s+)?(?:(?:[a-z]+ed|seen|sent|written|shown|given|read|laid|drawn\s+up)\s+"
                            r"(?:by|to|for|in|on|at|from|with|under|alongside)\b|(?:completed|dated)\b)")
_NAMED_MAKER = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")
#: A relative clause's opening word set off at the end of a document's name: "The audit, which (looked at ...)".
_RELATIVE_OPENED = re.compile(r",\s*(?:which|that|who)$")
#: Unnamed people described by what they know: "(two) people familiar with the matter", "sources close to".
_UNNAMED_GROUP = re.compile(r"(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|\d+)\s+)?(?:[a-z-]+\s+)?"
                            r"(?:people|sources|officials)\s+(?:familiar|close|briefed|involved)\b")
#: Where an unnamed source's head noun ends: "official (familiar with ...)", "machinist (from Brampton)".
_OF_PHRASE = re.compile(r"\s(?:for|of|at|with|from|in|on|who|familiar|close|involved|briefed|based|to|near|inside"
                        r"|within|below|above|(?:working|living)(?=\s+(?:for|at|in|on|with|near|alongside)\b))\b|,")
_THIS = frozenset({"the", "this"})
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
#: ``... "fake math" by Democrats``: the agent of a passive cue, a capitalised name right after the quotation.
_AGENT_NAME = r"(?:the[ \t]+)?[A-Z](?:[\w'’&-]|\.(?=[A-Z]))*(?:[ \t]+(?:of[ \t]+)?[A-Z](?:[\w'’&-]|\.(?=[A-Z]))*)*"
_BY_AGENT = re.compile(rf"[”\"’']?[ \t]+by[ \t]+({_AGENT_NAME})")
#: Role words that do not narrow whom a role names: "the former minister" is the minister.
_NOT_QUALIFYING = frozenset({"former", "then", "acting", "interim"})
#: Subordinators after a cue that say when or why it was said: "said as he launched the process".
_WHEN_SAID = frozenset("as while when after before because".split())
#: A passive cue right before a quotation: "have been described as ", "was branded ".
_PASSIVE = r"\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?([a-z]+ed)\s+(?:as\s+)?"
_PASSIVE_LEAD = re.compile(_PASSIVE + r"\Z")
#: A passive naming right before a quotation, an article allowed: "what has been described as a ", "was dubbed the ".
_PASSIVE_LABEL = re.compile(_PASSIVE + r"(?:(?:an?|the)\s+)?\Z")
#: The agent after a quotation: a name (as :data:`_BY_AGENT`) or a lower-case noun phrase with "the" up to the end
#: of its clause ("by the shadow health minister").
_BY_ANY_AGENT = re.compile(rf"[”\"’']?[ \t]+by[ \t]+({_AGENT_NAME}"
                           r"|the[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}(?=[ \t]*[.,;]))")
#: ``wrote a letter``: the verb of a document's writer (``{head}`` is the document's head noun).
_WROTE = (r"\b(?:wrote|sent|signed|filed|released|issued|[Ii]n(?=\s+\S+\s+(?:[\w-]+\s+){{0,2}}(?:order|ruling|judgment|"
          r"judgement|decision|letter|memo|memorandum|email|submission)\b))\s+(?:a|an|the|his|her|its|their)\s+"
          r"(?:[\w-]+\s+){{0,2}}{head}\b")
#: Writing to someone, which a later "the letter" is: "The village’s lawyer, Daniel Okafor, wrote to the city clerk".
_WROTE_TO = r"|\b(?:wrote|has\s+written|had\s+written)\s+to\b"
#: A reporting verb right after a named subject (and its comma): "(Paul Whitfield), said".
_SUBJECT_VERB = re.compile(r",?\s+(?:said|says|wrote|writes|warned|told|added|explained|stated)\b")
_START = attrgetter("start")
#: A sentence opening with a plural noun (after a lower-case modifier): "Staff set up", "Traffic engineers grade".
_OPENING_WORDS = re.compile(r"([A-Z][a-z]+)\s+([A-Za-z][a-z]+)(?:\s+([a-z]+)\b)?")
#: A body's name of capitalised words, "of", "and", "for" or "the" between them: "Colorado Parks and Wildlife".
_BODY_LIKE = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w.'’&-]*)+")
#: Kinds of public bodies that a body of any name may be ("Parks Canada", "Colorado Parks and Wildlife").
_PUBLIC_BODY_KINDS = frozenset("""agency department ministry office service authority commission board bureau regulator
organisation organization""".split())
#: An unnamed spokesperson of a named body: "A spokesperson for Fisheries and Oceans Canada", "A Parks Canada
#: spokesperson".
_SPOKESPERSON_FOR = re.compile(r"(?:(?i:an?|the)\s+)?(?:spokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
                               r"([A-Z].*)|((?:[A-Z][\w.'’&-]*\s+){1,5})spokes(?:man|woman|person))")
#: A body named by its field: "Department of (Public Health and Social Services)", "Ministry of (Public Works)".
#: Kinds of bodies named by their field, before or after it: "Ministry of (Agriculture and Waterways)",
#: "(Waterways) Ministry".
FIELD_KINDS = ("Department", "Ministry", "Office", "Bureau", "Division")
_FIELD_BODY = re.compile(rf"(?:The\s+|the\s+)?({'|'.join(FIELD_KINDS)})\s+of\s+(?:the\s+)?")
#: A preposition of place right before a name: "(the car park) off (Padgbury Lane)".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:off|on|along|in|at|near|from|to|into|onto|by|via)\s+(?:the\s+)?$")
#: A message named by its noun alone, and the verbs that say someone sent one ("the post read" after "X posted").
_MESSAGE = re.compile(r"(?i:the)\s+(post|text|tweet|message|email|e-mail)")
_SENT_MESSAGE = {noun: re.compile(rf"\b(?:{verbs})\b") for noun, verbs in {
    "post": "posted|published", "text": "texted|text-messaged", "tweet": "tweeted",
    "message": "messaged|texted|posted|published",
    "email": "emailed|e-mailed", "e-mail": "emailed|e-mailed", "caption": "posted|shared|tweeted|uploaded"}.items()}
#: The words before a caption's quotation: "with the caption: "...", "captioned "..."".
_CAPTION_BEFORE = re.compile(r"\b(?:caption|captioned)[:,]?\s*[“\"‘']?\s*$")
#: What is posted that is no message: "posted bail", "posted a loss".
_NO_MESSAGE_AFTER = re.compile(r"\s+(?:(?:his|her|their|its|a|an)\s+)?(?:bail|bond|loss|losses|profit|profits|gains?|"
                               r"record|time|score|lead|win|victory|guard|guards)\b")
_SUBJECT_BEFORE_VERB = re.compile(r"(,[^,.;\n]*,|,)?\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ly\s+)?")  # (the comma
# closing an appositive the name ends: "the team’s captain, defender Tyrique Liburd, had published")
#: The comma opening an appositive that a name ends, in a name's sentence before it: "the team’s captain, (defender)".
_APPOSITIVE_OPENED = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,3}$")
#: A message sent by someone other than its verb's subject: "(posted) by his daughter", "(published) a post by".
_SENT_BY_ANOTHER = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?[a-z]+\s+)?(?:by|from)\b")
_PRONOUN_BEFORE_VERB = re.compile(r"\b(He|She|he|she)\s+(?:[a-z]+ly\s+)?$")
#: A quotation's speaker named right after its closing mark: '..." That was (Bill Corfield)'.
#: A kind noun after "the", or its document: "the (receiver)", "The (receiver)'s (report)".
_THE_KIND_OR_ITS_DOCUMENT = re.compile(r"[Tt]he\s+([a-z]+)(?:['’]s\s+((?:[a-z-]+\s+){0,2}[a-z]+))?")
#: The judges of a court as a group: "The justices", "the appeal judges", "the three judges".
_THE_JUDGES = re.compile(r"[Tt]he\s+(?:(?:three|five|seven|nine|appeal|appeals|high\s+court)\s+)?(?:justices|judges)")


def _quoted_words(quoted: str) -> str:
    """The words of a quotation in lower case, one space apart, without punctuation: to find it quoted again."""
    return " ".join(re.findall(r"[\w'’]+", quoted.lower()))


_IDENTIFIED_AFTER = re.compile(r"[\"”’']?[ \t]+(?:That|This)[ \t]+(?:was|is)[ \t]+")
#: Capitalised words (titles, then a name) opening a clause: " Justice Harriet Okonkwo-Bell".
_TITLED_NAME = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*(?=[\s,])")
#: Plural nouns that name people ("officials", "farmers", "fishermen").
_PEOPLE_PLURAL = (r"[A-Za-z]*(?:ers|ists|ians|ors|ants|ents)|[Oo]fficials|[Ee]xperts|[Cc]ritics|MPs|MEPs"
                  r"|[Pp]eople|[Aa]nalysts|[Ee]conomists|[Gg]roups|[Ff]amilies|Republicans"
                  r"|Democrats|Conservatives|Liberals|Tories|Americans"
                  r"|[A-Za-z]*(?<![Yy]e)men")  # ("fishermen", "businessmen")
#: A group of people as the subject of a clause inside a sentence, its verb after it: "after MPs bombarded the
#: minister ... as they complained", "at a pace local health officials haven't seen in a decade, and they say".
_GROUP_IN_CLAUSE = re.compile(r"\b(" + _PEOPLE_PLURAL + r")\s+(?:have|haven[’']t|had|hadn[’']t|were|are|[a-z]+ed)\b")
#: A conjunction right before "they", which then opens a clause of its own ("..., and they say", "as they said").
_THEY_AFTER_CONJUNCTION = re.compile(r"(?:\band|\bas|\bbut|\bbecause|\bwhile|\bwhen|\bso)\s+$")
#: A time or place phrase opening a sentence before its subject: "Since taking over Congress in January, (the
#: Republicans and Trump have)", "In Leeds, (the union's members were)".
_OPENING_ADJUNCT = r"(?:(?:In|On|At|After|Before|Since|During|Following|Earlier|Later|Last)\b[^,.;:\"“”]{0,80},\s+)?"
#: A sentence opening with a group of people (an optional conjunction, up to five words that open no clause, a
#: plural noun that names people, an optional participle or prepositional phrase) before its verb: "Other lawmakers
#: have", "The Save the Scottish Regiments campaigners were", "Several hundred fishermen from the lagoon villages
#: marched", "Two officials familiar with the talks told" (not a share: "More women are founding").
_PLURAL_SUBJECT = re.compile(r"(?:(?:But|And|So|Yet|Now)\s+)?(?:(?:Later|Meanwhile|However|Earlier|Instead|Still"
                             r"|Separately|Elsewhere|Then|[A-Z][a-z]+ly),\s+)?" + _OPENING_ADJUNCT
                             + r"((?:[Tt]he\s+)?"
                             r"(?:(?!(?i:he|she|it|they|we|i|you|that|if|when|while|although|as|since|because|after"
                             r"|before|who|which|many|some|more|fewer)\b)[A-Za-z][\w'’-]*\s+){0,5}"
                             r"(?:(?!(?i:numbers|papers|letters|orders|answers|powers|matters|centers|centres|waters"
                             r"|borders|headquarters|others|documents|comments|statements|agreements|events"
                             r"|winters|summers|quarters|rivers|towers|computers|containers|chambers|shelters|corners"
                             r"|barriers|meters|metres|layers|filters|parameters)\b)"
                             + _PEOPLE_PLURAL + ")"
                             r"(?:\s+[a-z]+ing\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+"
                             r"|\s+(?:from|of|at|in|familiar\s+with)\s+(?:[\w'’-]+\s+){0,7}?[\w'’-]+)?)"
                             r"(?=\s+(?:have|had|were|are|will|would|could|should|may|might|must|also|all|both|[a-z]+ed"
                             r"|oppose|say|want|fear|believe|argue|claim|urge|predict|warn|hope|think|feel|expect"
                             r"|accuse|insist|complain|worry|support|back|reject|deny|said|says|told|tell)\b)")
#: A pronoun in why a source is not named (``{p}``): "because he was not authorised", "She spoke on the condition".
_UNNAMED_BECAUSE = (r"\bbecause\s+{p}\b|\b{p}\s+(?:was|is|had|has)\s+not\s+authori[sz]ed|\b{p}\s+not\s+be\s+named"
                    r"|\b{p}\s+(?:spoke|asked|requested|declined|did\s+not\s+want)\b")
#: A question's cue before what is asked: "asked if", "asked Clinton whether" (she is who is asked about).
_ASKED_IF = re.compile(r"\b(?:ask(?:s|ed|ing)?(?:\s+[\w.'’-]+){0,4}?|if|whether)\s*$", re.I)
#: An aside that keeps a source's name back: ", who asked not to be named", " who spoke on condition of anonymity".
_UNNAMED_ASIDE = r",?\s+who\s+(?:asked|spoke|requested|declined|did\s+not\s+want)\b"
#: A relative named by whose relative: "Her father", "His wife".
_OWNER_AND_KIN = re.compile(r"(His|Her|his|her)\s+(father|mother|husband|wife|son|daughter)")
#: The relations a person may be introduced as, for each relation named back: her father is whom she is daughter of.
_INVERSE_KIN = {"father": ("daughter", "son"), "mother": ("daughter", "son"), "son": ("father", "mother"),
                "daughter": ("father", "mother"), "husband": ("wife",), "wife": ("husband",)}
#: A person introduced as someone's relative, right before the name: "His daughter, ".
_KIN_INTRO = re.compile(r"\b(His|Her|his|her)\s+(daughter|son|father|mother|wife|husband),?\s+$")
#: One unnamed person as a source: "an attorney for the Caucus", "A CPS spokesperson", "the official" (the nouns of
#: someone who speaks for others; a role such as "the minister" keeps the role rules).
#: One unnamed person by a lone noun: "One plaintiff", "A neighbour".
_ONE_NOUN = re.compile(r"(?:[Oo]ne|[Aa]n?)\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+(?=[a-z])){0,2}?([a-z]+)"
                       r"(?:\s+(?:at|of|for|from|in|with)\s+[^,]+)?")  # ("a Japanese importer": a nationality too)
#: A lead's unnamed source by a role: "A councillor", "A senior councillor", "An opposition MP".
_LEAD_ROLE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?(councillor|councilor|MP|MSP|MLA|MPP|mayor"
                        r"|alderman|senator|assemblyman|assemblywoman|commissioner|trustee|Republican|Democrat|lawmaker"
                        r"|legislator|congressman|congresswoman|minister|judge|Conservative|Tory|Liberal)")
#: One person described, its modifiers of the given pattern: "A trader at an international grain house".
_ONE_DESCRIBED = (r"(?i:an?|one|another)\s+(?:(?:{modifier}|[A-Z]{{2,5}})\s+){{0,2}}?(?:[a-z][\w-]*[a-rt-z]|GP|MP|MEP)"
                  rf"(?=\s+(?:at|of|for|from|in|on|with|who|whose)\s|\s+(?:{WHERE_THEY_LIVE})\b"
                  r"|\s*,|\s*$)")  # (initials too: "A BLM range specialist who", "A GP at a city centre practice"; "A
# farmer whose land borders theirs", "A retired schoolteacher next door")
#: An unnamed source introduced as one of many, a capitalised modifier allowed: "A former Clearpath analyst".
_ONE_OF_MANY = re.compile(r"\s*" + _ONE_DESCRIBED.format(modifier=r"[\w-]+"))
#: Those who ask, whom the person asked answers: "one questioner claimed ... '...,' he said" is the candidate.
_ASKER = re.compile(r"\b(?:questioner|interviewer|moderator|caller|reporter|journalist)\b")
#: One unnamed person by a noun and what they are of: "the owner of a gift shop two doors along".
_THE_PERSON_OF = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+)?[a-z]+(?:er|or|ist|ian|ant|ent|ee|man|woman|person)\s+of\s")
#: A source introduced unnamed, not a noun pointing back to someone named ("the grower"): "a shopkeeper", "the
#: owner of a gift shop".
_INTRODUCED_UNNAMED = re.compile(r"(?i:an?|one|another)\s|" + _THE_PERSON_OF.pattern)
_ONE_UNNAMED = re.compile(r"(?:(?i:one|another),\s+)?"  # ("One, an engineer with 14 years at the company")
                          r"(?:(?i:an?|the|one|another)\s+(?:[\w.&'’-]+\s+){0,3}?"
                          r"(?:spokes(?:man|woman|person)|attorney|lawyer"
                          r"|official|officer|staffer|employee|aide|adviser|advisor|representative|source)\b(?!['’]s)"
                          # any one person described, its modifiers in lower case
                          r"|" + _ONE_DESCRIBED.format(modifier=r"[a-z][\w-]*") +
                          # one of a group: "one of the council's coastal engineers", "one of the farmers who
                          # had been underpaid, who asked not to be named" (a relative clause after it)
                          r"|(?i:one)\s+of\s+(?:[\w.&'’-]+\s+){0,4}?[a-z][\w-]*s(?:\s*$|\s+who\s))")
#: A body with the kind of body it is after its name, or that kind alone: "the Nuffield Trust think tank", "the
#: think tank", "the charity" (not a union: "the GMB union" is how its name is written).
_BODY_KINDS = (r"think tank|charity|watchdog|lobby group|pressure group|campaign group|advocacy group|trade body"
               r"|cooperative|co-op")
_BODY_KIND_WORDS = frozenset(w for kind in _BODY_KINDS.split("|") for w in kind.split())  # a cheap test first
#: Words of a party's name: "the Liberal Democrat group" is the party's councillors, no campaign's name.
_PARTY_GROUP_WORDS = frozenset("democrat democrats democratic republican republicans tory tories conservative "
                               "conservatives labour liberal liberals green greens independent independents reform "
                               "plaid snp ukip".split())
#: A campaign's name, then "group" or "campaign" in lower case: "the (Save Henbury Fields) group".
_NAME_THEN_GROUP = re.compile(r"(?i:the)\s+((?:[A-Z][\w'’&.-]*\s+){1,6})(?:group|campaign)")
_KIND_OF_BODY = re.compile(rf"(?i:the)\s+((?:[A-Z][\w'’&.-]*\s+){{1,6}})?({_BODY_KINDS})")
_KIND_THEN_NAME = re.compile(rf"(?i:the)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_BODY_KINDS})\s+"
                             r"((?:[A-Z][\w'’&-]*\s*(?:(?:of|for|on|and)\s+(?=[A-Z]))?)+)")
_NAMED_KIND = r"((?:[A-Z][\w'’&.-]*\s+){{0,5}}[A-Z][\w'’&.-]*)\s+{kind}\b"
# "the road safety charity Kerbside Trust", "the charity Bridges for Refugees"
_KIND_NAMED = (r"\b{kind}\s+(?:(?:called|named|known\s+as)\s+)?"
               r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|for|on|and)\s+(?=[A-Z]))?){{0,5}}[A-Z][\w'’&-]*)")
# (or a name given: "a volunteer group called Naco Sin Agua")
#: A document by its head noun after "the" (``the report``, ``The 40-page study``), for its maker.
_THE_DOCUMENT = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,2}?(report|study|review|audit|analysis|assessment|survey|"
                           r"evaluation|memo|memorandum|brief|submission|letter|email|e-mail|note)")
#: Where a document of that noun is introduced with its maker: "a study by (the Fraser Institute)", "(a 64-page)
#: review of Greater Sudbury Fire Services prepared by (Calder Risk Advisory)", "report prepared for the three towns by
#: Halifax-based (Kestner Policing Group)", "The survey was conducted for AP ... by (Edison Research)": its making's
#: participle (:data:`MADE_BY`, not "commissioned": who asked for it did not write it) or "by" right after it, so not
#: who obtained, saw or cited it ("a memo obtained by the Post"); or "from" right after it: "a letter from (Gail
#: Ouellette)"; a lower-case role may come before the name ("A memo from county human resources director (Tasha
#: Greer)"), a comma after the noun ("The assessment, written for the DfE by (Miriam Achterberg)") and when it came
#: ("a letter last month from (Hemlund AB)").
_MADE_BY_NAME = (r"\b{noun},?\s+(?:(?:last|this)\s+(?:week|month|year)\s+|(?:on\s+)?[A-Z][a-z]+day\s+)?"
                 r"(?:from\s+|(?:(?:of|on|into|about)\s+[^.;:\n\"“”,]{{1,60}}?\s+)?"
                 r"(?:(?:(?:is|was|were|has\s+been|had\s+been)\s+)?"
                 r"(?:" + "|".join(p for p in MADE_BY if p != "commissioned") + r")\s+(?:[^.;:\n\"“”,]{{1,40}}?\s+)?)?"
                 r"by\s+)(?:the\s+)?(?:[\w-]+-based\s+)?(?P<role>(?:[a-z][\w-]*\s+){{1,5}}(?=[A-Z]))?"
                 r"(?P<maker>(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?){{0,6}}[A-Z][\w'’&-]*)")
#: Lower-case role words after an owner's possessive: "(the Postal Service's) inspector general".
_HELD_ROLE = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
#: An official by a bare description: "the official", "The WHO official", "the Lithuanian official".
_THE_OFFICIAL = re.compile(r"(?i:the)\s+(?:[\w.-]+\s+)?official")
#: An unnamed official introduced: "One official involved in the project", "a senior official", "An EU official".
_AN_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!of\b|by\b|for\b|from\b|with\b)[\w.-]+\s+){0,3}"
                          r"official\b(?!\s+(?:statements?|visits?|reports?|figures|data|letters?|residence|website"
                          r"|accounts?|channels?|language|results|records|estimates?|count|complaints?|requests?|capacity"
                          r"|duties|business|trips?|status|title|position|ceremony|launch|opening|documents?|sources?"
                          r"|response|reply|vehicle|car)\b)"
                          rf"|\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}(?:{CIVIL_SERVANT})\b")
# (a person: "a senior official said", "One official involved in the project", "An EU official, who", "A senior
# civil servant"; not "an official statement", "a statement by officials")
#: Kinds of civil body an article introduces once by name and then calls by the kind, however far on.
_NAMED_KINDS = frozenset("group society club charity association campaign coalition alliance network trust "
                         "foundation cooperative co-operative collective".split())
#: A one-word name set off after a company's kind: "a Munich start-up, Alpinera."
_KIND_SET_OFF = re.compile(r"\b" + COMPANY_KINDS + r",\s+([A-Z][\w'’&-]*)(?=[.;]|,\s+(?:which|that|a|an|the)\b)")
#: A name and an appositive whose head is a kind of body: "Landvolk Niedersachsen, the state's main farmers'
#: association," (no "of": "Jane Doe, the head of the association," is a person); the name within one line.
_NAME_THEN_KIND = (r"([A-Z][\w'’&.-]*(?:[ \t]+(?:(?:of|for|and|de|del|la|le|du|des)[ \t]+)?[A-Z][\w'’&.-]*)*),\s+"
                   r"(?:the|a|an)\s+"
                   r"(?:(?!(?:of|for|at|with|in)\b)[\w'’-]+\s+){{0,5}}{kind}"
                   r"(?=[,.;]|\s+(?:that|which|based|headquartered|founded|formed|owned|run|listed)\b)")
#: A body's name of two capitalised words or more, then a word or two in lower case and its kind noun, after "the":
#: "The (Gravelbourg Barracudas) swim club".
_NAME_OF_KIND = (r"\b[Tt]he[ \t]+([A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)+)"
                 r"(?:[ \t]+(?!(?:the|a|an|its|their|his|her|that|this)\b)[a-z][\w-]*){{0,2}}[ \t]+{kind}"
                 r"(?=[,.;]|\s+(?:that|which|has|had|said|says)\b)")
#: An owner's noun before a name set off by a comma: "'s son, ", "’s eldest daughter, ".
_OWNED_THEN_NAME = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+")
#: A subject opened by its capitalised owner: "Thornbury's mission systems unit", "Serrana's net debt stood".
_OWNER_OPENS = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s(?:\s|$)")
#: A proper name: capitalised words, joined by "of", "for", "and", "the", "on" ("International Biathlon Union").
_PROPER_NAME = re.compile(r"[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w.'’&-]*))*")
#: A court's decision named by its kind only: "the ruling", "the 94-page judgment", "the verdict", "a copy of the
#: ruling seen by Reuters".
_RULING = re.compile(r"(?:(?i:a)\s+copy\s+of\s+)?(?i:the)\s+(?:[\w-]+\s+)?(?:ruling|judgment|judgement|verdict)"
                     r"(?:\s+(?:seen|obtained|reviewed)\s+by\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?")
#: A prosecution's charging document, or the prosecution itself: "the indictment", "the charge sheet", "the
#: prosecution" (the one prosecutor's office a story names wrote or is it).
_INDICTMENT = re.compile(r"(?i:the)\s+(?:indictment|charge\s+sheet|bill\s+of\s+indictment|prosecution)")
#: A prosecuting body's name: "Public Prosecutor's Office", "Higher Public Prosecutor's Office in Niš".
_PROSECUTION_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Prosecutor['’]?s?|Prosecution)"
                               r"(?:\s+General['’]s)?\s+(?:Office|Service)\b")
#: A document of the body last named: "its own annual report", "its latest figures".
_ITS_DOCUMENT = re.compile(r"(?i:its)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}[\w-]+")
#: A company named by a general noun only: "the company", "The firm", "the airline", "the Vancouver-based company".
_COMPANY_NOUN = re.compile(r"(?i:the)\s+(?:[A-Z][\w.]*-based\s+)?" + COMPANY_KINDS)
#: A party by whose it is: "his party", "Kabwe's party".
_OWNED_PARTY = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\s+(?:own\s+)?party")
#: Words that open a phrase, ending a source cut short: "Hundreds (of)", "the authors (of the)", "Tauernblick Resorts
#: GmbH. (The)".
_DANGLING_END = re.compile(r"(?:\s+(?i:of|by|to|the|a|an|in|on|at|for|and|or|that|which|with|from|as))+\s*$")
#: A relative clause opened by "that" or "which" after a description's head: "the company (that organized the
#: expedition)".
_THAT_CLAUSE = re.compile(r"\s+(?:that|which)\s+")
#: A body named by the kind of body it is, and nothing else: "the company", "The group", "the school", "the bureau".
#: (A word in lower case may come before the kind, or where the body is based: "the Bismarck, N.D.-based carrier"; a
#: carrier described otherwise may be no airline: "the wireless carrier".)
_DESCRIBED_BODY = re.compile(r"(?i:the)\s+(?:[a-z][\w-]*\s+(?!carrier\b)|[A-Z][\w.]*(?:,\s+[A-Z][\w.]*)?-based\s+)?"
                             r"(company|firm|group|organi[sz]ation|association"
                             r"|coalition|alliance|charity|consultancy|brand|operator|school|college|university"
                             r"|bureau|union|agency|ministry|department|council|authority|commission|board"
                             r"|theatre|theater|museum|gallery|hospital|festival|library|fund|system|network"
                             r"|campaign|regulator|watchdog|bank|utility|nonprofit|non-profit|panel|force|body|court"
                             r"|park|practice|surgery|clinic|club|league|federation|institute|trust|airline|carrier"
                             r"|airport|zoo|co-op|coop|co-operative|cooperative|society|foundation|partnership)")
#: The word before a kind noun in a body's description: "railway" in "the railway authority".
_FIELD_WORD = re.compile(r"(?i:the)\s+(?:([a-z][\w-]*)\s+)?")
#: Words before a kind noun that say nothing of its field.
_NOT_FIELD = frozenset("same new other local national federal provincial state city main former whole".split())
#: A body's page or notice, the body by its kind: "(A notice on) the hospital's website", "the club's online
#: fundraising page".
_KIND_BODYS_PAGE = re.compile(r"(?:(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:notice|post|statement|message|note)\s+"
                              r"(?:(?:posted|published)\s+)?on\s+)?"
                              r"(?i:the)\s+([a-z]+)['’]s\s+(?:own\s+)?(?:most\s+recent\s+)?"
                              r"(?:official\s+|online\s+|annual\s+|latest\s+|draft\s+|preliminary\s+|final\s+)?"
                              r"(?:[a-z]+\s+)?(?:website|site|page|account|report|records|figures|data|letter|filing"
                              r"|opinion|minutes|guidance|accounts)")
#: A bill's sponsor named by the bill: "its sponsor", "the bill's chief sponsor".
_ITS_SPONSOR = re.compile(r"(?:[Ii]ts|(?:[Tt]he\s+)?(?:bill|measure|proposal|legislation)['’]s)\s+(?:chief\s+|lead\s+"
                          r"|main\s+)?sponsor")
#: Who sponsored or wrote a bill, in the sentence naming them.
_SPONSORED = re.compile(r"\b(?:sponsor(?:ed|s)?|wrote the (?:bill|measure|legislation)|authored"
                        r"|introduced the (?:bill|measure|legislation)|author of the (?:bill|measure|legislation))\b")
#: A bare "police" as a source: "Police said", "the police said".
_BARE_POLICE = re.compile(r"(?:[Tt]he\s+)?[Pp]olice")
#: A police force's name: "Cochrane RCMP", "the RCMP", "West Yorkshire Police", "Avon and Somerset Constabulary".
_POLICE_NAME = re.compile(r"\b((?:[A-Z][\w.'’-]*[ \t]+(?:(?:and|of)[ \t]+)?){1,5}(?:Police(?:[ \t]+(?:Service"
                          r"|Department))?|Constabulary)|(?:[A-Z][\w.'’-]*[ \t]+){0,4}(?:RCMP|OPP|PSNI))\b(?!\s+[A-Z])")
# (not "Armed Police Force", another body; one line: "Headline\n\nCape Breton Regional Police" is no force's name)
#: Plural heads of bodies' names: "(Department of Natural) Resources".
_PLURAL_HEADS = frozenset({"resources", "affairs", "services", "relations", "works", "communities"})
#: A body's name that opens with its owner's: "(Lincolnshire Police)'s Rural Crime Action Team".
_OWNER_IN_NAME = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+[A-Z]")
#: One kind of body, four spellings.
_CO_OPS = frozenset({"co-op", "coop", "co-operative", "cooperative"})
#: The heads a body's name may have for each kind noun that does not name itself; a noun absent here needs its own
#: word in the name ("the bureau": the Insurance Bureau of Canada).
_KIND_HEADS = {"school": {"school", "college", "university", "academy", "institute"},
               "college": {"college"}, "university": {"university"},
               "fund": {"fund", "capital", "partners", "management", "investments", "holdings"},
               "system": {"health", "healthcare", "system"},
               "union": {"union", "federation", "employees", "workers", "guild", "brotherhood", "teamsters"},
               # ("the agency" for the Bureau of Land Management, the Food and Drug Administration)
               "agency": {"agency", "bureau", "administration", "service", "services", "commission", "directorate",
                          "department", "ferries"},  # ("Ventura County Animal Services"; a ferry agency:
               # "Washington State Ferries")
               "utility": {"utility", "utilities", "energy", "power", "electric", "gas", "hydro"},
               # ("the panel" for the Court of Arbitration for Sport that ruled)
               "panel": {"panel", "court", "tribunal", "committee", "commission"},
               # ("the regulator", "the watchdog" for the Financial Conduct Authority that fined a company)
               "regulator": {"regulator", "authority", "commission", "office", "ombudsman", "agency", "board"},
               "watchdog": {"watchdog", "authority", "commission", "office", "ombudsman", "inspectorate"},
               # ("the force" for Lincolnshire Police)
               "force": {"police", "constabulary", "force"},
               # ("the park" for Sleeping Bear Dunes National Lakeshore; "the surgery" for Fountain Street Medical
               # Practice)
               "park": {"park", "lakeshore", "seashore", "monument", "reserve", "refuge", "preserve"},
               # ("the carrier" for Northwind Air)
               **dict.fromkeys(("airline", "carrier"), {"airline", "airlines", "air", "airways", "aviation"}),
               "surgery": {"surgery", "practice", "clinic"}, "practice": {"practice", "surgery", "clinic"},
               # ("the co-op" for the Qu’Appelle Valley Seed Cleaning Co-operative)
               **dict.fromkeys(_CO_OPS, _CO_OPS)}
#: What follows a body's name that opens a sentence: its appositive or its verb (", the Irving-based maker", " will").
_OPENER_GOES_ON = re.compile(r",\s|\s+(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did"
                             r"|does|plans|[a-z]+ed)\b")
#: What follows a company's name that opens the paragraph after a lede: its founding, a relative clause, its base.
_COMPANY_DESCRIBED = re.compile(r",\s+(?:founded|established|set\s+up|based|headquartered|which|a|an)\b")
#: A body's members before its name: "a founder member of the (Vale of Evesham Wheelers)", "joined the".
_MEMBER_OF = re.compile(r"\b(?:members?\s+of|joined)\s+(?:the\s+)?$")
#: Titles only a person is named with: "Cr Yusri Ismail", "Dr Hilda Faisi".
_PERSONS_TITLES = COURTESY_TITLES | COUNCILLOR_TITLES | {"prof", "sir", "dame", "rev", "sen", "rep", "gov"}
#: Kind nouns that stand for any body that is not a public authority: a company, a group, a charity.
_ANY_BODY = frozenset({"company", "firm", "group", "organization", "organisation", "association", "coalition",
                       "alliance", "charity", "consultancy", "brand", "operator", "theatre", "theater", "museum",
                       "gallery", "festival", "nonprofit", "non-profit", "club"})
#: Kind nouns written right before a body's name: "the consultancy Brightwater Economics", "parents' group X".
_KIND_INTRO = frozenset({"company", "firm", "group", "organization", "organisation", "charity", "consultancy",
                         "association", "coalition", "alliance", "network", "brand", "retailer", "operator", "startup",
                         "start-up", "lender", "insurer", "bank", "chain", "producer", "developer", "fund", "nonprofit",
                         "non-profit", "manufacturer", "maker", "carrier", "airline", "miner", "supplier",
                         "contractor"})
#: Bodies that are not a company or a group of its kind: schools, unions, parties, churches, central banks ("Bank of
#: Japan" is caught by its "Bank of").
_NOT_COMPANY = frozenset({"school", "college", "university", "academy", "institute", "union", "workers", "federation",
                          "party", "church", "reserve"})
#: Where a body is based, written before its name: "Paris-based Maison Vérel".
_BASED = re.compile(r"^(?:[A-Z][\w.]*-based\s+)+")
#: A source phrase ending in a possessive: ``Mr Mallon's`` (claim), the owner of a reported noun.
#: Last words of an area's name that make it a body of its own, never the start of a longer body's name: "Oxford
#: County" is no "Oxford County Waste Management Facility".
_AREA_BODIES = frozenset({"county", "city", "district", "province", "region", "borough", "township"})
#: A preposition of company before a name: whoever it names is someone else than the sentence's subject.
_COMPANION = re.compile(r"\b(?:next to|beside|alongside|with|against|meeting|met|to)\s+((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z])")
_BODY_THE = re.compile(r"^(?:the|The)\s+")
#: A sentence opened by a role noun: ``On Friday, the Cardinal will ask ...``.
_ROLE_OPENER = (r"(?:(?:On|In|At|After|Earlier|Later|But|And|Meanwhile)\b[^,.]{0,40},?\s+"
                r"|(?:Asked|Pressed|Questioned)\b[^.]{0,60}?(?:,|\s[-–—]+)\s+)?[Tt]he\s+"  # ("Asked later - war or
                # not - the admiral chuckled")
                r"(?:[A-Z][\w-]*\s+){0,3}")  # (the Lib Dem spokesman)
_ROLE_SUBJECT = re.compile(_ROLE_OPENER + r"([A-Za-z]+)\s+(?!of\b|for\b)[a-z]")
#: The same, the role written as two lower-case words: ``On Friday, the prime minister completed ...``.
_ROLE_SUBJECT_TWO_WORDS = re.compile(_ROLE_OPENER + r"([a-z]+\s+[a-z]+)\s+(?!of\b|for\b)[a-z]")
#: A role written right before a name that opens a sentence, a capitalised word and up to two lower-case ones:
#: "Regular customer (Brenda Lea)", "Hethersett resident (Tom Kerrison)".
_ROLE_BEFORE_NAME = re.compile(r"([A-Z][\w’'-]*)\s+(?:[a-z][\w-]*\s+){0,1}([a-z][\w-]*)\s+")
#: Capitalised words that open a phrase before a sentence's subject, not the subject: "Unlike (manager Tom Barker),"
_NOT_SUBJECT_OPENERS = frozenset("thanks unlike ask despite during following including like".split())
#: A message opening a sentence with its writer after "by": "One post in the group, by (Hethersett resident Tom
#: Kerrison)", "A letter by (Mr Hale)".
_MESSAGE_BY = re.compile(r"(?:[Tt]he|[Aa]n?|One|Another)\s+(?:[\w-]+\s+){0,2}?(?:post|letter|message|note|e-?mail|"
                         r"comment|tweet)\b(?:\s+(?:in|on|to)\s+[^,.;:\n\"“”]{1,40}?)?,?\s+by\s+")
#: What may stand between "by" and the writer's name: a capitalised word and up to two lower-case ones
#: ("Hethersett resident"); :meth:`Article.writer_after_by` keeps out a day or month ("by Friday") and an auxiliary
#: ("by Friday had reached").
_ROLE_BEFORE_WRITER = re.compile(r"(?:([A-Z][\w’'-]*)\s+)?((?:[a-z][\w-]*\s+){0,2})")
#: A document by its head noun after "the", one the row before may have introduced: "the summary", "the fact sheet"
#: (the head one of the shipped document nouns, or these two).
_THE_PAPER = re.compile(r"(?i:the)\s+(?:same\s+)?(fact sheet|[a-z-]+)")
_PAPERS_UNLISTED = frozenset({"summary", "fact sheet"})
#: A document named by its maker's initials: "a DOH fact sheet", "the EPA's report", "an RCMP news release".
_INITIALS_PAPER = re.compile(r"(?i:an?|the)\s+([A-Z]{2,6})(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:summary|fact sheet|report|"
                             r"study|review|memo|letter|statement|release|notice|advisory|bulletin|guidance)\b")
#: A document that opens its sentence, with or without an aside: "The letter, dated October 20,", "The posting".
_THE_SENT = re.compile(r"[Tt]he\s+(letter|e-?mail|posting|notice|advisory|bulletin)(?:,.*)?")
#: A verb of sending something written, and the documents it may send: "has written (to each of them). The letter".
_SENDING = re.compile(r"\b(wrote|written|posted|sent|issued|published)\b")
_SENDING_NOUNS = {**dict.fromkeys(["letter", "email", "e-mail"], {"wrote", "written", "sent"}),
                  **dict.fromkeys(["posting", "notice", "advisory", "bulletin"], {"posted", "issued", "published"})}
#: A passive auxiliary right before a verb of sending: the subject received it, or was sent somewhere.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got)\s+\Z")
#: A reporting verb that opens a reported clause: "said (the alliance has written)", "says that".
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?=[Tt]he\s|[A-Z])")
#: A pronoun whose verb is writing what follows: "He wrote that", "she had written:" (not "He has written to").
_WROTE_AFTER = re.compile(r"\w+\s+(?:wrote|writes|had\s+written)(?:\s+(?:that|in)\b|\s*[:,]|\s+[\"“‘'])")
#: A message from a person, right before the name: "a letter from (Derek Halsall)", "an email from retired nurse".
_SENT_FROM = re.compile(r"\b(?:letter|card|postcard|email|e-mail|note|message)\s+from\s+(?:[a-z][\w-]*\s+){0,3}$")
#: A sentence that opens with a relative: "Her husband does not.", "His brother stayed".
_KIN_SUBJECT = re.compile(r"((?:His|Her|Their)\s+[a-z]+)\s+[a-z]")
#: What joins the items of a list: "A," "B" and "C".
_LIST_JOINS = frozenset({"", ",", "and", "or", ", and", ", or"})
#: Last words of a building's name: a place, not a body whose short form speaks ("Trump Tower" is no full name of a
#: "Trump" who denied something).
_BUILDINGS = frozenset("tower towers building hotel stadium arena mansion".split())
#: A finite verb of naming someone, and the person named before the quotation: the name is the namer's words
#: ("Trump called Rubio "Little Marco"", "Ms. Friedan called Mrs. Schlafly an "Aunt Tom""), unlike a thing's name
#: ("a website called "Cape Breton If Donald Trump Wins"") or a nickname after a pronoun, which is what people call
#: someone ("Everyone in the street called her "Miss Dora"").
_CALLING_SOMEONE = frozenset("called calls dubbed dubs branded brands labeled labelled labels nicknamed".split())
_NAMED_OBJECT = re.compile(r"\s+(?:(?:his|her|their)\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
                           r"\s+(?:(?:an?|the)\s+)?")
#: A transcript's speaker label: ``PENCE: ...``, ``CHRIS WALLACE: ...`` (capitals, a colon, a space).
_LABEL = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):\s")
#: A sentence's subject noun phrase: a determiner or a possessive name (never ``It's``) and up to nine words, or a name
#: of two to six capitalised words (``Kessler Housewares Inc. will``), before a verb-like word or an irregular past
#: (``The US government denied``, ``The United Nations Security Council on Friday made``, ``Langhofer's
#: letter was sent``, ``The letter from the Missouri Department of Social Services arrived``, ``The department sent``),
#: after an opening adjunct (``In a statement,``).
_SUBJECT_NP = re.compile(_OPENING_ADJUNCT +
                         r"((?:[Tt]he|[Aa]n?|(?!(?:It|That|There|Here|What|Who|He|She)['’]s)[A-Z][\w-]*['’]s)\s+"
                         r"(?:[\w.'’&-]+\s+){0,8}?[\w.'’&-]+?"
                         r"|(?!(?:Among|In|On|At|After|Before|For|From|With|Under|Over|As|But|And|Yet|So|Since|While"
                         r"|When|If|Although|Though|Because|During|Despite|Like|Unlike|Without|Within)\b)"
                         # a name, or two: "Kessler Housewares Inc. will", "Gord Sawchyn and Leanne Friesen wrote"
                         r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){1,5}"
                         r"(?:\s+and\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){1,5})?)"
                         # ("The Joint Board, which runs the crossing, agreed")
                         r"(?P<aside>,\s+(?:which|who)\s[^,.;:]{1,80},)?"
                         r"(?=\s+(?:has|have|had|was|were|is|are|will|would|also|on|last|[a-z]+ed|[a-z]+s|"
                         + "|".join(sorted(IRREGULAR_PAST)) + r")\b)")
#: Pronouns that are the subject of a clause and name people.
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: A relative clause on a person ending right before a cue: ``, who``, up to three words (``has``, ``last year``).
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){0,3}\Z")
#: The same clause with a first verb phrase and "and" before the cue's: ", who ran sales ... and used to (tell)".
_WHO_AND_BEFORE = re.compile(r",\s+who\s+[a-z][^,;:\"“”()]{0,100}?\s+and\s+([a-z]+)\s+(?:[\w’'-]+\s+){0,2}\Z")
#: Where a newspaper is written as the one spoken to: "told (The Aspen Times)", "said to the (Post)".
_TOLD_OUTLET = re.compile(r"\b(?:told|to)\s+(?:[Tt]he\s+)?\Z")
_WHOSE_BEFORE = re.compile(r",\s+whose\s+\Z")
#: "which" set off right before a verb, after the name it is about: "(the Kachemak Bay Fishermen’s Association), which
#: (sent)", "(Harbour Trust), which has (written)".
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:(?:has|had|have|also)\s+)*\Z")
#: A body's capitalised name ending a text (a lower-case "of", "for" or "and" inside): "(the council's) Independent
#: Remuneration Panel".
_BODY_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|and|on)[ \t]+)?[A-Z][\w&'’-]*)+\Z")
#: A document after a preposition, then "that" or "which" right before a cue: "under a headline that (said)".
_DOCUMENT_THAT_BEFORE = re.compile(r"\b(?:under|below|above|beside|alongside|over)\s+"
                                   r"((?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}([a-z]+))\s+(?:that|which)\s+\Z")
# (after a preposition: someone else's document, not one the subject issued: "released a statement that said")
#: An unnamed person with a restrictive relative clause ending right before a cue: "a councillor who (called)", "one
#: resident who (said)"; up to two lower-case words before the noun ("a veteran Tory councillor" is capitalised: none).
_UNNAMED_WHO_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s+who\s+"
                                 r"(?:[\w’'-]+\s+){0,3}\Z")
#: A person's body or place after the name, in capitalised words: `` of the Environment and Land Court in Nakuru``.
_OF_BODY_IN_PLACE = re.compile(r"(?:[ \t]+(?:of|in|at|from)(?:[ \t]+the)?"
                               r"(?:[ \t]+(?:[A-Z][\w.'’-]*|and|of|for|the))+){1,3}")
#: A description set off after a name, and the body where the person serves, in capitalised words: ``, a senior
#: lecturer at the Department of Political Science, University of Cape Coast``.
_CAPITALISED_RUN = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|and|of|for|the))*"
_DESCRIBED_AT = re.compile(rf",[ \t]+(?:(?:an?|the)[ \t]+)?(?:[a-z][\w'’-]*[ \t]+){{1,4}}(?:of|in|at|from|for|with)"
                           rf"[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN}(?:,[ \t]+{_CAPITALISED_RUN})?")
#: Any description set off after a name with an article and no punctuation of its own: ``, a Reston mother of two
#: and a founder of the group Quiet Fairfax``.
_DESCRIBED_PLAINLY = re.compile(r",[ \t]+(?:an?|the)[ \t]+[^,;:.!?\"“”()\n]{3,100}")
#: The body a person serves set off after the name: ``, of Kent Police's Swale Community Safety Unit``, ``, of the
#: law firm Harcourt Lees``.
_OF_BODY_SET_OFF = re.compile(rf",?[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}})?"
                              rf"{_CAPITALISED_RUN}")
#: ``, Harris said`` right after a cue word: a name of one to four capitalised words and a verb.
_NAMED_CUE = re.compile(r",[ \t]+((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*)[ \t]+([a-z]+)\b")
#: A plain noun phrase opening a sentence, up to six words, no punctuation (``Congress members from corn states``).
_BARE_SUBJECT = re.compile(r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5})\s+")
#: Capitalised names after a group noun, up to a lower-case word: `` for Iowa Senators Chuck Grassley and Joni Ernst``.
_OF_NAMES = re.compile(r"\s+(?:for|at|from|of|in)\s+(?:the\s+)?[A-Z][\w.'’-]*"
                       r"(?:\s+(?:(?:and|of|the)\s+)?[A-Z][\w.'’-]*)*(?=\s+[a-z])")
#: A sentence opened by some of a plural group: ``More than 20 states``, ``Some lawmakers``, ``Many voters``.
_SOME_OF = re.compile(r"(?:(?:More|Fewer|Less)\s+than\s+[\d,]+|Some|Many|Several|A\s+few|\d[\d,]*|[Tt]wo"
                      r"|[Tt]hree|[Ff]our|[Ff]ive)\s+([a-z]+s)\b")
#: A document opening a sentence, then a participle and a preposition: ``A letter sent to ``, ``The memo, seen by ``.
_DOCUMENT_TO = re.compile(r"((?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?([\w-]+)),?\s+"
                          r"(?:[a-z]+ed|sent|seen|written|shown|given)\s+(?:to|by|for|from)\s+(?:the\s+)?")
_AUXILIARY = re.compile(r"\s+(?:has|have|had|was|were|is|are|will|would)\b")
#: A conjunction right before a cue: the verb is coordinated with the one before it ("... and said").
_COORDINATED_BEFORE = re.compile(r"\b(?:and|but)\s+\Z")


#: A person's noun after one capitalised word that places them: "The Orkney boss", "the Kuwaiti diplomat", "The RSIS
#: fellow" (the word maybe a possessive: "the Tyndall's mechanic").
_QUALIFIED_EPITHET = re.compile(r"[Tt]he\s+([A-Z][\w-]*?)(?:['’]s)?\s+([a-z]+)")
#: Person's nouns no list holds that such a phrase may end with.
_PLACED_NOUNS = frozenset("boss mechanic fellow diplomat skipper".split())
#: Words that join the capitalised words of a body's name: "School (of) International Studies".
_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&"})
#: An office owned by a country: "Canada's consul general (for the region)", "Kenya's ambassador".
_PLACE_OWNED_OFFICE = re.compile(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+((?:[a-z-]+\s+){0,2}[a-z]+)"
                                 r"(?:\s+(?:for|to|in)\s+.+)?")
#: A short description with an owner before the name it describes: "His coach, ", "Her lawyer, ".
_OWNED_DESCRIPTION = re.compile(r"(?:His|Her|Their|Its)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)"
                                r"(?:\s+(?:at|with|in)\s+[^,]{1,60})?,\s+"
                                r"(?:the\s+[A-Z][a-z]+\s+|(?:former|longtime|veteran)\s+[a-z]+\s+)?[A-Z]")
# ("Her coach, the Cuban Reinaldo Fuentes Arias,": a nationality before the name; "Her coach at the academy in
# Peshawar, former international Naveed Khan Mohmand,": where, and what the person was)


_OPENING_CONJUNCTION = re.compile(r"^(?:and|but|so)\s+", re.I)


@lru_cache(maxsize=4096)
def _clean_mention(mention: str) -> str:
    """A source phrase without an opening conjunction or surrounding punctuation (``But the letter,``)."""
    # (cached: the rules ask about the same few phrases of an article a hundred times each)
    return _OPENING_CONJUNCTION.sub("", mention.strip(" ,;:"))


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s+")
#: A court described, not named, as a lead's source: "A federal appeals court", "A Warsaw court".
_A_COURT = re.compile(r"[Aa]n?\s+(?:[\w.'’-]+\s+){0,3}(court|tribunal)")
#: A document a person owns by a pronoun: "his figures", "her own estimates" (the head is checked apart).
_PERSON_DOCUMENT = re.compile(r"(his|her)\s+(?:own\s+|latest\s+|new\s+){0,2}[a-z]+", re.I)
#: Records a body keeps that the document list lacks: "the council's own timetable", "the watchdog's registry".
_RECORD_NOUNS = frozenset("timetable registry register accounts findings minutes website records portal log logs "
                          "schedule database dashboard rules rulebook projections forecast forecasts catalogue "
                          "manual handbook policy guidelines".split())  # ("the council's planning portal", "the
# ambulance service's call log", "the association’s rules say")
#: A name written as a business's: "Workers at Kelmar Coatings", "Queen City Links' owner", "X will lay off".
_BUSINESS_CONTEXT = (r"\b(?i:workers|employees|staff|customers)\s+(?:at|of)\s+{name}\b"
                     r"|\b{name}['’]s?\s+(?:plant|factory|mill|stores?|shops?|workers|employees|staff|owner"
                     r"|chief\s+executive|president|CEO|headquarters)\b"
                     r"|\b{name}\s+will\s+(?:close|lay\s+off|cut|shut)\b")  # (a place before a noun is no owner:
# "the Moose Jaw plant")
#: A document and its maker's kind: "figures published by the department (in January)", "A draft masterplan for the
#: town centre, published by the council" (what it is about set off before).
_MADE_BY_KIND = re.compile(r"(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?([a-z]+)(?:\s+(?:for|on|of|into)\s+[^,;]{1,40}?,)?"
                           r"\s+(?:" + "|".join(MADE_BY) + r")\s+by\s+the\s+([a-z]+)\b(?!['’])", re.I)
#: A document of a group of people in lower case, by a plural's possessive: "residents' estimates", "farmers' figures".
_GROUP_DOCUMENT = re.compile(r"([a-z][\w-]*s)['’]\s+(?:[a-z-]+\s+)?([a-z]+)")
#: A document named by its maker's kind: "council documents", "company data", "agriculture department figures".
_KIND_DOCUMENT = re.compile(r"(?:the\s+)?(?:(?!and\s)[a-z]+\s+){0,2}?(council|company|ministry|agency|department|board"
                            r"|regulator|government|union"
                            r"|federation|school|university|hospital|bank|club|party)\s+[a-z]+", re.I)
def _find_all(text: str, part: str, lo: int, hi: int) -> list[int]:
    """Offsets where ``part`` is written in ``text[lo:hi]``."""
    found, at = [], text.find(part, lo, hi)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1, hi)
    return found


@lru_cache(maxsize=1)
def _body_heads() -> str:
    """The shipped head words of bodies' names (``org_head``) as one alternation, longest first."""
    return "|".join(sorted(map(re.escape, lexicon().lists["org_head"]), key=len, reverse=True))


#: Parts of a body's office's name: its press service, the rank before an office ("national office").
_PRESS_UNIT = r"press\s+(?:service|office|centre|center)"
_UNIT_RANK = r"(?:(?:national|regional|head|local|central)\s+)?"
#: A body's office speaking for it: "the union's national office", "the company's headquarters".
_BODY_UNIT = re.compile(r"(?i:the)\s+([a-z]+)['’]s\s+" + _UNIT_RANK
                        + r"(?:office|headquarters|leadership|executive|" + _PRESS_UNIT + ")"
                        r"|(?i:the)\s+" + _PRESS_UNIT + r"\s+of\s+the\s+([a-z]+)")
#: A body's office by a pronoun: "its press service", "its head office".
_ITS_UNIT = re.compile(r"(?i:its)\s+" + _UNIT_RANK + r"(?:office|headquarters|" + _PRESS_UNIT + ")")
#: A body a person's pronoun owns: "her group", "his organisation", "their association".
_THEIR_BODY = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:group|organization|organisation|association|union|council"
                         r"|society|charity|club|federation|alliance|coalition)")
#: The body a person is named with in an appositive: "(June Albrecht,) president of the Southeast Wyoming Stockgrowers
#: Council".
_AFFILIATION = re.compile(r",\s+[^,]*?\b(?:of|at|for)\s+(?:the\s+)?"
                          r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|&|[A-Z][\w'’&.-]*))*(?<=[a-z]))")
#: A body's name going on after a cut: ``(The Committee) for a Responsible Federal Budget``.
_NAME_GOES_ON = re.compile(r" (?:for|of|on) (?:the |a )?[A-Z]")
#: A document a body owns by a pronoun or its kind: ``its latest annual report``, ``the company's own estimates``.
_OWNED_DOCUMENT = re.compile(r"(?:((?i:its|their))|(?i:the)\s+((?:[a-z]+\s+)?[a-z]+)['’]s?)\s")  # (a kind in lower
# case, of one or two words: "the ambulance service's call log")
#: The year a document covers, after it: " for 2025", " for the year 2023-24".
_YEAR_TAIL = re.compile(r"\s+for\s+(?:the\s+)?(?:year\s+)?\d{4}(?:[-/]\d{2,4})?"
                        r"(?:\s+(?:season|(?:financial\s+|fiscal\s+)?year))?$")  # ("for the 2023/24 season")
#: What a cue after a quotation may go on with that is no report: when it was said ("when they were having problems";
#: but "when asked whether ..." reports the question), or to whom ("he told Dmitriev").
#: Someone's unnamed lawyer or spokesperson as a source: "her lawyer", "the company's spokesman".
_OWNED_OFFICE = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w.-]+['’]s?)\s+(lawyer|attorney|counsel|solicitor"
                           r"|spokesman|spokeswoman|spokesperson)")
#: Words of one office: a lawyer is named "attorney Deepak Gupta" as well.
_OFFICE_FAMILIES = (frozenset({"lawyer", "attorney", "counsel", "solicitor"}),
                    frozenset({"spokesman", "spokeswoman", "spokesperson"}))
_QUOTATION_FRAME = re.compile(r"(?:when|while|after|before)\b(?!\s+asked\b).*"
                              r"|(?:he|she|they|I|we)\s+(?:told|wrote\s+to|said\s+to)\s+[^,;]{1,40}", re.S)


@lru_cache(maxsize=1024)
def _role_words_before_name(first: str, second: str) -> re.Pattern:
    """Two role words (any case), then up to two capitalised title words, ending where a name starts: "Harbour master
    (Captain)"."""
    return re.compile(r"(?:^|[\s(])(?i:" + re.escape(first) + r"\s+" + re.escape(second)
                      + r")\s+(?:[A-Z][\w.]*\s+){0,2}$")


#: A rank before a role's words, which makes it another office: "Assistant (fire marshal)", "Deputy (chief)".
_RANK_BEFORE_ROLE = re.compile(r"\b(?:assistant|deputy|former|acting|interim|associate|vice|ex)\s*$", re.I)
#: An age opening a sentence before a name: "Ten-year-old (Ella Marchuk)", "17-year-old (Ayaan Warsame)".
_AGE_OPENER = re.compile(AGE_WORD.pattern + r"\s+", re.I)
#: A title's body between the title and the name, no comma: "(Minister) within the Ministry of Public Works (Deodat".
_BODY_OF_TITLE = re.compile(r"\s(?:of|within|for|at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                            r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|on|&))*\s")
#: A document's owner written before it: ``Fusion's court document``, ``Langhofer's letter``, ``the LKA's report``,
#: ``The Ministry of Finance's Fiscal Policy Statement``.
_OWNER = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,3}[A-Z][\w.-]*)['’]s?\s")
#: A document and the maker the text names for it: "The 14-page paper, prepared by the European Commission for".
_STATED_MAKER = re.compile(
    r"\b(?P<head>paper|document|draft|report|memo|letter|study|review|assessment|analysis|plan|proposal)s?,?\s+"
    r"(?:[“\"][^”\"\n]{1,80}[”\"],?\s+)?"  # (its title between: 'The report, "Paying Twice", released on Monday by')
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:" + "|".join(m for m in MADE_BY if m != "commissioned")
    + r")\s+(?:(?:" + MADE_WHEN + r")\s+)?(?:[a-z]+\s+){0,3}?by\s+"  # (who commissioned a study did not write it)
    r"(?P<maker>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.'’-]*){0,5})")
#: A document's maker written in its own mention: "A pre-sentence report prepared by probation services".
_MAKER_WRITTEN = re.compile(r"\b(?:prepared|written|signed|drafted|compiled|produced|authored|filed|carried\s+out)"
                            r"\s+by\b")  # (not "commissioned by": who commissioned a study did not write it)
#: Lower-case words and a name after a document's maker cut short at them, read when all are role words: "(Yorkton)
#: engineer Raj Dhillon" (not "(Deloitte) for minister Jane Philpott").
_ROLE_THEN_NAME_AFTER = re.compile(r"\s+((?:[a-z]+\s+){1,2})[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}")
#: A statement and its maker, the subject of the sentence it opens: "In a brief statement released through the
#: department Tuesday morning, he thanked the officers" (a verb no lexicon lists: the statement is still his); "In a
#: notification issued on Monday, the department said" (a body by its kind, the body of that kind named).
_IN_A_STATEMENT = re.compile(r"\bIn\s+an?\s+(?:[a-z]+\s+){0,2}?(?P<head>statement|letter|notification|notice|release|post)\b"
                             r"[^.;:\n\"“”]{0,120}?,\s+"
                             r"(?P<maker>he|she|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|the\s+[a-z]+)"
                             r"\s+(?P<verb>[a-z]+ed|said|says|told|wrote)\b")
#: A document and its maker in a clause with no "by": "a press release the union issued", "a letter that Ms Kaur sent".
_MAKER_ISSUED = re.compile(r"\b(?P<head>statement|release|letter|notice|notification|memo|report|post)\s+(?:that\s+)?"
                           r"(?P<maker>the\s+[a-z]+|(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
                           r"(?:issued|released|published|sent|wrote|posted|put\s+out|put\s+up)\b"
                           # (then no object: "a letter the company sent false data to ..." is a reported clause)
                           r"(?=\s*[,.;:)]|\s+(?:in|on|at|last|this|to|earlier|yesterday|today|after|before|with|by"
                           r"|[A-Z][a-z]+day)\b)")
#: A body that put out a document, the subject of its sentence: "The Committee for Economic Development yesterday
#: published a policy letter", "Harbor Health on Monday released its annual report".
_PUBLISHED_DOCUMENT = re.compile(
    r"(?P<maker>(?:[Tt]he )?[A-Z][\w'’-]*(?: (?:of |for |and |the )*[A-Z][\w'’-]*){0,6})\s+"
    r"(?:(?:yesterday|today|(?:on\s+)?[A-Z][a-z]+day|last\s+week|this\s+week|has|have|had)\s+)?"
    r"(?:published|released|issued|unveiled|put\s+out)\s+(?:a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<head>paper|document|draft|report|memo|letter|study|review|assessment|analysis|plan|proposal|survey"
    r"|notice)s?\b")
#: A document owned by a body named by its kind: "The tribunal's most recent annual report", "the ministry's report on
#: the first phase" (the kind, then the document's noun).
_KIND_OWNED_DOCUMENT = re.compile(r"[Tt]he\s+((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)['’]s\s+(.+)")  # (a kind of two
# words: "The community council's written objection")
#: "the" and a noun, for a body named by its kind inside a sentence.
_THE_NOUN_IN = re.compile(r"\b[Tt]he\s+([a-z-]+)\b(?:\s+([a-z-]+)\b)?")
#: A document of a body named by its initials: "the FFA's "Tuna Economic Indicators 2025" report".
_LETTERS_OWNED_DOCUMENT = re.compile(r"[Tt]he\s+([A-Z]{2,6})['’]s\s")
#: A sentence opening with a body named by its kind and its verb: "The co-op has ..." (then "according to its most
#: recent annual report").
_KIND_OPENS = re.compile(r"[Tt]he\s+([a-z-]+)\s+(?:[a-z]+\s+){0,2}?(?:has|had|is|was|said|says|reported)\b")
#: Things a body runs and numbers, which end no body's name: "Vireo Airlines Flight (842)", "Metro Transit Route (9)".
#: A document set apart from the one the article is about: "A second document, leaked to the BBC", "another memo".
_ANOTHER_DOCUMENT = re.compile(r"\b(?:[Aa]nother|second|third|other|separate|earlier|previous)\b")
#: A lawsuit's nouns, and who sued: "Kristin Halvorsen Dahl, a granddaughter of the founder, sued".
_SUIT_NOUNS = frozenset({"suit", "lawsuit", "complaint"})
_SUED = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:,[^.;]{0,150}?,)?\s+"
                   r"(?:(?:has|had|have)\s+)?sued\b")
#: A lawsuit and who brought it: "a lawsuit from Marwood's only child, Delphine Marwood-Lowe, who says".
_SUIT_FROM = re.compile(r"\b(?:law)?suit\s+(?:from|by)\s+([^.;]{1,80}?)"
                        r"(?=,\s+(?:who|which)\b|[.;]|\s+(?:over|against|in|on)\s)")
#: Who got up a petition, in the sentence naming it: "started by (Juniper Vance)", "(Midpines Ridge Neighbors), which
#: gathered 412 signatures", "(the group) had gathered"; the subject of a sentence about "its petition".
_PETITION_NAME = r"(?P<name>(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’&.-]*" \
                 r"|the\s+(?:group|campaign|campaigners|association|society|club))"
_PETITION_BY = re.compile(r"\bpetition\b[^.]{0,80}?\b(?:started|launched|organi[sz]ed|set\s+up|created)\s+by\s+"
                          r"(?:the\s+)?" + _PETITION_NAME)
_PETITION_GATHERED = re.compile(_PETITION_NAME + r"(?:,\s+which)?\s+(?:has\s+|had\s+)?(?:gathered|collected|launched"
                                r"|started|organi[sz]ed|set\s+up)\b")
_ITS_PETITION = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?petition\b")
_PETITION_SUBJECT = re.compile(r"(?:(?:Meanwhile|But|Now),?\s+)?(?:[Aa]\s+group\s+calling\s+itself\s+|[Tt]he\s+)?"
                               + _PETITION_NAME)
#: A document's phrase, its noun last: "a draft decree", "The 40-page affidavit", "its annual report".
_DOCUMENT_PHRASE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\b")
#: Document nouns that may name a document of any kind: "the document" after "The 14-page paper, prepared by X".
_ANY_DOCUMENT = frozenset({"document", "paper", "draft"})
#: A document's phrase that names a body before its head noun: "a Ministry of Finance document (consulted by Lusa)",
#: "A 2021 Law Foundation of Saskatchewan report".
_BODY_DOCUMENT = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+(?:\d{4}\s+)?)?"
                            r"(?!(?:The|An?|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Another|One|Some"
                            r"|Such)\s)"
                            r"((?:[A-Z][\w.'’&-]*\s+(?:(?:of|for|and|on)\s+)?)*[A-Z][\w.&-]*)(?:\s+\([A-Z]{2,8}\))?\s+"
                            r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")
#: What a body's name makes a source of without an article: "Census Bureau trade data", "Nova Scotia Health figures".
_BODYS_NUMBERS = frozenset({"data", "figures", "statistics"})
#: The first words of a list that opens a body's name, before its cut ("Foreign, " of "the Foreign, Commonwealth and
#: Development Office"), and the rest of such a name.
_LISTED_NAME_START = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*,\s+)+$")
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
#: A body's officer after the body that made a document: "by the Justice Department" + "'s inspector general".
_OFFICER_TAIL = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
#: A person's noun and name after a body that made a document: "(by Sunday Telegraph) journalist Robert Peston".
_HOLDER_AFTER = re.compile(r"[ \t]+((?:[a-z-]+[ \t]+)?[a-z-]+)[ \t]+((?:[A-Z][\w'’-]+[ \t]+(?:&[ \t]+)?){1,3}"
                           r"[A-Z][\w'’-]+)")
#: Kinds of firms named before a firm's name: "(by Calgary engineering) firm (Lindqvist & Orr)".
_FIRM_KINDS = frozenset("firm company consultancy consultants consultant practice partnership".split())
#: The officer's name set off after the office: "(the council's chief finance officer), Alison Pryce,".
_OFFICER_NAMED = re.compile(r",\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                            r"(?=[,.;]|\s+[a-z])")
#: After an unnamed source, the one name it gave: ", who gave his name only as Joaquim", ", who gave only her first
#: name, Maria,", ", identified only as Yusuf", " who would give only his first name, Jim,", " who asked to be
#: identified only by her first name, Rereati,".
_KNOWN_ONLY_AFTER = re.compile(r"(?:,\s+(?:who\s+)?|\s+who\s+)(?:(?:would\s+)?(?:gave|gives|giving|give)\s+"
                               r"(?:only\s+)?(?:his|her|their)\s+"
                               r"(?:first\s+|given\s+)?name(?:\s+only)?(?:\s+as\s+|,\s+)"
                               r"|(?:(?:was|asked\s+to\s+be|wanted\s+to\s+be)\s+)?identified\s+only\s+(?:as|by)\s+"
                               r"(?:(?:his|her|their)\s+(?:first\s+|given\s+)?name,?\s+)?)([A-Z][\w'’-]+)(?=[\s,.;])")
#: A description ending in the only name someone gives the person: ", whom she refers to only as Jean".
_CALLED_ONLY_AS = re.compile(r",\s+whom\s+(?:he|she|they|I|we)\s+(?:refers?\s+to|referred\s+to|calls?|called)\s+"
                             r"(?:only\s+)?as\s+([A-Z][\w'’-]+)$")
#: One unnamed person: an article or "one", up to three words, a singular head noun.
_ONE_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}(?:[a-z][\w'’-]*(?<![^s]s)|[A-Z]{2,4})")
#: Its restrictive modifier, a phrase without a verb of its own, up to a relative clause set off or the cue (or, for
#: a passive's agent, the reported clause): "One visiting coach (from a Midlands university club), who asked not to be
#: named, said", "One serving officer (based in the north of the county), who ..., told", "was told by a nurse (at the
#: front desk) that". (Not a relative clause without commas: writers keep "A neighbour who lives on the lane ..."
#: whole or not.)
_UNNAMED_MODIFIER = re.compile(r"\s+((?:from|at|in|on|with|of|based|working)\s[^,;:()“”\"]*?)"
                               r"(?=,\s+(?:and\s+)?who\s|\s*,?\s*(?:that\s*)?\Z)")
#: A restrictive relative clause, then a second one that keeps the source's name back: "(A woman) who was aboard the
#: houseboat, and who asked that her name not be published", "(A farmer) whose land borders the wood, who asked".
_KEPT_BACK_AFTER = re.compile(r"\s+(who(?:se)?\s+[^,;:()“”\"\n]{3,100}),\s+(?:and\s+)?who\s+"
                              r"(?:asked|spoke|requested|declined)\b")
#: A body opening a sentence, then "and" before another source: "Labour and (the Liberal Democrats say)".
_JOINED_BODY = re.compile(r"(?:[Tt]he\s+|[Bb]oth\s+(?:the\s+)?)?"
                          r"([A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,4})\s+and\s+(?:the\s+)?")
#: A lone capitalised word opening a sentence before a lower-case verb: "TikTok removed the video".
_LONE_OPENER = re.compile(r"([A-Z][\w&-]*[A-Za-z])\s+(?=[a-z]+(?:ed|s)\b)")
#: A body by its kind: ``The watchdog``, ``the public spending watchdog`` (the head noun in group 1).
_KIND_MENTION = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}([a-z]+)")
#: An account label before a list of posts: ``@realDonaldTrump : - ...``.
_HANDLE = re.compile(r"@(\w{2,30})[ \t]*:")
#: Pronoun subjects of a clause reported inside another clause: the outer source's (``X said he fears ...``).
_NESTED_PRONOUNS = frozenset({"he", "she", "they", "it"})
#: A US state after a body's place: "(Consulate of Mexico in Nogales), Arizona".
_STATE_AFTER_PLACE = re.compile(r"(?<=[a-z]), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
#: Roles of someone who speaks for a country: "the Norwegian fisheries minister", "President X", "a spokesman".
_GOVERNMENT_ROLE = re.compile(r"(?i)\b(?:minister|president|prime|premier|chancellor|secretary|spokesman|spokeswoman"
                              r"|spokesperson|ambassador|envoy|foreign|government|official)\b")
#: "the" and a lower-case adjective before a capitalised name: "the state (Department of Audits and Accounts)".
_THE_ADJECTIVE = re.compile(r"^the\s+[a-z][\w-]*\s+(?=[A-Z])")
#: Months and days, capitalised: never a body's name before a document ("A July report").
_CALENDAR_WORDS = r"(?:" + "|".join(sorted(w.title() for w in MONTHS | TIME_WORDS)) + r")\b"
#: "Langhofer's letter", "Fusion's court document" / "Kory Langhofer ... wrote a letter", "X said in a court
#: filing", "The Democratic congressman from Michigan issued a statement": the name (or role from a place) that owns
#: or wrote a document; "The report is published by the X Unit", "The lawsuit by Summer Zervos": its author
#: (``{head}`` is the document's head noun).
_AUTHOR_PATTERN = (r"(?P<owner>(?:[A-Z][\w.-]*[ \t]+){{0,3}}[A-Z][\w.-]*)['’]s?\s+(?:[\w-]+\s+){{0,2}}{head}\b"
                   r"|(?P<writer>(?:[Tt]he\s+(?:[\w-]+\s+){{1,3}}?from\s+)?(?:[A-Z][\w.-]*[ \t]+){{0,3}}[A-Z][\w.-]*)"
                   # (a name's words on one line: not a headline's last word before the body's first)
                   r"(?:,[^,.]{{0,80}},)?\s+"
                   r"(?:(?:wrote|writes|sent|signed|filed|released|issued|published|provided|gave)\s+(?:in\s+)?"
                   # "said in a statement", never "said the memo raised questions": a speech verb needs its "in"
                   r"|(?:said|says|argued|argues|warned|warns|claimed|claims)\s+in\s+"
                   # "rejected the accusations of negligence in a statement": a stance taken in it, its object between
                   r"|(?:rejected|denied|defended|welcomed|confirmed|apologi[sz]ed|responded)\s+"
                   r"(?:[\w'’-]+\s+){{0,6}}?in\s+)"
                   r"(?:a|an|the|his|her|its|their)\s+"
                   r"(?:[\w-]+\s+){{0,2}}{head}\b"
                   # (or its title in capitals between: "a new book, Brown's Britain by Sunday Telegraph journalist")
                   r"|\b{head}(?:,(?:\s+[A-Z][\w'’:-]*){{1,6}}(?=\s+by\s)"
                   r"|,?\s+(?:(?:is|was|has\s+been)\s+)?(?:" + "|".join(MADE_BY) + r")(?:\s+"
                   + MADE_WHEN.replace("{", "{{").replace("}", "}}")
                   + r"|\s+the\s+following\s+(?:year|month|week|day))?)?"
                   r"\s+by\s+(?:(?:his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+,\s+)?"  # ("by his mother, X")
                   # ("by the state Department of Audits and Accounts": an adjective in lower case after "the"; six
                   # words: "by the Bishkek-based Central Asian Institute for Applied Geosciences"; "the" after "of":
                   # "by the Pima County Office of the Medical Examiner")
                   r"(?P<by>(?:the\s+(?:[a-z][\w-]*\s+(?=[A-Z]))?)?"
                   r"(?:[A-Z][\w.'’-]*[ \t]+(?:(?:of|in|for|on|and)[ \t]+(?:(?<=of[ \t])the[ \t]+)?)?){{0,5}}"
                   r"[A-Z][\w.-]*"
                   # ("by the all-party parliamentary group on financial inclusion")
                   # (a body's head word of the shipped list, whole: not the "co" of "the two co-chairs")
                   r"|the\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{bodies})(?![\w-])"
                   r"(?:\s+(?:of|on|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)"
                   # "a Government Accountability Office report released in March. The report found"
                   # (or one word that is no month or day: "A Treasury options paper ... The paper says")
                   # (its words on one paragraph: "... of the Lao PDR.\n\nAccording to the joint minutes" names no body)
                   r"|\b(?:[Aa]n?|[Tt]he)\s+(?P<body>(?:[A-Z][\w.-]*(?:[ \t]+\n?|\n)[ \t]*){{1,4}}[A-Z][\w.-]*|(?!"
                   + _CALENDAR_WORDS
                   + r")[A-Z][\w.-]*)\s+"
                   r"(?:[a-z][\w-]*\s+){{0,2}}{head}\b"
                   # "a consultation document posted on the Home Office website": the body whose site it is on
                   r"|\b{head},?\s+(?:posted|published)\s+on\s+(?:the\s+)?"
                   r"(?P<site>(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)['’]?s?\s+(?:website|site)\b"
                   # "a schedule that Washington State Ferries presented to the commission", "a survey the Canadian
                   # Federation of Independent Business released": its maker, in a relative clause
                   # "The authority commissioned a feasibility study from Big Sky Ag Economics": who wrote it, not who
                   # paid for it
                   r"|\bcommissioned\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}{head}\s+from\s+(?:the\s+)?"
                   r"(?P<made>(?:[A-Z][\w.'’-]*[ \t]+(?:(?:of|for|and)[ \t]+)?){{0,4}}[A-Z][\w.-]*)"
                   r"|\b{head}\s+(?:that\s+|which\s+)?(?P<rel>(?:the\s+)?[A-Z][\w.-]*(?:[ \t]+(?:(?:of|for|on|and)[ \t]+)?"
                   r"[A-Z][\w.-]*){{0,5}})\s+(?:had\s+|has\s+)?(?:presented|released|published|issued|prepared|filed"
                   r"|submitted|produced|compiled|posted|sent|wrote|drew\s+up|put\s+out)\b"
                   # (no object after the verb: not "denied a report that Elon Musk had sent an ultimatum", what it said)
                   r"(?=\s*[,.;:)]|\s+(?:in|on|at|to|last|this|earlier|yesterday|today|after|before|with|for"
                   r"|[A-Z][a-z]+day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\d+)\b)")
#: Who made a document, in its signer's words: "signed by", "written by".
_SIGNED_BY = r"(?:signed|written|drafted|authored)\s+by\s+"
#: The signer's name after it (one or two lower-case words, a role, may come first: "signed by captain Isikeli
#: Waqanivalu", "signed by operations director Keith Amos"; or a body's name and a role in lower case: "written by
#: retired Antioch College history professor Harriet Solberg"; a role in capitals is read with the name: "signed by
#: Toole County Commission Chairman Gerald Ostby").
_SIGNER = (r"(?:[a-z]+\s+){0,2}(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?!(?:and|or|the|of|to|in|for|on|at|with)\s)[a-z]+\s+)"
           r"{1,2}(?=[A-Z]))?(?P<signer>(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w.'’-]*)")
#: A document's signer named after words about it: "The players' letter to the union, dated Friday and signed by
#: captain Isikeli Waqanivalu" (searched apart, only where such a verb is written: a long pattern to compile).
_SIGNER_PATTERN = (r"\b{head}\b[^.;:!?]{{0,60}}?(?<![\w-])" + _SIGNED_BY + r"(?:(?:the|a|an)\s+[^,;.]{{1,60}},\s+)?"
                   + _SIGNER.replace("{", "{{").replace("}", "}}"))
#: A signer set off after a document, before its verb or after an inverted one: ", signed by Helen Mawson, director
#: of ...", ", which was attributed to company president Karen Whitlock".
_SIGNED_ASIDE = re.compile(r",\s+(?:" + _SIGNED_BY + r"|(?:(?:which|that)\s+(?:was|is)\s+)?attributed\s+to\s+)"
                           r"(?:(?:the|a|an|its|their)\s+[^,;.]{1,60},\s+)?" + _SIGNER)
# (after the signer's description: ", written by the council's head of property services, Gareth Lowther, says", ",
# signed by its chairman, Ray Tidmarsh, says")
#: A sentence opened by its document's signer, then "it": "Signed by the ballpark's general manager, Lyle Brandt, it
#: says".
_SIGNED_OPENING = re.compile(r"(?:Signed|Written|Drafted)\s+by\s+(?:(?:the|a|an|its|their)\s+[^,;.]{1,60},\s+)?"
                             + _SIGNER + r",\s+$")
_SIGNED = re.compile(r"(?<![\w-])" + _SIGNED_BY)


#: The article before a body's name: "the National Anti-Doping Panel" is written "National Anti-Doping Panel" in
#: every row, as the article writes it without one ("National Anti-Doping Panel said"), so one body is one speaker.
_THE_NAME = re.compile(r"^(?:the|The)\s+(?=[A-Z])")
#: What an organisation's name carries before it as a description: "the mine's operator, ", "Toronto-based ",
#: "Houston's " before a company's legal form.
_BODY_DESCRIBED = re.compile(r"^(?:(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[a-z]|(?!(?:the|an?|its|their)\s)[a-z])"
                             r"[^,]*,\s+(?=(?:the\s+)?[A-Z][^,\s]*\s[^,]*$))?(?:the\s+|The\s+)?"
                             r"(?:[A-Z][\w.'’-]*-(?:based|headquartered|listed|registered)\s+)?")
#: Two bodies one source names: "Both Labour and the Conservatives", "The U.N. refugee agency and the IOM".
_TWO_BODIES = re.compile(r"(?:[Bb]oth\s+)?((?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s+and\s+"
                         r"(the\s+[A-Z][\w.'’-]*(?:\s+(?:of|for|on|[A-Z][\w.'’-]*))*)")  # (not "Ministry of Youth
# and Sports": one name)
#: Where a body sits, after its name: "(Austrian Transport Ministry) in Vienna".
_SITED = frozenset({"embassy", "consulate", "mission", "office", "bureau", "branch", "museum"})  # "U.S. Embassy in
# Manila", "the Regional History Museum in Pernik": one of many, named by where it is
_SEAT = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?$")
_STATE_OWNER = re.compile(r"([A-Z][\w.-]*)['’]s\s+(?=[A-Z][\w-]*\s+[A-Z])")
_PLACE_OWNER = re.compile(r"^[A-Z][\w.-]*['’]s\s+(?=.*\b(?:Inc|Corp|Ltd|LLC|plc|SA|AG|AB|NV|Co)\.?$)")


def _field_stem(described: re.Match) -> str | None:
    """The first letters of the field word before a kind noun (``railw`` of ``the railway authority``), or None."""
    field = _FIELD_WORD.match(described.group()).group(1)
    if field is None or field.lower() in _NOT_FIELD:
        return None
    return field.lower()[:max(4, len(field) - 2)]


#: Types of a source that names someone: a document described at length with its maker keeps that maker.
_NAMED_TYPES = frozenset({"person", "organization"})


#: Heads of bodies' names in Spanish, Portuguese, Italian and French, written first: "Asociación Estrecho Libre".
_ROMANCE_HEADS = {"association": {"asociación", "associação", "associazione", "association"},
                  "federation": {"federación", "federação", "federazione", "fédération"},
                  "foundation": {"fundación", "fundação", "fondazione", "fondation"},
                  "institute": {"instituto", "istituto", "institut"},
                  "ministry": {"ministerio", "ministério", "ministero", "ministère"}}
# (no union: "Union Pacific", "Unión Fenosa" are companies)


def _headed_by(words_: list[str], noun: str) -> bool:
    """A name's words hold ``noun`` as its head: last, or before ``of``/``for``/``on`` (``Insurance Bureau of Canada``
    for ``the bureau``, ``State Agency on Mandatory Health Insurance`` for ``the agency``; not ``Indiana Utility
    Regulatory Commission`` for ``the utility``)."""
    low = [w.lower().rstrip(".,") for w in words_]
    nouns = _CO_OPS if noun in _CO_OPS else {noun}  # ("the co-op" for "... Seed Cleaning Co-operative")
    return any(w in nouns and (i == len(low) - 1 or low[i + 1] in {"of", "for", "on"}) for i, w in enumerate(low)) \
        or bool(low) and low[0] in _ROMANCE_HEADS.get(noun, ())  # ("the association" for "Asociación Estrecho Libre")


@lru_cache(maxsize=4096)
def _document_words(mention: str) -> tuple[str, ...]:
    """A source phrase's words before its first comma when a description follows, lower case (``The letter, dated 3
    February``: the letter), without a length (``The 64-page audit``: the audit) or ``same`` (``the same
    minutes``)."""
    cleaned = _clean_mention(mention)
    head, _, rest = cleaned.partition(",")
    described = rest.strip()[:1].islower() or rest.strip()[:1].isdigit()
    return tuple(w for w in (head if described else cleaned).lower().split()
                 if not _LENGTH.fullmatch(w) and w != "same")


#: A document's length before its noun: "64-page", "12-page".
_LENGTH = re.compile(r"\d+-(?:page|minute|hour)")
#: Document nouns that may stand for one another ("a report released by X ... The 64-page audit found").
_SAME_DOCUMENT = [frozenset("report audit review study assessment analysis investigation inquiry evaluation survey"
                            .split()),
                  frozenset("letter note memo".split()),
                  frozenset("ruling decision judgment judgement order".split())]
#: What "the document" may stand for: a document of any of those kinds, one of any kind (:data:`_ANY_DOCUMENT`), a
#: statement, a filing.
_DOCUMENT_KINDS = frozenset().union(*_SAME_DOCUMENT[:2]) | _ANY_DOCUMENT | {"statement", "filing", "brief"}


def _people_of(spoken: dict) -> set:
    """The people among resolved speakers (``cue start -> (speaker, type)``): who has spoken so far."""
    return {speaker for speaker, stype in spoken.values() if stype == "person"}


def body_name(speaker: str) -> str:
    """An organisation speaker without the description written before its name: ``the mine's operator,
    Toronto-based Cordillera Minerals Corp.`` and ``Toronto-based Cordillera Minerals Corp.`` are ``Cordillera
    Minerals Corp.``; ``Houston's Pinecrest Oilfield Group Inc.`` is ``Pinecrest Oilfield Group Inc.``, ``Russia's
    Federal Security Service`` (a state's) ``Federal Security Service``, ``the Austrian Transport Ministry in Vienna``
    ``Austrian Transport Ministry``; ``the U.N.`` is ``U.N.``; two bodies joined
    by ``and`` are joined by :data:`JOINT` (``Both Labour and the Conservatives``: ``Labour & Conservatives``)."""
    if (joined := _TWO_BODIES.fullmatch(speaker)) and " & " not in speaker:
        return body_name(joined.group(1)) + JOINT + body_name(joined.group(2))
    name = speaker[_BODY_DESCRIBED.match(speaker).end():]
    name = name[_PLACE_OWNER.match(name).end():] if _PLACE_OWNER.match(name) else name
    if (state := _STATE_OWNER.match(name)) and state.group(1).lower() in lexicon().lists["organization"]:
        name = name[state.end():]  # "Russia's Federal Security Service": the service
    if (seat := _SEAT.search(name)) and (head := name[:seat.start()].rsplit(None, 1)[-1].lower()) \
            in lexicon().lists["org_head"] and head not in _SITED \
            and not name[:seat.start()].endswith("High Commission"):  # (a country's: "... High Commission in Dhaka")
        name = name[:seat.start()]  # "The Austrian Transport Ministry in Vienna": where it sits is no part of it
    if " of " in name and (firm := _FIRM_OF_PLACE.fullmatch(name)):
        name = firm.group(1)  # "Hartwell Engineering of Minneapolis": a firm and the town it is from
    return name if name[:1].isupper() else _THE_NAME.sub("", speaker, count=1)


#: A firm's name, then the town it is from: "Hartwell Engineering of Minneapolis", "Dahl Associates of Fargo".
_FIRM_OF_PLACE = re.compile(r"(.*\b(?:Engineering|Associates|Consulting|Consultants|Partners|Architects|Inc\.?|LLC"
                            r"|Ltd\.?|Corp\.?))\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")  # ("of Thief River Falls")


@lru_cache(maxsize=256)
def _author_regex(head: str, pattern: str = _AUTHOR_PATTERN) -> re.Pattern:
    """:data:`_AUTHOR_PATTERN` (or :data:`_SIGNER_PATTERN`) for one document head, compiled once (a long pattern:
    compiling it anew for each ``the report`` cost about 3% of extraction, as the ``re`` module's own cache is shared
    with every other pattern)."""
    return re.compile(pattern.format(head=head, bodies=_body_heads()))


def article_records(art: Article, article_id: str, people: set | None, location: str) -> list[tuple]:
    """Attribution rows of an article already read.

    Parameters
    ----------
    art : Article
        The text read (a body, or a headline read as a one-paragraph text of its own).
    article_id : str
        The first field of every record.
    people : set, optional
        When given, the full names the text mentions are added to it.
    location : str
        ``"text"`` (paragraph = the paragraph of ``start``) or ``"title"`` (paragraph = -1).

    Returns
    -------
    list of tuple
        Records in :data:`RECORD_COLUMNS` order, in the order of :meth:`Article.rows`.
    """
    text = art.source  # (the rows quote the text as given)
    if people is not None:
        people.update(art.as_written(mt.person.name) for mt in art.people if " " in mt.person.name)
    paragraph = art.paragraph_of if location == "text" else (lambda _: -1)
    rows = art.rows()
    bodies = {speaker: body_name(speaker) for _, _, speaker, _, stype, _ in rows if stype == "organization"}
    # (one company under one name: "Cordillera Minerals Corp" is the "Cordillera Minerals Corp." the article writes)
    names = set(bodies.values())
    bodies = {speaker: name + "." if name + "." in names else name for speaker, name in bodies.items()}
    written = art.as_written
    return [(article_id, kind, text[lo:hi], written(bodies[speaker] if stype == "organization" else speaker),
             written(mention), stype, cue, location, lo, hi, paragraph(lo), count_words(text[lo:hi]))
            for kind, (lo, hi), speaker, mention, stype, cue in rows]


#: A figure set off with the document it comes from: "A previous estimate, contained in a 1998 Department of Transport
#: document,".
_CONTAINED_IN = re.compile(r",\s+(?:contained|set\s+out|published|given|cited|included)\s+in\s+(.+?),?$")


def _contained_in(mention: str) -> str:
    """The document a source's phrase says its words come from (``A previous estimate, contained in a 1998 Department
    of Transport document``: ``a 1998 Department of Transport document``), else ``""``."""
    found = _CONTAINED_IN.search(mention)
    if not found:
        return ""
    *words_, last = found.group(1).split()
    if last.lower() in lexicon().lists["document"]:
        last = last.lower()  # ("a 1998 Department of Transport Document": the noun in title case after the name)
    return " ".join(words_ + [last])


#: A participle's phrase opening a sentence, up to its comma: "Reprising one of her own favorite lines, ".
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,.;:\"“”]{0,80},\s*")
#: Articles: a subject cut to one of them ends where quoted words inside the subject begin.
_ARTICLES = frozenset({"a", "an", "the"})
#: Forms of "be": before a participle they make a passive, alone a copula ("Clinton was "extremely careless"": not
#: her words).
_PASSIVE_BE = frozenset("is are was were be been being".split())


#: A topic set before a sentence's subject: "(As for) Trump, he said".
_AS_FOR = re.compile(r"\s*(?:As for|As to|And as for|But as for)\s+")
#: A subject opening a sentence with its owner's name, then an aside: "Beaton’s training playlist, (she said, ...)".
_OWNED_SUBJECT = re.compile(r"[A-Z][\w-]+['’]s(?:\s+[a-z][\w-]*){1,3},\s*")


def _placed_person(text: str, named: list, at: int) -> Person | None:
    """Of the people ``named`` in a sentence (mentions in text order), the one a place's word at ``at`` describes: the
    next one named after it with no comma between (``Kazakhstan's Minister of Trade Yerlan Sadykov``), else the last
    one named before it (``Deputy Mohamed Ali Zouari, elected in Sfax``); None when no one is."""
    after = next((mt for mt in named if mt.start > at), None)
    if after is not None and "," not in text[at:after.start]:
        return after.person
    before = [mt for mt in named if mt.end <= at]
    return before[-1].person if before else None


class Article(QuoteCues, ReportedSpeech):
    """An article with every attribution rule: :meth:`rows` gives its attributions."""

    def is_document(self, mention: str) -> bool:
        """``the letter``, ``a court filing``: a source phrase whose head is a document."""
        # ("The review, commissioned by ...", "The letter, dated 3 February"; not "Its head of research, Amara Nwosu")
        words_ = _document_words(mention)
        return bool(words_) and words_[-1] in self.lx.lists["document"] and len(words_) <= (5 if "'" in mention
                                                                                           or "’" in mention else 4) \
            + (words_[-3:-2] == ("most",))  # (a superlative of two words: "the health authority’s most recent figures")

    def petitions_to_organiser(self, out: list) -> list:
        """Rows whose speaker is ``the petition`` go to who got it up (:meth:`petition_organiser`), when the text
        says."""
        return [row[:2] + (organiser[0], row[3], organiser[1]) + row[5:]
                if row[4] in {"media", "unknown"} and row[2].lower() == "the petition"
                and (organiser := self.petition_organiser(row[1][0])) else row
                for row in out]

    def petition_organiser(self, pos: int) -> tuple[str, str] | None:
        """Who got up the petition the last sentence naming one before ``pos`` that says so speaks of: the name after
        ``started by`` (``A petition titled "Let Asheville Play," started by Juniper Vance``), the group that gathered
        signatures or launched it (``Midpines Ridge Neighbors, which gathered 412 signatures on a petition``; ``the
        group had gathered ... and would present its petition``), or the subject of a sentence about its own
        petition (``The Sutton Coldfield Independence Campaign ... says more than 9,200 people have signed its
        petition``); else None."""
        at, m = self.sentence_of(pos)[0], None
        while m is None and (at := self.text.rfind("petition", 0, at)) >= 0:
            s_lo, s_hi = self.sentence_of(at)
            sentence = self.text[s_lo:s_hi]
            m = _PETITION_BY.search(sentence) or _PETITION_GATHERED.search(sentence) \
                or (_ITS_PETITION.search(sentence) and _PETITION_SUBJECT.match(sentence)) or None
        if m is None:
            return None
        name = m.group("name")
        if name[:1].islower():
            body = self.described_body(name.split()[-1], s_lo + m.start("name"), [])
            return (body, "organization") if body else None
        speaker, stype = classify_source(name, s_lo + m.end("name"), self.people)
        return (speaker, "organization" if stype in {"unknown", "anonymous"} else stype)  # (a capitalised name: a
        # group's, "Midpines Ridge Neighbors")

    def document_just_before(self, pos: int) -> tuple[str, str] | None:
        """The maker of the last document the text names under a noun of its own before ``pos``, in ``pos``'s
        paragraph or the one before (``a draft decree prepared by the Industry and Commerce Ministry ... The decree
        would bar ..., according to the document``: the ministry), as :meth:`document_author` finds it; else None."""
        lo = self.paragraphs[max(0, self.paragraph_of(pos) - 1)][0] if self.paragraphs else 0
        found = None
        for m in _DOCUMENT_PHRASE.finditer(self.text, lo, pos):
            if m.group(1).lower() in self.lx.lists["document"] and m.group(1).lower() not in _ANY_DOCUMENT:
                found = m
        return self.document_author(found.group(), found.end()) if found else None

    def named_with(self, phrase: str, pos: int) -> str | None:
        """The one person the text before ``pos`` names right after ``phrase`` (``RSIS fellow Lim Shu Wen``,
        ``cabinet member for communities, Cllr Ian Marsden``) or describes with it after a comma (``Mikael Ekström,
        a union official``), else None."""
        words_ = phrase.split()
        found = set()
        for m in re.compile(r"\b" + r"\s+".join(map(re.escape, words_)) + r"\b", re.I).finditer(self.text, 0, pos):
            if m.group()[-1:].isupper() != words_[-1][-1:].isupper() \
                    or self.text[m.end():m.end() + 2] in {"'s", "’s"}:
                continue  # (not "Priya Raman, the county’s manager of waste management" for "the county")
            # a word capitalised otherwise may be a title right before the name ("Officer Derek Sallee") or open a
            # sentence, but not be part of a longer title ("City Councilor Jeannette Harjo" is not "the city")
            i = bisect_left(self.people, m.end(), key=_START)
            after = _CAPITAL_AFTER.match(self.text, m.end())
            if after and (i >= len(self.people) or after.end() - 1 != self.people[i].start) \
                    and [w[:1].isupper() for w in m.group().split()] != [w[:1].isupper() for w in words_]:
                continue
            if i < len(self.people) and _NAMED_AFTER.fullmatch(self.text, m.end(), self.people[i].start) \
                    and not _VERB_IN_GAP.search(self.text, m.end(), self.people[i].start):
                found.add(self.people[i].person.name)  # (not "A man in Manchester waited for Jeb Bush": a verb
                # between them, the man is not Bush)
            j = bisect_left(self.people, m.start(), key=attrgetter("end")) - 1
            if j >= 0 and _DESCRIBED_AFTER.fullmatch(self.text, self.people[j].end, m.start()):
                found.add(self.people[j].person.name)
        found = {name for name in found if " " in name}
        return found.pop() if len(found) == 1 else None

    def document_author(self, source: str, pos: int) -> tuple[str, str] | None:
        """Who wrote the document a source like ``the letter`` or ``the court filing`` names, from the text before
        ``pos``: ``X's letter``, ``X wrote a letter``, ``X said in a court filing``, ``a report (published) by X``; the
        last such, as a person
        (resolved to the full name) or an organisation; None if the text does not say."""
        if _OWNER.match(source):
            source = _YEAR_TAIL.sub("", source)  # "the agency's annual report for 2025": its report (not "the report
            # from 2019", another one)
        words_ = source.lower().split()
        if words_ == ["the", "document"] and (earlier := self.document_just_before(pos)) is not None:
            return earlier  # "The decree would bar ..., according to the document": the decree's maker
        if (group := _GROUP_DOCUMENT.fullmatch(source)) and group.group(2) in self.lx.lists["document"]:
            return group.group(1), "anonymous"  # "according to residents' estimates": the residents'
        if len(words_) == 1 and (whose := _WHOSE_BEFORE.search(self.text, max(0, pos - 12), pos)) \
                and (i := bisect_left(self.people, whose.start() + 1, key=attrgetter("end")) - 1) >= 0 \
                and self.people[i].end == whose.start() and words_[0] in self.lx.lists["document"]:
            return self.people[i].person.name, "person"  # "integrity commissioner Martin Ouellette, whose report
            # concluded": his
        if len(words_) == 1 and words_[0] in self.lx.lists["document"] \
                and (whose := _WHOSE_BEFORE.search(self.text, max(0, pos - 12), pos)) \
                and (named := _BODY_NAME_BEFORE.search(self.text, max(0, whose.start() - 80), whose.start())) \
                and classify_source(named.group(), named.end(), self.people)[1] in {"organization", "unknown"}:
            return named.group(), "organization"  # "the council's Independent Remuneration Panel, whose report
            # said": the panel's
        if words_ and words_[0] == "the" and len(words_) <= 3 and words_[-1] in _SUIT_NOUNS \
                and (plaintiff := self.plaintiff_before(pos)):
            return plaintiff  # "Kristin Halvorsen Dahl ... sued the board ... The suit ... alleges": hers
        made = _MADE_BY_KIND.match(source)
        if made and made.group(1).lower() in self.lx.lists["document"] | _RECORD_NOUNS \
                and (body := self.described_body(made.group(2).lower(), pos, [])):
            return body, "organization"  # "figures published by the department in January": the department named
        kind = _KIND_DOCUMENT.fullmatch(source)
        if kind and words_[-1] in self.lx.lists["document"] | _RECORD_NOUNS \
                and (body := self.described_body(kind.group(1).lower(), pos, [])):
            return body, "organization"  # "council documents", "company data": the body of that kind
        owned = _OWNED_DOCUMENT.match(source)
        record = owned and len(words_) <= 5 and words_[-1] in _RECORD_NOUNS  # "the council's own timetable"
        owned_by_name = (owner := _OWNER.match(source)) is not None \
            and (len(words_) <= 6 or len(words_) - len(owner.group(1).split()) <= 5) \
            and words_[-1] in self.lx.lists["document"]
        if not record and not owned_by_name and (not self.is_document(source) or len(words_) > (6 if owned else 4)):
            return None  # ("Kelvedon's most recent sustainability report": a named owner's, however qualified)
        if owned and owned.group(1):
            # "According to its latest annual report": the body the last sentences are about
            their = owned.group(1).lower() == "their"
            body = self.body_subject(pos, self.paragraph_of(pos), "they" if their else "it")
            if body and (body[1] == "organization" or their and body[1] in {"anonymous", "person"}):
                return body[:2]  # (or the group or the people joined that the last sentence opens with: "Planning
                # officers have recommended ... Their report warned")
            body = self.described_body("company", pos, []) if owned.group(1).lower() == "its" else None
            return (body, "organization") if body else None  # (or the last body no list types: "Rift Thermal")
        if owned:
            # "the federation's disciplinary regulations", "the company's own estimates": the body of that kind (of
            # two words, the body named with both: "the ambulance service's call log")
            body = self.owner_of_kind(owned.group(2), pos)
            return (body, "organization") if body else None
        owner = _OWNER.match(source)
        officer = False  # a body's officer made it ("by the Justice Department's inspector general")
        if owner:
            found = owner.group(1)  # "Fusion's court document": Fusion's
            if " " not in found and self.lx.has("org_head", found.lower()):
                # "the Ministry's annual notifiable disease report": the one ministry named before (none when one is
                # named in lower case too: "Ghana's finance ministry", "the hospital's board")
                holding = {name for start, name in self.bodies.names if start < pos
                           and found.lower() in name.lower().split()}
                lower = re.search(rf"\b(?!(?:the|a|an|its|their|this|that)\b)[a-z]+(?:['’]s)?\s+{found.lower()}\b",
                                  self.text[:pos])
                if lower:
                    return None
                if len(holding) == 1:
                    return holding.pop(), "organization"
        elif words_[0] not in {"the", "this", "that", "a", "an"} or len(words_) > 3:
            return None
        else:
            head = re.escape(words_[-1])
            if len(words_) == 3:
                # "the court filing" after "Fusion's court document": one document under another noun of its kind
                kinds = "|".join(sorted(map(re.escape, self.lx.lists["document"])))
                head = rf"(?:{head}|{re.escape(words_[1])}\s+(?:{kinds}))"
            found, start, group = None, -1, None
            indefinite = words_[0] in {"a", "an"}  # "A report released in January by X, ..., called": the maker
            # the document's own phrase names, at ``pos`` (a document the text introduces, so none named before)
            lo, hi = (pos, min(len(self.text), pos + len(source) + 160)) if indefinite else (0, pos)
            for m in _author_regex(head).finditer(self.text, lo, hi):
                if indefinite and (m.start() > pos + len(source) or not m.group("by")):
                    break
                group = next(g for g in ("owner", "writer", "by", "body", "site", "rel", "made") if m.group(g))
                found, at, start = m.group(group), m.end(group), m.start()  # (the name is read where it is written)
                if group == "by" and self.text.startswith(",", at) \
                        and (listed := LISTED_BODY.match(self.text, m.start(group) + 4 * found.startswith("the "))) \
                        and listed.end() > at and listed_fields_ordinary(self.text, listed):
                    found, at = listed.group().split(" (")[0], listed.end()  # "a 2023 survey by the Ministry of
                    # Commerce, Industry, Labour and Immigration": the ministry's name whole (its fields ordinary
                    # words, not "the Department of Health, NHS England and the Care Quality Commission": three)
                if group == "by" and "commissioned" in self.text[m.start():m.start(group)] \
                        and (maker := COMMISSIONED_WRITER.match(self.text, at)):
                    found, at = maker.group("name"), maker.end("name")  # "A report commissioned by the co-operative
                    # from Belfast consultancy Loughshore Ecology": who wrote it, not who paid for it
                tail = _OFFICER_TAIL.match(self.text, at) if group == "by" else None
                named = _OFFICER_NAMED.match(self.text, tail.end()) if tail else None
                officer = bool(tail) and (tail.group(1).split()[-1].lower() in self.lx.lists["role"] or bool(named))
                if officer:
                    found, at = found + tail.group(), tail.end()  # "by the Justice Department's inspector general"
                if named:
                    found, at = named.group(1), named.end(1)  # "by TfL's chief finance officer, Priya Ramaswamy,":
                    # the officer named
                elif group == "by" and (held := _HOLDER_AFTER.match(self.text, at)) \
                        and (PERSON_NOUN.search(held.group(1)) or held.group(1).split()[-1] in self.lx.lists["role"]
                             or held.group(1).split()[-1] in _FIRM_KINDS):
                    found, at = held.group(2), held.end(2)  # "by Sunday Telegraph journalist Robert Peston": the
                    # journalist, not the paper; "by Calgary engineering firm Lindqvist & Orr": the firm, not the city
                    while " " in found and found.rsplit(None, 1)[1].lower() in WHEN_WORDS:
                        found = found.rsplit(None, 1)[0]  # ("firm Lindqvist & Orr Tuesday found": no day)
                        at = held.start(2) + len(found)
            if indefinite and not found:
                return None
            if not indefinite and _SIGNED.search(self.text, 0, pos):
                for m in _author_regex(head, _SIGNER_PATTERN).finditer(self.text, 0, pos):
                    if m.start() >= start:  # (the signer of the document a "by" found too: "the report, written
                        # by the council's head of property services, Gareth Lowther": Lowther, not the council)
                        found, at, start, group = m.group("signer"), m.end("signer"), m.start(), "signer"
            if not found:
                return self.sentence_writer(head, pos)
        found = _SENTENCE_END.split(found)[-1]  # "... on Tuesday. Fusion's court document": Fusion
        found = _THE_ADJECTIVE.sub("", found).rstrip("'’")  # "the state Department of Audits and Accounts": the
        # department; "the Ministry of Digital Affairs' (MODA) report": the ministry
        speaker, stype = classify_source(found, at if not owner else pos, self.people)
        if not owner and group == "body" and " " not in found and stype == "person":
            return None  # "a Clinton campaign memo": a person's name qualifying it, not its maker
        if stype == "person" and " " not in speaker and BodyNames.may_expand(speaker) \
                and (body := self.bodies.expand(speaker, pos)) != speaker:
            return body, "organization"  # "Fusion's court document" after "Fusion GPS"
        if stype != "person" and unnamed_body(found):
            return found, "organization"  # "the report" after "a report ... by the all-party parliamentary group"
        if stype in {"unknown", "organization"}:
            # a capitalised name that is no person: "Fusion GPS"; "Fusion" for the body the article named in full
            return self.bodies.expand(speaker, pos) if BodyNames.may_expand(speaker, listed=True) else speaker, \
                "organization"
        return (speaker, stype) if stype == "person" or officer and stype == "anonymous" else None

    def plaintiff_before(self, pos: int) -> tuple[str, str] | None:
        """``(speaker, type)`` of the last person or body the text says sued before ``pos`` (``Kristin Halvorsen
        Dahl, a granddaughter of the founder, sued the board``, ``a lawsuit from ..., Delphine Marwood-Lowe``), else
        None."""
        before = self.text[:pos]
        if " sued " not in before and "suit from " not in before and "suit by " not in before:
            return None
        found = None
        for m in sorted([*_SUED.finditer(self.text, 0, pos), *_SUIT_FROM.finditer(self.text, 0, pos)],
                        key=lambda m: m.start()):
            speaker, stype = classify_source(m.group(1), m.end(1), self.people)
            if stype in {"person", "organization"}:
                found = speaker, stype
        return found

    def sentence_writer(self, head: str, pos: int) -> tuple[str, str] | None:
        """The person who opens the last sentence before ``pos`` that says they wrote or sent the document (``Kory
        Langhofer, counsel to ... Trump for America, Inc. (TFA), wrote a letter``: an appositive too long or
        punctuated for :data:`_AUTHOR_PATTERN`), or ruled in it (``Judge Evelyn Marchbanks vacated the conviction in
        a 41-page order``, ``In a 64-page decision released Tuesday, Justice Harriet Okonkwo-Bell ordered``)."""
        last = None
        for m in re.finditer(_WROTE.format(head=head) + (_WROTE_TO if head in {"letter", "email"} else ""),
                             self.text[:pos]):
            last = m
            if m.group().endswith(" to") and not any(
                    not self.text[mt.end:m.start()].strip(" ,")
                    for mt in self.people[bisect_left(self.people, m.start() - 80, key=_START):
                                          bisect_left(self.people, m.start(), key=_START)]):
                last = None  # (writing to someone only right after the writer's name: "Daniel Okafor, wrote to";
                # not "the groups who wrote to her", "said the alliance has written to", which leave the letter
                # unclaimed)
        if last is None:
            return None
        lo = self.sentence_of(last.start())[0]
        if not self.text[lo:last.start()].strip():
            # "In a 64-page decision released Tuesday, Justice Harriet Okonkwo-Bell ordered": the subject after the
            # opening phrase, a name with its titles (not "the court found that ... Sauvé's blades")
            comma = self.text.find(",", last.end(), last.end() + 60)
            subject = _TITLED_NAME.match(self.text, comma + 1) if comma > 0 else None
            hi = self.sentence_of(last.start())[1]
            # the person named right before the sentence's reporting verb first ("In a letter to the family's MP,
            # Rehana Akhtar, seen by the Guardian, the minister Eleanor Quayle wrote": not the addressee; "..., the
            # council's director ..., Paul Whitfield, said")
            return next(((mt.person.name, "person") for mt in self.people
                         if last.end() < mt.start and mt.end < hi and " " in mt.person.name
                         and _SUBJECT_VERB.match(self.text, mt.end) and not self.in_quote(mt.start)), None) \
                or next(((mt.person.name, "person") for mt in self.people if subject and mt.start >= subject.start()
                         and mt.end == subject.end() and " " in mt.person.name), None)
        if (which := _WHICH_BEFORE.search(self.text, lo, last.start())) \
                and (named := _BODY_NAME_BEFORE.search(self.text, max(lo, which.start() - 80), which.start())):
            speaker, stype = classify_source(named.group(), named.end(), self.people)
            if stype == "organization":
                return speaker, stype  # "(Ulvestad chairs) the Kachemak Bay Fishermen’s Association, which sent the
                # council a letter": the body the relative clause is about, not the sentence's subject
        for mt in self.people:  # in text order
            if mt.start >= last.start():
                break
            if mt.start >= lo and " " in mt.person.name and not self.in_quote(mt.start):
                return mt.person.name, "person"
        return None

    def narrative_subject(self, since: int, pos: int, pronoun: str):
        """The last person with a full name (of the pronoun's gender, if known) named at the start of a sentence
        between ``since`` and ``pos``, outside quotations, if that sentence is not the pronoun's own; else None."""
        if pronoun not in {"he", "she"}:
            return None
        gender = "m" if pronoun == "he" else "f"
        own = self.sentence_of(pos)[0]
        named = None
        for mt in reversed(self.people):  # in text order
            if mt.start <= since:
                break
            if mt.start >= own or self.in_quote(mt.start) or (mt.person.gender and mt.person.gender != gender) \
                    or " " not in mt.person.name or self.text.startswith(" family", mt.end):
                continue  # (a one-word "name" may be a role word: "Home Affairs spokesman Mark Oaten"; "For the
                # Hussain family, those promises feel distant": a family, no one of it)
            lo = self.sentence_of(mt.start)[0]
            if (fronted := _FRONTED.match(self.text, lo, mt.start)) \
                    and bisect_left(self.people, lo, key=_START) == bisect_left(self.people, fronted.end(), key=_START):
                kin_lo = fronted.end()  # "Outside the court, Mr Lavery's sister Bernadette Lavery read ...": a phrase
                # before the subject that names no one
            else:
                kin_lo = lo
            if only_titles(self.text[lo:mt.start], _CONJUNCTIONS) or self.fronted_subject(lo, mt) \
                    or self.title_phrase(self.text[lo:mt.start]) \
                    or OWNER_KIN.fullmatch(self.text, kin_lo, mt.start) \
                    or KIN_OPENING.fullmatch(self.text, kin_lo, mt.start) \
                    or _SUBJECT_PUT_LATER.fullmatch(self.text, lo, mt.start) \
                    or RANK_BEFORE.match(self.text, kin_lo, mt.start) \
                    or _AGE_OPENER.fullmatch(self.text, lo, mt.start) \
                    or ((role := _ROLE_BEFORE_NAME.fullmatch(self.text, lo, mt.start))
                        and role.group(2).lower() in role_heads() and role.group(1).lower() not in STOP_WORDS
                        and role.group(1).lower() not in _NOT_SUBJECT_OPENERS):
                # "Tulk's younger brother Aaron ...", "Tareen's cousin, fast bowler Usman Tareen, was ...", "The elder
                # Hernández is less at peace ...", "Regular customer Brenda Lea, 81, ... has been buying"
                named = self.owned_named(mt, own, gender) or mt
                break
        # "On Friday, the Cardinal will ask ... 'It is possible,' he will say": a role noun opening a sentence since
        # then is its holder
        i = bisect_right(self._sentence_starts, own - 1) - 1
        while i >= 0 and self.sentences[i][1] > max(since, named.start if named else -1):
            lo = self.sentences[i][1]
            i -= 1
            m = _ROLE_SUBJECT.match(self.text, lo)
            if m and m.group(1).lower() not in role_heads():
                m = _ROLE_SUBJECT_TWO_WORDS.match(self.text, lo)
            if m and not self.in_quote(lo) and m.group(1).split()[-1].lower() in role_heads():
                holder = holder_of(self.people, m.group(1), lo, gender)
                if holder is not None:
                    return holder
            kin = _KIN_SUBJECT.match(self.text, lo)
            if kin and not self.in_quote(lo) \
                    and (relative := kin_named_before(self.text, self.people, kin.group(1), lo + len(kin.group(1)),
                                                      set_off_only=named is not None)):
                # "Ms. Lindqvist laughs about the name now. Her husband does not. '...,' he said": the husband; with
                # no one named as a subject since, also the one other of the family named in full ("Rosa Pedrazzini
                # and her son, Dante ... His mother was less interested": Rosa), not when a subject was named ("The
                # elder Mr. Haskell said ... His father bought the shed": a third man)
                person = next((mt.person for mt in self.people if mt.person.name == relative), None)
                if person is not None and person.gender in {gender, ""}:
                    return person
        if _WROTE_AFTER.match(self.text, pos):
            # "... is a letter from Derek Halsall, who grew up on Derby Street. He wrote that ...": the sender
            for mt in reversed(self.people):
                if mt.start <= max(since, named.start if named else -1):
                    break
                if mt.start < own and not self.in_quote(mt.start) and mt.person.gender in {gender, ""} \
                        and _SENT_FROM.search(self.text, max(0, mt.start - 40), mt.start):
                    return mt.person
        return named.person if named else None

    def title_phrase(self, prefix: str) -> bool:
        """Whether ``prefix`` is a long title and nothing else, ending in a title or role word, or in ``member`` after
        a body's word: ``Leader of South Tyneside Council Coun``, ``Council leader Coun``, ``Council member`` (its
        words capitalised, titles, roles or ``of``/``the``/``for``/``and``; it opens with no function word: not ``When
        Mayor``)."""
        lists, words_ = self.lx.lists, prefix.split()
        member = len(words_) >= 2 and words_[-1] == "member" and words_[-2][:1].isupper()
        return len(words_) >= 2 and words_[0].lower() not in STOP_WORDS \
            and (words_[-1].lower().rstrip(".") in lists["title"] | lists["role"] or member) \
            and all(w[:1].isupper() or w in {"of", "the", "for", "and"} or w.lower() in lists["role"]
                    for w in (words_[:-1] if member else words_))

    def relative_owner(self, pronoun: str, pos: int) -> str | None:
        """The full name of the person ``his``/``her`` at ``pos`` stands for, when the text gives that person the
        pronoun's gender (not "Her mother" after "Imran Sadiq", whose gender no word says); else None."""
        gender = {"his": "m", "her": "f"}.get(pronoun)
        if gender is None:
            return None
        owner, stype = classify_source("he" if gender == "m" else "she", pos, self.people)
        return owner if stype == "person" and " " in owner \
            and any(mt.person.name == owner and mt.person.gender == gender for mt in self.people) else None

    def spoke_in_document(self, cue: tuple[int, int]) -> bool:
        """Whether the cue's sentence opens with the document its source spoke in (``In a report to councillors,
        planning officers said``) or its verb is followed by it (``said in a report``): not a document the reported
        clause names (``Employees said they were told of the closure in a group text message``)."""
        return self.text.startswith(" in ", cue[1]) \
            or _VEHICLE.match(self.text, self.sentence_of(cue[0])[0]) is not None

    def spoke_in(self, head: str, sources: list) -> tuple[str, str] | None:
        """``(speaker, type)`` of the last attribution in ``sources`` whose source spoke in a document with that head
        noun (``the statement`` after ``X said in a statement``); else None."""
        return next(((speaker, stype) for cue, speaker, stype in reversed(sources) if self.vehicle(cue) == head), None)

    def content_owner(self, span: tuple[int, int]) -> tuple[str, str] | None:
        """``(body, "organization")`` for the owner a reported clause opens with (``Thornbury's mission systems unit
        generated ...``: Thornbury, for ``according to its annual report``), a capitalised name of a body or no list's
        type, or the body that is its subject (``The Ministry of Education and Science supported ...``); else None."""
        subj = self.sentence_subject(span[0], span[1])
        if subj is None:
            return None
        phrase = self.text[subj[0]:subj[1]]
        owner = _OWNER_OPENS.match(phrase)
        if owner is None:
            name = _BODY_THE.sub("", phrase)
            body = classify_source(phrase, subj[1], self.people)[1] == "organization" and _PROPER_NAME.fullmatch(name)
            return (name, "organization") if body else None
        owned = phrase[owner.end():]
        if _PROPER_NAME.fullmatch(owned) and classify_source(owned, subj[1], [])[1] == "organization":
            return owned, "organization"  # "Virginia’s Office of the Common Interest Community Ombudsman received
            # ...": the body the owner's name opens, not the owner
        end = subj[0] + owner.end(1)
        speaker, stype = classify_source(owner.group(1), end, self.people)
        if stype in {"organization", "unknown"} and BodyNames.may_expand(speaker, listed=True):
            speaker = self.bodies.expand(speaker, end)
        speaker = _BODY_THE.sub("", speaker)
        # ("Serrana" alone may read as a surname: "its" says it is not a person)
        return (speaker, "organization") if _PROPER_NAME.fullmatch(speaker) \
            and (stype in {"organization", "unknown"} or stype == "person" and " " not in speaker) else None

    def spoke_in_since(self, author: tuple[str, str], mention: str, sources: list) -> tuple[str, str] | None:
        """For ``the statement`` whose author the text gives (``X said in a statement``): the source that spoke in
        a statement last, when ``author`` spoke in one before it (``In a statement issued through a spokesperson,
        the company accused ...``: the company's statement, not X's earlier one); else None."""
        low = _clean_mention(mention).lower().split()
        if len(low) != 2 or low[0] not in _THIS:
            return None
        spoke = [(speaker, stype) for cue, speaker, stype in sources if self.vehicle(cue) == low[-1]]
        said = {speaker.split()[-1] for speaker, _ in spoke[:-1]}  # ("Fortin-Nakamura" for Élise Fortin-Nakamura)
        return spoke[-1] if spoke and spoke[-1][0].split()[-1] != author[0].split()[-1] \
            and author[0].split()[-1] in said else None

    def cited_in(self, head: str, rows: list, paragraph: int, modifier: str | None = None,
                 same: bool = False) -> tuple[str, str] | None:
        """``(speaker, type)`` of the last row in ``rows``, from ``paragraph`` or the two before it, whose source
        phrase names a document with that head noun, or one of its kind (:data:`_SAME_DOCUMENT`: ``a report`` for
        ``the audit``), and whose speaker is its maker, not the document (``According to a letter the company sent
        the family`` for ``the letter``); with a ``modifier`` (``the ministry report``), only a phrase holding it
        (``an agriculture ministry report seen by Reuters``), from anywhere before, as for ``the same minutes``
        (``same``); else None."""
        heads = next((kind for kind in _SAME_DOCUMENT if head in kind), {head})
        if head == "document" and modifier is None:
            heads = _DOCUMENT_KINDS  # "the document": any document named before
        kinded = any(head in kind for kind in _SAME_DOCUMENT)
        earlier = set()  # the makers named further back
        itself = None  # the last document of that kind that is its own source, no maker named
        for row in reversed(rows):
            far = self.paragraph_of(row[1][0]) < paragraph - 2 and modifier is None and not same
            if far and not kinded:
                return itself
            words_ = row[3].lower().split()
            said_by = set(row[2].lower().split())
            if itself is None and not far and modifier is None and head in _DOCUMENT_KINDS and row[4] == "media" \
                    and heads & said_by & set(words_) and len(said_by) > 2:
                itself = row[2], row[4]  # ("the document says" after "according to an agreed statement of facts
                # filed in court": that statement, a source of its own)
            if heads & set(words_) and head not in said_by and row[4] != "anonymous" \
                    and (modifier is None or modifier in words_) \
                    and not (row[4] == "media" and heads & said_by) \
                    and (row[4] != "person" or row[2].split()[-1].lower() in row[3].lower() or " by " in row[3]):
                # (a person only when the phrase names them, or names its maker: "a report tabled Tuesday by the
                # province's auditor general")
                if not far:
                    return row[2], row[4]
                if min(words_.index(w) for w in heads & set(words_)) <= 3:
                    earlier.add((row[2], row[4]))  # (a phrase about the document, not one that mentions one: "X,
                    # whose office first raised concerns ... in a report last spring")
        # further back, the one maker the article gives a report, letter or ruling of that kind ("according to a
        # report tabled Tuesday by the province's auditor general ... the report said", three paragraphs on; not a
        # poll, which PolNeAR keeps as the poll)
        return earlier.pop() if len(earlier) == 1 else itself

    def vehicle(self, cue: tuple[int, int]) -> str | None:
        """The document a cue's source spoke in, written in the cue's sentence before the cue or right after it
        (``In a statement provided by a spokeswoman, he said``, ``said in a statement issued through ...``, ``said in
        written submissions``): its head noun, singular, lower case; else None."""
        lo, hi = self.sentence_of(cue[0])
        hi = min(hi, cue[1] + 60)  # ("told the Korea Exchange in a regulatory filing")
        stretch = self.text[lo:hi]
        if not any(hint in stretch for hint in _VEHICLE_HINTS):
            return None  # (a cheap test first)
        documents = self.lx.lists["document"]
        for m in _VEHICLE.finditer(self.text, lo, hi):
            words_ = m.group(2).lower().split()
            doc = next((w for w in words_ if w in documents), None) if m.group(1) \
                else next((w[:-1] for w in words_ if w[-1:] == "s" and w[:-1] in documents), None)
            if doc:
                return doc  # ("in a written statement"; "in written submissions", a plural without an article)
        return None

    def surname_holders(self, surname: str, pos: int) -> str | None:
        """``A & B``: the two people with that surname named together before ``pos`` (``James and Olivia Tranter``),
        else all those named in full before it, in the order first named; None for fewer than two."""
        held = [mt for mt in self.people if mt.end <= pos and " " in mt.person.name
                and mt.person.name.split()[-1] == surname]
        for a, b in zip(held, held[1:]):
            if self.text[a.end:b.start] == " and " and a.person is not b.person:
                return a.person.name + JOINT + b.person.name  # "James and Olivia Tranter": the couple named so
        names = list(dict.fromkeys(mt.person.name for mt in held))
        return JOINT.join(names) if len(names) > 1 else None

    def person_noun_head(self, mention: str) -> str | None:
        """The head of ``the skater``, ``The retired Sudbury teacher``: a singular noun for one person that no list
        holds (not a role the article may name someone by, ``the prosecutor``, nor a body's or document's head; but
        ``lady`` is a title only before a name); else None."""
        m = _DESCRIBED_PERSON.fullmatch(_clean_mention(mention))
        if m is None:
            return None
        head = m.group(1)
        lists = self.lx.lists
        if any(head in lists[kind] for kind in ("role", "anonymous", "title", "org_head", "document", "media_head")) \
                and head != "lady" or not PERSON_NOUN.search(head) or head in _GROUP_WORDS or head.endswith("s"):
            return None
        return head

    def described_person(self, pos: int, mention: str) -> str | None:
        """For ``the skater``, ``The retired Sudbury teacher`` (a noun for a person that no list holds) at ``pos``:
        the one person named in full before with that noun right before the name (``Canadian speed skater Mireille
        Sauvé``); for a noun of a gender, the one person of that gender named in this paragraph or the two before;
        for ``the <noun>``, the one person named in this paragraph and the one before, whose gender is known (``...,
        Khadka told reporters. / The former civil servant ... said``); else the person who opens a short sentence
        right before, in the same paragraph (``Gisèle Rancourt was not relieved. The retired Sudbury teacher ...``);
        else None."""
        words_ = mention.split()
        if len(words_) == 3 and words_[0].lower() == "the" and mention[4:].islower() \
                and self.text.find(words_[2], 0, pos) >= 0:
            # "the harbour master" after "Harbour master Captain Ian Tennant": the one person named right after
            # those two words (a title between), whatever lists hold them (a cheap test first: the last word
            # written before)
            phrase = _role_words_before_name(words_[1], words_[2])
            before = {mt.person.name for mt in self.people if mt.end <= pos and " " in mt.person.name
                      and (found := phrase.search(self.text, max(0, mt.start - 60), mt.start))
                      and not _RANK_BEFORE_ROLE.search(self.text, max(0, found.start() - 12), found.start() + 1)}
            # (not "Assistant fire marshal Dana Cole": another office)
            if len(before) == 1:
                return before.pop()
        head = self.person_noun_head(mention)
        if head is None:
            return None
        named = {mt.person.name for mt in self.people if mt.end <= pos and " " in mt.person.name
                 and self.text[max(0, mt.start - 40):mt.start].lower().split()[-1:] == [head]}
        if len(named) == 1:
            return named.pop()
        if named:
            # two skaters named: the one the article is about, named most often before (Mireille Sauvé, not the
            # Dutch skater whose appeal is mentioned once)
            counts = Counter(mt.person.name for mt in self.people if mt.end <= pos and mt.person.name in named)
            top = counts.most_common(2)
            if len(top) == 2 and top[0][1] > top[1][1]:
                return top[0][0]
        if not named and self.someone_unnamed_before(head, pos):
            return None  # "a collector from Oakham took ... / the Oakham collector said": that unnamed person
        lo = self.sentence_of(pos)[0]
        if not named and (gender := GENDERED_NOUNS.get(head)) and "'s " not in mention and "’s " not in mention:
            # "Karen Tremblay drove from pharmacy to pharmacy ... '...,' the Oshawa mother said": the one person of
            # the noun's gender named in full in this paragraph or the two before (not "the boy's mother": his)
            since = self.paragraphs[max(0, self.paragraph_of(pos) - 2)][0]
            fits = {mt.person.name for mt in self.people if since <= mt.start and mt.end <= pos
                    and " " in mt.person.name and mt.person.gender == gender}
            if len(fits) == 1:
                return fits.pop()
        if not named and mention[:4].lower() == "the " and "'s " not in mention and "’s " not in mention \
                and not _KEPT_UNNAMED.search(self.text, pos, self.sentence_of(pos)[1]):
            # "'...,' Khadka, 63, told reporters. / The former civil servant, who spent three decades ..., said": an
            # epithet for the one person named in this paragraph and the one before
            since = self.paragraphs[max(0, self.paragraph_of(pos) - 1)][0]
            gender = GENDERED_NOUNS.get(head, "")
            fits = {mt.person.name: mt.person for mt in self.people if since <= mt.start and mt.end <= pos
                    and not (gender and mt.person.gender and mt.person.gender != gender)}
            if len(fits) == 1 and " " in (only := next(iter(fits))) and (fits[only].gender or gender):
                return only  # (someone a pronoun, a given name or the noun says is a man or a woman: not "Yr
                # Wyddfa")
        if named or lo <= self.paragraphs[self.paragraph_of(pos)][0] + 1:
            return None
        before = self.sentence_of(lo - 2)[0]
        if "\n" in self.text[before:lo] or self.paragraph_of(before) != self.paragraph_of(pos):
            return None
        opener = next((mt for mt in self.people if mt.start >= before), None)
        # (a short sentence about the person only: "Gisèle Rancourt was not relieved.")
        return opener.person.name if opener is not None and opener.start == before and opener.end < lo \
            and " " in opener.person.name and len(self.text[before:lo].split()) <= 8 else None

    def named_later(self, pos: int) -> bool:
        """A person named in full is set off by commas after ``pos`` in its sentence: "(The mother of a teenager killed
        in Saturday's crash), Maria Lopez," (not a place: "in Raleigh, North Carolina,")."""
        end = self.sentence_of(pos)[1]
        return any(pos <= mt.start < end and " " in mt.person.name and self.text[mt.start - 2:mt.start] == ", "
                   and self.text[mt.end:mt.end + 1] == "," for mt in self.people)

    def someone_unnamed_before(self, head: str, pos: int) -> bool:
        """Whether the text before ``pos`` introduces someone unnamed by the noun ``head`` (``a collector from
        Oakham``, ``One man in Manchester``), outside quotations: not set off after a name (``X, a collector,``),
        after a copula (``was a collector``) or before a name (``a collector, X,``, ``a collector named X``)."""
        if self.text.find(head, 0, pos) < 0:
            return False  # (a cheap test first)
        for m in re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}" + re.escape(head) + r"\b"
                            r"|\b(?<![Aa]s\s)[Tt]he\s+" + re.escape(head) + r"\s+of\s+(?:an?|one\s+of)\s"
                            ).finditer(self.text, 0, pos):
            # ("The mother of a current player, who asked not to be named": someone unnamed too, but not "As the
            # mother of a teenager, she" nor "The mother of a teenager killed in the crash, Maria Lopez, said")
            if m.group()[:4].lower() == "the " and self.named_later(m.end()):
                continue
            before = self.text[max(0, m.start() - 12):m.start()]
            if not (before.rstrip().endswith(",") or _COPULA_END.search(before) or self.in_quote(m.start())
                    or _NAME_NEXT.match(self.text, m.end())):  # (not "'When a mother is vaccinated ...'")
                return True
        return False

    def pair_before(self, pos: int, kin: str = "") -> str | None:
        """The last two people named together before ``pos`` (``X ... and ... Y`` in one sentence, within 80
        characters of each other, or ``X ... with his nephew Y``), in the three sentences before it, or anywhere
        before it for two of one surname when ``kin`` (the kin word of the source: ``Gareth and Ann Pritchard ... The
        couple said``, paragraphs later; or, but for ``parents``, often a group, the only two named in full with the
        surname of the last one named): ``X & Y``; else None."""
        i = bisect_left(self.people, pos, key=_START) - 1
        lo = self.sentence_of(pos)[0]
        for _ in range(3):
            lo = self.sentence_of(max(0, lo - 2))[0] if lo > 0 else 0
        found = self.pair_from(i, lo) or (self.pair_from(i, 0, same_surname=True) if kin else None)
        if found is None and kin and kin != "parents" and i >= 0 \
                and (both := self.surname_holders(self.people[i].person.surname, pos)) \
                and both.count(JOINT) == 1:
            found = both  # ("Ross and Janice Lindqvist ... / Ross Lindqvist said ... / The couple said": the two of
            # the last named person's surname, when the first of them is named by the given name alone)
        return found

    def bodies_before(self, pos: int, plural: str) -> str | None:
        """The two companies named before ``pos`` (:meth:`two_companies_before`), else the last two bodies named
        before it in its sentence and the one before, for a plural kind (``companies``, ``unions``; ``governments``:
        two countries): ``X & Y``; else None. A name is a run of capitalised words that names no place and no person
        with a gender or a given name (a limit: a body whose first word is a given name, ``Maple Ridge Orchards``, is
        left out)."""
        if plural in {"companies", "firms"} and (both := self.two_companies_before(pos)):
            return both  # ("X Inc. has agreed to be acquired by Y Corp. ..., the companies announced")
        singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        if not (singular in self.lx.lists["org_head"] or singular in self.lx.lists["company_head"]
                or plural in _BODY_PLURALS):
            return None
        lo = self.sentence_of(pos)[0]
        lo = self.sentence_of(max(0, lo - 2))[0] if lo > 0 else 0
        if plural == "governments":
            found = [(m.start(), m.group()) for m in _COUNTRY_WORDS.finditer(self.text, lo, pos)
                     if m.group().lower() in self.lx.lists["country"]]
        else:
            people = {(mt.start, mt.end) for mt in self.people
                      if mt.person.gender or mt.person.name.split()[0].lower() in first_names()}  # (a body read as a
            # name, "Kootenay Orchard Packers", "Prairie Pantry", has neither a gender nor a given name)
            found = [(start, name) for start, name in self.bodies.names + self.bodies.sentence_ends
                     if lo <= start and start + len(name) <= pos and not self.in_quote(start)
                     and not any(a <= start < b or start <= a < start + len(name) for a, b in people)
                     and name.split()[-1].lower() not in PLACE_HEADS]
        # (a name that ends a sentence keeps no point of the sentence's: "... of Canada." but "Silverline Fresh Inc.")
        names = list(dict.fromkeys(SENTENCE_POINT.sub("", name) for _, name in sorted(found)))
        return names[-2] + JOINT + names[-1] if len(names) >= 2 else None

    def pair_from(self, i: int, lo: int, same_surname: bool = False) -> str | None:
        """:meth:`pair_before` over the people named from ``lo`` up to mention ``i``, the last pair first."""
        while i > 0 and self.people[i].start >= lo:
            second, first = self.people[i], self.people[i - 1]
            i -= 1
            gap = self.text[first.end:second.start]
            if first.person is not second.person and " " in first.person.name and " " in second.person.name \
                    and (len(gap) <= 80 and re.search(r"\band\b", gap) or len(gap) <= 200 and _WITH_KIN.search(gap)) \
                    and not re.search(r"[.;:?!\n]", gap) and first.start >= lo \
                    and (not same_surname or first.person.surname == second.person.surname):
                return first.person.name + JOINT + second.person.name
        return None

    def fronted_subject(self, lo: int, mt) -> bool:
        """Whether the person at ``mt`` is the subject after a fronted phrase of the sentence starting at ``lo``, the
        first person in it (``Asked what he would miss most, Mr. Whitfield did not mention ...``)."""
        before = self.text[lo:mt.start].split()
        while before and (only_titles(before[-1], frozenset()) or _AGE_WORD.fullmatch(before[-1])):
            before.pop()  # "..., Mr. Whitfield", "..., 24-year-old Ellie Wragg": not in the mention
        return bool(before) and before[-1].endswith(",") and not any(c in " ".join(before) for c in "\"“”") \
            and bisect_left(self.people, lo, key=_START) == bisect_left(self.people, mt.start, key=_START)

    def named_next(self, subj: tuple[int, int], cue: tuple[int, int], mention: str) -> str | None:
        """For a description that opens or closes an article's first sentence (``The head of a conservative faction``,
        ``..., a Home Office minister has said.``, ``Chancellor Gordon Brown's closest ally``): the first person with a full name in the next
        sentence, outside quotations, when that sentence names no one else first; else None."""
        lo, hi = self.sentence_of(subj[0])
        mention = WHO_CLAUSE.split(mention, maxsplit=1)[0]  # ("A senior barrister who has resigned ...")
        mention = _THAT_CLAUSE.split(mention, maxsplit=1)[0]  # ("the Kathmandu company that organized ...")
        # a body's kind ("the Kathmandu company"; not "The head of the union", "A Court of King's Bench justice"):
        # none of the people the next sentence names, only a body read as one ("Minera Atacama Sur")
        body_kind = bool(mention.split()) and _DESCRIBED_BODY.fullmatch("the " + mention.split()[-1].lower()) \
            and not (" of " in mention and not _DESCRIBED_BODY.fullmatch(
                "the " + mention.split(" of ")[0].split()[-1].lower()))
        opens = not self.text[lo:subj[0]].strip(" -–—") \
            or re.fullmatch(r"[A-Z ,.()]+[-—–]\s*|.*\((?:Reuters|AP|AFP)\)\s*[-—–]\s*", self.text[lo:subj[0]])
        if not _DESCRIPTION_OPENS.match(mention):
            return None
        if re.search(r"[a-z]s$", mention) and not mention.endswith(("ss", "us")):
            return None  # a group ("U.S. President Donald Trump’s lawyers"): not the one person named next
        head = mention.split()[-1].lower()
        if self.lx.has("document", head) or self.lx.has("media_head", head):
            return None  # "The company will lay off 420 workers, a notice said. / Darnell Pruitt, 51, said": no one
        if head in SPOKESPEOPLE or head == "source" or head in _COLLECTIVE_HEADS and " of " not in mention:
            return None  # (a spokesman speaks for someone, and is seldom the person the next sentence names; a source
            # is unnamed by definition; "The parliamentary opposition demanded ..." is a group, whoever speaks for it
            # next, but "The leader of the opposition" a person)
        # (with its qualifiers: "the shadow health minister" is not "health minister Priya Chandrasekar")
        wanted = {head} | {w.lower() for w in mention.split()[:-1] if w.lower() in MODIFIERS} - _NOT_QUALIFYING
        if head == "general" and len(mention.split()) > 1:
            wanted.add(mention.split()[-2].lower())  # ("auditor general", "attorney general": one role of two words)
        if head in KIN_NOUNS:
            # "The husband of a Winnipeg nurse ... says", then "her husband, Dario Marchetti": the one person named
            # as that relative, never the next sentence's (the nurse herself)
            kin = {mt.person.name for mt in self.people if head in mt.person.roles and " " in mt.person.name}
            return kin.pop() if len(kin) == 1 else None
        holders = {mt.person.name for mt in self.people if wanted <= mt.person.roles and " " in mt.person.name} \
            if self.lx.has("role", head) else set()
        if not holders and self.lx.has("role", head) and (one := role_holder(mention, self.people)):
            holders = {one}  # (a role under another spelling: "the judge", "Justice Marguerite O'Hanlon-Baptiste")
        if len(holders) == 1:
            return holders.pop()  # "A coroner has warned ..." and "Coroner Catherine Wragg" later: her, whoever
            # the next sentence names, wherever the lead's description stands ("..., the province’s auditor general
            # says in a report that accuses ...")
        rest = self.tokens.between(max(subj[1], cue[1]), hi)
        # (a participle clause may follow the source: "..., its water minister said on Tuesday, calling ...", or a
        # clause of time: "..., the provincial health director said on Monday, as health workers began spraying")
        rest = next((rest[:i] for i in range(len(rest) - 1) if rest[i][2] == ","
                     and (rest[i + 1][2].endswith("ing") and rest[i + 1][2].islower()
                          or rest[i + 1][2] in {"as", "while", "after", "amid"})), rest)
        if not opens and (rest or self.text[max(subj[1], cue[1]):hi].strip(" .\n")) \
                and not (self.adjunct_only(rest, "") and len(rest) <= 8 and all(t[2] != "," for t in rest)):
            # neither the sentence's subject (a dateline may come first) nor its closing source (an adjunct may
            # follow it: "..., the head of the chamber’s tax-writing panel said late on Tuesday.")
            return None
        i = bisect_right(self._sentence_starts, hi) - 1
        if i + 1 >= len(self.sentences) and (i < 0 or self.sentences[i][1] < hi):
            return None
        nxt = self.sentences[i + 1][1] if self.sentences[i][1] < hi else self.sentences[i][1]
        end = self.sentence_of(nxt)[1]
        j = bisect_left(self.people, nxt, key=_START)
        while j < len(self.people) and self.people[j].start < end:
            mt = self.people[j]
            j += 1
            if self.in_quote(mt.start) or mt.person.name.split()[-1].lower() in PLACE_HEADS \
                    and mt.person.name.split()[0].lower() not in first_names() \
                    and _PLACE_PREPOSITION_BEFORE.search(self.text, max(0, mt.start - 12), mt.start):
                continue  # (a place: "the car park off Padgbury Lane"; but "first made by Margaret Hill")
            if self.company_named(mt.person.name):
                return None  # "Marula Ridge said" after "Marula Ridge Mining": a company, not the person described
            if body_kind and (mt.person.gender or mt.person.name.split()[0].lower() in first_names()):
                return None  # ("his wife, Anna Pruitt, told": a person, not the company)
            if _KIN_PAIR.search(mention) and j < len(self.people) \
                    and self.text[mt.end:self.people[j].start] == " and " \
                    and (pair := self.couple_opening(self.people[j].start, self.people[j].person.name)):
                return pair  # "An Instow couple have described ... / Janet and Roger Pengelly, both 67, were": both
            if any(f"{mt.person.surname}{mark}s " in mention for mark in "'’"):
                return None  # ("Reyes's biggest boosters": people Reyes has, never Reyes)
            return mt.person.name if " " in mt.person.name else None
        return None

    def unnamed_before(self, mention: str, paragraph: int, sources: list) -> tuple[str, str] | None:
        """``(speaker, type)`` of the last unnamed source (``sources``: one person each, in text order) within three
        paragraphs before that ``the <noun>`` at ``paragraph`` stands for: one whose head noun is that noun, or for
        ``the man``/``the woman`` one whose head noun is no other gender's (``a retired machinist from Brampton``);
        further back, the one unnamed person of that noun described beyond it, if no one named holds that role since;
        None when none is."""
        noun = mention.split()[-1].lower()
        for at, speaker, stype, said in reversed(sources):
            head = _OF_PHRASE.split(said.lower(), maxsplit=1)[0].split()[-1]
            if paragraph - at > 3:
                # ("according to a spokeswoman for the Corps ... / (eight paragraphs on) The spokeswoman said"; but "a
                # coroner" says no more than "the coroner")
                if head != noun:
                    continue
                one = len(speaker.split()) > 2 and self.person_head(noun) \
                    and len({sp for _, sp, _, sd in sources
                             if _OF_PHRASE.split(sd.lower(), maxsplit=1)[0].split()[-1] == noun}) == 1
                return (speaker, stype) if one and not any(
                    noun in mt.person.roles and self.paragraphs[at][0] <= mt.start < self.paragraphs[paragraph][0]
                    for mt in self.people) else None
            gender = source_gender(said)
            if head == noun or any({head, noun} <= nouns for nouns in _SAME_SOURCE_NOUNS) \
                    or noun in _GENDER_NOUNS and gender in {"", _GENDER_NOUNS[noun]} \
                    and head not in self.lx.lists["org_head"]:
                if at + 1 < paragraph and re.search(
                        rf"\b(?:[Aa]nother|[Aa] (?:second|third|different))\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b",
                        self.text[self.paragraphs[at + 1][0]:self.paragraphs[paragraph][0]]):
                    return None  # (another of them introduced between: "On Sunday, a second officer at the crossing
                    # was injured ... '...,' the officer said")
                return speaker, stype  # ("One longtime employee ... said / '...,' the worker said": one worker)
        return None

    def introduced_unnamed(self, mention: str, pos: int) -> str | None:
        """For ``the <noun>`` of an unnamed source at ``pos``: the last indefinite noun phrase with that head that
        opens a sentence in its paragraph or the one before, outside quotations, with what it is of or for (``An ally
        of the science secretary was blunter``: ``ally of the science secretary``); else None."""
        noun = mention.split()[-1].lower()
        lo = self.paragraphs[max(0, self.paragraph_of(pos) - 1)][0]
        found = None
        for m in _INTRODUCED.finditer(self.text, lo, pos):
            if m.group("noun").lower() == noun and not self.in_quote(m.start(1)):
                found = m.group(1)
        return found

    def others_term(self, span: tuple[int, int]) -> bool:
        """A cue-less quoted fragment of three words or fewer in a sentence whose subject is a group of others, a
        plural noun for people opening it before a verb of no report (``Staff set up rows of "cholera beds"``,
        ``Traffic engineers grade intersections on a "level of service" scale``): a term, no one's words."""
        lo = self.sentence_of(span[0])[0]
        words_ = _OPENING_WORDS.match(self.text, lo)
        i = bisect_left(self.people, lo, key=_START)
        if words_ is None or len(self.text[span[0]:span[1]].split()) > 3 or self.in_quote(lo) \
                or i < len(self.people) and self.people[i].start == lo:
            return False  # (not "Sanders ticked off ...", a name)
        w = [g for g in words_.groups() if g]
        for noun, verb, modifier in ((w[0], w[1], ""), (w[1], w[2] if len(w) > 2 else "", w[0])):
            low = noun.lower()
            if verb and modifier.lower() not in PRONOUNS | DETERMINERS - PEOPLE_QUANTIFIERS \
                    and noun[:1].isupper() == (not modifier) \
                    and (low in {"staff", "people"} or low.endswith("s") and PERSON_NOUN.search(low)) \
                    and verb.islower() and verb not in FINITE_VERBS and verb not in PREPOSITIONS \
                    and self.lx.verb(verb) is None:
                return True  # (not "Law lords were "simply wrong"": the report goes on)
        return False

    def two_named_before(self, pos: int) -> str | None:
        """The two people named together last before ``pos`` (``Marta and Dieter Vandenberg``, ``Ann Lee and Tom
        Cole``), in its paragraph or the two before, outside quotations, joined by :data:`JOINT`; else None."""
        lo = self.paragraphs[max(0, self.paragraph_of(pos) - 2)][0]
        for m in reversed(list(_TWO_NAMED.finditer(self.text, lo, pos))):
            if self.in_quote(m.start()):
                continue
            named = {mt.start: mt.person for mt in self.people if m.start() <= mt.start < m.end()}
            second = named.get(m.start(2))
            if second is None or " " not in second.name:
                continue
            if " " in m.group(1):  # "Ann Lee and Tom Cole": both named in full
                first = named.get(m.start(1))
                return JOINT.join([first.name, second.name]) if first and " " in first.name else None
            if m.group(1).lower() in first_names():  # "Marta and Dieter Vandenberg": one family name
                return JOINT.join([f"{m.group(1)} {second.name.split()[-1]}", second.name])
            return None
        return None

    def teen_named_before(self, pos: int, gender: str) -> str | None:
        """Who ``the teen`` at ``pos`` is: the one person named before it with an age of 13 to 19 (of ``gender`` when
        given), when no unnamed teenager is written after them (``A 16-year-old girl was arrested``); else None."""
        teens = {mt.person.name: mt for mt in self.people if mt.end <= pos
                 and any(13 <= age <= 19 for age in mt.person.ages)
                 and not (gender and mt.person.gender and mt.person.gender != gender)}
        if len(teens) != 1:
            return None
        name, = teens
        last = max(mt.end for mt in self.people if mt.end <= pos and mt.person.name == name)
        return None if _UNNAMED_TEEN.search(self.text, last, pos) else name

    def role_holder_after(self, mention: str, pos: int) -> str | None:
        """For a description opening with ``the`` whose head is a role (``the presiding judge``, ``the leader of the
        city council``): the first person named in full after ``pos`` with that role word, when no one named before
        holds it (a lead's source, named further down: ``presiding judge Helena Sarmento Rocha said``); else None."""
        words_ = [POSSESSIVE_END.sub("", w) for w in _clean_mention(mention).lower().replace(",", " ").split()]
        if not 2 <= len(words_) <= 8 or words_[0] != "the":
            return None
        head = words_[words_.index("of") - 1] if "of" in words_ else words_[-1]
        # the word that says which one (its holder's too): "(the) justice (minister)", "the leader of the city
        # council", "the leader of X's opposition"; none in "the judge"
        which = words_[-1] if "of" in words_ else words_[-2] if len(words_) > 2 else ""
        if not self.lx.has("role", head) or any(head in mt.person.roles for mt in self.people if mt.start < pos):
            return None
        return next((mt.person.name for mt in self.people if mt.start > pos and head in mt.person.roles
                     and (not which or which in mt.person.roles) and " " in mt.person.name), None)

    def accused_named_before(self, pos: int) -> str | None:
        """Who ``the accused`` or ``the defendant`` at ``pos`` is: the one person named in full before it whose own
        clause says they are on trial, charged or pleaded (``Gordon Kerr, 61, took the stand ..., where he is on trial
        on charges of``); else None."""
        named = set()
        for mt in self.people:
            if mt.end > pos:
                break
            end = self.sentence_of(mt.start)[1]
            if " " in mt.person.name and not self.in_quote(mt.start) \
                    and _ON_TRIAL.search(self.text, mt.end, min(end, mt.end + 160)):
                named.add(mt.person.name)
        return named.pop() if len(named) == 1 else None

    def kept_unnamed(self, previous: tuple, previous_at: int, reported: tuple[int, int], pronoun: str) -> bool:
        """Whether the source of ``previous`` keeps their name back in its sentence (``who asked not to be
        identified``), is not known to be of another gender than ``pronoun`` and reported no named person's doing
        (``said councillor Tom Reed had ordered ...``): a person named in that sentence is then someone the source
        spoke of, whom a later ``he``/``she`` is not."""
        lo, hi = self.sentence_of(previous_at)
        if not _KEPT_UNNAMED.search(self.text, lo, hi) \
                or source_gender(previous[2]) not in {"", PRONOUN_GENDER.get(pronoun.lower(), "")}:
            return False
        i = bisect_left(self.people, reported[0], key=_START)
        return not (i < len(self.people) and self.people[i].start < reported[1]
                    and len(self.text[reported[0]:self.people[i].start].split()) <= 2)

    def goes_on_with_one(self, previous: tuple, at: int, kind: str, span: tuple, subj: tuple) -> bool:
        """A direct quotation opening paragraph ``at`` whose pronoun cue follows it (``"...," she said``) goes on with
        the unnamed source of the paragraph before, introduced as one of many (``One work coach at a jobcentre in
        north Devon, who asked not to be named ..., said``, ``A former Clearpath analyst ... said``); not one who asks
        (``an Iowa voter asked if ...``: the answer is the person asked's)."""
        return kind == "direct" and previous[0] == at - 1 and self.paragraphs[at][0] == span[0] - 1 \
            and span[0] < subj[0] and _ONE_OF_MANY.match(previous[2]) is not None \
            and not _ASKER.search(previous[2]) and not previous[4].lower().startswith("ask")

    def one_unnamed_person(self, mention: str, pos: int) -> bool:
        """``a shopkeeper``, ``One Dryden family physician``, ``The resident, who asked not to be named,``: one unnamed
        person, by a singular noun of the anonymous sources' list, any noun for a person or, after an indefinite
        article or "one", a role noun (``One California delegate``); after "the" only with an
        aside in the sentence of ``pos`` that keeps the name back, or an earlier "a <noun>" (a definite noun may stand
        for someone named before: "the grower" for Obert Chikowore)."""
        words_ = _OF_PHRASE.split(mention, maxsplit=1)[0].split()  # ("A nurse who worked for Bluegrass Hearth for
        # six years", "An NHS speech therapist familiar with the group": the nurse, the therapist)
        head = words_[-1].lower() if words_ else ""
        if not (2 <= len(words_) <= 5 and words_[0].lower() in {"the", "a", "an", "one", "another"}
                and (not head.endswith("s") or head.endswith("ss"))
                and (self.lx.has("anonymous", head) or PERSON_NOUN.search(head) and head.isalpha()
                     and not self.lx.has("org_head", head) and not self.lx.has("document", head)
                     or words_[0].lower() != "the" and self.lx.has("role", head))):
            return False  # (a noun for a person: "Another longtime vendor", "One van driver")
        lo, hi = self.sentence_of(pos)
        return words_[0].lower() != "the" \
            or re.search(re.escape(mention) + _UNNAMED_ASIDE, self.text[lo:hi]) is not None \
            or re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?" + re.escape(words_[-1]) + r"\b",
                         self.text[:lo]) is not None  # ("A nurse who worked there ... the nurse said")

    def same_pronoun_since(self, reported: tuple[int, int], pos: int, pronoun: str) -> bool:
        """The pronoun already stands for the unnamed source of the last report (its ``reported`` words), outside
        those words, with no one named from that sentence to ``pos`` (``A senior official, who spoke on condition of
        anonymity because he was not authorised ..., said ... / "...," he said``; not "said she 'doesn't really do
        no'", a woman the source talks about)."""
        lo = self.sentence_of(reported[0])[0]
        said = self.text[lo:reported[0]] + " " + self.text[reported[1]:pos]
        return (re.search(_UNNAMED_BECAUSE.format(p=re.escape(pronoun.lower())), said, re.I) is not None
                or self.text[reported[0]:reported[0] + len(pronoun) + 1].lower() == pronoun.lower() + " "
                and not _ASKED_IF.search(self.text, lo, reported[0])) \
            and not any(lo <= mt.start < pos for mt in self.people)  # (or the report opens with it: "The resident
        # told the Advertiser she was not trying to stop the bells ... / "...," she said")

    def sentence_opener(self, pos: int) -> str | None:
        """The first person with a full name in the sentence before ``pos``, outside quotations; else None."""
        lo = self.sentence_of(pos)[0]
        i = bisect_left(self.people, lo, key=_START)
        while i < len(self.people) and self.people[i].start < pos:
            mt = self.people[i]
            i += 1
            if " " in mt.person.name and not self.in_quote(mt.start):
                return mt.person.name
        return None

    def owned_named(self, owner, before: int, gender: str):
        """The person an owner's noun names right after the owner (``Serik's son, Daulet Zhaksylykov, came home``:
        Daulet Zhaksylykov, the sentence's subject), when of ``gender`` or unknown, before ``before``; else None."""
        if not self.text.startswith(("'s ", "’s "), owner.end):
            return None
        i = bisect_right(self.people, owner.start, key=_START)
        nxt = self.people[i] if i < len(self.people) else None
        if nxt is None or nxt.start >= before or not _OWNED_THEN_NAME.fullmatch(self.text, owner.end, nxt.start) \
                or " " not in nxt.person.name or (nxt.person.gender and nxt.person.gender != gender):
            return None
        return nxt

    def asked_before(self, pos: int, pronoun: str):
        """The person asked in the sentence before the pronoun's (``packer Janet Cope, 59, was asked by Ms Onions
        whether ... She said she had not``: Cope answers, not who asked; ``guests asked Dr Lenoir whether ... She
        advises``), of the pronoun's gender; else None."""
        if pronoun not in {"he", "she"}:
            return None
        own = self.sentence_of(pos)[0]
        if not self.text[own:pos].strip(" \n\"“”'‘") == "" or own == 0:
            return None
        back = own - 1
        while back > 0 and self.text[back].isspace():
            back -= 1  # (the sentence before may end the paragraph before)
        lo = self.sentence_of(back)[0]
        if asked := _ASKED_PASSIVE.search(self.text, lo, own):
            end = asked.start()  # "Janet Cope, 59, was asked by ...": the subject before
        elif asked := _ASKED_NAMED.search(self.text, lo, own):
            lo, end = asked.span(1)  # "several guests asked Dr Lenoir whether ... / She advises them": the one asked
        else:
            return None
        gender = "m" if pronoun == "he" else "f"
        named = [mt for mt in self.people if lo <= mt.start and mt.end <= end and " " in mt.person.name
                 and mt.person.gender in {gender, ""}]
        return named[-1].person if named else None

    def sentence_reporter(self, pos: int, pronoun: str):
        """The person who reports a clause whose subject is the pronoun at ``pos`` (``Adam Schiff, the top Democrat
        on the committee, said he fears ...``): when a reporting verb (and ``that``) comes right before the pronoun,
        the first person of the pronoun's gender named earlier in the sentence outside quotations, else None."""
        if pronoun not in {"he", "she"}:
            return None
        lo = self.sentence_of(pos)[0]
        before = self.text[max(lo, pos - 40):pos].split()
        if before and before[-1].lower() == "that":
            before.pop()
        if not before or not self.lx.verb(before[-1].strip(",")):
            return None
        gender = "m" if pronoun == "he" else "f"
        for mt in self.people:  # in text order
            if mt.start >= pos:
                break
            if mt.start < lo or self.in_quote(mt.start) or " " not in mt.person.name \
                    or (mt.person.gender and mt.person.gender != gender):
                continue
            return mt.person
        return None

    def gender_of(self, name: str) -> str:
        """The gender the text gives the person named ``name`` (``""`` if none, or no such person)."""
        return next((mt.person.gender for mt in self.people if mt.person.name == name), "")

    def pronoun_opener(self, pos: int, pronoun: str, content: tuple[int, int], spoke_last: str = ""):
        """The person who opens the sentence of a ``he``/``she`` at ``pos`` that does not open it (``But Cohn fell out
        of favor after he criticized ...``, ``Hoover’s office did not respond but he has told ...``): a subject
        pronoun later in the sentence is its subject again, whoever was named or spoke before; else None. Only a
        person of the pronoun's known gender with a full name, outside quotations and outside ``content``, what the
        pronoun reports (``Mr. Trump ... fits that bill, he added``), but for the owner of a subject before the
        pronoun's aside (``Beaton’s training playlist, she said, ...``) when ``spoke_last``, the last person speaker,
        is not known to be of the pronoun's gender."""
        if pronoun not in {"he", "she"}:
            return None
        lo = self.sentence_of(pos)[0]
        gender = "m" if pronoun == "he" else "f"
        i = bisect_left(self.people, lo, key=_START)
        if i < len(self.people) and (mt := self.people[i]).start < pos and _AS_FOR.fullmatch(self.text, lo, mt.start) \
                and not self.text[mt.end:pos].strip(" ,") and mt.person.gender in {gender, ""}:
            return mt.person  # "As for Trump, he said he's not worried": the topic set before the pronoun is its
            # person, whoever spoke before
        if i < len(self.people) and (mt := self.people[i]).start < pos and mt.person.gender == gender \
                and " " in mt.person.name and not self.in_quote(mt.start) \
                and only_titles(self.text[lo:mt.start], _CONJUNCTIONS) \
                and (after := self.text[mt.end:mt.end + 12].split()) and (verb := self.lx.verb(after[0].lower())) \
                and "q" in verb[1] and self.text[lo:pos].rstrip()[-1:] == ",":
            return mt.person  # "Ms Hussain said she had made a complaint - not to blame the staff, she stressed,
            # but ...": an aside's pronoun is the person whose report the sentence opens with
        owned = _OWNED_SUBJECT.fullmatch(self.text, lo, pos) is not None and self.gender_of(spoke_last) != gender
        # (the owner only when the person who spoke last is not of the pronoun's known gender: "Jennifer Walsh ...
        # said ... Harris's campaign, she said, had run out of time" is Walsh's)
        if self.text[lo:pos].rstrip()[-1:] in {",", '"', "”", "’", "'"} and ":" not in self.text[lo:content[0]] \
                and not owned:
            # a trailing cue ("Mr Blair's government was a "bossy ... government," he added"): the sentence before it
            # is reported, unless a colon introduced the quotation ("Mr Reed ticked through the code: "...," he said")
            # or the words before the aside are a subject its owner opens ("Beaton’s training playlist, she said,
            # leans on Gaelic songs": Beaton's)
            return None
        if i >= len(self.people) or self.people[i].start >= pos:
            return None
        mt = self.people[i]
        if self.in_quote(mt.start) or content[0] <= mt.start < content[1] and not owned or mt.person.gender != gender \
                or " " not in mt.person.name or not only_titles(self.text[lo:mt.start], _CONJUNCTIONS):
            return None
        return mt.person

    def opens_new_report(self, q, after: tuple) -> bool:
        """Whether a cue after a quotation that ended its sentence (``."``, ``?"``, ``!"``) opens a report of its own
        (``"... government." Lib Dem spokesman Ed Davey said instead of the "bonfire" ...``): its subject comes
        first and four words or more follow its verb in the sentence (``"Why?" Keenan asked.`` keeps its cue)."""
        subj, cue = after
        if self.text[q.start:q.end].rstrip()[-1:] not in {".", "?", "!"} or subj[0] > cue[0]:
            return False
        rest = self.text[cue[1]:self.sentence_of(cue[1])[1]].split()
        verb = self.lx.verb(self.text[cue[0]:cue[1]].split()[-1].lower())
        if len(rest) > 1 and verb and "o" in verb[1] and rest[0].isalpha() and rest[0].islower() \
                and rest[0] not in PREPOSITIONS and rest[0] not in _WHEN_SAID:  # (not '"...?" X asked during question
            # period Wednesday afternoon.', nor '"...?" Clinton asks as a maintenance guy walks in': when it was asked)
            rest = rest[1:]  # '"You think I'm going to change?" Trump asked reporters rhetorically ...': an addressee
        when = list(takewhile(lambda w: w.lower() in TIME_WORDS, rest[:2]))
        if when and len(rest) > len(when) and rest[len(when)] in _WHEN_SAID:
            return False  # '"...!" X tweeted Sunday after a lone-wolf attack on ...': the day, then when it was said
        if rest and len(rest) <= 8 and (rest[0].endswith("ly") or rest[0] in PREPOSITIONS) \
                and not {"that", "“", '"'} & set(rest):
            return False  # '"How are you today?" Miller said pleasantly into the phone.': how it was said
        if rest and rest[0] in _WHEN_SAID and not {"that", "“", '"'} & set(rest):
            return False  # '"..." Jeff Sessions said as he launched the process.': when it was said
        if len(rest) > 1 and rest[0] == "," and (rest[1].endswith("ing") and rest[1].isalpha()
                                                  or rest[1].lower() in {"a", "an"}):
            return False  # '"We are ready!" Trump said, adding that ...': the participle goes on from this cue; '"..."
            # LeVell declared, a point he likes to make': what the words were, set off
        if rest and len(rest) <= 16 and rest[0] in PREPOSITIONS and not {"that", "“", '"'} & set(rest) \
                and not any(w.strip(".,;") in FINITE_VERBS or w.islower() and self.lx.verb(w.strip(".,;"))
                            for w in rest):
            return False  # '"..." McDonough wrote in a September 16, 2012 email to top State officials.': where, no
            # clause
        return len(rest) > 3

    def body_subject(self, pos: int, paragraph: int, pronoun: str) -> tuple[str, str, int] | None:
        """``(speaker, type, start)`` of the body that ``it``/``they`` at ``pos`` stands for: the organisation, outlet
        or document (its writer) that is the subject of the nearest sentence before, in this paragraph or the one
        before (``The US government denied the claims ... In a statement, it said``), outside quotations; for
        ``they`` a group too (``The ethanol industry has said ... They claim``); else None."""
        floor = self.paragraphs[max(0, paragraph - 1)][0]
        i = own = bisect_right(self._sentence_starts, pos) - 1
        if pronoun == "they" and (group := self.group_in_clause(pos)):
            return group
        while i >= 0 and self.sentences[i][1] >= floor:
            lo = self.sentences[i][1]
            i -= 1
            if dateline := DATELINE.match(self.text, lo):
                lo = dateline.end()  # "OTTAWA — The federal government wants ..."
            m = _SUBJECT_NP.match(self.text, lo)
            if pronoun == "it" and i == own - 2 and (by := _MESSAGE_BY.match(self.text, lo)) and not self.in_quote(lo) \
                    and (k := bisect_left(self.people, by.end(), key=_START)) < len(self.people) \
                    and (mt := self.people[k]).end < pos and " " in mt.person.name \
                    and self.writer_after_by(by.end(), mt.start):
                return mt.person.name, "person", lo  # "One post in the group, by Hethersett resident Tom Kerrison, had
                # been shared 800 times. It read:": the post's writer
            if pronoun == "they" and not self.in_quote(lo) and (group := _PLURAL_SUBJECT.match(self.text, lo)) \
                    and group.end(1) < pos and not self.person_at(group.end(1) - 1):
                # "Other lawmakers have expressed concern. They said ...", "Refiners oppose the RFS because they say":
                # a group of people who open a sentence
                return group.group(1), "anonymous", lo  # (an opening conjunction is left out of the group)
            if not m or m.end(1) >= pos or self.in_quote(lo) \
                    or m.group("aside") and lo <= pos < self.sentence_of(lo)[1]:
                continue  # (an aside in the cue's own sentence: "The program, which was created in 1990, has expanded
                # ..., they say" reports, it does not say who)
            source = m.group(1)
            speaker, stype = classify_source(source, m.end(1), self.people)
            if self.is_document(source):
                # (the sentence may say who wrote it: "The report is published by the X Unit ... It says")
                author = self.document_author(speaker, self.sentence_of(lo)[1])
                if author is None and stype in {"person", "organization"}:
                    author = speaker, stype  # "Langhofer's letter was sent ...": Kory Langhofer's
                if author is None and pronoun == "it" and stype in {"media", "unknown"}:
                    author = speaker, "media"  # "The city's own staff report ... is more cautious.
                    # It warns": the document, its writer unnamed
                return author + (lo,) if author else None
            if stype in {"organization", "media"} and (pronoun == "they" or JOINT not in speaker or "&" in source):
                return speaker, stype, lo  # (one body, "it", unless joined from two: "&" in a name is the name's,
                # "The Canal & River Trust")
            if stype == "unknown" and (described := _DESCRIBED_BODY.fullmatch(source.removesuffix(" itself"))) \
                    and (body := self.described_body(described.group(1).lower(), lo, [])):
                return body, "organization", lo  # "The authority itself has tried to ... it said": the body named
            if pronoun == "they" and stype == "unknown" and source[:4].lower() == "the " and source[4:].islower() \
                    and _AUXILIARY.match(self.text, m.end(1)):
                return speaker, "anonymous", lo  # "The ethanol industry has said ... They claim"
            if stype == "person":
                # a person opens the sentence: "it" is something else (but "they" may be people joined: "Mayor Gord
                # Sawchyn and Mayor Leanne Friesen wrote jointly ... Their letter says")
                return (speaker, stype, lo) if pronoun == "they" and JOINT in speaker else None
        return None

    def group_in_clause(self, pos: int) -> tuple[str, str, int] | None:
        """``(speaker, "anonymous", start)`` of the one group of people that is the subject of a clause before
        ``they`` at ``pos`` in its own sentence, ``they`` opening a clause of its own after a conjunction (see
        :data:`_GROUP_IN_CLAUSE`), with the capitalised and role-modifier words before the group's noun ("local
        health officials", "Labour MPs"); else None."""
        lo = self.sentence_of(pos)[0]
        if not _THEY_AFTER_CONJUNCTION.search(self.text, max(lo, pos - 12), pos) or self.in_quote(pos) \
                or _PLURAL_SUBJECT.match(self.text, lo):
            return None  # (a group opening the sentence is read whole by body_subject: "Senate Democrats blocked")
        found = [m for m in _GROUP_IN_CLAUSE.finditer(self.text, lo, pos)
                 if not self.in_quote(m.start()) and not self.person_at(m.start())]
        if len({m.group(1).lower() for m in found}) != 1:
            return None
        start = found[0].start(1)
        before = self.tokens.between(lo, start)
        k = len(before)
        while k > 0 and (before[k - 1][2].lower() in MODIFIERS or before[k - 1][2][:1].isupper() and k > 1):
            k -= 1
        start = before[k][0] if k < len(before) else start
        return self.text[start:found[0].end(1)], "anonymous", start

    def person_at(self, pos: int) -> bool:
        """Whether a person's name holds offset ``pos`` ("Sanders arrived": a name, no group in -ers)."""
        i = bisect_right(self.people, pos, key=_START) - 1
        return i >= 0 and self.people[i].start <= pos < self.people[i].end

    def writer_after_by(self, lo: int, hi: int) -> bool:
        """Whether the words from ``lo`` (right after ``by``) to a name at ``hi`` may only open its writer's name or
        role (:data:`_ROLE_BEFORE_WRITER`): no day, month or other word of time, no auxiliary."""
        m = _ROLE_BEFORE_WRITER.fullmatch(self.text, lo, hi)
        return m is not None and not (m.group(1) and m.group(1).lower() in WHEN_WORDS) \
            and not any(w in AUXILIARIES for w in m.group(2).split())

    def handle_label(self, pos: int, since: int) -> tuple | None:
        """``(handle span, handle span)`` of the last account label (``@realDonaldTrump :``, wire copy's list of a
        person's posts) between ``since`` and ``pos``, when the account's name holds the full name of a person of the
        article; else None."""
        last = None
        for last in _HANDLE.finditer(self.text, since, pos):
            pass
        if last is None:
            return None
        return ((last.start(), last.end(1)), (last.end() - 1, last.end())) if self.handle_owner(last.group(1)) else None

    def handle_owner(self, handle: str) -> str | None:
        """The person of the article whose full name the account's name holds (``realDonaldTrump``: Donald Trump)."""
        handle = handle.lower()
        return next((mt.person.name for mt in self.people
                     if " " in mt.person.name and re.sub(r"\W", "", mt.person.name.lower()) in handle), None)

    def speaker_label(self, start: int) -> tuple[str, str, str, str] | None:
        """``(speaker, mention, type, cue)`` of a transcript's speaker label opening a quotation (``PENCE: Well,
        ...``): the article's person with that surname, else the label in title case; None without a label."""
        m = _LABEL.match(self.text, start)
        if not m:
            return None
        label = m.group(1)
        words_ = label.title().split()
        for mt in self.people:
            if mt.person.surname.lower() == words_[-1].lower() and " " in mt.person.name:
                return mt.person.name, label, "person", ""
        return " ".join(words_), label, "person", ""

    def whole_name(self, subj: tuple[int, int]) -> tuple[int, int]:
        """A source cut before the name its title words introduce (``Treasury`` of ``Treasury Secretary Steven
        Mnuchin``) reaches the end of that name; one cut after the first words of a list in a body's name (``the
        Foreign, Commonwealth and Development Office``: ``Commonwealth and Development Office``) starts with them."""
        lo, hi = subj
        listed = _LISTED_NAME_START.search(self.text, max(0, lo - 60), lo) if self.text[lo - 2:lo] == ", " else None
        if listed and _LISTED_NAME.fullmatch(self.text, lo, hi) \
                and self.text[hi - 1:hi].isalpha() and not any(listed.start() <= mt.start < lo for mt in self.people):
            return self.whole_name((listed.start(), hi))
        words_ = self.text[lo:hi].split()
        if not words_ or len(words_) > 3 or not words_[-1][:1].isupper():
            return subj
        i = bisect_left(self.people, hi, key=_START)  # the first name after the source
        if i < len(self.people) and (mt := self.people[i]).start < hi + 40:
            between = self.text[hi:mt.start]
            if between.strip() and "\n" not in between and only_titles(between, frozenset()):
                return lo, mt.end
        if i < len(self.people) and (mt := self.people[i]).start < hi + 80 and only_titles(self.text[lo:hi]) \
                and _BODY_OF_TITLE.fullmatch(self.text, hi, mt.start):
            return lo, mt.end  # "Minister within the Ministry of Public Works Deodat Ramkissoon went further,
            # writing": the title, its body and the name, with no comma, are one source
        return subj

    def named_appositive(self, subj: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
        """A source followed by an appositive that ends with a person's full name, right before the cue (``Its chair,
        retired district judge Margaret Hollins, added:``): the source and the appositive; else ``subj``."""
        between = self.text[subj[1]:cue[0]]
        if (acronym := _ACRONYM_APPOSITIVE.fullmatch(between)) and not self.text[subj[0]:subj[1]][:1].isupper() \
                or acronym and _DESCRIBED_LEAD_BODY.match(self.text, subj[0], subj[1]):
            return subj[1] + acronym.start(1), subj[1] + acronym.end(1)  # "Quebec’s anti-corruption unit, UPAC,
            # which led the investigation, said": the body by its name
        if not between.startswith(", "):
            return subj
        i = bisect_left(self.people, subj[1], key=_START)  # the first person named after the source
        if i == len(self.people) or self.people[i].start >= cue[0] or " " not in self.people[i].person.name:
            return subj
        mt = self.people[i]
        if not _NAME_TO_CUE.fullmatch(self.text, mt.end, cue[0]) \
                and not (self.text.endswith(" and ", 0, cue[0]) and _SET_OFF_END.match(self.text, mt.end)):
            return subj  # (the name, where they are from, and the comma before the cue; nothing else; or a name set
            # off before the first of two verbs joined: "His deputy, Cllr Jenny Rowley - no relation - wrote ... and
            # questioned")
        lead = self.text[subj[1] + 2:mt.start].split()
        # (only role words or titles before the name: "retired district judge", "17-year-old", "Cllr"; not a clause,
        # "Trump went after Bush")
        return (subj[0], mt.end) if len(lead) <= 4 and all(
            (w.islower() and w.isalpha() or _AGED_WORD.fullmatch(w) or self.lx.has("title", w.rstrip(".").lower()))
            and not self.lx.verb(w) and w not in FINITE_VERBS and w not in CLAUSE_WORDS for w in lead) else subj

    def described_pair(self, subj: tuple[int, int]) -> tuple[int, int]:
        """A short description and the two people named right after it (``Her parents, Martin and Judith Vance,
        who ...``), when the source is either: the whole phrase; else ``subj``."""
        lo, hi = subj
        after = _PAIR_AFTER.match(self.text, hi) if self.text.startswith(", ", hi) else None
        if after and _PAIR_DESCRIPTION.fullmatch(self.text, lo, hi):
            return lo, after.end(1)
        if not self.text.endswith(" and ", 0, lo):
            return subj  # (a cheap test first: the second name comes right after "and")
        line = self.text.rfind("\n", 0, lo) + 1
        before = _DESCRIPTION_THEN_PAIR.search(self.text, max(line, lo - 60), lo)
        if before and before.end() == lo and _PAIR_DESCRIPTION.fullmatch(before.group(1)):
            return before.start(1), hi
        return subj

    def relative_antecedent(self, subj: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
        """A cue inside a relative clause on a named person (``Trump, who last year promised ...``, ``..., Professor
        Chris Woodhead, who has said ...``): that person's mention is the source; else ``subj``."""
        if subj[0] >= cue[1]:
            return subj  # a passive's agent after the cue asks or tells: "X, who was asked by opposition members
            # whether": the members
        lo = self.sentence_of(cue[0])[0]
        m = _WHO_BEFORE.search(self.text, max(lo, cue[0] - 60), cue[0])
        if m is None and (m := _WHO_AND_BEFORE.search(self.text, max(lo, cue[0] - 140), cue[0])) \
                and not (past_form(m.group(1)) or m.group(1) in AUXILIARIES):
            m = None  # (the second verb of the relative clause, past or after an auxiliary, not a new subject:
            # "..., who met the mayor and officials (told)")
        if m is None and (doc := _DOCUMENT_THAT_BEFORE.search(self.text, max(lo, cue[0] - 60), cue[0])) \
                and self.lx.has("document", doc.group(2)) and doc.start() > subj[0] \
                and not self.in_quote(doc.start()):
            return doc.start(1), doc.end(2)  # "Palin posted her message under a headline that said, "..."": the
            # headline's words, not hers
        if m is None:
            m = _UNNAMED_WHO_BEFORE.search(self.text, max(lo, cue[0] - 80), cue[0])
            if m and m.start() != subj[0] and not self.in_quote(m.start()) and not m.end(1) < subj[0] < cue[0] \
                    and ":" not in self.text[cue[1]:cue[1] + 60] \
                    and (self.lx.has("anonymous", m.group(1)) or self.lx.has("role", m.group(1))):
                return m.start(), m.end(1)  # "over the objections of a councillor who called the plan "...": the
                # councillor, not the sentence's subject (but "a candidate who promised X: "..."": the quotation
                # after the colon is not what the relative clause's verb reports; nor "an official who prosecutors
                # say ...": the relative clause's own subject)
            toks = self.tokens.between(lo, cue[1])
            if toks and toks[-1][0] == cue[0] and (people := self.relative_clause_subject(toks, len(toks) - 1,
                                                                                          who_only=True)) \
                    and people[0] < subj[0]:
                return people  # "Employees who spoke to the Graphic said": the employees and their clause, not the
                # paper the clause names (as a reported clause's cue reads it)
            return subj
        if subj[0] > m.start() and self.text[subj[0]:subj[1]].lower() in _PERSON_PRONOUNS:
            return subj  # "Ms Hassan, who he described as ...": the relative clause's own subject
        i = bisect_left(self.people, m.start() + 1, key=attrgetter("end")) - 1
        if i >= 1 and (mt := self.people[i - 1]).start >= lo and not self.in_quote(mt.start) \
                and (_DESCRIBED_AT.fullmatch(self.text, mt.end, m.start())
                     or _DESCRIBED_PLAINLY.fullmatch(self.text, mt.end, m.start())
                     and self.after_kind(self.people[i].start)):
            return mt.start, mt.end  # "Alfonso Aguilar, president of the Latino Partnership for Conservative
            # Principles, who also said": the person, not a name read in the body's ("Conservative Principles"; "Nadia
            # Farouk, a Reston mother of two and a founder of the group Quiet Fairfax, who said": a name after its
            # kind)
        if i >= 0 and (mt := self.people[i]).start >= lo and not self.in_quote(mt.start) \
                and (mt.end == m.start()
                     or mt.end <= subj[0] and (_OF_BODY_IN_PLACE.fullmatch(self.text, mt.end, m.start())
                                               or _DESCRIBED_AT.fullmatch(self.text, mt.end, m.start())
                                               or _OF_BODY_SET_OFF.fullmatch(self.text, mt.end, m.start()))):
            # (who is the person, not the court or town after "of"/"in": "Justice Grace Wambui of the Environment
            # and Land Court in Nakuru, who found", "DC Aisha Burrows, of Kent Police's Swale Unit, who led"; nor the
            # body of a description set off after the name: "Dr Gifty Owusu-Ansah, a senior lecturer at the
            # Department of Political Science, University of Cape Coast, who told")
            return mt.start, mt.end
        return subj

    def after_kind(self, pos: int) -> bool:
        """Whether the word right before ``pos`` is a body's kind noun (``the group (Quiet Fairfax)``)."""
        before = self.text[max(0, pos - 24):pos].split()
        return bool(before) and self.lx.has("org_head", before[-1])

    def introduced_before(self, pos: int, quoted: set) -> str | None:
        """The person whose full name opens the sentence right before ``pos``'s (titles before it only, no possessive
        after it), outside quotations, who has not spoken yet: ``Ewan Duthie, 38, from Westhill, spoke to the Evening
        Express ... / The pipeline inspector said``."""
        own = self.sentence_of(pos)[0]
        i = bisect_right(self._sentence_starts, own - 1) - 1
        if i < 0:
            return None
        lo = self.sentences[i][1]
        k = bisect_left(self.people, lo, key=_START)
        if k == len(self.people) or (mt := self.people[k]).start >= own or self.in_quote(mt.start) \
                or " " not in mt.person.name or mt.person.name in quoted or not only_titles(self.text[lo:mt.start]) \
                or self.text[mt.end:mt.end + 2] in {"'s", "’s"}:
            return None  # (not an owner: "Eastside Crossing's managing member, Brent Kowalczyk, said")
        return mt.person.name

    def person_of_body(self, subj: tuple[int, int]) -> tuple[int, int]:
        """A body set off after a person's name as the subject (``Detective Constable Aisha Burrows, of Kent Police's
        Swale Community Safety Unit, who led the investigation, said``): the person; else ``subj``."""
        i = bisect_left(self.people, subj[0], key=attrgetter("end")) - 1
        if i < 0 or (mt := self.people[i]).start < self.sentence_of(subj[0])[0] or self.in_quote(mt.start) \
                or not _OF_BODY_SET_OFF.fullmatch(self.text, mt.end, subj[1]) \
                or self.text[mt.end:mt.end + 1] != "," \
                and not all(w[:1].isupper() for w in self.text[self.sentence_of(mt.start)[0]:mt.start].split()):
            return subj  # (with no comma after the name, only when the name opens the sentence after its title:
            # not "A spokesperson for National Parks of Montenegro", "The widow of Det. Const. Paul Smith of the
            # Toronto Police Service, who ...,")
        return mt.start, mt.end

    def next_named_cue(self, found: tuple) -> tuple:
        """A noun read as a cue right before a comma and a name with its reporting verb (``... those" Twitter posts,
        Harris said``): that name and verb; else ``found``."""
        m = _NAMED_CUE.match(self.text, found[1][1])
        if m and self.lx.verb(m.group(2)) and found[0][1] <= found[1][0]:
            return (m.start(1), m.end(1)), (m.start(2), m.end(2))
        return found

    def clause_subject(self, subj: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
        """The subject of the cue's clause when the rules found a word inside it: a document opening the sentence
        with a participle and the name after it (``A letter sent to Martin Mubanga said``: the letter); the plain noun
        phrase before a time phrase read as the source (``Congress members from corn states this week had asked``);
        else ``subj``."""
        lo = self.sentence_of(cue[0])[0]
        m = _DOCUMENT_TO.fullmatch(self.text, lo, subj[0])
        if m and m.group(2).lower() in self.lx.lists["document"] and not self.in_quote(lo):
            return m.start(1), m.end(1)  # "A letter sent to Martin Mubanga said": the letter, not Mubanga
        words_ = self.text[subj[0]:subj[1]].lower().split()
        if len(words_) == 1 and words_[0] in self.lx.lists["anonymous"] and words_[0].endswith("s") \
                and (m := _OF_NAMES.match(self.text, subj[1])) and m.end() <= cue[0]:
            return subj[0], m.end()  # "Officials for Iowa Senators Chuck Grassley and Joni Ernst declined ..."
        if words_ and all(w in TIME_WORDS for w in words_) and subj[0] > lo:
            m = _BARE_SUBJECT.fullmatch(self.text, lo, subj[0])
            if m:
                return m.start(1), m.end(1)
        return subj

    @cached_property
    def _companies(self) -> dict:
        """:meth:`company_named` of each name asked so far (once per name: it is asked at every person source)."""
        return {}

    def company_named(self, name: str) -> bool:
        """Whether the text writes ``name`` followed by a company's legal form or industry (``Marula Ridge Mining``):
        a scan with ``str.find``, so that the article's body names are only collected when it is so."""
        known = self._companies.get(name)
        if known is not None:
            return known
        self._companies[name] = False
        at = self.text.find(name + " ")
        while at >= 0:
            after = self.text[at + len(name) + 1:at + len(name) + 40].split(maxsplit=1)
            if after and after[0].rstrip(".,;:").lower() in self.lx.lists["company_head"]:
                self._companies[name] = True
                return True
            at = self.text.find(name + " ", at + 1)
        return False

    def bill_sponsor(self, pos: int) -> str | None:
        """The sponsor of the bill a lead speaks of (``a bill its sponsor said would ...``): the first person named
        after ``pos`` in a sentence saying who sponsored or wrote it (``Dale Marchetti, a Lancaster Republican who
        wrote the bill``), else the first legislator named after it (``said Sen. Harold Dempsey``); else None."""
        after = [mt for mt in self.people if mt.start >= pos]
        for mt in after:
            lo, hi = self.sentence_of(mt.start)
            if _SPONSORED.search(self.text, lo, hi):
                return mt.person.name
        return next((mt.person.name for mt in after if holder_of([mt], "lawmaker", len(self.text))), None)

    def two_companies_before(self, pos: int) -> str | None:
        """``A & B`` when the text names exactly two companies before ``pos`` by names with a legal form or an
        industry after them (``Ouachita Bancshares Inc.``, ``Delta Ridge Financial Corp.``), in the order written;
        else None."""
        names = []
        for start, written in self.bodies.names:
            name = _BASED.sub("", written.rstrip(",;:"))
            if start < pos and name not in names and (name.split()[-1].rstrip(".").lower() in LEGAL_FORMS
                                                      or self.company_named(name)):
                names.append(name)
        return " & ".join(names) if len(names) == 2 else None

    def couple_opening(self, pos: int, name: str) -> str | None:
        """``A & B`` when the subject at ``pos`` names ``name`` after another given name and ``and`` that
        :func:`find_people` gave the same surname (``Steve and Julie Harnett``, whatever aside then parts the subject
        from its verb); else None."""
        i = bisect_left(self.people, pos, key=_START)
        if i >= len(self.people) or self.people[i].person.name != name:
            return None
        start = self.people[i].start
        k = i - 1
        if k < 0 or self.text[self.people[k].end:start] != " and ":
            return None
        first = self.people[k]
        if first.person is self.people[i].person or " " in self.text[first.start:first.end] \
                or first.person.name.split()[-1] != name.split()[-1] or " " not in first.person.name:
            return None
        return first.person.name + JOINT + name

    def police_before(self, pos: int) -> str | None:
        """The police force the text named last before ``pos`` outside quotations (``Cochrane RCMP``, ``West Yorkshire
        Police``), for a bare ``police`` that speaks after it; None if it named none."""
        for m in reversed(list(_POLICE_NAME.finditer(self.text, 0, pos))):
            name = _BODY_THE.sub("", m.group(1))
            if name.split()[0] not in {"Police", "A", "An"} and not self.in_quote(m.start()):
                return name
        return None

    def company_before(self, pos: int, previous: tuple | None) -> str | None:
        """The company ``the company`` at ``pos`` stands for: the source that spoke last, in this paragraph or the
        one before, when it is a body none of the shipped lists has or a lone capitalised word that is no one's name
        (``Twitter acknowledged ... '...,' the company said``), and it did not report the news (``BFMTV reported``);
        else the last name before it with a company's legal form or industry (``Kessler Housewares Inc.``,
        ``Marula Ridge Mining``); else the one such name of the whole text, named after it; else the last name
        written before its owner (``Queen City Links' owner``); else None."""
        if previous is not None and previous[4] and previous[0] >= self.paragraph_of(pos) - 1 \
                and self.lx.lemma(previous[4].split()[-1].lower()) != "report" \
                and not (_DESCRIBED_BODY.fullmatch(_clean_mention(previous[2]))
                         and not _COMPANY_NOUN.fullmatch(_clean_mention(previous[2]))):
            # (not a body that spoke as another kind: "The fund said ... the company said" are two)
            name, stype = previous[1], previous[3]
            words_ = name.split()
            lists = self.lx.lists
            if words_ and all(w[:1].isupper() for w in words_) and name.lower() not in lists["organization"] \
                    and name.lower() not in lists["media"] and not {w.lower() for w in words_} & AUTHORITY_HEADS \
                    and (stype == "organization" and (words_[-1].lower() not in lists["org_head"]
                                                      or words_[-1].lower() in lists["company_head"])
                         or stype == "person" and len(words_) == 1 and name.lower() not in first_names()):
                return name
        return self.bodies.last_company(pos) or self.lone_name_opening(pos) or self.bodies.sole_company_after(pos) \
            or self.bodies.last_owned(pos)

    def lone_name_opening(self, pos: int) -> str | None:
        """The lone capitalised word that opens the sentence before the one at ``pos``, in its paragraph, as the
        subject of a lower-case verb, when it is no one's name nor a listed body or place (``TikTok removed the video
        ... The platform said``: TikTok); else None."""
        lo = self.sentence_of(pos)[0]
        if lo <= self.paragraphs[self.paragraph_of(pos)][0]:
            return None
        m = _LONE_OPENER.match(self.text, self.sentence_of(lo - 2)[0])
        if m is None or m.end() > lo:
            return None
        word = m.group(1)
        low = word.lower()
        lists = self.lx.lists
        if low in first_names() or low in common_words() or low in lists["organization"] or low in lists["media"] \
                or any(mt.person.surname == word for mt in self.people):
            return None
        return word

    def company_in_sentence(self, pos: int, previous: tuple | None) -> str | None:
        """The company a general noun names earlier in the sentence of ``pos`` (``the Leeds-based company``), as
        :meth:`company_before` or :meth:`described_body` resolve it; else None."""
        lo = self.sentence_of(pos)[0]
        found = None
        for found in _COMPANY_NOUN.finditer(self.text, lo, pos):
            pass
        if found is None:
            return None
        return self.company_before(found.start(), previous) or self.described_body("company", found.start(), [])

    def document_maker(self, noun: str, pos: int) -> tuple[str, str] | None:
        """``(speaker, type)`` of the maker of ``the <noun>`` (``the report``, ``the letter``) at ``pos``: the name after
        ``by`` or ``from`` where the text last introduced a document of that noun before ``pos`` (``a 96-page report
        prepared for the three towns by Halifax-based Kestner Policing Group``, ``a letter from Gail Ouellette``, ``A memo
        from county human resources director Tasha Greer``), when it reads as a body or a person; an owner's office
        after a possessive, with its role words (``the Postal Service's inspector general``), or None when no role
        word follows; else None."""
        if self.text.find(noun, 0, pos) < 0:
            return None  # (a cheap test first)
        found = None
        for m in re.finditer(_MADE_BY_NAME.format(noun=re.escape(noun)), self.text[:pos]):
            if not self.in_quote(m.start()) and not (m.group("role") and not role_phrase(m.group("role"), self.lx)):
                found = m  # (a lower-case phrase before the name is a role: "human resources director")
        if found is None:
            kinds = list(re.finditer(rf"\b{re.escape(noun)}\s+from\s+the\s+([a-z]+)\b(?!['’])", self.text[:pos]))
            if kinds and (body := self.described_body(kinds[-1].group(1), kinds[-1].start(1), [])):
                return body, "organization"  # "a letter from the alliance asking ... The letter says": the alliance
                # named before (not "a letter from the company's lawyers")
            return None
        if found.group("maker")[-2:] in {"'s", "’s"}:
            # "a report from the Postal Service's inspector general": the owner's office, its role words in lower case
            held = _HELD_ROLE.match(self.text, found.end("maker"))
            words_ = list(takewhile(lambda w: self.lx.has("role", w) or self.lx.has("title", w),
                                    held.group().split() if held else []))
            return (f"{found.group('maker')} {' '.join(words_)}", "organization") if words_ else None
        speaker, stype = classify_source(found.group("maker"), found.end("maker"), self.people)
        if stype == "organization" or stype == "person" and " " in speaker:
            return speaker, stype
        return None

    def sender_before(self, noun: str, pos: int) -> tuple[str, str] | None:
        """``(speaker, type)`` of who the sentence before the one opening with ``the <noun>`` at ``pos`` says wrote,
        posted or sent it: the subject of that sentence's last verb of sending (``The Western Health and Social Care
        Trust is discharging ... and has written to each of them. / The letter, dated October 20, states``; ``The
        Forest Service has already posted the lookout job ... The posting said``) or of the clause a reporting verb
        before it opens (``X said the alliance has written to ... The letter ... calls``: the alliance named before),
        a body or a person with a full name; else None."""
        verbs = _SENDING_NOUNS.get(noun)
        lo = self.sentence_of(pos)[0]
        i = bisect_right(self._sentence_starts, lo - 1) - 1
        if verbs is None or i < 0 or pos - lo > 4 or self.in_quote(lo):
            return None
        _, before, end = self.sentences[i]
        sent = None
        for sent in _SENDING.finditer(self.text, before, min(end, lo)):
            pass
        if sent is None or sent.group(1) not in verbs or self.in_quote(sent.start()) \
                or _PASSIVE_BEFORE.search(self.text, max(before, sent.start() - 12), sent.start()):
            return None  # (not "Ford had been sent complaints", "Sgt. Tim Holt was posted to the town")
        clause = before
        if dateline := DATELINE.match(self.text, clause):
            clause = dateline.end()
        for said in _SAID_THAT.finditer(self.text, clause, sent.start()):
            clause = said.end()  # "... said the alliance has written": the reported clause's subject
        m = _SUBJECT_NP.match(self.text, clause)
        if m is None or m.end(1) >= sent.start():
            return None
        if described := _DESCRIBED_BODY.fullmatch(m.group(1)):
            body = self.described_body(described.group(1).lower(), clause, [])
            return (body, "organization") if body else None
        speaker, stype = classify_source(m.group(1), m.end(1), self.people)
        return (speaker, stype) if stype == "organization" or stype == "person" and " " in speaker else None

    def described_body(self, noun: str, pos: int, sources: list, spoke_last: str | None = None) -> str | None:
        """The body a bare kind noun at ``pos`` stands for (``the company``, ``the school``, ``the bureau``): the last
        name of a body written before ``pos`` that holds the noun itself (``Insurance Bureau of Canada``), else the last
        one written or that spoke in the three paragraphs before with a head of that kind (``Cedar Bluff College`` for
        ``the school``) or, for a company or group, any body that is no public authority, place or outlet; never two
        names joined by ``and``, a person (a name with a title, a role, a gender or a given name), a place; else
        ``spoke_last``, the body that spoke last in this paragraph or the one before (``The National Association of
        Broadcasters said ... The agency added``) unless it is a bare noun of another kind (``the railway
        authority``); else, for a company or firm, the one body the article introduced as a company earlier
        (:meth:`written_as_body`: ``Homeware retailer Larkfield Home``), or the one the lead or the paragraph after
        it opens with, described or named as one (``Virumaa Timber, based in ...``); else None."""
        lists = self.lx.lists
        if noun in _ANY_BODY and (opener := self.body_opening_sentence(pos)):
            return opener  # "Brazos Kitchens, the Irving-based maker of frozen tamales, will close its plant ..., the
            # company said": the body the sentence is about
        if noun in _ANY_BODY and (opener := self.body_opening_sentence_before(pos)):
            return opener  # "Holland Creek Shellfish, one of the last ... processors ..., will shut its plant. / The
            # family-owned company announced": the body the sentence before is about
        if spoke_last and (kind := _DESCRIBED_BODY.fullmatch(spoke_last)) and kind.group(1).lower() != noun:
            spoke_last = None  # "the railway authority said ... The health ministry said": another body
        since = self.paragraphs[max(0, self.paragraph_of(pos) - 3)][0]
        found = [(start, name, False) for start, name in self.bodies.names + self.bodies.sentence_ends if start < pos]
        found += [(start, owner.group(1), False) for start, name, _ in found if (owner := _OWNER_IN_NAME.match(name))]
        # (the owner of a unit: "Lincolnshire Police's Rural Crime Action Team" for "the force")
        given, heads = first_names(), _KIND_HEADS.get(noun, {noun})
        # people: a name the text gives a gender or a role, or that opens with a given name ("Maison Vérel" may be a
        # company's; "Alberta Municipalities", named by no one as a person, is a body)
        people = {mt.person.name.rstrip(".") for mt in self.people  # (as names are read below: "Markus S")
                  if mt.person.gender or mt.person.roles & (lists["role"] | _PERSONS_TITLES)
                  or mt.person.name.split()[0].lower() in given}  # (a person's title too: "Cr Yusri Ismail")
        found += [(cue[0], speaker, True) for cue, speaker, stype in sources if stype == "organization"
                  or noun in _ANY_BODY and stype in {"person", "unknown"} and " " in speaker and speaker not in people]
        # (a name no one calls a person that spoke, read as one or as of no kind for want of a body's head:
        # "Tamarlane Midstream said it was "pleased" ... The company added", "Lieksan Pallo said ... The club")
        # names the text gave that kind in an appositive: "Landvolk Niedersachsen, the state's main farmers'
        # association," for "the association"
        of_kind = {_BODY_THE.sub("", m.group(1)) for m in re.finditer(_NAME_THEN_KIND.format(kind=re.escape(noun)),
                                                                      self.text[:pos])}
        of_kind |= {m.group(1) for m in re.finditer(_NAME_OF_KIND.format(kind=re.escape(noun)), self.text[:pos])}
        # ("The Gravelbourg Barracudas swim club, which ...": the name written with its kind after it)
        of_kind = {name for name in of_kind if not {w.lower() for w in name.split()} & WHEN_WORDS}  # (not "on
        # Wednesday, the company that operates the plant said": a day)
        if len(of_kind) == 1 and noun in _ANY_BODY:
            return next(iter(of_kind))  # "Amigos del Alcázar, the nonprofit that now leases the building", however far
        far = set()  # bodies written as such before the three paragraphs, for a company
        holding = []  # names holding the noun itself written before the three paragraphs, nearest first
        for start, written, spoke in sorted(found, reverse=True):
            if not spoke and self.in_quote(start) \
                    and all(self.in_quote(at) for at in _find_all(self.text, written, 0, pos)):
                continue  # ('remains committed to being "a good neighbour in the North Peace"': words only quoted)
            if not spoke and self.text[max(0, start - 7):start].endswith(("to the ", " to ")) \
                    and self.sentence_of(start) == self.sentence_of(pos):
                continue  # ("In a filing to the Taiwan Stock Exchange on Monday, the group said": whom the group
                # wrote to in the same sentence, never the group)
            name = _BASED.sub("", written.rstrip(".,;:").removesuffix("'s").removesuffix("’s"))
            if name in of_kind and start >= since:
                return name
            words_ = name.split()
            low = {w.lower().rstrip(".,") for w in words_}
            # (one body's name may hold "and" after its head and "of": "Department of Agriculture, Environment and
            # Rural Affairs", "Oregon Department of Fish and Wildlife")
            one_body = len(words_) > 3 and (any(words_[k + 1] == "of" and words_[k].lower() in lists["org_head"]
                                                for k in range(min(2, len(words_) - 1)))
                                            or words_[-1].lower() in lists["org_head"] and "and" not in words_[-2:])
            # ("Wyoming Game and Fish Department": "and" inside a name its head ends)
            if not words_ or low & TIME_WORDS or name in people or "and" in low and not one_body \
                    or len(words_) == 1 and name.lower() in common_words() and name.lower() == noun \
                    or (caps := {w.lower() for w in words_ if w[:1].isupper()} - {"the"} - MODIFIERS) \
                    & lists["title"] - ({"state"} if _headed_by(words_, noun) else set()) - heads \
                    - lists["organization"] \
                    or caps & lists["role"] or low <= COMPASS or self.text[start - 1:start] == "(" \
                    or name.lower() in lists["organization"] \
                    or name.lower() in lists["media"] or words_[-1].lower() in lists["media_head"] \
                    or words_[-1].lower() in PLACE_HEADS and not _headed_by(words_, noun) \
                    or words_[-1] in NEWSPAPER_ENDS and _TOLD_OUTLET.search(self.text, max(0, start - 14), start) \
                    or words_[0].lower() in PLACE_HEADS and not _headed_by(words_, noun) \
                    or not all(w[:1].isupper() or w in {"of", "for", "on", "the", "&"} or one_body and w == "and"
                               for w in words_):
                continue
            if _headed_by(words_, noun) and start < since:
                holding.append((name, spoke))
                continue
            if _headed_by(words_, noun) or start >= since and (
                    any(_headed_by(words_, h) for h in heads & low)
                    or noun in _ANY_BODY and not low & AUTHORITY_HEADS and not low & _NOT_COMPANY
                    and not name.startswith("Bank of")
                    and (spoke or low & lists["org_head"] or written.rstrip(".") != name
                         or self.written_as_body(start, name)
                         or "&" in words_)):  # ("Rydal & Crane": a firm's name; a name written with more, an
                # owner's "'s" or an appositive's comma, but not a sentence's period: "said in Cocos Malay.")
                return name  # (a name holding the noun itself, from anywhere before; a kind, from nearby)
            if noun in {"company", "firm"} and not spoke_last and not low & AUTHORITY_HEADS \
                    and not low & _NOT_COMPANY and not name.startswith("Bank of") and self.written_as_body(start, name):
                far.add(name)
            elif noun in {"utility", "union"} and not spoke_last and any(_headed_by(words_, h) for h in heads & low):
                far.add(name)  # ("Manitoba Hydro" for "the utility", five paragraphs on: the one of that kind; an
                # article names one utility or union, but many courts, agencies, schools)
        if holding:
            # none nearby: of the names holding the noun, the one written most often, else first (the body the
            # article is about: "Angus Council has published plans ..." before "Arbroath Community Council posted",
            # paragraphs before "the council says")
            counts = Counter(name for name, spoke in holding if not spoke)  # (written, not the times it spoke)
            # (max keeps the first of equals: the earliest written)
            return max(dict.fromkeys(name for name, _ in reversed(holding)), key=counts.__getitem__)
        kinds = "(?:" + "|".join(sorted(_KIND_INTRO)) + ")" if noun == "company" else re.escape(noun)
        if not spoke_last and (named := [m.group(1) for m in re.finditer(_KIND_NAMED.format(kind=kinds),
                                                                         self.text[since:pos])
                                         if not re.fullmatch(_CALENDAR_WORDS, m.group(1))]):  # ("court Wednesday")
            return named[-1]  # "operated by Estonian ferry company Saarlink ..., the company said": a one-word name
            # (for a company, after any kind of business: "The Danish-Swedish dairy group Nordlac will close ...")
        if not spoke_last and noun in _NAMED_KINDS \
                and len(named := {m.group(1) for m in re.finditer(_KIND_NAMED.format(kind=kinds), self.text[:since])
                                  if not re.fullmatch(_CALENDAR_WORDS, m.group(1))}) == 1:
            return named.pop()  # "a slogan the neighborhood group Friends of Two Rivers has printed", paragraphs before
            # "the group called the continuance ...": the one body the article introduced by that kind
        if noun == "company" and not spoke_last \
                and (named := [m.group(1) for m in _KIND_SET_OFF.finditer(self.text, since, pos)]):
            return named[-1]  # "run by a Munich start-up, Alpinera. The company said"
        # "Homeware retailer Larkfield Home is to close 38 stores ... The company said", paragraphs later: the one
        # company the article introduced as one, or the one body with a head of the kind
        if spoke_last or far:
            return spoke_last or (far.pop() if len(far) == 1 else None)
        if noun in {"company", "firm"}:
            # a lede's company, named first as the paragraph after the source's opens, for a source in the first two
            # ("... has filed for insolvency, the company said on Monday. || Frischmann Glaskunst, founded in 1853,
            # submitted ..."), or as the lead or the paragraph after it opens, however far on ("An Estonian timber
            # company is to build ... / Virumaa Timber, based in ..., will lease ...", paragraphs before "the
            # company's planning statement"), described as one or by a company's word ("Veltrona Medical Inc"), no
            # person's name and no public authority (not "Rival Volkswagen, which", "Bad Harzburg, where the factory
            # stands")
            at = self.paragraph_of(pos)
            for k in dict.fromkeys(([at + 1] if at <= 1 else []) + [self.lead, self.lead + 1]):
                if k < len(self.paragraphs) and (opener := self.body_opening_sentence(self.paragraphs[k][0])) \
                        and opener.split()[0].lower() not in common_words() and opener not in people \
                        and not {w.lower() for w in opener.split()} & (AUTHORITY_HEADS | _NOT_COMPANY) \
                        and (_COMPANY_DESCRIBED.match(self.text, self.text.find(opener, self.paragraphs[k][0])
                                                      + len(opener))
                             or not {w.lower() for w in opener.split()}.isdisjoint(lists["company_head"])):
                    return opener
        return None

    def body_opening_sentence(self, pos: int) -> str | None:
        """The name of two capitalised words or more that opens the sentence of ``pos`` (after ``The``) and is set off
        by a comma or followed by a verb in lower case, when it is no one's name (no person of the text with that name
        has a gender or a role, nor a given name first in three words or fewer) nor a dateline in capitals (``SLAVONSKI
        BROD, 18 Nov``); else None."""
        lo = self.sentence_of(pos)[0]
        if dateline := DATELINE.match(self.text, lo):
            lo = dateline.end()  # "EAST PEORIA — Illini Valley Hydraulics will lay off ...": after the dateline
        given = first_names()
        for start, name in self.bodies.names:
            if start > lo + 4:
                break
            if start in {lo, lo + 4} and (start == lo or self.text[lo:lo + 4] == "The ") \
                    and (name.split()[0].lower() not in given or len(name.split()) > 3) and not name.isupper() \
                    and not any(mt.person.name == name and (mt.person.gender or mt.person.roles & self.lx.lists["role"])
                                for mt in self.people) \
                    and _OPENER_GOES_ON.match(self.text, start + len(name)):
                return _BODY_THE.sub("", name)
        return None

    def body_opening_sentence_before(self, pos: int) -> str | None:
        """For a kind noun that opens the sentence of ``pos``: the body that opens the sentence before
        (:meth:`body_opening_sentence`), in this paragraph or the one before; else None."""
        lo = self.sentence_of(pos)[0]
        if self.text[lo:pos].strip(" \"“‘'") or (i := bisect_right(self._sentence_starts, lo - 1) - 1) < 0:
            return None
        before = self.sentences[i][1]
        if self.paragraph_of(pos) - self.paragraph_of(before) > 1:
            return None
        opener = self.body_opening_sentence(before)
        if opener is None or self.lx.has("title", opener.split()[0].lower().rstrip(".")) \
                or any(mt.person.gender for mt in self.people if mt.start <= self.text.find(opener, before) < mt.end):
            return None  # ("Mr Aldridge, known to clubmates as ..., was a founder member": a person)
        return opener

    def body_of_field(self, described: re.Match, pos: int) -> str | None:
        """For ``the railway authority``, ``the health authority`` (a kind noun after a word of its field): the one
        body named before ``pos`` with that word in its name (``Egyptian National Railways``, ``NL Health
        Services``); None when there is no such word, no such body or two."""
        stem = _field_stem(described)
        if stem is None:
            return None
        names = {_BASED.sub("", name.rstrip(".,;:")) for start, name in self.bodies.names if start < pos
                 and any(w.lower().startswith(stem) for w in name.split())}
        names = {n for n in names if n.split() and n.split()[0][:1].isupper()}
        names = {n for n in names if not any(n != mt.person.name and n.endswith(" " + mt.person.name)
                                             for mt in self.people if " " in mt.person.name)}  # (not "Deputy Tourism
        # Minister Kyriacos Stavrinides" for "the deputy ministry": a person after a title; but "Lee Health")
        if len(names) > 1:
            names = {n for n in names if n.split()[-1].lower().startswith(stem)}  # (of several, the one the field's
            # word ends: "Northern Health", not "Health Canada", for the health authority)
        return names.pop() if len(names) == 1 else None

    @staticmethod
    def of_field(described: re.Match, name: str) -> bool:
        """Whether the body ``name`` may be what ``described`` names: it has the description's field word, or the
        description has none (``The health ministry`` is not ``Egyptian National Railways``, which just spoke)."""
        stem = _field_stem(described)
        return stem is None or any(w.lower().startswith(stem) for w in name.split())

    def full_body_names(self, speakers: set) -> dict:
        """Speaker → the one longer name of a body the article writes that opens with it: ``Ridgeline`` →
        ``Ridgeline Digital``, ``Van Loon`` → ``Van Loon Brouwerijen``, ``Mondelez`` → ``Mondelez International``,
        for speakers of one to three capitalised words that are no one's name (not a given name alone, a
        person's surname or a name the text gives a gender) and no body of the shipped lists, never two names joined
        by ``and``; of names each the start of the next, the longest; a short form two other names open with is left
        as written."""
        lists, given = self.lx.lists, first_names()
        short = {sp for sp in speakers if 0 < sp.count(" ") + 1 <= 3 and all(w[:1].isupper() for w in sp.split())
                 and (" " in sp or sp.lower() not in given) and sp.lower() not in lists["organization"]
                 and sp.lower() not in lists["media"] and sp.split()[-1].lower() not in _AREA_BODIES}
        if not short:
            return {}
        people = {mt.person.surname for mt in self.people if " " in mt.person.name and mt.person.name not in short} \
            | {mt.person.name for mt in self.people if mt.person.gender}
        short -= people
        out = {}
        for sp in short:
            n = sp.count(" ") + 1
            first = {}  # each longer name, where it is first written
            for start, name in self.bodies.names:
                if name.split()[:n] == sp.split() and 1 <= len(name.split()) - n <= 3 and "and" not in name.split() \
                        and not {w.lower() for w in name.split()[n:]} & NUMBERED_THINGS:
                    # (not a thing the body runs and numbers: "Vireo Airlines Flight 842"; but "Unifor Local 444")
                    first.setdefault(re.sub(r"['’]s?$|(?<=[a-z]{4})\.$", "", name), start)
            longer = {name for name in first if self.body_extension(name.split()[n:])}
            whole = max(longer, key=len, default="")
            if longer and all(whole.split()[:len(name.split())] == name.split() for name in longer):
                out[sp] = whole  # (one name, or names each the start of the longest: "Harbor Lane Capital
                # Management" for "Harbor Lane" after "Harbor Lane Capital")
            elif longer and all(w[:1].isupper() for w in sp.split()):
                # two bodies the short form opens: the one the article names first, its subject ("Harbourline
                # Foods Ltd." before its parent "Harbourline Holdings Inc.")
                out[sp] = min(longer, key=lambda name: (first[name], name))
        return out

    def document_name(self, speaker: str) -> str:
        """A document named as a source without the words after its head noun that say how it was made or came
        out (``An engineering assessment commissioned by the town`` → ``An engineering assessment``, ``an agreed
        statement of facts tendered to the court``, ``An internal audit completed in January``); else as it is."""
        tail = _DOCUMENT_TAIL.search(speaker)
        if tail is None or _NAMED_MAKER.search(speaker, tail.start()):
            return speaker  # ("figures compiled by Ice Route Analytics": a maker the rules could not resolve)
        head = _RELATIVE_OPENED.sub("", speaker[:tail.start()]).rstrip(" ,")  # ("The audit, which looked at ...",
        # "The memo, dated April 2": the audit, the memo)
        words_ = _OF_PHRASE.split(head.lower(), maxsplit=1)[0].split()
        return head if words_ and words_[-1] in self.lx.lists["document"] | self.lx.lists["media_head"] else speaker

    def defined_acronyms(self, speakers: set) -> dict:
        """Speaker → the name the article gives it in full before it in parentheses (``the State Criminal Police
        Office (LKA)``: ``LKA`` → ``State Criminal Police Office``), for speakers so defined once, by a name of two
        words or more in mixed case (not a dateline's ``WASHINGTON (CNN)``) that is no outlet."""
        wanted = {sp: bare for sp in speakers if (_ACRONYM.fullmatch(bare := _THE_NAME.sub("", sp))
                                                  or " " not in bare and f"({bare})" in self.text)
                  and bare.lower() not in self.lx.lists["media"]}  # ("the LKA"; "Sernageomin", a short name)
        if not wanted or "(" not in self.text:
            return {}
        named: dict[str, set] = {}
        for m in _DEFINED_ACRONYM.finditer(self.text):
            name = _THE_NAME.sub("", m.group(1))
            if (owner := _OWNER_FIRST.match(name)) and (owner.group()[0] != m.group(2)[0]
                                                         or self.lx.has("country", owner.group().rstrip()[:-2])):
                name = name[owner.end():]  # "Russia's Federal Security Service (FSB)", "Cuba's Center for Genetic
                # Engineering and Biotechnology (CIGB)": the service, the center (but "Children's Defense Fund (CDF)")
            if m.group(2) in wanted.values() and " " in name and not name.isupper() \
                    and (_ACRONYM.fullmatch(m.group(2)) or name.split()[-1].lower() in self.lx.lists["org_head"]):
                named.setdefault(m.group(2), set()).add(name)
        return {sp: next(iter(named[bare])) for sp, bare in wanted.items() if len(named.get(bare, ())) == 1}

    def initialisms(self, speakers: set) -> dict:
        """Speaker in capitals (``DNR``, ``the DNR``) → the one body's name of the article whose capitalised words,
        after a first word of place, have those initials (``Iowa Department of Natural Resources``): the short form
        the article uses for it without defining it."""
        out = {}
        for sp in speakers:
            bare = _THE_NAME.sub("", sp)
            if not (2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()):
                continue
            names = {name for _, name in self.bodies.names
                     if len(words_ := [w for w in name.split() if w[:1].isupper()]) == len(bare) + 1
                     and "".join(w[0] for w in words_[1:]) == bare
                     and words_[-1].lower() in self.lx.lists["org_head"] | _PLURAL_HEADS}
            if len(names) == 1:
                out[sp] = _BODY_THE.sub("", names.pop())
        return out

    def field_short_forms(self, speakers: set) -> dict:
        """Speaker → the one body the article names in full as a department, ministry or office of it: ``Public
        Health`` → ``Department of Public Health and Social Services``, ``Waterways Ministry`` → ``Ministry of
        Agriculture and Waterways``, for speakers of two or three capitalised words that are no one's name."""
        short = {sp: core for sp in speakers if 2 <= (core := _BODY_THE.sub("", sp)).count(" ") + 1 <= 3
                 and all(w[:1].isupper() for w in core.split())}
        people = {mt.person.name for mt in self.people}
        out = {}
        for sp, core in short.items():
            if core in people:
                continue
            *field, kind = core.split()
            found = {name.rstrip(".,;:") for _, name in self.bodies.names
                     if (m := _FIELD_BODY.match(name)) and ((name[m.end():] + " ").startswith(core + " ")
                                                           or m.group(1) == kind and set(field) <= set(name.split()))}
            if len(found) == 1:
                out[sp] = found.pop()
        return out

    def body_spoke_last(self, previous: tuple | None, at: int, described: re.Match) -> str | None:
        """The body that spoke last, in paragraph ``at`` or the one before, for a kind noun (``described``: ``the
        agency``): an organisation speaker; a name read as of no kind that is a body's (capitalised words, no given
        name first: "Colorado Parks and Wildlife said ... The agency said") or of the noun's field; the body an
        unnamed spokesperson spoke for ("A spokesperson for Fisheries and Oceans Canada said ... The department
        said"); None when none did or it is of another field."""
        if not previous or at - previous[0] > 1:
            return None
        body = None
        public = described.group(1).lower() in _PUBLIC_BODY_KINDS
        if previous[3] == "organization":
            body = previous[1]
        elif previous[3] == "unknown" and previous[1][:1].isupper() \
                and (_field_stem(described) is not None or public and _BODY_LIKE.fullmatch(previous[1])
                     and previous[1].split()[0].lower() not in first_names()):
            body = previous[1]
        elif previous[3] == "anonymous" and public and (spoke_for := _SPOKESPERSON_FOR.fullmatch(previous[1])):
            body = (spoke_for.group(1) or spoke_for.group(2)).strip()
        return body if body and self.of_field(described, body) else None

    def body_extension(self, words_: list[str]) -> bool:
        """Whether the words after a short form make it a body's full name (``Digital``, ``Foods Ltd.``): capitalised
        words that are no title, role, time word, place, building or outlet head, nor a plural ordinary word
        (``Democrats``, ``advocates``)."""
        lists = self.lx.lists
        low = [w.lower().rstrip(".,") for w in words_]
        return all(w[:1].isupper() for w in words_) and not set(low) & (lists["title"] | lists["role"] | TIME_WORDS) \
            and low[-1] not in PLACE_HEADS and low[-1] not in _BUILDINGS and low[-1] not in lists["media_head"] \
            and not (low[-1].endswith("s") and low[-1] in common_words())

    def written_as_body(self, start: int, name: str) -> bool:
        """Whether the text writes ``name`` (at or after ``start``) as a body's: after the kind of body it is (``the
        consultancy Brightwater Economics``, ``the parents' group Tsever Agaar``), after where it is based
        (``Montreal-based Hydrosol International``), before ``, which`` or as a business (``Workers at Kelmar
        Coatings``, ``Queen City Links' owner``: :data:`_BUSINESS_CONTEXT`)."""
        at = self.text.find(name, start)
        before = self.text[max(0, at - 30):at].split()
        return at >= 0 and (bool(before) and (before[-1].lower() in _KIND_INTRO or before[-1].endswith("-based"))
                            or self.text.startswith(", which", at + len(name))
                            or _MEMBER_OF.search(self.text, max(0, at - 30), at) is not None
                            or any(f in self.text for f in (name + "'", name + "’", name + " will", " at " + name,
                                                               " of " + name))  # (cheap tests first)
                            and re.search(_BUSINESS_CONTEXT.format(name=re.escape(name)), self.text) is not None)

    def body_of_kind(self, speaker: str, pos: int) -> str | None:
        """The body a source names by its kind at ``pos``: ``the Nuffield Trust think tank`` is the Nuffield Trust,
        ``the road safety charity Kerbside Trust`` the Kerbside Trust; ``the think tank`` the last body the article
        called a think tank before ``pos``; else None."""
        if (grouped := _NAME_THEN_GROUP.fullmatch(speaker)) and len(grouped.group(1).split()) >= 2 \
                and not {w.lower() for w in grouped.group(1).split()} & _PARTY_GROUP_WORDS:
            return grouped.group(1).strip()  # "The Save Henbury Fields group": the campaign by its name (not "the
            # Liberal Democrat group", a party's councillors)
        if not _BODY_KIND_WORDS.intersection(speaker.lower().split()):
            return None
        named_after = _KIND_THEN_NAME.fullmatch(speaker)
        if named_after and not any(self.lx.has("title", w.lower()) or self.lx.has("role", w.lower())
                                   for w in named_after.group(1).split() if w[:1].isupper()):
            return named_after.group(1).strip()  # "the road safety charity Kerbside Trust" (not "The cooperative
            # Chairman John Park": a person)
        if named_after:
            return None
        kind_of = _KIND_OF_BODY.fullmatch(speaker)
        if kind_of is None:
            return None
        kind = re.escape(kind_of.group(2))
        named = kind_of.group(1) or max(((m.start(), m.group(1)) for pattern in (_NAMED_KIND, _KIND_NAMED)
                                         for m in re.compile(pattern.format(kind=kind)).finditer(self.text, 0, pos)
                                         if m.group(1) not in {"The", "A", "An"}),  # ("The co-op has asked")
                                        default=(0, ""))[1]
        return re.sub(r"^(?:The|the)\s+", "", re.split(r"\.\s+|\n", named)[-1]).strip() or None  # (not the
        # headline's words before it)

    def placed_holders(self, mention: str, pos: int, spoken: dict) -> list[tuple[str, tuple[int, int]]]:
        """For ``the <word> <person's noun>`` (:data:`_QUALIFIED_EPITHET`: ``the Orkney boss``), the people who have
        spoken (``spoken``: cue start -> resolved speaker, as :func:`_people_of` reads it) named in full before ``pos``
        in a sentence that names the word as theirs (:func:`_placed_person`), each with that sentence's span, the one
        named last first. The word may be written as itself
        (``Orkney manager Graeme Rendall``), by its country (``Kuwaiti``: ``of Kuwait's Permanent Mission``; the first
        five letters) or by its letters, the initials of a name in capitals (``RSIS``: ``S. Rajaratnam School of
        International Studies``)."""
        m = _QUALIFIED_EPITHET.fullmatch(mention)
        if m is None:
            return []
        noun, word = m.group(2), m.group(1).lower()
        if noun.endswith("s") and not noun.endswith("ss") \
                or any(word in mt.person.name.lower().split() for mt in self.people if " " in mt.person.name):
            return []  # (not several people, "the Vermont senators", nor someone a person's name describes: "the
            # Sanders aide")
        if not (any(self.lx.has(kind, noun) for kind in ("role", "title", "anonymous"))
                or noun in _PLACED_NOUNS or PERSON_NOUN.search(noun)) \
                or any(self.lx.has(kind, noun) for kind in ("org_head", "company_head", "media_head", "organization",
                                                             "document", "statement_noun")):
            return []
        people_spoken = _people_of(spoken)  # (read only for such a phrase: this method runs for every row)
        found = []
        for mt in reversed(self.people):
            if mt.end > pos or " " not in mt.person.name or mt.person.name not in people_spoken \
                    or any(name == mt.person.name for name, _ in found) or self.in_quote(mt.start):
                continue
            lo, hi = self.sentence_of(mt.start)
            named = [other for other in self.people if lo <= other.start < hi]
            # the sentence's words outside names and quotations, possessives cut: (start, word, capitalised) (not a
            # name a quoted caption gives: 'Henry added the caption "Sanders aide Jeff Weaver told me ..."' for "the
            # Sanders aide")
            words_ = [(lo + w.start(), re.sub(r"['’]s$", "", w.group()).lower(), w.group()[:1].isupper())
                      for w in re.finditer(r"[\w&'’-]+", self.text[lo:hi])
                      if not self.in_quote(lo + w.start())
                      and not any(o.start <= lo + w.start() < o.end for o in named)]
            runs, initials, at = [], "", 0  # (start, initials) of each run of capitalised words
            for start, w, cap in words_:
                if cap:
                    at = at if initials else start
                    initials += w[0]
                elif w not in _NAME_JOINERS or not initials:
                    runs.append((at, initials))
                    initials = ""
            runs.append((at, initials))
            places = [start for start, w, cap in words_
                      if cap and (w == word or len(word) >= 5 and names_country_of(w, word))]
            places += [start for start, letters in runs if m.group(1).isupper() and word in letters]
            if any(_placed_person(self.text, named, at) is mt.person for at in places):
                found.append((mt.person.name, (lo, hi)))
        return found

    def placed_speaker(self, mention: str, pos: int, spoken: dict, person: str | None) -> str | None:
        """The speaker :meth:`placed_holders` names first for ``mention``, when the rules read no ``person`` for it or
        read one who is neither of those holders, nor named in the same sentence as that speaker, and that speaker
        holds the role too (``The Sfax deputy`` after ``Deputy Mohamed Ali Zouari, elected in Sfax, ... Deputy Samia
        Gharbi``: not the last deputy; but ``the Florida senator`` stays Rubio, the senator, though a sentence naming
        Florida named Clinton since, and ``the Congolese minister`` the one of two ministers named together that spoke
        last); else None."""
        placed = self.placed_holders(mention, pos, spoken)
        if not placed:
            return None
        name, (lo, hi) = placed[0]
        if person is not None and (person in {other for other, _ in placed}
                                   or not holds_role(name, mention.split()[-1], self.people)
                                   or any(lo <= mt.start < hi and mt.person.name == person for mt in self.people)):
            return None
        return name

    def give_role(self, name: str, description: str) -> None:
        """A lead's description read as the person the next sentence names (``..., a Home Office minister has said.
        Hazel Blears said ...``) gives that person its role words, so that ``the minister`` later is her."""
        words_ = {w.lower() for w in re.findall(r"[A-Za-z]+", description)} & role_heads()
        for mt in self.people:
            if mt.person.name == name:
                mt.person.roles.update(words_)

    def body_joined_before(self, pos: int) -> str | None:
        """The body that opens the sentence and is joined by ``and`` to the body source at ``pos`` (``Labour and the
        Liberal Democrats say``, ``The SNP and the Tories say``), by its full name; None when the words before are no
        such body (a person, an ordinary word)."""
        lo = self.sentence_of(pos)[0]
        m = _JOINED_BODY.fullmatch(self.text, lo, pos)
        if m is None or any(lo <= mt.start < pos for mt in self.people):
            return None
        name, stype = classify_source(m.group(1), lo + m.end(1), self.people)
        if stype != "organization":
            return None
        return self.bodies.expand(name, pos) if BodyNames.may_expand(name, listed=True) else name

    def without_companions(self, pos: int, mention: str) -> list:
        """The people a subject pronoun at ``pos`` may be: not someone named earlier in its sentence after ``next
        to``, ``with``, ``alongside`` ... (``But standing next to Mr Blair he added``: he is not Mr Blair)."""
        if mention.lower() not in {"he", "she"}:
            return self.people
        lo = self.sentence_of(pos)[0]
        # (the mention may start after a title: "next to Mr Blair", "with President Obama")
        skip = {m.start(1) + w.start() for m in _COMPANION.finditer(self.text, lo, pos)
                for w in re.finditer(r"\S+", m.group(1))}
        if not skip:
            return self.people
        return [mt for mt in self.people if not (lo <= mt.start < pos and mt.start in skip)]

    def said_after(self, found: tuple) -> bool:
        """Whether a cue found after a quotation is an inverted ``said X`` or ``added X`` (``''...,'' said Sylke
        Tempel``): its subject follows the verb."""
        subj, cue = found
        return subj[0] > cue[0] and self.lx.lemma(self.text[cue[0]:cue[1]].split()[-1]) in {"say", "add"}

    def passive_before(self, q) -> tuple | None:
        """``(agent, cue)`` of a quotation right after a passive cue whose agent follows it (``have been described
        as "..." by the shadow health minister``, ``was branded "..." by Labour``); else None."""
        lead = _PASSIVE_LEAD.search(self.text, self.sentence_of(q.open_at)[0], q.open_at)
        if lead is None or not self.is_verb(lead.group(1), "q"):
            return None
        m = _BY_ANY_AGENT.match(self.text, q.end + mark_width(self.text, q.end) if q.closed else q.end)
        return ((m.start(1), m.end(1)), lead.span(1)) if m else None

    def passive_agent(self, q, found: tuple) -> tuple:
        """``(agent, cue)`` when a participle cue's quotation is followed by ``by`` and a name (``attacked as "fake
        math" by Democrats``, a headline's ``slammed as 'fake math' by Democrats``): the agent speaks, not the
        subject; else ``found``."""
        subj, cue = found
        if subj[1] > q.start or not self.text[cue[0]:cue[1]].endswith("ed"):
            return found
        m = _BY_AGENT.match(self.text, q.end + mark_width(self.text, q.end) if q.closed else q.end)
        return ((m.start(1), m.end(1)), cue) if m else found

    def outer_cue(self, indirect: list, found: tuple, at: int) -> tuple:
        """``(subject, cue)`` of the reported clause that holds the cue ``found`` and the quotation at ``at``, with
        its cue earlier in the same sentence (``Clinton says Trump's flurry of tweets was "unhinged"``: says, not
        tweets; or that ends right before it at ``, but``: ``told LETA that staff had complained ..., but "nobody
        listened"``); the subject of the same cue as the reported clause reads it, when that holds ``found``'s; else
        ``found``."""
        subj, cue = found
        lo = self.sentence_of(cue[0])[0]
        for _, content, outer_subj, outer_cue in indirect:
            if lo <= outer_subj[0] and outer_cue[1] <= subj[0] and content[0] <= subj[0] < content[1] \
                    and (content[0] <= at < content[1] or content[1] <= at
                         and _CONJOINED_QUOTE.fullmatch(self.text, content[1], at)) \
                    and self.text[outer_subj[0]:outer_subj[1]].lower() not in {"i", "we", "you"}:
                return outer_subj, outer_cue
            if content[0] <= cue[0] < content[1] and content[0] <= at < content[1] \
                    and subj[1] <= min(content[0], outer_cue[0]) and subj[0] != outer_subj[0] \
                    and not _COORDINATED_BEFORE.search(self.text, max(0, cue[0] - 6), cue[0]):
                return outer_subj, outer_cue  # "Jurors were told by Ms F that messages ... showed the brothers
                # "picking"": the inner cue's subject was read outside the clause that holds it, before the outer cue
                # (not a verb coordinated with the outer cue: "X said ... and called", "he told X that ... and said")
            if content[0] <= subj[0] and at < cue[0] and cue[1] <= content[1] <= outer_cue[0] \
                    and content[1] <= outer_subj[0] and content[0] <= at \
                    and self.text[content[1]:min(outer_subj[0], outer_cue[0])].strip() in {",", ",”", ',"'} \
                    and len(self.text[max(outer_cue[1], outer_subj[1]):self.sentence_of(outer_cue[0])[1]].split()) <= 3:
                return outer_subj, outer_cue  # "Nutrients could change the lake "within a few seasons" and threaten
                # rare species, Wetschka warned": a verb after the quotation, inside the clause a cue after it reports
                # (not "X told buyers the silver came from "...", the court heard": X's words)
        for _, content, outer_subj, outer_cue in indirect:
            if outer_cue == cue and outer_subj[0] == subj[0] and subj[1] < outer_subj[1] \
                    and content[0] <= at < content[1] \
                    and not (_NAME_GOES_ON.match(self.text, subj[1]) and self.text[subj[1] - 1:subj[1]].isalpha()
                             and self.text[subj[0]:subj[1]].split()[-1][:1].isupper()):
                return outer_subj, cue  # the same cue's subject read whole: "Ward 6 Councilor Marisol Peña, the ..."
        return found

    def reported_before(self, pos: int, span: tuple[int, int]) -> tuple[int, int]:
        """What a source at ``pos`` reports: its row's ``span``, or with a trailing cue (``..., he claimed``) the
        stretch of the sentence before the comma, where the people named are not the speaker."""
        if self.comma_before(pos) is not None and span[0] < pos:
            lo, _ = self.sentence_of(pos)
            return min(lo, span[0]), max(pos, span[1])
        return span  # (not an opening clause before a cue that reports what follows it: "When Alan Marsh was told
        # ..., he told his daughter he had one wish")

    @cached_property

    def bodies(self) -> BodyNames:
        return BodyNames(self.text)

    def pronoun_owner(self, pronoun: str, subj: tuple[int, int]) -> str:
        """Who a subject ``pronoun`` inside the report of the subject at ``subj`` is: ``"outer"`` (that subject: "Schiff
        said he fears"), unless the text gives the two other genders (``she`` and ``he``, or a man named for ``she``:
        "Ruscitti asked ..., pointing out that she told police"; a woman by her given name's census share is none,
        men being called Andrea or Nicola); then ``"own"`` when someone of the pronoun's gender is named in this
        paragraph or the one before ("Her uncle, Sione Fifita, ... She said he told her"), else ``"none"`` (someone
        unnamed: "her son")."""
        wanted = PRONOUN_GENDER.get(pronoun, "")
        known = PRONOUN_GENDER.get(self.text[subj[0]:subj[1]].lower(), "")
        if not known and wanted == "f":
            known = "m" if any(subj[0] <= mt.start < subj[1] and mt.person.gender == "m" for mt in self.people) else ""
        if not (wanted and known and wanted != known):
            return "outer"
        at = self.paragraph_of(subj[0])

        def named_after(end: int) -> bool:  # a name set off right after a relative's noun: "Her uncle, Sione Fifita"
            i = bisect_left(self.people, end, key=_START)
            return i < len(self.people) and self.people[i].start <= end + 3
        if any(GENDERED_NOUNS.get(tok[2].lower()) == wanted and not named_after(tok[1])
               for tok in self.tokens.between(self.paragraphs[at][0], subj[0])):
            return "none"  # ("Maria Lopez said her son called her that night. She said he told her": her son)
        lo = self.paragraphs[max(0, at - 1)][0]
        return "own" if any(lo <= mt.start < subj[0] and mt.person.gender == wanted for mt in self.people) else "none"

    def by_paragraph(self, row: tuple) -> list[tuple]:
        """A quotation running over several paragraphs as one row per paragraph, sharing the speaker and cue; the
        mark that reopens the quote at a paragraph's start is not part of the text."""
        kind, (lo, hi) = row[0], row[1]
        if kind == "indirect":
            return [row]
        first, last = self.paragraph_of(lo), self.paragraph_of(max(lo, hi - 1))
        if first == last:
            return [row]
        pieces = []
        for p in range(first, last + 1):
            a, b = max(lo, self.paragraphs[p][0]), min(hi, self.paragraphs[p][1])
            while a < b and (self.text[a].isspace() or self.text[a] in OPENING_MARKS):
                a += 1
            while b > a and (self.text[b - 1].isspace() or self.text[b - 1] in CLOSING_MARKS):
                b -= 1
            if a < b:
                label = self.speaker_label(a) if kind == "direct" else None
                pieces.append((kind, (a, b)) + (label or row[2:]))  # a transcript: each paragraph its label's
        return pieces

    def documents_to_owner(self, out: list) -> list:
        """Rows whose speaker is a document of a body named by its kind (``The tribunal's most recent annual report``,
        ``the ministry's report on the first phase``, or ``its most recent annual report`` in a sentence whose subject is
        ``The co-op``) go to the body that noun stands for (:meth:`described_body`: ``Ontario Land Tribunal``), when
        the article names one."""
        named = []
        for row in out:
            owned = _KIND_OWNED_DOCUMENT.match(row[3]) if row[4] in {"media", "unknown"} \
                or row[4] == "organization" and self.is_document(row[3]) else None  # (a document typed as its
            # owner's kind before its name is cut: "The community council's written objection, submitted to ...")
            document = owned.group(2) if owned else ""
            if owned is None and row[4] in {"media", "unknown"} and row[3].startswith("its ") \
                    and (owned := _KIND_OPENS.match(self.text, self.sentence_of(row[1][0])[0])) \
                    and self.no_body_between(owned.end(), self.text.find(row[3], owned.end())):
                document = row[3][4:]  # "The co-op has about 340 members, according to its most recent annual
                # report": the document of the body the sentence's subject names by its kind
            body = self.owner_of_kind(owned.group(1), row[1][0]) \
                if owned and owned.group(1).split()[-1] in self.lx.lists["org_head"] \
                and any(w in self.lx.lists["document"] for w in re.findall(r"[a-z-]+", document.lower())[:5]) \
                else None  # (words, not what follows them: "own Green Belt study, published ...")
            if owned is None and row[4] in {"media", "unknown"} and (letters := _LETTERS_OWNED_DOCUMENT.match(row[3])) \
                    and row[3].split()[-1].lower() in self.lx.lists["document"]:
                body = self.bodies.acronyms.get(letters.group(1).lower())  # "the FFA's "Tuna Economic Indicators
                # 2025" report": the body the text gave those letters ("Pacific Islands Forum Fisheries Agency (FFA)")
                if body is None and len(letters.group(1)) >= 3:  # (two letters may be an office's: "the MP's")
                    spelled = {name for start, name in self.bodies.names
                               if start < row[1][0] and stands_for(letters.group(1), name)}
                    body = spelled.pop() if len(spelled) == 1 else None  # else the one body named before whose
                    # initials they are
            named.append(row[:2] + (body, row[3], "organization") + row[5:] if body else row)
        return named

    def owner_of_kind(self, kind: str, pos: int) -> str | None:
        """The body a kind in lower case that owns a document stands for at ``pos`` (:meth:`described_body` of its
        last word; of two words, the body named with both: ``the ambulance service``, ``the community council`` for
        "Cairnie and Drumblade Community Council"), or for ``the health authority`` the body of that field
        (``Northern Health``); else None."""
        words_ = kind.split()
        body = self.described_body(words_[-1], pos, [])
        if body and len(words_) > 1 and words_[0] not in body.lower():
            body = None
        if body is None and len(words_) == 2 and words_[-1] == "authority" \
                and (named := self.body_of_field(_DESCRIBED_BODY.fullmatch("the " + kind), pos)) \
                and named.lower().split()[-1] == words_[0]:
            body = named  # "the health authority's most recent figures" after "Northern Health": the body of the
            # field whose name the field's word ends (not "the transit authority" for "Amalgamated Transit Union")
        return body

    def no_body_between(self, lo: int, hi: int) -> bool:
        """No body named by its kind (``the trust``, ``the firm``) between ``lo`` and ``hi``, where ``its`` might be
        its: ``The council was told the trust had overspent, according to its most recent annual report``."""
        heads = self.lx.lists["org_head"]
        return hi > lo and not any(m.group(1) in heads or m.group(2) in heads
                                   for m in _THE_NOUN_IN.finditer(self.text, lo, hi))

    def messages_to_sender(self, out: list) -> list:
        """Rows whose speaker is a message named by its noun alone (``the post read``, ``the text said``) go to the
        person who posted, texted, tweeted or emailed it last, in the row's paragraph or, for a quotation opening its
        paragraph, the one before: the verb's subject, a person named in full (``Rosalind Mori, president of ...,
        posted on the group's Facebook page``) or the person a ``He``/``She`` before the verb stands for (``For
        Kimiko Erwin, the wait ended ... She texted a reporter a photo``). A quotation right after ``with the
        caption:`` is a direct quotation of the person who posted the picture in that sentence."""
        changed = []
        for row in out:
            lo = row[1][0]
            noun = _MESSAGE.fullmatch(row[3]) if row[4] in {"media", "unknown"} else None
            caption = noun is None and row[0] != "indirect" and _CAPTION_BEFORE.search(self.text, max(0, lo - 24), lo)
            sender = self.message_sender(noun.group(1).lower() if noun else "caption", lo) if noun or caption else None
            kind = "direct" if caption else row[0]
            changed.append((kind, row[1], sender.name, row[3], "person") + row[5:] if sender else row)
        return changed

    def message_sender(self, noun: str, pos: int):
        """The person who last sent a message of ``noun`` before ``pos`` (:meth:`messages_to_sender`), else None."""
        paragraph = self.paragraph_of(pos)
        floor = self.paragraphs[paragraph][0]
        if paragraph and self.text[floor:floor + 1] in OPENING_MARKS:
            floor = self.paragraphs[paragraph - 1][0]  # (a quotation opening its paragraph: the one before too)
        verbs_from = self.sentence_of(pos)[0] if noun == "caption" else floor  # (a caption's poster: the verb of its
        # own sentence)
        verbs = [v for v in _SENT_MESSAGE[noun].finditer(self.text, verbs_from, pos)
                 if not self.in_quote(v.start()) and not _NO_MESSAGE_AFTER.match(self.text, v.end())
                 and not _SENT_BY_ANOTHER.match(self.text, v.end())]  # ("a video of Tom Cole, posted by his
        # daughter", "had published a post by the victim's sister": someone else sent it)
        if not verbs:
            return None
        verb = verbs[-1]
        lo = self.sentence_of(verb.start())[0]
        for mt in self.people[bisect_left(self.people, lo, key=_START):]:
            if mt.start >= verb.start():
                break
            if " " in mt.person.name and not self.in_quote(mt.start) \
                    and (subject := _SUBJECT_BEFORE_VERB.fullmatch(self.text, mt.end, verb.start())) \
                    and (subject.group(1) != "," or _APPOSITIVE_OPENED.search(self.text, lo, mt.start)):
                return mt.person  # (the verb's subject, an appositive between: not "Dana Castellano testified that
                # her mother texted")
        pronoun = _PRONOUN_BEFORE_VERB.search(self.text, lo, verb.start())
        if pronoun and noun == "caption":
            floor = self.paragraphs[max(0, paragraph - 1)][0]
        return self.narrative_subject(floor, pronoun.start(), pronoun.group(1).lower()) if pronoun else None

    def documents_to_maker(self, out: list) -> list:
        """Rows whose speaker is a document with no maker (``a draft document seen by AFP``, ``the document``) go to
        the one maker the article names for a document anywhere (``The 14-page paper, prepared by the European
        Commission``): the article is about one document then; two makers named leave every row as it is."""
        docs = [i for i, row in enumerate(out) if row[4] in {"media", "unknown"}
                and self.is_document(_clean_mention(row[2])) and " by " not in row[2]
                and not _MAKER_WRITTEN.search(row[3]) and not _ANOTHER_DOCUMENT.search(row[2])]
        # (unknown too: "The assessment states"; not one whose maker its mention gives: "A pre-sentence report prepared
        # by probation services")
        if not docs:
            return out
        stated = []
        for m in _STATED_MAKER.finditer(self.text):
            if m.group("maker").endswith(("'s", "’s")):
                continue  # "signed by the Health Department's deputy secretary": a maker cut short
            start, end = m.start("maker"), m.end("maker")
            if (named := _ROLE_THEN_NAME_AFTER.match(self.text, end)) \
                    and all(self.lx.has("role", w) or self.lx.has("anonymous", w) or w in MODIFIERS or w in _FIRM_KINDS
                            for w in named.group(1).split()):
                end = named.end()  # "signed by Yorkton engineer Raj Dhillon": the place, the role, then the person
                if _FIRM_KINDS & set(named.group(1).split()):
                    start = named.end(1)  # "prepared in August by the Boulder firm Tallis Housing Analytics": the
                    # place, the kind, then the firm, which is the maker
            speaker, stype = classify_source(self.text[start:end], end, self.people)
            if start != m.start("maker"):
                stype = "organization"  # (a firm, whatever its name looks like)
            if stype in {"organization", "person"}:
                stated.append((m.group("head").lower(), speaker, stype))
        for m in _PUBLISHED_DOCUMENT.finditer(self.text):
            if self.sentence_of(m.start())[0] != m.start() or m.group("maker").split()[0].lower() in CLAUSE_WORDS:
                continue  # the subject opens its sentence ("After the Home Office published a paper, ...": no subject)
            speaker, stype = classify_source(m.group("maker"), m.end("maker"), self.people)
            if stype == "organization":
                stated.append((m.group("head").lower(), speaker, stype))
        for m in chain(_IN_A_STATEMENT.finditer(self.text) if "In a" in self.text else (),
                       _MAKER_ISSUED.finditer(self.text)):
            maker = m.group("maker")
            if maker.startswith("the ") and maker[4:].islower():
                # "In a notification issued on Monday, the department said": the body of that kind named before
                body = self.described_body(maker[4:], m.start("maker"), [])
                speaker, stype = (body, "organization") if body else (maker, "unknown")
            else:
                speaker, stype = classify_source(maker, m.end("maker"), self.people)
            if stype in {"organization", "person"} and (m.re is _MAKER_ISSUED or m.group("verb").endswith("ed")):
                stated.append((m.group("head").lower(), speaker, stype))
            if stype in {"organization", "person"} and m.re is _IN_A_STATEMENT and " posted " in m.group():
                stated.append(("post", speaker, stype))  # "In a statement posted to its Facebook page, the East Side
                # Setnet Alliance said ... the post said": the same text
        owned = []  # (content start, head, owner, type) of documents their owner made and was given
        for row in out:
            document = _clean_mention(row[3].split(", ")[0])  # (not its aside: ", tabled on Thursday")
            if row[4] in {"organization", "person"} and (owner := _OWNER.match(document)) \
                    and row[2] in owner.group(1) and self.is_document(document[owner.end():]):
                owned.append((row[1][0], document.lower().split()[-1].rstrip("s"), row[2], row[4]))
        for i in docs:
            head = _clean_mention(out[i][2]).lower().split()[-1].rstrip("s")
            if out[i][4] == "unknown" and head in _SUIT_NOUNS:
                continue  # ("The lawsuit claims": the plaintiff's, never the defendant's filing)
            if (made := self.owned_just_before(owned, head, out[i])) is not None:
                # "The Ministry of Finance's Fiscal Policy Statement, tabled on Thursday, states ... According to the
                # statement": the owner of the one document of that kind written since
                out[i] = out[i][:2] + made + out[i][5:]
                continue
            makers = {(speaker, stype) for doc, speaker, stype in stated
                      if doc == head or {doc, head} & _ANY_DOCUMENT}  # (the same document, or one of any kind)
            if len(makers) == 1:
                speaker, stype = makers.pop()
                out[i] = out[i][:2] + (speaker, out[i][3], stype) + out[i][5:]
        return out

    def owned_just_before(self, owned: list, head: str, row: tuple) -> tuple | None:
        """``(speaker, mention, type)`` for ``row``, a document of noun ``head`` (``the statement``), from the last
        document of that noun its owner made (``owned``: content start, noun, owner, type) in the two paragraphs
        before, when the text writes the noun nowhere between them but in the row's own mention; else None."""
        lo = row[1][0]
        before = [made for made in owned if made[1] == head and made[0] < lo]
        if not before or self.paragraph_of(lo) - self.paragraph_of(before[-1][0]) > 2:
            return None
        at = before[-1][0]
        between = len(re.findall(rf"\b{re.escape(head)}", self.text[at:lo], re.I))
        if between - (self.text.find(row[3], at, lo) >= 0) > 0:
            return None  # ("The opposition said in a statement that ... the statement said": another statement)
        return before[-1][2], row[3], before[-1][3]

    def jointly_signed(self, out: list) -> list:
        """Rows whose source is a joint text (``the joint communiqué``, ``The memorandum``) go to the two people the
        article says signed or co-chaired it (``co-chaired by the Minister of Livestock, Mrs. X, and the Malian
        Minister ..., Mr. Y, in the presence of ...``), joined by :data:`JOINT`; when no sentence names two signers,
        the rows stay as they are."""
        docs = [i for i, row in enumerate(out) if row[4] in {"media", "unknown"} and _JOINT_TEXT.match(row[3])]
        signed = _SIGNED_JOINTLY.search(self.text) if docs else None
        if signed is None:
            return out
        lo, hi = signed.end(), self.sentence_of(signed.start())[1]
        if (witnessed := _WITNESSED.search(self.text, lo, hi)) is not None:
            hi = witnessed.start()  # ("in the presence of the Wali ..., Mr. ...": a witness, no signer)
        names = list(dict.fromkeys(mt.person.name for mt in self.people
                                   if lo <= mt.start < hi and " " in mt.person.name))
        if len(names) != 2:
            return out
        for i in docs:
            out[i] = out[i][:2] + (JOINT.join(names), out[i][3], "person") + out[i][5:]
        return out

    def makers_named_before(self, out: list) -> list:
        """Rows whose source is a document that names a body before its noun go to that body (:meth:`named_maker`)."""
        return [row[:2] + (maker, row[3], "organization") + row[5:]
                if row[4] in {"media", "anonymous", "unknown"}
                and (maker := self.named_maker(row[3]) or self.named_maker(_contained_in(row[3]))) is not None
                else row for row in out]

    def named_maker(self, mention: str) -> str | None:
        """The body a document's phrase names before its head noun (``a Ministry of Finance document consulted by
        Lusa``, ``A 2021 Law Foundation of Saskatchewan report``, ``the New York Times report``): its maker, the name
        as the article writes it in full; None for a person's name (``a Clinton campaign memo``) or no name."""
        m = _BODY_DOCUMENT.match(mention)
        if not m or not any(w in self.lx.lists["document"] for w in m.group(2).split()) \
                or m.start(1) == 0 and m.group(2).split()[-1] not in _BODYS_NUMBERS:
            return None  # (without an article, only a body's data or figures: "Census Bureau trade data")
        name = m.group(1)
        if " " not in name and sum(c.isupper() for c in name) >= 2 \
                and (spelled := self.bodies.expand(name, len(self.text))) != name:
            return spelled  # "the MoH epidemiological bulletin": the Ministry of Health, as the article defined it
        lows = {w.lower() for w in name.split()}
        if any(mt.person.name.split()[-1] in name.split() for mt in self.people) \
                or classify_source(name, len(name), [])[1] == "person" or lows & (TIME_WORDS | MONTHS) \
                or name.lower() in self.lx.lists["country"] or name.lower() in US_STATES or lows & PLATFORMS:
            return None  # (not "a Wednesday editorial", "the Illinois letter", "a Facebook post": by someone on it)
        return self.bodies.expand(name, len(self.text)) if name.isupper() else name  # ("a MODA report": the
        # Ministry of Digital Affairs, as the article defined it)

    def person_starting_at(self, pos: int):
        """The person mention that starts exactly at ``pos``, else None."""
        k = bisect_left(self.people, pos, key=_START)
        return self.people[k] if k < len(self.people) and self.people[k].start == pos else None

    def identified_after(self, out: list) -> list:
        """A quotation followed in its paragraph by ``That was`` and a name (``"She walks faster now than she ran
        ..." That was Bill Corfield, 83, who ...``) is that person's, whoever the rules gave it to."""
        named = []
        for row in out:
            said = _IDENTIFIED_AFTER.match(self.text, row[1][1]) if row[0] == "direct" else None
            person = self.person_starting_at(said.end()) if said else None
            named.append(row[:2] + (person.person.name, row[3], "person") + row[5:]
                         if person and " " in person.person.name else row)
        return named

    def named_in_apposition_before(self, out: list) -> list:
        """Rows whose source is a bare kind noun or that noun's document (``the receiver``, ``The receiver's report``)
        go to the body or person the text set off after that noun before (``The receiver, Thornbury Insolvency Inc.,
        wrote``), the last such, when the rules found no one else: a person only for a role's or a person's noun, a
        body only for a name ending in a legal form or a body's head."""
        named = []
        for row in out:
            kind = _THE_KIND_OR_ITS_DOCUMENT.fullmatch(row[3]) if row[4] in {"unknown", "media", "anonymous"} else None
            if kind is None or kind.group(2) and not self.lx.has("document", kind.group(2).split()[-1].lower()):
                named.append(row)
                continue
            set_off = re.compile(rf"\b[Tt]he {re.escape(kind.group(1))}, "
                                 r"((?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*),")
            found = [m for m in set_off.finditer(self.text, 0, row[1][0]) if not self.in_quote(m.start())]
            if not found:
                named.append(row)
                continue
            name = found[-1].group(1)
            person = self.person_starting_at(found[-1].start(1))
            words_ = name.lower().replace(".", "").split()
            if person is not None and person.person.name == name \
                    and any(self.lx.has(kind_list, kind.group(1)) for kind_list in ("role", "anonymous")):
                named.append(row[:2] + (name, row[3], "person") + row[5:])
            elif words_[-1] in LEGAL_FORMS or words_[-1] in self.lx.lists["org_head"]:
                named.append(row[:2] + (name, row[3], "organization") + row[5:])
            else:
                named.append(row)
        return named

    def court_of_judges(self, out: list) -> list:
        """Rows whose source is the judges of a court as a group (``The justices disagreed, writing that ...``) go to
        the court named before (:meth:`described_body` of ``court``: ``North Dakota Supreme Court``), when one is."""
        named = []
        for row in out:
            court = self.described_body("court", row[1][0], []) \
                if row[4] in {"unknown", "anonymous"} and _THE_JUDGES.fullmatch(row[3]) else None
            named.append(row[:2] + (court, row[3], "organization") + row[5:]
                         if court and not re.search(r"\b(?:on|in|at)\b", court) else row)  # (not a headline's "Split on
            # Supreme Court")
        return named

    def whole_paragraph(self, row: tuple) -> tuple[int, int] | None:
        """``(start, end)`` of the paragraph a direct row's quotation is the whole text of (only quote marks, a point
        or a comma besides: a subheading, or a quotation whose speaker the next paragraph names), when another
        paragraph follows; else None."""
        p = self.paragraph_of(row[1][0]) if row[0] == "direct" else -1
        if not 0 <= p < len(self.paragraphs) - 1:
            return None
        lo, hi = self.paragraphs[p]
        whole = hi > lo and not self.text[lo:row[1][0]].strip(" \"“‘'") \
            and not self.text[row[1][1]:hi].strip(" \"”’'.,")
        return (lo, hi) if whole else None

    def said_again_later(self, out: list) -> list:
        """A quotation that is its paragraph's whole text (a subheading: ``'A quarter you can see from the kitchen
        window'``) goes to the speaker of the first later quotation that holds its words (``"Twenty-two extra
        kilometres to seed a quarter you can see from the kitchen window," he said``), whoever the rules gave it to."""
        named = []
        for row in out:
            paragraph = self.whole_paragraph(row)
            quoted = _quoted_words(self.text[row[1][0]:row[1][1]]) if paragraph else ""
            later = next((other for other in out if len(quoted) >= 12 and other[0] in {"direct", "partial"}
                          and other[1][0] >= paragraph[1]
                          and quoted in _quoted_words(self.text[other[1][0]:other[1][1]])),
                         None)  # (12 characters or more: no "Yes" quoted again)
            named.append(row[:2] + later[2:3] + row[3:4] + later[4:5] + row[5:] if later else row)
        return named

    def opened_next_paragraph(self, out: list) -> list:
        """A quotation that is its paragraph's whole text with no speaker found (``"You sell people the loop. ..."``)
        goes to the person whose full name opens the next paragraph (``Ruth Bergeron, who has worked in Dawson
        tourism for 22 years, said``; ``Doug Button drew the loudest applause of the night with that line``)."""
        named = []
        for row in out:
            paragraph = self.whole_paragraph(row) if row[4] == "unresolved" else None
            person = self.person_starting_at(self.paragraphs[self.paragraph_of(row[1][0]) + 1][0]) if paragraph else None
            named.append(row[:2] + (person.person.name, "", "person") + row[5:]
                         if person and " " in person.person.name else row)
        return named

    def inverse_kin(self, out: list) -> list:
        """A relative named by the last speaker's relation (``Her father said`` after ``His daughter, Celina Trujillo,
        ... said``) is the person she was introduced as the relative of: the last man (``His``) or woman (``Her``)
        named before that introduction."""
        named = []
        for i, row in enumerate(out):
            kin = _OWNER_AND_KIN.fullmatch(row[3]) if row[2] == _clean_mention(row[3]) or row[4] != "person" else None
            owner = None
            if kin and row[4] in {"anonymous", "unknown", "unresolved"}:
                gender = "f" if kin.group(1).lower() == "her" else "m"
                owner = next((r[2] for r in reversed(out[:i]) if r[4] == "person" and " " in r[2]
                              and any(mt.person.name == r[2] and mt.person.gender == gender for mt in self.people)),
                             None)
            holder = self.introduced_as_kin(owner, _INVERSE_KIN.get(kin.group(2).lower(), ())) if owner else None
            named.append(row[:2] + (holder, row[3], "person") + row[5:] if holder else row)
        return named

    def introduced_as_kin(self, name: str, kinds: tuple) -> str | None:
        """The person ``name`` was introduced as a relative of (``His daughter, Celina Trujillo``: the last man named
        before), for relations in ``kinds``; else None."""
        first = next((mt for mt in self.people if mt.person.name == name), None)
        if first is None:
            return None
        intro = _KIN_INTRO.search(self.text, max(0, first.start - 40), first.start)
        if intro is None or intro.group(2).lower() not in kinds:
            return None
        gender = "m" if intro.group(1).lower() == "his" else "f"
        return next((mt.person.name for mt in reversed(self.people) if mt.end <= intro.start()
                     and " " in mt.person.name and mt.person.gender == gender), None)

    def counsel_named_next(self, out: list) -> list:
        """A row whose source is someone's lawyer or spokesperson, unnamed (``English has been active ..., said her
        lawyer.``), goes to the person the next sentence names with a word of that office (``"...," said attorney
        Deepak Gupta``): the same voice, named once it speaks again."""
        named = []
        for row in out:
            owned = _OWNED_OFFICE.fullmatch(row[3]) if row[4] in {"anonymous", "unknown"} else None
            person = None
            if owned is not None:
                family = next(f for f in _OFFICE_FAMILIES if owned.group(1).lower() in f)
                lo = self.sentence_of(row[1][1])[1]
                hi = self.sentence_of(lo + 1)[1] if lo < len(self.text) else lo
                person = next((mt.person for mt in self.people[bisect_left(self.people, lo, key=_START):]
                               if mt.start < hi and " " in mt.person.name
                               and (family & set(mt.person.roles)
                                    or set(self.text[max(lo, mt.start - 14):mt.start].split()[-1:]) & family)),
                              None)
            named.append(row[:2] + (person.name, row[3], "person") + row[5:] if person else row)
        return named

    def introduced_after(self, out: list) -> list:
        """A row whose source is one unnamed person by a lone noun (``One plaintiff put it more bluntly: "..."``)
        goes to the person named right after it in the next sentences as that noun (``The plaintiff, Derek Phan of
        Frisco, Texas, told``): the quotation came before its speaker was introduced."""
        named = []
        speakers = {row[2] for row in out}
        for row in out:
            one = _ONE_NOUN.fullmatch(row[3]) if row[4] in {"anonymous", "unknown"} else None
            if one is None and row[4] in {"anonymous", "unknown"} and row[3].lower() in KIN_NOUNS:
                # "Daughter: “It was no accident”" (a subhead), "Son says parents were ..." (a standfirst): the
                # relative the article goes on to introduce ("The woman’s daughter, Tove Bakken,"), who speaks in it
                # (not "his wife, Anne Reid, was unhurt": another family's)
                the = re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|['’]s?)\s+{row[3].lower()},?\s+(?=[A-Z])") \
                    .search(self.text, row[1][1], row[1][1] + 1500)
                person = self.person_starting_at(the.end()) if the else None
                named.append(row[:2] + (person.person.name, row[3], "person") + row[5:]
                             if person and " " in person.person.name and person.person.name in speakers else row)
                continue
            if row[4] in {"anonymous", "unknown"} and (lead := _LEAD_ROLE.fullmatch(row[3])) \
                    and self.paragraph_of(row[1][0]) == self.lead \
                    and (holder := self.holder_quoted_again(lead.group(1), row, out)
                         or self.holder_named_after(lead.group(1), row[1][1], speakers)):
                # "A councillor has branded a plan ... a "done deal" ... / Cllr Jonathan Pring ... said": the lead
                # keeps its source's name for later, where the one who holds that role first speaks
                named.append(row[:2] + (holder, row[3], "person") + row[5:])
                continue
            if one is None:
                named.append(row)
                continue
            the = re.compile(rf"\b[Tt]he {one.group(1)}, ").search(self.text, row[1][1], row[1][1] + 300)
            person = self.person_starting_at(the.end()) if the else None
            named.append(row[:2] + (person.person.name, row[3], "person") + row[5:] if person else row)
        return named

    def holder_quoted_again(self, role: str, row: tuple, out: list) -> str | None:
        """The person holding ``role`` whose later quotation repeats the words ``row`` quotes (a lead's "one councillor
        called the deal "a fire sale of the waterfront"" and, paragraphs on, Coun. Ray Fennimore's "This is a fire sale
        of the waterfront ..."), else None."""
        lo, hi = row[1]
        quoted = max((self.text[q.start:q.end] for q in self.quotes if q.start < hi and q.end > lo), key=len,
                     default="").strip(" ,.").lower()  # (the row's longest quotation, its marks inside it or not)
        if len(quoted) < 6:
            return None
        return next((later[2] for later in out if later[0] == "direct" and later[1][0] > row[1][1]
                     and later[4] == "person" and quoted in self.text[later[1][0]:later[1][1]].lower()
                     and holds_role(later[2], role, self.people)), None)

    def holder_named_after(self, role: str, pos: int, speakers: set) -> str | None:
        """The first person named by full name after ``pos``, in the next three paragraphs and outside quotations, who
        holds ``role`` (:func:`holds_role`: ``Cllr Jonathan Pring`` for ``councillor``) and speaks in the article;
        None when the first such holder does not speak."""
        last = self.paragraphs[min(len(self.paragraphs) - 1, self.paragraph_of(pos) + 3)][1]
        for mt in self.people[bisect_left(self.people, pos, key=_START):]:
            if mt.start >= last:
                break
            if " " in mt.person.name and not self.in_quote(mt.start) and holds_role(mt.person.name, role, self.people):
                return mt.person.name if mt.person.name in speakers else None
        return None

    def trimmed_source(self, row: tuple) -> tuple:
        """A row's source without what is no part of it: a document's tail (:meth:`document_name`), a document in
        lower case read as a body's then typed media ("bank records shown to the court"), a US state after a body's
        place ("The Consulate of Mexico in Nogales, Arizona": the consulate in Nogales); and never a source ending with
        a word that opens a phrase ("Hundreds of", "the authors of the": what a rule cut short)."""
        speaker, stype = row[2], row[4]
        if stype != "person" and (dangling := _DANGLING_END.search(speaker)) and dangling.start() > 0:
            speaker = speaker[:dangling.start()]
            row = row[:2] + (speaker,) + row[3:]
        if stype in {"media", "unknown"}:
            return row[:2] + (self.document_name(speaker),) + row[3:]
        if stype == "person" and (body := self.body_named_by_first_word(speaker)):
            return row[:2] + (body, row[3], "organization") + row[5:]  # "a notice Kessler filed" after "Kessler Aero
            # Structures will lay off": the company, no person named Kessler
        if stype == "person" and self.ordinary_word(speaker):
            # "Staff leaving the site described", "Research suggests": a word the text writes in lower case, no one's
            # name: someone unnamed when a noun for people, else a phrase of no known type
            noun = speaker.lower()
            unnamed = self.lx.has("anonymous", noun) or PERSON_NOUN.search(noun)
            return row[:2] + (speaker, row[3], "anonymous" if unnamed else "unknown") + row[5:]
        if stype != "organization":
            return row
        if speaker.islower() and (name := self.document_name(speaker)) != speaker:
            return row[:2] + (name, row[3], "media") + row[5:]
        if (state := _STATE_AFTER_PLACE.search(speaker)) and state.group(1).lower() in US_STATES:
            return row[:2] + (speaker[:state.start()],) + row[3:]
        return row

    def body_named_by_first_word(self, speaker: str) -> str | None:
        """The one body's name written in the text that opens with a one-word person speaker, of three words or ending
        with a company's or body's word (``Kessler`` → ``Kessler Aero Structures``), when no person's full name holds
        that word; else None."""
        if " " in speaker or not speaker.isalpha() or any(
                speaker in mt.person.name.split() for mt in self.people if " " in mt.person.name):
            return None
        heads, people = self.lx.lists["org_head"], {mt.person.name for mt in self.people}
        found = {name for _, name in self.bodies.names
                 if name.startswith(speaker + " ") and all(w[:1].isupper() for w in name.split())
                 and not any(person in name for person in people)
                 and (name.split()[-1].lower().rstrip(".") in heads or len(name.split()) >= 3)}  # (not "Richards and
        # Menendez", "Virginia Department of Health", "PolitiFact Executive Director Aaron Sharockman")
        return found.pop() if len(found) == 1 else None

    def ordinary_word(self, speaker: str) -> bool:
        """A one-word speaker that is an ordinary word, no one's name: in the word list and no census given name,
        written in lower case in the text at least as often as capitalised inside a sentence, never after a title
        nor as the last word of a longer name (``Staff``, ``Maybe``; not ``Flood`` when ``Mr Flood`` is written)."""
        low = speaker.lower()
        if " " in speaker or not speaker.isalpha() or low not in common_words() or low in first_names():
            return False
        lower = len(re.findall(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", self.text))
        inside = len(re.findall(rf"(?<=[a-z,;] ){re.escape(speaker)}(?![\w'’-])", self.text))
        return lower >= max(1, inside) and not any(mt.person.name.endswith(" " + speaker) for mt in self.people) \
            and not re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sir|Lord|Lady)\.? {re.escape(speaker)}\b", self.text)

    def country_through_official(self, out: list) -> list:
        """A country that accuses in the lead (its first two paragraphs: ``Norway has accused Britain of acting in
        "bad faith"``) goes to the official who speaks for it next, within two paragraphs, named with a government
        role (``Ingrid Solheim-Berg, the Norwegian fisheries minister, said``), as the guidelines have it (a country
        that says or denies stays the country)."""
        named = []
        for row in out:
            para = self.paragraph_of(row[1][0])
            if row[4] == "organization" and para <= 1 and self.lx.has("country", row[2]) \
                    and "accus" in row[5].lower():
                official = next((r for r in out if r[1][0] > row[1][0] and r[4] == "person"
                                 and self.paragraph_of(r[1][0]) <= para + 2
                                 and _GOVERNMENT_ROLE.search(r[3])), None)
                if official is not None:
                    row = row[:2] + (official[2], row[3], "person") + row[5:]
            named.append(row)
        return named

    @staticmethod
    def kind_named_elsewhere(out: list) -> list:
        """A body left as its description (``the public spending watchdog has warned``, in a lede before the body is
        named) is the one body another row resolved from a mention with the same head noun (``The watchdog said``:
        Audit Scotland); not when two bodies were."""
        resolved = {}
        for _, _, speaker, mention, stype, _ in out:
            if stype == "organization" and (m := _KIND_MENTION.fullmatch(mention)) and speaker[:1].isupper():
                resolved.setdefault(m.group(1).lower(), set()).add(speaker)
        if not resolved:
            return out
        named = []
        for row in out:
            m = _KIND_MENTION.fullmatch(row[2]) if row[4] in {"organization", "unknown"} else None
            bodies = resolved.get(m.group(1).lower(), ()) if m else ()
            named.append(row[:2] + (next(iter(bodies)), row[3], "organization") + row[5:] if len(bodies) == 1
                         else row)
        return named

    def subhead_rows(self, subheads: list, out: list) -> list:
        """A partial row with no cue for each section heading (``subheads``, quotations :meth:`is_subhead` found): the
        speaker of the first row of ``out`` after it whose content holds its words as a run (two words or more,
        compared as :func:`~analysis.quotes.marks.normal_words`), else of the last such row before it; failing both,
        of the first after it (else the last before) that holds every content word, when it has two or more
        (:func:`~analysis.quotes.marks.content_stems`: ``'Where will I find the money?'`` in ``"... but where will I
        find that money?"``); none when no row does, nor for a heading ending with a full stop or an exclamation mark
        (the American papers' ``'A fight from start to finish.'``, which PolNeAR leaves out as a label of the section,
        not its speaker's words)."""
        found, contents = [], None
        for q in subheads:
            if self.text[q.start:q.end].rstrip()[-1:] in {".", "!"} \
                    or len(part := normal_words(self.text[q.start:q.end])) < 2:
                continue
            if contents is None:  # (the rows' words, read once for every heading)
                contents = [(row, normal_words(self.text[row[1][0]:row[1][1]])) for row in out]
            held = [row for row, words in contents if holds_run(words, part)]
            if not held and len(stems := content_stems(part)) >= 2:
                held = [row for row, words in contents if stems <= content_stems(words, every=True)]
            row = next((r for r in held if r[1][0] > q.end), held[-1] if held else None)
            if row is not None:
                found.append(("partial", (q.start, q.end), row[2], "", row[4], ""))
        return found

    def named_subject_of(self, span: tuple[int, int], previous: tuple | None, sent_lo: int | None = None) \
            -> tuple | None:
        """``(speaker, mention, type, cue)`` of a cue-less quoted fragment's sentence when a named person opens it as
        the subject of an active verb (``Julianne Moore thanked him for "stepping up"``, ``Texas Sen. Ted Cruz, who
        has surged in Iowa, named "Veep" ...``): the words are that person's, not the last speaker's. None for a
        passive (``Clinton has been accused of "lying"``), a subject that is no one the text names, or a label
        before a colon or dash (``Hacker Guccifer: server "like an open orchid"``)."""
        sent_lo = self.sentence_of(span[0])[0] if sent_lo is None else sent_lo
        subj = self.sentence_subject(sent_lo, span[0])
        if subj is None or subj[0] != sent_lo and self.text[sent_lo:subj[0]].strip(" \"“”'‘’") \
                and not _OPENING_PARTICIPLE.fullmatch(self.text, sent_lo, subj[0]) \
                or not any(mt.end == subj[1] and subj[0] <= mt.start
                           and (mt.start == subj[0] or only_titles(self.text[subj[0]:mt.start], frozenset())
                                or (owner := _OWNER_OPENS.match(self.text, subj[0], mt.start))
                                and owner.end() == mt.start)
                           for mt in self.people) \
                and not office_of(self.text[subj[0]:subj[1]]):
            return None  # (a person named, maybe after titles or an owner, "Iowa State University's Dianne Bystrom",
            # or an office: "the former secretary of state talked about continuing the "progress we had"", after an
            # opening participle's phrase: "Reprising one of her lines, ...")
        toks = self.tokens.between(subj[1], span[0])
        verbs = [t[2] for t in toks if t[2].isalpha()]
        if not verbs or not verbs[0].islower() or verbs[0] in _PASSIVE_BE \
                or any(t[2] in DASHES or t[2] == ":" for t in toks) \
                or any(w in _PASSIVE_BE and n + 1 < len(verbs) and verbs[n + 1].endswith("ed")
                       for n, w in enumerate(verbs)):
            return None
        if office_of(self.text[subj[0]:subj[1]]) and len(self.text[span[0]:span[1]].split()) < 2:
            return None  # (an office's one quoted word is more often a term or a title: "The director makes this clear
            # in her new documentary "13th.""; a named person's is the person's: "Moore called it "sloppy"")
        mention = self.text[subj[0]:subj[1]]
        para_lo = self.paragraphs[self.paragraph_of(subj[0])][0]
        speaker, stype = classify_source(mention, subj[1], self.people, None, para_lo)
        if stype != "person" or previous and previous[1] == speaker:
            return None
        return speaker, mention, stype, ""

    def named_subject_before(self, span: tuple[int, int]) -> tuple | None:
        """A quotation that opens its paragraph with no cue and no speaker to go on from, after a paragraph whose last
        sentence has a named person as its subject (``Trump took to Twitter early Wednesday to continue his
        assault.`` / ``"Crooked Hillary ..."``): ``(speaker, mention, type, cue)`` of that person, else None."""
        at = self.paragraph_of(span[0])
        if at == 0 or self.text[self.paragraphs[at][0]:span[0]].strip(" \"“”'‘’«»"):
            return None
        lo, hi = self.paragraphs[at - 1]
        last = self.text[lo:hi].rstrip()
        if not last.endswith((".", ":")) or any(ch in last for ch in "\"“”"):
            return None  # (a paragraph that quotes someone is no narrative of the next quotation's speaker)
        sent_lo = self.sentence_of(lo + len(last) - 1)[0]
        return self.named_subject_of((lo + len(last) - 1, lo + len(last)), None, sent_lo)

    def named_subject_just_before(self, span: tuple[int, int], previous: tuple | None) -> tuple | None:
        """A cue-less quotation opening a sentence right after a sentence of its paragraph whose subject is a named
        person (``Iowa State University's Dianne Bystrom agreed. "Mainstream Republicans are ..."``, ``Sami recalled
        how ... / "And I was like ..."``): ``(speaker, mention, type, cue)`` of that person when it is not the last
        speaker, else None."""
        own_lo = self.sentence_of(span[0])[0]
        para_lo = self.paragraphs[self.paragraph_of(span[0])][0]
        if own_lo <= para_lo or self.text[own_lo:span[0]].strip(" \"“”'‘’"):
            return None
        lo = self.sentence_of(own_lo - 1)[0]
        last = self.text[lo:own_lo].rstrip()
        k = bisect_left(self._quote_starts, lo)
        if lo < para_lo or not last.endswith(".") or self.in_quote(lo) \
                or k < len(self._quote_starts) and self._quote_starts[k] < own_lo:
            return None  # (a sentence quoting someone is no narrative of the next quotation's speaker: ""A," Mr.
            # Rhodes said. "B"" is his, and the sentence before that no one's)
        return self.named_subject_of((lo + len(last) - 1, lo + len(last)), previous, lo)

    def rows(self):
        """Every attribution row, speakers resolved in text order over quotes and indirect speech together."""
        items = []  # (anchor, kind, (lo, hi), mention span or None, cue span or None, paragraph, follow_on)
        quote_cues = {}  # cue start -> the quotations it cues
        nested = {}  # cue start of a pronoun's clause inside another clause -> that clause's cue start
        other_gender = {}  # of them, the cues whose pronoun is of the other gender than that clause's subject -> whose
        # it is ("own", resolved as any pronoun, or "none", someone unnamed)
        spoken = {}  # cue start -> (speaker, type) resolved
        indirect = self.indirect()
        clause_of = {cue[0]: content for _, content, _, cue in indirect}  # cue start -> its reported clause
        clauses_of = {}  # cue start -> every clause it reports ("A, he said, but B": two)
        for _, content, _, cue in indirect:
            clauses_of.setdefault(cue[0], []).append(content)
        clauses = list(clause_of.values())
        in_list = set()  # quotations folded into the row of the list they continue
        names = set()  # quotations that are names, titles or terms, not speech: they leave a clause alone
        signs = set()  # those of them a sign, banner or slogan reads
        subheads = []  # section headings that quote their section: their rows wait for the body's (subhead_rows)
        put_cues = set()  # cue starts of "That is how X describes ..." after a quotation: no clause of their own
        for idx, q in enumerate(self.quotes):
            if idx in in_list:
                continue
            if self.is_subhead(q):
                subheads.append(q)
                names.add(idx)
                continue
            between = self.text[self.quotes[idx - 1].end:q.open_at] if idx else ""
            # (a translation in brackets after a name: the slogan "Um azulejo, uma história" ("One tile, one story")
            # is a name too; and the last of a sign's list: banners reading "Save Oakfield Bank" and "Our kids, our
            # school")
            if self.is_slogan(q) or idx - 1 in signs and between.strip(" ,”’\"'") == "and":
                signs.add(idx)
            if idx in signs or self.is_work_title(q) \
                    or idx - 1 in names and ((gap := between.strip(" ”’\"'")) == "(" or gap in _LIST_JOINS
                                             and is_name_of_a_work(self.text[q.start:q.end].rstrip(" ,."))):
                names.add(idx)
                continue  # (a translation in brackets after a name; the next title of a list of them: named
                # "Criminal Minds," "Game of Thrones," "Breaking Bad" and "Veep" as his top shows)
            nxt = idx + 1
            while nxt < len(self.quotes) and self.name_around(self.quotes[nxt].open_at) > self.quotes[nxt].close_at > 0:
                nxt += 1  # ('"...," Marjorie "Midge" Thibault said': a nickname inside the name after the quotation)
            next_open = self.quotes[nxt].open_at if nxt < len(self.quotes) else len(self.text)
            para_hi = self.paragraphs[q.last_paragraph][1]
            last = self.quotes[idx - 1] if idx > 0 else None
            prev_close = last.close_at + mark_width(self.text, last.close_at) if last and last.closed else 0
            para_lo = self.paragraphs[q.paragraph][0]
            after = (self.cue_after(q, min(next_open, para_hi)) or self.dash_line_after(q)) if q.closed else None
            if after:
                after = self.next_named_cue(after)
            if after and self.opens_new_report(q, after):
                after = None
            if after is None and (after := self.speaker_named_after(q)):
                put_cues.add(after[1][0])  # "That was how X put it at ...": a sentence of its own, no report
            before = None if after else (self.cue_before(q, max(prev_close, para_lo))
                                         or self.cue_in_previous_paragraph(q) or self.beat_before(q))
            direct = self.is_direct(q, after is not None, before)
            found = after or before
            if found is None and not direct:
                found = self.cue_in_sentence(q)
            if found is None and not direct:
                found = self.passive_before(q)  # "described as '...' by the shadow health minister"
            if found is None and not direct and (holder := self.clause_holding(indirect, q.open_at, q.end)):
                found = holder[:2]  # saying he "has offended ...": the cue of the reported clause that holds it
            if found and self.text[found[0][0]:found[0][1]].lower() in {"i", "we", "you"}:
                found = None  # a first- or second-person cue belongs to quoted speech, not to the article
            kind = "direct" if direct else "partial"
            if found and (handle := self.handle_label(q.start, max(found[1][1], para_lo))):
                found = handle  # "@realDonaldTrump : - ... “love” ...": the account's posts, not "Reuters ... confirmed"
            if found and kind == "partial" and not (found is after and self.said_after(after)):
                # "Tillerson said his visit showed '...'": a cue inside another cue's reported clause is what the
                # source reports; the sentence's reporting verb gives the speaker (not an inverted cue after the
                # quotation: "Polling shows that ''...,'' said Sylke Tempel" is hers)
                found = self.outer_cue(indirect, found, q.start)
                found = self.passive_agent(q, found)
            exclaimed = found is not None and not self.text[found[1][1]:q.open_at].strip(" ,:") \
                and self.text[q.start:q.end].rstrip()[-1:] in {"!", "?", "."}  # a man yelled "Stay there!"
            if kind == "partial" and not exclaimed \
                    and (is_name_of_a_work(self.text[q.start:q.end]) or self.is_a_term(q, clauses)) \
                    and not (found and self.text[found[1][0]:found[1][1]].lower() in _CALLING_SOMEONE
                             and _NAMED_OBJECT.fullmatch(self.text, found[1][1], q.open_at)):
                names.add(idx)
                continue  # "Morning Joe", "Contract with America", "Miss Piggy", @handle: a name, not speech
            if found:
                quote_cues.setdefault(found[1][0], []).append((q.open_at, q.end))
                span = (q.start, q.end)
                clause = next((c for c in clauses_of.get(found[1][0], ()) if c[0] <= q.start and q.end <= c[1]),
                              clause_of.get(found[1][0])) if kind == "partial" else None
                if clause and clause[0] <= q.start and q.end <= clause[1]:
                    # She said police were "very committed" to ...: the attribution is the whole reported clause
                    # (its quoted words are marked in quoted_text)
                    span = clause
                if kind == "partial" and (last := self.quote_list_end(idx)) > idx:
                    # called him a "liar," a "bully" and "sick.": one attribution, its fragments in quoted_text
                    final = self.quotes[last]
                    span = (q.open_at if span == (q.start, q.end) else span[0],
                            max(span[1], final.close_at + mark_width(self.text, final.close_at) if final.closed
                                else final.end))  # (from mark to mark: “unique” and “refreshing”)
                    in_list.update(range(idx + 1, last + 1))
                items.append((min(span[0], found[0][0]), kind, span, found[0], found[1], q.last_paragraph, False))
            else:
                items.append((q.start, kind, (q.start, q.end), None, None, q.last_paragraph, True))
        # ("Clinton says the Ohio native nicknamed “King James” is ...": a nickname leaves the clause its row)
        quote_spans_ = [(q.start, q.end) for i, q in enumerate(self.quotes) if i not in names]
        for kind, content, subj, cue in indirect:
            lo, hi = content
            if any(a < hi and lo < b for a, b in quote_cues.get(cue[0], ())) or cue[0] in put_cues:
                continue  # the clause holding a quotation of the same cue is that quotation's row
            if any(b <= cue[0] for _, b in quote_cues.get(cue[0], ())) and _QUOTATION_FRAME.fullmatch(
                    self.text, lo, hi):
                continue  # '"...," Prince said he told Dmitriev.', '"Hi," Clinton wrote when ...': to whom or when the
                # quotation was said, no report of its own
            if any(min(hi, qe) - max(lo, qs) > 0.5 * min(hi - lo, qe - qs) for qs, qe in quote_spans_):
                continue
            if self.text[subj[0]:subj[1]].lower() in {"i", "we", "you"}:
                continue  # first or second person: speech inside a quotation, not the article's attribution
            if (pronoun := self.text[subj[0]:subj[1]].lower()) in _NESTED_PRONOUNS \
                    and (outer := self.outer_cue(indirect, (subj, cue), lo)) != (subj, cue):
                if (owner := self.pronoun_owner(pronoun, outer[0])) == "outer" \
                        and (verb := self.lx.verb(self.text[cue[0]:cue[1]].split()[-1])) and verb[0] == "ask":
                    continue  # "Kowalczyk said she had asked the commission to ...": her own request, told inside
                    # the report that holds it, no second row
                nested[cue[0]] = outer[1][0]  # "Schiff said he fears ...": he is the one who says it
                if owner != "outer":
                    other_gender[cue[0]] = owner  # (but "She said he told her that ..." reports someone else's words,
                    # though a quotation there is still hers: 'Henley said she can tell ... "better than any vet ..."')
            items.append((min(lo, subj[0]), kind, content, subj, cue, self.paragraph_of(subj[0]), False))

        out = []
        previous = previous_quote = None  # (paragraph, speaker, mention, type, cue) of the last attribution/quote
        last_person = None  # (speaker, paragraph, end, start of its words) of the last attribution to a person
        relatives = set()  # people who spoke as someone's relative ("her mother, Kerri Ferris")
        bodies_by_it = set()  # speakers read as people until "it" went on from them
        reported_in = (0, 0)  # what the last person speaker reports, when a cue names them
        previous_at, previous_span = -1, (0, 0)  # where the last attribution starts, its reported words
        unnamed_sources = []  # (paragraph, speaker, type, mention) of one unnamed person each, in text order
        sources = []  # (cue, speaker, type) of attributions to people and bodies, for "said in a statement"
        called = {}  # unnamed source -> the pronoun ("he", "she") a cue named it by
        described_as = {}  # head noun of a description that spoke -> the person it was read as (None for several)
        for anchor, kind, span, subj, cue, paragraph, follow_on in sorted(items, key=lambda it: (it[0], it[2])):
            label = self.speaker_label(span[0]) if kind == "direct" else None
            if label:
                speaker, mention, stype, cue_text = label
            elif not follow_on and self.text[subj[0]:subj[0] + 1] == "@":
                mention = self.text[subj[0]:subj[1]]
                speaker, stype, cue_text = self.handle_owner(mention[1:]), "person", ":"
            elif not follow_on:
                subj = self.described_pair(self.whole_name(self.relative_antecedent(self.clause_subject(subj, cue),
                                                                                    cue)))
                subj = self.person_of_body(subj)
                subj = self.named_appositive(subj, cue)
                mention = self.text[subj[0]:subj[1]]
                if kind == "partial" and mention.lower() in _ARTICLES and subj[1] <= span[0] < cue[0] \
                        and not self.text[subj[1]:span[0]].strip(" \"'“‘"):
                    continue  # 'An "informal trawl" of CPS records found', 'The "pay-as-you-go" rule applies': the
                    # quoted words name something inside the subject, no one's words
                at = self.paragraph_of(subj[0])
                context = None  # he/she look back to the last person speaker; they/it to the last speaker
                subject = None
                # (an unnamed source's noun names the holder of that role named since: "after a judge ruled that
                # ... / Mrs Justice Adebayo-Clarke quashed ... / the judge said")
                holder_since = previous is not None and previous[3] == "anonymous" and _THE_NOUN.fullmatch(mention) \
                    and (holder := holder_of(self.people, mention.split()[-1].lower(), subj[0])) is not None \
                    and any(mt.person is holder and previous_at < mt.start and not self.in_quote(mt.start)
                            and not previous_span[0] <= mt.start < previous_span[1] for mt in self.people)
                # (not named in what the source reported: "One Labour councillor ... told the Daily Echo that
                # members had urged Cllr Oyelaran to ... / '...,' the councillor said")
                if previous and previous[3] == "anonymous" and _THE_NOUN.fullmatch(mention) \
                        and (last_person is None or previous_at > last_person[2]) and not holder_since:
                    # "A spokesman for Defra said ... the spokesman said": the unnamed source that spoke last
                    context = (previous[1], previous[3], at - previous[0] <= 2, at == previous[0])
                elif last_person and mention.lower() not in {"they", "it"}:
                    context = (last_person[0], "person", at - last_person[1] <= 2, at == last_person[1],
                               last_person[2], last_person[3])
                    since = last_person[2]
                    if previous and previous[3] == "anonymous" and previous_at > since \
                            and _ONE_UNNAMED.match(previous[2]) and not (previous[4] or "").lower().startswith("wr"):
                        since = previous_at  # a subject named before one unnamed person spoke is no longer who "he"
                        # is ("Duthie was fined ... / Outside court, one of the farmers ... said ... / '...,' he
                        # said"); one who wrote is not there to speak ("A critic ... wrote in 1967 that ...")
                    subject = self.asked_before(subj[0], mention.lower()) \
                        or self.sentence_reporter(subj[0], mention.lower()) \
                        or self.pronoun_opener(subj[0], mention.lower(), self.reported_before(subj[0], span),
                                               last_person[0]) \
                        or self.narrative_subject(since, subj[0], mention.lower())
                    if subject is not None:
                        # "Mr Mubanga is the first ... He told the Observer": a person who opens a sentence since
                        # the last speaker is who "he" is now
                        context = (subject.name, "person", True, True)
                elif previous and not holder_since:
                    context = (previous[1], previous[3], at - previous[0] <= 2, at == previous[0])
                if mention.lower() == "it" and previous and previous[0] >= at - 1 and self.is_document(previous[2]):
                    speaker, stype = previous[1], previous[3]  # "according to the letter ... It said": its writer
                elif mention.lower() == "it" \
                        and (signed := _SIGNED_OPENING.fullmatch(self.text, self.sentence_of(subj[0])[0], subj[0])) \
                        and (signer := classify_source(signed.group("signer"), signed.end("signer"),
                                                       self.people))[1] == "person":
                    speaker, stype = signer  # "Signed by the ballpark's general manager, Lyle Brandt, it says": the
                    # signer
                elif mention.lower() in {"he", "she"} and subject is None and previous \
                        and previous[3] in {"anonymous", "unknown"} \
                        and (_ONE_UNNAMED.match(previous[2]) or OWNED_KIN.fullmatch(previous[2].partition(",")[0])
                             or self.person_noun_head(previous[2]) or _THE_PERSON_OF.match(previous[2])
                             or self.one_unnamed_person(previous[2], previous_at)
                             and not (previous[4] or "").lower().startswith("ask")  # (not "an Iowa voter asked
                             # if she might ...": the one asked)
                             or source_gender(previous[2]) == PRONOUN_GENDER[mention.lower()]
                             or self.goes_on_with_one(previous, at, kind, span, subj)) \
                        and source_gender(previous[2]) in {"", PRONOUN_GENDER[mention.lower()]} \
                        and (previous[0] == at or previous[0] == at - 1 and (
                            called.get(previous[1]) == mention.lower()  # ("'...,' she said. / She said ...": her)
                            or source_gender(previous[2]) == PRONOUN_GENDER[mention.lower()]
                            or not source_gender(previous[2])
                            and (self.same_pronoun_since(previous_span, subj[0], mention)
                                 or self.goes_on_with_one(previous, at, kind, span, subj)
                                 or self.paragraphs[at][0] == subj[0]
                                 or kind == "direct" and span[0] - self.paragraphs[at][0] <= 2
                                 and any(_INTRODUCED_UNNAMED.match(said) and not _ASKER.search(said)
                                         for said in previous[1:3])))) \
                        and (last_person is None or previous_at > last_person[2]) \
                        and (previous[3] == "anonymous"
                             or self.kept_unnamed(previous, previous_at, previous_span, mention)
                             or not any(self.sentence_of(previous_at)[0] <= mt.start < subj[0] and not mt.owner
                                        for mt in self.people)) \
                        and not (previous[0] < at and any(self.paragraphs[at][0] <= mt.start < subj[0]
                                                          and " " in mt.person.name for mt in self.people)):
                    # (not after a new paragraph has named someone: "The case has been taken up by Cllr Saeed Akhtar,
                    # who represents Daneshouse ... He said"; an owner after a preposition names no one new: "A Banff
                    # photographer who asked not to be named because he still works alongside some of Westergaard’s
                    # former clients said"; a person named in the sentence of a source who keeps their name back is
                    # someone else: "A climber who was 200 feet below Pike, and who asked not to be identified, told
                    # the Herald he saw Pike sliding past ... '...,' he said")
                    # "an attorney for the Caucus criticized the move ... '...,' he said": the unnamed person who
                    # spoke last, not the last person named; in the next paragraph only with the gender its noun
                    # says ("A spokesman for the department said ... / '...,' he added"); a source no list types
                    # only with no one named since ("A reporter asked Sanders ... He replied": Sanders), or when a
                    # quotation opens the next paragraph ("the owner of a gift shop ... said ... / '...,' she said")
                    speaker, stype = previous[1], previous[3]
                else:
                    speaker, stype = classify_source(mention, subj[1], self.without_companions(subj[0], mention),
                                                     context, self.paragraphs[at][0],
                                                     content=self.reported_before(subj[0], span))
                    if stype == "person" and (lead := _OWNED_DESCRIPTION.match(mention)):
                        self.give_role(speaker, lead.group(1))  # "His coach, Abdul Rahim Tawana,": later "the
                        # coach" is Tawana
                    if placed := self.placed_speaker(mention, subj[0], spoken,
                                                     speaker if stype == "person" else None):
                        speaker, stype = placed, "person"  # "The Orkney boss said" after "Orkney captain Ben Rendall
                        # ... Orkney manager Graeme Rendall ... Rendall said": the last speaker named with the place
                    if stype == "person" and speaker == mention and " " not in speaker \
                            and self.text.startswith(", which ", subj[1]) and speaker.lower() not in first_names() \
                            and self.text[max(0, subj[0] - 5):subj[0]] != " and ":  # (not the end of a longer name)
                        stype = "organization"  # "Nexus, which runs the ferry, said": one word, a body's name
                    if stype in {"unknown", "media"} and (owned := _PERSON_DOCUMENT.fullmatch(mention)) \
                            and self.is_document(mention):
                        # "according to his figures", "her estimates": the person "he"/"she" is there
                        pronoun = "he" if owned.group(1).lower() == "his" else "she"
                        speaker, stype = classify_source(pronoun, subj[1], self.without_companions(subj[0], mention),
                                                         context, self.paragraphs[at][0],
                                                         content=self.reported_before(subj[0], span))
                    if stype == "unresolved" and mention.lower() in {"him", "her"} \
                            and self.text[max(0, subj[0] - 13):subj[0]].lower() == "according to ":
                        # "According to him, emergency crews restored heating": the person "he" is there
                        speaker, stype = classify_source("he" if mention.lower() == "him" else "she", subj[1],
                                                         self.without_companions(subj[0], mention), context,
                                                         self.paragraphs[at][0],
                                                         content=self.reported_before(subj[0], span))
                    # "A report by Anthony Mercer, the council's director of environment, says ... / It acknowledges",
                    # "A report by the council's director of resources, Marcus Tennant, says ... / It warns": the
                    # report, which the last row gave to the author it names
                    author = previous[1] if mention.lower() == "it" and previous and previous[3] == "person" \
                        and at - previous[0] <= 1 and (doc := _DOCUMENT_BY.match(previous[2])) \
                        and self.lx.has("document", doc.group(1).lower()) else None
                    if mention.lower() in {"it", "they"} and (body := self.body_subject(subj[0], at, mention.lower())) \
                            and (stype == "unresolved" or body[2] > previous_at):
                        # "The US government denied the claims ... In a statement, it said": the body that opens a
                        # sentence since the last attribution
                        speaker, stype = body[:2]
                        if author and stype == "media" and body[2] <= previous_at < self.sentence_of(body[2])[1]:
                            speaker, stype = author, "person"  # (the report opens the sentence of the last row)
                    elif author and stype == "unresolved":
                        speaker, stype = author, "person"
                    elif mention.lower() == "it" and stype == "unresolved" \
                            and (company := self.company_in_sentence(subj[0], previous)):
                        speaker, stype = company, "organization"  # "Shares in the Leeds-based company fell after it
                        # told the stock market"
                    elif mention.lower() == "it" and stype == "unresolved" and previous and at - previous[0] <= 1 \
                            and previous[3] in {"person", "unknown"} \
                            and previous[1].split()[0].lower() not in first_names() \
                            and not (previous[1].split()[0].lower() in {"one", "a", "an", "another"}
                                     and PERSON_NOUN.search(previous[1].split()[-1].lower())) \
                            and (not any(mt.person.name == previous[1] for mt in self.people)
                                 or re.search(r"\b[Ii]ts?\b", self.text[previous_span[0]:previous_span[1]])
                                 or " " not in previous[1] and previous[1][:1].isupper() and not any(
                                     mt.person.name == previous[1] and (mt.person.gender or mt.person.roles)
                                     for mt in self.people)):
                        speaker, stype = previous[1], "organization"  # "Severn Trent said ... its storm overflows ...
                        # / It said": a name no given name opens, no one's or reporting on its own ("said it would"),
                        # or one word no title or gender makes a person's ("Sealink said ... It said"), is a body's
                        bodies_by_it.add(speaker)
                if stype == "person" and _THE_NOUN.fullmatch(mention) \
                        and (unnamed := self.unnamed_before(mention, at, unnamed_sources)) \
                        and max(p for p, sp, _, _ in unnamed_sources if sp == unnamed[0]) > max(
                            (self.paragraph_of(mt.start) for mt in self.people
                             if mt.person.name == speaker and mt.start < subj[0]), default=-1):
                    speaker, stype = unnamed  # "Dr Alan Mercer ... said ... A GP at a city centre practice, who did
                    # not want to be named, told ... '...,' the GP said": the unnamed GP introduced since the doctor
                    # was last named
                elif stype in {"unknown", "anonymous"} and _THE_NOUN.fullmatch(mention) \
                        and speaker.lower() == mention.lower() \
                        and (unnamed := self.unnamed_before(mention, at, unnamed_sources)):
                    speaker, stype = unnamed  # "The official said" after "A U.S. official familiar with the
                    # decision, who ..., said": that unnamed source, even with others quoted between
                elif stype == "anonymous" and " " not in mention \
                        and _THAT_NOUN.fullmatch(self.text, max(0, subj[0] - 5), subj[1]) \
                        and (unnamed := self.unnamed_before(mention, at, unnamed_sources)):
                    speaker, stype = unnamed  # "according to a person familiar with the case ... That person said"
                elif stype == "anonymous" and _THE_NOUN.fullmatch(mention) and speaker.lower() == mention.lower() \
                        and (introduced := self.introduced_unnamed(mention, subj[0])):
                    speaker = introduced  # "An ally of the science secretary was blunter. '...,' the ally said"
                if stype == "anonymous" and mention.lower() in {"the official", "the officer"} and context \
                        and context[1] == "person" and context[2] \
                        and not _UNNAMED_OFFICIAL.search(self.text, 0, subj[0]) \
                        and any(mt.person.name == context[0]
                                and mt.person.roles & (self.lx.lists["role"] | self.lx.lists["title"])
                                - COURTESY_TITLES for mt in self.people):
                    speaker, stype = context[0], "person"  # "..., said Isabel Cangombe. / The official announced
                    # ...": the minister who just spoke (named with an office), when the text named no official
                    # without a name ("One official involved in the project said")
                if stype == "person" and mention.lower() in KIN_NOUNS and mention[:1].isupper():
                    # "Brother says he never asked" (a section heading): the relative, not a person called Brother
                    relative = kin_named_before(self.text, self.people, "the " + mention.lower(), subj[0])
                    speaker, stype = (relative, "person") if relative else (mention.lower(), "anonymous")
                if stype in {"unknown", "anonymous"} and _THE_TWO.fullmatch(mention) \
                        and (joint := self.two_named_before(subj[0])):
                    speaker, stype = joint, "person"  # "The couple sued" after "Marta and Dieter Vandenberg"
                elif stype in {"unknown", "anonymous"} and (teen := _THE_TEEN.fullmatch(mention)) \
                        and (named := self.teen_named_before(subj[0], GENDERED_NOUNS.get(teen.group(1).lower(), ""))):
                    speaker, stype = named, "person"  # "The teen said" after "Sadie Caldwell, 16,"
                elif stype in {"unknown", "anonymous"} and _THE_ACCUSED.fullmatch(mention) \
                        and (accused := self.accused_named_before(subj[0])):
                    speaker, stype = accused, "person"  # "The accused disagreed" after "Gordon Kerr ... where he is
                    # on trial on charges of careless use of a firearm"
                elif stype in {"unknown", "anonymous"} and mention[:1] in "HhTt" \
                        and (relative := kin_named_before(self.text, self.people, mention.partition(",")[0].rstrip(),
                                                          subj[0])):
                    speaker, stype = relative, "person"  # "His brother said" after "his brother and
                    # assistant, Lee Haldane"
                elif stype in {"unknown", "anonymous"} and (kin := UNNAMED_KIN.fullmatch(mention.partition(",")[0])) \
                        and (unnamed := self.unnamed_before(kin.group(1), at, unnamed_sources)):
                    speaker, stype = unnamed  # "His mother, a nurse ..., testified" after "The boy's mother, who
                    # cannot be named, told CBC News": the one unnamed relative
                elif stype in {"unknown", "anonymous"} and (kin := OWNED_KIN.fullmatch(mention.partition(",")[0])) \
                        and (whose := self.relative_owner(kin.group()[:3].lower(), subj[0])):
                    speaker, stype = f"{whose}'s {kin.group(1).lower()}", "anonymous"  # "His mother, who drives
                    # him to rehearsals, said": Nolan Bighetty's mother, someone unnamed
                if stype in {"unresolved", "anonymous", "unknown"} and mention.lower() == "those" \
                        and _AMONG_THOSE.search(self.text, max(0, subj[0] - 30), subj[0]) \
                        and (opener := self.sentence_opener(subj[0])):
                    speaker, stype = opener, "person"  # "Naureen Jahangir, a Sanders supporter ..., is among those
                    # who say": she says it too
                if stype in {"unresolved", "unknown"} and self.text[cue[0]:cue[1]].endswith("ing") \
                        and (opener := self.sentence_opener(cue[0])):
                    # "Asked later, Ryan spokeswoman AshLee Strong did not deny it, instead saying: ...": the
                    # participle's subject is the person who opens the sentence
                    speaker, stype = opener, "person"
                # (after a headline's row, a lead's unnamed person: "..., the Opposition's health critic warned
                # Tuesday in the House of Assembly. / Joanne Rumbolt, the ... MHA for Lake Melville, said")
                after_headline = previous is not None and previous[0] < min(at, max(1, self.lead)) and (
                    stype == "anonymous" and " of " not in mention
                    or stype == "unknown" and (PERSON_NOUN.search(head := mention.split()[-1].lower())
                                               or self.lx.has("anonymous", head)))  # (or a standfirst's row:
                # "Defence says ... / An Elizabethtown-Kitley Township dairy farmer says ... / Gordon Kerr, 61, ...")
                if (previous is None or previous[2] == mention or after_headline) \
                        and stype in {"anonymous", "unknown"} \
                        and at <= max(1, self.lead) and not _DESCRIBED_BODY.fullmatch(_clean_mention(mention)) \
                        and (named := self.named_next(subj, cue, mention)):
                    # wire and BBC leads: "The head of a conservative faction ... urged restraint. ... U.S.
                    # Representative Mark Meadows, speaking on CBS, ...": the next sentence names the source (a
                    # body's kind noun is a body: "The utility argues ... CEO Dana Richter said" is the utility's)
                    speaker, stype = named, "person"
                    self.give_role(named, mention)
                elif stype in {"anonymous", "unknown"} and at <= max(1, self.lead) \
                        and (holder := self.role_holder_after(mention, subj[1])):
                    speaker, stype = holder, "person"  # "..., with the presiding judge saying he had 'betrayed' ..."
                    # in a lead, then "presiding judge Helena Sarmento Rocha said"
                elif stype == "anonymous" and at <= max(1, self.lead) and mention.istitle() and " " not in mention \
                        and (holder := role_holder(mention, self.people)):
                    speaker, stype = holder, "person"  # a standfirst's "Judge says ..." before "Judge Maureen
                    # Ostrowski said": the one holder of the role, as in a headline
                if stype != "person" and at <= max(1, self.lead) and (court := _A_COURT.fullmatch(mention)) \
                        and (named := self.bodies.first_headed({court.group(1).lower()}, subj[1], 600)):
                    speaker, stype = _BODY_THE.sub("", named), "organization"  # "A federal appeals court ruled ..."
                    # in a lead, then "The 6th U.S. Circuit Court of Appeals said": the court the text names next
                if stype in {"media", "unknown", "anonymous"} \
                        and any(w.strip(",") in self.lx.lists["document"] for w in mention.lower().split()[1:4]) \
                        and (signed := _SIGNED_ASIDE.search(self.text, subj[0], cue[0]) if subj[0] < cue[0]
                             else _SIGNED_ASIDE.match(self.text, subj[1])) \
                        and (signer := classify_source(signed.group("signer"), signed.end("signer"),
                                                       self.people))[1] == "person":
                    speaker, stype = signer  # "A letter to the council, signed by Helen Mawson, director of ...,
                    # says": the signer named in the aside between the document and its verb, or after the document
                    # after its verb ('said the statement, which was attributed to company president Karen Whitlock')
                elif (stype in {"media", "unknown"} or self.is_document(mention)) \
                        and (author := self.document_author(
                            speaker if stype != "person" and not _MADE_BY_KIND.match(_clean_mention(mention))
                            else _clean_mention(mention), subj[0])
                             or speaker != _clean_mention(mention) and stype != "person"
                             and self.document_author(_clean_mention(mention), subj[0])):
                    # (the mention itself when the document it was linked to says no more: "According to a new book,
                    # Brown's Britain by ... Robert Peston, ... according to the book")
                    speaker, stype = self.spoke_in_since(author, mention, sources) or author  # "the letter said"
                    # after "Kory Langhofer wrote a letter"
                elif self.is_document(mention) and (low := _document_words(mention))[0] in _THIS and len(low) == 2 \
                        and (stype not in _NAMED_TYPES or low == tuple(mention.lower().split())) \
                        and (spoke_in := self.spoke_in(low[-1], sources)):
                    speaker, stype = spoke_in  # "the statement said" after "X said in a statement"
                elif self.is_document(mention) and (low := _document_words(mention))[0] in _THIS \
                        and (len(low) == 2 or len(low) == 3 and low[1].isalpha()) \
                        and (stype not in _NAMED_TYPES or low == tuple(mention.lower().split())) \
                        and (cited := self.cited_in(low[-1], out, at, low[1] if len(low) == 3 else None,
                                                    same="same" in mention.lower().split())):
                    speaker, stype = cited  # "The letter said" after "According to a letter the company sent"
                elif stype != "person" and (unit := _BODY_UNIT.fullmatch(_clean_mention(mention))) \
                        and (body := self.described_body((unit.group(1) or unit.group(2)).lower(), subj[0], sources)):
                    speaker, stype = body, "organization"  # "The union's national office said" after "the American
                    # Federation of Government Employees local": the union
                elif stype != "person" and _RULING.fullmatch(_clean_mention(mention).split(",")[0]) \
                        and (court := self.bodies.last_headed({"court", "tribunal"}, subj[0])
                             or next((speaker for _, speaker, stype_ in reversed(sources) if stype_ == "organization"
                                      and {"court", "tribunal"} & set(speaker.lower().split())), None)):
                    speaker, stype = court, "organization"  # "according to the ruling" after "The Provincial Court
                    # of Seville on Tuesday sentenced": the court's, unless a judge was said to write it; or the
                    # court that spoke last ("The administrative court in Caen found ... the ruling said")
                    speaker = _BODY_THE.sub("", speaker)
                elif stype != "person" and _INDICTMENT.fullmatch(_clean_mention(mention)) \
                        and len(offices := {_BODY_THE.sub("", name) for _, name in self.bodies.names
                                            if _PROSECUTION_NAME.match(name)}) == 1:
                    speaker, stype = offices.pop(), "organization"  # "According to the indictment" in a story naming
                    # "the Public Prosecutor's Office": the office that wrote it, wherever it is named
                its = stype != "person" and _ITS_DOCUMENT.fullmatch(_clean_mention(mention)) \
                    and (self.is_document(mention) or _ITS_UNIT.fullmatch(_clean_mention(mention)))
                if its and kind == "indirect" and span[1] <= subj[0] and (owner := self.content_owner(span)):
                    speaker, stype = owner  # "Thornbury's unit generated 38 per cent ..., according to its annual
                    # report", "The ministry supported the bill ..., its press service said": the owner the reported
                    # clause opens with
                elif its and previous and previous[3] == "organization" and at - previous[0] <= 1:
                    speaker, stype = previous[1], "organization"  # "The Arts Council of Wales says ... according to
                    # its own annual report": the body that spoke last
                elif stype in {"organization", "anonymous", "unknown"} and previous and previous[3] == "person" \
                        and at - previous[0] <= 1 and _THEIR_BODY.fullmatch(_clean_mention(mention)) \
                        and (body := _AFFILIATION.search(previous[2])):
                    speaker, stype = body.group(1), "organization"  # "June Albrecht, president of the Southeast
                    # Wyoming Stockgrowers Council, said her group has asked": the body she was named with
                if (stype != "person" or " " not in speaker) \
                        and (family := _FAMILY.fullmatch(_clean_mention(mention))) \
                        and (members := self.surname_holders(family.group(1), subj[0])
                             or family.group(0).endswith("es")
                             and self.surname_holders(family.group(1) + "e", subj[0])):
                    speaker, stype = members, "person"  # "the Tranters said": James and Olivia Tranter (whom a list
                    # may have taken for one person, "Marshes"; "the Moores": a surname in -e, "Moore")
                elif stype in {"anonymous", "unknown", "unresolved"} and _PAIR.fullmatch(_clean_mention(mention)) \
                        and (pair := self.pair_before(
                            subj[0], kin=k.group().lower() if (k := _KIN_PAIR.search(mention)) else "")):
                    speaker, stype = pair, "person"  # "Martin Hartley ... and his sister, Catherine Hartley ... the
                    # siblings said": both of them
                elif stype in {"anonymous", "unknown", "organization"} \
                        and (plural := _BODY_PAIR.fullmatch(_clean_mention(mention))) \
                        and (pair := self.bodies_before(subj[0], plural.group(1).lower())):
                    speaker, stype = pair, "organization"  # "Kootenay Orchard Packers ... has been sold to Silverline
                    # Fresh Inc. ..., the two companies announced": both of them
                if stype == "unknown" and (desc := _THE_DESCRIPTION.fullmatch(_clean_mention(mention))) \
                        and not (head_ := desc.group(1).split()[-1].lower()).endswith("s") \
                        and head_ not in {"bench", "jury", "panel"} and head_ not in PLACE_HEADS \
                        and not any(self.lx.has(kind, head_) for kind in ("anonymous", "document", "media_head",
                                                                          "org_head")) \
                        and (named := self.named_with(desc.group(1), subj[0])):
                    speaker, stype = named, "person"  # "The RSIS fellow said" after "RSIS fellow Lim Shu Wen", "the
                    # cabinet member" after "cabinet member for communities, Cllr Ian Marsden,": the one person the
                    # text named with those words (not a place's kind: "the county" is no "County of Stettler regional
                    # fire chief Curtis Brandvold")
                if stype == "organization" and (first := self.body_joined_before(subj[0])):
                    speaker = first + JOINT + _BODY_THE.sub("", speaker)  # "Labour and the Liberal Democrats say"
                if stype == "anonymous" and (office := _PLACE_OWNED_OFFICE.fullmatch(mention)) \
                        and self.lx.has("country", office.group(1)) \
                        and any(self.lx.has(kind, w) for w in office.group(2).split() for kind in ("role", "title")) \
                        and (introduced := self.introduced_before(subj[0], _people_of(spoken))):
                    speaker, stype = introduced, "person"  # "Genevieve Lachance-Moore spent Tuesday morning ... / By
                    # the afternoon, Canada's consul general for the region was telling": the person the sentence
                    # before opens with, no one being named as holding the office
                if stype == "person" and last_person and speaker == last_person[0] and _THE_ROLE.fullmatch(mention) \
                        and not self.is_document(mention) and not self.lx.has("title", mention.split()[-1]) \
                        and getattr(holder_of(self.people, mention.split()[-1], subj[0]), "name", None) != speaker \
                        and (introduced := self.introduced_before(subj[0], _people_of(spoken))):
                    speaker = introduced  # "Ewan Duthie, 38, from Westhill, spoke to the Evening Express ... / The
                    # pipeline inspector said": the person just introduced, not the last speaker
                if stype == "person" and last_person and last_person[0] != speaker and at - last_person[1] <= 1 \
                        and " " not in mention and speaker not in _people_of(spoken) \
                        and JOINT not in last_person[0] and last_person[0] not in relatives \
                        and speaker.split()[-1] == mention == last_person[0].split()[-1] \
                        and not ((own := SAID_OWN_PRONOUN.match(self.text, subj[1]))
                                 and PRONOUN_GENDER[own.group(1).lower()]
                                 != self.gender_of(last_person[0])):
                    # "Lucille Gagnon said her father, Roland Gagnon, had complained ... / '...,' Gagnon said": of two
                    # people sharing a surname, the one speaking goes on, not the one she spoke of (unless what the
                    # surname said opens with a pronoun of another gender: "Pruden said he and his wife")
                    speaker = last_person[0]
                if stype in {"anonymous", "unknown"} and ((known := _KNOWN_ONLY_AFTER.match(self.text, subj[1]))
                                                          or (known := _CALLED_ONLY_AS.search(mention))) \
                        or stype != "person" and (known := _KNOWN_ONLY_AFTER.search(mention)):
                    speaker, stype = known.group(1), "person"  # "said one seller, who gave his name only as Joaquim";
                    # "A friend from church, whom she refers to only as Jean, suggested"; "a 26-year-old who asked to
                    # be identified only by her first name, Rereati, because she feared reprisals, said"
                elif stype in {"anonymous", "unknown"} and _ONE_PERSON.fullmatch(mention) \
                        and (modifier := _UNNAMED_MODIFIER.match(self.text, subj[1], cue[0]) if subj[1] < cue[0]
                             else _UNNAMED_MODIFIER.match(self.text, subj[1], span[0]) if subj[1] < span[0] else None):
                    # "One visiting coach from a Midlands university club, who asked not to be named, said": the coach
                    # as the article describes them (not when it was said: "told by a scheduler in early April")
                    words_ = modifier.group(1).split()
                    if words_[-1] in {"and", "then", "but"}:
                        # "a girl in a pink parka climbed into the chair and asked": the modifier ends at the verb the
                        # cue is joined to
                        words_ = words_[:next((i for i, w in enumerate(words_) if i > 1 and past_form(w)), 0)]
                    if words_ and not any(w in TIME_WORDS or w in MONTHS or w in {"time", "times"} or w.isdigit()
                                          for w in map(str.lower, words_)):
                        speaker = f"{speaker} {' '.join(words_)}"
                elif stype in {"anonymous", "unknown"} and _ONE_PERSON.fullmatch(mention) \
                        and (kept := _KEPT_BACK_AFTER.match(self.text, subj[1])):
                    speaker = f"{speaker} {kept.group(1)}"  # "A firefighter who worked out of the hall for 15
                    # years, and who asked not to be named ..., said": who the source is, before the request
                if stype in {"anonymous", "unknown"} and (described := self.described_person(subj[0], mention)):
                    speaker, stype = described, "person"  # "Canadian speed skater Mireille Sauvé ... The skater"
                elif stype in {"anonymous", "unknown"} and (the := _THE_HEAD.fullmatch(mention)) \
                        and described_as.get(the.group(1).lower()):
                    speaker, stype = described_as[the.group(1).lower()], "person"  # "An ... dairy farmer says"
                    # read as Gordon Kerr, then "The farmer testified"
                elif stype in {"anonymous", "unknown"} and _THE_OFFICIAL.fullmatch(mention) \
                        and not any(not self.in_quote(m.start()) for m in _AN_OFFICIAL.finditer(
                            self.text, self.paragraphs[max(0, at - 2)][0], subj[0])) \
                        and (holder := recent_office_holder(self.people, subj[0],
                                                            self.paragraphs[max(0, at - 2)][0])) is not None:
                    speaker, stype = holder.name, "person"  # '"...," the Lithuanian official said' after "the
                    # Minister of Social Security and Labour of the Republic of Lithuania, Giedrė Baranauskienė": the
                    # office holder just named, when no unnamed official was introduced in the last three paragraphs
                    # ("One official involved in the project ... said ... The official said")
                if (only_as := NAMED_ONLY_AS.match(self.text, subj[1])):
                    speaker, stype = only_as.group(1), "person"  # "One of those volunteers, who asked to be named
                    # only as Rob, said": the one name the source gave, whatever its description read as ("Sepanggar
                    # Timber's camp manager, who gave his name only as Mr Lim,")
                if mention.lower() == "others" and (group := _SOME_OF.match(self.text, self.sentence_of(subj[0])[0])) \
                        and group.end() <= subj[0]:
                    # "More than 20 states refused outright and others said": other states
                    speaker, stype = f"other {group.group(1)}", "anonymous"
                elif mention.lower() in PEOPLE_QUANTIFIERS | {"others"} and stype == "unresolved":
                    speaker, stype = mention.lower(), "anonymous"  # "Others said the outbreak had frightened them",
                    # "Some said they had cringed": unnamed people, not a pronoun to resolve
                elif stype != "person" and (outlet := outlet_named_before(self.text, speaker, subj[0])):
                    speaker, stype = outlet, "media"  # "the website urged" after "the AL.com website"
                elif stype in {"organization", "media", "unknown"} and BodyNames.may_expand(speaker, listed=True):
                    speaker = self.bodies.expand(speaker, subj[0])
                    # "The Committee for a Responsible Federal Budget, a watchdog, said": a source cut at "for" is
                    # the body's name written at the same place
                    speaker = next((name for start, name in self.bodies.names
                                    if start == subj[0] and name.startswith(_BODY_THE.sub("", speaker))
                                    and len(name) > len(speaker)), speaker)
                elif stype in {"organization", "unknown"} and (body := self.body_of_kind(speaker, subj[0])):
                    speaker, stype = body, "organization"
                elif stype in {"organization", "unknown"} and _OWNED_PARTY.fullmatch(speaker) \
                        and (body := self.bodies.sole_party()):
                    speaker, stype = body, "organization"  # "his party said", "Kabwe's party said": the one party
                    # the article names ("the Patriotic Renewal Movement")
                elif stype in {"organization", "unknown"} and (board := _BODYS_BOARD.fullmatch(speaker)) \
                        and (body := self.bodies.expand_head(board.group(1), subj[0])) != board.group(1):
                    speaker, stype = body, "organization"  # "the skating club's board wrote": the Rainy Lake Skating
                    # Club, the body its board speaks for
                elif stype in {"organization", "unknown"} and speaker[:4].lower() == "the " and speaker.count(" ") <= 2 \
                        and (body := self.bodies.expand_head(speaker, subj[0])) != speaker:
                    speaker, stype = body, "organization"  # "the committee", "the ethics panel": the Ethics Committee
                elif stype in {"organization", "unknown"} and _COMPANY_NOUN.fullmatch(speaker) \
                        and (body := self.company_before(subj[0], previous)):
                    speaker, stype = body, "organization"  # "Kessler Housewares Inc. will close ... The company said"
                elif stype == "person" and (" " not in speaker or self.company_named(speaker)) \
                        and BodyNames.may_expand(speaker) \
                        and (body := self.bodies.expand(speaker, subj[0], bodies_only=True)) != speaker:
                    # "Commerce said" after "the U.S. Commerce Department": a word of a body the article named,
                    # not a person called Commerce (no one in the article has that name); "Marula Ridge said" after
                    # "Marula Ridge Mining": the company
                    speaker, stype = body, "organization"
                if stype in {"unknown", "media"} and (doc := _THE_DOCUMENT.fullmatch(_clean_mention(mention))) \
                        and (maker := self.document_maker(doc.group(1).lower(), subj[0])):
                    speaker, stype = maker  # "A 96-page report prepared for the three towns by Halifax-based Kestner
                    # Policing Group ... the report found": its maker, named where the article introduced it
                elif stype in {"unknown", "media"} and previous and previous[3] in {"person", "organization"} \
                        and at - previous[0] <= 1 and not previous[1].startswith(("a ", "an ")) \
                        and (doc := _THE_PAPER.fullmatch(_clean_mention(mention))) \
                        and (doc.group(1) in _PAPERS_UNLISTED or self.lx.has("document", doc.group(1))) \
                        and re.search(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{doc.group(1)}\b", previous[2]):
                    speaker, stype = previous[1], previous[3]  # "According to a summary DMR area biologist Kara
                    # Thibodeau sent the town ..., ... the summary says": whose the row before says it is
                elif stype in {"unknown", "media"} and (doc := _INITIALS_PAPER.match(_clean_mention(mention))) \
                        and (body := self.bodies.expand(doc.group(1), subj[0], bodies_only=True)) != doc.group(1):
                    speaker, stype = body, "organization"  # "According to a DOH fact sheet sent home with students":
                    # the body whose initials the article gives (the Department of Health)
                elif stype in {"unknown", "media"} and (doc := _THE_SENT.fullmatch(_clean_mention(mention))) \
                        and (sender := self.sender_before(doc.group(1).lower(), subj[0])):
                    speaker, stype = sender  # "The Forest Service has already posted the lookout job ... The posting
                    # said": who the sentence before says sent it
                if stype in {"unknown", "media"} and (owned := _KIND_BODYS_PAGE.fullmatch(_clean_mention(mention))) \
                        and self.lx.has("org_head", owned.group(1)) \
                        and (body := self.described_body(owned.group(1).lower(), subj[0], sources)):
                    speaker, stype = body, "organization"  # "A notice on the hospital's website", "the club's
                    # online fundraising page": the body named before, whose page it is
                if stype in {"unknown", "anonymous"} and _ITS_SPONSOR.fullmatch(mention) \
                        and (sponsor := self.bill_sponsor(subj[1])):
                    speaker, stype = sponsor, "person"  # "a bill its sponsor said would ..." in a lead: the
                    # legislator the story then names
                if stype in {"organization", "unknown", "anonymous", "unresolved"} \
                        and (described := _DESCRIBED_BODY.fullmatch(speaker if stype != "unresolved" else mention)) \
                        and (body := self.body_of_field(described, subj[0])
                             or self.described_body(described.group(1).lower(), subj[0], sources,
                                                    self.body_spoke_last(previous, at, described))):
                    speaker, stype = body, "organization"  # "The group has called for ..." after "the parents' group
                    # Tsever Agaar": the last body of that kind named before (or a name of the field that just spoke,
                    # whatever it was read as: "Prairie Mountain Health said ... the health authority said")
                elif stype in {"organization", "unknown", "anonymous"} and _BARE_POLICE.fullmatch(mention) \
                        and (force := self.police_before(subj[0])):
                    speaker, stype = force, "organization"  # "Cochrane RCMP said ... / Police said": the force named
                if stype in {"unresolved", "unknown", "anonymous"} \
                        and (made := DOC_MADE_BY.match(_clean_mention(mention))) \
                        and made.group(2).lower() in {"it", "they"} \
                        and made.group(1).lower() in self.lx.lists["document"] | _RECORD_NOUNS | {"figures", "data"} \
                        and (body := self.body_subject(subj[0], self.paragraph_of(subj[0]), made.group(2).lower())) \
                        and body[1] == "organization":
                    speaker, stype = body[:2]  # "The health department ... According to figures it released Monday":
                    # the body the sentences before are about
                if stype == "person" and JOINT not in speaker and (couple := self.couple_opening(subj[0], speaker)):
                    speaker = couple  # "Steve and Julie Harnett, who run the card shop, said": both
                cue_text = self.text[cue[0]:cue[1]]
            elif kind == "partial" and (own := self.named_subject_of(span, previous_quote)) is not None:
                speaker, mention, stype, cue_text = own  # "Julianne Moore thanked him for "stepping up"": hers
            elif kind == "direct" and (own := self.named_subject_just_before(span, previous)) is not None:
                speaker, mention, stype, cue_text = own  # "Dianne Bystrom agreed. "Mainstream ..."": hers, not the
                # last speaker's
            elif (inherit := previous if kind == "direct" or previous and previous_quote
                  and previous_quote[0] < previous[0] == self.paragraph_of(span[0]) else previous_quote) and \
                    self.paragraph_of(span[0]) - inherit[0] <= 1 \
                    and not (kind == "partial" and (self.others_term(span) or _PASSIVE_LABEL.search(
                        self.text[max(0, span[0] - 45):span[0]].rstrip("\"“‘'")))):
                # (not a label given in the passive: "what has been described as a “political army”", a scare quote)
                # a follow-on quote takes the previous speaker; a cue-less fragment only a quote's speaker, or the
                # speaker of the report before it in its paragraph once a quote was before that ("Coan argues that his
                # client ... "The government is alleging ..." were provoking violence": Coan, not the last paragraph's
                # quoted expert)
                speaker, mention, stype, cue_text = inherit[1:]
            elif kind == "direct" and (own := self.named_subject_before(span)) is not None:
                speaker, mention, stype, cue_text = own  # "Trump took to Twitter ... / "Crooked Hillary ...""
            elif kind == "direct":
                speaker, mention, stype, cue_text = UNRESOLVED, "", "unresolved", ""
            else:
                continue  # a partial quote with no cue: a scare quote
            if not follow_on:
                if kind == "indirect" and other_gender.get(cue[0]) == "none":
                    speaker, stype = UNRESOLVED, "unresolved"  # ("She said he told her ...": someone unnamed)
                elif cue[0] in nested and nested[cue[0]] in spoken \
                        and not (kind == "indirect" and cue[0] in other_gender):
                    speaker, stype = spoken[nested[cue[0]]]
                spoken[cue[0]] = (speaker, stype)
            if stype == "person" and speaker.lower() in self.lx.lists["country"]:
                stype = "organization"  # "Guyana accused Suriname of ...": a state, not a person called Guyana
            out.append((kind, span, speaker, mention, stype, cue_text))
            if not follow_on and stype == "person" and " " in speaker and JOINT not in speaker \
                    and (head := _description_head(mention)):
                # "An Elizabethtown-Kitley Township dairy farmer says" read as Gordon Kerr: "The farmer testified"
                # later is him too
                if not self.lx.has("anonymous", head) and head not in _ANYONE_NOUNS:
                    described_as[head] = speaker if described_as.get(head, speaker) == speaker else None
                # (not a noun for anyone unnamed, "the official", "the man": many people, whom the text keeps apart)
            elif not follow_on and stype in {"anonymous", "unknown"} \
                    and (head := _description_head(mention)) in described_as:
                described_as[head] = None  # ("A former bishop" read as Peter Hallam, then "One
                # serving bishop": "the bishop" is no longer him)
            if not follow_on and (stype in {"person", "organization"} or stype == "unknown" and speaker[:1].isupper()
                                  and all(w[:1].isupper() for w in speaker.split()[-1:])
                                  or stype in {"anonymous", "unknown"}
                                  and (_ONE_UNNAMED.match(mention) or self.spoke_in_document(cue)
                                       and not previous_span[0] <= subj[0] < previous_span[1])):
                sources.append((cue, speaker, stype))  # (and a name no list types: "In a statement, Westbridge City
                # said ... the statement added"; one unnamed person: "A lawyer representing him said in written
                # submissions ... The submission said"; unnamed people of one kind: "In a report to councillors,
                # planning officers said ... The report added")
            if not follow_on and subj[0] == subj[1]:
                continue  # a question with no asker named ("... said when asked about X"): no one to follow on from
            # a source inside the last report ("One Labour councillor ... told the Daily Echo that several members of
            # the group had privately urged ...") is not who the next cue goes on from: the reporter is
            inner = stype != "person" and subj is not None and previous_span[0] <= subj[0] < previous_span[1]
            if not inner:
                previous_at, previous_span = anchor, span
            if stype in {"anonymous", "unknown"} and (_ONE_UNNAMED.match(mention) or _UNNAMED_GROUP.match(mention)
                                                      or UNNAMED_KIN.fullmatch(mention.partition(",")[0])):
                unnamed_sources.append((paragraph, speaker, stype, mention))
            if stype in {"anonymous", "unknown"} and mention.lower() in {"he", "she"}:
                called[speaker] = mention.lower()
            if previous and speaker == previous[1] and stype != "person" and mention.lower() in {"he", "she"}:
                mention = previous[2]  # (the unnamed source "he" stood for goes on: "A welder at the plant")
            if not inner:
                previous = (paragraph, speaker, mention, stype, cue_text)
            if kind != "indirect" and not inner:
                previous_quote = previous
            reporter = follow_on or not (reported_in[0] < subj[1] <= reported_in[1] or POSSESSIVE_END.search(mention))
            if stype == "person" and reporter:
                # (not a source inside the last report, "Mr Howard denied Mr Yeo ... said ...", nor an owner, "he hit
                # back at Mr Mallon's claim that ...": a later "he" is still the one who reports)
                last_person = (speaker, paragraph, span[1] if follow_on else max(span[1], subj[1]), span[0])
                reported_in = (0, 0) if follow_on else span
                if KIN_OPENING.match(mention):
                    relatives.add(speaker)  # ("said her mother, Kerri Ferris": the surname alone stays the
                    # daughter's the story is about)
        if bodies_by_it:
            out = [row[:4] + ("organization",) + row[5:] if row[2] in bodies_by_it and row[4] == "person" else row
                   for row in out]  # ("Severn Trent said": a body, not a person, in every row)
        out = self.documents_to_owner(self.documents_to_maker(self.makers_named_before(
            out + self.subhead_rows(subheads, out))))
        if "petition" in self.text:
            out = self.petitions_to_organiser(out)
        if "caption" in self.text or any(_MESSAGE.fullmatch(row[3]) for row in out):
            out = self.messages_to_sender(out)
        out = self.jointly_signed(out)
        full = self.full_body_names({row[2] for row in out if row[4] in {"organization", "unknown", "person"}})
        full.update(self.defined_acronyms({row[2] for row in out if row[4] in {"organization", "unknown"}
                                           or row[4] == "person" and " " not in row[2]}))
        full.update({sp: name for sp, name in self.initialisms({row[2] for row in out if row[4] == "organization"})
                     .items() if sp not in full})
        full.update({sp: name for sp, name in self.field_short_forms(
            {row[2] for row in out if row[4] in {"organization", "unknown"}} - set(full)).items()})
        if full:
            out = [row[:2] + (full[row[2]], row[3], "organization") + row[5:] if row[2] in full else row for row in out]
        out = [self.trimmed_source(row) for row in out]
        out = self.inverse_kin(self.country_through_official(self.introduced_after(self.kind_named_elsewhere(out))))
        out = self.opened_next_paragraph(self.identified_after(self.counsel_named_next(out)))
        out = self.named_in_apposition_before(self.court_of_judges(self.said_again_later(out)))
        out = [piece for row in out for piece in self.by_paragraph(row)]
        # one row per (content, cue): the same clause found twice is kept once
        seen, rows = set(), []
        for row in sorted(out, key=lambda r: (r[1][0], r[1][1], r[0], r[5])):
            key = (row[1], row[5])
            if key not in seen:
                seen.add(key)
                rows.append(row)
        return rows
