// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { carryLanguageInLinks, interceptLinkClicks, navigate, withCurrentLanguage } from '../../../src/router';

afterEach(() => {
  carryLanguageInLinks(false);
  history.replaceState(null, '', '/');
});

describe('the language travels in links', () => {
  it('adds the page language to an in-app link that names none, and leaves others alone', () => {
    carryLanguageInLinks(true);
    history.replaceState(null, '', '/orientation?besoin=caf&lang=ar');
    expect(withCurrentLanguage('/lieu/hub-285?besoin=caf')).toBe('/lieu/hub-285?besoin=caf&lang=ar');
    expect(withCurrentLanguage('/guides?lang=uk')).toBe('/guides?lang=uk');
    expect(withCurrentLanguage('https://example.org/x')).toBe('https://example.org/x');
  });

  it('navigates with the language, so the address to share carries it', () => {
    carryLanguageInLinks(true);
    history.replaceState(null, '', '/?lang=fa');
    navigate('/recherche?q=caf');
    expect(location.pathname + location.search).toBe('/recherche?q=caf&lang=fa');
  });

  it('gives a link its language as soon as it is pressed or focused (new tab, copy)', () => {
    carryLanguageInLinks(true);
    history.replaceState(null, '', '/lieux?lang=uk');
    const stop = interceptLinkClicks(document);
    const link = document.createElement('a');
    link.href = '/lieu/hub-1';
    document.body.append(link);
    link.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(link.getAttribute('href')).toBe('/lieu/hub-1?lang=uk');
    stop();
    link.remove();
  });

  it('does nothing on a kiosk (carrying switched off)', () => {
    carryLanguageInLinks(false);
    history.replaceState(null, '', '/?lang=ar');
    expect(withCurrentLanguage('/lieux')).toBe('/lieux');
  });
});
