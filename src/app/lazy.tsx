import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { withRetries } from '../pwa/retry';

/**
 * A component loaded on first use, so heavy screens (map, guides) stay out of
 * the first paint. A chunk that cannot be fetched (a deploy replaced it, the
 * service worker's copy was evicted, the network dropped) is tried again, then
 * the screen says so and offers to reload, instead of "loading" forever.
 */
export function lazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyComponent(props: P) {
    const t = useT();
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let alive = true;
      withRetries(load).then(
        (module) => {
          loaded = module.default;
          if (alive) setComponent(() => module.default);
        },
        (error: unknown) => {
          console.warn('Boussole: a part of the app could not be loaded', error);
          if (alive) setFailed(true);
        },
      );
      return () => {
        alive = false;
      };
    }, []);
    if (Component) return <Component {...props} />;
    if (failed) return <LoadFailed />;
    return <p role="status">{t('loading')}</p>;
  };
}

/** What a screen says when its code could not be fetched: the words, and the one thing that helps. */
export function LoadFailed() {
  const t = useT();
  return (
    <div role="alert" class="load-failed">
      <p>{t('trouble.chunk')}</p>
      <p>
        <button type="button" class="button--primary" onClick={() => location.reload()}>
          {t('trouble.reload')}
        </button>
      </p>
    </div>
  );
}
