// npm run eval:routing: how well typed text reaches the right topic. Prints top-1 and top-3
// accuracy, danger recall and every miss, for the evaluation set (tests/routing/eval-set.ts,
// which the router was tuned on) and for the held-out set (tests/routing/held-out-set.ts,
// which it never was). Pass --all to print every message, not only the misses, and
// --tuning while improving the router, to leave the held-out set unseen.
import { Router } from '../server/routing/router.js';
import { describeRoute, evaluate, type Evaluation } from '../tests/routing/evaluate.js';
import { evalSet } from '../tests/routing/eval-set.js';
import { heldOutSet } from '../tests/routing/held-out-set.js';

const showAll = process.argv.includes('--all');
const tuning = process.argv.includes('--tuning');
const router = new Router();
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

function report(title: string, e: Evaluation): void {
  console.log(`${title}: ${e.total} typed messages`);
  console.log(`  top-1 accuracy        ${pct(e.top1, e.total)}`);
  console.log(`  top-3 accuracy        ${pct(e.top3, e.total)}`);
  console.log(`  reached in ≤ one tap  ${pct(e.oneTap, e.total)}`);
  console.log(`  danger recall         ${pct(e.dangerReached, e.dangerTotal)}`);
  console.log(`  topics only: top-1 ${pct(e.topicTop1, e.topicTotal)}, top-3 ${pct(e.topicTop3, e.topicTotal)}`);
  const misses = e.results.filter((r) => !r.top1);
  console.log(`  misses at top-1 (${misses.length}):`);
  for (const r of misses) {
    const mark = r.top3 ? 'top-3' : 'MISS ';
    console.log(`    [${mark}] expected ${r.case.expect.padEnd(22)} got ${describeRoute(r.route).padEnd(48)} "${r.case.text}"`);
  }
  if (showAll) {
    console.log('  every message:');
    for (const r of e.results) {
      console.log(`    ${r.top1 ? 'ok   ' : r.top3 ? 'top-3' : 'MISS '} ${describeRoute(r.route).padEnd(48)} "${r.case.text}"`);
    }
  }
  console.log('');
}

report('Evaluation set (tuned on)', evaluate(router, evalSet));
if (!tuning) report('Held-out set (never tuned on)', evaluate(router, heldOutSet));
