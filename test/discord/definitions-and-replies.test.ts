/**
 * Pure parts: command definitions, reply rendering, secret redaction.
 */
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import { buildCommandDefinitions } from '../../src/platforms/discord/commands';
import { defersEphemeral, renderDiscordReply } from '../../src/platforms/discord/reply';
import { redactDiscordSecrets } from '../../src/platforms/discord/errors';
import { DISCORD_EMBED_DESCRIPTION_MAX } from '../../src/platforms/discord/limits';

type Opt = { name: string; type: number; required?: boolean; options?: Opt[]; choices?: Array<{ value: string }> };

describe('buildCommandDefinitions', () => {
  const [border, admin] = buildCommandDefinitions() as unknown as Array<{ name: string; default_member_permissions?: string | null; options: Opt[]; contexts?: number[] }>;
  const sub = (cmd: { options: Opt[] }, ...path: string[]) => {
    let opts = cmd.options;
    let found: Opt | undefined;
    for (const p of path) {
      found = opts.find((o) => o.name === p);
      opts = found?.options ?? [];
    }
    return found;
  };

  test('/border holds the everyone subcommands, with no permission gate', () => {
    expect(border.name).toBe('border');
    expect(border.default_member_permissions ?? null).toBeNull();
    expect(border.options.map((o) => o.name)).toEqual(['latest', 'stories', 'subscribe', 'unsubscribe', 'help']);
    expect(border.options.every((o) => o.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
    const mode = sub(border, 'subscribe', 'mode')!;
    expect(mode.choices!.map((c) => c.value)).toEqual(['instant', 'digest']);
    expect(sub(border, 'subscribe')!.options!.map((o) => o.name)).toEqual(['mode', 'schedule', 'timezone']);
    expect(sub(border, 'latest', 'metric')!.required ?? false).toBe(false);
  });

  test('/border-admin is gated by Manage Server and holds keywords, feeds, subscriptions and status', () => {
    expect(admin.name).toBe('border-admin');
    expect(admin.default_member_permissions).toBe('32');
    expect(admin.options.map((o) => [o.name, o.type])).toEqual([
      ['keywords', ApplicationCommandOptionType.SubcommandGroup],
      ['feeds', ApplicationCommandOptionType.SubcommandGroup],
      ['subscriptions', ApplicationCommandOptionType.SubcommandGroup],
      ['status', ApplicationCommandOptionType.Subcommand],
    ]);
    expect(sub(admin, 'subscriptions')!.options!.map((o) => o.name)).toEqual(['list', 'resume']);
    expect(sub(admin, 'subscriptions', 'resume', 'id')!.required).toBe(true);
    expect(sub(admin, 'keywords')!.options!.map((o) => o.name)).toEqual(['list', 'add', 'remove']);
    expect(sub(admin, 'feeds')!.options!.map((o) => o.name)).toEqual(['list', 'add', 'remove', 'test']);
    expect(sub(admin, 'keywords', 'add', 'query')!.required).toBe(true);
    expect(sub(admin, 'feeds', 'add', 'url')!.required).toBe(true);
    expect(sub(admin, 'feeds', 'add', 'name')!.required ?? false).toBe(false);
  });

  test('both commands are guild-only', () => {
    expect(border.contexts).toEqual([0]);
    expect(admin.contexts).toEqual([0]);
  });
});

describe('renderDiscordReply', () => {
  test('escapes text, disables every mention, and sets the ephemeral flag when asked', () => {
    const r = renderDiscordReply({
      ephemeral: true,
      title: '@here **Latest**',
      lines: [{ text: '<@&123> 5,000 `encounters`' }, { text: 'click [me](https://evil.example)', url: 'https://cbp.gov/x (1)' }],
      footer: '@everyone',
    });
    expect(r.flags).toBe(MessageFlags.Ephemeral);
    expect(r.allowedMentions).toEqual({ parse: [] });
    const e = r.embeds[0];
    expect(e.title).not.toMatch(/@here/);
    expect(e.title).not.toContain('**Latest**');
    expect(e.footer!.text).not.toMatch(/@everyone/);
    expect(e.description).not.toContain('<@&123>');
    expect(e.description).toContain('(https://cbp.gov/x%20%281%29)');
    expect(e.description).not.toContain('[me](https://evil.example)');
  });

  test('public replies carry no flags; errors are coloured differently', () => {
    const ok = renderDiscordReply({ ephemeral: false, lines: [{ text: 'fine' }] });
    const err = renderDiscordReply({ ephemeral: false, error: true, lines: [{ text: 'bad' }] });
    expect(ok.flags).toBeUndefined();
    expect(ok.embeds[0].color).not.toBe(err.embeds[0].color);
  });

  test('non-web URLs are not linked', () => {
    const r = renderDiscordReply({ ephemeral: false, lines: [{ text: 'x', url: 'javascript:alert(1)' }] });
    expect(r.embeds[0].description).not.toContain('javascript:');
  });

  test('a long list stays within the embed description limit and says how many lines were left out', () => {
    const lines = Array.from({ length: 400 }, (_, i) => ({ text: `story number ${i} with a reasonably long headline text` }));
    const d = renderDiscordReply({ ephemeral: false, lines }).embeds[0].description!;
    expect(d.length).toBeLessThanOrEqual(DISCORD_EMBED_DESCRIPTION_MAX);
    expect(d).toMatch(/… and \d+ more$/);
  });

  test('an empty reply still renders a valid embed', () => {
    expect(renderDiscordReply({ ephemeral: true, lines: [] }).embeds[0].description).toBe('Done.');
  });

  test('only latest and stories defer publicly', () => {
    expect(defersEphemeral('latest')).toBe(false);
    expect(defersEphemeral('stories')).toBe(false);
    for (const n of ['subscribe', 'unsubscribe', 'help', 'keywords', 'feeds', 'status', 'subscriptions', undefined] as const) expect(defersEphemeral(n)).toBe(true);
  });
});

describe('redactDiscordSecrets', () => {
  test('removes webhook and interaction tokens, Bot authorization and literal secrets', () => {
    const s = redactDiscordSecrets(
      'POST https://discord.com/api/v10/webhooks/123456789012345678/AbC-def_ghi?wait=true; /interactions/98765/tok.en/callback; Authorization: Bot MTIz.abc.defghijk; other s3cr3t-value',
      ['s3cr3t-value'],
    );
    expect(s).toBe(
      'POST https://discord.com/api/v10/webhooks/123456789012345678/[redacted]?wait=true; /interactions/98765/[redacted]/callback; Authorization: Bot [redacted]; other [redacted]',
    );
  });
});
