"""What names are made of, as data: forms of address, family names written first, groups.

Which words are titles, particles and suffixes comes from nameparser's constants; this module
adds what nameparser lacks and says how each honorific is written in a greeting.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    """Return the whitespace-separated words of a literal list, in order."""
    return tuple(text.split())


# Titles nameparser does not know, as they are written (lower case, no final period).
EXTRA_TITLES = _words("""lic lcda lcdo licda licdo licenciado licenciada ing ingeniero ingeniera arq
    arquitecto arquitecta dr.-ing dr-ing dott dott.ssa deaconess dra doctora profa eng engr
    mtro mtra dipl.-ing dipl-ing mag avv avvocato dottoressa me maître maitre firefighter shri
    sri shrimati smt
    kumari cmdr pandit haji hajjah datuk dato ustaz ustadh cantor archdeacon prebendary
    reverend monsignor msgr senator rep pfc spc adv barr mevr mevrouw dhr cllr councillor khun cpa
    councilor ma'am bi bibi κ k maestro maestra doña dna dl encik cik
    coach kap kapetan ga gospa gospod auntie aunty uncle ato w/ro w/t dayang awang plk pplk npor
    por kpt mjr judr mudr phdr rndr mvdr paedr si doc κα ustoz varpet bc esc ibu bapak pak bu
    enf enf.ª enfª enf.a inż inz doç doc. yrd.doç kagawad
    eng.º engº eng.ª engª a/prof mga bca ambassador surv hj madam lalla maâlem maalem mâalem
    ratu elder paní batono kalbatono afioga susuga jero mangku nurse sœur soeur gospodin gospođa
    gospodja gospođica tat oom tannie cpn mama matron abog tanti""")

# How an honorific is written in a greeting, by the way people type it (lower case, no period).
ADDRESS: dict[str, str] = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "dra": "Dra.",
    "doctora": "Dra.",
    "dr.-ing": "Dr.-Ing.",
    "dr-ing": "Dr.-Ing.",
    "prof": "Prof.",
    "professor": "Prof.",
    "profa": "Profa.",
    "mr": "Mr.",
    "mister": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "sir": "Sir",
    "dame": "Dame",
    "lord": "Lord",
    "lady": "Lady",
    "rev": "Rev.",
    "revd": "Rev.",
    "reverend": "Rev.",
    "fr": "Fr.",
    "father": "Fr.",
    "pastor": "Pastor",
    "canon": "Canon",
    "bishop": "Bishop",
    "archdeacon": "Archdeacon",
    "deacon": "Deacon",
    "deaconess": "Deaconess",
    "sister": "Sister",
    "brother": "Brother",
    "monsignor": "Msgr.",
    "msgr": "Msgr.",
    "rabbi": "Rabbi",
    "cantor": "Cantor",
    "imam": "Imam",
    "khun": "Khun",  # Thailand, with the given name: "Khun Siriporn"
    "maestro": "Maestro",  # a master craftsman or conductor: "Maestro Ríos"
    "maestra": "Maestra",
    "doña": "Doña",  # Spanish, with the given name: "Doña Carmen"
    "cpa": "CPA",  # a certified accountant, Kenya: "CPA Daniel Ochieng"
    "sheikh": "Sheikh",
    "shaikh": "Sheikh",
    "judge": "Judge",
    "justice": "Justice",
    "hon": "Hon.",
    "honorable": "Hon.",
    "honourable": "Hon.",
    "senator": "Senator",
    "surv": "Surv.",  # Ghana, a licensed surveyor: "Surv. Boateng"
    "elder": "Elder",  # an Indigenous elder, with the given name: "Elder Mary"
    "madam": "Madam",  # Ghana, with the given name: "Madam Comfort"
    "lalla": "Lalla",  # Morocco, a woman, with the given name: "Lalla Fatima Zahra"
    "maâlem": "Maâlem",  # Morocco, a master craftsman, with the given name: "Maâlem Driss"
    "maalem": "Maâlem",
    "mâalem": "Maâlem",
    "ratu": "Ratu",  # Fiji, a chief, with the given name: "Ratu Josefa"
    "ambassador": "Ambassador",
    "capt": "Capt.",
    "cpt": "Capt.",
    "captain": "Capt.",
    "lt": "Lt.",
    "lieutenant": "Lt.",
    "sgt": "Sgt.",
    "sergeant": "Sgt.",
    "col": "Col.",
    "colonel": "Col.",
    "maj": "Maj.",
    "gen": "Gen.",
    "general": "Gen.",
    "adm": "Adm.",
    "admiral": "Adm.",
    "cmdr": "Cmdr.",
    "cdr": "Cmdr.",
    "commander": "Cmdr.",
    "cpl": "Cpl.",
    "corporal": "Cpl.",
    "chief": "Chief",
    "officer": "Officer",
    "chef": "Chef",
    "mme": "Mme",
    "madame": "Mme",
    "mlle": "Mlle",
    "mademoiselle": "Mlle",
    "monsieur": "Monsieur",
    "herr": "Herr",
    "frau": "Frau",
    "sr": "Sr.",
    "señor": "Sr.",
    "senor": "Sr.",
    "sra": "Sra.",
    "señora": "Sra.",
    "senora": "Sra.",
    "srta": "Srta.",
    "señorita": "Srta.",
    "lic": "Lic.",
    "licenciado": "Lic.",
    "licenciada": "Lic.",
    "lcda": "Lcda.",
    "lcdo": "Lcdo.",
    "licda": "Licda.",
    "licdo": "Licdo.",
    "ing": "Ing.",
    "ingeniero": "Ing.",
    "ingeniera": "Ing.",
    "arq": "Arq.",
    "arquitecto": "Arq.",
    "arquitecta": "Arq.",
    "eng": "Eng.",  # an engineer in Egypt, the Gulf, Jordan and Portugal: "Eng. Hassan"
    "engr": "Engr.",
    "engineer": "Eng.",
    "mtro": "Mtro.",  # maestro, maestra: a master's degree in Mexico
    "mtra": "Mtra.",
    "dipl.-ing": "Dipl.-Ing.",
    "dipl-ing": "Dipl.-Ing.",
    "mag": "Mag.",  # Magister, Austria
    "dott": "Dott.",
    "dott.ssa": "Dott.ssa",
    "dottoressa": "Dott.ssa",
    "mevr": "Ms.",  # mevrouw and de heer, the Netherlands: an English letter says Ms./Mr.
    "mevrouw": "Ms.",
    "dhr": "Mr.",
    "cllr": "Councillor",  # an elected councillor, UK and Ireland: "Dear Councillor Mackenzie"
    "councillor": "Councillor",
    "councilor": "Councilor",
    "ma'am": "Ma'am",  # the Philippines and India, with the given name: "Ma'am Grace"
    "avv": "Avv.",  # avvocato, Italy
    "avvocato": "Avv.",
    "adv": "Adv.",  # an advocate, India and South Africa: "Dear Adv. Iyer"
    "advocate": "Adv.",
    "barr": "Barr.",  # a barrister, Nigeria: "Barr. Okafor"
    "barrister": "Barr.",
    "me": "Me",  # maître, a French lawyer or notary
    "maître": "Me",
    "maitre": "Me",
    "shri": "Shri",
    "sri": "Shri",
    "smt": "Smt.",
    "shrimati": "Smt.",
    "datuk": "Datuk",
    "dato": "Dato",
    "dato'": "Dato'",  # Malaysia, with the family or given name: "Dato' Lim", "Dato' Seri …"
    "datin": "Datin",
    "puan": "Puan",
    "encik": "Encik",
    "ir": "Ir.",  # a professional engineer, Malaysia and Indonesia: "Ir. Siti"
    "atty": "Atty.",  # an attorney, the Philippines: "Atty. dela Cruz"
    "insp": "Insp.",  # a police or transport inspector: "Insp. Sandhu"
    "sig": "Sig.",  # signore, Italy: "Sig. Bellini"
    "sig.ra": "Sig.ra",
    "pani": "Ms.",  # Poland: "Pani Agnieszka Kowalska" is "Dear Ms. Kowalska" in English
    "mgr": "Mgr.",  # Magister, Czechia and Slovakia: "Mgr. Svobodová"
    "esc": "Esc.",  # escribano, escribana, Uruguay: a notary, "Esc. Pereyra"
    "mga": "MgA.",  # Czech and Slovak arts degrees, used in address: "Dear MgA. Veselý"
    "bca": "BcA.",
    "a/prof": "A/Prof",  # associate professor, Singapore and Australia: "A/Prof Lim"
    "eng.º": "Eng.º",  # engenheiro, Portugal: "Eng.º Marques"
    "engº": "Eng.º",
    "eng.ª": "Eng.ª",
    "engª": "Eng.ª",
    "enf.ª": "Enf.ª",  # enfermeira, Portugal: a nurse, "Enf.ª Lopes"
    "enfª": "Enf.ª",
    "enf.a": "Enf.ª",
    "enf": "Enf.",
    "inż": "Inż.",  # inżynier, Poland: an engineer, "Inż. Zieliński"
    "inz": "Inż.",
    "w/ro": "W/ro",  # weyzero, Ethiopia: with the given name, as "Ato" is, "Dear W/ro Almaz"
    "w/t": "W/t",
    "ibu": "Ibu",  # Indonesia, with the given name: "Dear Ibu Dewi"
    "bu": "Ibu",
    "bapak": "Bapak",  # "Dear Bapak Budi"
    "pak": "Bapak",
    "ps": "Ps.",  # psicólogo, psicóloga, Chile: "Ps. Soto"
    "er": "Er.",  # an engineer, India: "Er. Farooq"
    "inspector": "Insp.",
    "alhaji": "Alhaji",  # Nigeria and West Africa, with the family name: "Alhaji Bello"
    "alhaja": "Alhaja",
    "attorney": "Atty.",
    "haji": "Haji",
    "hajjah": "Hajjah",
    "ustaz": "Ustaz",
    "pandit": "Pandit",
    "coach": "Coach",  # a sports coach is greeted as one: "Dear Coach Villanueva"
    "kap": "Capt.",  # kapetan, Croatia: a ship's captain
    "kapetan": "Capt.",
    "ga": "Ms.",  # gospa, Slovenia: "Ga. Novak" is "Dear Ms. Novak" in English
    "gospa": "Ms.",
    "gospod": "Mr.",
    "auntie": "Auntie",  # Ghana and Nigeria, with the given name: "Dear Auntie Efua"
    "aunty": "Auntie",
    "uncle": "Uncle",
    "bi": "Bi.",  # bibi, East Africa: "Bi. Rehema"
    "bibi": "Bi.",
    "ato": "Ato",  # Ethiopia: with the given name, "Dear Ato Dawit"
    "dayang": "Dayang",  # Brunei and Malaysia, with the given name: "Dear Dayang Siti"
    "awang": "Awang",
    "plk": "Col.",  # plukovník, Slovakia and Czechia
    "pplk": "Lt. Col.",
    "mjr": "Maj.",
    "kpt": "Capt.",
    "npor": "Lt.",  # nadporučík
    "por": "Lt.",  # poručík
    "judr": "Dr.",  # Slovak and Czech doctorates: JUDr. (law), MUDr. (medicine) and the like
    "mudr": "Dr.",
    "phdr": "Dr.",
    "rndr": "Dr.",
    "mvdr": "Dr.",
    "paedr": "Dr.",
    "si": "Mr.",  # Tunisia and the Maghreb: "Si Mohamed Trabelsi" is "Dear Mr. Trabelsi"
    "doc": "Dr.",  # docentas, Lithuania: "Doc. dr. Vaitkus" is "Dear Dr. Vaitkus"
    "κα": "Ms.",  # κυρία, Greece: "Κα Μαρία Γεωργίου"
    "ustoz": "Ustoz",  # Uzbekistan, a master or teacher, with the given name
    "varpet": "Varpet",  # Armenia, a master craftsman, with the given name
    "kagawad": "Kagawad",  # the Philippines, a barangay councillor, with the given name
    "paní": "Ms.",  # Czech: "paní Dvořáková" is "Dear Ms. Dvořáková"
    "batono": "Batono",  # Georgia, a man, with the given name: "Batono Giorgi"
    "kalbatono": "Kalbatono",  # Georgia, a woman, with the given name
    "afioga": "Afioga",  # Samoa, the honorific of a matai, with the title: "Afioga Leota"
    "susuga": "Susuga",  # Samoa, of an orator chief or a pastor
    "jero": "Jero",  # Bali, a priest or one married into a noble house: "Jero Mangku Ketut"
    "mangku": "Mangku",  # Bali, a temple priest
    "nurse": "Nurse",  # "Nurse Bailey"
    "sœur": "Sister",  # French, a religious sister: "Sœur Marie-Thérèse"
    "soeur": "Sister",
    "gospodin": "Mr.",  # Serbian and Croatian: "gospodin Jovanović" is Mr. Jovanović
    "gospođa": "Ms.",
    "gospodja": "Ms.",
    "gospođica": "Miss",
    "tat": "Tat",  # K'iche', a respected elder man, with the given name: "Tat Diego"
    "oom": "Oom",  # Afrikaans, an older man, with the given name: "Oom Hennie"
    "tannie": "Tannie",  # Afrikaans, an older woman: "Tannie Marie"
    "cpn": "CPN",  # Paraguay and Argentina, a public accountant: "CPN Riquelme"
    "mama": "Mama",  # East Africa and the Pacific, respect for a woman: "Mama Elizabeth"
    "matron": "Matron",  # a senior nursing officer: "Matron Nyirenda"
    "abog": "Abog.",  # Spanish "abogado", a lawyer: "Abog. Matamoros"
    "tanti": "Tanti",  # West Africa, respect for an older woman, with the given name: "Tanti Awa"
}

# Honorifics written after the given name ("Rəşad müəllim", "Mehmet Bey"): a greeting keeps
# them there, in either formality.
AFTER_GIVEN = frozenset(
    _words("müəllim muallim xanım hanım hanim bey bəy apai apa aga ağa agha khanum eje baike")
)

# Balinese names open with the order of birth ("Wayan", "Made", "Nyoman", "Ketut"), after "I"
# for a man and "Ni" for a woman: "I Wayan Sudarsana" is greeted as Wayan.
BALINESE_BIRTH_ORDER = frozenset(_words("wayan putu gede made kadek nengah nyoman komang ketut"))
BALINESE_PREFIXES = frozenset(["i", "ni"])

# The endings of an East Slavic patronymic ("Yerlan Serikovich", "Anna Petrovna"): with the
# given name it is the respectful way to address someone, so a letter greets with both.
PATRONYMIC = r"\w{2,}(?:[oe]vi[cč]h?|[oe]vna|ichna|ovych|ivna|ïvna)"

# An office outranks the "Rev." before it: "Rev. Canon Ann Ward" is greeted "Dear Canon Ward".
OFFICES = frozenset({"Canon", "Bishop", "Archdeacon", "Msgr.", "Fr."})  # "Rev. Fr." is Fr.

# Courtesy suffixes written onto a name ("Tanaka-san", "Sharma-ji"); a greeting may carry one.
COURTESY_SUFFIXES = frozenset(_words("san sama sensei senpai kun chan ji nim ssi"))

# Family names that people of these cultures write before the given name, most common first
# (the rank settles "Zhang Wei" against "Wei Zhang"). Names that are as common as English given
# names ("Kim", "Lee") are left out: "Kim Johnson" is a given name first.
FAMILY_FIRST: dict[str, tuple[str, ...]] = {
    "ja": _words(
        """sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
        yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda
        hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami
        kondo ishii saito sakamoto endo aoki fujii nishimura fukuda ota miura fujiwara okamoto
        matsuda nakagawa nakano harada ono tamura takeuchi kaneko wada nakayama ishida ueda
        morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando taniguchi
        ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano
        otsuka kojima chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi
        sano onishi sugimoto arai hamada honda"""
    ),
    "zh": _words(
        """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
        zheng liang xie song tang feng deng cao peng zeng xiao tian dong pan yuan cai
        jiang yu du ye cheng wei su lu ding ren shen yao jin fang qian dai xia zhong tan wong
        chan cheung leung lau ng tsang chow yip kwok lam chiu tse
        ooi khoo teoh yeoh goh ong chua koh quek seah lim tay"""
    ),
    "ko": _words("""park choi jung jeong kang cho yoon jang lim shin kwon hwang"""),
    "vi": _words(
        """nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly trinh dinh"""
    ),
    "hu": _words(
        """nagy kovacs kovács toth tóth szabo szabó horvath horváth varga kiss molnar molnár
        nemeth németh farkas balogh papp takacs takács juhasz juhász lakatos meszaros mészáros
        olah oláh racz rácz fekete szilagyi szilágyi torok török feher fehér balazs balázs
        gal gál kis szucs szűcs kocsis orsos fodor pinter pintér szalai sipos magyar lukacs
        lukács gulyas gulyás biro bíró kiraly király"""
    ),
}

# Akan day names (Ghana): given by the weekday of birth, so always a given name, written last in
# lists that put the family name first ("Mensah Kofi").
AKAN_DAY_NAMES = frozenset(
    _words("""kwadwo kojo kodwo kwabena kobina ekow kwaku kweku yaw kwaw kofi fiifi kwame kwamena
    kwasi kwesi akwasi adwoa adjoa ajoa abena araba akua ekua yaa aba afua efua ama akosua esi""")
)

# Family names also common as English given names: first only before a hyphenated given name
# ("Kim Min-jun", "Lee Seo-yeon").
FAMILY_FIRST_IF_HYPHENATED = frozenset({"kim", "lee", "yi", "oh", "han", "ho", "an"})

# Cultures whose family-first names take a courtesy suffix in a formal greeting.
COURTESY_BY_CULTURE = {"ja": "san"}

# A panel, committee or team rather than a person: the word a group's name ends on.
GROUP_HEADS = frozenset(
    _words("""panel panels panelists panellists committee committees team teams board group staff
    members everyone all interviewers recruiters faculty department dept council jury commission
    folks people""")
)
# The same, where the head comes first ("comité de contratación", "équipe de recrutement"),
# with the English word a greeting uses for it ("Dear members of the committee").
_COMMITTEES = (
    "comité comite comités comisión comision comissão comissao commissione gremium ausschuss"
)
IN_ENGLISH: dict[str, str] = {
    **dict.fromkeys(_words(_COMMITTEES), "committee"),
    **dict.fromkeys(_words("équipe equipe equipo"), "team"),
    **dict.fromkeys(_words("junta"), "board"),
    **dict.fromkeys(_words("jurado jury tribunal banca"), "panel"),
}
GROUP_HEADS_FIRST = frozenset(IN_ENGLISH)
# Words of a group's name that are written in lower case in running text.
GROUP_WORDS = GROUP_HEADS | frozenset(
    _words("""the of and student students hiring search selection interview interviewing recruiting
    recruitment talent acquisition leadership engineering product design sales marketing
    data people hr admissions executive management technical review peer parent parents
    community advisory academic""")
)

# Compound given names of Spain, Portugal and Latin America, written without accents: "Ana Lucía
# Ferreira" is greeted "Hi Ana Lucía", never "Hi Ana". A table of pairs rather than a rule,
# because the second word alone cannot tell a given name from a family name ("Juan Pablo Ortiz"
# against "Juan Castro Ortiz"), and no offline given-name register (nameparser has none) marks
# the compounds; these are pairs among the most given in Spain, Mexico, Argentina, Colombia,
# Brazil and Portugal, and a pair missing here only costs the shorter greeting ("Hi Ana,").
COMPOUND_GIVEN_NAMES = frozenset(
    " ".join(pair.split("+"))
    for pair in _words(
        """maria+jose maria+jesus maria+luisa maria+elena maria+isabel maria+teresa
        maria+fernanda maria+paula maria+angeles maria+carmen maria+cristina maria+eugenia
        maria+victoria maria+laura maria+alejandra maria+clara maria+eduarda maria+luiza
        maria+helena maria+julia maria+alice maria+antonia maria+dolores maria+pilar
        maria+del+carmen maria+de+los+angeles maria+camila maria+valentina maria+gabriela
        ana+lucia ana+maria ana+isabel ana+belen ana+paula ana+sofia ana+carolina ana+beatriz
        ana+luisa ana+luiza ana+clara ana+laura ana+cristina ana+julia ana+karen ana+gabriela
        jose+luis jose+antonio jose+manuel jose+maria jose+carlos jose+miguel jose+ignacio
        jose+angel jose+francisco jose+ramon jose+eduardo jose+alberto jose+javier jose+pablo
        juan+pablo juan+carlos juan+jose juan+manuel juan+antonio juan+luis juan+francisco
        juan+ignacio juan+martin juan+diego juan+sebastian juan+camilo juan+david juan+esteban
        juan+andres juan+felipe juan+cruz luis+miguel luis+fernando luis+alberto luis+carlos
        luis+eduardo luis+enrique luis+angel miguel+angel francisco+javier francisco+jose
        pedro+pablo carlos+alberto carlos+eduardo jorge+luis joao+pedro joao+paulo joao+vitor
        joao+gabriel joao+lucas luiz+carlos luiz+fernando luiz+henrique paulo+roberto
        paulo+cesar fatima+zahra fatima+ezzahra fatim+zahra fatima+zohra"""
    )
)
