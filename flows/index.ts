// Every flow the guide knows. Adding a flow is adding it here; the engine and server need no
// change.
import type { Flow } from './define.js';
import { menu } from './menu.js';
import { danger } from './danger.js';

export const flows: readonly Flow[] = [menu, danger];

/** Where a conversation starts and where "Start again" returns. */
export const MENU_FLOW = 'menu';
/** The flow behind the "I'm in danger now" choice offered on every screen. */
export const DANGER_FLOW = 'danger';
