"""Small word lists the prose cleaner needs to tell ordinary words from names and acronyms."""

from __future__ import annotations

# Kana, CJK ideographs and Hangul: letters an English note never holds (a character class body).
EAST_ASIAN = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"


def words_of(text: str) -> frozenset[str]:
    """Turn a block of words into a set."""
    return frozenset(text.split())


# Ordinary English words that appear capitalized in jotted notes only by accident
# ("Data Contracts", "ON-CALL LOAD"); a word outside this list keeps its case, because
# it is more likely a product or a name (Kafka, Flink, Pittsburgh).
COMMON_WORDS = words_of(
    """
    a about above access account accounts across action actual ad add added adoption after
    again against agile agreed ai aim all allocation almost along already also always an
    analysis analytics and another answer any api apis app application applications approach
    architecture are area areas around as ask asked at audit automation availability away
    back backend backlog balance bank base based batch be because been before being benefits
    best better between big blog board book both boundaries brand bring budget bug bugs
    build building built business but by cache call can career case cases challenge
    challenges change changes chat check cloud code collaboration company compliance
    concerns conference contract contracts cost costs could coverage culture current
    customer customers cycle daily dashboard dashboards data database databases day days
    deadline debt decision decisions delivery demand department deploy deployment
    deployments design designs detail details development did different direction discussed
    discussion do docs documentation does doing domain done down during each early east
    ecosystem effort end engineering engineers error errors etl even event events every
    everything expansion experience experiments fail failure feature features feedback few
    first fit focus for forecast framework frameworks from front full fun funding future gap
    get goal goals going good governance great group growth had handoff handoffs has have he
    health hearing help her high hiring his hiring history how i idea ideas if impact
    important improvement in incident incidents infrastructure ingestion initiative
    initiatives insight interview into is issue issues it its job jobs journey just key kind
    know lake last latency launch launches layer lead leader leadership leads learning
    legacy level like limits load long look loop machine made main maintenance make making
    manage management manager market marketing me measure meeting mentoring mentorship
    metric metrics migration mine mission mobile model models monitoring more most move
    moving much my need needs new next night north not notes now observability of off office
    on onboarding once one only open operations or order org organization other our out over
    own ownership pace pain pair pairing panel part partner partners partnership people
    performance person pipeline pipelines plan planning plans platform point points policy
    portfolio practice practices pricing priorities priority privacy problem problems
    process processes product production products program project projects quality question
    questions quarter rate reading real recent reduce release releases reliability remote
    report reporting requirements research responsibilities results retention review reviews
    risk risks roadmap role roles rollout rotation safety sales scale scaling schema search
    security service services she shift should side since size skills small so software some
    south space speed sprint stack staff stakeholder stakeholders standards start startup
    state still story strategy streaming structure success support system systems take talk
    talked talent team teams tech technical test testing tests than that the their them then
    there these they thing things this those through time timeline to today tool tooling
    tools top tradeoffs training transition trust two under up update us usage use user
    users using value values vendor version vision was way we week well were west what when
    where whether which while who why will with work workflow workflows working workload
    world would year years you your
    """
)

# Words after "her" that show it is the object ("asked her about"), not a possessive.
FUNCTION_WORDS = words_of(
    """
    about above after again against along and any around as at back because before behind
    but by during for from here how if in into like more most my near of off on once or our
    out over since so some than that the then there these this those though through to too
    under until up upon what when where whether which while who whom why with within without
    a an again well yet
    """
)

# Adverbs that may sit between a subject and its verb ("she also leads").
ADVERBS = words_of(
    """
    also really just often still always never already usually currently personally clearly
    recently even only mostly
    """
)

# Third-person verb forms whose plain form is not the word minus "s".
IRREGULAR_VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
    "goes": "go",
    "focuses": "focus",
    "uses": "use",
    "causes": "cause",
    "raises": "raise",
    "closes": "close",
    "releases": "release",
    "advises": "advise",
    "oversees": "oversee",
    "sees": "see",
    "agrees": "agree",
    "manages": "manage",
    "believes": "believe",
}
