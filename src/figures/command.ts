/**
 * `borderwatch figures [FILE|-] [--json] [--published YYYY-MM-DD] [--lang en|es]`: print the key figures
 * of an article's text. A first line standing alone (followed by a blank line) is read as the title.
 * Exit codes: 0 ok (figures or none), 2 bad arguments or unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Figure } from '../model';
import { extractFigures } from './extract';

export const FIGURES_USAGE = `Usage: borderwatch figures [FILE|-] [--json] [--published YYYY-MM-DD] [--lang en|es]
  Print the key figures found in an article's text (FILE, or standard input when FILE is "-" or absent).
  --json              print one JSON array of figure objects
  --published DATE    publish date used to resolve "in November", "last week" (default: today)
  --lang en|es        language of the text (default: detected)`;

export interface FiguresIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Split "Title\n\nBody" into title and content; otherwise everything is content. */
export function splitArticle(text: string): { title?: string; content: string } {
  const m = /^\s*([^\n]{1,200})\n\s*\n([\s\S]*)$/.exec(text);
  if (m && !/[.!?]["”']?\s*$/.test(m[1])) return { title: m[1].trim(), content: m[2] };
  return { content: text };
}

/** One figure as a line of the human-readable listing. */
export function formatFigure(f: Figure, index: number): string {
  const details = [
    `value ${f.value}${f.unit ? ` ${f.unit}` : ''}`,
    `metric ${f.metric}`,
    f.qualifier ? `qualifier ${f.qualifier}` : '',
    f.per ? `per ${f.per}` : '',
    f.scope ? `scope ${f.scope}` : '',
    f.period ? `period ${f.period}` : '',
    f.source ? `source ${f.source}` : '',
  ].filter(Boolean);
  return `${index + 1}. ${f.text}\n   ${details.join(' · ')}`;
}

/** Run the figures subcommand; returns the exit code. */
export async function runFiguresCommand(argv: string[], io: FiguresIO): Promise<number> {
  const usage = (msg: string): number => {
    io.stderr.write(`borderwatch figures: ${msg}\n\n${FIGURES_USAGE}\n`);
    return 2;
  };
  let values: { json?: boolean; published?: string; lang?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, published: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    return usage((e as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${FIGURES_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) return usage(`expected at most one FILE, got ${positionals.length}`);
  if (values.published !== undefined && !isValidDate(values.published)) return usage(`--published must be a date YYYY-MM-DD, got "${values.published}"`);
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'es') return usage(`--lang must be "en" or "es", got "${values.lang}"`);

  const file = positionals[0];
  let text: string;
  try {
    text = !file || file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    io.stderr.write(`borderwatch figures: cannot read ${file}: ${why}\n`);
    return 2;
  }
  const figures = extractFigures(splitArticle(text), {
    published: values.published,
    lang: values.lang as 'en' | 'es' | undefined,
  });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  }
  if (!figures.length) {
    io.stdout.write('No key figures found.\n');
    return 0;
  }
  io.stdout.write(`${figures.map(formatFigure).join('\n')}\n`);
  return 0;
}
