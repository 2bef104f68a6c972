// npm run eval:routing: how well typed text reaches the answer that answers it. For 5-fold
// cross-validation on the training data (flows/content/routing-training.en.ts) and for the
// held-out sets (tests/routing/held-out-answers.ts, never tuned on; held-out-fresh.ts,
// written without sight of the router or its data; held-out-third.ts, held-out-fourth.ts and
// held-out-fifth.ts, held-out-sixth.ts, held-out-seventh.ts, held-out-eighth.ts, held-out-ninth.ts, held-out-tenth.ts, held-out-eleventh.ts, held-out-twelfth.ts and held-out-thirteenth.ts, written blind), and for the development set
// (tests/routing/dev-batch-8.ts, dev-batch-11.ts, dev-batch-12.ts, dev-batch-13.ts, dev-batch-14.ts and dev-batch-15.ts, written blind, tuned on, never learnt) it prints: answered in
// the first reply (the right state, no tap), the right state in the top 3, danger recall,
// ordinary questions sent to the danger triage, and unsure replies; then every miss.
//   --tuning, --cv-only   cross-validation only: the held-out sets are not even loaded, so
//                          they stay unseen while the router is being improved
//   --all      every message, not only the misses
//   --figures  the figures only, no messages: a held-out set whose misses nobody reads can
//              still be measured honestly after the next round of tuning
import { performance } from 'node:perf_hooks';
import { Router } from '../server/routing/router.js';
import { crossValidate, describeRoute, evaluate, type Evaluation } from '../tests/routing/evaluate.js';

const showAll = process.argv.includes('--all');
const figuresOnly = process.argv.includes('--figures');
const tuning = process.argv.includes('--tuning') || process.argv.includes('--cv-only');
const pct = (n: number, of: number) => `${of === 0 ? '-' : ((100 * n) / of).toFixed(1)}% (${n}/${of})`;

function report(title: string, e: Evaluation): void {
  console.log(`${title}`);
  console.log(`  answered in the first reply   ${pct(e.first, e.total)}`);
  console.log(`  right state in the top 3      ${pct(e.top3, e.total)}`);
  console.log(`  danger recall                 ${pct(e.dangerHeard, e.dangerTotal)}`);
  console.log(`  ordinary sent to the triage   ${pct(e.ordinaryToDanger, e.ordinaryTotal)}`);
  console.log(`  unsure replies                ${pct(e.unsure, e.total)}`);
  if (e.outOfScope > 0) console.log(`  out of scope: not understood  ${pct(e.outOfScopeNone, e.outOfScope)}`);
  const misses = e.results.filter((r) => !r.first);
  console.log(`  not answered in the first reply (${misses.length})${figuresOnly ? '' : ':'}`);
  if (figuresOnly) return console.log('');
  for (const r of showAll ? e.results : misses) {
    const mark = r.first ? 'ok   ' : r.top3 ? 'top-3' : 'MISS ';
    console.log(`    [${mark}] expected ${r.case.expect.join('|').padEnd(40)} got ${describeRoute(r.route).padEnd(60)} "${r.case.text}"`);
  }
  console.log('');
}

const started = performance.now();
report('5-fold cross-validation on the training data', crossValidate());
if (!tuning) {
  // Loaded only here, so a tuning run never reads the held-out sets.
  const { heldOutAnswers } = await import('../tests/routing/held-out-answers.js');
  const { heldOutFresh } = await import('../tests/routing/held-out-fresh.js');
  const { heldOutThird } = await import('../tests/routing/held-out-third.js');
  const { heldOutFourth } = await import('../tests/routing/held-out-fourth.js');
  const { heldOutFifth } = await import('../tests/routing/held-out-fifth.js');
  const { heldOutSixth } = await import('../tests/routing/held-out-sixth.js');
  const { heldOutSeventh } = await import('../tests/routing/held-out-seventh.js');
  const { heldOutEighth } = await import('../tests/routing/held-out-eighth.js');
  const { heldOutNinth } = await import('../tests/routing/held-out-ninth.js');
  const { heldOutTenth } = await import('../tests/routing/held-out-tenth.js');
  const { heldOutEleventh } = await import('../tests/routing/held-out-eleventh.js');
  const { heldOutTwelfth } = await import('../tests/routing/held-out-twelfth.js');
  const { heldOutThirteenth } = await import('../tests/routing/held-out-thirteenth.js');
  const { devBatchEight } = await import('../tests/routing/dev-batch-8.js');
  const { devBatchEleven } = await import('../tests/routing/dev-batch-11.js');
  const { devBatchTwelve } = await import('../tests/routing/dev-batch-12.js');
  const { devBatchThirteen } = await import('../tests/routing/dev-batch-13.js');
  const { devBatchFourteen } = await import('../tests/routing/dev-batch-14.js');
  const { devBatchFifteen } = await import('../tests/routing/dev-batch-15.js');
  const cases = (set: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(set).flatMap(([label, texts]) => texts.map((text) => ({ text, expect: [label] })));
  const t0 = performance.now();
  const router = new Router();
  console.log(`(router trained in ${Math.round(performance.now() - t0)} ms)`);
  report('Held-out set (never tuned on)', evaluate(router, heldOutAnswers));
  report('Fresh held-out set (written without sight of the router)', evaluate(router, heldOutFresh));
  report('Third held-out set (written blind on 28 Nov 2026)', evaluate(router, heldOutThird));
  report('Fourth held-out set (written blind on 28 Nov 2026, before 29 Nov\'s tuning)', evaluate(router, heldOutFourth));
  report('Fifth held-out set (written blind on 29 Nov 2026, before its last round of tuning)', evaluate(router, heldOutFifth));
  report('Development set: batch 8 (written blind on 29 Nov 2026, tuned on; not learnt)', evaluate(router, cases(devBatchEight)));
  report('Development set: batch 11 (written blind on 29 Nov 2026 for the danger detector, tuned on; not learnt)', evaluate(router, cases(devBatchEleven)));
  report('Development set: batch 12 (written blind on 29 Nov 2026 for the danger detector, tuned on; not learnt)', evaluate(router, cases(devBatchTwelve)));
  report('Development set: batch 13 (written blind on 29 Nov 2026 for danger and hard ordinary questions, tuned on; not learnt)', evaluate(router, cases(devBatchThirteen)));
  report('Development set: batch 14 (written blind on 29 Nov 2026, fourth session, for the danger detector, tuned on; not learnt)', evaluate(router, cases(devBatchFourteen)));
  report('Development set: batch 15 (written blind on 29 Nov 2026, fourth session, for danger and ranking, tuned on; not learnt)', evaluate(router, cases(devBatchFifteen)));
  report('Sixth held-out set (written blind on 29 Nov 2026, before that day\'s second session of tuning)', evaluate(router, heldOutSixth));
  report('Seventh held-out set (written blind on 29 Nov 2026, after that day\'s second session of tuning)', evaluate(router, heldOutSeventh));
  report('Eighth held-out set (written blind on 29 Nov 2026, before that day\'s third session of tuning)', evaluate(router, heldOutEighth));
  report('Ninth held-out set (written blind on 29 Nov 2026 during that day\'s third session of tuning)', evaluate(router, heldOutNinth));
  report('Tenth held-out set (written blind on 29 Nov 2026, fourth session, measured once)', evaluate(router, heldOutTenth));
  report('Eleventh held-out set (written blind on 29 Nov 2026, fourth session, measured once)', evaluate(router, heldOutEleventh));
  report('Twelfth held-out set (written blind on 29 Nov 2026, fourth session, measured once)', evaluate(router, heldOutTwelfth));
  report('Thirteenth held-out set (written blind on 29 Nov 2026, fourth session, measured once)', evaluate(router, heldOutThirteenth));
}
console.log(`(${Math.round(performance.now() - started)} ms in all)`);
