import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runFiguresCommand } from '../../src/figures/command';

async function run(argv: string[], stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runFiguresCommand(argv, { stdin: Readable.from([Buffer.from(stdinText)]), stdout, stderr });
  return { code, out, err };
}

const ARTICLE = `Border apprehensions fall in November

Border Patrol agents made more than 190,000 apprehensions between ports of entry in November, according to CBP. The Title 42 policy ended in May.
`;

describe('borderwatch figures', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-figures-'));
  const file = path.join(dir, 'article.txt');
  writeFileSync(file, ARTICLE);

  it('--json prints exactly one JSON array of figures', async () => {
    const r = await run([file, '--json', '--published', '2023-12-05']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const parsed = JSON.parse(r.out);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ value: 190000, metric: 'apprehensions', qualifier: 'more than', period: '2023-11', source: 'CBP', scope: 'between ports of entry', per: null, unit: null });
  });

  it('prints a human-readable listing by default, reading stdin for "-"', async () => {
    const r = await run(['-', '--published', '2023-12-05', '--lang', 'es'], 'El INM informó que detuvo a 7.500 personas el mes pasado.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('1. 7.500 personas');
    expect(r.out).toContain('metric personas');
    expect(r.out).toContain('period 2023-11');
    expect(r.out).toContain('source INM');
  });

  it('says so when there are no figures', async () => {
    const r = await run([], 'Nothing to count here.');
    expect(r.code).toBe(0);
    expect(r.out).toBe('No key figures found.\n');
    const j = await run(['--json'], 'Nothing to count here.');
    expect(JSON.parse(j.out)).toEqual([]);
  });

  it.each([
    [['--bogus']],
    [['--published', '2023-13-40']],
    [['--published', 'yesterday']],
    [['--lang', 'fr']],
    [['a.txt', 'b.txt']],
  ])('bad arguments %j → usage on stderr, exit 2', async (argv) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Usage: borderwatch figures');
  });

  it('missing file → clear error, exit 2', async () => {
    const r = await run([path.join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot read .*nope\.txt: no such file/);
    expect(r.out).toBe('');
  });
});
