// A memo of screens: the step frame a tap shows, less its token, for everyone at the same place
// with the same list, in the same locale, with Back or without, in the same minute (only
// whether a contact is open now changes with time). What it holds is frozen and shared, so
// server/frame-json.ts serialises each screen once, not once per person.
import type { StepFrame } from '../protocol.js';
import type { Conversation, Place } from './conversation.js';

export type Screen = Readonly<Omit<StepFrame, 'type' | 'token'>>;

/** Screens kept per place: a place's usual screens, with room for the lists people keep there. */
const PER_PLACE = 64;

export class ScreenMemo {
  private readonly byPlace = new WeakMap<Place, { minute: number; screens: Map<string, Screen> }>();

  get(conversation: Conversation, minute: number, make: () => Screen): Screen {
    let kept = this.byPlace.get(conversation.at);
    if (!kept || kept.minute !== minute) {
      kept = { minute, screens: new Map() };
      this.byPlace.set(conversation.at, kept);
    }
    const key = screenKey(conversation);
    const known = kept.screens.get(key);
    if (known) return known;
    if (kept.screens.size >= PER_PLACE) kept.screens.clear();
    const screen = make();
    kept.screens.set(key, screen);
    return screen;
  }
}

/** Everything besides the place a tap's screen depends on. */
function screenKey({ locale, history, list, listView, listNote }: Conversation): string {
  return `${locale}\n${history.length > 0 ? 'back' : ''}\n${listView ? 'list' : ''}\n${listNote ?? ''}\n${list ? list.join('\n') : ''}`;
}
