import { Router } from '/work/wt/routing/server/routing/router.js';
const r = new Router();
for (const t of process.argv.slice(2)) {
  const e = r.explain(t, 'en');
  console.log(t, e.danger, e.ranking.slice(0, 5).map((x) => `${x.flow}:${x.score.toFixed(1)}`).join(' '));
}
