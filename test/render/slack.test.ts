import { composeAlert, composeDigest } from '../../src/digest/compose';
import { renderSlack, renderSlackText, type SlackMessagePayload } from '../../src/platforms/slack/render';
import { SLACK_DIGEST_MAX_MESSAGES } from '../../src/platforms/slack/limits';
import { slackTexts, slackViolations } from './slack-limits';
import { figure, hostileStories, hostileStory, story } from './fixtures';

const window = { from: '2023-11-27T14:00:00Z', to: '2023-11-28T14:00:00Z', timezone: 'America/Chicago' };
const ZWSP = '\u200b';

/**
 * Every `<…>` control sequence in mrkdwn must be one we generate on purpose: an http(s) link
 * whose target cannot break out, a date token, or the configured user-group mention.
 */
function unexpectedControls(text: string, mention?: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/<([^>]*)>/g)) {
    const inner = m[1];
    if (/^https?:\/\/[^|<>\s]+\|[^<>|]*$/.test(inner)) continue;
    if (/^!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>|]*$/.test(inner)) continue;
    if (mention && inner === `!subteam^${mention}`) continue;
    bad.push(m[0]);
  }
  // A "<" left without its ">" would also be raw.
  if ((text.match(/</g) ?? []).length !== (text.match(/>/g) ?? []).length) bad.push('unbalanced <>');
  return bad;
}

function assertInert(p: SlackMessagePayload, mention?: string): void {
  for (const { kind, text } of slackTexts(p)) {
    if (kind === 'mrkdwn') {
      expect(unexpectedControls(text, mention)).toEqual([]);
      expect(text).not.toMatch(/<!(channel|here|everyone)>|<@|<#|<script|<javascript:/i);
      expect(text).not.toMatch(/@(channel|here|everyone)/i);
      expect(text).not.toContain('**bold**');
    } else {
      expect(text).not.toMatch(/<(?!\u200b)/);
    }
  }
}

describe('renderSlackText', () => {
  it('escapes control characters and neutralises formatting and broadcast words', () => {
    const out = renderSlackText('<!channel> <@U1> a & b *bold* _it_ ~s~ `c` @here > not a quote');
    expect(out).toBe(
      `&lt;!channel&gt; &lt;@U1&gt; a &amp; b ${ZWSP}*${ZWSP}bold${ZWSP}*${ZWSP} ${ZWSP}_${ZWSP}it${ZWSP}_${ZWSP} ${ZWSP}~${ZWSP}s${ZWSP}~${ZWSP} ${ZWSP}\`${ZWSP}c${ZWSP}\`${ZWSP} @${ZWSP}here &gt; not a quote`,
    );
    expect(renderSlackText('> quoted')).toBe(`${ZWSP}&gt; quoted`);
    expect(renderSlackText('a <b>bold</b> c')).toBe('a bold c');
  });
});

describe('renderSlack alert', () => {
  const s = story({
    figures: [figure(), figure({ value: 8000, per: 'day', metric: 'crossings', qualifier: 'about', scope: null, period: null, source: null })],
    sources: [
      { name: 'Border Report', title: 't', url: 'https://news.example/a' },
      { name: 'El Paso Times', title: 't', url: 'https://ept.example/b?x=1&y=2' },
    ],
  });

  it('has a linked title with summary, figure fields and a context line', () => {
    const out = renderSlack(composeAlert(s));
    expect(out).toHaveLength(1);
    const [p] = out;
    expect(slackViolations(p)).toEqual([]);
    expect(p.unfurl_links).toBe(false);
    expect(p.unfurl_media).toBe(false);
    expect(p.text).toBe('Border apprehensions fall in November — Border Report');
    expect(p.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
    const [main, figs, ctx] = p.blocks;
    expect(main).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `*<https://news.example/border-apprehensions|Border apprehensions fall in November>*\n${s.summary}` },
    });
    expect(figs.type === 'section' && figs.fields?.map((f) => f.text)).toEqual([
      '• more than 190,000 apprehensions between ports of entry (Nov 2023, CBP)',
      '• about 8,000 crossings a day',
    ]);
    expect(ctx.type === 'context' && ctx.elements.map((e) => e.text)).toEqual([
      'Border Report · <!date^1701176400^{date_short_pretty} {time}|Nov 28, 1:00 PM UTC>',
      'Also reported by: <https://ept.example/b?x=1&amp;y=2|El Paso Times>',
    ]);
  });

  it('mentions the configured user group only', () => {
    expect(JSON.stringify(renderSlack(composeAlert(s)))).not.toContain('subteam');
    const [p] = renderSlack(composeAlert(s, { mention: 'S0123ABC' }));
    expect(p.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '<!subteam^S0123ABC>' } });
    expect(p.text.startsWith('<!subteam^S0123ABC> ')).toBe(true);
  });

  it('percent-encodes | and > in link targets and drops non-http links', () => {
    const odd = story({ url: 'https://x.example/a|b>c', sources: [{ name: 'X', title: 't', url: 'https://x.example/' }, { name: 'Evil', title: 't', url: 'javascript:alert(1)' }] });
    const [p] = renderSlack(composeAlert(odd));
    const main = p.blocks[0];
    expect(main.type === 'section' && main.text?.text).toMatch(/^\*<https:\/\/x\.example\/a%7Cb%3Ec\|/);
    const ctx = p.blocks.find((b) => b.type === 'context');
    expect(ctx?.type === 'context' && ctx.elements[1].text).toBe('Also reported by: Evil');
  });

  it('caps 40 figures at 10 fields, the last announcing the rest, and stays inert', () => {
    const [p] = renderSlack(composeAlert(hostileStory(1), { mention: 'S1' }));
    expect(slackViolations(p)).toEqual([]);
    const figs = p.blocks.find((b) => b.type === 'section' && b.fields);
    expect(figs?.type === 'section' && figs.fields?.at(-1)?.text).toBe('…and 31 more');
    assertInert(p, 'S1');
  });

  it('labels a Spanish story in Spanish', () => {
    const es = story({
      lang: 'es',
      sources: [
        { name: 'La Jornada', title: 't', url: 'https://lj.example/a' },
        { name: 'El Universal', title: 't', url: 'https://eu.example/a' },
      ],
    });
    const [p] = renderSlack(composeAlert(es, { lang: 'es' }));
    const ctx = p.blocks.find((b) => b.type === 'context');
    expect(ctx?.type === 'context' && ctx.elements[1].text).toBe('También lo publicó: <https://eu.example/a|El Universal>');
    const [en] = renderSlack(composeAlert(es));
    const enCtx = en.blocks.find((b) => b.type === 'context');
    expect(enCtx?.type === 'context' && enCtx.elements[1].text).toBe('Also reported by: <https://eu.example/a|El Universal>');
  });
});

describe('renderSlack digest', () => {
  it('has header, "By the numbers", a section + context + divider per story, and the footer', () => {
    const a = story({ id: 'a', title: 'Story A', url: 'https://a.example/', published: '2023-11-28T10:00:00Z' });
    const b = story({ id: 'b', title: 'Story B', url: 'https://b.example/', published: '2023-11-27T20:00:00Z', figures: [] });
    const out = renderSlack(composeDigest([b, a], window, { title: 'Morning digest' }));
    expect(out).toHaveLength(1);
    const [p] = out;
    expect(slackViolations(p)).toEqual([]);
    expect(p.blocks.map((b) => b.type)).toEqual(['header', 'section', 'divider', 'section', 'context', 'divider', 'section', 'context', 'divider', 'context']);
    expect(p.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Morning digest', emoji: true } });
    const numbers = p.blocks[1];
    expect(numbers.type === 'section' && numbers.text?.text).toBe(
      '*By the numbers*\n• more than 190,000 apprehensions between ports of entry (Nov 2023, CBP) — <https://a.example/|Story A>',
    );
    const storyA = p.blocks[3];
    expect(storyA.type === 'section' && storyA.text?.text).toBe(
      `*<https://a.example/|Story A>*\n${a.summary}\n• more than 190,000 apprehensions between ports of entry (Nov 2023, CBP)`,
    );
    const footer = p.blocks.at(-1);
    expect(footer?.type === 'context' && footer.elements[0].text).toBe(
      'Nov 27, 8:00 AM – Nov 28, 8:00 AM CST · Change: /border subscribe … · Stop: /border unsubscribe',
    );
    expect(p.text).toContain('2 stories');
  });

  it('words a Spanish story\'s figure in Spanish in "By the numbers"', () => {
    const es = story({ lang: 'es', title: 'Cruces', figures: [figure({ value: 8000, per: 'day', metric: 'cruces', qualifier: 'más de', scope: null })] });
    const [p] = renderSlack(composeDigest([es], window));
    const numbers = p.blocks[1];
    expect(numbers.type === 'section' && numbers.text?.text).toBe(
      '*By the numbers*\n• más de 8.000 cruces al día (nov 2023, CBP) — <https://news.example/border-apprehensions|Cruces>',
    );
  });

  it('renders an empty digest', () => {
    const [p, ...rest] = renderSlack(composeDigest([], window));
    expect(rest).toEqual([]);
    expect(slackViolations(p)).toEqual([]);
    const section = p.blocks[1];
    expect(section.type === 'section' && section.text?.text).toBe('No new stories in this window.');
  });

  it('splits at 50 blocks', () => {
    const stories = Array.from({ length: 40 }, (_, i) =>
      story({ id: `s${i}`, title: `Story #${i}`, published: new Date(Date.UTC(2023, 10, 28) - i * 60_000).toISOString() }),
    );
    const out = renderSlack(composeDigest(stories, window));
    expect(out.length).toBeGreaterThan(1);
    for (const p of out) expect(slackViolations(p)).toEqual([]);
    const titles = out.flatMap((p) =>
      p.blocks.flatMap((b) => (b.type === 'section' && b.text && /^\*<[^|]*\|Story #\d+>\*/.test(b.text.text) ? [/#(\d+)/.exec(b.text.text)![1]] : [])),
    );
    expect(titles.map(Number)).toEqual(stories.map((_, i) => i));
  });

  describe('120 hostile stories', () => {
    const out = renderSlack(composeDigest(hostileStories(120), window, { mention: 'S999', maxNumbers: 50 }));

    it('fits every limit in every message', () => {
      expect(out.length).toBeGreaterThan(1);
      expect(out.length).toBeLessThanOrEqual(SLACK_DIGEST_MAX_MESSAGES);
      for (const p of out) expect(slackViolations(p)).toEqual([]);
    });

    it('loses nothing silently: shown stories + "and N more" = 120, newest first', () => {
      const ids = out.flatMap((p) =>
        p.blocks.flatMap((b) => {
          const m = b.type === 'section' && b.text ? /^\*(?:<[^|]*\|)?Story #(\d+) /.exec(b.text.text) : null;
          return m ? [Number(m[1])] : [];
        }),
      );
      expect(ids).toEqual(ids.map((_, i) => i));
      const blocks = out[out.length - 1].blocks;
      const note = blocks[blocks.length - 2];
      const more = Number(note.type === 'section' ? /…and (\d+) more stories/.exec(note.text?.text ?? '')?.[1] : NaN);
      expect(ids.length + more).toBe(120);
    });

    it('keeps injection inert; the configured group is pinged in the first message only', () => {
      out.forEach((p, i) => {
        assertInert(p, i === 0 ? 'S999' : undefined);
        expect(JSON.stringify(p).includes('<!subteam^S999>')).toBe(i === 0);
      });
    });
  });
});
