// Conversations for the store tests: a small one in the danger flow (the menu behind it for
// Back), and real walks through the flows.
import type { Conversation } from '../../server/engine/conversation.js';
import { Engine } from '../../server/engine/engine.js';
import { DANGER_FLOW, flows, MENU_FLOW } from '../../flows/index.js';

export const dangerConversation: Conversation = {
  locale: 'en',
  at: { flow: 'danger', state: { value: 'scared', context: {}, status: 'active' } },
  history: [{ flow: 'menu', state: { value: 'main', context: {}, status: 'active' } }],
};

/** Real conversations of the real flows, begun and moved on as a person would, for the store tests. */
export class Walks {
  private readonly engine = new Engine({ flows, menuFlow: MENU_FLOW, dangerFlow: DANGER_FLOW });

  begun(): Conversation {
    const started = this.engine.start('en');
    if (!started.ok) throw new Error('cannot start');
    return started.conversation;
  }

  /** After one move: a choice (by its number among those shown), Back (-2), or Start again (-1). */
  moved(conversation: Conversation, move: number): Conversation {
    if (move === -1) return this.engine.restart(conversation).conversation;
    if (move === -2) {
      const back = this.engine.back(conversation);
      return back.ok ? back.conversation : conversation;
    }
    const ids = this.engine.choiceIds(conversation.at);
    const next = this.engine.choose(conversation, ids[move % ids.length]!);
    return next.ok ? next.conversation : conversation;
  }
}
