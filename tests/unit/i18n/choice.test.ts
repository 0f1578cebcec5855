// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { forgetRememberedLanguage, initialLanguage, rememberedLanguage, rememberLanguage } from '../../../src/i18n/choice';

afterEach(() => forgetRememberedLanguage());

describe('the chosen language', () => {
  it('is remembered on the device and used when a link names none', () => {
    rememberLanguage('ar');
    expect(rememberedLanguage()).toBe('ar');
    expect(initialLanguage(new URL('https://b.example/lieux'), true)).toBe('ar');
  });

  it('gives way to the link language', () => {
    rememberLanguage('ar');
    expect(initialLanguage(new URL('https://b.example/?lang=uk'), true)).toBe('uk');
  });

  it('is not used on a device that does not remember (a kiosk)', () => {
    rememberLanguage('ar');
    expect(initialLanguage(new URL('https://b.example/'), false)).toBeUndefined();
  });

  it('ignores an unknown stored value', () => {
    localStorage.setItem('boussole:langue', 'xx');
    expect(rememberedLanguage()).toBeUndefined();
  });
});
