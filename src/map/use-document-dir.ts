import { useEffect, useState } from 'preact/hooks';
import type { Direction } from './types';


function documentDir(): Direction {
  return document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The writing direction of the document (`<html dir>`), kept up to date when the language changes. */
export function useDocumentDir(): Direction {
  const [dir, setDir] = useState<Direction>(documentDir);
  useEffect(() => {
    const observer = new MutationObserver(() => setDir(documentDir()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
    setDir(documentDir());
    return () => observer.disconnect();
  }, []);
  return dir;
}

/** Whether the person asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
