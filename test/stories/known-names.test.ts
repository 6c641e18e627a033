/**
 * replaceKnownNames (known names found at word starts by the forms of their first two characters) makes the
 * same text, with the same matches in the same order, as the one alternation of every form (NAME_RE), on the
 * labelled eval texts and on texts built around the known names' own forms.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWN_NAMES } from '../../src/stories/bilingual';
import { replaceKnownNames, replaceKnownNamesByExpression, roleMatches, roleMatchesByExpression } from '../../src/stories/entities';

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');

function evalTexts(): string[] {
  const out: string[] = [];
  for (const f of ['clustering.json', 'clustering-tune2.json']) {
    for (const x of (JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string }> }).items) out.push(x.title, x.summary);
  }
  for (const f of ['relevance.jsonl', 'relevance-tune2.jsonl']) {
    for (const line of readFileSync(path.join(DATA, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { title: string; summary?: string };
      out.push(r.title, r.summary ?? '');
    }
  }
  for (const f of JSON.parse(readFileSync(path.join(DATA, 'figures.json'), 'utf8')) as Array<{ text: string }>) out.push(f.text);
  return out;
}

const markless = (t: string): string => t.normalize('NFKD').replace(/\p{M}+/gu, '');

function both(text: string): [string[], string, string[], string] {
  const a: string[] = [];
  const b: string[] = [];
  const ra = replaceKnownNames(text, (m) => (a.push(m), `<${m.toUpperCase()}>`));
  const rb = replaceKnownNamesByExpression(text, (m) => (b.push(m), `<${m.toUpperCase()}>`));
  return [a, ra, b, rb];
}

describe('replaceKnownNames', () => {
  it('equals the alternation on the eval texts', () => {
    let matched = 0;
    for (const t of evalTexts().map(markless)) {
      const [a, ra, b, rb] = both(t);
      expect(a).toEqual(b);
      expect(ra).toBe(rb);
      matched += a.length;
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('equals the alternation around every form: cased, glued to letters, inside words, apostrophes, spacing', () => {
    const forms = Object.values(KNOWN_NAMES).flat();
    for (const f of forms) {
      const up = f.toUpperCase();
      const title = f.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
      for (const t of [
        f, up, title, `x${f}`, `${f}x`, `9${f}`, `(${title}),`, `en ${title}  y ${f.replace(/ /g, '   ')}.`, `${title}’s ${f.replace(/'/g, '’')}`,
        `${f.slice(0, -1)} ${f}`, `é${f} ${f}é`, f.replace(/ /g, '\u00a0\t '), f.replace(/ /g, ' \n'), f.replace(/'/g, ''), f.replace(/-/g, ' '), `${f}-${f}`, `${f}'s`, markless(`${title} y Ciudad Juárez`), `${f}\u212a ${f}`, `${f} 😀 ${title}`,
      ]) {
        const [a, ra, b, rb] = both(t);
        expect([t, a, ra]).toEqual([t, b, rb]);
      }
    }
  });
});

describe('roleMatches', () => {
  const key = (ms: Array<{ index: number; match: string }>): Array<[number, string]> => ms.map((m) => [m.index, m.match]);
  it('equals the alternation of the role forms on the eval texts and around every form', () => {
    const roles = Object.values((JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'src', 'stories', 'data', 'roles.json'), 'utf8')) as { roles: Record<string, string[]> }).roles).flat();
    let matched = 0;
    const texts = evalTexts().map((t) => markless(t).toLowerCase());
    for (const f of roles) texts.push(f, `x${f}`, `${f}x`, `la ${f} y ${f}s, ${f}. ${f.slice(1)}`, `é${f} ${f}é 9${f}`, `${f} 😀 ${f}`, `${f}\u212a ${f}`, f.replace(/ /g, '  '), f.replace(/ /g, '\t'));
    for (const t of texts) {
      const a = key(roleMatches(t));
      expect([t, a]).toEqual([t, key(roleMatchesByExpression(t))]);
      matched += a.length;
    }
    expect(matched).toBeGreaterThan(300);
  });
});
