import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { ZodError } from 'zod';
import { configSchema, type Config } from './schema';

/** Where the shipped defaults live (works from src/ under a TS runtime and from dist/). */
export const DEFAULT_CONFIG_PATH = path.resolve(__dirname, '..', '..', 'config', 'default.yaml');

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Plain = Record<string, unknown>;
const isPlainObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects are merged key by key; arrays and scalars from `over` replace those in `base`. */
export function mergeConfig(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeConfig(base[k], v);
  return out;
}

interface Source {
  file: string;
  data: unknown;
  /** Line of a field path in this file, when it is defined there. */
  lineOf(pathParts: ReadonlyArray<PropertyKey>): number | undefined;
}

/** Read a YAML (or JSON, which is YAML) file; syntax errors name file, line and column. */
export function readConfigFile(file: string, text?: string): Source {
  let raw: string;
  try {
    raw = text ?? readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config file: ${(e as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = err.linePos?.[0];
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    throw new ConfigError(`${file}${where}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  const data = doc.toJS() ?? {};
  if (!isPlainObject(data)) throw new ConfigError(`${file}: expected a mapping of settings at the top level, got ${Array.isArray(data) ? 'a list' : typeof data}`);
  return {
    file,
    data,
    lineOf(p) {
      const node = doc.getIn(p as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (!node || !node.range) return undefined;
      return lineCounter.linePos(node.range[0]).line;
    },
  };
}

function formatPath(p: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const part of p) s += typeof part === 'number' ? `[${part}]` : s ? `.${String(part)}` : String(part);
  return s || '(top level)';
}

/** Turn zod issues into "file:line: field.path: expected …" lines, naming the file that set the field. */
export function describeIssues(error: ZodError, sources: Source[]): string {
  const lines = error.issues.map((issue) => {
    const p = issue.path;
    // The last file that defines the value (or its nearest parent) is the one to fix.
    let where = sources[0]?.file ?? 'config';
    for (let depth = p.length; depth >= 0; depth--) {
      const found = [...sources].reverse().find((s) => s.lineOf(p.slice(0, depth)) !== undefined);
      if (found) {
        where = `${found.file}:${found.lineOf(p.slice(0, depth))}`;
        break;
      }
    }
    let msg = issue.message;
    if (issue.code === 'unrecognized_keys') msg = `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    else if (issue.code === 'custom' || msg.startsWith('Invalid input')) msg = msg.startsWith('Invalid') ? msg : `expected ${msg}`;
    else if (!/expected/i.test(msg)) msg = `expected ${msg}`;
    return `${where}: ${formatPath(p)}: ${msg}`;
  });
  return lines.join('\n');
}

/** Validate an already merged object (used by tests and by stores that hold runtime edits). */
export function parseConfig(data: unknown, sources: Source[] = []): Config {
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(`invalid configuration:\n${describeIssues(result.error, sources)}`);
  return result.data;
}

/** Load config/default.yaml, merge FILE over it, validate. Throws ConfigError naming file, field and expectation. */
export function loadConfig(file?: string, opts: { defaultsPath?: string } = {}): Config {
  const sources = [readConfigFile(opts.defaultsPath ?? DEFAULT_CONFIG_PATH)];
  if (file) sources.push(readConfigFile(file));
  const merged = sources.map((s) => s.data).reduce((acc, d) => mergeConfig(acc, d), {} as unknown);
  return parseConfig(merged, sources);
}
