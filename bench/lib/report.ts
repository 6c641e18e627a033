/**
 * What a benchmark section hands back, and how it is shown: a table printed to the terminal and the same
 * table as Markdown for BENCHMARKS.md. Every section carries its baseline as a row or column of the table.
 */
export type Cell = string | number;

export interface Table {
  title?: string;
  headers: string[];
  rows: Cell[][];
}

/** A figure compared with its target: `ok` false means the target was missed (reported, never hidden). */
export interface Verdict {
  figure: string;
  value: string;
  target: string;
  ok: boolean;
}

export interface SectionResult {
  id: string;
  title: string;
  tables: Table[];
  verdicts: Verdict[];
  /** Plain sentences: what limits a figure, what is derived rather than measured, parameters. */
  notes: string[];
  seconds?: number;
}

const fmtCell = (c: Cell): string => (typeof c === 'number' ? fmtNum(c) : c);

/** Numbers with a sensible number of digits for a table. */
export function fmtNum(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a === 0) return '0';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  if (a >= 1000) return Math.round(n).toLocaleString('en-US');
  if (a >= 100) return n.toFixed(0);
  if (a >= 10) return n.toFixed(1);
  if (a >= 1) return n.toFixed(2);
  return n.toPrecision(2);
}

export function printTable(t: Table): void {
  const cells = [t.headers, ...t.rows.map((r) => r.map(fmtCell))];
  const widths = t.headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  if (t.title) console.log(`\n  ${t.title}`);
  console.log(line(t.headers));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

export function printSection(s: SectionResult): void {
  console.log(`\n=== ${s.title}${s.seconds !== undefined ? ` (${s.seconds.toFixed(0)} s)` : ''} ===`);
  for (const t of s.tables) printTable(t);
  if (s.verdicts.length) {
    console.log('');
    for (const v of s.verdicts) console.log(`  ${v.ok ? 'MET   ' : 'MISSED'}  ${v.figure}: ${v.value} (target ${v.target})`);
  }
  for (const n of s.notes) console.log(`  note: ${n}`);
}

export function markdownTable(t: Table): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const head = `| ${t.headers.map(esc).join(' | ')} |`;
  const sep = `|${t.headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  const body = t.rows.map((r) => `| ${r.map((c) => esc(fmtCell(c))).join(' | ')} |`);
  return [t.title ? `**${t.title}**\n` : '', head, sep, ...body].filter((l) => l !== '').join('\n');
}

export function markdownSection(s: SectionResult): string {
  const out: string[] = [`### ${s.title}`, ''];
  for (const t of s.tables) out.push(markdownTable(t), '');
  if (s.verdicts.length) {
    out.push('| Figure | Measured | Target | |', '| --- | ---: | ---: | --- |');
    for (const v of s.verdicts) out.push(`| ${v.figure} | ${v.value} | ${v.target} | ${v.ok ? 'met' : '**missed**'} |`);
    out.push('');
  }
  for (const n of s.notes) out.push(`- ${n}`);
  if (s.notes.length) out.push('');
  return out.join('\n');
}
