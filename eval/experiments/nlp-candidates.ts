/**
 * Issue 10 experiment: what would off-the-shelf NLP bring to figure extraction? (report: nlp-candidates.md)
 *
 * Candidates (NOT project dependencies; install them for the run only):
 *   npm i --no-save wink-nlp wink-eng-lite-web-model compromise es-compromise @microsoft/recognizers-text-number
 *   node -r @swc-node/register eval/experiments/nlp-candidates.ts
 *
 * Data: the NON-held-out figure sets only (figures.json, figures-holdout2..7.json, figures-tune2.json). The current
 * held-out set is never read. src/ is only called, read-only (numberAt, tokenize, splitSentences, extractFigures).
 *
 * (a) Number recognition: share of labelled values that each reader finds in the paragraph (multiset: one found
 *     value answers one label), the values it finds that no label has, and what it finds that the current reader
 *     (src/figures/numbers.ts) misses, and the reverse.
 * (b) Metric head: each labelled figure is located at the current reader's first unused number of the same value;
 *     its sentence is POS-tagged by the candidate, and a simple chunker written here proposes a metric:
 *       np-head      head noun of the number's noun phrase (EN: last noun of the noun run after the number, through a
 *                    partitive "of (the)"; ES: first noun after the number, through "de" after a scale word)
 *       np-phrase    EN: the whole noun run ("asylum applications"); ES: head + following adjectives ("personas
 *                    extranjeras")
 *       subject      head of the first noun run of the number's clause before its first verb ("Removals by ICE
 *                    officers rose to 12,400" → removals)
 *       np-or-subj   np-head when there is one, else subject
 *     scored with the eval's metric rule (metricAccepts of eval/figures.ts), against how often the current extractor
 *     (extractFigures) outputs that value with an accepted metric.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { metricAccepts } from '../figures';
import { extractFigures } from '../../src/figures/extract';
import { numberAt, type Lang } from '../../src/figures/numbers';
import { tokenize } from '../../src/figures/tokens';
import { splitSentences } from '../../src/summary/sentences';

type OneOrMany = string | string[];
interface Expected {
  value: number;
  metric: OneOrMany;
  unit?: string | null;
  kind?: string;
}
interface Case {
  id: string;
  lang: Lang;
  published: string;
  title?: string;
  text: string;
  figures: Expected[];
}

const SETS = ['figures.json', 'figures-holdout2.json', 'figures-holdout3.json', 'figures-holdout4.json', 'figures-holdout5.json', 'figures-holdout6.json', 'figures-holdout7.json', 'figures-tune2.json'];
/** NLP_DATA=probe: the fresh invented paragraphs of eval/experiments/data/nlp-probe.json instead (written for this experiment, never tuned on). */
const PROBE = process.env.NLP_DATA === 'probe';
const cases: Case[] = PROBE
  ? (JSON.parse(readFileSync(path.join(__dirname, 'data', 'nlp-probe.json'), 'utf8')) as Case[])
  : SETS.flatMap((f) => JSON.parse(readFileSync(path.join(__dirname, '..', 'data', f), 'utf8')) as Case[]);
const sentencesOf = (c: Case): string[] => [...(c.title ? splitSentences(c.title) : []), ...splitSentences(c.text)];
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

// The candidates are loaded by name at run time, so that type-checking the project does not need them installed.
const req = createRequire(__filename);
/* eslint-disable @typescript-eslint/no-explicit-any */
function load<T>(name: string, init: (m: any) => T): { lib: T; ms: number; rssMb: number } {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const lib = init(req(name));
  return { lib, ms: performance.now() - t0, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20 };
}

// ---------- number readers ----------
interface Found {
  value: number;
  start: number;
  end: number;
}
/** The current reader (src/figures/numbers.ts), per sentence. */
function readerNumbers(sentence: string, lang: Lang): Found[] {
  const tokens = tokenize(sentence);
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = numberAt(tokens, i, lang);
    if (!m) continue;
    out.push({ value: m.value, start: tokens[m.numTok]!.start, end: tokens[m.endTok - 1]!.end });
    i = m.endTok - 1;
  }
  return out;
}

type Reader = (sentence: string, lang: Lang) => Found[];

/** Labelled values found (multiset) and found values no label has. */
function scoreNumbers(c: Case, found: Found[]): { hit: boolean[]; extra: number } {
  const pool = found.map((f) => f.value);
  const hit = c.figures.map((e) => {
    const i = pool.findIndex((v) => sameValue(v, e.value));
    if (i < 0) return false;
    pool.splice(i, 1);
    return true;
  });
  const extra = pool.filter((v) => !c.figures.some((e) => sameValue(v, e.value))).length;
  return { hit, extra };
}

// ---------- POS taggers → one token shape ----------
type Pos = 'NOUN' | 'PROPN' | 'ADJ' | 'VERB' | 'AUX' | 'NUM' | 'DET' | 'ADP' | 'CCONJ' | 'SCONJ' | 'PRON' | 'ADV' | 'PUNCT' | 'X';
interface Tok {
  text: string;
  pos: Pos;
  start: number;
  end: number;
  /** Punctuation that ends a clause follows this token (compromise keeps punctuation on the term). */
  breakAfter: boolean;
}
type Tagger = (sentence: string) => Tok[];

/** Place the tagger's token texts on the sentence in order. */
function place(sentence: string, items: Array<{ text: string; pos: Pos; post?: string }>): Tok[] {
  const out: Tok[] = [];
  let at = 0;
  for (const it of items) {
    if (!it.text) continue;
    const i = sentence.indexOf(it.text, at);
    const start = i < 0 ? at : i;
    const end = i < 0 ? at : i + it.text.length;
    at = end;
    out.push({ text: it.text, pos: it.pos, start, end, breakAfter: /[,;:()—–]/.test(it.post ?? '') || it.pos === 'PUNCT' && /[,;:()—–]/.test(it.text) });
  }
  return out;
}

const WINK_POS = new Set<string>(['NOUN', 'PROPN', 'ADJ', 'VERB', 'AUX', 'NUM', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'ADV', 'PUNCT']);
function winkTagger(w: { nlp: any; its: any }): Tagger {
  return (s) => {
    const doc = w.nlp.readDoc(s);
    const texts: string[] = doc.tokens().out();
    const pos: string[] = doc.tokens().out(w.its.pos);
    return place(s, texts.map((t, i) => ({ text: t, pos: (WINK_POS.has(pos[i]!) ? pos[i] : 'X') as Pos })));
  };
}

function compromisePos(tags: string[]): Pos {
  const t = new Set(tags);
  if (t.has('Value') || t.has('Cardinal') || t.has('Money') || t.has('Percent')) return 'NUM';
  if (t.has('Auxiliary') || t.has('Copula')) return 'AUX';
  if (t.has('Verb')) return 'VERB';
  if (t.has('Determiner')) return 'DET';
  if (t.has('Preposition')) return 'ADP';
  if (t.has('Conjunction')) return 'CCONJ';
  if (t.has('Pronoun')) return 'PRON';
  if (t.has('Adjective')) return 'ADJ';
  if (t.has('Adverb')) return 'ADV';
  if (t.has('ProperNoun') || t.has('Acronym')) return 'PROPN';
  if (t.has('Noun')) return 'NOUN';
  return 'X';
}
function compromiseTagger(nlp: any): Tagger {
  return (s) => {
    const terms = (nlp(s).json() as Array<{ terms: Array<{ text: string; tags: string[]; post: string }> }>).flatMap((x) => x.terms);
    return place(s, terms.map((t) => ({ text: t.text, pos: compromisePos(t.tags), post: t.post })));
  };
}

// ---------- the chunker ----------
const isNoun = (t: Tok | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
const SCALE_WORDS = new Set(['million', 'millions', 'billion', 'thousand', 'mil', 'millón', 'millon', 'millones', 'percent', 'por', 'ciento', '%', 'dozen', 'docena', 'docenas', 'centenar', 'millar', 'millares']);
const PARTITIVE = new Set(['of']);
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'that', 'which', 'who', 'y', 'pero', 'mientras', 'que', 'quien', 'cual']);

interface Proposals {
  npHead: string | null;
  npPhrase: string | null;
  subject: string | null;
}

/**
 * tolerant (v2, written after looking at the taggers' errors on the probe): a token right after a determiner is a
 * noun whatever its tag ("Los cruces/Verb"), an adjective right after the number with no noun after it is the head
 * ("1.087 ocupantes/Adj"), and an -ed/-ing word between the number and a noun is a modifier ("2,300 unaccompanied/Verb children").
 */
function retag(toks0: Tok[]): Tok[] {
  return toks0.map((t, i) => (i > 0 && toks0[i - 1]!.pos === 'DET' && (t.pos === 'VERB' || t.pos === 'ADJ') && !isNoun(toks0[i + 1]) ? { ...t, pos: 'NOUN' } : t));
}
function propose(toks0: Tok[], start: number, end: number, lang: Lang, tolerant = false): Proposals {
  const toks = tolerant ? retag(toks0) : toks0;
  const inNum = toks.map((t, i) => (t.end > start && t.start < end ? i : -1)).filter((i) => i >= 0);
  if (inNum.length === 0) return { npHead: null, npPhrase: null, subject: null };
  const first = inNum[0]!;
  let j = inNum[inNum.length - 1]! + 1;
  // Number words and scales the number reader already took ("28 mil 415", "1.4 billion", "6 percent").
  while (j < toks.length && (toks[j]!.pos === 'NUM' || SCALE_WORDS.has(toks[j]!.text.toLowerCase()))) j++;
  let npHead: string | null = null;
  let npPhrase: string | null = null;
  if (lang === 'en') {
    if (PARTITIVE.has(toks[j]?.text.toLowerCase() ?? '')) {
      j++;
      while (j < toks.length && (toks[j]!.pos === 'DET' || toks[j]!.pos === 'NUM')) j++;
    }
    while (j < toks.length && (toks[j]!.pos === 'ADJ' || toks[j]!.pos === 'ADV' || (tolerant && toks[j]!.pos === 'VERB' && /(?:ed|ing)$/.test(toks[j]!.text) && isNoun(toks[j + 1])))) j++;
    const run: string[] = [];
    while (j < toks.length && isNoun(toks[j])) {
      run.push(toks[j]!.text);
      if (toks[j]!.breakAfter) break;
      j++;
    }
    if (run.length) {
      npHead = run[run.length - 1]!;
      npPhrase = run.join(' ');
    }
  } else {
    // "1,2 millones de pesos", "28 mil 415 personas extranjeras", "12% de los migrantes"
    if (toks[j]?.text.toLowerCase() === 'de') {
      j++;
      while (j < toks.length && toks[j]!.pos === 'DET') j++;
    }
    while (j < toks.length && toks[j]!.pos === 'ADJ' && isNoun(toks[j + 1])) j++;
    if (isNoun(toks[j]) || (tolerant && toks[j]?.pos === 'ADJ' && !isNoun(toks[j + 1]))) {
      npHead = toks[j]!.text;
      const words = [npHead];
      let k = j + 1;
      while (k < toks.length && toks[k]!.pos === 'ADJ' && !toks[k - 1]!.breakAfter) words.push(toks[k++]!.text);
      npPhrase = words.join(' ');
    }
  }
  // Subject: the first noun run of the clause before its first verb.
  let cs = first;
  while (cs > 0 && !toks[cs - 1]!.breakAfter && !CLAUSE_WORDS.has(toks[cs - 1]!.text.toLowerCase())) cs--;
  let subject: string | null = null;
  const verb = toks.slice(cs, first).findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb >= 0) {
    for (let k = cs; k < cs + verb; k++) {
      if (!isNoun(toks[k])) continue;
      let e = k;
      while (e + 1 < cs + verb && isNoun(toks[e + 1])) e++;
      subject = lang === 'en' ? toks[e]!.text : toks[k]!.text;
      break;
    }
  }
  return { npHead, npPhrase, subject };
}

// ---------- run ----------
interface MetricTally {
  labels: number;
  located: number;
  extractor: number;
  npHead: number;
  npPhrase: number;
  subject: number;
  combined: number;
  /** np-or-subj with the tolerant chunker (v2). */
  combined2: number;
  gain2: number;
  loss2: number;
  /** combined right where the extractor is not / extractor right where combined is not. */
  gain: number;
  loss: number;
  /** combined right where the extractor output no figure of that value at all (a fallback's reach). */
  fallback: number;
  /** Labels whose value the extractor does not output at all. */
  noValue: number;
  /** Unlabelled numbers the extractor skipped to which a fallback would give a metric (its false figures). */
  fallbackFp: number;
  /** Plain counts only (no unit, not a change). */
  plainLabels: number;
  plainExtractor: number;
  plainCombined: number;
}
const newMetric = (): MetricTally => ({ labels: 0, located: 0, extractor: 0, npHead: 0, npPhrase: 0, subject: 0, combined: 0, combined2: 0, gain2: 0, loss2: 0, gain: 0, loss: 0, fallback: 0, noValue: 0, fallbackFp: 0, plainLabels: 0, plainExtractor: 0, plainCombined: 0 });

function main(): void {
  const t0 = performance.now();
  const recog = load('@microsoft/recognizers-text-number', (m) => m);
  const wink = load('wink-nlp', (m) => {
    const nlp = m(req('wink-eng-lite-web-model'));
    return { nlp, its: nlp.its };
  });
  const comp = load('compromise', (m) => m);
  const esComp = load('es-compromise', (m) => m);
  void t0;

  // Spanish resolutions are written with a decimal comma ("2,4"), English ones with a point.
  const parseResolution = (v: string, lang: Lang): number => parseFloat(lang === 'es' ? v.replace(/\./g, '').replace(',', '.') : v.replace(/,/g, ''));
  const recognizers: Reader = (s, lang) => {
    const culture = lang === 'en' ? 'en-us' : 'es-es';
    const pct = (recog.lib.recognizePercentage(s, culture) as Array<{ start: number; end: number; resolution: { value: string } }>).map((r) => ({ value: parseResolution(r.resolution.value, lang), start: r.start, end: r.end + 1 }));
    const nums = (recog.lib.recognizeNumber(s, culture) as Array<{ start: number; end: number; resolution: { value: string } }>)
      .map((r) => ({ value: parseResolution(r.resolution.value, lang), start: r.start, end: r.end + 1 }))
      .filter((n) => !pct.some((p) => n.start < p.end && p.start < n.end));
    return [...pct, ...nums].filter((f) => Number.isFinite(f.value)).sort((a, b) => a.start - b.start);
  };
  const compromiseNumbers = (lib: any): Reader => (s) => {
    const out: Found[] = [];
    let at = 0;
    for (const n of lib(s).numbers().json() as Array<{ text: string; number?: { num?: number } }>) {
      const i = s.indexOf(n.text.trim(), at);
      const start = i < 0 ? at : i;
      at = i < 0 ? at : i + n.text.trim().length;
      if (typeof n.number?.num === 'number') out.push({ value: n.number.num, start, end: at });
    }
    return out;
  };
  const readers: Record<string, { en?: Reader; es?: Reader }> = {
    'current reader (numbers.ts)': { en: readerNumbers, es: readerNumbers },
    '@microsoft/recognizers-text-number': { en: recognizers, es: recognizers },
    'compromise .numbers()': { en: compromiseNumbers(comp.lib) },
    'es-compromise .numbers()': { es: compromiseNumbers(esComp.lib) },
  };
  const taggers: Record<string, { lang: Lang; tag: Tagger }> = {
    'wink-nlp + eng-lite-web-model': { lang: 'en', tag: winkTagger(wink.lib) },
    compromise: { lang: 'en', tag: compromiseTagger(comp.lib) },
    'es-compromise': { lang: 'es', tag: compromiseTagger(esComp.lib) },
  };

  // (a) numbers
  const numRows: string[] = [];
  const readerHits = new Map<string, boolean[]>();
  const extractorValue = new Map<string, boolean[]>();
  const extractorOk = new Map<string, boolean[]>();
  const extractorValues = new Map<string, number[]>();
  let extractorMs = 0;
  const extractorLines: string[] = [];
  for (const c of cases) {
    const t = performance.now();
    const got = extractFigures(c.title ? { title: c.title, summary: c.text } : c.text, { published: c.published, lang: c.lang });
    extractorMs += performance.now() - t;
    if (PROBE) extractorLines.push(`${c.id}: ${got.map((f) => `${f.value} "${f.metric}"`).join(', ')}`);
    extractorValues.set(c.id, got.map((f) => f.value));
    extractorValue.set(c.id, c.figures.map((e) => got.some((f) => sameValue(f.value, e.value))));
    const unmatched = [...got];
    extractorOk.set(
      c.id,
      c.figures.map((e) => {
        const i = unmatched.findIndex((f) => sameValue(f.value, e.value) && metricAccepts(e.metric, f.metric));
        if (i < 0) return false;
        unmatched.splice(i, 1);
        return true;
      }),
    );
  }
  for (const lang of ['en', 'es'] as const) {
    const cs = cases.filter((c) => c.lang === lang);
    const labels = cs.reduce((n, c) => n + c.figures.length, 0);
    for (const [name, r] of Object.entries(readers)) {
      const read = r[lang];
      if (!read) continue;
      let hits = 0;
      let extra = 0;
      let onlyLib = 0;
      let onlyReader = 0;
      let rescues = 0;
      let ms = 0;
      for (const c of cs) {
        const t = performance.now();
        const found = sentencesOf(c).flatMap((s) => read(s, lang));
        ms += performance.now() - t;
        const sc = scoreNumbers(c, found);
        if (name.startsWith('current')) readerHits.set(c.id, sc.hit);
        const base = readerHits.get(c.id)!;
        const ev = extractorValue.get(c.id)!;
        sc.hit.forEach((h, i) => {
          if (h) hits++;
          if (h && !base[i]) onlyLib++;
          if (!h && base[i]) onlyReader++;
          if (h && !base[i] && !ev[i]) rescues++;
        });
        extra += sc.extra;
      }
      numRows.push(`| ${lang} | ${name} | ${hits}/${labels} (${((100 * hits) / labels).toFixed(1)}%) | ${extra} | ${onlyLib} | ${onlyReader} | ${rescues} | ${(ms / cs.length).toFixed(2)} |`);
    }
  }

  // (b) metric heads
  const metricRows: string[] = [];
  const costRows: string[] = [];
  const samples: string[] = [];
  /** Labels the chunker gets right and the extractor does not (NLP_SAMPLES=1 prints them). */
  const gains: string[] = [];
  for (const [name, { lang, tag }] of Object.entries(taggers)) {
    const m = newMetric();
    let ms = 0;
    let sentencesTagged = 0;
    const cs = cases.filter((c) => c.lang === lang);
    for (const c of cs) {
      const sents = sentencesOf(c);
      const t = performance.now();
      const tagged = sents.map((s) => tag(s));
      ms += performance.now() - t;
      sentencesTagged += sents.length;
      const occurrences = sents.flatMap((s, si) => readerNumbers(s, lang).map((f) => ({ ...f, si, used: false })));
      const ok = extractorOk.get(c.id)!;
      const ev = extractorValue.get(c.id)!;
      c.figures.forEach((e, i) => {
        m.labels++;
        const plain = !e.unit && e.kind !== 'change';
        if (plain) m.plainLabels++;
        if (ok[i]) m.extractor++;
        if (plain && ok[i]) m.plainExtractor++;
        const o = occurrences.find((x) => !x.used && sameValue(x.value, e.value));
        if (!o) return;
        o.used = true;
        m.located++;
        const p = propose(tagged[o.si]!, o.start, o.end, lang);
        const a = (s: string | null): boolean => metricAccepts(e.metric, s);
        const combined = p.npHead ?? p.subject;
        if (a(p.npHead)) m.npHead++;
        if (a(p.npPhrase)) m.npPhrase++;
        if (a(p.subject)) m.subject++;
        if (a(combined)) m.combined++;
        const p2 = propose(tagged[o.si]!, o.start, o.end, lang, true);
        const c2 = p2.npHead ?? p2.subject;
        if (a(c2)) m.combined2++;
        if (a(c2) && !ok[i]) m.gain2++;
        if (!a(c2) && ok[i]) m.loss2++;
        if (plain && a(combined)) m.plainCombined++;
        if (a(combined) && !ok[i]) {
          m.gain++;
          gains.push(`${name} ${c.id}: ${e.value} ${JSON.stringify(e.metric)} → ${combined} (extractor ${ev[i] ? 'wrong metric' : 'no value'})`);
        }
        if (!a(combined) && ok[i]) m.loss++;
        if (a(combined) && !ev[i]) m.fallback++;
        if (!ev[i]) m.noValue++;
        if (PROBE) samples.push(`${name} ${c.id}: ${e.value} ${JSON.stringify(e.metric)} extractor ${ok[i] ? 'ok' : ev[i] ? 'wrong metric' : 'no value'} | head=${p.npHead} phrase=${p.npPhrase} subj=${p.subject} ${a(combined) ? 'OK' : ''}`);
        else if (samples.length < 400 && !a(combined) && name !== 'compromise') samples.push(`${name} ${c.id}: ${e.value} ${JSON.stringify(e.metric)} → head=${p.npHead} phrase=${p.npPhrase} subj=${p.subject}`);
      });
      const gotValues = extractorValues.get(c.id)!;
      for (const o of occurrences) {
        if (o.used || gotValues.some((v) => sameValue(v, o.value))) continue;
        const p = propose(tagged[o.si]!, o.start, o.end, lang);
        if ((p.npHead ?? p.subject) !== null) m.fallbackFp++;
      }
    }
    const pc = (n: number, d: number): string => `${n} (${((100 * n) / d).toFixed(1)}%)`;
    metricRows.push(`| ${lang} | ${name} | ${m.labels} | ${m.located} | ${pc(m.extractor, m.labels)} | ${pc(m.npHead, m.labels)} | ${pc(m.npPhrase, m.labels)} | ${pc(m.subject, m.labels)} | ${pc(m.combined, m.labels)} | +${m.gain} / −${m.loss} | ${pc(m.combined2, m.labels)} (+${m.gain2} / −${m.loss2}) | ${m.fallback} of ${m.noValue} (+${m.fallbackFp} false) | ${pc(m.plainExtractor, m.plainLabels)} vs ${pc(m.plainCombined, m.plainLabels)} |`);
    costRows.push(`| ${name} (tagging) | ${(ms / cs.length).toFixed(2)} | ${(ms / sentencesTagged).toFixed(2)} |`);
  }
  costRows.push(`| extractFigures (whole extractor, both languages) | ${(extractorMs / cases.length).toFixed(2)} | |`);

  console.log('## Load\n');
  console.log('| package | load ms (require + model) | RSS growth MB |\n|---|---|---|');
  for (const [n, l] of [['@microsoft/recognizers-text-number', recog], ['wink-nlp + wink-eng-lite-web-model', wink], ['compromise', comp], ['es-compromise', esComp]] as const) console.log(`| ${n} | ${l.ms.toFixed(0)} | ${l.rssMb.toFixed(1)} |`);
  console.log(`\n## (a) Number recognition (${cases.length} paragraphs)\n`);
  console.log('| lang | reader | labelled values found | found values no label has | found, current reader not | current reader found, it not | …and extractor lacks the value | ms / paragraph |\n|---|---|---|---|---|---|---|---|');
  console.log(numRows.join('\n'));
  console.log('\n## (b) Metric of labelled figures\n');
  console.log('| lang | tagger | labels | located | extractor right | np-head | np-phrase | subject | np-or-subj | np-or-subj vs extractor | v2 tolerant np-or-subj (vs extractor) | fallback: np-or-subj right where the extractor has no such value, of such labels (+ false figures it would add) | plain counts: extractor vs np-or-subj |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(metricRows.join('\n'));
  console.log('\n## Cost of tagging\n');
  console.log('| step | ms / paragraph | ms / sentence |\n|---|---|---|');
  console.log(costRows.join('\n'));
  if (PROBE) console.log(`\n## Extractor output on the probe\n\n${extractorLines.join('\n')}`);
  if (PROBE || process.env.NLP_SAMPLES === '1') console.log(`\n## np-or-subj right, extractor not\n\n${gains.join('\n')}`);
  if (PROBE || process.env.NLP_SAMPLES === '1') console.log(`\n## Wrong np-or-subj (sample)\n\n${samples.join('\n')}`);
}

main();
