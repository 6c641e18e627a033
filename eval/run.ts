/**
 * `npm run eval`: quality figures on the labelled sets in eval/data (English and Spanish, with traps).
 * Each evaluation prints its own table; this prints the summary against the targets.
 */
import evalRelevance from './relevance';
import evalFigures from './figures';
import evalClustering from './clustering';

interface Target {
  metric: string;
  min: number;
}

/**
 * Targets are checked on the held-out splits (written before the rules they test were tuned), and on the
 * whole set for reference: a tuning split only shows the rules fit the data they were written against.
 */
const TARGETS: Record<string, Target[]> = {
  relevance: [
    { metric: 'precision_holdout3', min: 0.95 },
    { metric: 'recall_holdout3', min: 0.95 },
    { metric: 'precision', min: 0.95 },
    { metric: 'recall', min: 0.95 },
  ],
  figures: [
    { metric: 'precision_holdout2', min: 0.95 },
    { metric: 'recall_holdout2', min: 0.9 },
    { metric: 'precision', min: 0.95 },
    { metric: 'recall', min: 0.9 },
  ],
};

async function main(): Promise<void> {
  const results: Array<{ name: string; metrics: Record<string, number> }> = [];
  for (const run of [evalRelevance, evalFigures, evalClustering]) {
    results.push(await run());
    process.stdout.write('\n');
  }
  process.stdout.write('== Summary\n');
  for (const r of results) {
    const key = Object.keys(TARGETS).find((k) => r.name.toLowerCase().includes(k));
    const metrics = Object.entries(r.metrics)
      .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(3)}`)
      .join('  ');
    process.stdout.write(`${r.name}: ${metrics}\n`);
    for (const t of key ? TARGETS[key]! : []) {
      const v = r.metrics[t.metric];
      const ok = v !== undefined && v >= t.min;
      process.stdout.write(`  ${ok ? 'meets' : 'BELOW'} target ${t.metric} >= ${t.min} (${v === undefined ? 'n/a' : v.toFixed(3)})\n`);
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
