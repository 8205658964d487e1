/**
 * Small closed word classes the recogniser's rules rely on. General English, not
 * knowledge of any text; the open-ended knowledge (countries, organisations, titles,
 * cue words) lives in ../lexicon/.
 */
import recognitionWords from '../lexicon/recognition-words.json' with { type: 'json' };
import { keysOf } from './tokens.ts';

/** Lower-case words that may sit inside a name when the name has an organisation cue ("Bank of China"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'de', 'the']);

/**
 * Nouns that make a demonym stand for its state ("Uzbek officials", "the Kyrgyz government").
 * "Chinese workers" is an unnamed group and does not count.
 */
export const GOVERNMENT_NOUNS = new Set([
  'government', 'governments', 'official', 'officials', 'authorities', 'authority', 'side', 'leadership', 'leader', 'leaders',
  'state', 'regime', 'administration', 'president', 'premier', 'ambassador', 'ambassadors', 'embassy', 'consulate', 'ministry',
  'military', 'army', 'armed', 'forces', 'troops', 'diplomat', 'diplomats', 'diplomacy', 'counterpart', 'counterparts',
  'delegation', 'parliament', 'mp', 'mps', 'minister', 'ministers', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
  'security', 'police', 'intelligence', 'foreign', 'prime', 'vice', 'deputy', 'defence', 'defense', 'navy', 'air',
]);

/** A capital right after one of these is a place ("in Beijing"); otherwise it stands for the state ("Beijing said"). */
export const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'to', 'from', 'into', 'near', 'via', 'outside', 'inside', 'around', 'across', 'through', 'toward', 'towards',
  'within', 'of',
]);

/** Words just before a lone name that say it is a company ("companies such as Huawei"). */
export const FIRM_CONTEXT = /\b(compan(y|ies)|firms?|corporations?|giants?|operators?|providers?|vendors?|manufacturers?|brands?|conglomerates?|lenders?|banks?|retailers?|platforms?|startups?|carriers?|telcos?)\b(\s+(like|such as|including|from|by))?[\s,]*$/i;

/** Capitalised words that start a sentence but are never names on their own. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'as', 'but', 'and', 'or', 'yet', 'so', 'if', 'when',
  'while', 'whilst', 'although', 'though', 'because', 'since', 'after', 'before', 'during', 'despite', 'given', 'unlike',
  'like', 'however', 'meanwhile', 'moreover', 'still', 'also', 'even', 'already', 'instead', 'rather', 'there', 'here',
  'what', 'which', 'who', 'whom', 'whose', 'where', 'why', 'how', 'all', 'some', 'many', 'most', 'both', 'each', 'every',
  'no', 'not', 'none', 'one', 'two', 'three', 'other', 'another', 'such', 'much', 'more', 'less', 'few', 'several',
  'then', 'now', 'once', 'until', 'unless', 'whether', 'through', 'over', 'under', 'about', 'against', 'among', 'amongst',
  'across', 'beyond', 'within', 'without', 'towards', 'toward', 'between', 'following', 'according', 'having', 'being',
  'first', 'second', 'third', 'finally', 'last', 'next', 'perhaps', 'presumably', 'certainly', 'clearly', 'indeed', 'of',
]);

/** After a name: "…, an expert at", "…, who", "… (born 1970)". */
export const PERSON_APPOSITION = /^['’]?s?\d{0,3},\s+(a|an|the|who|whose|then|former|formerly|currently|now|himself|herself|his|her)\b|^\d{0,3}\s+\((born|\d{4})/i;
/** After a name, an apposition of a post a person holds: "Rex Tillerson, chairman and chief executive of …" (i12-classes2). */
export const PERSON_POST_APPOSITION = /^,\s+(?:(?:deputy|vice|acting|executive|general|managing|former)\s+)?(?:chairman|chairwoman|chief executive|ceo|president|director|general director|head|minister|ambassador|spokesman|spokeswoman|spokesperson|founder|co-founder|governor|mayor|adviser|advisor)\b/i;

/** Before a name: "appointed Sun Yuxi", "told by …". */
export const PERSON_INTRODUCTION = /\b(appointed|named|nominated|elected|succeeded|replaced|interviewed|killed|assassinated|arrested|detained|sentenced|convicted|met|meeting with|mr|mrs|ms|dr)\s*$/i;

/** "Chinese Embassy": missions that stand for their state. */
export const DIPLOMATIC_MISSIONS = new Set(['embassy', 'consulate', 'consulate-general', 'legation', 'chancery']);

/** Head nouns of places and facilities: "Ataturk Airport", "Guantánamo Bay" are not people. */
export const PLACE_AND_FACILITY_NOUNS = new Set([
  'airport', 'bay', 'kingdom', 'heights', 'hotel', 'mosque', 'church', 'temple', 'square', 'street', 'road', 'avenue', 'bridge',
  'park', 'port', 'harbour', 'harbor', 'station', 'mountain', 'mountains', 'valley', 'river', 'lake', 'island', 'islands', 'sea',
  'gulf', 'strait', 'canal', 'dam', 'mine', 'field', 'fields', 'corridor', 'pass', 'province', 'region', 'oblast', 'district',
  'county', 'city', 'town', 'village', 'palace', 'hall', 'tower', 'stadium', 'prison', 'camp', 'base', 'desert', 'plateau',
  'peninsula', 'coast', 'border', 'zone', 'basin', 'plain', 'plains', 'hills', 'hill', 'forest', 'cape', 'falls', 'prefecture',
  'oblys', 'viloyat', 'krai', 'republic', 'state', 'territory', 'territories', 'highway', 'railway', 'pipeline', 'hospital',
  'market', 'bazaar', 'cathedral', 'monastery', 'museum', 'library', 'theatre', 'theater', 'cup', 'games', 'day', 'war',
  'revolution', 'incident', 'massacre', 'summit', 'declaration', 'treaty', 'accord', 'agreement', 'plan', 'act', 'law',
  'route', 'routes', 'strategy', 'policy', 'vision', 'concept', 'index', 'report', 'programme', 'program',
]);

/** Endings of English common nouns and adjectives, rare in personal names. */
export const ENGLISH_SUFFIXES = /(tion|sion|ment|ness|ity|ism|ist|ics|ing|ive|ous|ical|ary|ory|ure|ance|ence|ship|hood|able|ible|ful|less|ward|wise)s?$/;

/** Lower-case particles inside personal and group names ("Ursula von der Leyen", "Margaretha af Ugglas"); data: recognition-words.json. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(recognitionWords.nameParticles);

/** Heads of a unit or a kind of body: after "a"/"an" such a name is a kind, not a named body (passes/indefinite-kinds.ts). */
export const UNIT_HEADS: ReadonlySet<string> = new Set(recognitionWords.unitHeads);

/** After a name: a verb of saying or doing that people do ("Ashraf Ghani became", "Tanvi Madan said"). */
export const PERSON_VERB_AFTER = /^\d{0,3}\s+(?:(?:has|had|was|is|then|also|later|recently|personally|once|reportedly)\s+)?(said|says|became|becomes|told|tells|argued|argues|wrote|writes|visited|visits|met|meets|noted|notes|stated|announced|declared|added|explained|claimed|warned|insisted|praised|asked|urged|promised|spoke|speaks|pointed|observed|suggested|replied|responded|admitted|denied|acknowledged|recalled|remarked|emphasi[sz]ed|stressed|resigned|died|fled|married|tweeted)\b/i;

/** Common nouns that a preceding name merely modifies ("the Kashagan oil field", "the Reina nightclub"). */
export const MODIFIED_NOUNS = new Set([
  'oil', 'gas', 'field', 'project', 'projects', 'deposit', 'site', 'plant', 'refinery', 'nightclub', 'club', 'restaurant',
  'attack', 'attacks', 'bombing', 'case', 'affair', 'crisis', 'model', 'programme', 'program', 'doctrine', 'era',
  'region', 'area', 'border', 'route', 'line', 'scheme', 'deal', 'initiative', 'style', 'brand', 'app', 'platform',
]);

/** Before a publication's name: "a piece for Foreign Policy", "an op-ed in the Guardian". */
export const MEDIA_CONTEXT = /\b(piece|pieces|article|articles|op-?ed|essay|column|commentary|interview|contribution|chapter|written|published|appeared)\s+(?:[\p{Ll}-]+\s+){0,3}?(for|in|by)\s+(the\s+)?$/iu;

/** After a publication's name: "Prospect magazine", "the Diplomat website". */
export const MEDIA_NOUNS = new Set(['magazine', 'newspaper', 'journal', 'website', 'outlet', 'broadcaster', 'daily', 'weekly', 'podcast', 'blog', 'tabloid', 'channel']);

/** Endings of surnames across the former Soviet Union, the Caucasus, Iran and South Asia. */
export const SURNAME_ENDINGS = /(ov|ova|ev|eva|yev|yeva|enko|shvili|dze|yan|zadeh|bekov|baev|aev|ayev|uly|kyzy)$/;

/**
 * Firm cue words that are also ordinary industry nouns: heading an "of" phrase ("Construction of the
 * Tajik section") or naming what a facility carries ("the Trans-Caspian Gas Pipeline") they are not firms.
 */
export const INDUSTRY_CUE_WORDS = new Set([
  'petroleum', 'petrochemical', 'petrochemicals', 'oil', 'gas', 'energy', 'electric', 'electricity', 'power', 'mining', 'minerals',
  'metals', 'steel', 'aluminium', 'aluminum', 'gold', 'copper', 'uranium', 'coal', 'chemical', 'chemicals', 'construction',
  'engineering', 'infrastructure', 'investment', 'investments', 'finance', 'trading', 'logistics', 'shipping', 'railways',
  'technology', 'technologies', 'tech', 'telecom', 'telecommunications', 'communications', 'cement', 'textiles', 'resources',
  'aviation', 'automotive', 'insurance', 'securities', 'capital', 'development',
]);

/** Facilities named after what they carry or link: "… Gas Pipeline", "the TAPI line", "… system". */
export const FACILITY_NOUNS = new Set([
  'pipeline', 'pipelines', 'system', 'line', 'lines', 'railway', 'railroad', 'highway', 'corridor', 'field', 'fields', 'terminal',
  'refinery', 'dam', 'tunnel', 'canal', 'route', 'interconnector', 'grid',
]);

/** Capitalised nouns that turn a body's name before them into a military or space installation's ("Air Force Base"). */
export const INSTALLATION_NOUNS = new Set(['base', 'airbase', 'airfield', 'airport', 'barracks', 'station', 'spaceport', 'cosmodrome']);

/** Lower-case nouns after an organisation-cued name that say it is a company ("the Travel Service airline"). */
export const FIRM_NOUNS_AFTER = new Set([
  'airline', 'airlines', 'company', 'firm', 'carrier', 'operator', 'conglomerate', 'manufacturer', 'producer', 'retailer',
  'lender', 'insurer', 'developer', 'contractor', 'maker', 'bank', 'corporation', 'group',
]);

/** A product model after a maker's name: "Boeing 787-8", "Airbus A320", "Sukhoi Su-35". */
export const MODEL_NUMBER = /^(?:\p{Lu}{0,3}-?\p{N}[\p{N}\p{L}-]*)$/u;

/** Before a name set off by commas: a noun for a person or a relation ("His co-conspirator, Saajid Badat, …"). */
export const PERSON_ROLE_BEFORE = /\b(?:his|her|their|its|the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]*(?:conspirator|founder|partner|colleague|friend|deputy|aide|associate|successor|predecessor|rival|brother|sister|father|mother|son|daughter|wife|husband|widow|lawyer|spokesman|spokeswoman|leader|chief|boss|owner|mentor|student|accomplice|handler|recruiter|commander))s?,\s*$/iu;



/** Head nouns of things that are not actors: laws, orders, treaties, awards, events, fields of study ("Executive Order", "Physics"). */
export const NON_ACTOR_HEADS = keysOf(recognitionWords.nonActorHeads);

/** Bodies named only by what they are ("Member States", "Steering Board", "the Secretariat"): no name, no actor. */
export const GENERIC_BODIES = keysOf(recognitionWords.genericBodies);

/** Words before "Center"/"Centre" that make it a room or building ("Operations Center", "Data Centre"), not a body. */
export const FACILITY_CENTRE_WORDS = keysOf(recognitionWords.facilityCentreWords);

/** Regions and continents: a development bank named after one is owned by many states, an organisation. */
export const MULTILATERAL_BANK_REGIONS = keysOf(recognitionWords.multilateralBankRegions);

/** Titles only a firm's officers hold: the name right before one is the firm ("Chobani CEO Hamdi Ulukaya"). */
export const FIRM_OFFICER_TITLES = keysOf(recognitionWords.firmOfficerTitles);

/** Inner organs named only by what they are ("Board of Directors", "Secretariat"): the actor is the body they belong to. */
export const ORGAN_PHRASES = keysOf(recognitionWords.organPhrases);

/** Firm cue words that are ordinary industry nouns: they make a firm only together with a proper name ("Clean Energy" is none). */
export const WEAK_FIRM_CUES = keysOf(recognitionWords.weakFirmCues);

/** Banks that are public bodies, not firms: central, reserve, national and development banks. */
export const ORGANISATION_BANK_PHRASES = keysOf(recognitionWords.organisationBankPhrases);

/** Words before "Group" that make it a group of states or officials, not a company ("Contact Group", "Working Group"). */
export const BODY_GROUP_WORDS = keysOf(recognitionWords.bodyGroupWords);

/** Heads of programmes and projects: a body when named after a place or subject ("Central Asia Program"), not after what it does ("… Assistance Program"). */
export const PROGRAMME_HEADS = keysOf(recognitionWords.programmeHeads);

/** What a title's office covers ("Treasury", "Political Affairs"): after a title and "of"/"for" these words belong to the title. */
export const PORTFOLIO_WORDS = keysOf(recognitionWords.portfolioWords);

/** Plural body words ("Colleges", "Agencies"): a name headed by one and made of ordinary words is a category, not a body. */
export const PLURAL_BODY_WORDS = keysOf(recognitionWords.pluralBodyWords);

/** Verbs that open a headline's predicate ("… Updates its Entity List", "Biden Announces …"): no name ends in one. */
export const HEADLINE_VERBS = keysOf(recognitionWords.headlineVerbs);

/** Words that open a thing's name ("Operation Sharp Guard", "Exercise Steppe Eagle"), whatever its last word. */
export const THING_OPENERS = keysOf(recognitionWords.thingOpeners);
