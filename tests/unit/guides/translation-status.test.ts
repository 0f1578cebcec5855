/** How each language was translated, and whether a native speaker has reviewed it: the app's « traduction à relire » notice. */
import { describe, expect, it } from 'vitest';
import status from '../../../src/i18n/translation-status.json';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../src/i18n/languages';

type Status = Record<string, { method?: unknown; reviewed?: unknown; reviewer?: unknown }>;
const entries = status as Status;

describe('translation status', () => {
  it('covers exactly the app languages', () => {
    expect(Object.keys(entries).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('says how each was made, whether it was reviewed and by whom', () => {
    for (const { code } of LANGUAGES) {
      const entry = entries[code];
      expect(typeof entry?.method === 'string' && entry.method.trim().length > 0, code).toBe(true);
      expect(typeof entry?.reviewed, code).toBe('boolean');
      expect(typeof entry?.reviewer, code).toBe('string');
    }
  });

  it('marks French as the reviewed source and a translation reviewed only with a named reviewer', () => {
    expect(entries[SOURCE_LANGUAGE]?.reviewed).toBe(true);
    for (const { code } of LANGUAGES) {
      if (code === SOURCE_LANGUAGE) continue;
      const entry = entries[code];
      if (entry?.reviewed === true) expect(String(entry.reviewer).trim(), code).not.toBe('');
    }
  });
});
