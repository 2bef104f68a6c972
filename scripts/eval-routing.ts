// npm run eval:routing: how well typed text reaches the right topic, on the evaluation set
// (tests/routing/eval-set.ts). Prints top-1 and top-3 accuracy, danger recall and every miss.
// Pass --all to print every message, not only the misses.
import { Router } from '../server/routing/router.js';
import { describeRoute, evaluate } from '../tests/routing/evaluate.js';

const showAll = process.argv.includes('--all');
const e = evaluate(new Router());
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}% (${n}/${of})`;

console.log(`Routing evaluation: ${e.total} typed messages`);
console.log(`  top-1 accuracy        ${pct(e.top1, e.total)}`);
console.log(`  top-3 accuracy        ${pct(e.top3, e.total)}`);
console.log(`  reached in ≤ one tap  ${pct(e.oneTap, e.total)}`);
console.log(`  danger recall         ${pct(e.dangerReached, e.dangerTotal)}`);
console.log(`  topics only: top-1 ${pct(e.topicTop1, e.topicTotal)}, top-3 ${pct(e.topicTop3, e.topicTotal)}`);

const misses = e.results.filter((r) => !r.top1);
console.log(`\nMisses at top-1 (${misses.length}):`);
for (const r of misses) {
  const mark = r.top3 ? 'top-3' : 'MISS ';
  console.log(`  [${mark}] expected ${r.case.expect.padEnd(22)} got ${describeRoute(r.route).padEnd(50)} "${r.case.text}"`);
}
if (showAll) {
  console.log('\nEvery message:');
  for (const r of e.results) {
    console.log(`  ${r.top1 ? 'ok   ' : r.top3 ? 'top-3' : 'MISS '} ${describeRoute(r.route).padEnd(50)} "${r.case.text}"`);
  }
}
