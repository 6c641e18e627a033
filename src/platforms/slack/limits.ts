/**
 * Slack Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). Every payload the
 * renderer returns stays within all of these.
 */
export const SLACK_BLOCKS_PER_MESSAGE = 50;
export const SLACK_SECTION_TEXT_MAX = 3000;
export const SLACK_SECTION_FIELDS_MAX = 10;
export const SLACK_SECTION_FIELD_TEXT_MAX = 2000;
export const SLACK_HEADER_TEXT_MAX = 150;
export const SLACK_CONTEXT_ELEMENTS_MAX = 10;
/** A text object holds at most 3000 characters; context elements are text objects. */
export const SLACK_CONTEXT_TEXT_MAX = 3000;
/** Our own bound for the fallback `text` (notifications, screen readers); always set. */
export const SLACK_FALLBACK_TEXT_MAX = 3000;

/**
 * Our own guard on the characters of one message's blocks: Slack truncates or rejects very long
 * messages (40,000 characters of text; 12,000 for markdown blocks), so a digest page stays well below.
 */
export const SLACK_MESSAGE_CHARS_BUDGET = 12_000;
/** Our own cap: a digest never posts more than this many messages; the rest is announced as "and N more". */
export const SLACK_DIGEST_MAX_MESSAGES = 10;
