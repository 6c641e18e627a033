import { MemoryOfficialStore } from '../../src/store/memory/official-store';
import { officialStoreContract } from './store-contract';

officialStoreContract('memory', async () => new MemoryOfficialStore());
