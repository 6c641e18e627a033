import { Writable } from 'node:stream';
import { createLogger, scrub, errorMessage } from '../src/log';

/** The real logger, writing its JSON lines into an array. */
function capturedLogger(): { lines: string[]; logger: ReturnType<typeof createLogger> } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination: sink }) };
}

describe('secrets never reach logs or error text', () => {
  test('scrub removes webhook URLs, tokens, credentials and known secret values', () => {
    const text = [
      'posting to https://discord.com/api/webhooks/123456789012345678/abcDEF_ghi-jklMNOpqrSTUvwxYZ0123456789 failed',
      'hook https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX',
      'token xoxb-1234-5678-abcdefghijkl and xapp-1-A0-123-abc',
      'Authorization: Bot MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz',
      'redis://user:s3cret@redis.internal:6379',
      'signing secret 8f2b1c0d9e',
    ].join('\n');
    const out = scrub(text, ['8f2b1c0d9e']);
    expect(out).not.toMatch(/abcDEF_ghi|XXXXXXXXXXXX|xoxb-|xapp-|GhIjKl|s3cret|8f2b1c0d9e/);
    expect(out).toContain('[redacted]');
    expect(out).toContain('redis://[redacted]@redis.internal:6379');
  });

  test('errorMessage scrubs error messages', () => {
    expect(errorMessage(new Error('failed: https://hooks.slack.com/services/T1/B2/secretpart'))).toBe('failed: [redacted]');
  });

  test('the logger redacts secret fields and secrets inside messages', () => {
    const { lines, logger } = capturedLogger();
    logger.info({ token: 'xoxb-should-not-appear', nested: { token: 'x' }, webhook: 'https://hooks.slack.com/services/A/B/C' }, 'hello');
    logger.warn('send failed for https://hooks.slack.com/services/T9/B9/zzzzzz');
    logger.error(new Error('Bot token xoxb-9999-abcdef leaked?'));
    const out = lines.join('');
    expect(lines).toHaveLength(3);
    expect(out).not.toMatch(/xoxb-|hooks\.slack\.com|zzzzzz/);
    expect(out).toContain('[redacted]');
  });
});

test('secrets inside structured fields are scrubbed too', () => {
  const { lines, logger } = capturedLogger();
  logger.warn({ err: 'POST https://hooks.slack.com/services/T1/B1/abcdef failed', url: 'https://example.org/feed' }, 'send failed');
  const out = lines.join('');
  expect(out).not.toContain('hooks.slack.com');
  expect(out).toContain('https://example.org/feed');
});

describe('errors keep their original stack', () => {
  function thrownHere(): Error {
    // A distinctively named function, so its frame is recognisable in the stack.
    const e = new Error('Bot token xoxb-1111-abcdef refused by https://hooks.slack.com/services/T1/B1/secret');
    (e as Error & { code: string; body: string }).code = 'E_TEST';
    (e as Error & { body: string }).body = 'echo of xoxb-1111-abcdef';
    return e;
  }

  test('logger.error(err): the stack is where it was thrown, scrubbed, with type and fields', () => {
    const { lines, logger } = capturedLogger();
    const err = thrownHere();
    logger.error(err);
    const line = JSON.parse(lines[0]!) as { err: { type: string; message: string; stack: string; code: string; body: string } };
    expect(line.err.stack).toContain('thrownHere');
    expect(line.err.stack).not.toMatch(/src[\\/]log\.ts/);
    expect(line.err.type).toBe('Error');
    expect(line.err.code).toBe('E_TEST');
    expect(lines[0]).not.toMatch(/xoxb-|hooks\.slack\.com/);
    expect(line.err.message).toBe('Bot token [redacted] refused by [redacted]');
    // The caller's error object is not changed.
    expect(err.message).toContain('xoxb-1111-abcdef');
  });

  test('{ err } as a structured field keeps the stack and the error class; causes are scrubbed', () => {
    const { lines, logger } = capturedLogger();
    class FeedBoom extends Error {}
    const err = new FeedBoom('outer', { cause: thrownHere() });
    logger.warn({ err, feed: 'x' }, 'it failed');
    const line = JSON.parse(lines[0]!) as { msg: string; err: { type: string; stack: string; message: string } };
    expect(line.msg).toBe('it failed');
    expect(line.err.type).toBe('FeedBoom');
    expect(line.err.stack).toContain('caused by: Error: Bot token [redacted]');
    expect(line.err.stack).toContain('thrownHere');
    expect(lines[0]).not.toMatch(/xoxb-|hooks\.slack\.com/);
  });
});
