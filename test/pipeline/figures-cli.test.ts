/** `borderwatch figures` through the real binary: the JSON array contract and the errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../support/cli';

const FIELDS = ['metric', 'per', 'period', 'qualifier', 'scope', 'sentence', 'source', 'text', 'unit', 'value'];

test('reads stdin and prints a JSON array of figure objects with every contract field', async () => {
  const text = 'Border Patrol agents made more than 190,000 apprehensions between ports of entry in November, CBP said. The agency has 19,000 agents.';
  const r = await runCli(['figures', '-', '--json', '--published', '2023-12-15'], { input: text });
  expect(r.code).toBe(0);
  const figures = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  expect(Array.isArray(figures)).toBe(true);
  // The contract may only gain fields: every original field is there; issue 10 added `kind`.
  for (const f of figures) expect(Object.keys(f).sort()).toEqual([...FIELDS, 'kind'].sort());
  expect(figures.map((f) => f.kind)).toEqual(figures.map(() => 'count'));
  expect(figures[0]).toMatchObject({ value: 190000, qualifier: 'more than', metric: 'apprehensions', scope: 'between ports of entry', period: '2023-11', source: 'CBP' });
});

test('reads a Spanish file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-fig-'));
  const file = path.join(dir, 'nota.txt');
  writeFileSync(file, 'El INM informó que atendió a más de 10.000 personas al día en la frontera sur el mes pasado.');
  const r = await runCli(['figures', file, '--json', '--lang', 'es', '--published', '2024-01-10']);
  expect(r.code).toBe(0);
  const [f] = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  // (fig19: a count of people is named by what its clause says happened to them: "atendió a … personas" → personas atendidas.)
  expect(f).toMatchObject({ value: 10000, qualifier: 'más de', per: 'day', metric: 'personas atendidas', period: '2023-12', source: 'INM' });
});

test('bad arguments and missing files exit 2 with a message', async () => {
  const a = await runCli(['figures', '--lang', 'fr']);
  expect(a.code).toBe(2);
  expect(a.stderr).toMatch(/lang/);
  const b = await runCli(['figures', '/nonexistent/file.txt']);
  expect(b.code).toBe(2);
  expect(b.stderr).toMatch(/file\.txt/);
});
