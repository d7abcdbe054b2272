"""Quotations: the cue and source of each quotation (right after its closing mark, right before its opening mark,
at the end of the previous paragraph, or in the sentence of a partial quote), whether it is direct or partial, and
which quoted phrases are names rather than speech (scare quotes)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from ..units import count_words, STOP_WORDS
from .clauses import (adjective_after_preposition, Clauses, CONTRACTED_PRONOUN, DASHES, END_OR_COMMA, END_PUNCT,
                      goes_on_to, IRREGULAR_PAST, FINITE_VERBS, is_aux, is_noun_context, noun_cue_form, NUMBER_WORDS,
                      participle_modifier, PREP_OR_CLAUSE, relative_after_bare, state_as_noun, WEB_ADDRESS)
from .lexicon import (according_source_length, BE_FORMS, CLAUSE_WORDS, CLOSING_MARKS, DETERMINERS, PREPOSITIONS,
                      PRONOUNS, TIME_WORDS, TOKEN_END, TOKEN_START)
from .marks import mark_width, QuoteSpan
from .speakers import PERSON_NOUN


#: Words between a statement and the participle that says what it called something: "a statement earlier calling".
_AFTER_STATEMENT = frozenset({"earlier", "later", "today", "yesterday", "tonight", "overnight"})
#: Verbs of causing someone to speak, before the infinitive: "was prompted to say", "prompted X to say".
_CAUSED = frozenset("prompted moved forced pushed pressed spurred led inspired compelled".split())

#: A paragraph that is only a dash and a name, maybe a comma and a date or role after it: "- Bernie Sanders."
_DASH_LINE = re.compile(r"\s*(?P<dash>[-–—―])\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
                        r"(?:,[^\n]{0,60})?\.?\s*")
#: Whom or where an unnamed source speaks for, after its noun: "(A spokesman) for Scottish Land & Estates".
_FOR_WHOM = re.compile(r"\s+(?:for|at|with|of)\s")
#: A short phrase of where an unnamed source works, up to its verb: " at the council (was)".
_PLACE_AFTER = re.compile(r"\s+(?:for|at|with|of|in)\s+(?:(?:the|a|an)\s+)?(?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+"
                          r"(?=\s+(?:was|is|were|are|has|had|have)\b)")
#: One unnamed source: "A crew supervisor", "An executive".
_ONE_SOURCE = re.compile(r"(?:An?|One)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\b")
_QUOTED_WORD = re.compile(r"[@#]?[^\W_][\w'’.-]*")


#: Forms of "be" before a participle: a passive.
#: Words joining a title's parts: "president and CEO", "secretary of state".
_TITLE_LINKS = frozenset({"of", "and", "for", "&"})
#: Verbs before "to" that make a cue habitual, still the subject's words: "His father used to say the river ...".
_HABITUAL = frozenset("used likes liked loves loved".split())


def _may_hold(window: str, words: tuple) -> bool:
    """Whether a case-blind pattern each of whose matches holds one of ``words`` (lower case) may match in ``window``:
    false when the window holds none of them, so the search, which tries every branch of the pattern at every offset,
    is spared. ``re.I`` also takes "ı" and "İ" for "i" and "ſ" for "s", where ``str.lower`` keeps them apart: a window
    with one of those is searched whatever its words."""
    low = window.lower()
    for w in words:  # (a loop: called for every quotation, it is cheaper than any() over a generator)
        if w in low:
            return True
    return not window.isascii() and any(c in window for c in "ıİſ")




def is_name_of_a_work(quoted: str, longest: int = 7) -> bool:
    """A short quoted phrase in title case or a handle: the name of a show, a slogan, a nickname (``Morning Joe``,
    ``Contract with America``, ``Miss Piggy``, ``@realDonaldTrump``), not somebody's words; ``longest`` words at
    most."""
    words_ = _QUOTED_WORD.findall(quoted)
    if len(words_) == 1 and quoted.strip()[:1] in "@#":
        return True
    if quoted.rstrip()[-1:] in {"!", "?"} or any(w[:1].islower() and w not in _TITLE_MINOR for w in words_):
        return False  # "Disgraceful!", "is not Christian", "the U.S. as well as Mexico": words, not a title
    if words_[:1] in (["a"], ["an"]):
        return False  # "a Band-Aid": a common noun (a title opens with a capital; a nickname with "the")
    content = [w for w in words_ if w.lower() not in STOP_WORDS and not w.isdigit()]  # "60 Minutes", "Apollo 13"
    return 0 < len(words_) <= longest and bool(content) and all(w[:1].isupper() for w in content) \
        and not all(w.isupper() for w in content)


#: Where a quotation opens a sentence: a paragraph's start or a sentence end before it.
_OPENS_SENTENCE = re.compile(r"(?:^|\n|[.!?][\"”’']?\s+)$")
#: What a work is, set off after its title: "a three-metre bowl ...", "Vandevelde’s first full-length script",
#: "which Fadden self-published", "directed by Nadia Popoff".
_DESCRIBED_AFTER = re.compile(r"\s*(?:(?:a|an|the)\s+[\w-]+|which\b|directed\b|written\b|produced\b"
                              r"|[A-Z][\w'’-]*['’]s\s+[a-z])[^,.;!?]*")
#: The words a title in title case keeps in lower case: articles, conjunctions, short prepositions.
_TITLE_MINOR = frozenset("a an the and but or nor for so yet at by in of on to up with as from into via per vs v".split())


#: Finite auxiliaries: after a word in -s they make it a plural noun ("remarks have made clear").
_AUX_AFTER_NOUN = frozenset("have had are were will would".split())
#: What joins the quoted fragments of a list: ``, ``, ``and``, ``or``, an article, ``who is``.
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or|nor|who is|who was|and then|but|but also)\s+)?(?:(?:a|an)\s+)?", re.I)
#: A noun of a work, or a verb naming one, right before a quotation: its title follows.
_WORK_BEFORE = re.compile(r"\b(?:book|books|memoir|novel|biography|autobiography|film|movie|documentary|show|series|"
                          r"album|song|play|musical|poem|essay|report|study|strategy|reads|titled|entitled|headlined"
                          r"|guidebook|exhibition|podcast|opera|hymn|anthem|author\s+of|co-author\s+of|editor\s+of"
                          r"|blog|newsletter|column|yacht|ship|vessel|trawler)"
                          r"(?:\s+by\s+(?:the|his|her|its|their)\s+[\w-]+)?"
                          r"\s*,?\s*$", re.I)  # ("the glossy 2023 progress report, "Restoring Centre Block: ...,"";
# "A 2024 study by her faculty, “Fish Stocks of Lake Skadar: Trends and Pressures”,"; a blog's, a boat's name: "their
# travel blog, "Two Germans on 66,"", "the 36ft yacht ‘Seren y Môr’")
#: Words one of which every match of :data:`_WORK_BEFORE` holds (for :func:`_may_hold`).
_WORK_WORDS = ("book", "memoir", "novel", "biography", "film", "movie", "documentary", "show", "series", "album",
               "song", "play", "musical", "poem", "essay", "report", "study", "strategy", "reads", "titled",
               "headlined", "exhibition", "podcast", "opera", "hymn", "anthem", "author", "editor", "blog",
               "newsletter", "column", "yacht", "ship", "vessel", "trawler")
#: What a list of headlines follows: "stories with headlines such as".
_HEADLINES_SUCH_AS = re.compile(r"\bheadlines?\s+(?:such\s+as|like|including|reading)\s+", re.I)
#: A title in another language: a capitalised first word, then at most five words, no English function word that a
#: sentence of someone's words would hold.
_FOREIGN_TITLE = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?!(?:I|you|we|is|are|was|were|will|have|has|it|they|to|the|and)\b)"
                            r"[\w'’-]+){0,5}")
#: People who give a place or a thing a name of their own, before "call": "a ridge hunters call "the Backbone"".
_NAMERS = ("locals|residents|hunters|fishermen|villagers|colleagues|teammates|staff|children|kids|players|fans"
           "|workers|people|regulars|neighbours|neighbors|friends|students|miners|farmers|sailors|divers|climbers")
#: A slogan's noun (and its verb), "so-called", or a sign and "read", right before a quotation.
_SLOGAN_BEFORE = re.compile(r"\b(?:(?:slogan|motto|tagline|catchphrase|hashtag)\s*(?:[,–—-]|\s(?:was|is|reads|read)"
                            r":?)?|so-called|(?:sign|signs|banner|banners|placard|placards|poster|posters|billboard"
                            r"|billboards|T-shirts?|t-shirts?|shirts?|hats?|caps|fliers?|flyers?|scoreboard|stickers?"
                            r"|buttons|mugs?)(?:,\s*|\s+)(?:that\s+|which\s+)?(?:still\s+)?"
                            r"(?:read|reads|reading|said|saying)\s*:?"
                            r"|nicknamed(?:\s+(?:him|her|them|it|me|us))?(?:\s+(?:the|a|an))?"
                            r"|(?:bearing|carrying)\s+the\s+words"
                            r"|(?:known|remembered)(?:\s+[\w-]+){0,7}\s+as(?:\s+(?:the|a|an))?"
                            r"|nickname(?:\s+[\w'’-]+){0,5}\s+(?:is|was)"
                            r"|(?:often|commonly|widely|sometimes)\s+(?:labell?ed|called|referred\s+to\s+as)"
                            r"(?:\s+(?:the|a|an))?"
                            r"|(?:,|\b(?:is|are|was|were|been|being))\s+(?:often|commonly|widely|sometimes|once"
                            r"|popularly)\s+(?:called|dubbed|described\s+as)(?:\s+(?:the|a|an))?"  # (a participle or a
                            # passive: "The hills, often described as the"; not "which Reid once called", a person's
                            # words)
                            r"|under\s+the\s+(?:title|name|banner)|brand\s+name|(?:user|screen)\s?name"
                            r"|marketed\s+(?:itself|himself|herself|themselves)\s+as(?:\s+(?:the|a|an))?"
                            r"|referred\s+to(?:\s+(?:in|by|within|on|at|locally|internally)(?:\s+[\w'’-]+){0,3})?"
                            r"\s+as(?:\s+(?:the|a|an))?"  # (passive: "findings, referred to in court filings as the
                            # "Lund report,""; but "Bush referred to Rubio as "a bright, charismatic leader"" speaks)
                            r"|(?:sign|signs|banner|banners|placard|placards|notice|plaque|inscription)\s*:"
                            r"|spray-painted|scrawled|stencill?ed|emblazoned\s+with"
                            r"|took\s+to\s+calling\s+(?:it|them|him|her)"
                            rf"|\b(?:{_NAMERS})(?:\s+[\w'’-]+){{0,4}}?\s+call"
                            r"|\s(?:often|usually|commonly|still|affectionately)\s+call"
                            r"(?:\s+(?:it|them|him|her|(?:(?:the|their|its)\s+)?[a-z]+(?:\s+[a-z]+)?))?)\s*$", re.I)
#: Words one of which every match of :data:`_SLOGAN_BEFORE` holds (for :func:`_may_hold`): a slogan's noun, verbs of
#: naming ("call", "name", "known", "label", ...) and of writing, "read", "words", "under (the banner)"; or else a
#: sign's noun and "said", "saying" or a colon (" signs saying", "placard:"), which alone are too common to tell.
_SLOGAN_WORDS = ("slogan", "motto", "tagline", "catchphrase", "hashtag", "call", "read", "name", "words", "known",
                 "remembered", "label", "referred", "dubbed", "described", "under", "marketed", "painted", "scrawled",
                 "stencil", "emblazoned")
_SIGN_NOUNS = ("sign", "banner", "placard", "poster", "billboard", "shirt", "hat", "caps", "flier", "flyer",
               "scoreboard", "sticker", "buttons", "mug", "notice", "plaque", "inscription")
_SIGN_SAYING = ("said", "saying", ":")
#: A sign, a motto or a slogan in the sentence before a colon that opens the quotation, no sentence break or
#: quotation between: "banners carry the network’s motto:", "One placard summed up the mood:", "the signs along the
#: shore have carried the same two words:" (but "to say the same three words:"), "one can read:".
_SIGN_COLON = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|its|his|her|their|our|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}"
                         r"(?:sign|signs|banner|banners|placard|placards|motto|slogan|tagline|poster|posters|graffiti)"
                         r"\b[^.!?\"“”\n]{0,120}|\bcan\s+read"
                         r"|\b(?:carried|carry|carries|bore|bear|bears)\s+(?:the\s+)?(?:same\s+)?(?:two|three|four|five)"
                         r"\s+words)\s*:\s*$")  # (a sign as a noun, after a determiner: not "refused to sign the deal")
#: Prepositions after which a cue's base or -s form is a noun ("without charge", "on charges"; not "to", which
#: makes an infinitive).
_NOUN_AFTER = frozenset({"without", "on", "with", "under", "upon", "against", "despite", "amid"})
#: Reporting verbs that name what a sign or a banner does, not speech: "A sign ... read", "banners proclaiming", "A
#: new sign at the slipway now warns:".
_SIGN_VERBS = frozenset({"read", "post", "call", "describe", "proclaim", "warn"})
#: A sign and the words between it and "read": "A sign taped to the skywalk doors last week read"; or a colon:
#: "taped a handwritten sign to the jerky shelf:".
_SIGN_READ_BEFORE = re.compile(r"\b(?:sign|signs|banner|banners|placard|placards|poster|posters|graffiti|notice"
                               r"|plaque|inscription|boards?)"
                               r"(?:\s+[\w'’-]+){1,10},?\s+(?:read|reads|reading)\s*:?\s*$"
                               # or a sign put up and where, then a colon: "a handwritten sign to the jerky shelf:"
                               # (a noun after a determiner: not "refused to sign the deal:")
                               r"|\b(?:a|an|the|its|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}"
                               r"(?:sign|signs|banner|banners|placard|placards|poster|posters|plaque)"
                               r"(?:\s+(?:to|on|at|in|outside|above|over|by|near|beside|behind|across|along|from|under"
                               r"|taped|posted|hung|put|propped|pinned|held|nailed|stuck)\b(?:\s+[\w'’-]+){0,7})?"
                               r"\s*:\s*$", re.I)
#: "The words" before a quotation, and what was done to them after it: 'The words "Finish the rep" are painted'.
_THE_WORDS = re.compile(r"\b[Tt]he\s+words\s*$")
_PAINTED = re.compile(r"\s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:painted|written|etched|carved|printed|stencill?ed"
                      r"|inscribed|emblazoned)\b")
#: What joins two signs' words: '"A" (a gloss) and "B"'.
_SLOGAN_AND = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*,?\s*(?:and|or)\s+")
#: What words were written in, right after a quotation: '(scrawled "FREE KESS") in the frost', 'in black marker'.
_WRITTEN_IN = re.compile(r"\s+in\s+(?:[\w-]+\s+){0,2}(?:marker|chalk|paint|spray\s+paint|frost|crayon|lipstick|ink)\b")
#: A thing named right before a quotation: "a column called "Cartas da Terra"", "a plan dubbed "Project Fear"", "a
#: premium for items labeled "Made in the U.S.A.,"" (a plural after a preposition); not "a successor would be named "in
#: due course"".
_THING_CALLED = re.compile(r"\b(?:(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}"
                           r"|(?:for|of|with|on)\s+(?=[a-z]+s\s))"
                           r"(?!(?:be|been|being|is|was|were|are|has|have|had|would|will|could|should)\b)"
                           r"(?P<noun>[a-z]+),?\s+"
                           r"(?:called|named|dubbed|label(?:l)?ed)\s*$")
#: A title's participle or a line right before a quotation: a name when it is no sentence ("headed "The empty desk
#: problem"", "the line "Retire? I can't afford to die""; but "entitled "X's ideas are not too bold."" quotes a text).
_TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|headed|headlined|(?:the|a)\s+line)\s*$", re.I)
_SUBHEAD_WORDS = 8  # a section heading quoting its section: 'A fight from start to finish.'
_TERM_WORDS = 2  # a quoted term is one or two words ("carried interest" loophole, the "sex tape" reference)
#: A noun for a name, label or chant after a quotation of up to four words: 'the "king of debt" moniker',
#: '"establishment" as a label', '"BERNIE!" chants'.
_LABEL_WORDS = 4
#: "or" opening a gloss set off by a dash, a bracket or a comma, and what closes it: "as leader – or “captain” – from".
_GLOSS_OPENS = re.compile(r"[-–—(,]\s*or\s+$")
_GLOSS_CLOSES = re.compile(r"\s*[-–—),]")
_ARTICLE_FIRST = re.compile(r"(?:[Aa]n?|[Tt]he)\s")
_LABEL_AFTER = re.compile(r"\s*(?:as\s+an?\s+)?(?:moniker|nickname|label|epithet|tag|tagline|catchphrase|slur|chant"
                          r"|buzzword)s?\b")
#: What a speaker does in a sentence of its own before their quotation ("He laughed. "Sleep."").
_BEATS = frozenset("laughed smiled shrugged sighed paused nodded grinned chuckled winced laughs smiles shrugs sighs "
                   "pauses nods grins".split())
#: Verbs that cue a quotation with ``back`` after them (a retort), and ``put`` of ``as X put it``.
_RETORT = frozenset("shot fired hit shoots fires hits snapped snaps".split())
_PUT = frozenset("put puts".split())
#: ``X issued the following statement:``: a verb of putting out a statement, and the statement's nouns.
_ISSUED = frozenset("issued issues released releases posted posts sent sends gave gives out".split())
_STATEMENTS = frozenset("statement statements message response tweet comment remarks".split())
#: Manners of speaking a copula gives a speaker before a colon and a quotation: "His daughter was blunter: '...'".
_MANNERS = frozenset("blunt frank sharp harsh terse plain clear firm candid direct forthright emphatic scathing "
                     "unequivocal defiant succinct philosophical critical cautious upbeat dismissive withering "
                     "unapologetic adamant sure convinced optimistic pessimistic hopeful confident skeptical sceptical "
                     "enthusiastic worried".split())  # ("His wife, Tasha Whitfield, ..., was less sure: '...'")
#: Manners that describe what was said, not how someone spoke: a saying noun must be the subject ("The report's
#: conclusion was stark:", not "The mood in Carmarthen was bleak:").
_SAID_MANNERS = frozenset("stark damning bleak uncompromising".split())
_COPULAS = frozenset("was is were are".split())
_SAID = frozenset("said told".split())
#: Words for some of the people or things named before: '"...," read one', '"...," said others'.
_SOME_OF_THEM = frozenset("one another others some many several both".split())
#: Lemmas of verbs that report words only, never an object noun phrase after a quotation ('"...," says a resident').
_SAY_VERBS = frozenset("say tell add ask reply write explain".split())
#: Words that open a clause inside a sentence, before its subject: "..., where X, who ..., accused".
_CLAUSE_OPENERS = frozenset("where when while whereas as after before".split())
_OWNER_PRONOUNS = frozenset("his her their".split())
#: Past forms with no -ed, of verbs that open a quotation after a colon: "X had a message for Y:", "X struck a note:".
_IRREGULAR_PAST = IRREGULAR_PAST | {"had", "struck", "spoke"}
#: A subject pronoun after "as": a time clause ("described one resident as she surveyed"), not a description.
_AS_WHILE = re.compile(r"(?:he|she|they|we|I|it)\s+[a-z]")
#: Verbs of showing or quoting another's text, and what is shown: the words before the colon are not the subject's.
_SHOWN = frozenset("""quoted quotes cited cites recited recites read reads displayed displays held holds showed shows
shared shares carried carries bore bears wore wears waved waves posted posts""".split())
_SHOWN_THINGS = frozenset("""sign signs banner banners placard placards slogan slogans poster posters t-shirt shirt
letter note inscription headline caption verse passage line lines""".split())
#: What someone says, owned: "His message ... was blunt:".
_SAID_NOUNS = _STATEMENTS | frozenset("verdict reply answer advice assessment warning view take words reaction tone "
                                      "language point argument conclusion summary".split())
_PROGRESSIVE_BE = frozenset("is was are were".split())
#: Words that make the verb form after them a noun before a colon: "one last note:", "a final word:".
_BEFORE_A_NOUN = frozenset("last final first parting closing brief short".split())
_ACCORDING = re.compile(r"\b(according to)\s+", re.I)
#: The sentence right after a quotation that names its speaker: "That was how Farah Qureshi, the NDP's critic, put it"
#: ("That is how X describes ...", "That's how X sums it up"): the name, maybe an aside, then the verb.
_HOW_PUT = re.compile(r"\s*(?:(?:For|In|After|Every|Each)\s[^,.\n]{1,40},\s+(?:that|this)|That|This)"
                      r"(?:'s|’s|\s+is|\s+was)\s+how\s+"
                      r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
                      r"(?:,[^,;:\n]{1,120}?(?:,[^,;:\n]{1,80}?)?,)?\s+(?:has\s+|had\s+|always\s+)*"  # (an aside: ",
                      # president of X Co.,"; "For 52 years, that is how X has opened ...")
                      r"(?P<cue>put|puts|describes|described|sums|summed|explains|explained|sees|saw"
                      r"|(?<=has\s)(?:opened|greeted|begun|ended|closed)"
                      r"|(?<=always\s)(?:opens|opened|greets|greeted|begins|began|ends|ended|closes|closed))\b")
# (a habit's verb only with "has" or "always": "that is how X has opened ...", not "That is how Winnipeg ended its
# season")
#: The same sentence naming the speaker as the owner of a verdict: "That is the verdict of Dr Helen Marsh, a former
#: Army medical officer", "Those were the words of X".
_VERDICT_OF = re.compile(r"\s*(?:That|This|Those|These)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+"
                         r"(?P<cue>verdict|view|assessment|message|warning|advice|conclusion|words|plea)\s+(?:of|from)\s+"
                         r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)")
#: The same sentence naming the speaker alone: "That was Representative Ned Carraway of Texas, who ...", "That's
#: Linda Pereira talking." (a name of two to five words, then "of", an aside or "talking").
_THAT_WAS = re.compile(r"\s*(?:That|This)(?P<copula>['’]s|\s+is|\s+was)\s+"
                       r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)"
                       r"(?:\s+(?P<cue>talking|speaking)\b|(?=\s+of\s+[A-Z]|,\s+(?:who|a|an|the)\s))")
#: The next sentence giving the words' source: "The remark, from veteran backbencher Derek Asquith, drew laughter",
#: "The comment came from Jane Doe", "That assessment came from Mariela Góndola".
_REMARK_FROM = re.compile(r"\s*(?:The|That|This|His|Her)\s+(?P<cue>remark|comment|quip|jibe|line|warning|words"
                          r"|assessment|verdict|view|prediction|criticism|observation|complaint|admission|plea),?\s+"
                          r"(?:came\s+)?from\s+(?:[a-z][\w-]*\s+){0,3}"
                          r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)")
#: The inverted cue opening the next sentence: "So says Margaret Ellery, 81, who gave evidence".
_SO_SAYS = re.compile(r"\s*So\s+(?P<cue>says|said)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)")
#: The next sentence naming an unnamed speaker: "She gave her name only as Dayana, 27, from Guayaquil".
_GAVE_NAME_AS = re.compile(r"\s*(?:She|He)\s+(?P<cue>gave|gives)\s+(?:her|his)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
                           r"(?P<name>[A-Z][\w'’-]+)")
#: The next sentence giving the words' speaker in the passive: "It was spoken by Jocelyne Bergeron-Tait, the ...".
_SPOKEN_BY = re.compile(r"\s*(?:It|That|This|The\s+(?:remark|comment|line|sentence|words|email|letter|message|note))"
                        r"\s+(?:was|were)\s+(?P<cue>spoken|said|uttered|delivered|signed|written)\s+by\s+"
                        r"(?:(?:the|its|his|her|their)\s+[^,.\n]{1,60},\s+)?"  # ("by the regatta's honorary secretary, ")
                        r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)")
#: The sentence after the next naming the source of the words: "The words drew the loudest applause of the night.
#: They came from Pete Ambrose, a retired tugboat captain".
_THEY_CAME_FROM = re.compile(r"\s*(?:The|Those|These|Her|His)\s+(?:words|remarks?|comments?|lines?)\b"
                             r"[^.!?\n]{0,120}[.!?]\s+(?:They|It)\s+(?P<cue>came)\s+from\s+(?:[a-z][\w-]*\s+){0,3}"
                             r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)")
#: The next sentence giving the words' source with "it": "It came from Rhonda Vossberg, who chairs ...".
_IT_CAME_FROM = re.compile(r"\s*(?:It|They)\s+(?P<cue>came)\s+from\s+"
                           r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]*)(?=\s*[,.]|\s+of\s)")
# (in a paragraph of its own, or after a quotation introduced by a colon: "... came down to five words: "..." / It
# came from X, who chairs"; not '"There was a loud bang." It came from Hartley Chemicals', where the bang came from)
#: The next sentence naming the speaker of "this": "Ruth Kilbride says this with a laugh, sitting in the stalls".
_SAYS_THIS = re.compile(r"\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?P<cue>says|said)\s+(?:this|it)"
                        r"(?=\s*[,.]|\s+(?:with|quietly|softly|flatly|now|again|without)\b)")  # (not "said that while")
#: A quotation that ends a sentence, then the next sentence's capital: ``no." Asked``.
_QUOTED_END = re.compile(r"[.?!][”\"’']\s+(?=[A-Z])")
_END_OR_COLON = END_PUNCT | {":"}
_CLAUSE_OR_COPULA = CLAUSE_WORDS | {"is", "was", "are", "were"}
#: "a" opening a plural subject, which takes a verb's bare form: "a few residents say", "a number of them say".
_PLURAL_A = re.compile(r"an?\s+(?:\w+\s+)?(?:few|couple|number|lot|handful|majority|minority|dozen|group|pair)\b"
                       r"|.*\bof\b", re.I)
_NOT_NOUN = CLAUSE_WORDS | PREPOSITIONS | DETERMINERS | PRONOUNS \
    | {"to", "is", "was", "are", "were", "has", "have", "had", "will", "would"}
#: Before a verb form, these make it a noun ("his comments", "the report"); not quantifiers, which precede verbs
#: ("some said", "many claimed").


#: How someone answered, ending the paragraph before a quotation of its own: "(Mrs Castleton) did not hesitate.".
_MANNER_ENDS = re.compile(r"\s(?:(?:did\s+not|didn['’]t)\s+hesitate|was\s+(?:blunt|blunter|brief|emphatic|unequivocal"
                          r"|unapologetic|defiant|succinct)|put\s+it\s+(?:more\s+)?(?:simply|bluntly|plainly)"
                          r"|did\s+not\s+mince\s+(?:his|her|their|its)\s+words)\.$")
#: Nouns for what was said that end a clause before its quotation: "... with a short message:".
_MESSAGE_NOUNS = frozenset("message caption reply response".split())
#: A relative clause's word inside a subject's aside: "The suit, which names ...".
_RELATIVE_WORD = re.compile(r"\b(?:which|who|whom|whose|that)\b")
#: A preposition between a subject and a name after it: "Family and friends (of) Jake Moore".
_PREPOSITION_WORD = re.compile(r"\b(?:of|to|for|at|by|from|with|about)\b")


#: Words that open a clause with its subject: "Ivey said, “the timing is a little curious ...”" (not "her", an
#: object as often).
_SUBJECT_OPENERS = DETERMINERS - {"her"} | PRONOUNS | {"there"}


def whole_clause(content: str) -> bool:
    """A quotation in lower case that is still a whole sentence, not a fragment: five words or more, opened by a
    determiner or a subject pronoun (or its contraction), with a finite verb, ended by its own point inside the
    marks (``the timing is a little curious but ... to disbelieve them.``; not ``is deeply ashamed ...`` nor
    ``we've long anticipated.``)."""
    words = content.split()
    if len(words) < 5 or content[-1:] not in {".", "!", "?"}:
        return False
    first = words[0].lower()
    contracted = CONTRACTED_PRONOUN.match(words[0]) is not None or first in {"there's", "there’s", "that's", "that’s"}
    return contracted or first in _SUBJECT_OPENERS and any(
        w.lower().strip(",.;:!?") in FINITE_VERBS or "n't" in w or "n’t" in w for w in words[1:])


class QuoteCues(Clauses):
    """Cue rules of quotations."""

    def quote_list_end(self, idx: int) -> int:
        """Index of the last quotation of a list that starts at quotation ``idx``: quoted fragments joined only
        by commas, ``and``/``or``/``but``/``and then``, articles or ``who is`` in one sentence (``called him a
        "liar," a "bully" and "sick."``) are one attribution; ``idx`` itself when no other quotation follows that
        way."""
        last = idx
        while last + 1 < len(self.quotes):
            q, nxt = self.quotes[last], self.quotes[last + 1]
            if not q.closed or nxt.paragraph != q.last_paragraph:
                break
            gap = self.text[q.close_at + mark_width(self.text, q.close_at):nxt.open_at]
            inner_end = self.text[q.end - 1:q.end]
            if not _LIST_GAP.fullmatch(gap) or inner_end in {".", "!", "?", ""} \
                    or not (gap.strip() or inner_end == ","):
                break
            last += 1
        return last

    def is_work_title(self, q: QuoteSpan) -> bool:
        """A quotation in title case right after a noun of a work and its comma (``in his 2012 book, "An American
        Son."``, ``her memoir, "Tough Choices."``, ``a series titled "Quick Question"``): its name, not speech,
        whatever its punctuation."""
        before = self.text[max(0, q.open_at - 40):q.open_at]
        if self.text[q.end - 1:q.end] == "," and q.closed and _OPENS_SENTENCE.search(before) \
                and is_name_of_a_work(self.text[q.start:q.end].rstrip(" ,"), longest=12) \
                and _DESCRIBED_AFTER.match(self.text, after := q.close_at + mark_width(self.text, q.close_at)) \
                and not self.speech_in(self.text[after:after + 300].split(".")[0]):
            return True  # "“Undertow,” a three-metre bowl of weathered steel by Naramata artist Maren Solberg, was
            # installed", "“Priming Season,” Vandevelde’s first full-length script, opens": a title opening its
            # sentence, then what the work is, and no reporting verb in the sentence (not "“Absolutely Not,” the
            # minister said", "“We Are Ready,” the premier of Ontario, Doug Ford, said")
        if self.headline_listed(q):
            return True
        if not (_may_hold(before, _WORK_WORDS) and _WORK_BEFORE.search(before)):
            return False
        quoted = self.text[q.start:q.end].rstrip(" ,.")
        if is_name_of_a_work(quoted.rstrip("!?"), longest=12):
            return True
        # (a title after its noun may be long: "Restoring Centre Block: Building for the Next Century"; or in another
        # language, its small words in lower case: the documentary "Pies de viento", the song "Lion du Plateau", but
        # not words a reporting verb follows: 'Asked about the report, "Not yet," Ms Hughes replied')
        after = q.close_at + mark_width(self.text, q.close_at)
        return _FOREIGN_TITLE.fullmatch(quoted) is not None and not self.lx.verb(quoted.split()[0].lower()) \
            and not self.speech_in(self.text[after:after + 80].split(".")[0])

    def headline_listed(self, q: QuoteSpan) -> bool:
        """A quotation in a list after ``headlines such as`` (``stories with headlines such as "Birth control makes
        women unattractive and crazy" and "..."``): a headline, whatever its case."""
        lo = max(0, q.open_at - 400)
        if "eadline" not in self.text[lo:q.open_at]:
            return False
        heads = list(_HEADLINES_SUCH_AS.finditer(self.text, lo, q.open_at))
        if not heads:
            return False
        gap, at = [], heads[-1].end()
        for other in self.quotes:
            if heads[-1].end() <= other.open_at < q.open_at and other.closed:
                gap.append(self.text[at:other.open_at])
                at = other.close_at + mark_width(self.text, other.close_at)
        gap.append(self.text[at:q.open_at])
        return all(part.strip(" ,") in {"", "and", "or"} for part in gap)

    def speech_in(self, words: str) -> bool:
        """Whether ``words`` hold an inflected reporting verb other than what signs do (:data:`_SIGN_VERBS`): "...
        posted a sign at the gate and its leader said:", "refused to sign the deal, saying:" (a bare form is more
        often a noun: "the front counter")."""
        return any((verb := self.lx.verb(w)) and verb[0] not in _SIGN_VERBS and verb[0] != w
                   for w in re.findall(r"[a-z]+", words))

    def is_slogan(self, q: QuoteSpan) -> bool:
        """A quotation right after a slogan's noun, what a sign reads or a nickname's verb (``Sahra's slogan, "The
        sun works for everyone,"``, ``The signs read "Save Heritage Park"``, ``nicknamed "the river man"``, ``known
        on the amateur circuit as "The Conductor"``), or after a title's participle or ``the line``, when it is no
        sentence (``headed "The empty desk problem"``): a sign's words or a name, not speech."""
        # (each pattern searched only where the words it needs are found: most quotations have none before them)
        near = self.text[max(0, q.open_at - 50):q.open_at]
        wide = self.text[max(0, q.open_at - 90):q.open_at]
        if (_may_hold(near, _SLOGAN_WORDS) or _may_hold(near, _SIGN_SAYING) and _may_hold(near, _SIGN_NOUNS)) \
                and _SLOGAN_BEFORE.search(self.text, max(0, q.open_at - 50), q.open_at) \
                or ("called" in near or "named" in near or "dubbed" in near or "label" in near) \
                and (called := _THING_CALLED.search(self.text, max(0, q.open_at - 50), q.open_at)) \
                and not self.person_head(called.group("noun")) \
                or (":" in wide or "read" in wide.lower()) \
                and (read := _SIGN_READ_BEFORE.search(self.text, max(0, q.open_at - 90), q.open_at)) \
                and not self.speech_in(read.group()) \
                or self.text[max(0, q.open_at - 4):q.open_at].rstrip().endswith(":") \
                and (sign := _SIGN_COLON.search(self.text, max(0, q.open_at - 160), q.open_at)) \
                and not self.speech_in(sign.group()) \
                or _WRITTEN_IN.match(self.text, q.close_at + mark_width(self.text, q.close_at)):
            return True  # (or "A sign taped to the skywalk doors last week read", "someone had scrawled "..." in the
            # frost")
        if _THE_WORDS.search(self.text, max(0, q.open_at - 12), q.open_at) \
                and _PAINTED.match(self.text, q.close_at + mark_width(self.text, q.close_at)):
            return True  # 'The words "Finish the rep" are painted above the door'
        if self.text[max(0, q.open_at - 8):q.open_at].rstrip().endswith(("and", "or")) \
                and (i := next((i for i, other in enumerate(self.quotes) if other is q), 0)) > 0 \
                and _SLOGAN_AND.fullmatch(self.text, self.quotes[i - 1].close_at
                                          + mark_width(self.text, self.quotes[i - 1].close_at), q.open_at) \
                and self.is_slogan(self.quotes[i - 1]):
            return True  # 'placards reading "Gambela ezali ya biso" (Gambela is ours) and "No to relocation"': the
            # second sign of the list
        return self.text[q.end - 1:q.end] not in {".", "!", "?"} \
            and bool(_TITLED_BEFORE.search(self.text, max(0, q.open_at - 20), q.open_at))

    def is_subhead(self, q: QuoteSpan) -> bool:
        """A section heading that quotes its section, not an attribution of its own: a paragraph that is only a short
        quotation (eight words at most) between dashes (``- 'Test me again' -``, the agencies' style), or with no
        full stop, question or exclamation mark (``'Difficult choices'``), or in single marks in an article whose
        quotations mostly use double marks (an American paper's ``'A fight from start to finish.'``). In British
        style a paragraph that is a sentence in single marks stays a quote. The first paragraph (a headline, or a
        headline read on its own) heads no section."""
        if not q.closed or q.paragraph != q.last_paragraph or q.paragraph == 0:
            return False
        lo, hi = self.paragraphs[q.paragraph]
        before = self.text[lo:q.open_at].strip()
        after = self.text[q.close_at + mark_width(self.text, q.close_at):hi].strip(" .")
        dashed = bool(before) and before in DASHES and bool(after) and after in DASHES
        if (before or after) and not dashed or count_words(self.text[q.start:q.end]) > _SUBHEAD_WORDS:
            return False
        return dashed or q.style == "single" and self.double_style \
            or self.text[q.start:q.end].rstrip()[-1:] not in END_PUNCT

    @cached_property
    def double_style(self) -> bool:
        """Whether most of the article's quotations use double marks (American style)."""
        doubles = sum(q.style == "double" for q in self.quotes)
        return doubles > len(self.quotes) - doubles

    def is_a_term(self, q: QuoteSpan, clauses=()) -> bool:
        """One quoted word used as a term: it modifies the noun after it (``"pass-through" businesses``,
        ``"entitlement" programs``, ``a "dossier" detailing ...``), so it is nobody's words; unless a verb of saying
        or naming comes right before it (``called "fraud"``) or it lies in a reported clause (one of ``clauses``,
        ``(start, end)`` pairs: ``saying it was a "manufactured" issue``)."""
        if not q.closed or any(lo <= q.open_at < hi for lo, hi in clauses):
            return False
        inside, before = self.text[q.start:q.end], self.text[max(0, q.open_at - 12):q.open_at].split()
        if len(inside) <= 2 and inside.isupper() and before and before[-1].isalpha():
            return True  # "detainee 'A' in Woodhill Prison", "Criminal Court ‘C’": a letter that names
        words = len(_QUOTED_WORD.findall(self.text, q.start, q.end))
        if words <= _LABEL_WORDS and _LABEL_AFTER.match(self.text, q.close_at + mark_width(self.text, q.close_at)) \
                or words == 1 and WEB_ADDRESS.fullmatch(self.text, q.start, q.end):
            return True  # 'the "king of debt" moniker', 'the weakness of "establishment" as a label', '"state.gov"'
        if words <= _TERM_WORDS and _GLOSS_OPENS.search(self.text, max(0, q.open_at - 8), q.open_at) \
                and _GLOSS_CLOSES.match(self.text, q.close_at + mark_width(self.text, q.close_at)):
            return True  # "took over as leader – or “captain” – from his uncle": another name for what it follows
        if words > _TERM_WORDS or self.text[q.end - 1:q.end] in {",", "."} \
                or words > 1 and _ARTICLE_FIRST.match(self.text, q.start, q.end):
            return False  # (a noun phrase with its own article modifies no noun: 'called Rubio "a lightweight"
            # multiple times')
        before = self.tokens.between(max(0, q.open_at - 30), q.open_at)[-1:]
        if before and self.is_verb(before[0][2], "q"):
            return False
        after = self.tokens.between(q.close_at + 1, min(len(self.text), q.close_at + 40))[:1]
        nxt = after[0][2] if after else ""
        return nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUN and not is_aux(nxt) \
            and not self.lx.verb(nxt) and not nxt.endswith("ed")

    @staticmethod
    def agent_after(toks: list, k: int) -> tuple[int, int] | None:
        """The agent after a past participle at ``k`` and ``by``, when ``as`` ends it within ten tokens (``described
        by one civil service union as "..."``), else None."""
        if not (k + 3 < len(toks) and toks[k + 1][2] == "by" and toks[k][2].islower()
                and (toks[k][2].endswith("ed") or toks[k][2] in IRREGULAR_PAST)):
            return None
        end = next((e for e in range(k + 2, min(len(toks), k + 12))
                    if toks[e][2] == "as" or not toks[e][2][:1].isalnum() and toks[e][2] != "."), None)
        return (toks[k + 2][0], toks[end - 1][1]) if end is not None and end > k + 2 and toks[end][2] == "as" else None

    def prompted_subject(self, toks: list, to: int) -> tuple[int, int] | None:
        """Who a verb of causing moves to speak, ``to`` being the index of the infinitive's "to": the subject of its
        passive (``Mr. Trump was prompted to say``) or the name that is its object (``That prompted Donald Trump to
        say``); else None."""
        verb = toks[to - 1][2].lower()
        if verb in _CAUSED and is_aux(toks[to - 2][2]):
            return self.subject_before(toks, to - 1, 0)
        c = next((c for c in range(to - 2, max(-1, to - 6), -1) if toks[c][2].lower() in _CAUSED), None)
        if c is not None and all(t[2][:1].isupper() or t[2].endswith(".") for t in toks[c + 1:to]):
            return toks[c + 1][0], toks[to - 1][1]
        return None

    def cues_quote(self, toks: list, k: int) -> bool:
        """Whether token ``k`` is a verb that cues a quotation next to it: a reporting verb (``said``), a verb of
        retort with ``back`` (``Rubio fired back:``, ``Mr Smith hit back,``), or ``put it`` after ``as`` (``As
        John Cornyn put it:``) or before a colon (``Ms Hughes put it simply:``)."""
        tok = toks[k][2]
        if self.is_verb(tok, "q") or k == 0 and self.inverted_opening(toks, k):  # (which only a first token may be)
            return True
        if k + 1 >= len(toks):
            return False
        after = toks[k + 1][2]
        if after == "back":
            return tok in _RETORT
        if tok not in _PUT or after != "it":
            return False
        # "As John Cornyn put it", or "put it" and up to three lower-case words before a colon: "Ms Hughes put it
        # simply:", "put it this way:"; or up to twelve words of an adjunct that opens with a lower-case word: "put it
        # more bluntly in a sworn declaration filed with the suit:"
        return any(t[2] in {"As", "as"} for t in toks[max(0, k - 14):k]) \
            or any(t[2] == ":" and all(u[2].isalpha() and u[2].islower() for u in toks[k + 2:m])
                   for m, t in enumerate(toks[k + 2:k + 6], k + 2)) \
            or any(t[2] == ":" and all(u[2].isalpha() for u in toks[k + 2:m]) and toks[k + 2][2].islower()
                   for m, t in enumerate(toks[k + 6:k + 15], k + 6))

    def inverted_opening(self, toks: list, k: int) -> bool:
        """A reporting verb opening the sentence before its source and a colon: ``Said one resident: "..."``,
        ``Explained council leader Tom Jones: "..."``."""
        tok = toks[k][2]
        return k == 0 and len(toks) > 2 and toks[-1][2] == ":" and tok[:1].isupper() and tok[1:].islower() \
            and self.is_verb(tok.lower(), "q") and not self.is_verb(tok.lower(), "o")

    @staticmethod
    def cue_end(toks: list, k: int) -> int:
        """The last token of the cue whose verb is token ``k``: its particle in ``fired back`` and ``put it``."""
        phrasal = k + 1 < len(toks) and (toks[k][2] in _RETORT and toks[k + 1][2] == "back"
                                         or toks[k][2] in _PUT and toks[k + 1][2] == "it")
        return k + 1 if phrasal else k

    def quoted_named(self, toks: list, k: int) -> tuple[int, int] | None:
        """:meth:`quoted_as`, unless whom it quotes is a pronoun (``the statement quoted him as saying``: the
        quotation's source is then read as for any other cue)."""
        quoted = self.quoted_as(toks, k)
        return quoted if quoted and self.text[quoted[0]:quoted[1]].lower() not in {"him", "her", "them"} else None

    def cue_after(self, q: QuoteSpan, limit: int):
        """Cue right after the closing mark: ``, he said`` / ``said X`` / ``- Chirac``."""
        toks = self.tokens.between(q.close_at + mark_width(self.text, q.close_at), limit)
        i = 0
        while i < len(toks) and toks[i][2] in {",", "'", "’"}:
            i += 1
        if i + 1 < len(toks) and toks[i][2] == "as" and toks[i + 1][2][:1].isupper():
            i += 1  # '"...," as Mr Smith put it.'
        if i < len(toks) and toks[i][2] in DASHES:
            j = i + 1
            stop = j
            while stop < len(toks) and (toks[stop][2][:1].isupper() or toks[stop][2].lower() in {"of", "the"}
                                        or toks[stop][2] in {"'", "’"}) and stop - j < 6:
                stop += 1
            aged = stop + 2 < len(toks) and toks[stop][2] == "," and toks[stop + 1][2].isdigit() \
                and len(toks[stop + 1][2]) <= 3 and toks[stop + 2][2] == ","  # (an age, not a year: "- Chirac, 2003")
            if stop > j and toks[j][2][:1].isupper() and (stop == len(toks) or toks[stop][2] in END_OR_COMMA) \
                    and not aged:  # ('“...” - Anne Laure Decadt, 31, of Staden, Belgium.': a list's next person)
                return (toks[j][0], toks[stop - 1][1]), (toks[i][0], toks[i][1])
            return None
        if i < len(toks) and toks[i][2] in _END_OR_COLON:
            return None
        nickname_end = -1  # (where a nickname inside the name ends: 'Marjorie "Midge" Thibault said')
        for k in range(i, min(len(toks), i + 40)):
            tok = toks[k][2]
            if toks[k][0] < nickname_end:
                continue
            if tok == "." and k + 1 < len(toks) and (toks[k + 1][2] in {",", ")"} or toks[k + 1][0] == toks[k][1]):
                continue  # R-Ky., / (D-Md.) / (GS.N)
            if tok in {"“", '"'} and (nickname_end := self.name_around(toks[k][0])) > 0:
                continue
            if tok in END_PUNCT or tok in {"“", '"', ":"}:
                return None
            if k - i >= 12 and tok.lower() in {"that", "which", "because", "but", "when", "if"}:
                return None
            if state_as_noun(toks, k):
                continue  # "Scott's niece, state Del. Marcia Price, shouted": the office's level, a noun
            verb = self.lx.verb(tok)  # (once a token: a token no verb form cues only as "fired back" or "put it")
            if (aux := self.quoted_passive(toks, k, i)) is not None:
                subj = self.subject_before(toks, aux, i)
                if subj is None or subj[0] != toks[i][0]:
                    subj = self.appositive_stretch(q, toks, i, aux)
                if subj:
                    return subj, (toks[aux][0], toks[self.cue_end(toks, k)][1])  # '"...," Musu Tarweh was quoted
                    # as saying': the one quoted
            if tok.endswith("ing") and (quoted := self.quoted_named(toks, k)):
                verb_at = max((j for j in range(i, k) if toks[j][1] <= quoted[0]), default=i)
                return quoted, (toks[verb_at][0], toks[self.cue_end(toks, k)][1])  # '"...," the newspaper quoted
                # Musu Tarweh as saying': the one quoted
            if k > i and verb and is_noun_context(toks[k - 1][2]) and k + 1 < len(toks) \
                    and self.cues_quote(toks, k + 1):
                continue  # '"...," the report said': "report" after "the" is the noun, "said" the cue
            if (verb or tok in _RETORT or tok in _PUT) and self.cues_quote(toks, k) and not tok.lower().endswith("ing"):
                if k > i and self.agentless_passive(toks, k):
                    continue  # '"very decent man" Tuesday, hours after the staffer was charged with battery': a
                    # passive with no agent says nothing of the quotation
                if self.negated(toks, k):
                    return None  # '"...." Trump’s lawyers did not dispute that ...': no cue of the quotation's
                rest = []
                for t in toks[k + 1:]:
                    if t[2] in END_PUNCT:
                        break
                    rest.append(t)
                if self.text[q.start:q.end].rstrip()[-1:] == "." and (len(rest) > 3 or toks[i][2][:1].isupper()
                                                                      and self.opened_inside_sentence(q)):
                    return None  # "...weak." The QCA has also told the government ...: a new sentence (as after
                    # a sentence's quoted end: 'Morris says the campaign will "compete vigorously." O'Malley's move
                    # was first reported by MSNBC')
                if k == i or all(is_aux(t[2]) for t in toks[i:k]):
                    subj = self.subject_after(toks, k)
                    if subj and self.lx.lemma(tok) not in _SAY_VERBS and self.object_noun_phrase(subj):
                        return None  # "Lesotho says water treaty 'no longer fair', demands higher royalties": the
                        # verb's object, no source (but "..., warned experts")
                    if subj and self.text.startswith(" as ", subj[1]) and self.lx.lemma(tok) == "describe" \
                            and not _AS_WHILE.match(self.text, subj[1] + 4):
                        return None  # '... shop “for sixty-odd years”, described the news as “...”': the
                        # description's object, no inverted source
                    cue_lo = toks[i][0]
                else:
                    subj = self.subject_before(toks, k, i)
                    if subj and self.text[subj[0]:subj[1]].split()[0].lower() in {"a", "an"} \
                            and self.lx.lemma(tok) == tok.lower() and tok.islower() \
                            and not _PLURAL_A.match(self.text, subj[0], subj[1]):
                        continue  # '"unhinged" a Donald Trump tweet attacking ...': a singular noun phrase before a
                        # bare verb form is one noun phrase ("a ... tweet"), no subject and its verb
                    gap = [t for t in toks[i:k] if subj and t[1] <= subj[0]]
                    if subj and self.text[subj[0]:subj[1]].lower() in PRONOUNS and subj[0] != toks[i][0] \
                            and len(gap) <= 5 and gap[-1][2] == "," \
                            and not any(t[2].lower() in PREP_OR_CLAUSE for t in gap):
                        pass  # "The Tories, he said": the pronoun is the speaker
                    elif subj and gap and toks[i][2].lower() == "as" and gap[-1][2] == "," and len(gap) <= 8:
                        pass  # "'...,' as his father dreamed, Mr. Turry said": an aside, then the speaker
                    elif subj and gap and gap[0][2].lower() not in _TITLE_LINKS \
                            and all(t[2].lower() in _TITLE_LINKS or self.lx.has("role", t[2])
                                    or self.lx.has("title", t[2]) for t in gap):
                        pass  # "'...,' president and CEO Brent Okafor said": the rest of a title in lower case
                    elif subj is None or subj[0] != toks[i][0]:
                        subj = self.appositive_stretch(q, toks, i, k)
                    if subj is None and toks[k - 1][2] == "," \
                            and self.text[q.start:q.end].rstrip()[-1:] not in END_PUNCT \
                            and (inverted := self.subject_after(toks, k)) \
                            and self.text[inverted[1]:inverted[1] + 1] in {",", "."}:
                        # "'...,' since so many cases were decided 5-to-4, said Lee Epstein, who teaches ...": an
                        # aside of the writer's, then the inverted source
                        subj = inverted
                    cue_lo = toks[k][0]
                    j = k - 1
                    while j >= i and is_aux(toks[j][2]):
                        cue_lo = toks[j][0]
                        j -= 1
                if subj:
                    return subj, (cue_lo, toks[self.cue_end(toks, k)][1])
                return None
        return None

    def object_noun_phrase(self, span: tuple[int, int]) -> bool:
        """Lower-case words with no determiner and no noun of people, a role or a body at their end (``higher
        royalties``): what a verb that may cue a quotation takes as its object, never its inverted source (``local
        farmers``, ``police``)."""
        words_ = self.text[span[0]:span[1]].split()
        head = words_[-1].lower() if words_ else ""
        return bool(words_) and self.text[span[0]:span[1]].islower() and words_[0] not in DETERMINERS \
            and words_[0] not in _SOME_OF_THEM \
            and not (any(self.lx.has(kind, head) for kind in ("anonymous", "role", "org_head", "organization"))
                     or PERSON_NOUN.search(head))

    def agentless_passive(self, toks: list, k: int) -> bool:
        """The verb at ``k`` is a passive participle after a form of "be" with no ``by`` and agent after it (``the
        staffer was charged with battery``): what was done to its subject, no one's report."""
        verb = self.lx.verb(toks[k][2])
        return toks[k - 1][2].lower() in BE_FORMS and bool(verb) and verb[0] != toks[k][2].lower() \
            and not toks[k][2].lower().endswith("ing") and (k + 1 >= len(toks) or toks[k + 1][2].lower() != "by")

    def opened_inside_sentence(self, q: QuoteSpan) -> bool:
        """Whether words of the writer's come before the quotation's opening mark in its sentence."""
        para_lo = self.paragraphs[q.paragraph][0]
        before = self.text[para_lo:q.open_at]
        ends = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind(".\u201d"))
        return any(ch.isalpha() for ch in before[ends + 1:])

    def dash_line_after(self, q: QuoteSpan):
        """A quotation that is its paragraph, then a paragraph of a dash and a name only (``- Bernie Sanders.``,
        ``— Sen. Ted Cruz, Jan. 14``: the fact-checker's and the epigraph's attribution): that name and the dash."""
        if not q.closed or q.last_paragraph + 1 >= len(self.paragraphs):
            return None
        after_close = q.close_at + mark_width(self.text, q.close_at)
        if self.text[self.paragraphs[q.paragraph][0]:q.open_at].strip() \
                or self.text[after_close:self.paragraphs[q.last_paragraph][1]].strip():
            return None  # (the quotation is its paragraph: "... called him 'my African American.' / - Reuters." is
            # a credit line)
        lo, hi = self.paragraphs[q.last_paragraph + 1]
        m = _DASH_LINE.fullmatch(self.text, lo, hi)
        if m is None:
            return None
        return m.span("name"), m.span("dash")

    def speaker_named_after(self, q: QuoteSpan):
        """A quotation that ends its paragraph or sentence, then ``That was how X put it``/``That is how X, ...,
        describes ...``, ``That is the verdict of X``, ``It was spoken by X``, ``X says this with a laugh``, ``The
        words drew applause. They came from X`` or ``So says X``: the name and the verb (the noun),
        else None (the writer names the speaker after the words)."""
        if not q.closed:
            return None
        after_close = q.close_at + mark_width(self.text, q.close_at)
        if self.text[q.start:q.end].rstrip()[-1:] not in END_PUNCT \
                and self.text[after_close:after_close + 1] not in {".", "!", "?"}:
            return None
        at = after_close + (self.text[after_close:after_close + 1] in {".", "!", "?"})
        m = _HOW_PUT.match(self.text, at) or _VERDICT_OF.match(self.text, at) or _REMARK_FROM.match(self.text, at) \
            or _SPOKEN_BY.match(self.text, at) or _GAVE_NAME_AS.match(self.text, at) \
            or _SAYS_THIS.match(self.text, at) or _THEY_CAME_FROM.match(self.text, at) or _SO_SAYS.match(self.text, at) \
            or _IT_CAME_FROM.match(self.text, at)
        if m is not None and (m.re is _SPOKEN_BY and m.group("cue") in {"signed", "written"}
                              or m.re is _IT_CAME_FROM and "\n" not in self.text[at:m.start("cue")]) \
                and not self.text[:q.open_at].rstrip().endswith(":"):
            return None  # (a message introduced before its colon: 'The email was brief: "..." It was signed by X';
            # not 'Dr Hale said ... / "It is damning." It was written by the chief inspector', the report's author)
        if m is None and (m := _THAT_WAS.match(self.text, at)) and not m.group("cue"):
            copula = m.group("copula").lstrip(" '’")  # ("That was X of Y": the verb "was" is the cue)
            return m.span("name"), (m.end("copula") - len(copula), m.end("copula"))
        return (m.span("name"), m.span("cue")) if m else None

    def appositive_stretch(self, q: QuoteSpan, toks: list, i: int, k: int) -> tuple[int, int] | None:
        """``"...," Leonard Burman, director of X and a professor at Y, said``: the whole stretch from the
        closing mark to the verb is the source, if it opens with a short noun phrase and holds a comma."""
        j = k - 1
        while j > i and (is_aux(toks[j][2]) or toks[j][2] == ","):
            j -= 1
        first_part = []
        depth = 0  # (a party tag in brackets is no part of the phrase's length: "Rep. Travis Wendt (R-Okla.),")
        for t in toks[i:j + 1]:
            if t[2] == "," and not depth:
                break
            depth += (t[2] == "(") - (t[2] == ")")
            if not depth and t[2] != ")":
                first_part.append(t)
        stretch = (toks[i][0], toks[j][1])
        if self.text[q.start:q.end].rstrip()[-1:] == ".":
            return None  # the quote ended its sentence
        if i + 1 < j and state_as_noun(toks, i):
            stretch = (toks[i + 1][0], toks[j][1])  # "state Senate leader Phil Berger and ...": an office's level
        elif not (toks[i][2][:1].isupper() or toks[i][2].lower() in DETERMINERS | {"another"}):
            return None
        # "Rep. Duncan Hunter's chief of staff, X,": an owner's role (not "Ronald Reagan's story of ...")
        owner = next((m for m, t in enumerate(first_part) if t[2].endswith(("'s", "’s"))), None)
        owned = owner is not None and owner + 1 < len(first_part) and any(
            self.lx.has(kind, first_part[owner + 1][2]) for kind in ("role", "anonymous", "title"))
        named_of = first_part[0][2][:1].isupper() and any(t[2] in {"of", "at", "from"} for t in first_part[1:5])
        # ("Rep. Kim Ga-yeon of the ruling Democratic Party (DP), who sponsored the bill,": a name and where the
        # person is from may run longer)
        # ("Phil Berger and House Speaker Tim Moore, both Republicans,": two names joined, then what they share)
        joined = [m for m, t in enumerate(first_part) if t[2] == "and" and 0 < m < len(first_part) - 1
                  and first_part[m - 1][2][:1].isupper() and first_part[m + 1][2][:1].isupper()]
        if len(first_part) > (8 if owned else 10 if named_of or joined else 6) \
                or not self.plausible_subject(first_part):
            return None
        if any(t[2].lower() in _CLAUSE_OR_COPULA and m not in joined for m, t in enumerate(first_part)):
            return None
        return stretch if "," in self.text[stretch[0]:stretch[1]] else None

    def cue_before(self, q: QuoteSpan, lo: int):
        """Cue right before the opening mark: ``X said: "``, ``X said, "``, ``According to X, "``, ``Mr Blair: "``."""
        return self.cue_ending_at(q.open_at, lo, self.sentence_of(q.open_at)[0])

    def beat_before(self, q: QuoteSpan):
        """A quotation right after a short sentence that only says how its speaker acted (``Asked about his plans,
        he laughed. "Sleep."``, ``Marsden shrugged. "..."``), or a colon's (``Dowd grinned: "..."``): that sentence's
        subject and verb, else None. The sentence may end the paragraph before one that is only the quotation
        (``Asked whether the band planned new songs, Dean Mallory laughed.`` / ``"Let's see if we survive one show
        first."``)."""
        lo, _ = self.sentence_of(max(q.open_at - 1, 0))
        para_lo, para_hi = self.paragraphs[q.paragraph]
        if lo < para_lo and q.paragraph > 0 and q.closed and q.last_paragraph == q.paragraph \
                and not self.text[para_lo:q.open_at].strip() and not self.text[q.close_at + 1:para_hi].strip():
            prev_hi = self.paragraphs[q.paragraph - 1][1]
            lo, _ = self.sentence_of(max(prev_hi - 1, 0))
            if self.in_quote(lo):
                return None
            toks = self.tokens.between(lo, prev_hi)
        elif lo >= q.open_at or lo < para_lo or self.text[lo:q.open_at].rstrip()[-1:] not in {".", ":"}:
            return None
        else:
            toks = self.tokens.between(lo, q.open_at)
        comma = max((i for i, t in enumerate(toks) if t[2] == ","), default=-1)
        core = toks[comma + 1:]  # (after an opening adjunct: "Asked about his plans for the weekend,")
        if not 3 <= len(core) <= 5 or core[-1][2] not in {".", ":"} or core[-2][2] not in _BEATS \
                or not (core[0][2].lower() in {"he", "she"} or core[0][2][:1].isupper()):
            return None
        return (core[0][0], core[-3][1]), (core[-2][0], core[-2][1])

    def coordinated_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """The subject of the last cue before ``and``/``but`` at ``k - 1`` (a comma right before it allowed) with no
        other comma between them (a verb of the same clause), read before that cue; None when there is none."""
        def cue(v: int) -> bool:
            tok = toks[v][2]
            return tok[:1].islower() and self.is_verb(tok, "qct") and not tok.endswith("ing") \
                and not (v > 0 and is_noun_context(toks[v - 1][2]))
        if k > 2 and toks[k - 2][2] == ",":
            # "said her client was ..., and called the process '...'": the main clause's first cue (not one inside
            # what it reports: "would not say whether ministers had been warned ..., but insisted")
            clause = max((c + 1 for c in range(k - 2) if toks[c][2] == ";"), default=0)  # ("...; her neighbor,
            # Edwin Flores, told councilors ..., and asked": the clause after the semicolon)
            v = next((v for v in range(clause, k - 2) if cue(v) and not self.in_quote(toks[v][0])), None)
            return (self.subject_before(toks, v, 0) or self.appositive_subject(toks, v)) if v is not None else None
        for v in range(k - 2, -1, -1):
            tok = toks[v][2]
            if tok in {",", ";", ":"} or tok in END_PUNCT:
                return None
            if cue(v):
                # (a cue inside what an earlier cue reports with "that" is not the coordinated one: "She found that
                # the video showed Adeyemi's face ... and said": she)
                u = next((u for u in range(v) if cue(u) and toks[u + 1][2] == "that"
                          and not self.in_quote(toks[u][0])), v)
                if u > 1 and toks[u - 1][2] == "who" and (antecedent := self.relative_joined(toks, k)):
                    return antecedent  # "Councillor Hattie Warren, who said ... and warned '...'": whom the relative
                    # clause is on
                if found := self.subject_before(toks, u, 0) or self.appositive_subject(toks, u):
                    return found  # (a cue's form with no subject before it is a noun: 'lamented the "disheartened"
                    # state of the campaign and criticized': read on to "lamented")
        return None

    def cue_in_previous_paragraph(self, q: QuoteSpan):
        """The cue of a quotation that opens its paragraph after a paragraph ending with a colon: ``Caddell
        continued:`` / ``The New York Times reports:``, then the quotation as a paragraph of its own."""
        if q.paragraph == 0 or self.text[self.paragraphs[q.paragraph][0]:q.open_at].strip():
            return None
        p_lo, p_hi = self.paragraphs[q.paragraph - 1]
        tail = self.text[p_lo:p_hi].rstrip()
        if tail.endswith(".") and (manner := _MANNER_ENDS.search(tail)) is not None \
                and not self.in_quote(p_lo + manner.start()):
            # "Asked whether the trust was being naive, Mrs Castleton did not hesitate. || "Of course ...": the
            # paragraph's last sentence says how its subject answered, the quotation is the answer
            at = p_lo + manner.start()
            subj = self.sentence_subject(self.sentence_of(at)[0], at)
            head = self.text[subj[0]:subj[1]].split()[-1].lower() if subj else ""
            if subj and not (head in _SAID_NOUNS or self.lx.has("document", head) or self.lx.has("media_head", head)
                             or head in {"question", "note"}):
                return subj, (at + 1, p_lo + manner.end() - 1)  # (not "The question was blunt.", "The response
                # was blunt.": what was said, not who said it)
            return None
        if not tail.endswith(":") or self.in_quote(p_lo + len(tail) - 1):
            return None
        colon = p_lo + len(tail) - 1
        return self.cue_ending_at(colon + 1, p_lo, self.sentence_of(colon)[0])

    def cue_ending_at(self, open_at: int, lo: int, sent_lo: int):
        """:meth:`cue_before` of a quotation that opens at ``open_at``, in the sentence starting at ``sent_lo``."""
        lo = max(lo, sent_lo)
        toks = self.tokens.between(lo, open_at)
        if not toks:
            return None
        tail = toks[-1][2]
        body = toks[:-1] if tail in {":", ",", "-", "–", "—"} else toks
        for k in range(len(body) - 1, max(-1, len(body) - 14), -1):
            tok = body[k][2]
            low = tok.lower()
            if tok in END_PUNCT:
                break
            if low == "adding" and k + 1 < len(body) and body[k + 1][2].lower() == "up":
                continue  # "the math stopped adding up long ago:": a sum, not a cue
            if self.object_after_verb(body, k):
                continue  # "she calls report 'a hit job'": the verb before
            if low.endswith("ing") and k != len(body) - 1 and k > 0 and body[k - 1][2].isalpha() \
                    and body[k - 1][2].islower() and not body[k - 1][2].endswith("ly") \
                    and body[k - 1][2] not in _CLAUSE_OR_COPULA:
                continue  # "in his memo to employees explaining the deal, '...'": a noun's participle, no cue
            if k > 0 and body[k - 1][2].lower() in BE_FORMS and k == len(body) - 1 \
                    and (low.endswith("ed") or low in {"read", "told", "said", "written"}):
                break  # "before the verdict was read: "..."", "He was told: "...": a passive, not the source
            if k > 0 and body[k - 1][2].lower() in {"a", "an"} and not low.endswith("ing"):
                continue  # "but, he stressed with a laugh, "no known family connection"": a noun, the verb before
            if k > 0 and tail not in {":", ","} and body[k - 1][2].lower().endswith(("'s", "’s")):
                continue  # 'Lamothe called the minister's answer "a shrug ..."': a noun after its owner, no cue
            if k > 0 and tail == ":" and not low.endswith("ing") \
                    and (is_noun_context(body[k - 1][2]) or body[k - 1][2].lower() in _BEFORE_A_NOUN):
                continue  # "offers the cast one last note:", "had this reply:": a noun; who has it speaks (below)
            if k > 0 and tail == ":" and low.endswith("ing") and k == len(body) - 1 \
                    and (body[k - 1][2].lower() in _BEFORE_A_NOUN or body[k - 1][2].lower().endswith(("'s", "’s"))
                         and not CONTRACTED_PRONOUN.fullmatch(body[k - 1][2])):
                continue  # "wrote a line in the margin beside the last reading:", "the day's reading:": a noun, the
                # verb before cues (not "Why she's protesting:", a contraction)
            # (as in cue_after, only a verb form or a word of "fired back", "put it" is asked whether it cues)
            if (self.lx.verb(tok) or tok in _RETORT or tok in _PUT) and self.cues_quote(toks, k) \
                    and (not low.endswith("ing") or tail in {":", ","}):
                if k != len(body) - 1 and tail not in {":", ","}:
                    return None
                if noun_cue_form(toks, k):
                    return None  # "why the glossy 2023 progress report, "Restoring Centre Block," was": a title
                article = next((j for j in (k - 1, k - 2) if j > 0 and body[j][2].lower() in {"a", "an"}), None)
                if low.endswith("ing") and article is not None:
                    # "He had a blunt warning for anyone tempted ...:": a noun; who has it speaks
                    subj = self.sentence_subject(body[0][0], body[article][0])
                    return (subj, (body[k][0], body[k][1])) if subj and subj[1] < body[article][0] else None
                subj = (self.quoted_named(body, k) if tok.endswith("ing") else None) \
                    or self.subject_before(body, k, 0)  # ("The statement quoted the commissioner, Kollie Barclay,
                # as saying:": whom it quoted)
                if subj is None and tok.endswith("ing") and k > 1 and body[k - 1][2] == "," \
                        and self.is_verb(body[k - 2][2], "q"):
                    # "..., Nefzi said, adding, "...": the source of the cue before
                    subj = self.subject_of_previous_cue(body, k - 2, body[0][0])
                if subj is None and tail in {":", ","} and not self.is_verb(tok, "o"):
                    # (after "told", "warned" the next words are the addressee: "X, a former GP, told MPs:")
                    subj = self.subject_after(body, k)
                    if subj and (subj[1] != body[-1][1] or not self.looks_like_source(subj)
                                 and not (self.inverted_opening(toks, k) and self.plausible_subject(body[1:]))):
                        subj = None  # (after a verb opening the sentence, its source is all there is before the
                        # colon)
                if subj is None and self.opens_relative(body, k):
                    subj = self.relative_subject(body, k)  # "the claim was denied by UKIP spokesman, who said:"
                if subj is None and k > 1 and body[k - 1][2] == "," and tail not in {":", ","} \
                        and (w := next((w for w in range(k - 3, max(-1, k - 25), -1)
                                        if body[w][2].lower() in {"what", "which"}), None)) is not None:
                    subj = self.appositive_subject(body[w + 1:], k - w - 1)  # "in what Bay Buchanan, national
                    # treasurer for ..., called "...": the name before its aside
                if subj is None and low.endswith("ing"):
                    subj = self.with_subject(body, k)  # "..., with Trump reportedly yelling: '...'": Trump
                if subj is None and k > 2 and body[k - 1][2] == "to":
                    subj = self.prompted_subject(body, k - 1)  # "Mr. Trump was prompted to say,", "That prompted
                    # Donald Trump to say,": who was moved to speak
                if subj is None:
                    # (a quotation that ends a sentence inside the unit ends it too: '... "I'm not, no." Asked later,
                    # X did not deny it, instead saying:')
                    start = max((m.end() for m in _QUOTED_END.finditer(self.text, sent_lo, body[k][0])),
                                default=sent_lo)
                    if tok in _PUT:  # "As John Cornyn, the No. 2 in the GOP leadership, put it:": after "as"
                        start = max([start] + [t[1] for t in body[:k] if t[2] in {"As", "as"}])
                    subj = self.sentence_subject(start, body[k][0])
                cue_lo = body[k][0]
                j = k - 1
                while j >= 0 and is_aux(body[j][2]):
                    cue_lo = body[j][0]
                    j -= 1
                if subj:
                    return subj, (cue_lo, body[self.cue_end(body, k)][1])
                return None
        if tail == ":" and body and body[-1][2].lower() in _STATEMENTS:
            # "Donald Trump issued the following statement:", "the ministry put out a statement:"
            for v in range(len(body) - 2, max(-1, len(body) - 6), -1):
                if body[v][2] in _ISSUED:
                    if body[v][2] == "out" and v > 0 and body[v - 1][2] in {"put", "puts"}:
                        v -= 1  # "the ministry put out a statement:"
                    subj = self.subject_before(body, v, 0) or self.sentence_subject(sent_lo, body[v][0])
                    return (subj, (body[v][0], body[-1][1])) if subj else None
        if tail == ":" and (v := self.manner_copula(body)) is not None:
            # "His daughter, Kirsty Pybus, who sells cakes ..., was blunter: '...'": the subject
            if body[0][2].lower() in _OWNER_PRONOUNS and body[1][2].lower() in _SAID_NOUNS:
                subj = body[0][0], body[0][1]  # "His message to Dallas City Hall was blunt:": his
            else:
                subj = self.subject_before(body, v, 0) or self.sentence_subject(sent_lo, body[v][0])
            return (subj, (body[v][0], body[-1][1])) if subj else None
        m = None
        for m in _ACCORDING.finditer(self.text, lo, open_at):
            pass
        if m and tail == ",":
            return (m.end(), toks[-1][0]), m.span(1)
        dash = max((i for i, t in enumerate(body) if t[2] in DASHES), default=-1)
        named = body[dash + 1:]  # "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:": a digest's source
        if tail == ":" and 1 <= len(named) <= 6 \
                and all(t[2][:1].isupper() or t[2] in {".", "'", "and", "&"} for t in named) \
                and named[0][2][:1].isupper() and named[-1][2][:1].isupper():
            return (named[0][0], named[-1][1]), (toks[-1][0], toks[-1][1])
        if tail == ":" and body:
            return self.subject_before_colon(body, sent_lo)
        return None

    def person_noun(self, noun: str) -> bool:
        """An unnamed source's, a role's or a person's noun (``official``, ``abbot``, ``grower``), not a document's."""
        return self.lx.has("anonymous", noun) or self.lx.has("role", noun) \
            or bool(PERSON_NOUN.search(noun.lower())) and not self.lx.has("document", noun) \
            and not noun.endswith("ment")

    def subject_before_colon(self, body: list, sent_lo: int):
        """``Mitch McConnell delivered a blunt message to Trump: "..."``, ``She had a warning for them: "..."``: a short
        clause of a named (or he, she) subject and a finite verb with no cue, ending in the colon before a quotation;
        the subject is the speaker, its verb the cue. Not a sign, a banner or a text the subject shows, reads or
        quotes (``He quoted Lincoln: "..."``)."""
        comma = max((i for i, t in enumerate(body) if t[2] == ","), default=-1)
        clause = body[comma + 1:]  # the last part: "(Outside ..., where ..., ) one woman summed up the mood"
        if comma > 0 and len(clause) > 2 and clause[0][2].islower() and clause[0][2].endswith("ing") \
                and clause[-1][2].lower() in _MESSAGE_NOUNS \
                and (finite := next((i for i in range(comma - 1, 0, -1) if body[i][2] in FINITE_VERBS), None)) \
                and (subj := self.subject_before(body, finite, 0)) is not None:
            return subj, (clause[0][0], clause[0][1])  # "Ms. Warren has been a powerful surrogate, visiting the
            # headquarters to encourage staffers with a simple message:": the subject the participle goes with
        v = next((i for i, t in enumerate(clause) if t[2].isalpha() and t[2].islower()
                  and (t[2].endswith(("ed", "s")) or t[2] in _IRREGULAR_PAST)), None)
        if v is None or len(clause) - v > (20 if clause[-1][2].lower() in _MESSAGE_NOUNS else 12):
            return None  # (a long clause when it ends in what was said: "Lindgren posted a photo of her bib on
            # Instagram (@tesslindgren.ski) later Saturday with a short message:")
        if v == 0:  # "Mitch McConnell, R-Ky., delivered ...": the subject before its aside
            subj = self.sentence_subject(sent_lo, clause[0][0]) if comma >= 0 else None
        else:
            subj = self.subject_before(clause, v, 0)
            subj = subj if subj and subj[0] == clause[0][0] else None
        if subj is None:
            return None
        words_ = self.text[subj[0]:subj[1]].partition(",")[0].split()  # ("One early supporter, Representative Lee
        # Zeldin,": the description before its appositive name)
        noun = next((words_[i - 1] for i in range(1, len(words_)) if words_[i] in {"at", "of", "from", "in", "with"}),
                    words_[-1])  # "A theatre nurse at Katutura Intermediate Hospital": the nurse
        message = clause[-1][2].lower() in _MESSAGE_NOUNS  # (what was said with a thing shown: "posted a photo
        # ... with a short message:")
        if clause[v][2] in _SHOWN and not (message and clause[v][2] in {"posted", "posts", "shared", "shares"}) \
                or any(t[2].lower() in _SHOWN_THINGS and clause[w - 1][2].lower() not in _BEFORE_A_NOUN
                       for w, t in enumerate(clause[v:], v)) \
                or not (words_[0].lower() in {"he", "she"} and len(words_) == 1
                        or words_[0][:1].isupper() and words_[0].lower() not in STOP_WORDS
                        or words_[0].lower() in {"a", "an", "one", "the"} and self.person_noun(noun)):
            # ("one grower summed up the mood in a single sentence:": a person no list names; "offers the cast one
            # last note:" is a remark, no note shown)
            return None
        return subj, (clause[v][0], clause[v][1])

    def object_after_verb(self, toks: list, k: int) -> bool:
        """Token ``k`` is the object of a present verb of saying or calling before it, or what ``said`` reports, not a
        verb itself (a headline's ``she calls report 'a hit job'``, ``said demand for care had "risen sharply"``; not
        ``the group's posts accused``: a noun before it)."""
        verb = toks[k - 1][2]
        return k > 1 and verb.islower() and (verb.endswith("s") or verb in _SAID) and self.is_verb(verb, "qc") \
            and not toks[k - 2][2].endswith(("'s", "’s")) and toks[k - 2][2].lower() not in DETERMINERS

    @staticmethod
    def manner_copula(body: list) -> int | None:
        """The index of ``was`` in ``was blunter``, ``was more direct``, ``is scathing`` ending ``body``, else None."""
        last = body[-1][2].lower() if body else ""
        if last in _SAID_MANNERS and len(body) > 2 and body[-2][2].lower() in _COPULAS \
                and body[-3][2].lower() in _SAID_NOUNS:
            return len(body) - 2  # "The report's conclusion was stark:"
        adjective = last if last in _MANNERS else (last[:-2] if last.endswith("er") else "")
        if adjective not in _MANNERS and adjective + "e" not in _MANNERS and adjective[:-1] not in _MANNERS:
            return None  # (blunter, terser, "more direct")
        v = len(body) - 2
        if v >= 0 and body[v][2].lower() in {"more", "less", "even", "much", "far"}:
            v -= 1
        return v if v > 0 and body[v][2].lower() in _COPULAS else None

    @staticmethod
    def before_verb_group(toks: list, k: int) -> int:
        """The index of the token before the verb group that ends with the cue at ``k`` (auxiliaries and adverbs
        passed over: ``who once described``)."""
        w = k - 1
        while w > 1 and is_aux(toks[w][2]):
            w -= 1
        return w

    def opens_relative(self, toks: list, k: int) -> bool:
        """The cue at ``k`` is the verb of a relative clause set off by a comma or joined to another by ``and``/``but``
        (``, who said``, ``, which says``, ``and who once described``)."""
        w = self.before_verb_group(toks, k)
        return w > 0 and toks[w][2].lower() in {"who", "which"} and toks[w - 1][2] in {",", "and", "but"}

    @staticmethod
    def whose_clause_before(toks: list, end: int) -> bool:
        """A clause opened by ``, whose`` ends at the comma at ``end``, in the same stretch of words; or two relative
        clauses joined by ``, and who`` (``X, whose daughter Yasmina, 24, was driving home when the ceiling came down,
        and who attended every hearing, (said)``)."""
        joined = False
        for w in range(end - 1, max(0, end - 45), -1):
            tok = toks[w][2]
            if tok in END_PUNCT or w < end - 15 and not joined:
                return False
            if tok == "," and toks[w + 1][2] == "and" and toks[w + 2][2] == "who":
                joined = True
            elif tok == "," and toks[w + 1][2] != "whose" \
                    and not (joined and (toks[w - 1][2].isdigit() and toks[w - 2][2] == ","
                                         or toks[w + 1][2].isdigit() and toks[w + 2][2] == ",")):
                return False  # (after "and who", an age set off may stand in the first clause)
            if tok == "whose" or joined and tok == "who":
                return toks[w - 1][2] == ","
        return False

    def cue_in_sentence(self, q: QuoteSpan):
        """For a partial quote: the nearest verb of its sentence that cues quotations, before it, else after it;
        failing that the nearest reporting verb."""
        s_lo, s_hi = self.sentence_of(q.open_at)
        toks = self.tokens.between(s_lo, s_hi)
        # (tokens are in text order: those ending by the opening mark come first, those after the quotation last)
        before = range(bisect_right(toks, q.open_at, key=TOKEN_END))
        after = list(range(bisect_right(toks, q.close_at if q.closed else q.end, key=TOKEN_START), len(toks)))
        # a verb that cues quotations (said, told, called) before one that only takes a clause: "Tillerson said his
        # visit showed 'X'" is Tillerson's, not "his visit"'s
        order = list(reversed(before)) + after
        # the verb test first, once a token: most tokens are not verbs, and the quotation lookup is dearer
        # ("As Ms. Simonyan put it, RT is "providing ..."": "put it" after "as" quotes too)
        verbs = [k for k in order
                 if self.is_verb(toks[k][2], "qcti") or toks[k][2] in _PUT and self.cues_quote(toks, k)]
        quoting = [k for k in verbs if toks[k][2] in _PUT or self.is_verb(toks[k][2], "q")]
        cues = set(quoting)
        # the nearest verb that quotes, nouns aside ("calling the latest news report '...'": calling)
        nearest = next((k for k in quoting if not (k > 0 and is_noun_context(toks[k - 1][2]))
                        and not noun_cue_form(toks, k)), None)
        for k in quoting + [k for k in verbs if k not in cues]:
            tok = toks[k][2]
            if self.negated(toks, k) and k in cues:
                continue  # ("told reporters the Commission did not comment on ... but remained "..."": not a cue)
            # "is calling the candidate '...'", "is promising '...'": a progressive is a finite verb
            progressive = tok.lower().endswith("ing") and k > 0 and toks[k - 1][2].lower() in _PROGRESSIVE_BE
            # "..., calling it 'disqualifying'", "went on to call Cruz '...'": the sentence's subject says it (the
            # comma may end a title's quotation: "on MSNBC’s “Morning Joe,” calling it a “no-brainer”")
            participle = tok.lower().endswith("ing") and k > 0 and k in cues \
                and (toks[k - 1][2] == "," or k > 1 and toks[k - 2][2] == "," and toks[k - 1][2] in CLOSING_MARKS
                     or k == nearest and (self.lx.has("document", toks[k - 1][2])
                                          or toks[k - 1][2] in _AFTER_STATEMENT
                                          or k > 2 and toks[k - 2][2] in {"this", "last"}
                                          and toks[k - 1][2] in TIME_WORDS and self.lx.has("document", toks[k - 3][2])))
            # ("issued a statement (earlier) calling the report '...'", "issued a report this month charging ...": the
            # statement's subject, when no other verb that quotes comes nearer: not "a statement expressing optimism -
            # Ryan saying he was '...'")
            going_on = k in cues and goes_on_to(toks, k)
            # "provoked fury by branding the campaign 'two-bit Tories'": the means, the sentence's subject says it
            by_gerund = tok.lower().endswith("ing") and k > 0 and toks[k - 1][2].lower() == "by" and k in cues
            # "..., with the leader of the city council calling the decision '...'": the participle's subject
            with_np = self.with_subject(toks, k) if tok.lower().endswith("ing") and not progressive \
                and not by_gerund else None
            if with_np is not None and not self.source_head(self.text[with_np[0]:with_np[1]].split()[-1]):
                with_np = None  # ("replacing it with softer language calling for '...'": no one speaks)
            participle = participle and with_np is None  # ("..., despite one of its members, Cllr Dennis Armstrong,
            # calling it '...'": the name set off before the participle is its subject, not the sentence's)
            if (tok.lower().endswith("ing") and not progressive and not participle and not by_gerund
                    and with_np is None) or self.in_quote(toks[k][0]):
                continue
            if k > 0 and (is_noun_context(toks[k - 1][2]) or self.is_verb(toks[k - 1][2], "o")
                          or self.object_after_verb(toks, k)) \
                    or adjective_after_preposition(toks, k) or state_as_noun(toks, k) or noun_cue_form(toks, k) \
                    or participle_modifier(toks, k):
                continue  # "his comments", "Republican claims", "Mr. King's show": a noun, not a verb; "in written
                # submissions", "told state broadcaster EBC", "any reported faults": an adjective; "A staff report
                # released Friday": a noun
            if relative_after_bare(toks, k) and k > 0 and not toks[k - 1][2][:1].isalnum():
                continue  # "Ends 'deferral' rule that lets ...": a noun after its quoted modifier, then its relative
            if k > 0 and toks[k - 1][2].lower() in _NOUN_AFTER and not tok.lower().endswith(("ing", "ed")):
                continue  # "hold 'suspects' without charge", "on charges that": a noun after a preposition
            if tok.lower() in {"state", "states"} and k + 1 < len(toks) and toks[k + 1][2].isalpha() \
                    and toks[k + 1][2].lower() not in PRONOUNS | DETERMINERS | {"that"}:
                continue  # "appealed to member states to "stop ..."", "the states and provinces": a noun; the verb
                # goes on with "that", a determiner or a subject
            if k > 0 and tok.endswith("s") and (toks[k - 1][2][:1].isdigit()
                                                or toks[k - 1][2].lower() in NUMBER_WORDS | {"percentage"}):
                continue  # "50 percentage points behind", "three claims": a plural noun after a number
            if k > 1 and tok.endswith("s") and toks[k - 2][2].lower() == "of" and toks[k - 1][2][:1].isupper():
                continue  # "32% of Republican claims as": a noun after "of" and a capitalised modifier
            if tok.endswith("s") and k + 1 < len(toks) and toks[k + 1][2].lower() in _AUX_AFTER_NOUN:
                continue  # "in recent remarks have made clear": a plural noun before its verb
            habitual = k > 1 and toks[k - 1][2] == "to" and toks[k - 2][2].lower() in _HABITUAL
            agent = self.agent_after(toks, k)
            if k > 0 and toks[k - 1][2].lower() in {"to", "be", "been", "being", "is", "was", "were", "are"} \
                    and not progressive and not going_on and not habitual and agent is None:
                continue
            if agent is not None:
                subj = agent  # "plans ... - described by one civil service union as a "bonfire of the quangos"": the
                # passive's agent says it
            elif with_np is not None:
                subj = with_np
            elif participle:  # "Mr Blair has failed, he claimed, saying he has the 'wrong solution'": he
                subj = self.subject_of_previous_cue(toks, k - 2, s_lo) or self.sentence_subject(s_lo, toks[k][0])
                if subj and self.lx.has("anonymous", self.text[subj[0]:subj[1]].rsplit(None, 1)[-1].lower()) \
                        and (place := _PLACE_AFTER.match(self.text, subj[1])):
                    subj = subj[0], place.end()  # "A senior Labour source at the council was less diplomatic,
                    # telling": the source with where it works
            elif by_gerund:
                subj = self.sentence_subject(s_lo, toks[k][0])
            elif going_on:  # "Sanders said, going on to say that ...": the cue before it, else the sentence's subject
                verb = k - 3 if toks[k - 2][2].lower() == "on" else k - 2  # ("The piece goes on to slam": not "goes")
                subj = self.subject_of_previous_cue(toks, k - 3, s_lo) or self.sentence_subject(s_lo, toks[verb][0])
            elif k > 0 and toks[k - 1][2] == "," and k in cues and (inverted := self.subject_after(toks, k)) \
                    and (inverted[1] >= toks[-1][0] or self.text[inverted[1]:inverted[1] + 1] in {",", "."}
                         or (inverted := self.document_with_maker(toks, k, inverted))):
                subj = inverted  # "..., and it has used 'velvet gloves' ..., said Nargis Kassenova", "The paradox
                # of Nancy, says Carl Anthony, historian ..., is that she was '...'": the inverted subject (a document
                # with who made it: "..., said the leaflet published jointly by the CPS")
            else:
                subj = self.subject_before(toks, k - 2 if habitual else k, 0)  # ("His father used to say")
                if subj is None and k > 1 and toks[k - 1][2].lower() in {"and", "but"}:
                    # "which Trump had called a 'disaster' and promised to 'rip up'", "Though she called X
                    # 'outrageous' and called for ...": the subject of the cue before it in the same clause
                    subj = self.coordinated_subject(toks, k)
                w = self.before_verb_group(toks, k)
                if subj is None and k > 1 and toks[w][2] in {"that", "which"} \
                        and toks[w - 1][2].lower() in self.lx.lists["document"]:
                    subj = self.noun_phrase_before(toks, w, any_case=True)  # "a leaked memo that warns ... '...'",
                    # "an internal audit that also found ... '...'"
                if subj is None and k > 1 and (self.opens_relative(toks, k)
                                               or toks[k - 1][2] == "," and self.whose_clause_before(toks, k - 1)):
                    subj = self.relative_subject(toks, k)  # "a sharp response from Mireille Tshibangu, executive
                    # director of the network, who said the government '...'": whom the relative clause is about;
                    # "X, whose department drafted the proposal, said": X; "X, who has represented a ward since 2018
                    # and who once described": X
                if subj is None and k > 1 and toks[k - 1][2] == "," and (held := self.relative_subject(toks, k)) \
                        and ((i := next((i for i, t in enumerate(toks) if t[0] == held[0]), 0)) == 0
                             or toks[i - 1][2].lower() in _CLAUSE_OPENERS
                             or i <= 4 and toks[i - 1][2].islower() and (self.lx.has("title", toks[i - 1][2])
                                                                       or PERSON_NOUN.search(toks[i - 1][2]))
                             and all(t[2].isalpha() and t[2].lower() not in CLAUSE_WORDS | PREPOSITIONS
                                     and not self.lx.verb(t[2]) for t in toks[:i])):
                    subj = held  # "an angry exchange, where MSP Iain Corstorphine, who represents Fife, accused": the
                    # subject of a clause inside the sentence, set off by its relative clause (or opening it: "Leyla
                    # Huseynova, who ... chairs the forwarders' committee ..., said the decision was ...")
                if subj is None and (aside := self.appositive_subject(toks, k)) and aside[0] > toks[0][0]:
                    subj = aside  # a subject before an aside, inside the sentence: "but a senior official, speaking
                    # on background, said" (one that opens the sentence is its subject, read below)
                if subj is None and (joined := self.joined_clause_subject(toks, k)):
                    subj = joined  # "Seven inmates have tested positive, and the union representing officers at
                    # the prison says its members have been 'left guessing'": the union
                if subj is None and (subj := self.dashed_subject(toks, k)) is None \
                        and (subj := self.sentence_subject(s_lo, toks[k][0])) \
                        and toks[k - 1][2].lower() in {"and", "but"}:
                    subj = self.inner_clause_subject(subj, toks[k - 1][0], toks[k][0]) or subj  # "..., when her father,
                    # Wallace Pruitt, handed her the blades and told her to "go earn your keep."": her father
                role_named = subj and self.text.startswith(", ", subj[1]) \
                    and self.text[subj[0]:subj[1]].split()[-1].islower() \
                    and any(mt.start == subj[1] + 2 for mt in self.people)
                capitals = subj and not role_named \
                    and all(w[:1].isupper() for w in self.text[subj[0]:subj[1]].split()) \
                    and not any(subj[0] <= mt.start < subj[1] for mt in self.people)
                # (the appositive reading read only when one of those two may take it: this runs for every quotation)
                if (role_named or capitals) and (aside := self.appositive_subject(toks, k)) \
                        and aside[0] == subj[0] and aside[1] > subj[1] \
                        and (role_named or (last := next((mt for mt in self.people if mt.end == aside[1]), None))
                             and not _RELATIVE_WORD.search(self.text, subj[1], aside[1])
                             and not _PREPOSITION_WORD.search(self.text, subj[1], last.start)):
                    subj = aside  # "Her coach, Derek Oyelaran of the Muskoka Lakes Masters swim club, called her":
                    # the role and the person named after it, with where they work; 'Wailua resident Tomasina
                    # "Tommie" Reyes, who ..., told': the place, the role and the name (a nickname inside; not "The
                    # suit, which names her brother, Chief Executive Erik Halvorsen, alleges", nor "Family and friends
                    # of Jake Moore, who died ..., said": the name an object)
                if subj and _FOR_WHOM.match(self.text, subj[1]) \
                        and (self.lx.has("anonymous", self.text[subj[0]:subj[1]].rsplit(None, 1)[-1])
                             or self.lx.has("title", self.text[subj[0]:subj[1]].rsplit(None, 1)[-1])
                             or _ONE_SOURCE.match(self.text, subj[0])) \
                        and (aside := self.appositive_subject(toks, k)) and aside[0] == subj[0]:
                    subj = aside  # "A spokesman for Scottish Land & Estates, which represents rural landowners,
                    # said ... '...'", "A crew supervisor at a solar project near Tehachapi, who asked not to be
                    # named ..., said": the unnamed source with what it is for or at, as for a report; "Government
                    # Commissioner for the Development of the Lake Balaton Region Bence Hollósi, who drafted the bill,
                    # said": the title with its name
            if subj:
                cue_lo = toks[k][0]
                j = k - 1
                while j >= 0 and is_aux(toks[j][2]):
                    cue_lo = toks[j][0]
                    j -= 1
                return subj, (cue_lo, toks[k][1])
            if any(_ACCORDING.finditer(self.text, s_lo, q.open_at)):
                break  # "according to X" before the quote is its cue
        for m in _ACCORDING.finditer(self.text, s_lo, s_hi):
            if n := according_source_length(self.text[m.end():s_hi]):
                return (m.end(), m.end() + n), m.span(1)
        return None

    def joined_clause_subject(self, toks: list, k: int) -> tuple[int, int] | None:
        """The subject of a clause joined by ``, and`` or ``, but`` that the cue at ``k`` ends: the words between the
        conjunction and the cue, opened by a determiner or a capital, with no finite verb, twelve at most; else None."""
        c = next((c for c in range(k - 2, max(0, k - 14), -1) if toks[c][2].lower() in {"and", "but"}
                  and toks[c - 1][2] == ","), None)
        if c is None or c + 1 >= k or not (toks[c + 1][2].lower() in DETERMINERS - {"that"}
                                           or toks[c + 1][2][:1].isupper()):
            return None
        words_ = [t[2] for t in toks[c + 1:k]]
        if any(w.lower() in FINITE_VERBS or not (w[:1].isalnum() or w[:1] in "'’")
               or self.is_verb(w, "qcti") and w.islower() for w in words_) \
                or words_[-1].lower() in PRONOUNS:  # (no aside: "and an aggressive - some say")
            return None
        return toks[c + 1][0], toks[k - 1][1]

    def clause_quoted_whole(self, q: QuoteSpan, cue: tuple[int, int]) -> bool:
        """A sentence quoted whole in lower case right after a cue that takes a clause (:func:`whole_clause`): "Ivey
        said, “the timing is ...”" (not inside a reported clause, "said no matter what ..., “his word does not
        ...”", nor a noun phrase a cue takes, "blamed “a sustained decline ... that has reached ...”")."""
        verb = self.lx.verb(self.text[cue[0]:cue[1]].split()[-1].lower())
        return verb is not None and "c" in verb[1] and not self.text[cue[1]:q.open_at].strip(" ,:") \
            and whole_clause(self.text[q.start:q.end].rstrip())

    def is_direct(self, q: QuoteSpan, cued_after: bool, cue_before) -> bool:
        s_lo = self.sentence_of(q.open_at)[0]
        line_lo = self.text.rfind("\n", 0, q.open_at) + 1
        lead = self.text[max(s_lo, line_lo, self.paragraphs[q.paragraph][0]):q.open_at].strip()
        prev_close = self.close_before(q.open_at)
        if prev_close >= 0 and self.text[prev_close + 1:q.open_at].strip(" ,'") == "":
            lead = ""
        content = self.text[q.start:q.end].rstrip()
        whole = cue_before is not None and content.lstrip()[:1].islower() \
            and self.clause_quoted_whole(q, cue_before[1])  # (a lower-case sentence quoted whole)
        opens = (lead == "" or lead[-1] in ".!?" or (cue_before is not None and lead[-1] in ":,")
                 or cued_after and lead[-1] == ";"  # (a new clause: "... lake patrol; 'We're not an ATM,' mayor says")
                 or self.text[s_lo:q.open_at].rstrip().endswith(":")
                 or cue_before is not None and not self.text[cue_before[1][1]:q.open_at].strip()
                 and (content[:1].isupper() or whole) and len(content.split()) >= 5)  # ('and said "Utahns reject the
        # ugly politics ..."': a sentence quoted whole right after its verb, no comma or colon)
        ends = cued_after or (content[-1:] in {".", "!", "?", ","} if content else False)
        if not ends:
            para_hi = self.paragraphs[q.last_paragraph][1]
            after = self.text[q.end + mark_width(self.text, q.end):para_hi].lstrip() if q.closed else ""
            ends = not after or after[:1] in {".", "!", "?"}
        first = content.lstrip(" .…")[:1]
        resumed = (prev_close >= self.paragraphs[q.paragraph][0] and cue_before is not None
                   and len(self.text[prev_close:q.open_at].split()) <= 10)  # "...," he said, "is that ..."
        return opens and ends and (first.isupper() or first.isdigit() or first in "“\"'‘[(" or lead == "" or resumed
                                   or whole)
