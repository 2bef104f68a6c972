// Writes the reviewers' flow map: one self-contained HTML page (no script, no network) that
// draws every flow as a diagram, straight from the machines, with every message's words,
// kind, source and contact beside it. A reviewer reads this instead of the code.
//
//   npm run flows:map                 writes dist/flows-map.html
//   npm run flows:map -- --out FILE   writes FILE
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyStateNode } from 'xstate';
import { flows } from '../flows/index.js';
import { getContact } from '../flows/contacts.js';
import { catalogue, text } from '../flows/content/index.js';
import type { Flow, MessageSpec, StepMeta } from '../flows/define.js';
import { allStateNodes, metaOf } from '../server/engine/nodes.js';
import { Words } from '../server/engine/words.js';

const words = new Words(catalogue);
const choiceLabel = (locale: string, flow: string, choice: string) => words.choiceLabel(locale, flow, choice);

const BOX_W = 200;
const BOX_H = 48;
const COL_W = 340;
const ROW_H = 72;
const PAD = 24;

interface Edge {
  from: string;
  to: string;
  event: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const anchor = (flow: string, state?: string) => (state ? `${flow}--${state}` : `flow-${flow}`);

function leaves(flow: Flow): AnyStateNode[] {
  return allStateNodes(flow.machine.root).filter((n) => n.type === 'atomic' || n.type === 'final');
}

function edgesOf(flow: Flow): Edge[] {
  return leaves(flow).flatMap((node) =>
    Object.entries(node.config.on ?? {}).map(([event, target]) => ({
      from: node.key,
      to: String(Array.isArray(target) ? target[0] : typeof target === 'object' ? (target as { target: string }).target : target),
      event,
    })),
  );
}

/** Columns by distance from the first state, rows in order of discovery. */
function layout(flow: Flow, edges: Edge[]): Map<string, { x: number; y: number }> {
  const initial = String(flow.machine.root.config.initial);
  const depth = new Map<string, number>([[initial, 0]]);
  const order = [initial];
  for (let i = 0; i < order.length; i++) {
    for (const e of edges.filter((x) => x.from === order[i])) {
      if (!depth.has(e.to)) {
        depth.set(e.to, depth.get(order[i]!)! + 1);
        order.push(e.to);
      }
    }
  }
  for (const n of leaves(flow)) if (!depth.has(n.key)) (depth.set(n.key, Math.max(...depth.values()) + 1), order.push(n.key));
  const rows = new Map<number, number>();
  const at = new Map<string, { x: number; y: number }>();
  for (const key of order) {
    const d = depth.get(key)!;
    const r = rows.get(d) ?? 0;
    rows.set(d, r + 1);
    at.set(key, { x: PAD + d * COL_W, y: PAD + r * ROW_H });
  }
  return at;
}

function diagram(flow: Flow): string {
  const edges = edgesOf(flow);
  const at = layout(flow, edges);
  const nodes = leaves(flow);
  const width = Math.max(...[...at.values()].map((p) => p.x)) + BOX_W + PAD;
  const height = Math.max(...[...at.values()].map((p) => p.y)) + BOX_H + PAD * 3;
  const parts: string[] = [];
  for (const e of edges) {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    let d: string;
    let lx: number;
    let ly: number;
    if (b.x > a.x) {
      const [x1, y1, x2, y2] = [a.x + BOX_W, a.y + BOX_H / 2, b.x, b.y + BOX_H / 2];
      d = `M${x1},${y1} C${x1 + 30},${y1} ${x2 - 30},${y2} ${x2},${y2}`;
      // Labelled at the arrow's end, where each box has few arrows arriving.
      [lx, ly] = [x2 - 6, y2 - 6];
    } else {
      // A step back (e.g. "previous"): an arc under the boxes.
      const [x1, y1, x2, y2] = [a.x + BOX_W / 2, a.y + BOX_H, b.x + BOX_W / 2, b.y + BOX_H];
      const dip = Math.max(y1, y2) + 28;
      d = `M${x1},${y1} C${x1},${dip} ${x2},${dip} ${x2},${y2}`;
      [lx, ly] = [(x1 + x2) / 2, dip - 2];
    }
    parts.push(
      `<path d="${d}" class="edge" marker-end="url(#arrow)"><title>${esc(choiceLabel('en', flow.id, e.event))}</title></path>`,
      `<text x="${lx}" y="${ly}" class="edge-label${b.x > a.x ? ' at-end' : ''}">${esc(e.event)}</text>`,
    );
  }
  for (const node of nodes) {
    const p = at.get(node.key)!;
    const meta = metaOf(node)!;
    const cls = meta.goto ? 'goto' : node.type === 'final' ? 'final' : meta.step !== undefined ? 'step' : 'state';
    const label = meta.goto ? `→ ${meta.goto}` : node.key;
    const sub = meta.goto ? 'hands over' : meta.step !== undefined ? `step ${meta.step}` : node.type === 'final' ? 'outcome' : 'question';
    const href = meta.goto ? `#${anchor(meta.goto)}` : `#${anchor(flow.id, node.key)}`;
    parts.push(
      `<a href="${href}"><rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="8" class="node ${cls}"/>` +
        `<text x="${p.x + BOX_W / 2}" y="${p.y + 21}" class="node-label">${esc(label)}</text>` +
        `<text x="${p.x + BOX_W / 2}" y="${p.y + 38}" class="node-sub">${esc(sub)}</text></a>`,
    );
  }
  return (
    `<svg role="img" aria-label="Diagram of the ${esc(flow.id)} flow" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>` +
    parts.join('') +
    `</svg>`
  );
}

function message(spec: MessageSpec): string {
  const kind = spec.kind ?? 'fact';
  const contact = spec.contact ? getContact(spec.contact) : undefined;
  const bits = [
    `<span class="kind ${kind}">${kind === 'next' ? 'next step' : kind}</span>`,
    spec.source ? `<span class="source">Source: ${esc(spec.source)}</span>` : '',
    contact ? `<span class="contact">Contact: ${esc(contact.name)}, ${esc(contact.display)} (${esc(contact.hoursText)})</span>` : '',
  ].filter(Boolean);
  // The seed's own words beside ours, so a reviewer compares them without opening the seed.
  const evidence = spec.evidence
    ? `<blockquote class="evidence"><span class="evidence-label">In the source:</span> “${esc(spec.evidence)}”</blockquote>`
    : '';
  return `<li><p class="words">${esc(text('en', spec.text))}</p>${evidence}<p class="about"><code>${esc(spec.text)}</code> ${bits.join(' ')}</p></li>`;
}

function stateDetail(flow: Flow, node: AnyStateNode, steps: number): string {
  const meta = metaOf(node) as StepMeta;
  if (meta.goto) return '';
  const what =
    meta.step !== undefined ? `step ${meta.step} of ${steps}` : node.type === 'final' ? 'outcome' : 'question';
  const choices = Object.entries(node.config.on ?? {}).map(([event, target]) => {
    const goto = (metaOf(flow.machine.root.states[String(target)]!) as StepMeta | undefined)?.goto;
    const to = goto ? `opens <a href="#${anchor(goto)}">${esc(goto)}</a>` : `<a href="#${anchor(flow.id, String(target))}">${esc(String(target))}</a>`;
    return `<li>“${esc(choiceLabel('en', flow.id, event))}” <code>${esc(event)}</code> → ${to}</li>`;
  });
  return (
    `<section class="state" id="${anchor(flow.id, node.key)}"><h3>${esc(node.key)} <small>${what}</small></h3>` +
    `<ol class="messages">${meta.say.map(message).join('')}</ol>` +
    (choices.length ? `<p class="choices-title">Choices</p><ul class="choices">${choices.join('')}</ul>` : '') +
    `</section>`
  );
}

export function renderFlowsMap(): string {
  const sections = flows.map((flow) => {
    const nodes = leaves(flow);
    const steps = nodes.filter((n) => metaOf(n)?.step !== undefined).length;
    const intro = steps ? `<p>A walkthrough of ${steps} steps: “next” and “previous” move between them.</p>` : '';
    return (
      `<section class="flow" id="${anchor(flow.id)}"><h2>${esc(flow.id)}</h2>${intro}` +
      `<div class="diagram">${diagram(flow)}</div>` +
      nodes.map((n) => stateDetail(flow, n, steps)).join('') +
      `</section>`
    );
  });
  const toc = flows.map((f) => `<li><a href="#${anchor(f.id)}">${esc(f.id)}</a></li>`).join('');
  const cited = new Map<string, string[]>();
  for (const flow of flows) {
    for (const node of leaves(flow)) {
      for (const spec of (metaOf(node) as StepMeta).say) {
        if (!spec.source) continue;
        const list = cited.get(spec.source) ?? [];
        const where = `${flow.id} / ${node.key}`;
        if (!list.includes(where)) list.push(where);
        cited.set(spec.source, list);
      }
    }
  }
  const sources = [...cited]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, where]) => `<li><strong>${esc(source)}</strong>: ${where.map(esc).join(', ')}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>safe-steps: flow map for reviewers</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem; color: #1b1b1b; }
h2 { border-top: 3px solid #1d4f91; padding-top: .75rem; margin-top: 2.5rem; }
h3 small { font-weight: normal; color: #555; }
.diagram { overflow-x: auto; border: 1px solid #ddd; border-radius: 8px; background: #fafafa; }
.node { fill: #fff; stroke: #1d4f91; stroke-width: 1.5; }
.node.final { fill: #e8f4ea; stroke: #1f7a35; stroke-width: 2.5; }
.node.step { fill: #eef3fb; }
.node.goto { fill: #fff7e0; stroke: #a66b00; stroke-dasharray: 4 3; }
.node-label { font: 600 13px system-ui, sans-serif; text-anchor: middle; fill: #1b1b1b; }
.node-sub { font: 11px system-ui, sans-serif; text-anchor: middle; fill: #555; }
.edge { fill: none; stroke: #777; stroke-width: 1.3; }
.arrowhead { fill: #777; }
.edge-label.at-end { text-anchor: end; }
.edge-label { font: 11px system-ui, sans-serif; text-anchor: middle; fill: #333; paint-order: stroke; stroke: #fafafa; stroke-width: 3px; }
.state { border-left: 4px solid #c9d6ea; padding-left: .75rem; margin: 1rem 0; }
.messages { padding-left: 1.25rem; }
.words { margin: .2rem 0 0; }
.about { margin: 0 0 .5rem; font-size: 13px; color: #444; }
.kind { display: inline-block; padding: 0 .4rem; border-radius: 4px; background: #eee; }
.kind.next { background: #e8f4ea; } .kind.prompt { background: #f3eefb; }
.source, .contact { margin-left: .5rem; }
.evidence { margin: .2rem 0 .2rem 0; padding: .1rem .6rem; border-left: 3px solid #a66b00; background: #fff7e0; font-size: 14px; }
.evidence-label { font-weight: 600; }
.choices-title { font-weight: 600; margin-bottom: 0; }
</style></head><body>
<h1>safe-steps: every flow, every message</h1>
<p>Drawn from the flow machines in <code>flows/</code> and the English catalogue <code>flows/content/en.ts</code> by
<code>npm run flows:map</code>; do not edit this page. Boxes are states: <em>question</em> (offers choices),
<em>step</em> (a walkthrough step), <em>outcome</em> (ends with a next step), <em>hands over</em> (opens another flow).
Arrows are the choices. Every screen also offers “I’m in danger now” and Quick exit, and every outcome offers
“Ask about something else”.</p>
<p>Each message shows its words, its catalogue key, its kind (<em>fact</em> needs a source; <em>prompt</em> asks or
signposts; <em>next step</em> is what to do next), its source and any contact with its hours. A fact from one of the
source documents (the seeds) also shows, under “In the source”, the words of that document it rests on: check that
our sentence says no more than they do.</p>
<nav><h2>Flows</h2><ol>${toc}</ol></nav>
${sections.join('\n')}
<section id="sources"><h2>Sources, and where each is cited</h2><ul>${sources}</ul></section>
</body></html>
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : 'dist/flows-map.html');
  mkdirSync(dirname(out), { recursive: true });
  const html = renderFlowsMap();
  writeFileSync(out, html);
  console.log(`flows map: ${out} (${flows.length} flows, ${(html.length / 1024).toFixed(0)} KB)`);
}
