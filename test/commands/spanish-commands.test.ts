/**
 * Spanish for Spanish-speaking channels, in the commands: Spanish subcommand names on Slack (and localized
 * names on Discord), replies in the language asked in or the channel's, Spanish action words.
 */
import { createCommandHandler } from '../../src/commands/handlers';
import { usageLines } from '../../src/commands/usage';
import { parseSlashText } from '../../src/platforms/slack/commands';
import { buildCommandDefinitions } from '../../src/platforms/discord/commands';
import { createMemoryStores } from '../../src/store/memory';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { figure, figureEntry, memoryLogger, replyText, request, testConfig } from './fixtures';

test('Slack: Spanish subcommand names are the same commands, asked in Spanish', () => {
  expect(parseSlashText('cifras detenciones')).toEqual({ name: 'latest', args: ['detenciones'], lang: 'es' });
  expect(parseSlashText('noticias caravana')).toEqual({ name: 'stories', args: ['caravana'], lang: 'es' });
  expect(parseSlashText('suscribir digest 08:00 America/Mexico_City')).toEqual({ name: 'subscribe', args: ['digest', '08:00', 'America/Mexico_City'], lang: 'es' });
  for (const [es, en] of [['cancelar', 'unsubscribe'], ['claves', 'keywords'], ['fuentes', 'feeds'], ['estado', 'status'], ['ayuda', 'help']]) {
    expect(parseSlashText(es!)).toMatchObject({ name: en, lang: 'es' });
  }
  expect(parseSlashText('latest')).toEqual({ name: 'latest', args: [] });
});

test('Discord: every subcommand has its Spanish name for Spanish clients (es-ES, es-419)', () => {
  const [border, admin] = buildCommandDefinitions() as Array<{ options: Array<{ name: string; name_localizations?: Record<string, string>; options?: Array<{ name: string; name_localizations?: Record<string, string> }> }> }>;
  const names = (opts: typeof border.options) => Object.fromEntries(opts.map((o) => [o.name, o.name_localizations?.['es-419']]));
  expect(names(border!.options)).toEqual({ latest: 'cifras', stories: 'noticias', subscribe: 'suscribir', unsubscribe: 'cancelar', help: 'ayuda' });
  expect(names(admin!.options)).toEqual({ keywords: 'claves', feeds: 'fuentes', status: 'estado' });
  expect(names(admin!.options.find((o) => o.name === 'feeds')!.options as typeof border.options)).toEqual({ list: 'listar', add: 'agregar', remove: 'quitar', test: 'probar' });
  for (const o of border!.options) expect(o.name_localizations?.['es-ES']).toBe(o.name_localizations?.['es-419']);
});

test('replies in the language asked in: help, empty lookups, refusals, subscribe; the subscription becomes Spanish', async () => {
  const stores = createMemoryStores();
  const handle = createCommandHandler({ config: testConfig({ subscriptions: [] }), stores, logger: memoryLogger().logger });
  const help = await handle(request('help', [], { lang: 'es' }));
  expect(help.title).toBe('comandos de borderwatch');
  expect(help.lines.map((l) => l.text)).toEqual(usageLines('slack', 'es'));
  expect(replyText(await handle(request('latest', [], { lang: 'es' })))).toContain('Todavía no hay cifras clave.');
  expect(replyText(await handle(request('stories', ['caravana'], { lang: 'es' })))).toContain('Ninguna noticia de los últimos 7 días contiene "caravana".');
  const refused = await handle(request('status', [], { lang: 'es', platform: 'discord' }));
  expect(refused.title).toBe('No permitido');
  expect(replyText(refused)).toContain('/border-admin estado es solo para administradores');
  const bad = await handle(request('subscribe', ['digest', '08:00', 'CST'], { lang: 'es' }));
  expect(replyText(bad)).toContain('Zona horaria no válida "CST": se esperaba una zona horaria IANA');
  const ok = await handle(request('subscribe', ['digest', '08:00', 'America/Mexico_City'], { lang: 'es', workspaceId: 'T0' }));
  expect(ok.title).toBe('Suscripción hecha');
  expect(replyText(ok)).toContain('Este canal recibirá un resumen con el horario "0 8 * * *" (America/Mexico_City).');
  const [sub] = await stores.subscriptions.list();
  expect(sub).toMatchObject({ language: 'es', workspace: 'T0' });
  // Later replies in that channel are Spanish even when asked with the English name.
  expect((await handle(request('unsubscribe'))).title).toBe('Suscripción cancelada');
});

test('the channel language (subscription, else workspace default) picks the reply language; figures use Spanish separators', async () => {
  const stores = createMemoryStores();
  const config = testConfig({
    subscriptions: [{ platform: 'slack', channel: 'C0ES', mode: 'instant', language: 'es' }],
    defaults: { language: 'en', workspaces: { T0MX: 'es' } },
  });
  await seedSubscriptions(config, stores.subscriptions);
  await stores.figures.record(figureEntry(figure({ value: 7500, metric: 'detenciones', qualifier: 'más de', scope: null, period: '2026-11', source: 'INM', per: null, unit: null })));
  const handle = createCommandHandler({ config, stores, logger: memoryLogger().logger });
  const inSpanishChannel = await handle(request('latest', [], { channelId: 'C0ES' }));
  expect(inSpanishChannel.title).toBe('Últimas cifras');
  expect(replyText(inSpanishChannel)).toContain('más de 7.500 detenciones (nov 2026, INM)');
  const inSpanishWorkspace = await handle(request('help', [], { channelId: 'C0OTHER', workspaceId: 'T0MX' }));
  expect(inSpanishWorkspace.title).toBe('comandos de borderwatch');
  const english = await handle(request('help', [], { channelId: 'C0OTHER', workspaceId: 'T0US' }));
  expect(english.title).toBe('borderwatch commands');
});

test('Spanish action words read as their commands: claves listar, fuentes listar (asked with English names too)', async () => {
  const handle = createCommandHandler({ config: testConfig(), stores: createMemoryStores(), logger: memoryLogger().logger });
  const admin = { isAdmin: true };
  expect((await handle(request('keywords', ['listar'], admin))).title).toBe('Keyword rules (2)');
  expect((await handle(request('feeds', ['listar'], admin))).title).toBe('Feeds (1)');
});

test('admin replies in Spanish: claves listar, fuentes listar, estado, refusals of a feed', async () => {
  const stores = createMemoryStores();
  const handle = createCommandHandler({ config: testConfig(), stores, logger: memoryLogger().logger });
  const admin = { isAdmin: true, lang: 'es' as const };
  expect((await handle(request('keywords', ['listar'], admin))).title).toBe('Reglas de palabras clave (2)');
  await stores.feedState.set('https://www.cbp.gov/rss/newsroom', { failures: 2, failing: false, lastError: 'HTTP 503', initialized: true, lastPollAt: '2026-12-01T11:00:00Z' });
  const feeds = await handle(request('feeds', ['listar'], admin));
  expect(feeds.title).toBe('Fuentes (1)');
  expect(replyText(feeds)).toContain('2 fallos seguidos, el último: HTTP 503');
  const status = await handle(request('status', [], admin));
  expect(status.title).toBe('estado de borderwatch');
  expect(replyText(status)).toContain('Fuentes: 1, fallando: 0, con errores recientes: 1, última consulta: 1 dic 2026, 11:00 UTC');
  const refused = await handle(request('feeds', ['agregar', 'http://10.0.0.1/feed.xml'], admin));
  expect(replyText(refused)).toContain('Rechazada http://10.0.0.1/feed.xml: 10.0.0.1 is a private address (blocked)');
  const unknown = await handle(request('keywords', ['explotar'], admin));
  expect(replyText(unknown)).toContain('Acción desconocida "explotar".');
  expect(replyText(unknown)).toContain('claves listar [página] | agregar <regla>');
});

test('usage errors are titled in the reply language: "Uso" in Spanish, "Usage" in English', async () => {
  const handle = createCommandHandler({ config: testConfig({ subscriptions: [] }), stores: createMemoryStores(), logger: memoryLogger().logger });
  const es = await handle(request('subscribe', ['digest', 'banana'], { lang: 'es' }));
  expect(es).toMatchObject({ error: true, title: 'Uso' });
  const en = await handle(request('subscribe', ['digest', 'banana']));
  expect(en).toMatchObject({ error: true, title: 'Usage' });
});
