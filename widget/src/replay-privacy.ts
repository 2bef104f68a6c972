// Session-replay scripts on a charity's page (Hotjar, Microsoft Clarity, rrweb and the tools
// built on it: PostHog, Sentry, Datadog; FullStory, LogRocket) copy the page's DOM, open
// shadow roots included, and the keys typed into it. Each honours its own "do not record"
// markers, documented by its maker; the guide carries all of them on its root elements and
// its text box, so whatever the page runs, the conversation is not recorded. docs/widget.md
// lists them.

/** Attributes that tell a recorder to leave an element and all inside it out. */
const BLOCK_ATTRIBUTES: Record<string, string> = {
  'data-hj-suppress': '', // Hotjar
  'data-clarity-mask': 'true', // Microsoft Clarity
  'data-private': '', // LogRocket
  'data-sentry-block': '', // Sentry
  'data-dd-privacy': 'hidden', // Datadog
};
/** Classes that do the same: rrweb's default blockClass, PostHog's, FullStory's, Sentry's. */
const BLOCK_CLASSES = ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block'];
/** On the text box as well: rrweb's and Sentry's "ignore its input events". */
const INPUT_CLASSES = ['rr-ignore', 'rr-mask', 'sentry-ignore', 'sentry-mask'];

/** Marks an element (and so everything inside it) as not to be recorded. */
export function unrecorded<E extends Element>(el: E, input = false): E {
  for (const [name, value] of Object.entries(BLOCK_ATTRIBUTES)) el.setAttribute(name, value);
  el.classList.add(...BLOCK_CLASSES, ...(input ? INPUT_CLASSES : []));
  return el;
}
