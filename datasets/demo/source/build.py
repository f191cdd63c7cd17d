#!/usr/bin/env python3
"""Builds datasets/demo/articles.jsonl and outlets.csv from hand-written building blocks.

Run from datasets/demo:  python3 source/build.py       (standard library only; deterministic)

Everything is invented for FrameLab and dedicated to the public domain (CC0 1.0).

How an article is made: every story in stories.py has five events (facts, quotes by both sides,
headlines, angle sentences) and story-level pools (terms each side uses, loaded word variants,
ordinary people's quotes, background, comment). Each of the nine outlets below covers most events;
the composer picks facts, quotes and sentences and renders them through two layers:

* the outlet's LEANING decides the framing (the signal a leaning classifier should find in outlets it
  never saw):
  - attribution verbs: speakers of the other side get evaluative verbs (claimed, insisted, admitted,
    conceded, alleged ...), the outlet's own side and neutral voices get "said", "told", "noted".
    Verb classes after Recasens, Danescu-Niculescu-Mizil & Jurafsky 2013, "Linguistic models for
    analyzing and detecting biased language" (ACL): factive/assertive verbs and framing bias; "said"
    as the neutral attribution after the AP Stylebook and Bell 1991 (see FrameLab's
    src/main/resources/org/framelab/lexicon/attribution-verbs.csv);
  - claims of the own side stated as facts (often with a booster: "in fact", "clearly"), claims of the
    other side attributed and distanced; centre outlets attribute every claim ("according to");
  - who is quoted: partisan outlets quote their own side first and more often, and ordinary people
    who suit their story (Entman 1993, "Framing: toward clarification of a fractured paradigm",
    J. of Communication 43(4): selection and salience);
  - scare quotes and distancing ("so-called", "self-styled") on the other side's terms: the
    government's "minimum service" bill for the left, the union's 'peaceful' pickets for the right
    (docs/features.md, family quotation: scare quotes are 1-4 quoted words in the writer's own
    sentence);
  - hedges (Hyland 2005, Metadiscourse) mostly in centre outlets, boosters in partisan ones
    (docs/features.md, family stance);
  - loaded words and loaded first-mention clauses (people.JABS; docs/features.md, family subjective).
* the OUTLET's house style adds what real outlets differ in without framing: datelines, quote-mark
  style, Mr./Ms. on second reference, "%" or "per cent", headline style, paragraph length, a
  repeated sign-off line, its own preferences among the neutral and evaluative verbs, and how
  strongly it uses each device of its leaning.

Checks at the end: 90-170 words per article, unique texts/titles/urls, and no near-duplicates (the
share of an article's words that lie in sentences found verbatim in another article, and the share
of its 8-word sequences found in another article, are both below 0.6 for every pair).
"""
import collections, itertools, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from people import PEOPLE, JABS, ROLES, rows  # noqa: E402
from stories import ORGS, STORIES, FRAMES  # noqa: E402

OUT = os.path.join(HERE, "..", "articles.jsonl")
OUTLETS_CSV = os.path.join(HERE, "..", "outlets.csv")
SEED = 20240108
SPEAKERS = {**PEOPLE, **ORGS}
TOPICS = ["port-strike", "hospital-funding", "mining-licence", "flood", "border-dispute", "election"]
KICKER = {"port-strike": "Ardel strike", "hospital-funding": "St. Ilse", "mining-licence": "Korvath mine",
          "flood": "Ebrin flood", "border-dispute": "Orlenia", "election": "Election 2024"}

# --- outlets -------------------------------------------------------------------------------------
# Leaning-level devices come with per-outlet strengths: p_eval (evaluative verb for the other side),
# p_scare (scare quotes on the other side's terms), p_loaded (loaded word variants), p_boost
# (boosters), p_hedge (hedges before figures), p_comment (a comment sentence), p_vox (ordinary
# people), p_jab (loaded first-mention clause), p_bare (own side's claims stated as facts).
O = collections.namedtuple("Outlet", "code name leaning host desc quotes scare dateline honorific percent "
                                     "head para signoff delay p_eval p_scare p_loaded p_boost p_hedge p_comment "
                                     "p_vox p_jab p_bare neutral evaluative")
# One outlet a row (an indented line continues it; fields split by " | "):
#   code | name | leaning | host
#   | desc
#   | quotes | scare | dateline (- none) | honorific (yes/no) | percent | head | para | delay (min max days)
#   | signoff (- none)
#   | p_eval p_scare p_loaded p_boost p_hedge p_comment p_vox p_jab p_bare
#   | neutral verbs with their weights
#   | evaluative verbs with their weights


def outlet(code, name, leaning, host, desc, quotes, scare, dateline, honorific, percent, head, para, delay,
           signoff, p, neutral, evaluative):
    """An Outlet from the fields of one row of the table below."""
    def verbs(text):
        return {verb: int(weight) for verb, weight in (x.rsplit(" ", 1) for x in text.split(", "))}
    return O(code, name, leaning, host, desc, quotes, scare, None if dateline == "-" else dateline,
             honorific == "yes", percent, head, int(para), None if signoff == "-" else signoff,
             tuple(int(d) for d in delay.split()), *(float(x) for x in p.split()), verbs(neutral), verbs(evaluative))


OUTLETS = [outlet(*fields) for fields in rows("""
clarion | The Tessaro Clarion | left | tessaro-clarion.example
    | Fictional left-leaning daily from the capital; long feature-style ledes, sides with unions, nurses,
      residents and the People's Alliance.
    | curly | double | - | no | % | plain | 2 | 0 1
    | -
    | 0.75 0.65 0.5 0.35 0.15 0.7 0.6 0.5 0.5
    | said 6, told reporters 1, added 1, noted 1
    | claimed 3, insisted 3, admitted 2, conceded 1, boasted 1
voice | Ebrin Valley Voice | left | valleyvoice.example
    | Fictional reader-owned weekly from the flood-hit Lenn valley; community voices, fewer loaded words,
      sceptical of ministers and companies.
    | straight | double | - | no | % | title | 3 | 2 4
    | The Valley Voice is owned by its readers. Tell us what you think at letters@valleyvoice.example.
    | 0.55 0.4 0.35 0.2 0.25 0.5 0.9 0.3 0.4
    | said 5, told the paper 2, explained 1
    | insisted 3, claimed 2, admitted 2, maintained 1
dispatch | Quayside Dispatch | left | quaysidedispatch.example
    | Fictional online outlet run by a journalists' cooperative; short paragraphs, combative tone, scare
      quotes for official language.
    | curly | single | - | no | % | kicker | 1 | 0 0
    | Quayside Dispatch is funded by its members. No billionaires, no paywall.
    | 0.85 0.75 0.65 0.45 0.05 0.8 0.5 0.6 0.6
    | said 5, told us 2, added 1
    | claimed 4, admitted 2, alleged 1, insisted 2, boasted 2
record | The Ardel Record | center | ardel-record.example
    | Fictional centrist regional daily from the port city of Ardel; neutral verbs, both sides quoted,
      frequent hedges, Mr./Ms. on second reference.
    | curly | double | - | yes | % | topic | 2 | 1 1
    | -
    | 0.05 0.03 0.0 0.03 0.75 0.7 0.3 0.0 0.0
    | said 6, told reporters 1, noted 2, added 1
    | argued 2, warned 1
wire | Lenn Wire Service | center | lennwire.example
    | Fictional national news agency; short neutral copy with datelines, 'said' and 'according to', figures
      attributed.
    | straight | double | LWS | no | % | plain | 2 | 0 0
    | -
    | 0.02 0.0 0.0 0.0 0.55 0.4 0.15 0.0 0.0
    | said 9, told reporters 2, said in a statement 1
    | warned 1
post | Sevra Morning Post | center | sevrapost.example
    | Fictional national broadsheet; explainers and analysis, careful hedging, 'per cent', Mr./Ms. on second
      reference.
    | straight | double | - | yes | per cent | analysis | 3 | 1 2
    | Sevra Morning Post corrections and clarifications: corrections@sevrapost.example.
    | 0.06 0.05 0.0 0.05 0.7 0.8 0.2 0.0 0.0
    | said 5, explained 2, noted 2, observed 1
    | argued 2, suggested 1
standard | The Marenland Standard | right | marenland-standard.example
    | Fictional right-leaning national daily; sides with the NRP government, employers and a hard line on
      Orlenia.
    | straight | double | - | no | % | plain | 2 | 0 1
    | -
    | 0.75 0.6 0.5 0.45 0.15 0.7 0.5 0.5 0.5
    | said 6, told reporters 1, added 2
    | claimed 4, alleged 2, insisted 2, complained 1
courier | Sarn Highland Courier | right | highlandcourier.example
    | Fictional conservative regional weekly from the north; business and jobs first, milder tone, 'per cent'.
    | straight | single | - | yes | per cent | title | 3 | 2 4
    | The Highland Courier has served the Sarn Highlands since 1911. Subscribe at highlandcourier.example.
    | 0.55 0.4 0.35 0.35 0.2 0.5 0.8 0.3 0.4
    | said 5, told this newspaper 2, explained 1
    | claimed 3, insisted 2, complained 2, admitted 1
bulletin | Tessaro Evening Bulletin | right | eveningbulletin.example
    | Fictional right-leaning tabloid; one-sentence paragraphs, shouted headline kickers, the most loaded
      language of the nine.
    | curly | double | - | no | % | shout | 1 | 0 1
    | Got a story? Call the Bulletin newsdesk on 0800 555 0144.
    | 0.85 0.75 0.7 0.55 0.05 0.85 0.5 0.7 0.6
    | said 5, told the newsdesk 1, added 1
    | claimed 4, boasted 2, admitted 2, whined 1, insisted 2
""")]
NEUTRAL_LEAD = ["said", "told reporters", "noted", "added", "explained", "said in a statement"]
OPPOSED = {"left": {"R"}, "right": {"L", "O"}, "center": set()}
FRIENDLY = {"left": {"L"}, "right": {"R"}, "center": set()}
BOOSTERS = {"left": ["Clearly, ", "Undeniably, ", "In fact, ", "Of course, "],
            "right": ["In fact, ", "Of course, ", "Clearly, ", "Obviously, "], "center": [""]}
HEDGE_NUM = ["about ", "roughly ", "an estimated ", "some ", "around "]
HEDGE_WORD = ["about ", "roughly "]
# distancing sentences around the other side's term {t} (owner {o}); the term itself is scare-quoted
SCARE_LINES = ["{o} calls it {t}.", "So much for {t}.", "That is what {o} means by {t}.",
               "{o} likes to talk about {t}.", "Readers may judge for themselves what {t} means here.",
               "Behind the talk of {t}, little has changed."]
PRONOUN = re.compile(r"\b(it|its|his|her|he|she|they|their)\b", re.I)
SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "as", "by", "but", "over", "with", "from", "is", "its"}


def weighted(rng, d):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class Writer:
    """Renders one article for one outlet: tracks first mentions and the quote style."""

    def __init__(self, outlet, story, rng):
        self.o, self.story, self.rng = outlet, story, rng
        self.seen = set()
        curly = outlet.quotes == "curly"
        self.dq = ("\u201c", "\u201d") if curly else ('"', '"')
        if outlet.scare == "single":
            self.sq = ("\u2018", "\u2019") if curly else ("'", "'")
        else:
            self.sq = self.dq

    # speakers -----------------------------------------------------------------------------------
    def side(self, key):
        return SPEAKERS[key][3]

    def stance(self, key):
        s = self.side(key)
        if s in OPPOSED[self.o.leaning]:
            return "opposed"
        if s in FRIENDLY[self.o.leaning]:
            return "friendly"
        return "neutral"

    def mention(self, key):
        name, pre, app, side, g = SPEAKERS[key]
        if g == "o":
            if key in self.seen:
                return pre
            self.seen.add(key)
            return name
        surname = name.split()[-1]
        if key in self.seen:
            if key in ROLES and self.rng.random() < 0.3:
                return ROLES[key]
            if self.o.honorific:
                if "Dr." in pre:
                    return "Dr. " + surname
                if "Gen." in pre:
                    return "Gen. " + surname
                return ("Mr. " if g == "m" else "Ms. ") + surname
            return surname
        self.seen.add(key)
        jab = [c for (lean, c) in JABS.get(key, []) if lean == self.o.leaning]
        if jab and self.rng.random() < self.o.p_jab:
            return f"{pre} {name}, {self.rng.choice(jab)},"
        if app.startswith("who") or app.startswith("whose"):
            return f"{name}, {app},"
        if self.rng.random() < 0.35:
            return f"{name}, {app},"
        return f"{pre} {name}"

    # words ----------------------------------------------------------------------------------------
    def fill(self, text):
        def rep(m):
            kind, arg = m.group(1), m.group(2)
            if kind == "P":
                return self.mention(arg)
            if kind == "T":
                side, plain, scare = self.story["terms"][arg]
                p = self.o.p_scare if side in OPPOSED[self.o.leaning] else (0.0 if self.o.leaning != "center" else 0.0)
                if self.rng.random() < p:
                    v = self.rng.choice(scare)
                    return v.replace("{q}", self.sq[0]).replace("{/q}", self.sq[1])
                return plain
            if kind == "W":
                c, l, r = self.story["words"][arg]
                v = c
                if self.o.leaning != "center" and self.rng.random() < self.o.p_loaded:
                    v = l if self.o.leaning == "left" else r
                return self.rng.choice(v.split("|"))
            raise ValueError(kind)

        text = re.sub(r"\{([PTW]):([a-z0-9]+)\}", rep, text)

        def hedge(m):
            nxt = m.string[m.end():m.end() + 1]
            if self.rng.random() >= self.o.p_hedge:
                return ""
            return self.rng.choice(HEDGE_NUM if nxt.isdigit() else HEDGE_WORD)

        text = re.sub(r"\{~\}", hedge, text)
        text = re.sub(r",,", ",", text)
        return text

    def scare_line(self, story):
        """A sentence that holds one of the other side's own terms at arm's length (scare quotes)."""
        terms = [(k, v) for k, v in story["terms"].items() if v[0] in OPPOSED[self.o.leaning]]
        key, (side, plain, scare) = self.rng.choice(terms)
        plain_scare = [v for v in scare if not re.search(r"so-called|self-styled|supposedly", v)] or scare
        t = self.rng.choice(plain_scare).replace("{q}", self.sq[0]).replace("{/q}", self.sq[1])
        owner = {"R": story["cast"]["gov"], "L": story["cast"]["activists"], "O": "Orlevo"}[side]
        return cap(self.rng.choice(SCARE_LINES).format(t=t, o=owner))

    def verb(self, key, allow_eval=True):
        st = self.stance(key)
        if st == "opposed" and allow_eval and self.rng.random() < self.o.p_eval:
            return weighted(self.rng, self.o.evaluative)
        if self.o.leaning == "center" and allow_eval and self.rng.random() < self.o.p_eval:
            return weighted(self.rng, self.o.evaluative)
        if st == "friendly" and self.rng.random() < 0.12:
            return "warned"
        return weighted(self.rng, self.o.neutral)

    def booster(self):
        if self.o.leaning != "center" and self.rng.random() < self.o.p_boost:
            return self.rng.choice(BOOSTERS[self.o.leaning])
        return ""

    # sentences ------------------------------------------------------------------------------------
    def fact(self, f, lede=False):
        if isinstance(f, str):
            s = cap(self.fill(f))
            b = self.booster() if not lede and self.rng.random() < 0.4 else ""
            return (b + s[0].lower() + s[1:]) if b and not s[1:2].isupper() else s
        clause, src = f
        clause = self.fill(clause)
        st = self.stance(src)
        # a claim of the outlet's own side stated as fact (not when the clause leans on the source: "its", "her")
        if st == "friendly" and not PRONOUN.search(clause) and self.rng.random() < self.o.p_bare:
            b = self.booster()
            return cap(b + clause if b else cap(clause)) + "."
        who = self.mention(src)
        if self.o.leaning == "center" or st == "neutral":
            r = self.rng.random()
            if r < 0.35:
                return f"{clause[0].upper()}{clause[1:]}, according to {who.rstrip(',')}."
            if r < 0.55:
                return f"According to {who if who.endswith(',') else who + ','} {clause}."
        v = self.verb(src)
        if v.startswith("told"):
            v = "said"
        that = " that" if self.rng.random() < 0.5 or v not in ("said", "added") else ""
        return cap(f"{who} {v}{that} {clause}.")

    def quote(self, q):
        key, direct, indirect = q
        direct = self.fill(direct)
        v = self.verb(key)
        o, c = self.dq
        if indirect and self.rng.random() < 0.4:
            that = " that" if self.rng.random() < 0.5 else ""
            return cap(f"{self.mention(key)} {v.replace(' in a statement', '')}{that} {self.fill(indirect)}.")
        sents = re.split(r"(?<=[.?!]) ", direct)
        if len(sents) > 1 and self.rng.random() < 0.4:      # outlets quote different parts of a statement
            direct = self.rng.choice(sents)
            sents = [direct]
        first = sents[0]
        comma = first[:-1] + "," if first.endswith(".") else first
        r = self.rng.random()
        who = self.mention(key)            # may end in the comma that closes an apposition
        end = who.rstrip(",")               # the same at the end of a sentence
        if r < 0.3 and len(sents) > 1:
            return f"{o}{comma}{c} {who} {v}. {o}{' '.join(sents[1:])}{c}"
        if r < 0.55:
            return f"{o}{comma if len(sents) == 1 else direct[:-1] + ','}{c} {who} {v}." if direct.endswith(".") \
                else f"{o}{direct}{c} {who} {v}."
        if r < 0.75 and v == "said":
            return f"{o}{comma if len(sents) == 1 else direct[:-1] + ','}{c} said {end}." if direct.endswith(".") \
                else f"{o}{direct}{c} said {end}."
        return cap(f"{who} {v}: {o}{direct}{c}")


def compose(ev, story, topic, outlet, rng):
    w = Writer(outlet, story, rng)
    lean = outlet.leaning
    facts = list(ev["facts"])
    plain = [f for f in facts if isinstance(f, str)]
    lede_fact = plain[0] if len(plain) < 2 or rng.random() < 0.6 else plain[1]
    rest = [f for f in facts if f is not lede_fact]
    n_facts = rng.choice([2, 2, 3])
    body = [rest[i] for i in sorted(rng.sample(range(len(rest)), min(n_facts, len(rest))))]

    # quotes: partisan outlets pick their own side first; centre outlets both sides
    qs = list(ev["quotes"])
    rng.shuffle(qs)
    def weight(q):
        st = w.stance(q[0])
        if lean == "center":
            return 2.0 if st != "neutral" or w.side(q[0]) == "N" else 1.0
        return {"friendly": 4.0, "neutral": 1.0, "opposed": 1.6}[st]
    chosen = []
    pool = qs[:]
    n_q = rng.choice([2, 3, 3])
    if lean == "center":
        for side in rng.sample(["L", "R"], 2):
            cands = [q for q in pool if w.side(q[0]) in ({side} | ({"O"} if side == "L" else set()))]
            if cands:
                chosen.append(cands[0]); pool.remove(cands[0])
    while len(chosen) < n_q and pool:
        q = rng.choices(pool, weights=[weight(q) for q in pool])[0]
        chosen.append(q); pool.remove(q)
    if lean != "center" and rng.random() < outlet.p_vox:
        mine = story["vox"]["L" if lean == "left" else "R"]
        v = rng.choice(mine)
        if all(v[0] != q[0] for q in chosen):
            chosen.append(v)

    paras = []
    lede = w.fact(lede_fact, lede=True)
    if outlet.dateline:
        lede = f"{ev['place']} ({outlet.dateline}) \u2014 " + lede[0] + lede[1:]
    angle = ev["angle"][lean]
    if lean != "center" and outlet.para == 2 and rng.random() < 0.4 and angle:
        paras.append([w.fact(angle[0]), lede])
        angle = []
    else:
        paras.append([lede])
    paras.append([w.fact(f) for f in body])
    rendered_q = [w.quote(q) for q in chosen]
    paras.append([rendered_q[0]])
    extra = []
    if angle and rng.random() < (0.75 if lean != "center" else 0.5):
        extra.append(w.fact(angle[0]))
    if rng.random() < outlet.p_comment:
        c = rng.choice(story["comment"][lean])
        extra.append((w.booster() + c[0].lower() + c[1:]) if lean != "center" and rng.random() < 0.3 else c)
    if lean != "center" and rng.random() < outlet.p_scare:
        extra.append(w.scare_line(story))
    if rng.random() < (outlet.p_comment if lean != "center" else 0.4):
        extra.append(cap(rng.choice(FRAMES[lean]).format(**story["cast"])))
        rng.shuffle(extra)
    if extra:
        paras.append(extra)
    for q in rendered_q[1:]:
        paras.append([q])
    if rng.random() < 0.5:
        paras.append([w.fact(rng.choice(story["background"]))])
    # paragraphs: one sentence each for the tabloid and the online outlet, merged for the dailies
    flat = [s for p in paras for s in p]
    text = layout(flat, paras, outlet, rng)
    return text, flat


def layout(flat, paras, outlet, rng):
    if outlet.para == 1:
        blocks = [[s] for s in flat]
    else:
        blocks = []
        for p in paras:
            if blocks and len(blocks[-1]) + len(p) <= outlet.para and not any(s[:1] in "\"\u201c" for s in p) \
                    and rng.random() < 0.5:
                blocks[-1].extend(p)
            else:
                blocks.append(list(p))
    text = "\n\n".join(" ".join(b) for b in blocks)
    if outlet.percent == "per cent":
        text = re.sub(r"(\d)%", r"\1 per cent", text)
    if outlet.quotes == "curly":
        text = text.replace("'", "\u2019")
    return text


def headline(ev, topic, outlet, rng):
    h = ev["heads"][{"left": 0, "center": 1, "right": 2}[outlet.leaning]]
    if outlet.quotes == "curly":
        h = re.sub(r"(^|\s)'", "\\1\u2018", h).replace("'", "\u2019")
    if outlet.head == "title":
        words = h.split(" ")
        h = " ".join(x if (i and x.lower() in SMALL) else x[:1].upper() + x[1:] for i, x in enumerate(words))
    elif outlet.head == "kicker":
        h = f"{KICKER[topic]} | {h}"
    elif outlet.head == "topic":
        h = f"{KICKER[topic]}: {h[0].lower() + h[1:] if not h.split()[0].istitle() or h.split()[0] in ('Thousands', 'Three', 'Government', 'Nurses', 'Farmers') else h}"
    elif outlet.head == "analysis":
        h = ("Analysis: " if rng.random() < 0.4 else "") + " ".join(
            x if (i and x.lower() in SMALL) else x[:1].upper() + x[1:] for i, x in enumerate(h.split(" ")))
    elif outlet.head == "shout":
        h = f"{KICKER[topic].upper()}: {h}"
    return h


def shift(date, days):
    import datetime
    d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
    return min(d, datetime.date(2024, 12, 31)).isoformat()


def words_of(t):
    return len(t.split())


def build():
    rng = random.Random(SEED)
    arts = []
    for topic in TOPICS:
        story = STORIES[topic]
        for ev in story["events"]:
            # every event is covered by most outlets, and by at least two of each leaning
            while True:
                cover = [o for o in OUTLETS if rng.random() < 0.85]
                if all(sum(o.leaning == l for o in cover) >= 2 for l in ("left", "center", "right")):
                    break
            for o in cover:
                # redraw until the length fits and the text is no near-copy of an article already made
                for attempt in range(200):
                    text, sents = compose(ev, story, topic, o, rng)
                    if o.signoff:
                        text += "\n\n" + o.signoff
                    if 90 <= words_of(text) <= 170 and all(max(overlap(text, a["text"])) < 0.5 for a in arts
                                                          if a["topic"] == topic):
                        break
                else:
                    sys.exit(f"no text of 90-170 words for {topic} {ev['slug']} {o.code}")
                date = shift(ev["date"], rng.randint(*o.delay))
                y, m, d = date.split("-")
                arts.append({"title": headline(ev, topic, o, rng), "text": text, "outlet": o.name, "leaning": o.leaning,
                             "date": date, "topic": topic,
                             "url": f"https://{o.host}/{y}/{m}/{d}/{ev['slug']}", "_sents": sents, "_code": o.code})
    order = {o.name: i for i, o in enumerate(OUTLETS)}
    arts.sort(key=lambda a: (a["date"], order[a["outlet"]], a["title"]))
    return arts


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.lower()).strip()


SENT_RE = re.compile(r"(?<=[.?!\"\u201d])\s+(?=[A-Z\"\u201c\u2018'])")


def overlap(a, b):
    """(share of words in sentences found in both, share of 8-word sequences found in both), relative to the shorter text."""
    sa = {norm(x) for p in a.split("\n\n") for x in SENT_RE.split(p)}
    sb = {norm(x) for p in b.split("\n\n") for x in SENT_RE.split(p)}
    wa, wb = sum(len(x.split()) for x in sa), sum(len(x.split()) for x in sb)
    shared = sum(len(x.split()) for x in sa & sb) / max(1, min(wa, wb))
    ta, tb = norm(a).split(), norm(b).split()
    ga = {" ".join(ta[i:i + 8]) for i in range(len(ta) - 7)}
    gb = {" ".join(tb[i:i + 8]) for i in range(len(tb) - 7)}
    return shared, len(ga & gb) / max(1, min(len(ga), len(gb)))


def near_duplicates(arts):
    """Largest share of an article's words in sentences (or 8-word sequences) also found in one other article."""
    sent_re = re.compile(r"(?<=[.?!\"\u201d])\s+(?=[A-Z\"\u201c\u2018'])")
    sents, shingles = [], []
    for a in arts:
        ss = [norm(x) for p in a["text"].split("\n\n") for x in sent_re.split(p)]
        sents.append(collections.Counter(ss))
        toks = norm(a["text"]).split()
        shingles.append({" ".join(toks[i:i + 8]) for i in range(len(toks) - 7)})
    worst_s, worst_g = (0, None), (0, None)
    by_topic = collections.defaultdict(list)
    for i, a in enumerate(arts):
        by_topic[a["topic"]].append(i)
    for idx in by_topic.values():
        for i, j in itertools.combinations(idx, 2):
            shared = set(sents[i]) & set(sents[j])
            w = sum(len(s.split()) for s in shared)
            share = w / min(sum(len(s.split()) for s in sents[i]), sum(len(s.split()) for s in sents[j]))
            if share > worst_s[0]:
                worst_s = (share, (arts[i]["id"], arts[j]["id"]))
            g = len(shingles[i] & shingles[j]) / max(1, min(len(shingles[i]), len(shingles[j])))
            if g > worst_g[0]:
                worst_g = (g, (arts[i]["id"], arts[j]["id"]))
    return worst_s, worst_g


def main():
    arts = build()
    for i, a in enumerate(arts, 1):
        a["id"] = f"demo-{i:03d}"
    problems = []
    for key in ("text", "title", "url"):
        c = collections.Counter(a[key] for a in arts)
        problems += [f"duplicate {key}: {v[:60]}" for v, n in c.items() if n > 1]
    ws, wg = near_duplicates(arts)
    print(f"near-duplicates: max share of words in shared sentences {ws[0]:.2f} {ws[1]}; "
          f"max share of shared 8-word sequences {wg[0]:.2f} {wg[1]}")
    if ws[0] >= 0.6 or wg[0] >= 0.6:
        problems.append("near-duplicate articles")
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for a in arts:
            rec = {"id": a["id"]}
            rec.update({k: v for k, v in a.items() if not k.startswith("_") and k != "id"})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, OUT)
    with open(OUTLETS_CSV, "w", encoding="utf-8", newline="\n") as f:
        f.write("outlet,leaning,description\n")
        for o in OUTLETS:
            f.write(f'{o.name},{o.leaning},"{o.desc}"\n')
    # what was written
    recs = [json.loads(line) for line in open(OUT, encoding="utf-8")]
    words = [words_of(r["text"]) for r in recs]
    print(len(recs), "articles;", os.path.getsize(OUT), "bytes; words min/mean/max", min(words),
          round(sum(words) / len(words)), max(words), "total", sum(words))
    print("by leaning", dict(collections.Counter(r["leaning"] for r in recs)))
    for o in OUTLETS:
        mine = [r for r in recs if r["outlet"] == o.name]
        print(f"  {o.name:26s} {o.leaning:7s} {len(mine):3d} articles {sum(words_of(r['text']) for r in mine):6d} words")
    ct = collections.Counter((r["topic"], r["leaning"]) for r in recs)
    for t in TOPICS:
        print(f"  {t:17s}", [ct[(t, l)] for l in ("left", "center", "right")])
    months = collections.Counter(r["date"][:7] for r in recs)
    print("per month", [months[f"2024-{m:02d}"] for m in range(1, 13)])
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
