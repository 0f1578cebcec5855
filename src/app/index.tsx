import { useEffect } from 'preact/hooks';
import { changeLanguage, currentLanguage, useT } from '../i18n';
import { isLanguageCode } from '../i18n/languages';
import Home from '../orientation/Home';
import { findNeed } from '../orientation/needs';
import Orientation from '../orientation/Orientation';
import PlaceExtras from '../orientation/PlaceExtras';
import Search from '../orientation/Search';
import PlaceList from '../places/PlaceList';
import PlacePage from '../places/PlacePage';
import { usePlaces } from '../places/store';
import { useVisit } from '../visit';
import { isKiosk } from '../kiosk/device';
import KioskBar from '../kiosk/KioskBar';
import { lazyComponent } from './lazy';
import DataStatus from './DataStatus';
import LanguagePicker from './LanguagePicker';
import UpdatePrompt from '../pwa/UpdatePrompt';
import { parseRoute, useLocation, type Route } from '../router';
import './style.css';

const MapScreen = lazyComponent(() => import('../map/MapScreen'));
const GuidesScreen = lazyComponent(() => import('../guides/GuidesScreen'));
const GuidePage = lazyComponent(() => import('../guides/GuidePage'));
const CreditsScreen = lazyComponent(() => import('../guides/CreditsScreen'));

export default function App() {
  const t = useT();
  const url = useLocation();
  const route = parseRoute(url);
  const places = usePlaces();

  useEffect(() => {
    document.title = `${t('appName')} — ${t('tagline')}`;
  }, [t]);

  // ?lang=<code> is honoured on every route, so a mediator can share a link in the visitor's language.
  const requestedLanguage = url.searchParams.get('lang');
  useEffect(() => {
    if (isLanguageCode(requestedLanguage) && requestedLanguage !== currentLanguage()) void changeLanguage(requestedLanguage);
  }, [requestedLanguage]);

  return (
    <>
      <a class="skip-link" href="#main">{t('skipToContent')}</a>
      <UpdatePrompt />
      <header class="app-header">
        <a class="app-header__brand" href="/">
          <img src="/icons/icon.svg" alt="" width={40} height={40} />
          <span>{t('appName')}</span>
        </a>
        <LanguagePicker />
        {isKiosk() && <KioskBar />}
      </header>
      <nav class="app-nav" aria-label={t('nav.label')}>
        <ul>
          <li><a href="/" aria-current={route.name === 'home' ? 'page' : undefined}>{t('nav.home')}</a></li>
          <li><a href="/lieux" aria-current={route.name === 'places' ? 'page' : undefined}>{t('nav.places')}</a></li>
          <li><a href="/recherche" aria-current={route.name === 'search' ? 'page' : undefined}>{t('nav.search')}</a></li>
          <li><a href="/carte" aria-current={route.name === 'map' ? 'page' : undefined}>{t('nav.map')}</a></li>
          <li><a href="/guides" aria-current={route.name === 'guides' || route.name === 'guide' ? 'page' : undefined}>{t('nav.guides')}</a></li>
        </ul>
      </nav>
      <main id="main" class="app-main" tabIndex={-1}>
        <Screen route={route} url={url} />
      </main>
      <footer class="app-footer">
        <DataStatus state={places} />
        <p>
          <a href="/credits">{t('nav.credits')}</a>
        </p>
      </footer>
    </>
  );
}

function Screen({ route, url }: { route: Route; url: URL }) {
  const t = useT();
  const tp = useT('places');
  const places = usePlaces();
  const { where } = useVisit();
  switch (route.name) {
    case 'home':
      return <Home />;
    case 'orientation':
      return <Orientation params={route.params} />;
    case 'search':
      return <Search query={route.query} />;
    case 'map':
      return <MapScreen params={route.params} />;
    case 'guides':
      return <GuidesScreen />;
    case 'guide':
      return <GuidePage id={route.id} />;
    case 'credits':
      return <CreditsScreen />;
    case 'places':
      return (
        <section aria-labelledby="main-heading">
          <h1 id="main-heading">{tp('list.title')}</h1>
          {places.status === 'ready' && (
            <>
              <p>{tp('list.count', { count: places.places.length })}</p>
              <PlaceList places={places.places} labelledBy="main-heading" />
            </>
          )}
        </section>
      );
    case 'place':
      if (places.status !== 'ready') return <DataStatus state={places} />;
      return (
        <PlacePage place={places.byId.get(route.id)}>
          {places.byId.has(route.id) && (
            <PlaceExtras place={places.byId.get(route.id)!} need={findNeed(url.searchParams.get('besoin'))} where={where} />
          )}
        </PlacePage>
      );
    default:
      return (
        <section>
          <h1 id="main-heading">{t('notFound.title')}</h1>
          <p>{t('notFound.body')}</p>
          <a href="/">{t('notFound.back')}</a>
        </section>
      );
  }
}
