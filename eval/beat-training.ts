/**
 * Training of the beat model (src/relevance/beat-model.ts): used by `npm run train:beat`, the experiment
 * (eval/relevance-ml.ts) and tests, never by the running service, so it is not shipped in src/.
 */
import { beatFeatures, type BeatModel, type FeatureSpec } from '../src/relevance/beat-model';

export interface TrainingItem {
  readonly title: string;
  readonly summary?: string;
  readonly relevant: boolean;
}

/**
 * L2-regularised logistic regression on binary features, full-batch gradient descent with AdaGrad
 * steps. Deterministic (no shuffling, zero start). `minCount`: features seen in fewer items are dropped.
 */
export function trainLogistic(given: readonly TrainingItem[], opts: { l2?: number; epochs?: number; rate?: number; minCount?: number; features?: FeatureSpec; titleCopies?: boolean } = {}): BeatModel {
  // `titleCopies`: every item with a summary is also taught by its title alone (feeds without a summary).
  const items = opts.titleCopies ? [...given, ...given.filter((i) => i.summary).map((i) => ({ title: i.title, relevant: i.relevant }))] : given;
  const l2 = opts.l2 ?? 0.01;
  const epochs = opts.epochs ?? 300;
  const rate = opts.rate ?? 0.5;
  const minCount = opts.minCount ?? 2;
  const features = opts.features;
  const raw = items.map((i) => beatFeatures(i, features));
  const df = new Map<string, number>();
  for (const fs of raw) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const names = [...df].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const idx = new Map(names.map((f, i) => [f, i]));
  const rows = raw.map((fs) => Int32Array.from(fs.map((f) => idx.get(f) ?? -1).filter((i) => i >= 0)));
  const y = items.map((i) => (i.relevant ? 1 : 0));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const n = items.length;
  for (let e = 0; e < epochs; e++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      let z = b;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const err = 1 / (1 + Math.exp(-z)) - y[r]!;
      gb += err;
      for (let k = 0; k < row.length; k++) grad[row[k]!] += err;
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / n + l2 * w[j]!;
      g2[j] += g * g;
      w[j] -= (rate * g) / Math.sqrt(g2[j]!);
    }
    gb /= n;
    gb2 += gb * gb;
    b -= (rate * gb) / Math.sqrt(gb2);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, j) => {
    if (Math.abs(w[j]!) >= 1e-4) weights[f] = Number(w[j]!.toFixed(5));
  });
  return { ...(features ? { features } : {}), bias: Number(b.toFixed(5)), weights };
}

/** Binarised multinomial naive Bayes (Laplace `alpha`), written as the same linear model. */
export function trainNaiveBayes(items: readonly TrainingItem[], opts: { alpha?: number; minCount?: number } = {}): BeatModel {
  const alpha = opts.alpha ?? 0.5;
  const minCount = opts.minCount ?? 1;
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  const df = new Map<string, number>();
  let npos = 0;
  let totPos = 0;
  let totNeg = 0;
  const raw = items.map((i) => beatFeatures(i));
  for (const fs of raw) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  items.forEach((it, r) => {
    if (it.relevant) npos++;
    for (const f of raw[r]!) {
      if (df.get(f)! < minCount) continue;
      const m = it.relevant ? pos : neg;
      m.set(f, (m.get(f) ?? 0) + 1);
      if (it.relevant) totPos++;
      else totNeg++;
    }
  });
  const vocab = [...df].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const V = vocab.length;
  const weights: Record<string, number> = {};
  // Features absent from an item are ignored (multinomial), so the score is prior + Σ present log ratios.
  for (const f of vocab) {
    const lp = Math.log(((pos.get(f) ?? 0) + alpha) / (totPos + alpha * V));
    const ln = Math.log(((neg.get(f) ?? 0) + alpha) / (totNeg + alpha * V));
    weights[f] = Number((lp - ln).toFixed(5));
  }
  const bias = Math.log((npos + 1) / (items.length - npos + 1));
  return { bias: Number(bias.toFixed(5)), weights };
}
