/**
 * Files that travel inside a rendered payload (a chart with an official-release announcement) under `_files`,
 * base64 in the delivery job. The bot senders split them off and upload them (Discord: multipart; Slack: the
 * files upload API); the key never reaches a platform as JSON.
 */
/** A file a bot sender uploads with the message. */
export interface PayloadFile {
  name: string;
  title: string;
  contentType: 'image/png';
  base64: string;
}
export const PAYLOAD_FILES_KEY = '_files';

/** Split the files off a payload (the bot senders call this before posting). */
export function takePayloadFiles(payload: Record<string, unknown>): { payload: Record<string, unknown>; files: Array<{ name: string; title: string; data: Buffer }> } {
  const raw = payload[PAYLOAD_FILES_KEY];
  if (!Array.isArray(raw)) return { payload, files: [] };
  const { [PAYLOAD_FILES_KEY]: _files, ...rest } = payload;
  const files = (raw as PayloadFile[])
    .filter((f) => f && typeof f.name === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(f.name) && typeof f.base64 === 'string')
    .map((f) => ({ name: f.name, title: String(f.title ?? f.name).slice(0, 200), data: Buffer.from(f.base64, 'base64') }));
  return { payload: rest, files };
}


