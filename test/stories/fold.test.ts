/**
 * foldText's one-pass fold equals the chain of regular expressions that defines it, on the labelled eval
 * texts and on random strings over the characters its steps treat differently.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldAccents } from '../../src/text/fold';
import { foldText, words } from '../../src/stories/normalize-text';

/** The definition: the replacements in their order. */
function referenceFold(text: string): string {
  return foldAccents(text)
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');

function evalTexts(): string[] {
  const out: string[] = [];
  for (const f of ['clustering.json', 'clustering-tune2.json', 'clustering-holdout2.json', 'clustering-holdout3.json']) {
    for (const x of (JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string }> }).items) out.push(x.title, x.summary, `${x.title}\n${x.summary}`);
  }
  for (const f of ['relevance.jsonl', 'relevance-tune2.jsonl', 'relevance-holdout4.jsonl', 'relevance-holdout5.jsonl']) {
    for (const line of readFileSync(path.join(DATA, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { title: string; summary?: string };
      out.push(r.title, r.summary ?? '');
    }
  }
  for (const f of ['figures.json', 'figures-tune2.json']) for (const x of JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as Array<{ text: string }>) out.push(x.text);
  return out;
}

/** Letters (ASCII, accented, other scripts, capitals), digits (ASCII and others), dots, commas, `_`, spaces of all kinds, marks, an astral letter. */
const ALPHABET = [
  ...'aAbBeEsSuUxXyYzZ', ...'0123456789', ...'...,,,', '_', ' ', ' ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028',
  ...'ñÑáÉüçßøłİıſK', ...'αΩжЖ日', ...'٣३²½', '\u0301', '\u0303', ...'-—–’\'"“”«»¿¡!?:;()$%/&@#…', '\u{1d400}', '\ud800',
];

/** Dense in what the abbreviation and thousands steps look at. */
const DENSE = [...'abAé1290', '.', '.', '.', ',', '_', ' ', '٣', 'ж'];

function randomText(rnd: () => number, len: number, alphabet = ALPHABET): string {
  let s = '';
  for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
  return s;
}

describe('foldText', () => {
  test('equals the replacements that define it on every eval text', () => {
    const texts = evalTexts();
    expect(texts.length).toBeGreaterThan(2000);
    for (const t of texts) expect(foldText(t)).toBe(referenceFold(t));
  });

  test('equals them on random strings of abbreviations, numbers, separators, scripts and spaces', () => {
    let seed = 11;
    const rnd = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const cases = ['u.s.', 'EE.UU.', 'a.b.c.d', 'ab.cd.', 'abc.d.e.', '1.234.567', '1,234_5', '12.345,67', 'x1.234', '1.2345.678', '.5', '5.', '2.5.3', 'é.u.', 'Ä.Ö. 1.000', 'U.S.-Mexico', '٣.٣٣٣', '1.٣٣٣', 'a\u0301.b\u0301.'];
    for (const c of cases) expect(foldText(c)).toBe(referenceFold(c));
    for (let i = 0; i < 40_000; i++) {
      const t = randomText(rnd, 1 + Math.floor(rnd() * 24), i % 2 === 0 ? ALPHABET : DENSE);
      expect(foldText(t)).toBe(referenceFold(t));
    }
  });

  test('words split the fold', () => {
    expect(words('Las EE.UU. deportaron a 1.500 migrantes, según la U.S. Border Patrol.')).toEqual(['las', 'eeuu', 'deportaron', 'a', '1500', 'migrantes', 'segun', 'la', 'us', 'border', 'patrol']);
  });
});
