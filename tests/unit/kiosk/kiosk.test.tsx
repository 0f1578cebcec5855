// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureKioskFromUrl, forgetVisitor, stillHere, watchIdleKiosk, WARNING_SECONDS } from '../../../src/kiosk';
import { idleSeconds, isKiosk, kioskCommune, kioskLanguage } from '../../../src/kiosk/device';
import IdleWarning from '../../../src/kiosk/IdleWarning';
import { currentLanguage, i18n, startI18n } from '../../../src/i18n';
import { setStartingPoint, setWhere, startVisit, useVisit } from '../../../src/visit';

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces('kiosk');
});

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setStartingPoint(undefined);
});

describe('kiosk device settings from the link', () => {
  it('keeps the commune (a valid INSEE code) and the language, and forgets all with ?borne=0', () => {
    configureKioskFromUrl(new URL('http://x/?borne=1&veille=45&commune=28168&langue=uk'));
    expect([isKiosk(), idleSeconds(), kioskCommune(), kioskLanguage()]).toEqual([true, 45, '28168', 'uk']);
    configureKioskFromUrl(new URL('http://x/?borne=1&commune=Gallardon&langue=klingon'));
    expect([kioskCommune(), kioskLanguage()]).toEqual(['28168', 'uk']); // a bad value changes nothing
    configureKioskFromUrl(new URL('http://x/?borne=1&commune=2A004'));
    expect(kioskCommune()).toBe('2A004');
    configureKioskFromUrl(new URL('http://x/?borne=0'));
    expect([isKiosk(), kioskCommune(), kioskLanguage()]).toEqual([false, undefined, 'fr']);
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

describe('a reset returns to the kiosk, not to nothing', () => {
  it('keeps the kiosk commune as the starting point and its language, and drops the visitor\'s', async () => {
    configureKioskFromUrl(new URL('http://x/?borne=1&commune=28168&langue=en'));
    startVisit({ remember: false });
    const gallardon = { label: 'Gallardon', latitude: 48.52, longitude: 1.69, source: 'commune' as const, code: '28168' };
    setStartingPoint(gallardon);
    let seen: ReturnType<typeof useVisit> | undefined;
    function Probe() {
      seen = useVisit();
      return null;
    }
    render(<Probe />);
    expect(seen?.where?.code).toBe('28168');
    act(() => setWhere({ label: 'Chartres', latitude: 48.44, longitude: 1.49, source: 'commune', code: '28085' }));
    expect(seen?.where?.code).toBe('28085');
    await act(async () => {
      await i18n.changeLanguage('ar');
      await forgetVisitor();
    });
    expect(seen?.where?.code).toBe('28168');
    expect(currentLanguage()).toBe('en');
    expect(localStorage.getItem('boussole:ou-je-suis')).toBeNull();
  });
});

describe('idle warning', () => {
  it('warns after the idle delay with a countdown, keeps the screen on "Je continue", resets without an answer', async () => {
    await i18n.changeLanguage('fr');
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-03T10:00:00+01:00'));
    configureKioskFromUrl(new URL('http://x/?borne=1&veille=60'));
    history.replaceState(null, '', '/lieu/hub-47');
    const stop = watchIdleKiosk();
    render(<IdleWarning />);

    act(() => void vi.advanceTimersByTime(59_000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => void vi.advanceTimersByTime(1_000));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Vous êtes toujours là ?');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toMatch(/personne suivante/);
    expect(dialog.textContent).toContain(`Effacement dans ${WARNING_SECONDS} s`);
    expect(WARNING_SECONDS).toBeGreaterThanOrEqual(20);
    expect(document.activeElement?.textContent).toBe('Je continue');
    act(() => void vi.advanceTimersByTime(10_000));
    expect(dialog.textContent).toContain(`Effacement dans ${WARNING_SECONDS - 10} s`);

    act(() => stillHere());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => void vi.advanceTimersByTime(30_000));
    expect(location.pathname).toBe('/lieu/hub-47');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000 + WARNING_SECONDS * 1000);
    });
    expect(location.pathname).toBe('/');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    stop();
  });
});

describe('kiosk screen', () => {
  it('marks <html> for larger text, asks for a wake lock and fullscreen where they exist, and never fails where they do not', async () => {
    const { applyKioskScreen } = await import('../../../src/kiosk/screen');
    const request = vi.fn(() => Promise.reject(new Error('low battery')));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
    document.documentElement.requestFullscreen = requestFullscreen as unknown as typeof document.documentElement.requestFullscreen;
    const stop = applyKioskScreen(true);
    expect(document.documentElement.classList.contains('kiosk')).toBe(true);
    expect(request).toHaveBeenCalledWith('screen');
    window.dispatchEvent(new Event('pointerdown'));
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    await Promise.resolve(); // the refusals are swallowed, not thrown
    stop();

    Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
    document.documentElement.requestFullscreen = undefined as unknown as typeof document.documentElement.requestFullscreen;
    expect(() => {
      applyKioskScreen(true)();
      window.dispatchEvent(new Event('pointerdown'));
    }).not.toThrow();
    applyKioskScreen(false);
    expect(document.documentElement.classList.contains('kiosk')).toBe(false);
  });
});
