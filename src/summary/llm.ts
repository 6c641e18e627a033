/**
 * Optional LLM summarizer (off by default) behind the same interface as the extractive one.
 * Configured by environment: LLM_SUMMARY_URL (an OpenAI-compatible chat-completions endpoint),
 * LLM_SUMMARY_MODEL, LLM_SUMMARY_KEY. Its answer is used only when every number in it appears in
 * the source text; otherwise, and on any error, the extractive summary is returned.
 */
import type { Figure } from '../model';
import { detectLang } from '../figures/lang';
import { numbersIn } from '../figures/numbers';
import { tokenize } from '../figures/tokens';
import { stripBoilerplate, summarize as extractive, truncateAtWord, type SummaryInput, type SummaryOptions } from './extractive';

export interface Summarizer {
  summarize(item: SummaryInput, figures: Figure[], opts?: SummaryOptions): Promise<string>;
}

/** The extractive summarizer behind the async interface. */
export const extractiveSummarizer: Summarizer = {
  summarize: async (item, figures, opts) => extractive(item, figures, opts),
};

export interface LlmSummarizerOptions {
  url: string;
  model?: string;
  apiKey?: string;
  /** Request timeout, ms. Default 15000. */
  timeoutMs?: number;
  /** Called with the reason whenever the extractive fallback is used. */
  onFallback?: (reason: string) => void;
}

function numberValues(text: string): Set<number> {
  const tokens = tokenize(text);
  return new Set([...numbersIn(text, 'en', tokens), ...numbersIn(text, 'es', tokens)]);
}

/** Numbers in `summary` that are not in `source` (compared by value: "190,000" = "190000" = "190 mil"). */
export function inventedNumbers(summary: string, source: string): number[] {
  const allowed = numberValues(source);
  const lang = detectLang(source);
  return numbersIn(summary, lang, tokenize(summary)).filter((v) => !allowed.has(v));
}

interface ChatResponse {
  choices?: Array<{ message?: { content?: unknown } }>;
}

/** LLM summarizer with extractive fallback. */
export function createLlmSummarizer(options: LlmSummarizerOptions): Summarizer {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`LLM_SUMMARY_URL must be http(s): ${options.url}`);
  return {
    async summarize(item, figures, opts = {}) {
      const maxChars = opts.maxChars ?? 280;
      const fallback = (reason: string): string => {
        options.onFallback?.(reason);
        return extractive(item, figures, opts);
      };
      const source = stripBoilerplate([item.title, item.summary, item.content ?? ''].join('\n'));
      try {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
        const res = await fetch(url, {
          method: 'POST',
          headers,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
          body: JSON.stringify({
            model: options.model ?? 'default',
            temperature: 0,
            max_tokens: Math.ceil(maxChars / 2),
            messages: [
              {
                role: 'system',
                content: `Summarize the news item in plain text, at most ${maxChars} characters, in the language of the item. Use only facts and numbers that appear in the item. No markdown, no preamble.`,
              },
              { role: 'user', content: source.slice(0, 8000) },
            ],
          }),
        });
        if (!res.ok) return fallback(`HTTP ${res.status}`);
        const body = (await res.json()) as ChatResponse;
        const content = body.choices?.[0]?.message?.content;
        if (typeof content !== 'string' || !content.trim()) return fallback('empty answer');
        const text = content.replace(/[*_`#>]+/g, '').replace(/\s+/g, ' ').trim();
        const invented = inventedNumbers(text, source);
        if (invented.length) return fallback(`numbers not in the source: ${invented.join(', ')}`);
        return truncateAtWord(text, maxChars);
      } catch (err) {
        return fallback(err instanceof Error ? err.message : String(err));
      }
    },
  };
}

/** The LLM summarizer when LLM_SUMMARY_URL is set, else the extractive one. */
export function summarizerFromEnv(env: NodeJS.ProcessEnv = process.env, onFallback?: (reason: string) => void): Summarizer {
  const url = env.LLM_SUMMARY_URL?.trim();
  if (!url) return extractiveSummarizer;
  return createLlmSummarizer({ url, model: env.LLM_SUMMARY_MODEL?.trim() || undefined, apiKey: env.LLM_SUMMARY_KEY?.trim() || undefined, onFallback });
}
