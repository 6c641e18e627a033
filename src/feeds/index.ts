/** The feed stage: fetch (guarded HTTP), parse (rss-parser), normalize → FeedItem, and one poll step. */
export { isPublicAddress, checkUrlAllowed, guardedLookup, isHostAllowed, BlockedAddressError, type ResolveAll } from './net-guard';
export { fetchFeed, FEED_ACCEPT, type FetchErrorKind, type FetchResult, type FetchOptions } from './fetch';
export { parseFeedBody, type RawFeedItem, type ParseResult, type ParseErrorKind } from './parse';
export { htmlToText, normalizeItem, resolveHttpLink, isoDate } from './normalize';
export { pollFeed, isDue, backoffMs, type PollOutcome, type PollOptions } from './poll';
