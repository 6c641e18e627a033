/**
 * Arguments of `/border subscribe [instant|digest] [schedule] [timezone]`, as either adapter passes them:
 * Discord gives `[mode, schedule, timezone]` with the schedule as ONE argument that may hold spaces;
 * Slack splits words but keeps quoted groups, so a schedule arrives whole (`"0 8 * * *"`) or word by word.
 * Schedules are cron expressions or the short forms `08:00`, `8am`, `mon 09:00`, `mon-fri 07:30`.
 */

export type SubscribeArgs =
  | { mode: 'instant' }
  | { mode: 'digest'; schedule: string; timezone?: string }
  | { error: string };

/** Default digest schedule when none is given: every day at 08:00. */
export const DEFAULT_DIGEST_SCHEDULE = '0 8 * * *';

const DAY = '(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*';
const DAYS_RE = new RegExp(`^${DAY}(?:[-,]${DAY})*$`, 'i');
const MONTH_NAME_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:[-,](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))*$/i;
const CRON_FIELD_RE = /^[0-9*?,/\-LW#]+$/i;
const TIME_RE = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i;

const MODE_ALIASES: Record<string, 'instant' | 'digest'> = { instant: 'instant', alerts: 'instant', alert: 'instant', digest: 'digest' };

/** A word that belongs to a schedule (cron field, day or month name, clock time), not to a time zone. */
function isScheduleWord(word: string): boolean {
  return CRON_FIELD_RE.test(word) || DAYS_RE.test(word) || MONTH_NAME_RE.test(word) || TIME_RE.test(word) || /^(?:daily|weekdays|weekends)$/i.test(word);
}

/** "America/Chicago", "UTC", "Etc/GMT+6": shaped like a zone name (checked for real later). */
function looksLikeTimeZone(word: string): boolean {
  return /^[A-Za-z][\w+-]*(?:\/[\w+-]+)+$/.test(word) || /^(?:utc|gmt|z)$/i.test(word);
}

/** Hour and minute of "08:00", "8", "8am", "7:30 pm"; undefined when not a clock time. */
function clock(text: string): { h: number; m: number } | undefined {
  const t = TIME_RE.exec(text.trim());
  if (!t || (!t[2] && !t[3])) return undefined; // a bare number is a cron field, not a time
  let h = Number(t[1]);
  const m = t[2] ? Number(t[2]) : 0;
  const ampm = t[3]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || m > 59) return undefined;
  return { h, m };
}

/** Day-of-week field for "mon", "mon-fri", "sat,sun", "weekdays"… (three-letter names; node-cron knows them). */
function dayField(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower === 'daily') return '*';
  if (lower === 'weekdays') return 'mon-fri';
  if (lower === 'weekends') return 'sat,sun';
  if (!DAYS_RE.test(lower)) return undefined;
  return lower.replace(/([a-z]{3})[a-z]*/g, '$1');
}

/**
 * A schedule as a cron expression: short forms are translated ("08:00" → "0 8 * * *",
 * "mon-fri 7:30" → "30 7 * * mon-fri"); anything else is returned as given, for the cron check.
 */
export function scheduleToCron(schedule: string): string {
  const words = schedule.trim().split(/\s+/);
  const time = clock(words[words.length - 1] ?? '') ?? (words.length >= 2 ? clock(words.slice(-2).join(' ')) : undefined);
  if (time) {
    const timeWords = clock(words[words.length - 1] ?? '') ? 1 : 2;
    const dayWords = words.slice(0, words.length - timeWords);
    if (dayWords.length === 0) return `${time.m} ${time.h} * * *`;
    if (dayWords.length === 1) {
      const days = dayField(dayWords[0]!);
      if (days) return `${time.m} ${time.h} * * ${days}`;
    }
  }
  return words.join(' ');
}

/**
 * Reads the subscribe arguments. The time zone is the last argument when it cannot be part of a
 * schedule (so `America/Chicago`, `UTC`, `Europe/Madrid`); everything before it is the schedule.
 * Validity of the cron expression and the zone is checked later, against the config schema.
 */
export function parseSubscribeArgs(args: readonly string[]): SubscribeArgs {
  const words = args.map((a) => a.trim()).filter((a) => a.length > 0);
  const first = words[0]?.toLowerCase();
  let mode: 'instant' | 'digest' = 'digest';
  let rest = words;
  if (first !== undefined && MODE_ALIASES[first]) {
    mode = MODE_ALIASES[first]!;
    rest = words.slice(1);
  } else if (first !== undefined && !/\s/.test(first) && !isScheduleWord(first) && !looksLikeTimeZone(first)) {
    return { error: `Unknown mode "${words[0]}": use instant or digest.` };
  }
  if (mode === 'instant') {
    if (rest.length) return { error: 'Instant alerts take no schedule or time zone.' };
    return { mode };
  }
  let timezone: string | undefined;
  const last = rest[rest.length - 1];
  // Only a word that looks like a zone ("America/Chicago", "UTC", or an abbreviation such as CST, which the
  // check then refuses with the zone to write) is the time zone; "banana" is a bad schedule, not a bad zone.
  if (last !== undefined && !/\s/.test(last) && !isScheduleWord(last) && (looksLikeTimeZone(last) || /^[A-Z]{2,5}$/.test(last))) {
    timezone = last;
    rest = rest.slice(0, -1);
  }
  const schedule = rest.length ? scheduleToCron(rest.join(' ')) : DEFAULT_DIGEST_SCHEDULE;
  return timezone ? { mode, schedule, timezone } : { mode, schedule };
}
