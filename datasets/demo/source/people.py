"""Speakers of the demo corpus (all invented for FrameLab; CC0).

key: (name, title before the name, title after the name (apposition), side, gender)

side: "L" people and groups the left-leaning outlets side with (unions, nurses, residents,
campaigners, the People's Alliance), "R" those the right-leaning outlets side with (the National
Renewal Party government, employers, the mine), "O" the Orlenian government (treated as the other
side by the right-leaning outlets only), "N" neutral voices (mediators, auditors, experts) that every
outlet quotes with neutral verbs. gender: "m"/"f" for Mr./Ms., "o" for organisations.

JABS are the loaded relative clauses an outlet of the other leaning attaches to a speaker on first
mention ("Victor Lamm, who took home a bonus of ...") -- a framing device of the kind Recasens et
al. 2013 ("Linguistic models for analyzing and detecting biased language", ACL) call framing bias
through presupposition and one-sided context.
"""


def rows(table):
    """The rows of a table written one per line with its fields split by " | " (a line that starts with
    a space continues the row above it; blank lines and # comments are left out)."""
    out = []
    for line in table.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] == " " and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return [r.split(" | ") for r in out]


# key | name | title before the name | title after the name (apposition) | side | gender
PEOPLE = {key: tuple(fields) for key, *fields in rows("""
# port strike
reyk | Jonas Reyk | PTWU general secretary | general secretary of the Port and Transport Workers' Union | L | m
vella | Tomas Vella | PTWU organiser | an organiser for the dockers' union | L | m
jelen | Marta Jelen | crane operator | a crane operator at Terminal 3 since the '90s | L | f
lamm | Victor Lamm | Ardel Harbour Holdings chief executive | chief executive of Ardel Harbour Holdings | R | m
aurich | Pavel Aurich | Transport Minister | the transport minister | R | m
ander | Ruth Ander | Employment Minister | the employment minister | R | f
kovel | Dara Kovel | Interior Minister | the interior minister | R | f
buhl | Klara Buhl | Chamber of Shipping director | director of the Marenland Chamber of Shipping | R | f
herne | Jakob Herne | fruit exporter | who runs a family exporting firm in Ebrin | R | m
valtek | Oren Valtek | mediator | a retired judge appointed as mediator | N | m
varga | Lena Varga | regional ombudsman Dr. | the regional ombudsman | N | f
# hospital funding
ferrand | Tomas Ferrand | Health Minister | the health minister | R | m
drell | Sofia Drell | Nurses' Guild leader | leader of the Nurses' Guild | L | f
pirro | Ansel Pirro | People's Alliance health spokesman Dr. | the People's Alliance health spokesman | L | m
morell | Anja Morell | bus driver | a bus driver who was born at St. Ilse | L | f
olsberg | Hana Olsberg | Medical Association president Dr. | president of the Marenland Medical Association | N | f
hallin | Per Hallin | hospital director | chair of the Association of Hospital Directors | N | m
sand | Eva Sand | patient | who has waited eight months for a hip operation | R | f
# mining licence
holm | Renata Holm | Environment Minister | the environment and resources minister | R | f
orlo | Sabine Orlo | Grevholm Minerals chief executive | chief executive of Grevholm Minerals | R | f
lind | Berta Lind | Korvath mayor | the mayor of Korvath | R | f
rask | Pia Rask | mechanic | a 24-year-old mechanic from Korvath | R | f
ekdahl | Nils Ekdahl | Save the Sarn spokesman | spokesman for the campaign group Save the Sarn | L | m
brandt | Ilse Brandt | sheep farmer | whose family has farmed above Korvath since the 1880s | L | f
vik | Anders Vik | hydrologist Dr. | an independent hydrologist | N | m
# flood
varro | Piet Varro | National Emergency Agency director Maj. Gen. | director of the National Emergency Agency | N | m
strand | Helga Strand | Finance Minister | the finance minister | R | f
brenn | Oskar Brenn | Prime Minister | the prime minister | R | m
tollen | Jan Tollen | Ebrin mayor | the mayor of Ebrin | L | m
ilves | Rosa Ilves | baker | who lost her bakery on Market Street to the water | L | f
oss | Karin Oss | flood engineer Dr. | a flood engineer at the University of Tessaro | N | f
# border dispute
darrow | Emil Darrow | Defence Minister | the defence minister and a retired major general | R | m
castellan | Ivo Castellan | Foreign Minister | the foreign minister | R | m
talsk | Irina Talsk | Orlenian Foreign Ministry spokeswoman | spokeswoman for Orlenia's Foreign Ministry | O | f
rodin | Pavel Rodin | Orlenian chief negotiator | Orlenia's chief negotiator | O | m
voight | Lena Voight | fishermen's cooperative chair | who chairs the Sevra fishermen's cooperative | L | f
varsk | Mira Varsk | C.N.S. envoy Dr. | the Council of Northern States envoy | N | f
hanst | Oleg Hanst | shopkeeper | a shopkeeper in Verrin village | N | m
# election
marovec | Lidia Marovec | People's Alliance leader | leader of the People's Alliance | L | f
valk | Teodor Valk | Civic Centre leader | leader of the Civic Centre party | N | m
sorensen | Ida Sorensen | pollster | research director at Pollmark Research | N | f
""")}

# Loaded first-mention clauses per outlet leaning: key | leaning that uses it | clause, read as
# key: [(leaning, clause), ...].
JABS = {}
for key, *jab in rows("""
lamm | left | who took home a bonus of 1.4 million marks last year
lamm | left | whose company reported record profits in 2023
reyk | right | who has led three walkouts in five years
reyk | right | a veteran of the 1998 port shutdown
aurich | left | who has never once visited the picket line
kovel | left | who sent in the riot police
ferrand | left | a former management consultant
ferrand | left | whose own family uses private clinics
drell | right | whose union has backed the opposition at every election since 2008
pirro | right | who voted for hospital mergers as a regional councillor
orlo | left | whose company has been fined twice for pollution abroad
ekdahl | right | a former Tessaro council candidate for the People's Alliance
ekdahl | right | who lives 200 km away in the capital
holm | left | who once sat on the board of a mining supplier
strand | left | who cut the flood budget in 2022
tollen | right | a People's Alliance mayor
darrow | left | who sits on the advisory board of a veterans' fund backed by Halvard Arms
marovec | right | a former trade union lawyer
marovec | right | who marched with the dockers' pickets in February
brenn | left | whose government postponed the Ebrin embankment
voight
"""):
    JABS.setdefault(key, []).extend([tuple(jab)] if jab else [])  # a key alone: no clauses

# Role nouns some outlets use on second reference ("the minister insisted", "the union leader
# claimed"): the same verb-and-role pairs then recur across stories.
ROLES = dict(rows("""
reyk | the union leader
vella | the organiser
lamm | the chief executive
aurich | the minister
ander | the minister
kovel | the minister
ferrand | the minister
drell | the nurses' leader
pirro | the opposition spokesman
holm | the minister
orlo | the chief executive
ekdahl | the campaigner
strand | the minister
brenn | the prime minister
tollen | the mayor
darrow | the minister
castellan | the minister
talsk | the spokeswoman
rodin | the negotiator
marovec | the opposition leader
lind | the mayor
"""))
