/**
 * Feed URLs as they may be SHOWN (logs, admin alerts, command replies, `run --once` output). A feed
 * URL can carry a secret: `user:password@` (refused in config files and by `feeds add`, but it
 * may still arrive in text such as an error message) or a query value such as `?apikey=…`,
 * `&token=…`, `&sig=…`. `displayUrl` redacts those and leaves everything else as written; the
 * URL used for fetching is never changed. One function, used everywhere a feed URL is shown.
 */

export const REDACTED = '[redacted]';

/** Parameter names (lower case, letters and digits only) whose value is a secret. */
const SECRET_NAMES = new Set([
  'key', 'apikey', 'token', 'sig', 'signature', 'secret', 'password', 'passwd', 'pwd', 'pass', 'auth', 'authorization',
  'accesstoken', 'credential', 'credentials', 'session', 'sessionid', 'jwt', 'hmac', 'otp', 'code', 'ticket',
]);
/** …and names ending like these (`client_secret`, `x-amz-signature`, `subscription-key`, `private_token`, `apisig`). */
const SECRET_ENDINGS = ['token', 'secret', 'key', 'password', 'signature', 'sig', 'credential', 'auth'];

/** True when a query (or fragment) parameter of this name holds a secret. */
export function isSecretParam(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    /* keep it as written */
  }
  const k = decoded.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_NAMES.has(k) || SECRET_ENDINGS.some((e) => k.endsWith(e));
}

/** "a=1&apikey=s" → "a=1&apikey=[redacted]" (as written otherwise). */
function redactParams(params: string): string {
  return params
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      return isSecretParam(part.slice(0, eq)) && eq < part.length - 1 ? `${part.slice(0, eq + 1)}${REDACTED}` : part;
    })
    .join('&');
}

/**
 * A URL safe to show: userinfo replaced by "[redacted]@", secret-looking query and fragment values by
 * "[redacted]". Everything else is kept exactly as written (a URL with no secret is returned unchanged).
 */
export function displayUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is.exec(url);
  if (!m) return url;
  const [, scheme, authority, path, query, fragment] = m;
  const at = authority.lastIndexOf('@');
  const host = at >= 0 ? `${REDACTED}@${authority.slice(at + 1)}` : authority;
  const q = query ? `?${redactParams(query.slice(1))}` : '';
  const f = fragment ? `#${redactParams(fragment.slice(1))}` : '';
  return `${scheme}${host}${path}${q}${f}`;
}

/** Every URL in a text (an error message, a log line) passed through `displayUrl`; trailing punctuation stays outside. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (found) => {
    const tail = /[).,;:!?\]}]+$/.exec(found)?.[0] ?? '';
    return displayUrl(found.slice(0, found.length - tail.length)) + tail;
  });
}
