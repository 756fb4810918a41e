/** Names and labels in Kazakh, Russian and English. */
export interface Labels {
  kk: string;
  ru: string;
  en: string;
}

export type Language = keyof Labels;

/** Labels where a language may be missing (a source gives no Kazakh or English name). */
export interface NullableLabels {
  kk: string | null;
  ru: string | null;
  en: string | null;
}

const FALLBACK: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

/** The label in the requested language, else Russian, else whichever exists. */
export function pickLabel(labels: NullableLabels, language: Language): string {
  for (const candidate of FALLBACK[language]) {
    const value = labels[candidate];
    if (value) return value;
  }
  return '';
}
