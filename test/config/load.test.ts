import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, mergeConfig } from '../../src/config/load';
import { effectiveFeeds, effectiveKeywords } from '../../src/config/effective';
import { emptyAdminEdits } from '../../src/store/types';
import { readEnv, resolveWebhook } from '../../src/config/env';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-config-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('mergeConfig', () => {
  test('objects merge key by key; arrays and scalars replace', () => {
    expect(mergeConfig({ a: { x: 1, y: 2 }, l: [1, 2], s: 'a' }, { a: { y: 3 }, l: [9], s: 'b' })).toEqual({ a: { x: 1, y: 3 }, l: [9], s: 'b' });
  });
});

describe('loadConfig', () => {
  test('defaults load: curated EN and ES feeds, each named, and a keyword profile', () => {
    const c = loadConfig();
    expect(c.feeds.length).toBeGreaterThanOrEqual(15);
    expect(c.feeds.every((f) => f.name.length > 0)).toBe(true);
    expect(new Set(c.feeds.map((f) => f.lang))).toEqual(new Set(['en', 'es']));
    expect(c.keywords.rules.length).toBeGreaterThan(3);
    expect(c.fetch).toMatchObject({ intervalMinutes: 5, timeoutMs: 15000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 });
  });

  test('a file holding only feeds keeps the default keyword profile and fetch settings', () => {
    const defaults = loadConfig();
    const c = loadConfig(file('feeds-only.yaml', 'feeds:\n  - { url: "https://example.org/feed", name: Example }\n'));
    expect(c.feeds).toEqual([{ url: 'https://example.org/feed', name: 'Example' }]);
    expect(c.keywords).toEqual(defaults.keywords);
    expect(c.fetch).toEqual(defaults.fetch);
  });

  test('nested settings merge: one fetch key changed, the others kept', () => {
    const c = loadConfig(file('fetch.yaml', 'fetch:\n  timeoutMs: 3000\n'));
    expect(c.fetch.timeoutMs).toBe(3000);
    expect(c.fetch.maxRedirects).toBe(5);
  });

  test('JSON is accepted', () => {
    const c = loadConfig(file('c.json', JSON.stringify({ fetch: { intervalMinutes: 10 }, subscriptions: [{ platform: 'slack', channel: 'C1', mode: 'instant' }] })));
    expect(c.fetch.intervalMinutes).toBe(10);
    expect(c.subscriptions[0]).toMatchObject({ platform: 'slack', channel: 'C1', mode: 'instant', timezone: 'UTC' });
  });

  test('a JSON file (read with JSON.parse) still has its errors located by line', () => {
    const p = file('bad.json', '{\n  "fetch": {\n    "timeoutMs": "soon"\n  },\n  "feeds": [{ "url": "https://example.org/feed", "name": "E" }]\n}\n');
    expect(() => loadConfig(p)).toThrow(`${p}:3: fetch.timeoutMs:`);
  });

  test('a JSON file with a duplicate key is refused as in YAML, with its line (JSON.parse alone would keep the last)', () => {
    const p = file('dup.json', '{\n  "fetch": { "timeoutMs": 3000 },\n  "fetch": { "timeoutMs": 4000 }\n}\n');
    expect(() => loadConfig(p)).toThrow(new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: invalid YAML: Map keys must be unique`));
    // Keys that only look alike (escaped quote, other nesting levels) are not duplicates.
    const ok = file('nodup.json', JSON.stringify({ fetch: { timeoutMs: 3000 }, feeds: [{ url: 'https://e.org/"fetch"', name: 'fetch' }], keyPrefix: 'a\\"b:' }));
    expect(loadConfig(ok).fetch.timeoutMs).toBe(3000);
  });

  test('errors name the file, the line, the field path and what was expected', () => {
    const p = file('bad.yaml', 'fetch:\n  timeoutMs: "soon"\nsubscriptions:\n  - platform: teams\n    channel: x\n');
    let err: unknown;
    try {
      loadConfig(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain(`${p}:2: fetch.timeoutMs`);
    expect(msg).toMatch(/number/);
    expect(msg).toContain(`${p}:4: subscriptions[0].platform`);
    expect(msg).toMatch(/discord.*slack/);
  });

  test('unknown fields, invalid YAML, missing files and bad time zones are reported', () => {
    expect(() => loadConfig(file('unknown.yaml', 'fetch:\n  timeout: 5\n'))).toThrow(/fetch: unknown field\(s\) "timeout"/);
    expect(() => loadConfig(file('syntax.yaml', 'feeds: [\n  - a\n'))).toThrow(/syntax\.yaml:\d+:\d+: invalid YAML/);
    expect(() => loadConfig(path.join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: cannot read config file/);
    expect(() => loadConfig(file('tz.yaml', 'subscriptions:\n  - { platform: discord, channel: "1", mode: digest, schedule: "0 8 * * *", timezone: Mars/Olympus }\n'))).toThrow(
      /subscriptions\[0\]\.timezone: expected an IANA time zone/,
    );
    expect(() => loadConfig(file('nochan.yaml', 'subscriptions:\n  - { platform: discord, mode: instant }\n'))).toThrow(/either "channel" or "webhook"/);
    expect(() => loadConfig(file('list.yaml', '- a\n- b\n'))).toThrow(/expected a mapping/);
  });
});

describe('admin edits over the file', () => {
  test('feeds added and removed, rules added and removed by name or query', () => {
    const c = loadConfig(file('e.yaml', 'feeds:\n  - { url: "https://a.example/feed", name: A }\n  - { url: "https://b.example/feed", name: B }\nkeywords:\n  rules:\n    - { name: one, match: asylum }\n    - { name: two, match: deport* }\n'));
    const edits = { ...emptyAdminEdits(), feedsAdded: [{ url: 'https://c.example/feed', name: 'C' }], feedsRemoved: ['https://a.example/feed'], rulesAdded: ['"border wall"'], rulesRemoved: ['one'] };
    expect(effectiveFeeds(c, edits).map((f) => f.name)).toEqual(['B', 'C']);
    expect(effectiveKeywords(c, edits).rules.map((r) => r.match)).toEqual(['deport*', '"border wall"']);
  });
});

describe('environment', () => {
  test('API bases default to the real platforms and can be pointed elsewhere', () => {
    const d = readEnv({});
    expect(d.discord.apiBase).toBe('https://discord.com/api');
    expect(d.slack.apiUrl).toBe('https://slack.com/api/');
    expect(d.role).toBe('all');
    const e = readEnv({ DISCORD_API_BASE: 'http://127.0.0.1:9/api', SLACK_API_URL: 'http://127.0.0.1:9/api/', SLACK_APP_TOKEN: 'xapp-1', BORDERWATCH_ROLE: 'worker' });
    expect(e.discord.apiBase).toBe('http://127.0.0.1:9/api');
    expect(e.slack.socketMode).toBe(true);
    expect(e.role).toBe('worker');
    expect(() => readEnv({ BORDERWATCH_ROLE: 'boss' })).toThrow(/BORDERWATCH_ROLE/);
  });

  test('webhooks can be read from the environment by name', () => {
    expect(resolveWebhook('env:HOOK', { HOOK: 'https://hooks.slack.com/services/T/B/x' })).toBe('https://hooks.slack.com/services/T/B/x');
    expect(resolveWebhook('env:MISSING', {})).toBeUndefined();
    expect(resolveWebhook('https://hooks.slack.com/services/T/B/x', {})).toBeUndefined();
  });

  test('a webhook URL written into a config file is refused: it is a secret', () => {
    expect(() => loadConfig(file('hook.yaml', 'subscriptions:\n  - { platform: slack, webhook: "https://hooks.slack.com/services/T/B/x", mode: instant }\n'))).toThrow(
      /subscriptions\[0\]\.webhook: .*env:NAME/,
    );
  });
});
