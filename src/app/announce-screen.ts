import { useEffect, useRef } from 'preact/hooks';

/**
 * Each screen says what it is (WCAG 2.4.2, 2.4.3): the document title is the
 * screen's main heading (a place's name, "Impôts — lieux près de Thizay"),
 * and after moving to another screen focus goes to that heading, so a
 * screen-reader user hears where they arrived instead of starting again from
 * the top of the page. Screens that load lazily get both when their heading
 * appears.
 */
export function useScreenAnnouncement({ screenKey, appName, section }: { screenKey: string; appName: string; section?: string }): void {
  const lastScreen = useRef<string | undefined>(undefined);
  useEffect(() => {
    const main = document.getElementById('main');
    if (!main) return;
    // Not on the first screen of a visit (the browser starts at the top), nor when only the language changed.
    let focusPending = lastScreen.current !== undefined && lastScreen.current !== screenKey;
    lastScreen.current = screenKey;
    const update = () => {
      const heading = document.getElementById('main-heading');
      const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
      document.title = [text, section, appName].filter(Boolean).join(' — ');
      if (focusPending && heading && heading.closest('#main')) {
        focusPending = false;
        if (!keepsFocus(main)) {
          if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [screenKey, appName, section]);
}

/** A screen that puts the person in a field on purpose (search as you type) keeps them there. */
function keepsFocus(main: HTMLElement): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && main.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName);
}

/** What makes two addresses different screens: the path and the parameters that change the answer (not filters, search text or language). */
export function screenKeyOf(url: URL): string {
  const params = ['besoin', 'service', 'commune', 'lat', 'lon'].map((name) => url.searchParams.get(name) ?? '').join('|');
  return `${url.pathname}|${params}`;
}
