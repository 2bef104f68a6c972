// Where the guide's facts come from. A message's `source` is one of these: a seed document
// (docs/seeds/, named by file so a reviewer can open it) or a named public document. One
// list keeps the spelling identical everywhere, so the flow map can group by source.

/** Family Rights Group: FAQs on child protection and domestic abuse. */
export const FAQ = '000_f722d388c7537744.txt';
/** Family Rights Group: what child protection, a plan and a conference are. */
export const EXPLAINER = '001_84396bc594555b3b.txt';
/** Parents forum thread: continuing a child protection plan or stepping down. */
export const FORUM_PLAN = '002_e100dcf0e102df7a.txt';
/** SafeLives practice blogs: survivors and practitioners on children's social care. */
export const BLOGS = '003_bc501053db67baa4.txt';
/** Parents forum thread: a child protection conference, and a child taken by the other parent. */
export const FORUM_CONFERENCE = '004_92908fe7ad067a3c.txt';

// Public documents are named with the part a reviewer should open: a chapter, section or
// paragraph heading, so a fact can be checked without reading the whole document.
export const WT_STRATEGY =
  'Working Together to Safeguard Children 2023, chapter 3 (Providing help, support and protection): strategy discussions';
export const WT_CONFERENCE =
  'Working Together to Safeguard Children 2023, chapter 3 (Providing help, support and protection): initial child protection conferences';
export const WT_CORE_GROUP =
  'Working Together to Safeguard Children 2023, chapter 3 (Providing help, support and protection): the child protection plan and core group';
export const WT_REVIEW =
  'Working Together to Safeguard Children 2023, chapter 3 (Providing help, support and protection): child protection review conferences';
export const WT_REFERRAL =
  'Working Together to Safeguard Children 2023, chapter 3 (Providing help, support and protection): making a referral to children’s social care';
export const INFO_SHARING = 'Information sharing: advice for practitioners providing safeguarding services (DfE 2024), the seven golden rules';
export const CHILDREN_ACT_S17 = 'Children Act 1989, section 17 (services for children in need)';
export const CHILDREN_ACT_S47 = 'Children Act 1989, section 47 (local authority’s duty to investigate); section 43 (child assessment orders)';
export const CHILDREN_ACT_S20 = 'Children Act 1989, section 20 (provision of accommodation for children), subsections (7) and (8)';
export const CHILDREN_ACT_S8 = 'Children Act 1989, section 8 (child arrangements, prohibited steps and specific issue orders)';
export const CHILDREN_ACT_PR = 'Children Act 1989, section 3 (meaning of parental responsibility)';
export const CHILDREN_ACT_S31 = 'Children Act 1989, section 31 (care and supervision orders)';
export const CHILDREN_ACT_HARM = 'Children Act 1989, section 31(9) and (10) (meaning of harm and significant harm)';
export const FAMILY_LAW_ACT = 'Family Law Act 1996, Part 4 (non-molestation and occupation orders)';
export const SERIOUS_CRIME_ACT = 'Serious Crime Act 2015, section 76 (controlling or coercive behaviour)';
export const FIND_LEGAL_AID = 'GOV.UK: Find a legal aid adviser or family mediator';
export const MERLIN = 'Police: the Merlin system for recording concerns about children (used by some forces, such as the Metropolitan Police)';
export const FGC_DOMESTIC_ABUSE = 'Family Rights Group, its own page: family group conferences where there is domestic abuse';
export const THIS_GUIDE = 'How this guide works (docs/widget.md: Quick exit, Read aloud, call buttons)';
export const CHILDREN_ACT_REMOVAL = 'Children Act 1989 (section 31 care orders; section 46 police protection)';
export const PLWG_SAFETY_PLANS =
  'Public Law Working Group, Recommendations to achieve best practice in the child protection and family justice systems (2021): section 20 accommodation and safety plans';
export const PLO_PRE_PROCEEDINGS =
  'Public Law Outline (Family Procedure Rules, Practice Direction 12A); Court orders and pre-proceedings for local authorities (DfE 2014), the letter before proceedings';
export const LEGAL_AID = 'GOV.UK: legal aid for parents at the letter before proceedings stage';
export const LEGAL_AID_CARE =
  'Civil Legal Aid (Financial Resources and Payment for Services) Regulations 2013, regulation 5 (no means test for parents in care proceedings)';
export const LEGAL_AID_DA =
  'Legal Aid, Sentencing and Punishment of Offenders Act 2012, Schedule 1 Part 1 paragraph 12; Civil Legal Aid (Procedure) Regulations 2012, regulation 33 (evidence of domestic abuse)';
export const MIAM_EXEMPTION = 'Family Procedure Rules 2010, rule 3.8 and Practice Direction 3A (MIAM exemptions: domestic abuse)';
export const CARE_26_WEEKS = 'Children and Families Act 2014 (section 14: care proceedings within 26 weeks)';
export const DA_ACT_S1 = 'Domestic Abuse Act 2021, section 1 (definition of domestic abuse)';
export const DA_ACT_S3 = 'Domestic Abuse Act 2021, section 3 (children as victims of domestic abuse)';
export const KCSIE_ENCOMPASS = 'Keeping Children Safe in Education 2024, Annex B (Domestic abuse: Operation Encompass)';
export const RIGHT_OF_ACCESS = 'UK GDPR, Article 15 (right of access) and Article 16 (right to rectification); Data Protection Act 2018';
export const LOCAL_PROCEDURES =
  'Local safeguarding children partnership procedures: child protection conferences (separate meetings; withholding a parent’s address)';
export const COMPLAINTS =
  'Children Act 1989 Representations Procedure (England) Regulations 2006, Part 3 (local resolution, consideration, review panel); Getting the Best from Complaints (DfES 2006)';
export const CONFERENCE_COMPLAINTS =
  'Local safeguarding children partnership procedures: complaints about a child protection conference (outside the statutory complaints procedure)';
export const OMBUDSMAN = 'Local Government and Social Care Ombudsman';
export const WALES = 'Wales Safeguarding Procedures';
export const LIVE_FEAR_FREE = 'Live Fear Free (Welsh Government helpline), its own page';
export const POLICE_999 = 'Police: call 999 in an emergency';
export const SILENT_SOLUTION = 'Police guidance on the Silent Solution (999, then 55)';
export const HELPLINE_PAGE = 'National Domestic Abuse Helpline, its own page';
export const HELPLINE_SAFETY = 'National Domestic Abuse Helpline, its own page: safety planning and covering your tracks online';
export const SAFELIVES_MARAC = 'SafeLives, its own page: Marac and Idva services explained';
export const SHELTER_HOUSING = 'Shelter England, its own page: homeless because of domestic abuse (Housing Act 1996, Part 7)';
export const BSL_999 = '999 BSL service, its own page';
export const EMERGENCY_SMS = 'emergencySMS (Relay UK), its own page';
export const GALOP_PAGE = 'Galop, its own page';
export const CHILDLINE = 'Childline (NSPCC), its own page';

/**
 * What a person is shown for a seed document: who wrote it and what it is, in a few words.
 * `source` keeps the file name, so a reviewer can still open it; this is only its public face.
 */
export const SEED_TITLES: Readonly<Record<string, string>> = {
  [FAQ]: 'Family Rights Group: FAQs on child protection and domestic abuse',
  [EXPLAINER]: 'Family Rights Group: what child protection and a plan mean',
  [FORUM_PLAN]: 'Family Rights Group parents’ forum: continuing a child protection plan',
  [BLOGS]: 'SafeLives practice blog: survivors and social workers on domestic abuse',
  [FORUM_CONFERENCE]: 'Family Rights Group parents’ forum: a child protection conference',
};

/**
 * A readable title for a source, where one is known: a seed file's title, or the titles of
 * several seed files cited together ("a.txt, b.txt"). Named public documents are readable as
 * they are, so they have none.
 */
export function sourceTitle(source: string): string | undefined {
  return titleOf(source, SEED_TITLES);
}

/** As `sourceTitle`, over a given list of titles (a catalogue's own). */
export function titleOf(source: string, titles: Readonly<Record<string, string>>): string | undefined {
  const parts = source.split(',').map((part) => part.trim());
  const found = parts.map((part) => (Object.hasOwn(titles, part) ? titles[part] : undefined));
  if (found.some((title) => title === undefined)) return undefined;
  return found.join('; ');
}

/** Every seed file that has a title (the tests check this against docs/seeds/). */
export function titledSeeds(): string[] {
  return Object.keys(SEED_TITLES);
}
