/**
 * Configuration mistakes are refused with the file and line they came from, the field, and what to do:
 * values blamed on the file that set them (never the defaults for a mistake in yours), keyword-rule
 * errors, unknown rule names, feeds listed twice, non-IANA zones, JSON trailing commas, unquoted ids,
 * admin alerts with nowhere to go, and `env:NAME` secrets that are not set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCheckedConfig, feedUrlKey } from '../../src/config/check';
import { ConfigError, DEFAULT_CONFIG_PATH } from '../../src/config/load';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-checks-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

test('a feed without a name in your file is reported against your file and line, not config/default.yaml', () => {
  const f = file('noname.yaml', '# my feeds\nfeeds:\n  - url: https://a.example/feed\n    lang: en\n');
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toContain(`${f}:3: feeds[0].name`);
  expect(msg).not.toContain(DEFAULT_CONFIG_PATH);
});

test('a value set in your file is blamed on its own line; a mapping merged with the defaults still finds it', () => {
  const f = file('fetch.yaml', 'fetch:\n  timeoutMs: 3000\n  maxRedirects: 99\n');
  expect(errorOf(() => loadCheckedConfig(f))).toContain(`${f}:3: fetch.maxRedirects`);
});

test('keyword-rule syntax errors name file, line, field and position (README format)', () => {
  const f = file('rules.yaml', 'keywords:\n  rules:\n    - name: ok\n      match: asylum\n    - name: broken\n      match: "border AND (wall OR"\n');
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toMatch(new RegExp(`^invalid keyword rules:\\n${f.replace(/[.\\/]/g, '\\$&')}:6: keywords\\.rules\\[1\\]\\.match: "border AND \\(wall OR": position \\d+: expected`));
});

test('keywords.remove and mention.rules must name rules that exist', () => {
  const f = file(
    'refs.yaml',
    [
      'subscriptions:',
      '  - platform: discord',
      '    channel: "123456789012345678"',
      '    mode: instant',
      '    keywords:',
      '      add: ["\\"Title 42\\""]',
      '      remove: [remittances, wildlife-trap-rule-name]',
      '    mention:',
      '      id: "987654321098765432"',
      '      rules: [deaths, asylum-en, remittances, "\\"Title 42\\""]',
      '',
    ].join('\n'),
  );
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toContain(`${f}:7: subscriptions[0].keywords.remove[1]: no keyword rule is named "wildlife-trap-rule-name"`);
  expect(msg).toContain(`${f}:10: subscriptions[0].mention.rules[0]: no keyword rule is named "deaths"`);
  expect(msg).toContain('subscriptions[0].mention.rules[2]: this subscription removes that rule');
  expect(msg).not.toMatch(/remove\[0\]|rules\[1\]|rules\[3\]/); // existing names and the sub's own added query are fine
  // The README's subscription example names rules that exist.
  const ok = file('refs-ok.yaml', 'subscriptions:\n  - { platform: discord, channel: "1", mode: instant, keywords: { remove: [remittances] }, mention: { id: "2", rules: [us-mexico-border] } }\n');
  expect(loadCheckedConfig(ok).subscriptions).toHaveLength(1);
});

test('a feed listed twice is refused, also under another spelling of the same host', () => {
  expect(feedUrlKey('http://2130706433/feed')).toBe(feedUrlKey('http://127.0.0.1/feed'));
  expect(feedUrlKey('http://0x7f000001:80/feed')).toBe(feedUrlKey('http://127.0.0.1/feed'));
  const f = file('dup.yaml', 'feeds:\n  - { name: A, url: "https://News.example/feed" }\n  - { name: B, url: "https://b.example/feed" }\n  - { name: C, url: "https://news.example:443/feed" }\n');
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toContain(`${f}:4: feeds[2].url: the same feed as feeds[0] (${f}:2)`);
});

test('a time zone that is not IANA (CST) is refused with the zone to use', () => {
  const f = file('cst.yaml', 'subscriptions:\n  - platform: discord\n    channel: "1"\n    mode: digest\n    schedule: "0 8 * * *"\n    timezone: CST\n');
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toContain(`${f}:6: subscriptions[0].timezone: expected an IANA time zone such as "America/Chicago" (for CST: "America/Chicago")`);
  const utc = file('utc.yaml', 'subscriptions:\n  - { platform: discord, channel: "1", mode: digest, schedule: "0 8 * * *", timezone: UTC }\n');
  expect(loadCheckedConfig(utc).subscriptions[0]!.timezone).toBe('UTC');
});

test('trailing commas in a JSON file are refused with line and column', () => {
  const f = file('c.json', '{\n  "fetch": { "intervalMinutes": 10, },\n  "feeds": []\n}\n');
  expect(errorOf(() => loadCheckedConfig(f))).toMatch(new RegExp(`^${f.replace(/[.\\/]/g, '\\$&')}:2:\\d+: invalid JSON: a trailing comma`));
  const ok = file('ok.json', '{ "fetch": { "intervalMinutes": 10 } }');
  expect(loadCheckedConfig(ok).fetch.intervalMinutes).toBe(10);
});

test('an unquoted numeric Discord channel id gets a hint to quote it, with the digits as written', () => {
  const f = file('unquoted.yaml', 'subscriptions:\n  - platform: discord\n    channel: 123456789012345678\n    mode: instant\n');
  const msg = errorOf(() => loadCheckedConfig(f));
  expect(msg).toContain(`${f}:3: subscriptions[0].channel:`);
  expect(msg).toContain('quote it: "123456789012345678"');
});

test('adminAlerts without a channel or webhook is refused', () => {
  const f = file('alerts.yaml', 'adminAlerts:\n  platform: slack\n');
  expect(errorOf(() => loadCheckedConfig(f))).toMatch(/alerts\.yaml:2: adminAlerts\.channel: expected either "channel" or "webhook"/);
});

test('env:NAME that is not set is refused when the environment is checked', () => {
  const f = file('hook.yaml', 'subscriptions:\n  - { platform: slack, webhook: env:MY_SLACK_HOOK, mode: instant }\nadminAlerts: { platform: discord, webhook: env:MY_ALERT_HOOK }\n');
  expect(loadCheckedConfig(f).subscriptions).toHaveLength(1); // not checked without an environment (dry run)
  const msg = errorOf(() => loadCheckedConfig(f, { env: { MY_ALERT_HOOK: 'https://discord.example/x' } }));
  expect(msg).toContain(`${f}:2: subscriptions[0].webhook: env:MY_SLACK_HOOK: the environment variable MY_SLACK_HOOK is not set`);
  expect(msg).not.toContain('MY_ALERT_HOOK');
  expect(errorOf(() => loadCheckedConfig(f, { env: { MY_SLACK_HOOK: 'x' } }))).toContain('adminAlerts.webhook: env:MY_ALERT_HOOK');
  expect(loadCheckedConfig(f, { env: { MY_SLACK_HOOK: 'x', MY_ALERT_HOOK: 'y' } }).subscriptions).toHaveLength(1);
});
