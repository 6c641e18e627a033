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

/**
 * True when some JSON object in `text` (already known to be valid JSON) has the same key twice. JSON.parse
 * would silently keep the last one, where the YAML reader refuses it with its line: such text takes that path.
 */
function jsonHasDuplicateKeys(text: string): boolean {
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] instanceof Set;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (expectKey) {
        const keys = stack[stack.length - 1]!;
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return false;
}

/**
 * Read a YAML (or JSON, which is YAML) file; syntax errors name file, line and column. Plain JSON without
 * duplicate keys (a generated config listing thousands of feeds) is read with JSON.parse, which costs a
 * fraction of the YAML reader's memory; its YAML document is built only if a field must be located (an error).
 */
export function readConfigFile(file: string, text?: string): Source {
  let raw: string;
  try {
    raw = text ?? readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config file: ${(e as Error).message}`);
  }
  const json = /^\s*\{/.test(raw) ? parseJsonObject(raw) : undefined;
  if (json !== undefined) {
    let located: Source | undefined;
    return { file, data: json, lineOf: (p) => (located ??= readYaml(file, raw)).lineOf(p) };
  }
  return readYaml(file, raw);
}

/** The object in `raw` when it is plain JSON without duplicate keys, else undefined (the YAML reader decides). */
function parseJsonObject(raw: string): Plain | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  return isPlainObject(data) && !jsonHasDuplicateKeys(raw) ? data : undefined;
}

function readYaml(file: string, raw: string): Source {
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
