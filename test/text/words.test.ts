import { letterAndNumberRuns, lettersAndNumbers } from '../../src/text/words';

const byExpression = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('lettersAndNumbers', () => {
  test('agrees with the regular expression on varied text', () => {
    const texts = [
      '',
      '   ',
      '—',
      'Border Patrol agents find 38 migrants near Laredo',
      '  ¿Qué pasó en la frontera?  Ayer, 1.234 migrantes… ',
      'Deportación de niños: «el 50 %» — según la CBP',
      'İstanbul ǅungla ß ﬁnal Ⅻ ½ ² ٣ 三 한국어',
      'e\u0301 combining mark, tab\tnew\nline',
      'emoji 🚨 alert 𝐁𝐨𝐥𝐝 text',
      'U.S.-Mexico border, 2,500 apprehensions (AP)',
      'ÑANDÚ ÁÉÍÓÚ àèìòù',
    ];
    for (const t of texts) {
      expect(lettersAndNumbers(t)).toBe(byExpression(t));
      expect(letterAndNumberRuns(t)).toEqual(t.match(/[\p{L}\p{N}]+/gu) ?? []);
    }
  });

  test('agrees on every BMP character in context', () => {
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const t = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      if (lettersAndNumbers(t) !== byExpression(t)) bad.push(c);
      if (JSON.stringify(letterAndNumberRuns(t)) !== JSON.stringify(t.match(/[\p{L}\p{N}]+/gu) ?? [])) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
});
