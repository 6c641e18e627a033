/**
 * Discord message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * Every payload the renderer returns stays within all of these.
 */
export const DISCORD_CONTENT_MAX = 2000;
export const DISCORD_EMBEDS_PER_MESSAGE = 10;
export const DISCORD_EMBED_TITLE_MAX = 256;
export const DISCORD_EMBED_DESCRIPTION_MAX = 4096;
export const DISCORD_EMBED_FIELDS_MAX = 25;
export const DISCORD_FIELD_NAME_MAX = 256;
export const DISCORD_FIELD_VALUE_MAX = 1024;
export const DISCORD_FOOTER_TEXT_MAX = 2048;
export const DISCORD_AUTHOR_NAME_MAX = 256;
/** Sum of title, description, field names and values, footer text and author name over all embeds of one message. */
export const DISCORD_EMBEDS_TOTAL_MAX = 6000;

/** Our own cap: a digest never posts more than this many messages; the rest is announced as "and N more". */
export const DISCORD_DIGEST_MAX_MESSAGES = 10;
