/**
 * Human wording of figures, periods and time windows, in English or Spanish.
 * Pure functions; number formatting uses Intl: en-US (7,500; 1.2 million) and, for Spanish, the
 * separators of the RAE and most Spanish-language style guides (7.500; 190.000; 1,2 millones), with
 * grouping also for four-digit numbers, which es-ES alone leaves out.
 */
import type { Figure, Lang } from '../model';
import { checkNote } from '../official/check-note';

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
};

const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };
/** Group thousands in every number (es-ES would print 7500 but 17.500). */
const GROUPING = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;

const PER: Record<Lang, Record<string, string>> = {
  en: { day: 'a day', week: 'a week', month: 'a month', year: 'a year', hour: 'an hour' },
  es: { day: 'al día', week: 'a la semana', month: 'al mes', year: 'al año', hour: 'por hora' },
};

const PER_ALIASES: Record<string, string> = {
  daily: 'day', día: 'day', dia: 'day', weekly: 'week', semana: 'week', monthly: 'month', mes: 'month',
  yearly: 'year', annual: 'year', annually: 'year', año: 'year', ano: 'year', hourly: 'hour', hora: 'hour',
};

/** The number formats, one per language, built on first use (constructing one costs tens of µs). */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, kind: 'plain' | 'compact'): Intl.NumberFormat {
  const key = `${kind} ${lang}`;
  let f = numberFormats.get(key);
  if (!f) {
    f =
      kind === 'plain'
        ? new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, ...GROUPING })
        : new Intl.NumberFormat(LOCALE[lang], { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2, ...GROUPING });
    numberFormats.set(key, f);
  }
  return f;
}

/** Number with thousands separators ("190,000"; Spanish "190.000", "7.500", "12,5"); at most 2 decimals. */
export function formatNumber(value: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(value)) return String(value);
  return numberFormat(lang, 'plain').format(value);
}

/** Millions and more read better in words ("2.4 million") when that loses no precision. */
function formatMagnitude(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) {
    const compact = numberFormat(lang, 'compact');
    const unit = abs >= 1e12 ? 1e12 : abs >= 1e9 ? 1e9 : 1e6;
    const scaled = value / unit;
    if (Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-9) return compact.format(value);
  }
  return formatNumber(value, lang);
}

function formatAmount(f: Figure, lang: Lang): string {
  const unit = (f.unit ?? '').trim();
  const lower = unit.toLowerCase();
  if (lower === 'percent' || lower === '%' || lower === 'pct') return `${formatNumber(f.value, lang)}%`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const symbol = unit === 'USD' ? '$' : unit === 'MXN' ? 'MX$' : `${unit} `;
    const amount = formatMagnitude(f.value, lang);
    return amount.startsWith('-') ? `-${symbol}${amount.slice(1)}` : `${symbol}${amount}`;
  }
  const amount = formatMagnitude(f.value, lang);
  return unit ? `${amount} ${unit}` : amount;
}

/** "day" → "a day" / "al día"; unknown units → "per X" / "por X"; already-worded values kept. */
export function formatPer(per: string, lang: Lang = 'en'): string {
  const p = per.trim().toLowerCase();
  if (/^(a|an|per|al|a la|por)\s/.test(p)) return per.trim();
  const key = PER_ALIASES[p] ?? p;
  return PER[lang][key] ?? `${lang === 'es' ? 'por' : 'per'} ${per.trim()}`;
}

/**
 * Human text for a figure, e.g. "more than 190,000 apprehensions between ports of entry (Nov 2023, CBP)":
 * qualifier, amount (thousands separators; "$" for USD, "%" for percent), metric (underscores read
 * as spaces), per ("a day"), scope as given, then period and source in parentheses.
 */
export function formatFigure(f: Figure, lang: Lang = 'en'): string {
  const parts: string[] = [];
  if (f.qualifier) parts.push(f.qualifier.trim());
  parts.push(formatAmount(f, lang));
  const metric = f.metric.replace(/[_]+/g, ' ').trim();
  if (metric) parts.push(metric);
  if (f.per) parts.push(formatPer(f.per, lang));
  if (f.scope) parts.push(f.scope.trim());
  const notes = [formatPeriod(f.period, lang), f.source?.trim() ?? ''].filter((s) => s.length > 0);
  const main = parts.filter((s) => s.length > 0).join(' ');
  const text = notes.length ? `${main} (${notes.join(', ')})` : main;
  // Checked against the official data (src/official/check.ts): "… — ✓ matches CBP data (191,113)".
  const check = checkNote(f, lang);
  return check ? `${text} — ${check}` : text;
}

function month(m: string, lang: Lang): string | undefined {
  const i = Number(m) - 1;
  return MONTHS[lang][i];
}

type PeriodPoint = { y: string; m?: string; d?: string };

function parsePoint(s: string): PeriodPoint | undefined {
  const r = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(s.trim());
  if (!r) return undefined;
  if (r[2] && !month(r[2], 'en')) return undefined;
  return { y: r[1], m: r[2], d: r[3] };
}

function pointText(p: PeriodPoint, lang: Lang, withYear = true): string {
  const mon = p.m ? month(p.m, lang) : undefined;
  if (!mon) return p.y;
  if (!p.d) return withYear ? `${mon} ${p.y}` : mon;
  const day = String(Number(p.d));
  if (lang === 'es') return withYear ? `${day} ${mon} ${p.y}` : `${day} ${mon}`;
  return withYear ? `${mon} ${day}, ${p.y}` : `${mon} ${day}`;
}

/**
 * "2023-11" → "Nov 2023"; "2023-05/2023-11" → "May–Nov 2023"; "2022-11/2023-02" → "Nov 2022–Feb 2023";
 * "2023-11-05" → "Nov 5, 2023"; "FY2023" → "FY2023"; null → "". Anything unrecognised is returned trimmed.
 */
export function formatPeriod(period: string | null, lang: Lang = 'en'): string {
  if (!period) return '';
  const raw = period.trim();
  if (/^FY\s?\d{2,4}$/i.test(raw)) return raw.replace(/\s/, '').toUpperCase();
  const slash = raw.split('/');
  if (slash.length === 2) {
    const a = parsePoint(slash[0]);
    const b = parsePoint(slash[1]);
    if (!a || !b) return raw;
    const sameShape = !!a.m === !!b.m && !!a.d === !!b.d;
    if (sameShape && a.y === b.y && a.m && !a.d) return `${pointText(a, lang, false)}–${pointText(b, lang)}`;
    if (sameShape && a.y === b.y && a.m === b.m && a.d && b.d) {
      const mon = month(a.m!, lang)!;
      return lang === 'es'
        ? `${Number(a.d)}–${Number(b.d)} ${mon} ${a.y}`
        : `${mon} ${Number(a.d)}–${Number(b.d)}, ${a.y}`;
    }
    return `${pointText(a, lang)}–${pointText(b, lang)}`;
  }
  const p = parsePoint(raw);
  return p ? pointText(p, lang) : raw;
}

/** Zones already checked (a few per deployment): constructing an Intl.DateTimeFormat costs tens of µs. */
const knownZones = new Map<string, string>();

/** Returns `tz` when Intl knows it, else "UTC". */
export function validTimeZone(tz: string | undefined): string {
  if (!tz) return 'UTC';
  let valid = knownZones.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      valid = tz;
    } catch {
      valid = 'UTC';
    }
    if (knownZones.size < 1000) knownZones.set(tz, valid);
  }
  return valid;
}

/** One formatter per zone and language, built on first use. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Day, month, year, time and zone name of an instant in a zone. The zone name is the English abbreviation
 * in both languages ("CST", "UTC"; es-ES would say "GMT-6"); the month name comes from MONTHS.
 */
function parts(date: Date, tz: string, lang: Lang): Record<string, string> {
  const key = `${lang} ${tz}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = newFormatter(tz, lang);
    if (formatters.size < 1000) formatters.set(key, fmt);
  }
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  out.month = MONTHS[lang][Number(out.month) - 1] ?? out.month ?? '';
  return out;
}

function newFormatter(tz: string, lang: Lang): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: lang === 'en',
    hourCycle: lang === 'en' ? undefined : 'h23',
    timeZoneName: 'short',
  });
}

/** "Nov 28, 8:00 AM"; Spanish "28 nov 2026, 08:00" (the day, the month and the year, as Spanish dates are written). */
function dayTime(p: Record<string, string>, lang: Lang): string {
  if (lang === 'es') return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
  const time = p.dayPeriod ? `${p.hour}:${p.minute} ${p.dayPeriod.toUpperCase()}` : `${p.hour}:${p.minute}`;
  return `${p.month} ${p.day}, ${time}`;
}

/** One instant in a zone: "Nov 28, 8:00 AM CST"; Spanish "1 dic 2026, 08:00 CST". Invalid dates give "". */
export function formatTime(when: Date | string, timezone?: string, lang: Lang = 'en'): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, validTimeZone(timezone), lang);
  return `${dayTime(p, lang)} ${p.timeZoneName ?? ''}`.trim();
}

/** A window in a zone: "Nov 27, 8:00 AM – Nov 28, 8:00 AM CST" (the zone name of the end). */
export function formatWindow(from: Date | string, to: Date | string, timezone?: string, lang: Lang = 'en'): string {
  const a = typeof from === 'string' ? new Date(from) : from;
  const b = typeof to === 'string' ? new Date(to) : to;
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return '';
  const tz = validTimeZone(timezone);
  const pa = parts(a, tz, lang);
  const pb = parts(b, tz, lang);
  const start = pa.timeZoneName !== pb.timeZoneName ? `${dayTime(pa, lang)} ${pa.timeZoneName}` : dayTime(pa, lang);
  return `${start} – ${dayTime(pb, lang)} ${pb.timeZoneName ?? ''}`.trim();
}
