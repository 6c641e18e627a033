/** How `/border subscribe` arguments from either adapter become a mode, a cron schedule and a time zone. */
import { DEFAULT_DIGEST_SCHEDULE, parseSubscribeArgs, scheduleToCron } from '../../src/commands/subscribe-args';

describe('scheduleToCron', () => {
  test.each([
    ['08:00', '0 8 * * *'],
    ['8am', '0 8 * * *'],
    ['7:30 pm', '30 19 * * *'],
    ['12am', '0 0 * * *'],
    ['mon 09:00', '0 9 * * mon'],
    ['Monday 9:15', '15 9 * * mon'],
    ['mon-fri 07:30', '30 7 * * mon-fri'],
    ['weekdays 6pm', '0 18 * * mon-fri'],
    ['sat,sun 10:00', '0 10 * * sat,sun'],
    ['0 8 * * *', '0 8 * * *'],
    ['  0   8 * * 1-5 ', '0 8 * * 1-5'],
    ['25:00', '25:00'],
    ['13pm', '13pm'],
  ])('%j → %j', (input, cron) => {
    expect(scheduleToCron(input)).toBe(cron);
  });
});

describe('parseSubscribeArgs', () => {
  test.each<[string[], ReturnType<typeof parseSubscribeArgs>]>([
    [[], { mode: 'digest', schedule: DEFAULT_DIGEST_SCHEDULE }],
    [['instant'], { mode: 'instant' }],
    [['alerts'], { mode: 'instant' }],
    [['INSTANT'], { mode: 'instant' }],
    // Discord options and quoted Slack groups: the schedule is one argument.
    [['digest', '0 8 * * *', 'America/Chicago'], { mode: 'digest', schedule: '0 8 * * *', timezone: 'America/Chicago' }],
    [['digest', '08:00', 'America/Chicago'], { mode: 'digest', schedule: '0 8 * * *', timezone: 'America/Chicago' }],
    [['digest', 'mon 09:00'], { mode: 'digest', schedule: '0 9 * * mon' }],
    // Slack words.
    [['digest', '0', '8', '*', '*', '*', 'UTC'], { mode: 'digest', schedule: '0 8 * * *', timezone: 'UTC' }],
    [['digest', '*/30', '*', '*', '*', '*'], { mode: 'digest', schedule: '*/30 * * * *' }],
    [['digest', 'mon-fri', '7:30', 'Europe/Madrid'], { mode: 'digest', schedule: '30 7 * * mon-fri', timezone: 'Europe/Madrid' }],
    [['digest', 'America/Chicago'], { mode: 'digest', schedule: DEFAULT_DIGEST_SCHEDULE, timezone: 'America/Chicago' }],
    // No mode word: a digest.
    [['0 7 * * *'], { mode: 'digest', schedule: '0 7 * * *' }],
    [['America/Chicago'], { mode: 'digest', schedule: DEFAULT_DIGEST_SCHEDULE, timezone: 'America/Chicago' }],
    // The zone is checked later (schema), not guessed away.
    [['digest', '0 8 * * *', 'Mars/Olympus'], { mode: 'digest', schedule: '0 8 * * *', timezone: 'Mars/Olympus' }],
  ])('%j', (args, expected) => {
    expect(parseSubscribeArgs(args)).toEqual(expected);
  });

  test('errors: an unknown mode; instant with a schedule', () => {
    expect(parseSubscribeArgs(['weekly'])).toEqual({ error: expect.stringContaining('Unknown mode "weekly"') });
    expect(parseSubscribeArgs(['instant', '0 8 * * *'])).toEqual({ error: expect.stringContaining('no schedule') });
    expect(parseSubscribeArgs(['instant', 'America/Chicago'])).toEqual({ error: expect.stringContaining('no schedule') });
  });
});
