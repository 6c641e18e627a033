/**
 * Build step (`npm run build`, run by `npm ci` through `prepare`): read config/default.yaml once with the YAML
 * reader every config file goes through and write what it gives, with the SHA-256 of the YAML's text, to
 * dist/config/default.snapshot.json. At run time (load.ts) the snapshot stands in for the YAML parse while
 * the text still hashes the same, so a one-shot run loads neither the YAML reader nor parses 50 KB of YAML.
 * It also lists the keyword queries of the defaults that parse, which the config check then does not parse again.
 * Never edit the snapshot: it is regenerated from the YAML on every build. A YAML that does not read, or a
 * value JSON cannot hold, writes no snapshot (the YAML is then read at run time, and reports its errors).
 *
 *   node dist/config/default-snapshot.js [DEFAULTS.yaml [OUT.json]]
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseRule } from '../relevance';
import { DEFAULT_CONFIG_PATH, DEFAULT_SNAPSHOT_PATH, readYaml, sha256Of, type ConfigSnapshot } from './load';

/** The keyword queries of a config's data (rule matches and exclusions) that parse: checkRules skips those. */
function parsingQueries(data: unknown): string[] {
  const keywords = (data as { keywords?: { rules?: unknown; exclude?: unknown } }).keywords;
  const rules = Array.isArray(keywords?.rules) ? keywords.rules.map((r) => (r as { match?: unknown })?.match) : [];
  const exclude = Array.isArray(keywords?.exclude) ? keywords.exclude : [];
  const out = new Set<string>();
  for (const q of [...rules, ...exclude]) {
    if (typeof q !== 'string') continue;
    try {
      parseRule(q);
      out.add(q);
    } catch {
      // Not listed: checked (and reported with its file and line) at run time.
    }
  }
  return [...out];
}

/** Write the snapshot of `yamlPath` to `outPath`; returns why none was written, or undefined when one was. */
export function writeDefaultsSnapshot(yamlPath: string = DEFAULT_CONFIG_PATH, outPath: string = DEFAULT_SNAPSHOT_PATH): string | undefined {
  rmSync(outPath, { force: true });
  if (!existsSync(yamlPath)) return `${yamlPath} not found`;
  const raw = readFileSync(yamlPath, 'utf8');
  let data: unknown;
  try {
    data = readYaml(yamlPath, raw).data;
  } catch (e) {
    return (e as Error).message;
  }
  const snapshot: ConfigSnapshot = { sha256: sha256Of(raw), data: data as Record<string, unknown>, checkedQueries: parsingQueries(data) };
  const json = JSON.stringify(snapshot);
  if (!isDeepStrictEqual((JSON.parse(json) as ConfigSnapshot).data, data)) return `${yamlPath} holds a value JSON cannot represent`;
  writeFileSync(`${outPath}.tmp`, json);
  renameSync(`${outPath}.tmp`, outPath);
  return undefined;
}

if (require.main === module) {
  const [yamlPath, outPath] = process.argv.slice(2);
  const why = writeDefaultsSnapshot(yamlPath, outPath);
  // Not fatal: without a snapshot the defaults are read from the YAML at run time, as under a TS runtime.
  if (why) process.stderr.write(`default-snapshot: no snapshot written (${why}); the YAML is read at run time\n`);
}
