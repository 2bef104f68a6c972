// Welsh routing data: the same shape as routing.en.ts, falling back to English part by part
// until it is translated. Welsh speakers often type in English too, so English words and
// danger signs are always listened for as well (server/routing/catalogue.ts merges them).
//
// To translate a topic, add it here with the same `flow` id, a Welsh `title`, and the words and
// questions Welsh speakers use: its title replaces the English one, and its words are matched
// alongside the English ones. Messages fall back key by key.
import type { PartialRoutingCatalogue } from './routing-types.js';

export const routingCy: PartialRoutingCatalogue = {
  // A first set of Welsh danger words, to be reviewed by a Welsh speaker before launch: they
  // are only ever added to the English ones, so a mistake here can show 999 too often but
  // never too rarely. Mutated forms (cyllell, gyllell, chyllell) are listed.
  danger: [
    '(yn|am|i|fy|ei|eu|ein|dy|wedi) (lladd|ladd|nladd)',
    'cyllell|gyllell|chyllell|nghyllell',
    'mewn perygl|perygl',
    'tu allan',
    'brifo|mrifo|frifo',
    'helpwch fi|helpa fi|help fi',
    '(methu|ddim yn gallu|dwi ddim yn gallu) siarad',
  ],
  messages: {},
};
