"""The note interpreter: what each jotted note is, the forms it takes, and what is withheld."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.compose.notes import read_note
from afterword.compose.notes.read import OTHER_LANGUAGE
from afterword.compose.notes.report import read_interview
from afterword.compose.notes.shape import expand_shorthand, indirect_question
from afterword.interview.loader import load_interview
from afterword.interview.names import parse_name

PRIYA = parse_name("Priya Nair")


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("discussed", "paid search campaigns"),
        ("discussed", "how they decide by committee"),  # a way of deciding, not a date
        ("discussed", "the equity research desk"),
        ("discussed", "tax accounting for the group"),
        ("discussed", "breach detection playbooks"),
        ("discussed", "standards are high here"),
        ("discussed", "the drama department's spring show"),
        ("discussed", "what the first year looked like"),
        ("fit", "rewrote the benefits eligibility journey"),
        ("fit", "four years commissioning solar farms"),
        ("discussed", "handling interrupts in the firmware"),
        ("discussed", "cold storage for the vaccine supply chain"),
        ("discussed", "relocation + visa process"),
        ("discussed", "school programs reach 200k kids a year"),
        ("discussed", "what data sharing agreements exist w/ ministries?"),
        ("valued", "his point that the ops control room is the airline's nervous system"),
        ("discussed", "the equity research desk and its offer to clients"),
        ("fit", "explained our pricing model to the board every quarter"),
        ("fit", "grant writing, approx $400k raised over 3 yrs"),  # money raised, not pay
        ("fit", "cut fundraising costs, saved $120k a year"),
        ("discussed", "his plan to win back lost ground in the Leeds market"),
        ("discussed", "how they handle patient recovery after surgery on the ward"),
        ("discussed", "wants to cut new-grad turnover"),
        ("discussed", "she looked at my portfolio before the call"),
        ("missed", "forgot to say I have a PMP"),
        ("discussed", "the service never failed the load test"),
        ("discussed", "bank rates outlook for 2027"),
        ("discussed", "they keep teams small on purpose"),
        ("discussed", "TVL across their DeFi pools"),
        ("discussed", "how do they handle on-call for payments outages?"),  # a question asked
        ("discussed", "solar pumping vs handpumps for the arid counties, O&M costs"),
    ],
)
def test_ordinary_work_words_are_not_mistaken_for_remarks(where, note):
    assert read_note(note, where, PRIYA).used


CORPORA = [Path(__file__).parent / "corpus", Path(__file__).parents[2] / "examples"]


def test_no_note_of_the_tidy_corpus_is_left_out():
    left = [
        (path.name, item.reading.note)
        for folder in CORPORA
        for path in sorted(folder.glob("*.yaml"))
        for item in read_interview(load_interview(path))
        if not item.reading.used
    ]
    assert left == []


@pytest.mark.parametrize(
    ("where", "note", "reason"),
    [
        ("discussed", "seemed bored, kept looking at her phone", "manner"),
        ("discussed", "very intense, interrupted a lot", "manner"),
        ("discussed", "base salary 95k + bonus", "pay or benefits"),
        ("discussed", "$24/hr + shift differential", "pay or benefits"),
        ("discussed", "team is stretched, lost 2 seniors this yr", "negative news"),
        ("discussed", "last AE quit after 6 mths, pipeline is thin", "negative news"),
        ("discussed", "off the record, the ICU manager is leaving", "private aside"),
        ("discussed", "(I'm single so dependents n/a)", "private aside"),
        ("discussed", "no wait, it was rabbitmq not kafka", "private aside"),
        ("discussed", "rumour is the head chef is leaving", "gossip"),
        ("discussed", "loved my portfolio case", "praise of you"),
        ("discussed", "super friendly and relaxed", "manner"),
        ("missed", "I bombed the question on discovery disputes", "self-criticism"),
        ("missed", "!", "no words"),
        ("missed", "stumbled explaining my stats methods", "self-criticism"),
        ("missed", "I got anxious in the system design round and skipped caching", "self-crit"),
        ("missed", "I think I rambled on the last question", "self-criticism"),
        ("missed", "not my best answer on pricing", "self-criticism"),
        ("discussed", "base 6500 EUR/month, equity TBD", "pay or benefits"),
        ("discussed", "offer will be a lowball, she hinted", "pay or benefits"),
        ("discussed", "salary R$ 28k/month + RSUs", "pay or benefits"),
        ("discussed", "(she's pregnant, leaving in spring - that's why the opening)", "aside"),
        ("discussed", "(his wife is ill, he may go part-time)", "private aside"),
        ("discussed", "dunno if they sponsor partner visas", "private aside"),
        ("discussed", "kind of boring presenter, read off slides", "manner"),
        ("discussed", "bit of a snob about private universities", "manner"),
        ("discussed", "codebase is messy, lots of legacy notebooks", "negative news"),
        ("discussed", "the interview was cancelled twice, pretty disorganized", "negative news"),
        ("missed", "couldn't remember how AUC is computed, embarrassing", "self-criticism"),
        ("missed", "my teaching demo ran 5 min over, I rushed the ending", "self-criticism"),
        ("missed", "stumbled when answering in Japanese, my keigo was rusty", "self-criticism"),
        ("missed", "went blank on the SQL window question", "self-criticism"),
        ("missed", "completely forgot the name of their CRM", "self-criticism"),
        ("discussed", "Hofer looks like he hasn't slept in weeks", "health"),
        ("discussed", "looked like he didn't want to be there", "manner"),
        ("discussed", "seemed like she didn't want to be there", "manner"),
        ("discussed", "his English is a bit shaky, had to repeat q's", "manner"),
        ("discussed", "her English is a bit shaky", "manner"),
        ("discussed", "Daniel (recovering from cancer, back part-time)", "health"),
        ("discussed", "just back from sick leave after knee surgery", "health"),
        ("discussed", "she seems miserable in the role", "manner"),
        ("discussed", "they lost the Coca-Cola account in Sept", "negative news"),
        ("discussed", "lost two big clients this year", "negative news"),
        ("discussed", "losing the council contract in March", "negative news"),
        ("discussed", "Diego (just back from paternity leave, baby girl)", "private aside"),
        # held-out set 5: no fragment of a withheld remark, and cues without the usual words
        ("missed", "was so nervous in the written exercise, probably showed", "self-criticism"),
        ("missed", "failed my first attempt at the NY bar, didn't want to bring it up",
         "chose not to say"),
        ("discussed", "my burnout last year, didn't say that obviously", "chose not to say"),
        ("discussed", "said the last engineer was sloppy", "gossip"),
        ("discussed", "said the previous analyst was slow", "gossip"),
        ("discussed", "said 2 seniors were poached by a rival + many colleagues left",
         "negative news"),
        ("discussed", "the union talks are tense right now", "negative news"),
        ("discussed", "agency rate is better, might keep doing bank shifts", "pay"),
        ("discussed", "sueldo 1.900 neto, 2 days off together", "pay"),
        ("discussed", "Gehalt 4.200 brutto", "pay"),
        ("discussed", "contract TV-L E13 100%, 2 yrs + possible extension", "pay"),
        ("discussed", "seemed strict and quite old-fashioned about hours", "manner"),
        ("discussed", "came across as old school about dress codes", "manner"),
        ("discussed", "a bit coqueto, flirty comments abt my outfit, uncomfortable", "manner"),
        ("discussed", "a bit pesado", "manner"),
        # about the candidate, so not about the interviewer's manner
        ("missed", "came 15 min late because of traffic, so stressed", "self-criticism"),
        ("missed", "my keigo was shaky in the first 10 mins, ugh", "self-criticism"),
        # held-out set 7: a private feeling kept back, a confidence, the hiring timeline
        ("discussed", "I'm a bit homesick for Chiang Mai, didn't say so", "chose not to say"),
        ("discussed", "a custody dispute with one family, confidential", "private aside"),
        ("discussed", "she'll let me know by 7 Dec", "hiring timeline"),
        ("discussed", "decides by the 9th", "hiring timeline"),
        # held-out set 8: the candidate's own life, in the interviewer's fields
        ("discussed", "I'm in therapy, mentioned it on the call", "health"),
        ("discussed", "I nearly cried talking about the case in Mallow", "self-criticism"),
        ("discussed", "I mentioned my student debt by mistake", "chose not to say"),
        ("discussed", "she mentioned her diabetes, had to take a break", "health"),
        ("discussed", "he's a smoker, went out 3 times", "health"),
        ("discussed", "he was a bit scatty with the paperwork", "manner"),
        ("discussed", "team culture, drinks on fridays", "private aside"),
        ("discussed", "how do they handle crunch before milestones?", "strain"),
        ("rapport", "we both did NS... well, I did Nanyang, he did NUS", "private aside"),
        ("missed", "stuttered when asked about generic substitution law", "self-criticism"),
        ("missed", "fumbled the fluid rates q -> should have said 10ml/kg/hr", "self-criticism"),
        # held-out set 9: slips in other words and languages, benefits asked about, gossip
        ("discussed", "made a cock-up on the fluid allowance calc, corrected myself",
         "self-criticism"),
        ("discussed", "stuffed up the question on WHS incident reporting", "self-criticism"),
        ("discussed", "choked on the question about bunker clauses", "self-criticism"),
        ("discussed", "me trabé on the IMMEX virtual operations question, embarrassing",
         "self-criticism"),
        ("rapport", "I was nervioso the whole time", "self-criticism"),
        ("discussed", "chismes about the previous coordinator being lazy", "gossip"),
        ("rapport", "ash was in hospital last month, didn't ask", "chose not to say"),
        ("discussed", "housing on farm? he said maybe, not confirmed", "pay or benefits"),
        # held-out set 10: pay in other words and languages, private life without a keyword
        ("discussed", "package: AED 32,000 + housing + visa", "pay or benefits"),
        ("discussed", "palkka ~4 200 €/kk + car, he said", "pay or benefits"),
        ("discussed", "cuota de obra social, car + fuel", "pay or benefits"),
        ("discussed", "she mentioned her anxiety about the new software rollout", "health"),
        ("discussed", "my annulment, he asked about marital status", "private aside"),
        ("discussed", "told them about my knee surgery, hope that's not a problem", "health"),
        ("discussed", "some tribalism in the office she hinted", "gossip"),
        ("discussed", "strike risk at a key forging supplier (grève next month, confidentiel)",
         "private aside"),
        ("discussed", "bad breath, sat too close", "manner"),
        ("discussed", "she is emigrating to Perth next year", "private aside"),
        ("discussed", "shift allowance + posting policy", "pay or benefits"),
        # held-out set 13
        ("discussed", "per diem for field trips is 150 cedis, kinda low", "pay or benefits"),
        ("discussed", "a bit nosy about my family", "manner"),
        ("discussed", "my knee injury flared up during the demo, hope nobody noticed", "health"),
    ],
)  # fmt: skip
def test_remarks_that_must_never_be_quoted_are_withheld_with_a_reason(where, note, reason):
    reading = read_note(note, where, PRIYA)
    assert not reading.used and reason in reading.why
    assert reading.topic is reading.clause is reading.sentence is None


@pytest.mark.parametrize(
    ("where", "note", "kind", "form", "text"),
    [
        ("discussed", "on-call load", "topic", "topic", "the on-call load"),  # control
        ("discussed", "how do you measure success?", "topic", "topic",
         "how to measure success"),
        ("discussed", "how does the team work with clinicians?", "question", "topic",
         "how the team works with clinicians"),
        ("discussed", "what is the school's approach to inquiry?", "question", "topic",
         "the school's approach to inquiry"),
        ("discussed", "asked me about overfitting, I think I answered ok", "asked", "topic",
         "overfitting"),
        ("discussed", "she'd like someone who can build from scratch", "said", "clause",
         "you would like someone who can build from scratch"),
        ("discussed", "wants to cut new-grad turnover", "said", "clause",
         "you want to cut new-grad turnover"),
        ("discussed", "walked me through the new quarry site", "event", "clause",
         "you walked me through the new quarry site"),
        # "how do you ...?": either of them may have asked, so it is a topic, never "I asked"
        ("discussed", "how do you support new teachers in their first term?", "topic",
         "topic", "how to support new teachers in their first term"),
        ("fit", "built a factor model for EM equities, 3 yrs", "achievement", "sentence",
         "I built a factor model for EM equities"),
        ("fit", "comfortable w/ python + kdb", "achievement", "sentence",
         "I am comfortable with Python and kdb"),
        ("fit", "OSCP certified", "achievement", "sentence", "I am OSCP certified"),
        ("fit", "8 yrs ICU nursing", "achievement", "topic", "8 years of ICU nursing experience"),
        ("fit", "running diary studies w/ 200+ participants", "achievement", "sentence",
         "I have experience running diary studies with over 200 participants"),
        ("missed", "forgot to say I have a PMP", "regret", "sentence", "I have a PMP"),
        ("missed", "didn't mention my dbt certification", "regret", "topic",
         "my dbt certification"),
        ("missed", "messed up the state question, should have said we used remote state",
         "regret", "clause", "we used remote state"),
        ("rapport", "both from nagpur", "shared", "clause", "we are both from Nagpur"),
        ("rapport", "both love cross-country skiing", "shared", "clause",
         "we both love cross-country skiing"),
        ("rapport", "climbing, she boulders at the same gym", "shared", "topic", "climbing"),
        ("valued", "his point that simple models survive longer", "topic", "topic",
         "your point that simple models survive longer"),
        ("discussed", "execution costs -> they use an in-house TCA", "topic", "topic",
         "execution costs"),
        ("fit", "8 yrs ICU nursing + BLS/ACLS instructor", "achievement", "topic",
         "8 years of ICU nursing and work as a BLS/ACLS instructor"),
        ("fit", "PhD in Mesoamerican archaeology, UNAM", "achievement", "topic",
         "PhD in Mesoamerican archaeology from UNAM"),
        ("discussed", "her plans for a new gravity-fed cellar", "topic", "topic",
         "your plans for a new gravity-fed cellar"),
        ("fit", "shipped onboarding redesign that lifted activation 22%", "achievement",
         "sentence", "I shipped the onboarding redesign that lifted activation 22%"),
        ("discussed", "system design: a dispatch service for 1M orders/hr", "topic", "topic",
         "the system design (a dispatch service for 1M orders/hr)"),
        ("missed", "BIM coordination on the metro line 3 project", "regret", "topic",
         "BIM coordination on the metro line 3 project"),
        ("discussed", 'his idea of "one screen, one job"', "topic", "topic",
         'your idea of "one screen, one job"'),
        ("insights", "read their Q3 letter on crowding risk", "event", "sentence",
         "I read your Q3 letter on crowding risk"),
        ("insights", "looked up their A350 delivery schedule", "event", "sentence",
         "I looked up your A350 delivery schedule"),
        ("insights", "read Stripe's post on their ledger design", "event", "sentence",
         "I read Stripe's post on their ledger design"),
        ("discussed", "school programs reach 200k kids a year", "said", "clause",
         "the school programs reach 200k kids a year"),
        ("valued", "her view that teaching happens at the bedside, not the classroom", "topic",
         "topic", "your view that teaching happens at the bedside rather than the classroom"),
        ("valued", "his point that restoration is a 30-yr commitment, not a grant cycle",
         "topic", "topic",
         "your point that restoration is a 30-year commitment rather than a grant cycle"),
        ("discussed", "event sourcing vs CRUD for the ledger", "topic", "topic",
         "event sourcing versus CRUD for the ledger"),
        ("discussed", "how they monitor model drift in prod", "topic", "topic",
         "how you monitor model drift in production"),
        ("discussed", "the new build contract w/ Harrogate council -> starts Feb", "topic",
         "topic", "the new build contract with Harrogate council (starts February)"),
        ("discussed", "turnaround on agency briefs, usually 2 wks", "topic", "topic",
         "the turnaround on agency briefs (usually 2 weeks)"),
        ("rapport", "she's from Kisumu like my mum", "shared", "clause",
         "you're from Kisumu like my mum"),
        ("valued", "said he'd rather have someone tidy than someone fast", "said", "clause",
         "you would rather have someone tidy than someone fast"),
        ("discussed", "KPIs for OTIF, target 97%", "topic", "topic", "KPIs for OTIF (target 97%)"),
        ("discussed", "staffing ratios: 1:1 for ventilated pts", "topic", "topic",
         "staffing ratios (1:1 for ventilated patients)"),
        ("fit", "grant writing, approx $400k raised over 3 yrs", "achievement", "topic",
         "experience in grant writing (about $400k raised over 3 years)"),
        # held-out set 5: a description of me is said of me, never put after "my"
        ("fit", "CFA L3 candidate, 4 yrs in market risk", "achievement", "sentence",
         "I am a CFA L3 candidate"),
        ("fit", "ACLS, PALS, NRP current", "achievement", "sentence",
         "I am ACLS, PALS and NRP current"),
        ("fit", "fluent Swahili + Turkana basics", "achievement", "sentence",
         "I am fluent in Swahili"),
        ("fit", "bilingual ES/EN, some Portuguese", "achievement", "sentence",
         "I am bilingual in ES/EN"),
        ("fit", "seconded to an IOC legal team for 8 months", "achievement", "sentence",
         "I was seconded to an IOC legal team for 8 months"),
        ("fit", "launched instant settlement -> merchant churn down 18%", "achievement",
         "sentence", "I launched instant settlement (merchant churn down 18%)"),
        ("fit", "zero LTIs on my crews since 2022", "achievement", "sentence",
         "I have had zero LTIs on my crews since 2022"),
        ("discussed", "asked me to brief her in 2 min on a file I'd worked on", "event",
         "clause", "you asked me to brief you in 2 minutes on a file I had worked on"),
        ("discussed", "his vision for cross-border QR between SG, MY and TH", "topic", "topic",
         "your vision for cross-border QR between SG, MY and TH"),
        ("rapport", "both ex-Grab, diff teams", "shared", "clause", "we are both ex-Grab"),
        ("discussed", "MICE + wedding groups, displacement analysis", "topic", "topic",
         "MICE and wedding groups"),
        ("discussed", "asked me for an example of managing a late consultant", "asked",
         "topic", "an example of managing a late consultant"),
        ("discussed", "asked me abt a time I stopped a job for safety", "asked", "topic",
         "a time I stopped a job for safety"),
        ("discussed", "shadowed her on rounds for 20 min", "event", "clause",
         "I shadowed you on rounds for 20 minutes"),
        ("discussed", "trial shift: cleaned + portioned 10 kg of hake", "topic", "topic",
         "the trial shift (cleaned and portioned 10 kg of hake)"),
        ("discussed", "how do they handle on-call for payments outages?", "question", "topic",
         "how the team handles on-call for payments outages"),
        ("discussed", "solar pumping vs handpumps for the arid counties, O&M costs", "topic",
         "topic", "solar pumping versus handpumps for the arid counties"),
        ("missed", "didn't explain my safeguarding level 3 training properly, rambled a bit",
         "regret", "topic", "my safeguarding level 3 training"),
        ("missed", "didn't explain my digitization project well", "regret", "topic",
         "my digitization project"),
        ("discussed", "how they're moving from historical VaR to expected shortfall", "topic",
         "topic", "how you're moving from historical VaR to expected shortfall"),
        ("insights", "read their TCFD report, climate stress testing section", "event",
         "sentence", "I read your TCFD report"),  # not a list "the read your TCFD report and …"
        ("discussed", "critiqued their onboarding flow together", "event", "clause",
         "we critiqued your onboarding flow together"),  # no plural before "their": yours
        ("valued", "her view that a postdoc should leave with their own research line", "topic",
         "topic", "your view that a postdoc should leave with their own research line"),
        ("discussed", "worked example on credential recognition", "topic", "topic",
         "the worked example on credential recognition"),
        ("valued", "his point that the hardware is the easy part, the committee is the project",
         "topic", "topic",
         "your point that the hardware is the easy part and the committee is the project"),
        # held-out set 7
        ("missed", "S&OP process I set up for the dairy line", "regret", "topic",
         "the S&OP process I set up for the dairy line"),  # the acronym keeps its case
        ("missed", "the fraud I spotted in a county gov't supplier ledger", "regret", "topic",
         "the fraud I spotted in a county government supplier ledger"),  # found, not gossip
        ("fit", "fully registered ECE teacher, 3 yrs in a bilingual centre", "achievement",
         "sentence", "I am a fully registered ECE teacher with 3 years in a bilingual centre"),
        ("fit", "3 yrs data desk at a regional paper, R + Datawrapper", "achievement", "topic",
         "3 years of data desk experience at a regional paper"),
        ("fit", "6 yrs SOC, last 2 leading a team of 8 analysts", "achievement", "topic",
         "6 years of SOC experience (the last 2 leading a team of 8 analysts)"),
        ("fit", "experienced grant writer", "achievement", "sentence",
         "I am an experienced grant writer"),
        ("discussed", "asked me about reducing alert fatigue -> tuning + SOAR playbooks", "asked",
         "topic", "reducing alert fatigue"),  # the arrow leads to my answer
        ("discussed", "asked me about handling anxious patients -> told her about tell-show-do",
         "asked", "topic", "handling anxious patients"),  # the patients are anxious, not me
        ("discussed", "q's about my experience w/ Cavitron vs hand instruments", "asked", "topic",
         "my experience with Cavitron versus hand instruments"),
        ("discussed", "ex-army, talked about safety culture + near-miss reporting", "topic",
         "topic", "the safety culture and near-miss reporting"),  # the topic, not the aside
        ("discussed", "booking drop-off rates in the app, 30% at payment", "topic", "topic",
         "booking drop-off rates in the app (30% at payment)"),
        ("discussed", "coordination btw front desk + kitchen for dietary requests", "topic",
         "topic", "the coordination between front desk and kitchen for dietary requests"),
        # held-out set 8
        ("fit", "6 yrs small animal + 2 in ICU at Massey", "achievement", "topic",
         "6 years of small animal experience and 2 years in ICU at Massey"),
        ("fit", "6 yrs Unreal 5 C++, shipped 2 console titles", "achievement", "topic",
         "6 years of Unreal 5 C++ experience"),  # the pluses are the language's
        ("fit", "licensed RPh, 5 yrs retail", "achievement", "sentence", "I am a licensed RPh"),
        ("fit", "7 yrs child protection in Cork + CORU registered", "achievement", "topic",
         "7 years of child protection experience in Cork"),
        ("fit", "5 yrs crew on A350 + B787, 2 as purser", "achievement", "topic",
         "5 years of crew experience on A350 and B787 (2 of them as purser)"),
        ("discussed", "sanctions screening false positives 40%", "topic", "topic",
         "sanctions screening false positives (40%)"),
        ("discussed", "training school schedule in Jan", "topic", "topic",
         "the training school schedule in January"),
        # held-out set 9
        ("discussed", "asked about a pt w/ CKD 4 + diabetes -> talked through K targets",
         "asked", "topic", "a patient with CKD 4 and diabetes"),  # a case, not their health
        ("missed", "audit I led on phosphate binder timing", "regret", "topic",
         "the audit I led on phosphate binder timing"),
        ("missed", "USMCA rules of origin audit I ran for an auto parts client", "regret",
         "topic", "the USMCA rules of origin audit I ran for an auto parts client"),
        ("fit", "4 yrs band 5 on acute wards", "achievement", "topic",
         "4 years at band 5 on acute wards"),
        ("fit", "6 yrs as flight dispatcher w/ Porter", "achievement", "topic",
         "6 years as a flight dispatcher with Porter"),
        ("discussed", "caseload ~40 pts, mix of clinic + ward", "topic", "topic",
         "the caseload of about 40 patients"),
        ("discussed", "expansion into Turkana 2027, will they hire local crews?", "topic",
         "topic", "expansion into Turkana in 2027"),
        ("discussed", "lithium vs lead-acid for mini-grids, she prefers LFP", "topic", "topic",
         "lithium versus lead-acid for mini-grids"),
        ("rapport", "I did my exchange sem at Erasmus Rotterdam", "shared", "topic",
         "my exchange semester at Erasmus Rotterdam"),
        ("missed", "mortality improvement assumptions, I only half answered", "regret", "topic",
         "mortality improvement assumptions"),
        # held-out set 10
        ("valued", '"a map nobody uses is just a pretty picture"', "topic", "topic",
         'your line "a map nobody uses is just a pretty picture"'),
        ("valued", "his point that the farmer has to see the result on his own lot", "topic",
         "topic", "your point that the farmer has to see the result on his own lot"),
        ("valued", "her belief that maths anxiety is taught, not born", "topic", "topic",
         "your belief that maths anxiety is taught rather than born"),
        ("fit", "8 yrs QS on commercial + road projects, NIQS + RICS member", "achievement",
         "topic", "8 years of QS experience on commercial and road projects"),
        ("fit", "harvest planning in a 120,000 ha district, PEFC + FSC", "achievement", "topic",
         "experience in harvest planning in a 120,000 ha district"),
        ("fit", "6 yrs on road w/ QAS incl 2 as MICA candidate", "achievement", "topic",
         "6 years on road with QAS (2 of them as an MICA candidate)"),
        ("missed", "cut supplier escapes 35% at my last site w/ a layered audit plan", "regret",
         "sentence", "I cut supplier escapes by 35% at my last site with a layered audit plan"),
        ("missed", "RevPAR index went from 94 to 112 in 18 months at my last cluster", "regret",
         "sentence", "The RevPAR index went from 94 to 112 in 18 months at my last cluster"),
        ("discussed", "expansion into Turkana 2027", "topic", "topic",
         "expansion into Turkana in 2027"),
        ("discussed", "your team's roadmap for the Radoffensive 2030", "topic", "topic",
         "your team's roadmap for the Radoffensive 2030"),  # a name, not a date
        # held-out set 11
        ("fit", "regulated pharm tech (OCP) since 2022, 3 yrs hospital dispensary",
         "achievement", "sentence",
         "I have been a regulated pharmacy technician (OCP) since 2022"),
        ("fit", "5 yrs early intervention 0-3 yrs, Bayley-III", "achievement", "topic",
         "5 years of early intervention experience (ages 0–3)"),
        ("discussed", "what the career paths look like after 2-3 years", "topic", "topic",
         "what the career paths look like after 2-3 years"),  # a length of time, not ages
        ("fit", "dipl. from VŠCHT Prague (brewing + malting)", "achievement", "topic",
         "diploma from VŠCHT Prague (brewing and malting)"),
        ("missed", "my MRT registration renewal is done (MRTB) - forgot to say", "regret",
         "sentence", "My MRT registration renewal is done (MRTB)"),
        ("fit", "8 yrs lagering at a 40k hl brewery, decoction mashing", "achievement", "topic",
         "8 years lagering at a 40k hl brewery"),  # volume, not pay
        ("valued", "her point that the parent is the intervention, not the therapist", "topic",
         "topic", "your point that the parent is the intervention rather than the therapist"),
        # held-out set 12
        ("fit", "GCP + ICH E6(R3) trained", "achievement", "sentence",
         "I am GCP and ICH E6(R3) trained"),
        ("fit", "Navis N4 super-user", "achievement", "sentence", "I am a Navis N4 super-user"),
        ("fit", "ASHRAE 90.1 + Saudi Building Code (SBC 601)", "achievement", "topic",
         "experience with ASHRAE 90.1 and Saudi Building Code (SBC 601)"),
        ("fit", "AIS certified + WSET 3", "achievement", "sentence", "I am AIS certified"),
        ("discussed", "shift pattern 12h, 4 on 4 off", "topic", "topic",
         "the shift pattern (12-hour)"),
        ("discussed", "automated quay cranes at Tuas, remote ops", "topic", "topic",
         "automated quay cranes at Tuas"),  # a kind of crane, not something we did
        ("discussed", "cellar inventory software, stock valuation", "topic", "topic",
         "the cellar inventory software and stock valuation"),  # not the company's valuation
        ("missed", "how I recovered a corrupted conform 2 days before delivery", "regret",
         "topic", "how I recovered a corrupted conform 2 days before delivery"),  # not gossip
        # held-out set 13: "pay" the verb, a cell count
        ("valued", "his point that clients pay for judgement, not for memos", "topic", "topic",
         "your point that clients pay for judgement rather than for memos"),
        ("valued", "his view that traceability must pay the farmer, not just the exporter",
         "topic", "topic",
         "your view that traceability must pay the farmer rather than just the exporter"),
    ],
)  # fmt: skip
def test_each_note_is_read_into_its_kind_and_form(where, note, kind, form, text):
    reading = read_note(note, where, PRIYA)
    assert reading.used, reading.why
    assert reading.used and reading.kind == kind
    assert reading.form(form) == text


@pytest.mark.parametrize(
    ("note", "warm"),
    [
        ("pair programming culture", True),  # control
        ("parents are very demanding here", False),
    ],
)
def test_sentiment_decides_whether_a_warm_frame_may_take_the_note(note, warm):
    assert read_note(note, "discussed", PRIYA).warm is warm


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("rapport", "my dad served at CFB Petawawa, he was posted there too"),  # a clause
        ("fit", "bilingual-ish, BBB in French"),  # an adjective is no thing of mine
        ("fit", "RRT w/ NPS credential"),  # a description of me, not a thing of mine
    ],
)
def test_a_note_that_fits_no_form_is_left_out_and_says_so(where, note):
    reading = read_note(note, where, PRIYA)
    assert not reading.used and "could not be phrased" in reading.why


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on-call load", "on-call load"),  # control
        ("risk mgmt w/ 3 pts", "risk management with 3 points"),
        ("1:1 for ventilated pts", "1:1 for ventilated patients"),
        ("ICU pts per nurse", "ICU patients per nurse"),
        ("monolith -> microservices", "monolith to microservices"),
        ("the backtest -> live pipeline", "the backtest-to-live pipeline"),
        ("cut deploy time 45 min -> 8 min", "cut deploy time from 45 minutes to 8 minutes"),
        ("kafka q's", "kafka questions"),
        ("8 yrs in HR", "8 years in HR"),
        ("40+ nurses", "over 40 nurses"),
        ("Portuguese + Spanish + English", "Portuguese, Spanish and English"),
        ("a file I'd worked on", "a file I had worked on"),  # before a participle: "had"
        ("I'd like a tour", "I would like a tour"),
        ("cut waste by ~30%", "cut waste by about 30%"),
        ("my cert IV in WHS", "my Certificate IV in WHS"),
        ("asked abt rosters", "asked about rosters"),
        ("comfy w/ SQL", "comfortable with SQL"),
    ],
)
def test_shorthand_is_written_out(text, expected):
    assert expand_shorthand(text) == expected


@pytest.mark.parametrize(
    ("question", "indirect"),
    [
        ("how do you measure success?", "how you measure success"),
        ("why did we pick delta lake?", "why we picked delta lake"),
        ("how do they staff projects?", "how the team staffs projects"),
        ("what is their approach to safety?", "their approach to safety"),
        ("where are you based?", "where you are based"),
        ("how do designers get research insights?", "how designers get research insights"),
        ("what does a typical week on site look like?", "what a typical week on site looks like"),
        ("measure success", None),  # control: not a question
    ],
)  # fmt: skip
def test_questions_become_indirect(question, indirect):
    assert indirect_question(question) == indirect


def test_person_changes_only_what_refers_to_the_recipient():
    assert read_note("her plan to hire", "discussed", PRIYA).topic == "your plan to hire"
    asked = read_note("asked how I would win them over", "discussed", PRIYA)
    assert asked.topic == "how I would win them over"  # "them" is not the recipient


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(categories=("L", "N", "P", "Zs", "S")), max_size=120),
    st.sampled_from(["fit", "missed", "insights", "discussed", "valued", "rapport"]),
)
def test_any_note_is_read_without_error_into_a_form_or_a_reason(note, where):
    reading = read_note(note, where, PRIYA)
    assert reading.why
    if reading.used:
        assert reading.topic or reading.clause or reading.sentence


def test_an_answer_after_the_arrow_is_kept_for_the_thank_you():
    reading = read_note(
        "asked me about loans -> told her about the Met loan I managed", "discussed", PRIYA
    )
    assert (reading.topic, reading.answer) == ("loans", "the Met loan I managed")


def test_a_point_made_only_in_part_is_never_said_not_to_have_come_up():
    reading = read_note("mortality improvement assumptions, I only half answered", "missed")
    assert reading.why == "a point you made only in part"


def test_an_answer_that_is_a_clause_is_not_pasted_as_a_noun():
    reading = read_note(
        "asked me about LBC licensing -> told him I've worked under COCOBOD rules since 2020",
        "discussed",
        PRIYA,
    )
    assert (reading.topic, reading.answer) == ("LBC licensing", None)


@pytest.mark.parametrize(
    ("jotted", "written"),
    [
        ("my work with natural indigo dyeing co-op in Tangail",
         "my work with the natural indigo dyeing co-op in Tangail"),
        ("went live with new system in 2024", "went live with the new system in 2024"),
        ("used COPM and AMPS weekly at Linköping clinic",
         "used COPM and AMPS weekly at the Linköping clinic"),
        ("3 years as 911 call-taker in Sherbrooke", "3 years as a 911 call-taker in Sherbrooke"),
        ("what you shared about timetable", "what you shared about the timetable"),
        ("on CBTC corridor", "on the CBTC corridor"),
        ("the last 2 as ops manager", "the last 2 as an ops manager"),
        ("6 years at Edo-Tokyo Museum education department",
         "6 years at the Edo-Tokyo Museum education department"),
        ("with Coravin by-the-glass program (margin 18% higher)",
         "with the Coravin by-the-glass program (margin 18% higher)"),
        ("reduced plucking cycle with better roster",
         "reduced the plucking cycle with a better roster"),
        ("failure rates on older fleet", "failure rates on the older fleet"),
        ("cuts in 2024 budget", "cuts in the 2024 budget"),
        ("the 3 seniors hired in 2024", "the 3 seniors hired in 2024"),
        # left as jotted: mass nouns, set phrases, counts, names, titles, verbs after "to"
        ("with machine learning", "with machine learning"),
        ("in peak season", "in peak season"),
        ("at ward level", "at ward level"),
        ("on night shift", "on night shift"),
        ("with 2 teams", "with 2 teams"),
        ("at Google", "at Google"),
        ("as head of design", "as head of design"),
        ("your tip to learn French plant vocabulary", "your tip to learn French plant vocabulary"),
        ("about wild ferments", "about wild ferments"),
        ("my open-source work on model evaluation", "my open-source work on model evaluation"),
        ('her line "at Tuas port"', 'her line "at Tuas port"'),
    ],
)  # fmt: skip
def test_shorthand_gets_back_the_article_it_dropped_inside_a_phrase(jotted, written):
    from afterword.compose.notes.articles import inner_articles

    assert inner_articles(jotted) == written


@pytest.mark.parametrize(
    ("note", "form", "text"),
    [
        ("EUDR due diligence prep", "topic", "experience with EUDR due diligence prep"),
        ("PW150 borescope inspections, engine changes", "topic",
         "experience with PW150 borescope inspections"),
        ("Pillar Two readiness for 12 multinationals", "topic",
         "experience with Pillar Two readiness for 12 multinationals"),
        ("reels + tiktok scripting", "topic", "experience in reels and TikTok scripting"),
        # what is already the candidate's own stays as it is
        ("dose optimisation project", "topic", "dose optimisation project"),
        ("PhD in NLP", "topic", "PhD in NLP"),
        ("AI tech certification", "topic", "AI tech certification"),
        ("5 seasons on a 400-cow rotary in Co. Cork", "topic",
         "5 seasons on a 400-cow rotary in Co. Cork"),
        ("co-supervised 3 master's students", "sentence", "I co-supervised 3 master's students"),
    ],
)  # fmt: skip
def test_a_fit_note_that_is_a_thing_done_is_put_as_experience_not_after_a_bare_my(note, form, text):
    reading = read_note(note, "fit")
    assert reading.used, reading.why
    assert reading.form(form) == text


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("calving starts July, 850 cows, 2 sheds", "calving starts in July"),
        ("training starts Monday", "training starts on Monday"),
        ("onboarding takes 6 weeks", "onboarding takes 6 weeks"),
    ],
)
def test_a_jotted_clause_about_when_is_a_clause_never_a_topic(note, clause):
    reading = read_note(note, "discussed", parse_name("Hemi Walker"))
    assert (reading.kind, reading.topic, reading.clause) == ("said", None, clause)


@pytest.mark.parametrize(
    "note", ["school visits Tues + Thurs", "quality checks in the ingestion layer",
             "staff turnover rates in 2024", "budget year ends in March"]
)  # fmt: skip
def test_a_plural_noun_that_could_be_a_verb_stays_a_noun_phrase(note):
    reading = read_note(note, "discussed", parse_name("Hemi Walker"))
    assert "year of" not in (reading.topic or reading.clause or "")
    if note != "budget year ends in March":
        assert reading.kind == "topic"


@pytest.mark.parametrize(
    ("where", "note"),
    [
        ("fit", "5 yrs w/ soja + maíz trials in zona núcleo"),
        ("fit", "7 años construyendo guitarras clásicas y tiples"),
        ("fit", "6 jaar verloskamer ervaring, UZ Gent"),
        ("valued", "su idea de que el paciente define el objetivo, no el técnico"),
        ("rapport", "las dos tomamos mate con el equipo en la entrevista"),
    ],
)
def test_a_note_in_another_language_is_left_out_and_says_so(where, note):
    reading = read_note(note, where)
    assert (reading.kind, reading.why) == ("withheld", OTHER_LANGUAGE)


@pytest.mark.parametrize(
    "note", ["te reo Māori + Tongan, kapa haka w/ tamariki", "nextflow, snakemake, slurm, some GCP"]
)
def test_trade_words_and_words_english_uses_are_not_another_language(note):
    assert read_note(note, "fit").used


@pytest.mark.parametrize(
    "note", ["visa", "start date March", "the malaria leave policy", "horario 8-16",
             "wage scale IFIC", "field allowance", "visa for wife (she's from Japan)"]
)  # fmt: skip
def test_terms_of_employment_are_never_a_highlight(note):
    assert not read_note(note, "discussed").used
