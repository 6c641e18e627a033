/**
 * Train the beat model behind the rule term `@beat:P` (src/relevance/beat-model.ts) and write
 * src/relevance/data/beat-model.json. Trained on the tuning files only (eval/data/relevance.jsonl,
 * relevance-tune2.jsonl and relevance-holdout4.jsonl), never on the held-out relevance-holdout5.jsonl.
 *
 *   npm run train:beat
 *
 * L2 logistic regression (l2 = 0.003, chosen by eval/relevance-ml.ts; see its results file), features
 * seen in at least 2 items, weights below 0.002 in magnitude dropped (they move no probability by more
 * than a fraction of a percent). Deterministic: the same files give the same JSON.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beatFeatures, beatScore } from '../src/relevance/beat-model';
import { trainLogistic } from './beat-training';
import { DATA_PATH, OLD_SPENT_PATH, TUNE2_PATH, loadLabelledSet } from './relevance';

export const L2 = 0.003;
const MIN_WEIGHT = 0.002;
const OUT = path.resolve(__dirname, '..', 'src', 'relevance', 'data', 'beat-model.json');

function main(): void {
  const items = [...loadLabelledSet(DATA_PATH), ...loadLabelledSet(TUNE2_PATH), ...loadLabelledSet(OLD_SPENT_PATH)];
  const model = trainLogistic(items, { l2: L2 });
  const weights = Object.fromEntries(
    Object.entries(model.weights)
      .filter(([, w]) => Math.abs(w) >= MIN_WEIGHT)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const about =
    `L2 logistic regression (l2 ${L2}) on stems, bigrams and title stems of title + summary; ` +
    `trained by eval/train-beat-model.ts on ${items.length} items of eval/data/relevance.jsonl, relevance-tune2.jsonl and relevance-holdout4.jsonl`;
  const out = { about, bias: model.bias, weights };
  writeFileSync(OUT, JSON.stringify(out, null, 0).replace(/,"/g, ',\n"') + '\n');
  let correct = 0;
  for (const i of items) if (beatScore(out, beatFeatures(i)) > 0 === i.relevant) correct++;
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${Object.keys(weights).length} weights; training accuracy ${(correct / items.length).toFixed(3)}`);
}

if (require.main === module) main();
