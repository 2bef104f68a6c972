// Every flow the guide knows. Adding a flow is adding it here; the engine and server need no
// change. The ids are fixed: typed-text routing names them.
import type { Flow } from './define.js';
import { menu } from './menu.js';
import { danger } from './danger.js';
import { scaredToReport } from './scared-to-report.js';
import { removal } from './removal.js';
import { socialWorkerContact } from './social-worker-contact.js';
import { conference } from './conference.js';
import { processFlow } from './process.js';
import { plan } from './plan.js';
import { delays } from './delays.js';
import { socialWorkerProblems } from './social-worker-problems.js';
import { oneOff } from './one-off.js';
import { leaveOrRemove } from './leave-or-remove.js';
import { childTaken } from './child-taken.js';
import { maliciousReports } from './malicious-reports.js';
import { support } from './support.js';
import { doIHaveToAgree } from './do-i-have-to-agree.js';
import { whoSeesWhat } from './who-sees-what.js';
import { leavingSafely } from './leaving-safely.js';
import { whatCountsAsAbuse } from './what-counts-as-abuse.js';
import { legalHelp } from './legal-help.js';
import { glossary } from './glossary.js';

export const flows: readonly Flow[] = [
  menu,
  danger,
  scaredToReport,
  removal,
  socialWorkerContact,
  conference,
  processFlow,
  plan,
  delays,
  socialWorkerProblems,
  oneOff,
  leaveOrRemove,
  childTaken,
  maliciousReports,
  support,
  doIHaveToAgree,
  whoSeesWhat,
  leavingSafely,
  whatCountsAsAbuse,
  legalHelp,
  glossary,
];

/** Where a conversation starts and where "Start again" returns. */
export const MENU_FLOW = 'menu';
/** The flow behind the "I'm in danger now" choice offered on every screen. */
export const DANGER_FLOW = 'danger';
