/**
 * An item read once, at the entry of Pipeline.process, into what the stages after it read: its postable link,
 * the canonical key of that link, its headline folded into words, its dedup keys and (on first use) the
 * relevance index of its text. The data flow, in one direction:
 *
 *   FeedItem ─ analyseItem ─► AnalysedItem
 *     .keys       → the seen check, the clusterer's own check under its lock, marking the item seen
 *     .relevance  → matchIndex: the global profile, then each subscription's (one index for all)
 *     .item       → figures and the summary (raw text: src/figures and src/summary read their own way)
 *     .linkKey, .titleWords → StoryClusterer.add (`analysed`): the story id and source key, and textFeatures'
 *                   headline words (SimHash, months, years, event days, road numbers)
 *
 * Two folds stay apart on purpose: relevance tokenizes with the toolkit's accent fold alone ("u.s." → u, s:
 * rules are written so), stories fold with dotted abbreviations and thousands joined ("u.s." → us, "2,000" →
 * 2000: fingerprints and same-story features). Each is computed once per item here; the clusterer's summary
 * (the extractive one, not the feed's) is folded once inside textFeatures.
 */
import type { FeedItem } from '../model';
import { indexText, type TextIndex } from '../relevance';
import { postableLink } from '../stories/canonical-url';
import { dedupKeysOf, outletSite, siteOfHost, urlKey } from '../stories/fingerprint';
import { words } from '../stories/normalize-text';

export interface AnalysedItem {
  /** The item as the stages read it: its link without click-tracking parameters (postableUrl). */
  readonly item: FeedItem;
  /** urlKey(item.link): the canonical link without its scheme (the `u:` dedup key, story id, source key). */
  readonly linkKey: string | undefined;
  /** words(item.title): the headline folded (stories' fold), for the fingerprint and the clusterer's features. */
  readonly titleWords: readonly string[];
  /** dedupKeys(item), derived once: the same array for every reader (not to be changed). */
  readonly keys: string[];
  /** Relevance's index of title, summary and content (indexText), built when first read. */
  readonly relevance: TextIndex;
}

class Analysis implements AnalysedItem {
  private index?: TextIndex;
  constructor(
    readonly item: FeedItem,
    readonly linkKey: string | undefined,
    readonly titleWords: readonly string[],
    readonly keys: string[],
  ) {}

  get relevance(): TextIndex {
    return (this.index ??= indexText([this.item.title, this.item.summary, this.item.content]));
  }
}

/** Analyse an item once (see the module comment). Pure; the relevance index is built on first read. */
export function analyseItem(original: FeedItem): AnalysedItem {
  // Posted links are the article's own URL, without click-tracking parameters (dedup keys are unchanged).
  const posted = original.link ? postableLink(original.link) : undefined;
  const item = posted !== undefined && posted.url !== original.link ? { ...original, link: posted.url } : original;
  const linkKey = urlKey(item.link);
  // The link's host from the parse that made it postable; without one (no link, or no web URL) outletSite
  // reads the link as dedupKeys does.
  const linkSite = posted?.hostname !== undefined ? siteOfHost(posted.hostname) : undefined;
  const outlet = linkSite !== undefined ? outletSite(item, linkSite) : outletSite(item);
  const titleWords = words(item.title);
  const keys = dedupKeysOf(item, { linkKey, outlet, titleWords, summaryWords: words(item.summary) });
  return new Analysis(item, linkKey, titleWords, keys);
}
