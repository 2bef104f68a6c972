// Prints one thing and nothing else of the page: "My list", under a neutral title. The widget
// lives in a shadow root deep in someone else's page, and a browser prints whole documents,
// so for the length of the print it puts the content in a node of its own at the end of <body>
// (its own shadow root, so the page's styles cannot reach it) and adopts a print stylesheet on
// the document that hides every other child of <body>. Both are constructed, never inline, so a
// strict Content-Security-Policy allows them; no window, tab, history entry or storage is used.
// `@page { margin: 0 }` leaves browsers no room for their header and footer, which would show
// the page's address and title; the document's title (the default name of a saved PDF) reads
// the neutral title until the print is over.
import { h } from './dom.js';

const MARK = 'data-safe-steps-print';

const pageCss = `
@media screen{[${MARK}]{display:none!important}}
@media print{
@page{margin:0}
html,body{margin:0!important;padding:0!important;background:#fff!important;min-height:0!important}
body::before,body::after{content:none!important;display:none!important}
body>:not([${MARK}]){display:none!important}
[${MARK}]{display:block!important;position:static!important}
}`;

const listCss = `
.sheet{all:initial;display:block;padding:1.5cm;box-decoration-break:clone;-webkit-box-decoration-break:clone;
font:12pt/1.45 Georgia,"Times New Roman",serif;color:#000}
h1{font-size:18pt;margin:0 0 .6em}
h2{font-size:13pt;margin:1.1em 0 .3em;break-after:avoid}
ul{margin:0;padding-left:1.4em}
li{margin:.35em 0;break-inside:avoid}
.n{font-weight:700}
`;

export interface PrintGroup {
  heading: string;
  items: readonly string[];
}

let undo: (() => void) | undefined;

/** Prints `groups` under `title` and nothing else; everything it added goes after printing. */
export function printOnly(title: string, groups: readonly PrintGroup[]): void {
  undo?.();
  const host = h('div', { [MARK]: '' });
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(listCss);
  root.adoptedStyleSheets = [sheet];
  root.append(
    h(
      'div',
      { class: 'sheet' },
      h('h1', null, title),
      ...groups.flatMap((g) => [h('h2', null, g.heading), h('ul', null, ...g.items.map((item) => h('li', null, item)))]),
    ),
  );
  const page = new CSSStyleSheet();
  page.replaceSync(pageCss);
  const pageTitle = document.title;
  document.body.append(host);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  document.title = title;

  undo = () => {
    undo = undefined;
    removeEventListener('afterprint', after);
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page);
    document.title = pageTitle;
  };
  const after = () => undo?.();
  // Desktop browsers return from print() once the dialog closes; others print later. Both say
  // when they are done with `afterprint`.
  addEventListener('afterprint', after);
  try {
    print();
  } catch {
    undo();
  }
}

/** Takes back anything a print left behind (quick exit, the widget leaving the page). */
export function cancelPrint(): void {
  undo?.();
}
