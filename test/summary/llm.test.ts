import type { IncomingMessage } from 'node:http';
import { extractFigures } from '../../src/figures/extract';
import { summarize } from '../../src/summary/extractive';
import { createLlmSummarizer, extractiveSummarizer, inventedNumbers, summarizerFromEnv } from '../../src/summary/llm';
import { listen } from '../support/http';

const item = {
  title: 'Apprehensions fall',
  summary: 'Border Patrol agents made more than 190,000 apprehensions between ports of entry in November, according to CBP. Shelters in Tijuana are full.',
};
const figures = extractFigures(item, { published: '2023-12-05' });
const fallback = summarize(item, figures);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let b = '';
    req.on('data', (d) => (b += d));
    req.on('end', () => resolve(b));
  });
}

describe('LLM summarizer against a local stand-in', () => {
  let answer: { status: number; content: string };
  const requests: Array<{ auth?: string; body: Record<string, unknown> }> = [];
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    server = await listen(async (req, res) => {
      requests.push({ auth: req.headers.authorization, body: JSON.parse(await readBody(req)) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.status === 200 ? JSON.stringify({ choices: [{ message: { role: 'assistant', content: answer.content } }] }) : '{"error":"boom"}');
    });
  });
  afterAll(() => server.close());

  it('uses an answer whose numbers are all in the source', async () => {
    answer = { status: 200, content: 'Agents made more than 190,000 apprehensions between ports of entry in November, CBP said.' };
    const reasons: string[] = [];
    const s = createLlmSummarizer({ url: `${server.url}/v1/chat/completions`, model: 'm1', apiKey: 'k1', onFallback: (r) => reasons.push(r) });
    expect(await s.summarize(item, figures)).toBe(answer.content);
    expect(reasons).toEqual([]);
    const last = requests[requests.length - 1];
    expect(last.auth).toBe('Bearer k1');
    expect(last.body.model).toBe('m1');
    expect(JSON.stringify(last.body.messages)).toContain('190,000');
  });

  it('falls back when the answer invents a number', async () => {
    answer = { status: 200, content: 'Agents made 250,000 apprehensions in November.' };
    const reasons: string[] = [];
    const s = createLlmSummarizer({ url: server.url, onFallback: (r) => reasons.push(r) });
    expect(await s.summarize(item, figures)).toBe(fallback);
    expect(reasons[0]).toMatch(/250000/);
  });

  it('falls back on HTTP 500', async () => {
    answer = { status: 500, content: '' };
    const reasons: string[] = [];
    const s = createLlmSummarizer({ url: server.url, onFallback: (r) => reasons.push(r) });
    expect(await s.summarize(item, figures)).toBe(fallback);
    expect(reasons).toEqual(['HTTP 500']);
  });

  it('falls back when nothing listens', async () => {
    const dead = await listen((_req, res) => res.end());
    const url = dead.url;
    await dead.close();
    const s = createLlmSummarizer({ url, timeoutMs: 2000 });
    expect(await s.summarize(item, figures)).toBe(fallback);
  });
});

describe('inventedNumbers', () => {
  it('compares by value across notations', () => {
    expect(inventedNumbers('Unos 7,500 migrantes y 10 mil personas.', 'El INM detuvo a 7.500 migrantes; 10.000 personas.')).toEqual([]);
    expect(inventedNumbers('About 2 million people.', 'Nearly 2,000,000 people crossed.')).toEqual([]);
    expect(inventedNumbers('About 3 million people in 2024.', 'Nearly 2,000,000 people crossed in 2023.')).toEqual([3000000, 2024]);
  });
});

describe('summarizerFromEnv', () => {
  it('is extractive (off) by default', async () => {
    expect(summarizerFromEnv({})).toBe(extractiveSummarizer);
    expect(await summarizerFromEnv({}).summarize(item, figures)).toBe(fallback);
  });
  it('is the LLM summarizer when LLM_SUMMARY_URL is set', () => {
    expect(summarizerFromEnv({ LLM_SUMMARY_URL: 'http://127.0.0.1:1/v1/chat/completions' })).not.toBe(extractiveSummarizer);
    expect(() => summarizerFromEnv({ LLM_SUMMARY_URL: 'ftp://127.0.0.1/' })).toThrow(/http/);
  });
});
