/**
 * Invented texts at the seams where same-story features join folded parts (headline + summary, headline +
 * lead), written for test/stories/folded-parts.test.ts and test/pipeline/analyse.test.ts, not taken from any
 * labelled set: datelines in headlines and summaries, parentheses, measures, dotted abbreviations and
 * thousands at the seam, characters outside the BMP, final sigma, a lead cut before the summary's end.
 */
export const EDGE_TEXTS: Array<{ title: string; summary: string }> = [
  { title: 'Agents detain 40 near Laredo (AP)', summary: 'LAREDO, Texas (AP) — Agents detained 40 migrants Tuesday.' },
  { title: 'WASHINGTON (Reuters)', summary: 'Officials said on Monday the 1,200-foot wall segment was done.' },
  { title: 'Talks with the U.S.', summary: 'A.B. officials met on Friday; 2,000 pounds of meth seized on I-35.' },
  { title: 'Toll reaches 1', summary: ',000 as rescuers search; death toll rises to 51 on Thursday' },
  { title: 'Route 5.', summary: '3 miles of fence on U.S. 83 and carretera 57 in March 2024' },
  { title: '', summary: 'EL PASO, Texas (AP) — WASHINGTON (Reuters) - Agents found 38 migrants on Tuesday.' },
  { title: 'Migrantes 𝐂𝐚𝐫𝐚𝐯𝐚𝐧𝐚 llegan el lunes', summary: 'Unos 2 mil migrantes 😀 llegan a Tapachula (Chiapas) el 14 de noviembre.' },
  { title: 'ΣΟΦΙΑΣ border Σ', summary: 'Σ crossing in May; FY2024 figures since 2021' },
  { title: 'Border Patrol: 1,200 arrests in El Paso', summary: '' },
  { title: 'Llegan migrantes', summary: `${'palabra '.repeat(39)}240 mil migrantes llegaron el lunes a Tijuana, Texas. Y más (EFE).` },
  { title: 'Roma, Texas: 600 metros de túnel', summary: 'MÉXICO (EFE).- Hallan un túnel de 600 metros el miércoles.\nCIUDAD JUÁREZ (AP) - Otro más.' },
];
