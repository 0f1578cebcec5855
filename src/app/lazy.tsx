import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

/**
 * A component loaded on first use, so heavy screens (map, guides) stay out of
 * the first paint. The import is cached by the module system.
 */
export function lazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyComponent(props: P) {
    const t = useT();
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (loaded) return;
      let alive = true;
      void load().then((module) => {
        loaded = module.default;
        if (alive) setComponent(() => module.default);
      });
      return () => {
        alive = false;
      };
    }, []);
    return Component ? <Component {...props} /> : <p role="status">{t('loading')}</p>;
  };
}
