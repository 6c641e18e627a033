import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ZodError } from 'zod';
import { configSchema, type Config } from './schema';

/** Where the shipped defaults live (works from src/ under a TS runtime and from dist/). */
export const DEFAULT_CONFIG_PATH = path.resolve(__dirname, '..', '..', 'config', 'default.yaml');

/**
 * The defaults already read, written by the build (`npm run build`: config/default-snapshot.ts) next to this
 * module in dist/: `{ sha256, data }`, data being what the YAML reader gives for config/default.yaml. It is
 * used only while the YAML's text still hashes to `sha256` (an edited default.yaml is read again); the YAML is
 * then parsed only if a field must be located (an error). Absent under a TS runtime (src/): the YAML is read.
 */
export const DEFAULT_SNAPSHOT_PATH = path.join(__dirname, 'default.snapshot.json');

export interface ConfigSnapshot {
  sha256: string;
  data: Record<string, unknown>;
  /** The keyword queries of `data` (rules and exclusions) that the build parsed without a syntax error. */
  checkedQueries?: string[];
}

export const sha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

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

export interface Source {
  file: string;
  data: unknown;
  /** Line of a field path in this file, when it is defined there. */
  lineOf(pathParts: ReadonlyArray<PropertyKey>): number | undefined;
  /** The value's text as written in the file (a scalar's source), when it is defined there. */
  rawOf?(pathParts: ReadonlyArray<PropertyKey>): string | undefined;
  /** Keyword queries already known to parse (the defaults' snapshot: checked at build time). */
  checkedQueries?: ReadonlySet<string>;
}

/** 1-based line and column of a character offset. */
function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/**
 * JSON is read by the YAML parser (JSON is YAML), which accepts what JSON does not (trailing commas,
 * comments, unquoted keys). A .json file must be JSON: parse it strictly first, naming line and column.
 */
function checkStrictJson(file: string, raw: string): void {
  try {
    JSON.parse(raw);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    const trailing = at ? /,\s*$/.test(raw.slice(0, Number(at[1]))) && /^[\]}]/.test(raw.slice(Number(at[1]))) : false;
    const pos = at ? lineCol(raw, Number(at[1])) : undefined;
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    const why = trailing ? 'a trailing comma (JSON allows none after the last item)' : msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '');
    throw new ConfigError(`${file}${where}: invalid JSON: ${why}`);
  }
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
  const raw = readText(file, text);
  if (/\.json$/i.test(file)) checkStrictJson(file, raw);
  const json = /^\s*\{/.test(raw) ? parseJsonObject(raw) : undefined;
  if (json !== undefined) {
    let located: Source | undefined;
    // Lines and raw text only when an error is reported: the YAML parse (with positions) is the slow part.
    const yaml = () => (located ??= readYaml(file, raw));
    return { file, data: json, lineOf: (p) => yaml().lineOf(p), rawOf: (p) => yaml().rawOf?.(p) };
  }
  return readYaml(file, raw);
}

function readText(file: string, text?: string): string {
  try {
    return text ?? readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot read config file: ${(e as Error).message}`);
  }
}

/** The snapshot at `snapshotPath` when it is one of `raw` (same SHA-256), else undefined. */
function snapshotOf(raw: string, snapshotPath: string): ConfigSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(snapshotPath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const snap = JSON.parse(text) as ConfigSnapshot;
    return snap.sha256 === sha256Of(raw) && isPlainObject(snap.data) ? snap : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Read the defaults file: from its build-time snapshot (`snapshotPath`) while that matches the file's text,
 * else as any config file. Either way lines and raw text come from the file itself (parsed when asked).
 */
export function readDefaultsFile(file: string, snapshotPath: string = DEFAULT_SNAPSHOT_PATH): Source {
  const raw = readText(file);
  const snap = snapshotOf(raw, snapshotPath);
  if (!snap) return readConfigFile(file, raw);
  let located: Source | undefined;
  const yaml = () => (located ??= readYaml(file, raw));
  const checkedQueries = Array.isArray(snap.checkedQueries) ? new Set(snap.checkedQueries) : undefined;
  return { file, data: snap.data, lineOf: (p) => yaml().lineOf(p), rawOf: (p) => yaml().rawOf?.(p), ...(checkedQueries ? { checkedQueries } : {}) };
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

/** What the YAML reader makes of a file's text (the defaults snapshot is this, written at build time). */
export function readYaml(file: string, raw: string): Source {
  // Loaded only here: a run whose files are JSON (or the defaults' snapshot) never loads the YAML reader.
  const { parseDocument, LineCounter } = require('yaml') as typeof import('yaml');
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
    rawOf(p) {
      const node = doc.getIn(p as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (!node || !node.range) return undefined;
      return raw.slice(node.range[0], node.range[1]);
    },
  };
}

type Path = ReadonlyArray<PropertyKey>;
const valueAt = (data: unknown, p: Path): unknown =>
  p.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as string] : undefined), data);

/**
 * The file (and line) a merged value came from. Mappings are merged key by key, so a field can come
 * from any file; a list or a single value replaces, so everything under it comes from the file that set
 * it (a feed without a name in your file is your file's mistake, never the defaults').
 */
export function locate(sources: Source[], p: Path): { source: Source; line: number } | undefined {
  let candidates = sources;
  let found: { source: Source; line: number } | undefined;
  for (let depth = 1; depth <= p.length; depth++) {
    const prefix = p.slice(0, depth);
    const defining = candidates.filter((s) => s.lineOf(prefix) !== undefined);
    if (defining.length === 0) break;
    const owner = defining[defining.length - 1]!;
    found = { source: owner, line: owner.lineOf(prefix)! };
    candidates = isPlainObject(valueAt(owner.data, prefix)) ? defining : [owner];
  }
  if (!found && candidates.length) {
    const last = candidates[candidates.length - 1]!;
    found = { source: last, line: last.lineOf([]) ?? 1 };
  }
  return found;
}

/** "file:line" of a field path, for messages about values the schema accepted but the checks refuse. */
export function whereIs(sources: Source[], p: Path): string {
  const at = locate(sources, p);
  return at ? `${at.source.file}:${at.line}` : (sources[sources.length - 1]?.file ?? 'config');
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
    // The file that set the value (or its nearest parent) is the one to fix.
    const at = locate(sources, p);
    const where = at ? `${at.source.file}:${at.line}` : (sources[0]?.file ?? 'config');
    let msg = issue.message;
    if (issue.code === 'unrecognized_keys') msg = `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    else if (issue.code === 'custom' || msg.startsWith('Invalid input')) msg = msg.startsWith('Invalid') ? msg : `expected ${msg}`;
    else if (!/expected/i.test(msg)) msg = `expected ${msg}`;
    // An id written as a bare number: YAML reads a number (and a Discord id loses its last digits).
    if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof valueAt(at?.source.data, p) === 'number') {
      const rawText = at?.source.rawOf?.(p) ?? String(valueAt(at?.source.data, p));
      msg += `; quote it: "${rawText}" (an unquoted number is read as a number, and a Discord id that long loses its last digits)`;
    }
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

/** Load config/default.yaml, merge FILE over it, validate; also returns the files read (for `whereIs`). */
export function loadConfigSources(file?: string, opts: { defaultsPath?: string; snapshotPath?: string } = {}): { config: Config; sources: Source[] } {
  const sources = [readDefaultsFile(opts.defaultsPath ?? DEFAULT_CONFIG_PATH, opts.snapshotPath)];
  if (file) sources.push(readConfigFile(file));
  const merged = sources.map((s) => s.data).reduce((acc, d) => mergeConfig(acc, d), {} as unknown);
  return { config: parseConfig(merged, sources), sources };
}

/** Load config/default.yaml, merge FILE over it, validate. Throws ConfigError naming file, field and expectation. */
export function loadConfig(file?: string, opts: { defaultsPath?: string; snapshotPath?: string } = {}): Config {
  return loadConfigSources(file, opts).config;
}
