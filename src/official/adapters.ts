/** The dataset kinds borderwatch knows, by their `type` in `official.datasets[]`. */
import type { DatasetAdapter } from './adapter';
import { cbpEncountersAdapter } from './cbp-encounters';
import { createCbpSwEncountersAdapter } from './cbp-sw-encounters';

export const DATASET_TYPES = ['cbp-encounters', 'cbp-sw-encounters'] as const;
export type DatasetType = (typeof DATASET_TYPES)[number];

/** A fresh adapter for one ingest (some collect notes while reading rows). */
export function adapterFor(type: DatasetType): DatasetAdapter {
  switch (type) {
    case 'cbp-encounters':
      return cbpEncountersAdapter;
    case 'cbp-sw-encounters':
      return createCbpSwEncountersAdapter();
  }
}
