import type { Figure, Story } from '../../src/model';

export function figure(over: Partial<Figure> = {}): Figure {
  return {
    value: 190000,
    text: 'more than 190,000 apprehensions',
    sentence: 'Border Patrol recorded more than 190,000 apprehensions between ports of entry in November 2023, CBP said.',
    qualifier: 'more than',
    per: null,
    metric: 'apprehensions',
    scope: 'between ports of entry',
    period: '2023-11',
    source: 'CBP',
    unit: null,
    ...over,
  };
}

export function story(over: Partial<Story> = {}): Story {
  return {
    id: 's1',
    title: 'Border apprehensions fall in November',
    url: 'https://news.example/border-apprehensions',
    published: '2023-11-28T13:00:00.000Z',
    summary: 'Apprehensions between ports of entry fell for a second month, according to CBP data released Tuesday.',
    figures: [figure()],
    sources: [
      { name: 'Border Report', title: 'Border apprehensions fall', url: 'https://news.example/border-apprehensions' },
    ],
    lang: 'en',
    ...over,
  };
}

/** Feed text an attacker might write: mentions, markdown, masked links, HTML. */
export const INJECTION =
  '@everyone @here <@&123> <@456> <#789> <t:1700000000:R> <!channel> <!here> <!everyone> <@U123> <!subteam^S999> ' +
  '<script>alert(1)</script> [click](javascript:alert(1)) **bold** __under__ ~~strike~~ `code` ||spoiler|| > quote # head <https://evil.example>';

function repeatTo(text: string, length: number): string {
  let out = '';
  while (out.length < length) out += text + ' ';
  return out.slice(0, length);
}

/** A story as hostile and large as a feed could make it. */
export function hostileStory(i: number): Story {
  const figures: Figure[] = Array.from({ length: 40 }, (_, k) =>
    figure({
      value: 1000 * (k + 1) + i,
      metric: `apprehensions ${INJECTION}`.slice(0, 300),
      scope: k % 2 ? '<@&123> @everyone' : null,
      source: k % 3 ? '**CBP** [x](javascript:alert(1))' : null,
      period: k % 4 ? '2023-11' : null,
    }),
  );
  const sources = Array.from({ length: 30 }, (_, k) => ({
    name: k === 0 ? `Outlet ${INJECTION}` : `Outlet ${k} @everyone <!channel> [x](javascript:alert(1))`,
    title: 't',
    url: k % 2 ? `javascript:alert(${k})` : `https://outlet${k}.example/a|b>c<d?x=1&y=2`,
  }));
  return {
    id: `h${i}`,
    title: `Story #${i} ` + repeatTo(INJECTION, 4000),
    url: i % 3 === 0 ? 'javascript:alert(1)' : `https://news.example/story/${i}?a=1&b=|>`,
    published: new Date(Date.UTC(2023, 10, 28, 0, 0, 0) - i * 60_000).toISOString(),
    summary: repeatTo(INJECTION, 4000),
    figures,
    sources,
    lang: i % 5 === 0 ? 'es' : 'en',
  };
}

export function hostileStories(n: number): Story[] {
  return Array.from({ length: n }, (_, i) => hostileStory(i));
}
