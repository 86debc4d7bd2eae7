// The English words that quotation attribution relies on, gathered in one
// place. Attribution is deliberately rule-based: news copy attributes speech
// in a handful of fixed shapes ("X said", "said X", "X, the role, said"), and
// a rule that misses gives `null` rather than a plausible wrong name.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Finite forms of verbs that introduce speech: "Hegseth said", "said Maria Lopez". */
export const SPEECH_VERBS = words(`
  said says say told tells added adds asked asks stated noted notes wrote writes
  explained explains argued argues insisted insists warned warns emphasized emphasised
  emphasizes emphasises stressed stresses declared declares remarked remarks observed
  replied replies responded responds continued continues concluded concludes
  acknowledged acknowledges admitted admits claimed claims suggested suggests urged
  urges announced announces recalled recalls predicted predicts cautioned cautions
  tweeted posted agreed agrees countered counters conceded concedes affirmed affirms
  asserted asserts maintained maintains contended contends testified testifies vowed
  vows promised promises pledged pledges reiterated reiterates complained complains
  joked jokes shouted yelled whispered exclaimed confirmed confirms denied denies
  reported reports quipped quips wondered wonders answered answers recounted recounts
  mused muses boasted boasts alleged alleges lamented laments retorted retorts scoffed
  interjected opined opines proclaimed proclaims reasoned reasons griped gripes tweets
  texted emailed messaged posts reacted reacts expressed portrayed snapped pleaded
  pointed remembered cited cites questioned pressed beamed blogged chided quizzed
  demanded demands barked barks retaliated spoke speaks
`);

/** Verbs that introduce speech only with their particle: "Trump shot back", "she went on", "he points out". */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'],
  ['fired', 'back'],
  ['hit', 'back'],
  ['pushed', 'back'],
  ['went', 'on'],
  ['goes', 'on'],
  ['points', 'out'],
  ['chimed', 'in'],
]);

/**
 * Verbs that take the quoted words as their object and whose subject is the
 * speaker, but never come before it: "Bush called Trump “unhinged”" (and not
 * "called Bush").
 */
export const SUBJECT_FIRST_VERBS = words(`
  called calls described dubbed dubs labeled labelled labels branded brands decried
  decries derided derides hailed hails praised praises slammed slams blasted blasts
  criticized criticised criticizes criticises accused accuses mocked mocks touted touts
  pushed pushes promoted promotes characterized characterised characterizes referred
  refers likened likens compared termed terms deemed deems dismissed dismisses defended
  defends railed rails pitched pitches
`);

/** Participles that attribute to the sentence's subject: "…, saying the latter is “not enough.”" */
export const SPEECH_PARTICIPLES = words(`
  saying adding telling noting writing explaining arguing insisting warning stressing
  emphasizing emphasising declaring asking replying responding calling urging
  acknowledging admitting claiming suggesting recalling predicting cautioning tweeting
  posting vowing promising pledging reiterating
`);

/** Words that may stand between a subject and its verb: "Hegseth also said". */
export const ADVERBS = words(`
  also later then previously recently earlier once again further still had has have
  would will subsequently separately publicly privately repeatedly however simply
  quickly flatly bluntly angrily quietly openly frequently often never always even
  just initially originally famously reportedly allegedly apparently elsewhere
  increasingly consistently has is was were been being did does do not may might could
  should must can now
`);

export const PRONOUNS = words(`he she`);
/** Subjects that name nobody: an attribution to them yields `null`. */
export const NON_PERSON_PRONOUNS = words(`they it we i you who which this that one`);

/**
 * Words that make a phrase a role ("U.S. Secretary of Defense", "NATO chief").
 * A role must contain one of these; department and qualifier words may
 * stand beside them but do not make a role alone.
 */
export const TITLE_WORDS = words(`
  secretary minister president chancellor premier governor gov. mayor senator sen. representative
  rep. congressman congresswoman ambassador envoy commissioner director chief chair chairman
  chairwoman chairperson speaker leader king queen prince princess pope cardinal bishop
  archbishop rabbi imam judge justice general gen. admiral colonel col. lieutenant lt.
  major maj. captain capt. sergeant sgt. commander officer spokesman spokeswoman dr. atty. supt.
  adm. rev. reverend
  spokesperson adviser advisor analyst professor prof. economist executive ceo cfo coo
  founder president-elect secretary-general attorney prosecutor inspector superintendent
  detective coach manager head editor correspondent researcher scientist lawmaker mp mep
  councillor councilman councilwoman deputy undersecretary strategist expert owner
  organiser organizer activist campaigner official resident member partner lawyer doctor
  nurse teacher student farmer witness author historian curator engineer architect
  consultant steward
`);

/** Words that may be part of a role without making one: "Defense", "Foreign", "Prime". */
export const ROLE_QUALIFIERS = words(`
  defense defence state foreign interior finance treasury health justice commerce energy
  education labor labour transport transportation affairs home homeland security economy
  economic trade war army navy air force military joint staff cabinet press communications
  vice prime deputy assistant acting former interim senior junior principal national
  international federal regional local city county district police fire public human
  services development agriculture environment culture sport sports science technology
  intelligence central bank party group council committee office department ministry
  majority minority shadow general white house opposition chief executive operating
  financial political legal policy research social
`);

/** Lower-case words that join the parts of a role or a name: "Secretary of State", "von der Leyen". */
export const CONNECTORS = words(`of for and the`);
export const NAME_PARTICLES = words(`de del della der den di da du la le van von bin ibn al el dos das ter`);

/** Suffixes that belong to a name: "Robert F. Kennedy Jr." */
export const NAME_SUFFIXES = words(`jr. sr. jr sr ii iii iv`);

/** Capitalised words that open sentences but are never part of a name. */
export const STOPWORDS = words(`
  a an the and but or nor so yet for in on at to of by with from as if when while after
  before since until because although though this that these those it its he she they we
  i you his her their our my your then also still toward towards during despite however
  meanwhile instead there here what who whom whose which where why how all some many most
  both each every no not one two three mr. mrs. ms. mx. mr mrs ms unless whether once
  whereas upon amid among amongst via per without within against across around through
  about above below beyond under over into onto near beside between throughout another
  several just nobody anyone everyone someone somebody everybody none ask wait thirty
`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. capt. sgt. maj. st. jr. sr. no. inc.
  corp. ltd. co. vs. etc. approx. dept. est. fig. jan. feb. mar. apr. jun. jul. aug. sep.
  sept. oct. nov. dec. mt. ft. ala. ariz. ark. calif. colo. conn. fla. ill. kan. ky. md.
  mass. mich. minn. miss. mont. neb. nev. okla. ore. tenn. tex. vt. wis. wyo.
`);

/** Words of time that follow a speech verb without being its subject: "said Friday", "said on Monday". */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  tomorrow recently earlier later afterward afterwards again then now last this morning
  evening afternoon night week weekend month year
  january february march april may june july august september october november december
  jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
`);

/** Capitalised words that name no person on their own: "said Friday", "said Ohio" is never a speaker. */
export const NOT_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december democrat democrats republican
  republicans gop god twitter facebook instagram youtube last next democratic independent
  conservative liberal labour u.s. u.s.a. u.k. n.c. s.c. d.c. n.y. n.j. n.h. n.m. n.d. s.d.
  r.i. w.va. l.a.
`);

/** Head nouns that make a capitalised phrase an organisation: "the Democratic National Committee", "The New York Times". */
export const ORGANISATION_WORDS = words(`
  committee campaign party department ministry agency association foundation institute
  university college council commission network company corporation corp. inc. inc ltd
  group office administration court bank board union coalition center centre league
  federation organisation organization service bureau times post news journal tribune
  herald guardian telegraph gazette press magazine review daily weekly radio television
  tv channel studio studios police army navy government senate house congress parliament
  assembly cabinet embassy club fund trust authority institution museum school hospital
  church society alliance pac movement project initiative lines airlines airways motors
  holdings partners capital media systems technologies labs pharmaceuticals industries
  enterprises solutions
`);

/**
 * Nouns that describe one person, so "the Florida senator said" refers to
 * someone the article has named; plural and institutional heads ("officials",
 * "the campaign") do not.
 */
export const PERSON_NOUNS = words(`
  candidate nominee frontrunner front-runner businessman businesswoman billionaire mogul
  republican democrat independent conservative liberal politician senator congressman
  congresswoman governor mayor president secretary minister spokesman spokeswoman
  spokesperson leader chairman chairwoman chair director chief executive founder
  lawmaker legislator official adviser advisor aide strategist pollster economist
  analyst professor author writer reporter journalist columnist host anchor actor
  actress singer star veteran man woman father mother son daughter husband wife
  brother sister friend lawyer attorney judge pastor reverend bishop general commander
  officer ambassador diplomat envoy premier chancellor king queen prince princess
  justice speaker manager owner resident voter activist organizer organiser
`);

/** Words that tell a person's grammatical gender, for he and she. */
export const FEMININE_WORDS = words(`
  ms. mrs. ms mrs miss madam lady dame queen princess duchess countess spokeswoman
  congresswoman chairwoman businesswoman councilwoman actress mother wife daughter sister
  grandmother aunt niece widow girl woman sister-in-law first-lady
`);
export const MASCULINE_WORDS = words(`
  mr. mr sir lord king prince duke count spokesman congressman chairman businessman
  councilman actor father husband son brother grandfather uncle nephew widower boy man
`);

/** Honorifics before a surname: "said Mr. Brown". */
export const HONORIFICS = words(`mr. mrs. ms. mx. dr. mr mrs ms mx dr`);

/** Nouns for what someone said, after their possessive: "Trump's assertion that “thousands” …". */
export const SPEECH_NOUNS = words(`
  assertion assertions claim claims statement statements comment comments remark remarks
  words message tweet tweets argument promise pledge warning slogan catchphrase
  catch-phrase description accusation accusations response reply answer quip
  declaration insistence prediction admission
`);

/** Heads of descriptions that speak for a group or a publication: "sources said", "the newspaper reported". */
export const SPEAKING_BODIES = words(`
  sources people critics supporters opponents officials aides advisers advisors experts
  analysts residents voters protesters demonstrators newspaper paper daily outlet
  broadcaster website site tabloid agency network prosecutors investigators police
  authorities organizers organisers
`);
