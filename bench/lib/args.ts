/** Command line of `npm run bench`: --quick, --only SECTION[,SECTION], --feeds N, --write / --no-write. */
export const SECTION_IDS = ['pipeline', 'seen-memory', 'polling', 'fanout', 'memory', 'latency', 'official', 'throughput', 'clustering', 'oneshot'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface BenchArgs {
  quick: boolean;
  only?: SectionId[];
  feeds?: number;
  /** Write BENCHMARKS.md (default: yes for full runs, no for --quick). */
  write: boolean;
}

const ALIASES: Record<string, SectionId> = {
  '1': 'pipeline', cost: 'pipeline', pipeline: 'pipeline',
  '2': 'seen-memory', seen: 'seen-memory', 'seen-memory': 'seen-memory', redis: 'seen-memory',
  '3': 'polling', poll: 'polling', polling: 'polling',
  '4': 'fanout', fanout: 'fanout', 'fan-out': 'fanout', delivery: 'fanout',
  '5': 'memory', memory: 'memory', rss: 'memory',
  '6': 'latency', latency: 'latency',
  '7': 'official', official: 'official', ingest: 'official', csv: 'official',
  '8': 'throughput', throughput: 'throughput', workers: 'throughput',
  '9': 'clustering', clustering: 'clustering', cluster: 'clustering', linear: 'clustering',
  '10': 'oneshot', oneshot: 'oneshot', once: 'oneshot', 'one-shot': 'oneshot',
};

export const USAGE = `usage: npm run bench -- [--quick] [--only SECTION[,SECTION…]] [--feeds N] [--write|--no-write]
sections: ${SECTION_IDS.map((s, i) => `${i + 1}=${s}`).join(', ')}`;

export function parseArgs(argv: string[]): BenchArgs {
  let quick = false;
  let only: SectionId[] | undefined;
  let feeds: number | undefined;
  let write: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--quick') quick = true;
    else if (a === '--write') write = true;
    else if (a === '--no-write') write = false;
    else if (a.startsWith('--only')) {
      only = value().split(',').map((s) => {
        const id = ALIASES[s.trim().toLowerCase()];
        if (!id) throw new Error(`unknown section "${s}"\n${USAGE}`);
        return id;
      });
    } else if (a.startsWith('--feeds')) {
      feeds = Number(value());
      if (!Number.isInteger(feeds) || feeds < 10) throw new Error(`--feeds expects an integer ≥ 10\n${USAGE}`);
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return { quick, only, feeds, write: write ?? !quick };
}
