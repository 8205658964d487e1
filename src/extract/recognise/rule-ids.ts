/**
 * Every rule that can produce a candidate mention, with what it says. A mention carries the
 * id of the rule that produced it (CandidateMention.rule), so `npm run eval` can show each
 * rule's precision and a rule that makes junk shows itself.
 */
export const RULES = {
  'lexicon': 'a general-knowledge lexicon entry (country, known organisation or firm, by name or acronym)',
  'lexicon-lowercase': 'a lexicon entry written lower-case ("al-Qaeda")',
  'capital-as-state': 'a capital standing for its government ("Beijing said")',
  'demonym-as-state': 'a demonym before a government noun ("Uzbek officials")',
  'state-body': 'a state body named by a demonym or state and a body noun ("Chinese Embassy", "Kyrgyz Parliament")',
  'cue-organisation': 'a capitalised phrase headed by an organisation cue word ("Ministry of Energy")',
  'cue-firm': 'a capitalised phrase headed by a firm cue word ("… Corporation", "Bank of …")',
  'coordinated-cue': 'one of two bodies sharing a conjunction ("X University and Y University")',
  'acronym-undefined': 'an all-capitals word that no definition explains, taken as an organisation',
  'slash-acronym': 'acronyms joined by a slash ("ETIM/TIP")',
  'media': 'a publication named in a media context ("a piece for Foreign Policy")',
  'firm-context': 'a name after a firm noun ("companies such as …")',
  'title-person': 'a name after a person title ("President …")',
  'given-name': 'a name starting with a known given name or ending with a known surname',
  'chinese-name': 'a Chinese surname with pinyin given names',
  'surname-ending': 'unknown words ending like a surname ("…ov", "…shvili")',
  'tagger': 'typed by the compromise tagger',
  'list-neighbour': 'typed like the actor listed just before it',
  'introduced-person': 'a name introduced like a person ("Tanvi Madan, an expert")',
  'unconfirmed': 'an unconfirmed name, kept only if confirmed elsewhere',
  'firm-list': 'a lone name listed after a firm, or in a list holding firms',
  'brand-word': 'a single word shaped like a company brand ("Kazakhtelecom")',
  'lone-given-name': 'a lone known given name',
  'pronoun-coordination': 'a name joined to a personal pronoun ("her and Jennet")',
  'national-subsidiary': 'a firm with a country after it ("AliExpress Russia")',
  'firm-in-list': 'an unconfirmed word in a list with firms in it',
  'regional-body': 'a known body written in ordinary words after a province or region ("Ohio Senate")',
  'firm-officer': 'a name right before a title only a firm\'s officers hold ("Chobani CEO")',
  'partnership-firm': 'a firm named after partners, with commas and a legal form ("Morgan, Lewis & Bockius LLP")',
  'open-complement': 'an organisation name whose "of/for" part goes on through "in/against" and ordinary words ("Group of States against Corruption")',
  'campus-name': 'a university of a place with its campus ("University of California, Berkeley", "University of Texas at Austin")',
  'portfolio-tail': 'an office whose portfolio ends in a lower-case "affairs" ("Office of Andean and Caribbean affairs")',
  'leader-administration': 'a president\'s "Administration", counted under the state it governs ("Biden-Harris Administration")',
  'body-after-title': 'the body after an editor\'s or judge\'s title and "of" ("Executive Editor of Bloomberg News")',
  'coordinated-persons': 'one of two people a run joined with "and" ("Margrethe Vestager and Valdis Dombrovskis")',
  'listed-complement': 'an organisation name whose "of/for/on/to" part is a list closed by "and" ("Bureau of Trade, Labor, and Housing")',
  'purpose-complement': 'a body named for its purpose, "to" and a verb ("Committee to Protect Farmers")',
  'mission-to': 'a mission named by the body or state it is sent to ("U.S. Mission to the African Union")',
  'distributed-head': 'one body of a list sharing a plural body word ("the Departments of Labor and Energy", "the Ford and Rockefeller Foundations")',
  'functional-district': 'a district named for what it runs, a public body ("Water Management District", "School District")',
} as const;

export type RuleId = keyof typeof RULES;
