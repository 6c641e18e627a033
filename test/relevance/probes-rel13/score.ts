// Scores one invented probe round with the default profile: `node -r @swc-node/register score.ts round1.txt`.
import { readFileSync } from 'fs';
import { loadConfig } from '../../../src/config/load';
import { compileProfile, matchText } from '../../../src/relevance';

export interface Probe { relevant: boolean; title: string; summary: string }
export function readProbes(path: string): Probe[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => /^[+-] \|\| /.test(l)).map((l) => {
    const [, title, summary = ''] = l.slice(2).split('||').map((s) => s.trim());
    return { relevant: l.startsWith('+'), title, summary };
  });
}
if (require.main === module) {
  const profile = compileProfile(loadConfig().keywords);
  for (const f of process.argv.slice(2)) {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const p of readProbes(f)) {
      const got = matchText(profile, { title: p.title, summary: p.summary }).relevant;
      if (got && p.relevant) tp++; else if (got) { fp++; console.log('FP', p.title); }
      else if (p.relevant) { fn++; console.log('FN', p.title); } else tn++;
    }
    console.log(`${f}: n=${tp + fp + fn + tn} P=${(tp / (tp + fp || 1)).toFixed(3)} R=${(tp / (tp + fn || 1)).toFixed(3)} (${fp} FP, ${fn} FN)`);
  }
}
