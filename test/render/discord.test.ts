import { composeAlert, composeDigest } from '../../src/digest/compose';
import { renderDiscord, renderDiscordText } from '../../src/platforms/discord/render';
import { DISCORD_DIGEST_MAX_MESSAGES } from '../../src/platforms/discord/limits';
import { discordTexts, discordViolations } from './discord-limits';
import { figure, hostileStories, hostileStory, story } from './fixtures';

const window = { from: '2023-11-27T14:00:00Z', to: '2023-11-28T14:00:00Z', timezone: 'America/Chicago' };

/** Raw mention/timestamp/channel syntax that would render as a ping or a widget. */
const LIVE_SYNTAX = /<(?:@|#|t:|a?:|\/)|@(?:everyone|here)/i;

/** Unescaped masked links `](target` whose target is not http(s). */
function badMaskedLinks(s: string): string[] {
  const out: string[] = [];
  const re = /(?<!\\)\]\(([^)]*)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) if (!/^https?:\/\//.test(m[1])) out.push(m[0]);
  return out;
}

describe('renderDiscordText', () => {
  it('escapes markdown and neutralises mentions, links and HTML', () => {
    const out = renderDiscordText('**bold** @everyone @here <@&123> <#9> <t:1:R> [click](javascript:alert(1)) <b>x</b>');
    expect(out).not.toMatch(LIVE_SYNTAX);
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(renderDiscordText('************ x')).toBe('\\*'.repeat(12) + ' x');
    expect(renderDiscordText('# head\n> quote\n- item\n-# small\n1. one')).toBe('\\# head\n\\> quote\n\\- item\n\\-# small\n1\\. one');
    expect(out).toContain('@\u200beveryone');
    expect(out).toContain('<\u200b@&123>');
    expect(out).not.toContain('<b>');
    expect(badMaskedLinks(out)).toEqual([]);
  });
});

describe('renderDiscord alert', () => {
  const s = story({
    figures: [figure(), figure({ value: 8000, per: 'day', metric: 'crossings', qualifier: 'about', scope: null, period: null, source: null })],
    sources: [
      { name: 'Border Report', title: 't', url: 'https://news.example/a' },
      { name: 'El Paso Times', title: 't', url: 'https://ept.example/b' },
      { name: 'Border Report', title: 't', url: 'https://news.example/dupe' },
    ],
  });

  it('is one embed: linked title, summary, figures, also-reported-by, outlet footer, time', () => {
    const out = renderDiscord(composeAlert(s));
    expect(out).toHaveLength(1);
    const [p] = out;
    expect(p.content).toBeUndefined();
    expect(p.allowed_mentions).toEqual({ parse: [] });
    expect(p.embeds).toHaveLength(1);
    const e = p.embeds[0];
    expect(e.title).toBe('Border apprehensions fall in November');
    expect(e.url).toBe('https://news.example/border-apprehensions');
    expect(e.description).toBe(s.summary);
    expect(e.fields?.map((f) => f.name)).toEqual(['Key figures', 'Also reported by']);
    expect(e.fields?.[0].value).toBe('• more than 190,000 apprehensions between ports of entry (Nov 2023, CBP)\n• about 8,000 crossings a day');
    expect(e.fields?.[1].value).toBe('[El Paso Times](https://ept.example/b)');
    expect(e.footer).toEqual({ text: 'Border Report' });
    expect(e.timestamp).toBe('2023-11-28T13:00:00.000Z');
    expect(discordViolations(p)).toEqual([]);
  });

  it('pings the configured role only, in content', () => {
    const [p] = renderDiscord(composeAlert(s, { mention: '112233' }));
    expect(p.content).toBe('<@&112233>');
    expect(p.allowed_mentions).toEqual({ parse: [], roles: ['112233'] });
  });

  it('ignores a mention that is not a role id', () => {
    const [p] = renderDiscord(composeAlert(s, { mention: 'everyone' }));
    expect(p.content).toBeUndefined();
    expect(p.allowed_mentions).toEqual({ parse: [] });
  });

  it('labels a Spanish story in Spanish', () => {
    const es = story({
      lang: 'es',
      title: 'Cruces en la frontera',
      figures: [figure({ value: 8000, per: 'day', metric: 'cruces', qualifier: 'más de', scope: null })],
      sources: [
        { name: 'La Jornada', title: 't', url: 'https://lj.example/a' },
        { name: 'El Universal', title: 't', url: 'https://eu.example/a' },
      ],
    });
    // A Spanish channel: Spanish labels. An English channel: English labels; the Spanish story's figure stays Spanish.
    const e = renderDiscord(composeAlert(es, { lang: 'es' }))[0].embeds[0];
    expect(e.fields?.map((f) => f.name)).toEqual(['Cifras clave', 'También lo publicó']);
    expect(e.fields?.[0].value).toBe('• más de 8.000 cruces al día (nov 2023, CBP)');
    const en = renderDiscord(composeAlert(es))[0].embeds[0];
    expect(en.fields?.map((f) => f.name)).toEqual(['Key figures', 'Also reported by']);
    expect(en.fields?.[0].value).toBe('• más de 8.000 cruces al día (nov 2023, CBP)');
  });

  it('fits a hostile alert into every limit, with links only to http(s)', () => {
    const out = renderDiscord(composeAlert(hostileStory(3)));
    expect(out).toHaveLength(1);
    expect(discordViolations(out[0])).toEqual([]);
    const e = out[0].embeds[0];
    expect(e.url).toBeUndefined(); // javascript: story URL → no link
    for (const { kind, text: t } of discordTexts(out[0])) {
      expect(t).not.toMatch(LIVE_SYNTAX);
      expect(t).not.toMatch(/<script/i);
      // Footer and author are shown verbatim by Discord: no link can form there.
      if (kind === 'markdown') expect(badMaskedLinks(t)).toEqual([]);
    }
    // 40 figures do not fit a 1024-character field: the rest is announced.
    expect(e.fields?.[0].value).toMatch(/…and \d+ more$/);
    expect(e.fields?.[1].value).toMatch(/and \d+ more$/);
  });
});

describe('renderDiscord digest', () => {
  it('has "By the numbers" first, then one embed per story, footer with window and how to change', () => {
    const a = story({ id: 'a', title: 'Story A', url: 'https://a.example/', published: '2023-11-28T10:00:00Z' });
    const b = story({ id: 'b', title: 'Story B', url: 'https://b.example/', published: '2023-11-27T20:00:00Z', figures: [] });
    const out = renderDiscord(composeDigest([b, a], window, { title: 'Morning digest' }));
    expect(out).toHaveLength(1);
    const [p] = out;
    expect(discordViolations(p)).toEqual([]);
    expect(p.allowed_mentions).toEqual({ parse: [] });
    const [numbers, first, second] = p.embeds;
    expect(p.embeds).toHaveLength(3);
    expect(numbers.title).toBe('By the numbers');
    expect(numbers.author?.name).toBe('Morning digest');
    expect(numbers.description).toBe('• more than 190,000 apprehensions between ports of entry (Nov 2023, CBP) — [Story A](https://a.example/)');
    expect(numbers.footer?.text).toContain('Nov 27, 8:00 AM – Nov 28, 8:00 AM CST');
    expect(numbers.footer?.text).toContain('/border unsubscribe');
    expect([first.title, second.title]).toEqual(['Story A', 'Story B']);
    expect(first.url).toBe('https://a.example/');
    expect(first.timestamp).toBe('2023-11-28T10:00:00.000Z');
    expect(first.fields?.[0].name).toBe('Key figures');
    expect(second.fields).toBeUndefined();
  });

  it('words a Spanish story\'s figure in Spanish in "By the numbers"', () => {
    const es = story({ lang: 'es', title: 'Cruces', figures: [figure({ value: 8000, per: 'day', metric: 'cruces', qualifier: 'más de', scope: null })] });
    const [p] = renderDiscord(composeDigest([es], window));
    expect(p.embeds[0].description).toBe('• más de 8.000 cruces al día (nov 2023, CBP) — [Cruces](https://news.example/border-apprehensions)');
    expect(p.embeds[1].fields?.[0].name).toBe('Key figures');
  });

  it('renders an empty digest as one message saying so', () => {
    const out = renderDiscord(composeDigest([], window));
    expect(out).toHaveLength(1);
    expect(out[0].embeds).toHaveLength(1);
    expect(out[0].embeds[0].description).toBe('No new stories in this window.');
    expect(discordViolations(out[0])).toEqual([]);
  });

  it('splits a large digest across messages of at most 10 embeds', () => {
    const stories = Array.from({ length: 25 }, (_, i) =>
      story({ id: `s${i}`, title: `Story #${i}`, published: new Date(Date.UTC(2023, 10, 28) - i * 60_000).toISOString() }),
    );
    const out = renderDiscord(composeDigest(stories, window));
    expect(out.length).toBe(3);
    const titles = out.flatMap((p) => p.embeds.filter((e) => e.timestamp).map((e) => e.title));
    expect(titles).toEqual(stories.map((s) => s.title));
    for (const p of out) expect(discordViolations(p)).toEqual([]);
  });

  describe('120 hostile stories', () => {
    const stories = hostileStories(120);
    const out = renderDiscord(composeDigest(stories, window, { mention: '555', maxNumbers: 50 }));

    it('fits every limit in every message', () => {
      expect(out.length).toBeGreaterThan(1);
      expect(out.length).toBeLessThanOrEqual(DISCORD_DIGEST_MAX_MESSAGES);
      for (const p of out) expect(discordViolations(p)).toEqual([]);
    });

    it('loses nothing silently: shown stories + "and N more" = 120, newest first', () => {
      const ids = out.flatMap((p) => p.embeds.filter((e) => e.timestamp).map((e) => Number(/^Story #(\d+)/.exec(e.title ?? '')?.[1])));
      expect(ids).toEqual(ids.map((_, i) => i));
      const last = out[out.length - 1].embeds.at(-1);
      const more = Number(/…and (\d+) more stories/.exec(last?.description ?? '')?.[1]);
      expect(ids.length + more).toBe(120);
    });

    it('keeps injection inert and pings only the configured role', () => {
      out.forEach((p, i) => {
        expect(p.allowed_mentions.parse).toEqual([]);
        if (i === 0) {
          expect(p.content).toBe('<@&555>');
          expect(p.allowed_mentions.roles).toEqual(['555']);
        } else {
          expect(p.content).toBeUndefined();
          expect(p.allowed_mentions.roles).toBeUndefined();
        }
        for (const e of p.embeds) if (e.url) expect(e.url).toMatch(/^https?:\/\//);
        for (const { kind, text: t } of discordTexts(p)) {
          expect(t).not.toMatch(LIVE_SYNTAX);
          expect(t).not.toMatch(/<script/i);
          if (kind === 'markdown') {
            // Every markdown character from the feed is backslash-escaped.
            const withoutLinkTargets = t.replace(/(?<!\\)\]\(https?:\/\/[^)\s]*\)/g, ']');
            expect(withoutLinkTargets).not.toMatch(/(^|[^\\])[*_~`|]/);
            expect(badMaskedLinks(t)).toEqual([]);
          }
        }
      });
    });
  });
});
