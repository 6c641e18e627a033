/**
 * zod's entry point loads its ~50 message locales eagerly (`zod/v4/locales/index.cjs` requires every one, for
 * `z.locales.xx`), about 23 ms of CPU in each process that validates a config, though only English is used.
 * Imported before zod (config/schema.ts), this puts in the module cache a stand-in for that index with the same
 * exports as getters that load a locale on first use, as the original's getters do but without the upfront
 * requires. The stand-in is built from the index's own text (each `require("./xx.cjs")` paired with its export
 * name); when the text does not have the expected shape, or zod is already loaded, nothing is done and zod
 * loads as it always did.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

/** `var ar_js_1 = require("./ar.cjs");` followed by `Object.defineProperty(exports, "ar", …)`. */
const LOCALE_EXPORT = /var (\w+) = require\("\.\/([\w-]+\.cjs)"\);\s*Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return __importDefault\(\1\)\.default; \} \}\);/g;

/** Install the lazy stand-in; returns whether it did (false: zod loads its locales as usual). */
export function installLazyZodLocales(): boolean {
  const cache = require.cache as Record<string, NodeModule | undefined> | undefined;
  if (!cache) return false;
  let index: string;
  try {
    index = require.resolve('zod/v4/locales');
  } catch {
    return false;
  }
  if (cache[index]) return false;
  let text: string;
  try {
    text = readFileSync(index, 'utf8');
  } catch {
    return false;
  }
  const pairs = [...text.matchAll(LOCALE_EXPORT)].map((m) => ({ file: m[2]!, name: m[3]! }));
  // Every require of the index must be one of the pairs, else its shape changed: leave it alone.
  if (pairs.length === 0 || pairs.length !== (text.match(/require\(/g) ?? []).length) return false;

  const dir = path.dirname(index);
  const exports: Record<string, unknown> = {};
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const { file, name } of pairs) {
    Object.defineProperty(exports, name, {
      enumerable: true,
      get: () => {
        const mod = require(path.join(dir, file)) as { __esModule?: boolean; default?: unknown };
        return mod && mod.__esModule ? mod.default : mod;
      },
    });
  }
  const stand = new Module(index, module);
  stand.filename = index;
  stand.loaded = true;
  stand.exports = exports;
  cache[index] = stand;
  return true;
}

installLazyZodLocales();
