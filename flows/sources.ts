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

export const WORKING_TOGETHER = 'Working Together to Safeguard Children 2023';
export const CHILDREN_ACT = 'Children Act 1989 (sections 17 and 47)';
export const CHILDREN_ACT_REMOVAL = 'Children Act 1989 (section 31 care orders; section 46 police protection)';
export const PUBLIC_LAW_OUTLINE = 'Public Law Outline (Family Procedure Rules, Practice Direction 12A)';
export const LEGAL_AID = 'GOV.UK: legal aid for parents at the letter before proceedings stage';
export const CARE_26_WEEKS = 'Children and Families Act 2014 (section 14: care proceedings within 26 weeks)';
export const COMPLAINTS =
  'Children Act 1989 Representations Procedure (England) Regulations 2006; Getting the Best from Complaints (DfES 2006)';
export const OMBUDSMAN = 'Local Government and Social Care Ombudsman';
export const WALES = 'Wales Safeguarding Procedures';
export const POLICE_999 = 'Police: call 999 in an emergency';
export const SILENT_SOLUTION = 'Police guidance on the Silent Solution (999, then 55)';
export const HELPLINE_PAGE = 'National Domestic Abuse Helpline, its own page';
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
