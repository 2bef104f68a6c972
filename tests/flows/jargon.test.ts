// Jargon explained at first use (CONTENT.md voice): in every flow, the first message a person
// meets that uses a term of the trade also says what it means, in the same message ("significant
// harm: serious harm to…", "This is called section 20", "…(section 17)…, support you agree to").
// The glossary explains them all again, and is offered wherever they appear (glossary.test.ts).
import { describe, expect, it } from 'vitest';
import { en } from '../../flows/content/en.js';
import { GLOSSARY_FLOW } from '../../flows/define.js';
import { metaOf } from '../../server/engine/nodes.js';
import { flows } from './support.js';

/** A term, and how a message shows it is being explained rather than only used. */
const TERMS: readonly { term: string; explained: RegExp }[] = [
  { term: 'significant harm', explained: /significant harm(:| means|,? (that is|meaning)|\))|serious harm/i },
  { term: 'strategy discussion', explained: /strategy discussion\b.*\b(meeting or call|is a)|strategy discussion \(/i },
  { term: 'parental responsibility', explained: /parental responsibility(:| \(| means| is)|legal right/i },
  { term: 'private law', explained: /private law( matter)?(:| \(| is| means)/i },
  { term: 'child in need', explained: /child in need\b.{0,40}(is a|:|\(section 17\)|support)|(support|help)\b.{0,40}child in need/i },
  { term: 'care proceedings', explained: /care proceedings(:| \(| are| is)|called care proceedings/i },
  { term: 'injunction', explained: /injunction(:| \(| is a)|an injunction is/i },
  { term: 'section 47', explained: /called section 47|section 47 enquiries(:| \(| happen| are)|section 47\b.*\b(significant harm|check)/i },
  { term: 'section 20', explained: /called section 20|\(section 20\)|section 20 (is|means)/i },
  { term: 'MIAM', explained: /called a MIAM|MIAM (is|:)/i },
  { term: 'coercive control', explained: /coercive control (is|:)|called coercive control/i },
  { term: 'Marac', explained: /Marac (stands for|is|:)|Multi-Agency Risk Assessment/i },
  { term: 'Idva', explained: /Idva is|independent domestic violence adviser/i },
];

/** A flow's states in the order a person meets them: breadth first from its first state. */
function statesInOrder(flowId: string): string[] {
  const flow = flows.find((f) => f.id === flowId)!;
  const root = flow.machine.root;
  const order = [String(root.config.initial)];
  for (let i = 0; i < order.length; i++) {
    const node = root.states[order[i]!]!;
    for (const target of Object.values(node.config.on ?? {})) {
      const t = String(target);
      if (Object.hasOwn(root.states, t) && !order.includes(t)) order.push(t);
    }
  }
  return order;
}

describe('jargon is explained the first time a flow uses it', () => {
  for (const flow of flows.filter((f) => f.id !== GLOSSARY_FLOW)) {
    it(flow.id, () => {
      const texts = statesInOrder(flow.id).flatMap((state) =>
        (metaOf(flow.machine.root.states[state]!)?.say ?? []).map((m) => ({ key: m.text, words: en[m.text]! })),
      );
      const unexplained: string[] = [];
      for (const { term, explained } of TERMS) {
        const first = texts.find(({ words }) => new RegExp(`\\b${term}\\b`, 'i').test(words));
        if (first && !explained.test(first.words)) unexplained.push(`${term} first used in ${first.key}: "${first.words}"`);
      }
      expect(unexplained).toEqual([]);
    });
  }

  it('the check is real: a term used bare is caught, one explained is not', () => {
    const sig = TERMS.find((t) => t.term === 'significant harm')!;
    expect(sig.explained.test('They think there is significant harm.')).toBe(false);
    expect(sig.explained.test('Significant harm means serious harm to a child’s health.')).toBe(true);
  });
});
