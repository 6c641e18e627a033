/**
 * Writes results into BENCHMARKS.md between `<!-- bench:generated:begin -->` and `<!-- bench:generated:end -->`,
 * keeping the hand-written text around them. Each section has its own markers, so `--only SECTION`
 * replaces that section and leaves the others as the last run wrote them; every section block names the
 * date and machine it was measured on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECTION_IDS } from './args';
import type { Machine } from './machine';
import { markdownSection, type SectionResult } from './report';

export const BENCHMARKS_FILE = path.resolve(__dirname, '..', '..', 'BENCHMARKS.md');
const BEGIN = '<!-- bench:generated:begin -->';
const END = '<!-- bench:generated:end -->';
const sectionBegin = (id: string) => `<!-- bench:section:${id}:begin -->`;
const sectionEnd = (id: string) => `<!-- bench:section:${id}:end -->`;

export function machineLine(m: Machine): string {
  return `${m.nproc} CPU (${m.cpuModel}), ${m.memoryGb} GB RAM, Node ${m.node}, Redis ${m.redis}, ${m.os}`;
}

function existingSections(generated: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of SECTION_IDS) {
    const b = generated.indexOf(sectionBegin(id));
    const e = generated.indexOf(sectionEnd(id));
    if (b >= 0 && e > b) out.set(id, generated.slice(b + sectionBegin(id).length, e).trim());
  }
  return out;
}

export function writeBenchmarksMd(run: { machine: Machine; results: SectionResult[]; quick: boolean; partial: boolean; seconds: number }, file = BENCHMARKS_FILE): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  let b = text.indexOf(BEGIN);
  let e = text.indexOf(END);
  let before: string;
  let after: string;
  if (b < 0 || e < b) {
    before = `${text.trimEnd()}\n\n`;
    after = '\n';
    b = -1;
    e = -1;
  } else {
    before = text.slice(0, b);
    after = text.slice(e + END.length);
  }
  const sections = b >= 0 ? existingSections(text.slice(b + BEGIN.length, e)) : new Map<string, string>();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  for (const r of run.results) {
    const stamp = `_Measured ${date}${run.quick ? ' (quick run: smaller sizes)' : ''} on ${machineLine(run.machine)}; section took ${r.seconds?.toFixed(0) ?? '?'} s._`;
    sections.set(r.id, `${markdownSection(r)}\n${stamp}`);
  }
  const header = [
    `Last run: ${date}${run.partial ? ' (some sections only)' : ''}${run.quick ? ', quick' : ''}, ${run.seconds.toFixed(0)} s in all.`,
    '',
    `Machine: ${machineLine(run.machine)}.`,
    '',
  ].join('\n');
  const body = SECTION_IDS.filter((id) => sections.has(id))
    .map((id) => `${sectionBegin(id)}\n${sections.get(id)}\n${sectionEnd(id)}`)
    .join('\n\n');
  writeFileSync(file, `${before}${BEGIN}\n${header}\n${body}\n${END}${after}`);
  return file;
}
