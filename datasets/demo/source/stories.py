"""Building blocks of the six demo stories (all invented for FrameLab; CC0 1.0).

Written by hand for FrameLab; many facts and quotes come from the first, fully hand-written version
of the demo corpus (four outlets, 2024, see git history). build.py composes articles from them.

Placeholders inside the texts (expanded by build.py):
  {P:key}  a speaker or organisation from people.py / ORGS: full title and name on first mention,
           surname (or Mr./Ms. Surname, or the short name of an organisation) afterwards
  {T:key}  a term one side uses for its own policy or cause (story "terms"): plain for centre
           outlets and the side's friends, scare-quoted or "so-called" for the other side's outlets
  {W:key}  a word slot with a neutral, a left and a right variant (story "words"): loaded words
  {~}      a hedge slot before a figure ("about ", "roughly ", "an estimated "), used mostly by
           centre outlets

A fact is a string (the outlet states it) or a tuple (clause, source key): a claim attributed to a
source, which the outlet reports with a neutral verb, an evaluative one ("claimed") or states as a
fact, depending on its leaning and the source's side.
A quote is (speaker key, direct words, indirect clause or None).

Each story is written as a table, one row per line, fields split by " | " (people.rows: an indented
line continues the row above it), read by story() below. Story-level rows:
  cast KEY | TEXT                          who governs, holds power, ... (filled into FRAMES)
  term KEY | SIDE | PLAIN | SCARE ...      {T:key}: the side that uses it, plain and scare-quoted forms
  word KEY | CENTRE | LEFT | RIGHT         {W:key}: variants ("a|b" picks one of a and b)
  vox SIDE | SPEAKER | WORDS               an ordinary person's quote, for outlets of that side
  background TEXT
  comment LEANING | TEXT
Then one block per event, opened by "event DATE | SLUG | PLACE":
  head TEXT                                three headlines: left, centre, right
  fact TEXT                                a fact the outlet states
  claim SOURCE | CLAUSE                    a claim attributed to a source
  quote SPEAKER | DIRECT | INDIRECT        INDIRECT may be left out (None)
  left TEXT / right TEXT / center TEXT     angle sentences per leaning
"""
from people import rows

# key | full name | short name | side; read as key: (full name, short name, '', side, 'o')
ORGS = {key: (name, short, "", side, "o") for key, name, short, side in rows("""
ptwu | the Port and Transport Workers' Union | the union | L
ahh | Ardel Harbour Holdings | the company | R
chamber | the Marenland Chamber of Shipping | the chamber | R
police | Ardel police | police | N
healthmin | the Health Ministry | the ministry | R
guild | the Nurses' Guild | the guild | L
auditoffice | the Health Audit Office | the audit office | N
grevholm | Grevholm Minerals | the company | R
savesarn | Save the Sarn | the campaign group | L
nea | the National Emergency Agency | the agency | N
basin | the Lenn Basin Authority | the authority | N
defmin | the Defence Ministry | the ministry | R
orlenia | Orlenia's Foreign Ministry | the Orlenian ministry | O
pa | the People's Alliance | the party | L
nrp | the National Renewal Party | the NRP | R
pollmark | Pollmark Research | the pollster | N
commission | the Electoral Commission | the commission | N
""")}


def story(table):
    """A story from its table (see above): story-level pools, then events in order."""
    st = {"cast": {}, "terms": {}, "words": {}, "vox": {"L": [], "R": []}, "background": [],
          "comment": {"left": [], "right": [], "center": []}, "events": []}
    for tag_first, *rest in rows(table):
        tag, _, first = tag_first.partition(" ")
        f = [first.strip()] + rest
        if tag == "event":
            ev = {"date": f[0], "slug": f[1], "place": f[2], "heads": [], "facts": [], "quotes": [],
                  "angle": {"left": [], "right": [], "center": []}}
            st["events"].append(ev)
        elif tag == "cast":
            st["cast"][f[0]] = f[1]
        elif tag == "term":
            st["terms"][f[0]] = (f[1], f[2], f[3:])
        elif tag == "word":
            st["words"][f[0]] = tuple(f[1:])
        elif tag == "vox":
            st["vox"][f[0]].append((f[1], f[2], None))
        elif tag == "background":
            st["background"].append(f[0])
        elif tag == "comment":
            st["comment"][f[0]].append(f[1])
        elif tag == "head":
            ev["heads"].append(f[0])
        elif tag == "fact":
            ev["facts"].append(f[0])
        elif tag == "claim":
            ev["facts"].append((f[1], f[0]))
        elif tag == "quote":
            ev["quotes"].append((f[0], f[1], f[2] if len(f) > 2 else None))
        elif tag in ev["angle"]:
            ev["angle"][tag].append(f[0])
        else:
            raise ValueError(f"unknown row: {tag_first}")
    for ev in st["events"]:
        ev["heads"] = tuple(ev["heads"])
    return st


STORIES = {}

# ---------------------------------------------------------------------------------------------
STORIES["port-strike"] = story("""
cast       gov | the government
cast       power | Ardel Harbour Holdings
cast       ordinary | the dockers and their families
cast       activists | the union leadership
cast       public | exporters, farmers and shoppers
cast       rv | a competitive port
cast       lv | secure jobs on the quay
term       modernisation | R | modernisation plan | so-called {q}modernisation plan{/q} | {q}modernisation{/q}
           plan
term       minservice | R | minimum-service bill | so-called {q}minimum service{/q} bill | {q}minimum
           service{/q} bill
term       ruleoflaw | R | the rule of law | {q}the rule of law{/q}
term       peaceful | L | peaceful pickets | {q}peaceful{/q} pickets | self-styled {q}peaceful{/q} pickets
term       solidarity | L | solidarity fund | {q}solidarity{/q} fund
term       fairdeal | L | fair deal for dockers | {q}fair deal{/q} for dockers
word       strike | strike | strike | walkout|shutdown
word       union | the union | the dockers' union | the union bosses
word       clearance | operation | violent clearance | long-overdue operation
word       company | the company | the port's owners | the company
word       pickets | pickets | striking dockers | militant pickets
vox        L | jelen | They call it progress. We call it the sack with a bow on it.
vox        L | vella | They waited until it was dark and people were asleep. That tells you everything.
vox        R | herne | We did nothing wrong, yet we're the ones paying for this.
vox        R | buhl | Every day the cranes stand still, cargo finds another harbour.
background The port of Ardel handles {~}40% of Marenland's container traffic.
background The dispute is over a plan to automate Terminals 3 and 4 by 2027.
background About 2,300 people work at the two container terminals.
background {P:ahh} has promised no compulsory redundancies before 2026.
comment    left | This is a government that picks a side and then pretends to be the referee.
comment    left | Working people built this port, and they are entitled to a say in how it changes.
comment    left | Ministers who found time for the shipping lobby have found none for the families on Quay
           Street.
comment    left | Nobody should be surprised that the dockers have had enough of being treated as a cost line.
comment    right | Standing still is not an option for a port that competes with every harbour in the region.
comment    right | Exporters, farmers and consumers are paying the price for a dispute they had no part in.
comment    right | The right to strike is not a right to switch off the country's busiest port.
comment    right | Common sense says a modern port needs modern equipment, whatever the union bosses think.
comment    center | Neither side's figures could be independently verified.
comment    center | It is unclear how long the union's strike fund can support members.
comment    center | Economists said the cost to exporters was difficult to estimate while the dispute
           continued.

event      2024-01-08 | dockers-vote-to-strike | ARDEL
head       Dockers vote to fight Ardel automation plan
head       Ardel dockworkers vote to strike over automation plan
head       Union votes to shut Ardel port over new cranes
claim      ptwu | 81% of members who took part backed a walkout, on a turnout of 74%
fact       Dockworkers at the port of Ardel voted to {W:strike} from Jan. 15 over the {T:modernisation} for
           two container terminals.
claim      ahh | the automation programme was needed to keep the port competitive
fact       {~}2,300 workers would be affected by a stoppage.
claim      lamm | no compulsory redundancies were planned before 2026
quote      reyk | We have asked for guarantees in writing for three months and received none. | the union had
           asked for written guarantees for three months and received none
quote      lamm | Every modern port in the region has automated. Standing still is not an option. | the port
           would fall behind its rivals without automation
quote      aurich | I hope both sides will return to the table before anyone walks out. | he hoped both sides
           would return to talks
quote      jelen | My father worked this quay. I didn't expect to be the last of us.
left       The vote is a verdict on years of pay that lagged behind the port's record profits.
right      In fact, {P:ahh} has held eleven rounds of talks since September.
center     It is unclear whether talks planned for the weekend will take place.

event      2024-01-22 | port-shutdown-second-week | ARDEL
head       Dockers hold firm as Ardel strike enters second week
head       Ardel strike enters second week with no talks scheduled
head       Exporters count the cost as the Ardel shutdown drags on
claim      chamber | losses to exporters had reached at least 40 million marks
fact       Fruit growers in the Lenn valley said crates of apples were waiting on the quayside.
claim      ptwu | its pickets were only informing lorry drivers about the dispute
claim      buhl | drivers had been abused and their vehicles blocked by {T:peaceful}
fact       {~}14 vessels were waiting at anchor on Monday, and two had been diverted to Sellvik.
quote      reyk | The company is refusing to talk, and the government is cheering it on. | the company was
           refusing to talk
quote      herne | The union leaders haven't missed a meal. My growers have.
quote      brenn | This dispute shows why Marenland needs a minimum-service law for critical infrastructure. |
           the dispute showed why Marenland needed a minimum-service law
quote      vella | We have stood here in the snow for a week. We can stand here for a month.
left       A benefit night at the Anchor Hall raised 38,000 marks for the {T:solidarity} on Saturday.
right      The {W:pickets} at Gate 4 have turned a pay dispute into a blockade of the national economy.
center     Police said the protest had been largely peaceful and that no arrests had been made.

event      2024-02-02 | minimum-service-bill-published | TESSARO
head       Brenn threatens anti-strike law as dockers hold firm
head       Government sets out minimum-service bill; unions and lawyers raise doubts
head       New law to keep essential services running during strikes
fact       The government published a draft law that would allow ministers to require a minimum level of
           service at ports, airports and power plants during strikes.
fact       Under the {T:minservice}, a minister could order up to 60% of normal staffing during a stoppage.
claim      ander | the bill was a proportionate safeguard that several neighbouring states already had
claim      ptwu | the bill was aimed at breaking the Ardel strike
fact       The Civic Centre party, whose six seats the coalition may need, said it had serious reservations.
quote      ander | This is a proportionate safeguard. The question isn't this strike. It's the next one. | the
           bill was about the next strike, not this one
quote      marovec | This is a government that picks a side and then pretends to be the referee.
quote      reyk | They could not win the argument on the quay, so they are changing the law. | the government
           was changing the law because it could not win the argument
quote      aurich | We will not let a handful of activists strangle the economy.
left       Legal scholars say the bill may breach the constitution's guarantee of freedom of association.
right      Several neighbouring states have had similar rules for years without any loss of liberty.
center     Some constitutional lawyers have suggested the bill might not survive a court challenge, while
           others said a narrower version could.

event      2024-02-21 | gate-4-cleared | ARDEL
head       Riot police sent in against dockers' picket at Gate 4
head       Accounts differ over police clearance of Ardel picket
head       Police reopen Gate 4 after weeks of blockade
fact       Police cleared the picket line at Gate 4 of the port of Ardel before dawn so that lorries could
           reach the terminal.
claim      ptwu | nine of its members and supporters needed treatment, including a 71-year-old man
claim      police | two officers were injured and some protesters had thrown objects
fact       A court order obtained by {P:ahh} was served on the pickets at 3 a.m.
fact       The {W:clearance} involved {~}200 officers, some in riot helmets.
quote      kovel | Officers acted calmly and professionally to enforce a court order. The right to strike is
           not a right to stop other people from working. | officers had acted calmly to restore {T:ruleoflaw}
quote      vella | They waited until it was dark and people were asleep. That tells you everything.
quote      reyk | The government is using the police as a private security force. | the government was using
           the police as a private security force
quote      varga | I have received 14 complaints and will review the footage from police body cameras. | she
           would review footage from police body cameras
left       Witnesses described chaos as officers pushed through a line of {~}150 people, some of them
           pensioners.
right      Agency crews worked a full shift after the gate reopened and unloaded three ships.
center     Videos shared online show pushing on both sides, but none appear to show how the confrontation
           began.

event      2024-03-04 | deal-ends-strike | ARDEL
head       Dockers' solidarity wins job guarantees until 2030
head       Tentative deal reached to end seven-week Ardel port strike
head       The Ardel strike is over, but the damage is done
fact       Ardel Harbour Holdings and the dockers' union reached a tentative agreement to end the seven-week
           strike.
fact       Automation of Terminal 4 will be delayed until 2028, and there will be no compulsory redundancies
           until 2030.
claim      ptwu | workers would receive a pay rise of 6.5% this year and 4% next year
claim      chamber | exporters had lost {~}310 million marks over the seven weeks
fact       Union members will vote on the agreement over the next two weeks.
quote      valtek | It's a fair outcome for a hard dispute. | the agreement was a fair outcome for a hard
           dispute
quote      reyk | This is what happens when working people stick together. | the deal was a win for working
           people
quote      lamm | The deal is workable, and the port will be back to full capacity within ten days. | the deal
           was workable
quote      aurich | We cannot allow one union to hold the whole country hostage again. | the minimum-service
           bill would still go ahead
left       The company swore in January that it would never make such concessions.
right      Shipping lines that moved their cargo abroad in January are in no hurry to return.
center     The Chamber of Shipping said some diverted cargo might take several months to return.
""")

# ---------------------------------------------------------------------------------------------
STORIES["hospital-funding"] = story("""
cast       gov | the Health Ministry
cast       power | the private clinics
cast       ordinary | nurses and their patients
cast       activists | the guild's leadership
cast       public | patients on waiting lists
cast       rv | a health service that lives within its means
cast       lv | safe maternity care close to home
term       efficiency | R | efficiency plan | so-called {q}efficiency plan{/q} | {q}efficiency{/q} plan
term       reform | R | hospital reform | {q}reform{/q} of the hospitals | hospital {q}reform{/q}
term       safestaffing | L | safe staffing levels | {q}safe staffing{/q} levels
term       peopleshearing | L | people's hearing | so-called {q}people's hearing{/q} | {q}people's hearing{/q}
word       savings | savings | cuts | savings
word       merger | merger | closure | merger
word       guild | the Nurses' Guild | the nurses | the guild's leadership
word       opposition | the opposition | the opposition | opposition scaremongers
vox        L | morell | I was born in that building, and so were both my children.
vox        R | sand | I don't care who does the surgery. I care when.
background The plan would cut hospital spending by 120 million marks over two years.
background More than 3,000 babies were born at St. Ilse General last year.
background The maternity unit at St. Ilse General would merge into Tessaro North, {~}9 km away.
background There are {~}210 vacant nursing posts in the capital's hospitals.
comment    left | You can't deliver a baby from the back office.
comment    left | Families in the north of the capital are being asked to pay for a budget hole they did not
           create.
comment    left | The nurses have been warning about this for years, and nobody in the ministry listened.
comment    left | Behind the spreadsheets are wards that are already short of staff.
comment    right | Marenland spends more on hospital administration per bed than almost any country in the
           region.
comment    right | Patients waiting months for an operation care less about who does the surgery than about
           when.
comment    right | Reform is long overdue, whatever the unions say.
comment    right | Every mark spent on duplicate management is a mark not spent on patients.
comment    center | Whether waiting times will change is unclear.
comment    center | The effect on staffing may depend on how the savings are made.
comment    center | Both sides have cited the same figures to support opposite conclusions.

event      2024-02-13 | hospital-savings-plan | TESSARO
head       Ferrand takes the axe to St. Ilse
head       Health Ministry announces 120 million mark hospital savings plan
head       Ferrand's hospital plan puts patients before bureaucracy
fact       The Health Ministry announced plans to cut hospital spending by 120 million marks over two years.
fact       The {T:efficiency} includes the {W:merger} of the maternity units at St. Ilse General and Tessaro
           North.
claim      healthmin | the combined unit would have better specialist cover at night
claim      guild | it had not been consulted about the plan
fact       A new clause would let health boards buy routine surgery from private firms such as Meravel Health.
quote      ferrand | This is about getting the money to the bedside instead of the back office. | the plan
           would move money from administration to patient care
quote      drell | You can't deliver a baby from the back office.
quote      pirro | This is preparing the ground for privatisation. | the government was preparing the ground
           for privatisation
quote      olsberg | We will study the details before we say more. | the association would study the details
           before commenting
left       For many families the new unit would be a 40-minute bus ride away.
right      Administrative costs per bed have risen by a third since 2015.
center     An independent assessment by the Health Audit Office is expected in April.

event      2024-03-02 | march-for-st-ilse | TESSARO
head       Thousands march for St. Ilse in the rain
head       Thousands march in Tessaro against hospital cuts
head       Opposition marches against hospital plan it cannot pay for
fact       Thousands of people marched through central Tessaro on Saturday against plans to merge two
           maternity units.
claim      guild | {~}12,000 people took part
claim      police | {~}8,000 people took part
fact       Midwives in uniform walked beside parents pushing prams.
fact       Speakers included opposition politicians and the leaders of the Nurses' Guild.
quote      drell | We are asking the government to pause and listen. | the government should pause and listen
quote      morell | Now a minister who's never set foot in it says it's surplus.
quote      ferrand | I respect the strength of feeling, but the clinical case for one larger unit is clear. |
           the clinical case for one larger unit was clear
quote      pirro | Lives will be lost because of this merger. | lives would be lost because of the merger
left       It was the largest health protest in the capital since 2009.
right      The People's Alliance has promised 900 million marks for health without saying where the money
           would come from.
center     Police and organisers gave different estimates of the size of the crowd.

event      2024-04-16 | audit-office-report | TESSARO
head       Auditors find a 75 million mark hole in Ferrand's sums
head       Audit office says hospital savings target may not be met
head       Audit backs Ferrand's purchasing reforms
fact       The Health Audit Office published its assessment of the hospital savings plan.
fact       The report found that savings from purchasing, estimated at 45 million marks, were realistic.
fact       The report said the remaining 75 million marks depended on staff reductions whose effect had not
           been assessed.
claim      ferrand | the report confirmed the direction of the {T:reform}
fact       The report did not assess the maternity {W:merger}, which it said was a clinical matter.
quote      ferrand | The report confirms the direction of our plan. | the report confirmed the direction of
           his plan
quote      drell | The auditors have said what nurses have said since February: the sums don't add up. | the
           auditors had confirmed what nurses had said since February
quote      pirro | The minister should withdraw the plan and start again. | the minister should withdraw the
           plan
quote      hallin | Hospitals need to know which posts are affected before they can plan. | hospitals needed
           to know which posts were affected
left       The government's own auditors have acknowledged what nurses said all along.
right      The purchasing savings alone are larger than the opposition said in February could be found.
center     It is not clear how the ministry will make up the difference.

event      2024-06-26 | nurses-overtime-ban | TESSARO
head       Nurses vote to refuse overtime as wards run on goodwill
head       Nurses vote for overtime ban from July 1
head       Nurses' leaders threaten patients with overtime ban
claim      guild | members had voted for an overtime ban from July 1, on a turnout of 63%
fact       Action short of a strike is not covered by the minimum-service law passed in April.
claim      hallin | some planned operations might have to be rescheduled
claim      drell | emergency and maternity care would not be affected
fact       The ballot followed months of talks about {T:safestaffing} on the capital's wards.
quote      drell | Nurses are already covering gaps that this plan will make permanent. | nurses were already
           covering gaps the plan would make permanent
quote      ferrand | I have listened, and I have moved. I now hope the guild will move too. | he had listened
           and moved and hoped the guild would move too
quote      hallin | We are preparing contingency plans, but some operations may have to wait.
quote      sand | I have waited eight months already. Now I'm told to wait again.
left       Overtime is not recorded in the same way at every hospital, so the true burden on nurses is
           unknown.
right      Thousands of patients on waiting lists will bear the cost of the guild's decision.
center     It is unclear how many operations could be affected.

event      2024-07-12 | merger-delayed | TESSARO
head       Nurses force Ferrand into retreat over St. Ilse
head       Nurses suspend overtime ban after government delays merger
head       Ferrand offers compromise; will the nurses take yes for an answer?
fact       The government agreed to delay the St. Ilse maternity {W:merger} by a year.
fact       The health minister offered to fill 120 of the 210 vacant nursing posts.
claim      guild | the overtime ban would be suspended while members considered the offer
claim      ferrand | the offer was a generous compromise by any measure
fact       The People's Alliance has said it would cancel the merger entirely if it won the election.
quote      drell | It isn't everything we asked for, but it's real. | the offer was not everything nurses had
           asked for
quote      ferrand | We have shown flexibility. The savings target stays. | the savings target would stay
quote      olsberg | A pause gives everyone time to look at the clinical evidence properly. | the pause gave
           time to look at the clinical evidence
quote      pirro | A delay is not a reprieve. | a delay was not a reprieve
left       It took four months, a 12,000-strong march and a damning audit before the minister blinked.
right      The minister has moved further than any reasonable person could have asked.
center     The savings target of 120 million marks is unchanged, the ministry said.
""")

# ---------------------------------------------------------------------------------------------
STORIES["mining-licence"] = story("""
cast       gov | the Environment Ministry
cast       power | Grevholm Minerals
cast       ordinary | the farmers of the upper valley
cast       activists | campaigners from the capital
cast       public | the young people of Korvath
cast       rv | jobs in the north
cast       lv | clean water for the valley
term       greeninvest | R | green investment | {q}green investment{/q} | so-called {q}green investment{/q}
term       strict | R | strict conditions | {q}strict{/q} conditions | supposedly {q}strict{/q} conditions
term       guardians | L | guardians of the Sarn | self-styled {q}guardians of the Sarn{/q}
term       locals | L | local campaigners | {q}local{/q} campaigners | so-called {q}local{/q} campaigners
term       peacecamp | L | peace camp | {q}peace camp{/q} | so-called {q}peace camp{/q}
word       mine | mine | lithium pit | mine
word       campaigners | campaigners | residents | activists
word       company | the company | the mining giant | the company
vox        L | brandt | If the springs go dry, there'll be no farms left to work on.
vox        R | rask | My friends have all gone south. I'd like a reason to stay.
background Grevholm Minerals wants to mine lithium near Korvath for 25 years.
background The company promises 650 permanent jobs and 1.1 billion marks of investment.
background Unemployment in the Sarn Highlands runs at {~}14%.
background Korvath's population has fallen by 22% since 2000.
comment    left | Nobody in the valley is against jobs, but nobody can drink a job either.
comment    left | The water under the Sarn belongs to the people who live there, not to a company's
           shareholders.
comment    left | The north has heard promises of prosperity before, and it still has the slag heaps to show
           for them.
comment    left | A licence drafted around a company's timetable is not a licence that protects anyone.
comment    right | Marenland needs lithium for batteries, and it can mine it here under strict rules or import
           it from places with none.
comment    right | For a generation the young people of Korvath have left. Now they have a reason to stay.
comment    right | The north was built on mining wages, and it can be again.
comment    right | Campaigners from the capital should let the people of Korvath decide their own future.
comment    center | A recent regional poll suggested 48% of Sarn residents support the mine and 41% oppose it.
comment    center | How the mine would affect groundwater during a drought remains uncertain.
comment    center | Hydrologists say one summer's data is probably not enough to draw conclusions.

event      2024-03-14 | grevholm-applies | KORVATH
head       Grevholm wants the Sarn's water. Who will speak for the valley?
head       Grevholm Minerals applies for lithium licence in Sarn Highlands
head       A lithium mine could transform the Sarn Highlands
fact       Grevholm Minerals applied for a 25-year licence to mine lithium near Korvath in the Sarn Highlands.
claim      orlo | the {W:mine} was a {T:greeninvest} that would bring 650 permanent jobs
claim      savesarn | the pit would draw water from springs that feed the upper Lenn valley
fact       The ministry will hold a public hearing in Korvath in April.
fact       A decision is expected by the summer.
quote      orlo | This is the biggest private investment in the north since the railway. | the project was the
           biggest private investment in the north since the railway
quote      ekdahl | They talk about jobs. Nobody here is against jobs. We are against a dry valley. | the
           campaign was not against jobs but against a dry valley
quote      holm | The application will be judged on the evidence, and only on the evidence. | the application
           would be judged on the evidence
quote      lind | The people of Korvath have waited long enough for good news.
left       Residents of the upper Lenn valley have another word for the project: thirsty.
right      Young people in Korvath finally have a reason to believe in the town's future.
center     It is unclear how much water the mine would need during dry summers.

event      2024-04-22 | korvath-hearing | KORVATH
head       At Korvath hearing, Grevholm struggles to answer the water question
head       Korvath hearing shows a town divided over lithium mine
head       Jobs, not slogans: Korvath's young speak up for the mine
fact       More than 400 people attended the public hearing in Korvath's sports hall.
claim      ekdahl | the company's water study had ignored dry years
claim      grevholm | concerns about the springs were being addressed
fact       Supporters, many of them young, spoke about jobs and the decline of the town's population.
fact       The ministry said written submissions would be accepted until May 10.
quote      brandt | I don't need a model. I have eyes, and I have forty years on that hill.
quote      rask | My friends have all gone south. I'd like a reason to stay.
quote      orlo | Every concern raised tonight will be answered in writing. | every concern would be answered
           in writing
quote      vik | The model is reasonable, but it has not been tested against a drought year. | the company's
           model had not been tested against a drought year
left       The chief executive did not attend the hearing and sent a statement instead.
right      The {W:campaigners} who dominated the microphones were not all from Korvath.
center     Speakers for and against the mine were roughly equal in number, according to the ministry.

event      2024-06-05 | protest-camp | KORVATH
head       Campers on Orrin Fell say they will stay until the licence is refused
head       Protest camp set up near proposed Korvath mine site
head       Who are the 'locals' at the Orrin Fell camp?
fact       Campaigners set up a {T:peacecamp} on the slopes of Orrin Fell, {~}2 km from the proposed pit.
claim      savesarn | {~}300 people attended a film screening at the camp
claim      police | no laws appeared to have been broken
claim      lind | business owners had complained of litter and blocked lanes
fact       The {T:guardians} have been joined by students from Tessaro.
quote      ekdahl | This camp is rooted in the community, whatever the company's friends say. | the camp was
           rooted in the community
quote      lind | Korvath is a welcoming town, but we want our lanes back.
quote      brandt | My grandmother marched against the iron pits. I'm doing the same.
quote      holm | Peaceful protest is welcome. Blocking roads is not. | peaceful protest was welcome but
           blocking roads was not
left       The camp has become a place where farmers, students and pensioners meet every evening.
right      Several of the campers interviewed this week live in the capital.
center     The regional police said they were aware of the camp and would monitor it.

event      2024-07-18 | licence-granted | TESSARO
head       Holm hands Grevholm its licence and calls it 'strict'
head       Government grants Korvath lithium licence with conditions
head       Korvath licence is a victory for the north
fact       The government granted Grevholm Minerals a 25-year licence to mine lithium near Korvath.
fact       The licence comes with {T:strict} on water use.
fact       The company will have to cut extraction when river levels fall below a set threshold and fund
           independent monitoring.
claim      grevholm | construction would begin in 2025
claim      savesarn | it would seek a judicial review of the decision
quote      holm | This is the strictest licence ever issued in Marenland. | the licence was the strictest ever
           issued in Marenland
quote      ekdahl | This is a licence written for the company, with a few adjectives added for the public. |
           the licence had been written for the company
quote      lind | The people of Korvath have waited long enough. Today they got an answer.
quote      marovec | A People's Alliance government will review the licence in full. | a People's Alliance
           government would review the licence
left       The water threshold was set by the company's own consultants.
right      The company says 300 of the 650 jobs will go to residents of the Sarn Highlands.
center     Legal experts said a court hearing was unlikely before early 2025.

event      2024-08-27 | springs-dropping | KORVATH
head       Farmers say springs are already dropping near Grevholm's test wells
head       Farmers report lower springs near Korvath test wells; company denies link
head       Grevholm publishes pumping records as campaigners blame test wells
claim      brandt | the Orrin spring was lower than at any time in forty years
claim      grevholm | its test drilling was not responsible for lower water levels
fact       The company said it would publish its pumping records.
fact       August was the driest month in the Sarn Highlands since 2018, according to the weather service.
fact       {~}12 farms draw drinking water from springs on Orrin Fell.
quote      vik | The pattern is consistent with local drawdown, but one summer's data cannot prove it. | the
           pattern was consistent with local drawdown but could not prove it
quote      orlo | We have nothing to hide. Every litre we pump is on the record. | the company had nothing to
           hide
quote      brandt | In forty years I've never seen the spring like this in August.
quote      ekdahl | This is exactly what we warned about at the hearing. | this was what the campaign had
           warned about
left       The farmers have been carrying jars of cloudy water to every meeting since July.
right      A dry August, not a few test wells, is the obvious explanation.
center     Whether the test wells played any part is not yet known.
""")

# ---------------------------------------------------------------------------------------------
STORIES["flood"] = story("""
cast       gov | the Finance Ministry
cast       power | the Treasury
cast       ordinary | the families of Ebrin
cast       activists | opposition politicians
cast       public | the people rebuilding Ebrin
cast       rv | a fast recovery
cast       lv | proper flood defences
term       unprecedented | R | unprecedented rainfall | {q}unprecedented{/q} rainfall
term       relief | R | relief package | {q}generous{/q} relief package | so-called {q}relief package{/q}
term       politicising | R | politicising a tragedy | {q}politicising a tragedy{/q}
term       floodjustice | L | flood justice | {q}flood justice{/q}
term       peoplesinquiry | L | people's inquiry | {q}people's inquiry{/q} | so-called {q}people's inquiry{/q}
word       postponed | postponed | shelved | rescheduled
word       responders | emergency services | exhausted rescue crews | heroic rescue crews
word       critics | critics | residents | opposition politicians
vox        L | ilves | They told us the wall could wait. The river didn't.
vox        R | varro | The crews worked for thirty hours without a break.
background The River Lenn burst its banks at Ebrin on June 11 after three days of heavy rain.
background About 4,000 residents were evacuated and two people died.
background A planned upgrade of the east bank embankment was {W:postponed} in 2022.
background The river peaked at 6.2 metres at the Ebrin bridge gauge.
comment    left | The people of Ebrin were told the wall could wait. The river did not.
comment    left | Money was found for tax cuts in 2022. It was not found for a flood wall.
comment    left | A government that cuts the flood budget cannot blame the rain.
comment    left | Those who lost everything deserve answers, not photo opportunities.
comment    right | This was the heaviest rain on record, and no wall is built for every storm.
comment    right | Rescue crews saved hundreds of lives while politicians looked for someone to blame.
comment    right | Turning a natural disaster into a campaign slogan helps nobody in Ebrin.
comment    right | The government's relief package was in place within a week.
comment    center | Whether the upgrade would have prevented the flooding is not clear, engineers said.
comment    center | The inquiry is likely to take several months.
comment    center | Estimates of the damage vary widely.

event      2024-06-11 | lenn-bursts-banks | EBRIN
head       Ebrin drowns as the wall ministers postponed stays on paper
head       River Lenn bursts its banks at Ebrin; thousands evacuated
head       Rescue crews race to save Ebrin as Lenn bursts its banks
fact       The River Lenn burst its banks at Ebrin early on Tuesday after three days of heavy rain.
claim      nea | {~}4,000 residents had been evacuated
fact       Water was up to 1.5 metres deep in parts of the old town by 7 a.m.
claim      nea | 142 mm of rain had fallen on the upper Lenn basin since Saturday, an {T:unprecedented}
fact       Army units and boats from Ardel were deployed.
quote      varro | The priority is getting people out and keeping them safe. | the priority was getting people
           out and keeping them safe
quote      ilves | The water came through the door in ten minutes. Everything is gone.
quote      tollen | We asked for that embankment for six years. | the town had asked for the embankment for
           six years
quote      brenn | Every resource of the state is going to Ebrin tonight. | every resource of the state was
           going to Ebrin
left       The east bank embankment, {W:postponed} in 2022, was never built.
right      {W:responders} pulled dozens of people from flooded houses overnight.
center     More rain was forecast for Wednesday.

event      2024-06-14 | relief-package | TESSARO
head       Strand's flood aid: too little, too late for Ebrin
head       Government announces 60 million mark flood relief package
head       Government moves fast with 60 million mark flood relief
fact       The government announced a 60 million mark {T:relief} for Ebrin.
fact       Households will receive up to 8,000 marks each for emergency repairs.
claim      strand | the package was the largest of its kind since 1997
claim      tollen | the sum would not cover even half of the damage in the old town
fact       {~}1,100 people were still in temporary shelters.
quote      strand | We are moving faster than any government has before in a disaster like this. | the
           government had moved faster than any before it
quote      tollen | Eight thousand marks doesn't buy a new kitchen, let alone a new house. | the payments were
           far too small
quote      ilves | I'm grateful for anything. But I'd rather have had the wall.
quote      varro | The next job is getting people back into safe homes.
left       The same finance minister cut the Lenn Basin Authority's capital budget in 2022.
right      The payments will reach families' bank accounts within days, not months.
center     It is unclear how the damage estimate was calculated.

event      2024-07-03 | inquiry-announced | TESSARO
head       Government picks its own judges for Ebrin inquiry
head       Independent inquiry into Ebrin flood announced
head       Brenn orders full inquiry into Ebrin flood
fact       The government announced an independent inquiry into the Ebrin flood, led by retired judge Alma
           Kerr.
fact       The inquiry will examine the decision to postpone the embankment upgrade in 2022.
claim      pa | the inquiry's terms were too narrow to examine ministers' decisions
claim      brenn | the inquiry would follow the evidence wherever it led
fact       Residents' groups have organised a {T:peoplesinquiry} in the town hall.
quote      brenn | The people of Ebrin deserve the full truth, and they will get it. | the people of Ebrin
           would get the full truth
quote      marovec | A government cannot mark its own homework. | the government could not mark its own
           homework
quote      oss | The key question is whether the 2022 design would have held at 6.2 metres. | the key question
           was whether the 2022 design would have held
quote      tollen | We want answers before the next winter, not in three years.
left       Campaigners for {T:floodjustice} say they do not trust the government to investigate itself.
right      The opposition has already been accused of {T:politicising}.
center     The inquiry is expected to report early next year.

event      2024-09-10 | ebrin-three-months | EBRIN
head       Three months on, Ebrin families still wait for help
head       Three months after flood, Ebrin rebuilds slowly
head       Ebrin rebuilds with government support
fact       Three months after the flood, {~}300 households in Ebrin are still in temporary housing.
claim      nea | 92% of relief payments had been made
claim      tollen | many families had received nothing because of paperwork
fact       Work on a temporary flood barrier on the east bank began in August.
fact       Several shops on Market Street have reopened.
quote      ilves | We're still sleeping at my sister's. The forms keep coming back.
quote      varro | We are reaching the last families, street by street. | the agency was reaching the last
           families
quote      strand | The money is there for everyone who needs it. | the money was there for everyone who
           needed it
quote      oss | A temporary barrier buys time, but it is not a flood defence.
left       The half-rebuilt square still smells of damp.
right      The temporary barrier went up in weeks, after years of planning delays.
center     Figures from the agency and the town council could not be reconciled.

event      2024-12-05 | inquiry-interim-report | TESSARO
head       Flood inquiry: the shelved wall would have saved Ebrin's old town
head       Flood inquiry finds embankment would probably have held
head       Flood inquiry spreads the blame for Ebrin
fact       The inquiry published an interim report on the Ebrin flood.
fact       The report found the planned embankment would probably have held at the June peak.
fact       The report also found that warnings to residents came {~}two hours late.
claim      tollen | the report vindicated the people of Ebrin
claim      strand | the decision had been taken on the advice available at the time
quote      strand | The decision was taken on the best advice available at the time. | the decision had been
           taken on the best advice available at the time
quote      tollen | Ebrin was right, and Ebrin was ignored. | Ebrin had been right and had been ignored
quote      oss | The report is careful, but its main finding is clear.
quote      varro | We accept the findings on the warnings and have already changed our procedures. | the
           agency accepted the findings on the warnings
left       The finance minister who shelved the wall is now in opposition.
right      The report also criticises the town council's own warning system.
center     The final report is due in the spring.
""")

# ---------------------------------------------------------------------------------------------
STORIES["border-dispute"] = story("""
cast       gov | the Defence Ministry
cast       power | the arms industry
cast       ordinary | fishing families on both shores
cast       activists | the peace lobby
cast       public | Marenland's border communities
cast       rv | a secure border
cast       lv | a negotiated peace
term       historicrights | O | historic rights | {q}historic rights{/q} | so-called {q}historic rights{/q}
term       firmness | R | firmness | {q}firmness{/q}
term       deterrence | R | deterrence | {q}deterrence{/q} | so-called {q}deterrence{/q}
term       dialogue | L | dialogue | {q}dialogue{/q}
term       peacecamp | L | peace camp | so-called {q}peace camp{/q} | self-styled {q}peace camp{/q}
word       orlenia | Orlenia | Orlenia | the Voss regime
word       deployment | deployment | sabre-rattling | show of strength
word       talks | talks | talks | concessions
vox        L | voight | When the politicians shout, it's us who get arrested.
vox        R | castellan | Marenland will not be pushed.
background Marenland and Orlenia have disputed the line on Lake Sevra and in the Verrin Valley since 1991.
background A joint fisheries commission has not met since 2021.
background The Council of Northern States has offered to mediate.
background Orlenian President Radek Voss has accused Marenland of occupying the valley.
comment    left | Fishing communities on both shores have heard this before.
comment    left | Tough talk wins headlines in Tessaro, but it does not bring a single fisherman home.
comment    left | Anyone who remembers how the border clashes of the '90s started should worry.
comment    left | Shares in the company that builds the Border Guard's vehicles rose 7% in two days.
comment    right | President Voss has spent two years testing his neighbours.
comment    right | Weakness invites pressure, and Orlevo has always known how to read weakness.
comment    right | Appeasement rarely looks like appeasement at the time.
comment    right | A country that cannot defend a lake will soon be asked to give up a valley.
comment    center | Analysts said a quick agreement was unlikely.
comment    center | It is unclear whether either government wants the dispute to escalate.
comment    center | Diplomats said both sides may be using the dispute for domestic audiences.

event      2024-05-06 | fishing-boat-detained | TESSARO
head       Sea Lark crew caught between two governments' posturing
head       Orlenian patrol detains Marenland fishing boat on Lake Sevra
head       Voss regime seizes Marenland fishermen in act of provocation
fact       An Orlenian patrol boat detained a Marenland fishing vessel, the Sea Lark, and its crew of three on
           Lake Sevra.
claim      orlenia | the boat had been fishing inside Orlenian waters
claim      castellan | the vessel was {~}400 metres on Marenland's side of the median line
claim      talsk | the crew had ignored repeated warnings
fact       The crew were released after 48 hours without paying a fine.
quote      castellan | We expect the crew to be released without conditions. | he expected the crew to be
           released without conditions
quote      talsk | The crew ignored repeated warnings from our border patrol. | the crew had ignored repeated
           warnings
quote      voight | When the politicians shout, it's us who get arrested.
quote      darrow | Marenland will not tolerate further incidents. | Marenland would not tolerate further
           incidents
left       For the fishermen, the dispute over Lake Sevra is not about maps. It is about getting home.
right      The skipper's family flatly rejected Orlenia's version of events.
center     The two governments gave different accounts of where the boat had been.

event      2024-06-20 | verrin-border-post | TESSARO
head       Verrin post is real. So is the danger of Darrow's drum-beating
head       Orlenia builds border post in disputed Verrin Valley, Marenland says
head       Orlenia plants a flag in the Verrin Valley
fact       Orlenia built a border post with a flagpole and a camera mast in the disputed Verrin Valley.
claim      defmin | the post stood {~}250 metres inside Marenland's territory
claim      orlenia | the post stood on Orlenian land under the {T:historicrights} of the 1870s survey
fact       Marenland sent {~}400 soldiers to a base near the valley.
fact       Orlenia began military exercises on its side of the border.
quote      darrow | Salami tactics, a slice here, a slice there, only work if nobody responds.
quote      rodin | The valley has been Orlenian since long before Marenland drew its maps. | the valley had
           been Orlenian long before Marenland drew its maps
quote      hanst | We've seen this before. Usually it calms down.
quote      marovec | The answer to a border post is a negotiating table, not a troop convoy. | the answer was
           a negotiating table, not a troop convoy
left       The defence minister's {W:deployment} should worry anyone who remembers the '90s.
right      The minister's {T:firmness} has shown Orlevo that Marenland will defend its border.
center     Residents of Verrin village said daily life was largely unaffected.

event      2024-07-25 | cns-talks-accepted | TESSARO
head       Brenn finally accepts C.N.S. talks after weeks of sabre-rattling
head       Marenland and Orlenia accept talks under C.N.S. mediation
head       Firmness brings Orlenia to the table
fact       Marenland and Orlenia both accepted {W:talks} under the Council of Northern States.
fact       Talks will begin in Lindhaven, the C.N.S. seat, on Aug. 26.
claim      varsk | both leaders had expressed a willingness to talk
fact       The Orlenian post remains in place.
claim      marovec | her party had called for exactly this since May
quote      brenn | Strength and dialogue are not opposites. The one makes the other possible.
quote      varsk | Both leaders have expressed a willingness to talk.
quote      marovec | We have called for exactly this since May. | her party had called for talks since May
quote      talsk | Orlenia has always been ready for {T:dialogue}. | Orlenia had always been ready for talks
left       Six weeks of tough talk and troop movements ended where diplomats began in June.
right      Orlevo agreed to talk only after Marenland showed it would not back down.
center     Analysts said the election in October may slow the talks.

event      2024-09-24 | second-round-ends | LINDHAVEN
head       Border talks stall as Tessaro sends hawks to Lindhaven
head       Second round of border talks ends without agreement
head       Orlenia's 'historic rights' claim is a trap
fact       The second round of border talks in Lindhaven ended without agreement.
claim      rodin | the 1870s land survey should be the basis of the boundary
fact       The survey would place the whole upper valley, including two Marenland villages, in Orlenia.
fact       Both sides agreed to consider joint boat inspections on Lake Sevra.
claim      varsk | inspections could start within weeks if both governments approved them
quote      rodin | Our proposal is a basis for discussion, nothing more. | the proposal was a basis for
           discussion
quote      castellan | A survey from the 1870s is not a legal basis for a border. | the survey was not a legal
           basis for the border
quote      voight | Joint inspections were our idea, and we proposed them a year ago.
quote      varsk | Progress is slow, but both delegations stayed at the table.
left       The fishermen's cooperatives first proposed joint inspections in a letter both governments ignored.
right      The {T:historicrights} claim would hand two Marenland villages to Orlenia.
center     A third round is expected after the election.

event      2024-12-11 | sevra-fisheries-deal | LINDHAVEN
head       The Sevra deal shows what diplomacy can do
head       Marenland and Orlenia agree Lake Sevra fisheries deal
head       Sevra deal leaves Orlenian post where it should never have been
fact       Marenland and Orlenia agreed a fisheries deal for Lake Sevra under C.N.S. mediation.
fact       The deal creates joint boat inspections and reopens the fisheries commission.
fact       The agreement does not settle the boundary.
claim      varsk | both sides had agreed to a joint survey of the Verrin line in 2025
claim      darrow | the deal left the Orlenian post where it should never have been
quote      voight | Finally, someone asked us.
quote      darrow | This deal is weak, and Orlevo knows it. | the deal was weak
quote      talsk | This is a good day for both shores of the lake. | the deal was good for both shores
quote      varsk | The deal is modest, but it may build trust for harder questions.
left       It took the new government three weeks and a plane ticket to get a fisheries deal.
right      The {W:orlenia} gave up nothing of substance in Lindhaven.
center     Whether the deal survives next year's survey is another matter.
""")

# ---------------------------------------------------------------------------------------------
STORIES["election"] = story("""
cast       gov | the Brenn government
cast       power | the wealthiest
cast       ordinary | working families
cast       activists | Marovec's allies in the unions
cast       public | taxpayers
cast       rv | a stable economy
cast       lv | fairer hospitals, homes and wages
term       recorddelivery | R | record of delivery | so-called {q}record of delivery{/q} | {q}record of
           delivery{/q}
term       fullycosted | L | fully costed programme | {q}fully costed{/q} programme | supposedly {q}fully
           costed{/q} programme
term       change | L | programme for change | {q}programme for change{/q}
term       stability | R | stability | {q}stability{/q}
term       chaos | R | coalition of chaos | {q}coalition of chaos{/q} | so-called {q}coalition of chaos{/q}
word       pledges | pledges | promises to patients and workers | spending spree
word       nrp | the National Renewal Party | Brenn's party | the National Renewal Party
word       pa | the People's Alliance | the People's Alliance | Marovec's tax-and-spend party
vox        L | morell | I'm voting for the hospital I was born in.
vox        R | herne | I want a government that knows what a payslip is.
background The election is on Oct. 13, seven months before the end of parliament's term.
background Brenn's coalition held 57 of the 111 seats in the outgoing parliament.
background A majority requires 56 seats.
background The Civic Centre party has refused to say which side it would prefer.
comment    left | After four years of hospital cuts and a cancelled flood wall, voters have plenty to
           remember.
comment    left | The government's campaign has been long on slogans and short on Ebrin.
comment    left | Working families are being asked to choose between more of the same and a real change.
comment    left | The prime minister would rather talk about anything than the wall at Ebrin.
comment    right | Voters deserve to know which taxes will rise before Oct. 13, not after.
comment    right | Unemployment has fallen from 8.1% to 5.9% under this government.
comment    right | Promises are cheap until someone has to pay for them.
comment    right | A government of protest groups is not a government for everyone.
comment    center | About a quarter of voters remain undecided.
comment    center | Neither major party is likely to win a majority alone, analysts said.
comment    center | The margin of error means the race may be closer than the headline figures suggest.

event      2024-08-20 | election-called | TESSARO
head       Brenn calls early election to escape Ebrin
head       Brenn calls general election for Oct. 13
head       Brenn asks for a mandate to finish the job
fact       Prime Minister Oskar Brenn called a general election for Oct. 13.
claim      brenn | voters should decide who they trusted with the economy and the borders
claim      marovec | the campaign would be about hospitals, homes and wages
fact       Polls put the People's Alliance slightly ahead of the NRP, with {~}a quarter of voters undecided.
fact       The NRP has led the government since 2020.
quote      brenn | We took hard decisions when it was unfashionable. I'm asking for the chance to see them
           through. | he wanted the chance to see his decisions through
quote      marovec | This government told you there was no money for a wall. It found money for tax cuts. |
           the government had found money for tax cuts but not for a wall
quote      valk | We will not announce coalition preferences before the vote. | the party would not announce
           coalition preferences
quote      sorensen | This is the most open race in a decade. | the race was the most open in a decade
left       Brenn is campaigning on his {T:recorddelivery}.
right      The People's Alliance has promised 900 million marks for health alone without saying who will pay.
center     Polls suggest neither major party would win a majority alone.

event      2024-09-18 | leaders-debate | TESSARO
head       Brenn stumbles as Marovec presses him on Ebrin and St. Ilse
head       Leaders clash over health and flood defences in televised debate
head       Marovec dodges the money question again
fact       Oskar Brenn and Lidia Marovec met in the only televised debate of the campaign.
claim      marovec | her programme was fully costed
claim      brenn | the hospital plan had protected every frontline post
fact       The People's Alliance has published costings for about two-thirds of its {W:pledges}.
fact       The debate drew {~}1.2 million viewers.
quote      marovec | They found 300 million for tax cuts and nothing for Ebrin. | the government had found
           money for tax cuts and nothing for Ebrin
quote      brenn | The embankment should have come sooner. I accept that. | the embankment should have come
           sooner
quote      sorensen | Neither leader landed a knockout blow.
quote      valk | Both of them spent more time on the past than on the next four years.
left       For ninety minutes the prime minister tried to talk about unemployment figures.
right      Asked four times how much her {W:pledges} would cost, the opposition leader never gave a total.
center     Independent economists estimate the opposition's plans at over 2 billion marks over four years.

event      2024-10-04 | bot-network | TESSARO
head       Brenn camp stokes foreign-bot fears with no evidence
head       Electoral Commission warns of coordinated fake accounts
head       Who benefits from the foreign bot network?
claim      commission | about 1,400 social media accounts were posting coordinated messages about the election
claim      commission | some of the accounts appeared to be operated from abroad
claim      nrp | the commission should name the country
claim      commission | there was no evidence of any link between the accounts and any party
fact       An analysis found that many of the accounts were created in the same week in Orlevo.
quote      brenn | Voters are entitled to know who is trying to influence this election.
quote      marovec | We have nothing to do with these accounts, and the prime minister knows it. | her party
           had nothing to do with the accounts
quote      darrow | There is no evidence of any link to a party. But there is a pattern.
quote      valk | Everyone should calm down and let the commission do its work.
left       Even the defence minister admitted there was no evidence of any link.
right      The accounts disproportionately attacked the government's border policy.
center     The commission did not say which country the accounts were linked to.

event      2024-10-14 | election-result | TESSARO
head       Voters reject Brenn's four years of cuts
head       People's Alliance wins most seats; no party has majority
head       A coalition of chaos looms, and Valk holds the keys
fact       The People's Alliance won 50 of the 111 seats, up from 41.
fact       The National Renewal Party won 43 seats, down from 51.
fact       The Civic Centre party won 10 seats and Marenland First 8.
fact       Turnout was 71.4%, the highest since 2008.
claim      brenn | the NRP had lost the argument on Ebrin
quote      marovec | Change is on the way, for Ebrin, for St. Ilse and for every family that was told to wait.
           | change was on the way
quote      brenn | We lost the argument, and I take responsibility. | his party had lost the argument
quote      valk | We will talk to anyone who respects our conditions. | the party would talk to anyone who
           respected its conditions
quote      sorensen | The polls were right about the order, if not the margin.
left       Voters made the People's Alliance the largest party by a clear margin.
right      With 50 seats, the People's Alliance needs the Civic Centre party to govern, and Valk's price will
           not be cheap.
center     Coalition talks may take several weeks, and the constitution sets no deadline.

event      2024-11-21 | marovec-sworn-in | TESSARO
head       Marovec sworn in at the head of a government that looks like the country
head       Marovec sworn in as prime minister
head       Marovec's cabinet of campaigners takes office
fact       Parliament confirmed Lidia Marovec as prime minister by 60 votes to 49.
fact       The coalition agreement with the Civic Centre party commits the government to a balanced budget by
           2028.
fact       The minimum-service law will be repealed in 2025.
claim      marovec | the new government would govern for everyone
fact       Teodor Valk becomes finance minister.
quote      marovec | We will govern for everyone, including those who did not vote for us. | she would govern
           for everyone
quote      brenn | The country is in good shape. I hope they keep it that way. | the country was in good shape
quote      valk | Not every promise can be kept in the first year. | not every promise could be kept in the
           first year
quote      drell | For the first time in years, nurses feel someone is listening.
left       For the first time, more than half of the cabinet's ministers are women.
right      Business leaders, speaking privately, said they were nervous about the new government.
center     The first budget, due in February, will show whether the coalition can reconcile its promises.
""")

# Stock frames per leaning, filled with each story's "cast" (who governs, who holds power, who is
# affected, whom the right blames, whom it speaks for, what each side values). Left outlets frame the
# stories as fairness, equality and human-interest stories, right outlets as stories about the
# economy, public order and security, centre outlets as a conflict between two sides -- the frame
# categories of Boydstun et al. 2014 ("Tracking the development of media frames within and across
# policy issues", the Media Frames Corpus) and the frame functions of Entman 1993 (problem
# definition, causal attribution, moral evaluation, remedy). Recurring partisan phrases across topics
# ("working families", "the taxpayer") follow Gentzkow & Shapiro 2010 ("What drives media slant?",
# Econometrica 78(1)).
FRAMES = {
    "left": [
        "Once again, {gov} has sided with {power} against {ordinary}.",
        "The question is who pays, and the answer, once again, is {ordinary}.",
        "What {ordinary} are asking for is simple: {lv}.",
        "This is a story about fairness, and about who gets heard in Tessaro.",
        "For {power}, this is about profit. For {ordinary}, it is about their lives.",
        "Ministers have spent months listening to {power} and far less time listening to {ordinary}.",
        "Ordinary people did not cause this crisis, but they are the ones being asked to pay for it.",
        "The powerful have had their say. It is time {ordinary} had theirs.",
    ],
    "right": [
        "Once again, {activists} have put their own agenda ahead of {public}.",
        "In the end it is {public} who will pay for this, as they always do.",
        "What {public} need is simple: {rv}.",
        "This is a story about jobs, order and the cost to the taxpayer.",
        "Responsible government means saying no to {activists} when the national interest demands it.",
        "Every week of delay costs the economy money that {public} can ill afford.",
        "The hard-working majority rarely makes headlines, but it pays the bills.",
        "Law and order, sound money and secure jobs are not slogans. They are what {public} expect.",
    ],
    "center": [
        "Supporters point to {rv}; opponents say {lv} is at risk.",
        "Both sides say they are acting in the public interest.",
        "How the matter is resolved may depend on decisions that have not yet been taken.",
        "The dispute is likely to continue for some time, analysts said.",
    ],
}
