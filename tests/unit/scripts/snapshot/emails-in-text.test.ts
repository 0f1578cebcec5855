/**
 * Finding e-mail addresses in free text in linear time: the same answers as
 * the regex it replaces (which was quadratic), on short random texts, and an
 * answer at all on long adversarial ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmails, replaceEmails } from '../../../../scripts/lib/text/emails-in-text';
import { withoutPersonalEmails } from '../../../../scripts/lib/snapshot/personal-email';

const OLD_EMAIL_IN_TEXT = /[A-Za-z0-9_][A-Za-z0-9.!#$%&'*+=?^_`{|}~-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const byRegex = (text: string) => [...text.matchAll(OLD_EMAIL_IN_TEXT)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

/** Texts built from the characters that matter to an address. */
const addressyText = fc.string({ unit: fc.constantFrom('a', 'B', '7', '_', '.', '-', '@', ' ', '+', '!', 'é', ';', '\n'), maxLength: 120 });

describe('e-mail addresses in free text', () => {
  it('finds exactly what the former regex found, on random short texts', () => {
    fc.assert(
      fc.property(addressyText, (text) => {
        expect(findEmails(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('replaces each address and keeps the rest of the text', () => {
    expect(replaceEmails('Écrire à marie.durand@gmail.com ou accueil@mairie.fr.', () => '[x]')).toBe('Écrire à [x] ou [x].');
  });

  it('answers in linear time on long adversarial texts (no "@", many "@", one huge local part)', () => {
    const size = 1_000_000;
    const adversarial = [
      'a'.repeat(size),
      'a'.repeat(size) + '@',
      '@'.repeat(size),
      'a@'.repeat(size / 2),
      'a.'.repeat(size / 2) + '@b',
      `${'a'.repeat(size)}@${'b.'.repeat(1000)}`,
      'a@b'.repeat(size / 3),
    ];
    for (const text of adversarial) {
      const started = performance.now();
      findEmails(text);
      // Generous for a shared 2-core machine; the quadratic regex needed minutes at this size.
      expect(performance.now() - started, `${text.slice(0, 12)}… (${text.length})`).toBeLessThan(2000);
    }
  });

  it('stays fast on 200,000-character texts made of a random motif repeated', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '.', '-', '_', '@', 'b'), minLength: 50, maxLength: 200 }), (motif) => {
        const text = motif.repeat(Math.ceil(200_000 / motif.length));
        const started = performance.now();
        findEmails(text);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 20 },
    );
  });

  it('redacts a personal address in a 1 MB field without hanging', () => {
    const text = `${'x'.repeat(1_000_000)} contact : jean.dupont@gmail.com ${'y'.repeat(1000)}@${'z'.repeat(10)}.fr`;
    const cleaned = withoutPersonalEmails(text, ['Médiathèque']);
    expect(cleaned.removed).toBe(2);
    expect(cleaned.text).not.toContain('jean.dupont');
  });
});
