// A small stored conversation for the store tests: in the danger flow, the menu behind it for Back.
import type { Conversation } from '../../server/engine/conversation.js';

export const dangerConversation: Conversation = {
  locale: 'en',
  at: { flow: 'danger', state: { value: 'scared', context: {}, status: 'active' } },
  history: [{ flow: 'menu', state: { value: 'main', context: {}, status: 'active' } }],
};
