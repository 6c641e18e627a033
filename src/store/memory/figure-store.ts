/** In-memory FigureStore for `run --once` and tests. Same answers as the Redis store. */
import { compareEntries, entryId, foldStoryRepeats, HISTORY_LIMIT, pickLatest, seriesKey, type FigureEntry, type FigureStore, type LatestFigure } from '../../figures/store';

export class MemoryFigureStore implements FigureStore {
  private readonly series = new Map<string, Map<string, FigureEntry>>();

  constructor(private readonly historyLimit = HISTORY_LIMIT) {}

  async record(entry: FigureEntry): Promise<void> {
    const key = seriesKey(entry.figure.metric, entry.figure.scope);
    let entries = this.series.get(key);
    if (!entries) {
      entries = new Map();
      this.series.set(key, entries);
    }
    entries.set(entryId(entry), structuredClone(entry));
    if (entries.size > this.historyLimit) {
      const keep = [...entries.entries()].sort((a, b) => compareEntries(a[1], b[1])).slice(0, this.historyLimit);
      this.series.set(key, new Map(keep));
    }
  }

  async recordAll(entries: readonly FigureEntry[]): Promise<void> {
    for (const entry of entries) await this.record(entry);
  }

  async latest(metric?: string, limit = 10): Promise<LatestFigure[]> {
    const out: LatestFigure[] = [];
    for (const entries of this.series.values()) {
      const list = [...entries.values()];
      if (metric && list[0]?.figure.metric.toLowerCase() !== metric.toLowerCase()) continue;
      const l = pickLatest(list);
      if (l) out.push(structuredClone(l));
    }
    return foldStoryRepeats(out.sort(compareEntries)).slice(0, limit);
  }

  async history(metric: string, scope: string | null, limit = 20): Promise<FigureEntry[]> {
    const entries = this.series.get(seriesKey(metric, scope));
    if (!entries) return [];
    return [...entries.values()].sort(compareEntries).slice(0, limit).map((e) => structuredClone(e));
  }
}
