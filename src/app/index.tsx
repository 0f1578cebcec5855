import { useEffect, useState } from 'preact/hooks';
import { changeLanguage, currentLanguage, useT } from '../i18n';
import { rememberLanguage } from '../i18n/choice';
import { isLanguageCode } from '../i18n/languages';
import Home from '../orientation/Home';
import { findNeed } from '../orientation/needs';
import Orientation from '../orientation/Orientation';
import PlaceExtras from '../orientation/PlaceExtras';
import PlaceTop from '../orientation/PlaceTop';
import Search from '../orientation/Search';
import PlaceList from '../places/PlaceList';
import PlacePage from '../places/PlacePage';
import { usePlaces } from '../places/store';
import { useVisit } from '../visit';
import { isKiosk } from '../kiosk/device';
import KioskBar from '../kiosk/KioskBar';
import IdleWarning from '../kiosk/IdleWarning';
import { lazyComponent } from './lazy';
import { screenKeyOf, useScreenAnnouncement } from './announce-screen';
import DataStatus from './DataStatus';
import LanguagePicker from './LanguagePicker';
import UpdatePrompt from '../pwa/UpdatePrompt';
import { parseRoute, useLocation, type Route } from '../router';
import { afterPaint, answerShown } from '../scheduling';
import './style.css';

const MapScreen = lazyComponent(() => import('../map/MapScreen'));
const GuidesScreen = lazyComponent(() => import('../guides/GuidesScreen'));
const GuidePage = lazyComponent(() => import('../guides/GuidePage'));
const CreditsScreen = lazyComponent(() => import('../guides/CreditsScreen'));
const AboutScreen = lazyComponent(() => import('../about/AboutScreen'));
const MediatorScreen = lazyComponent(() => import('../mediator/MediatorScreen'));
// Print, QR code, SMS and share: with the QR library, out of the first paint.
const PlaceHandoff = lazyComponent(() => import('../handoff/PlaceHandoff'));
const Leaflet = lazyComponent(() => import('../handoff/Leaflet'));

export default function App() {
  const t = useT();
  const url = useLocation();
  const route = parseRoute(url);
  const places = usePlaces();

  useScreenAnnouncement({ screenKey: screenKeyOf(url), appName: t('appName'), section: route.name === 'map' ? t('nav.map') : undefined });

  // ?lang=<code> is honoured on every route, so a mediator can share a link in the visitor's language.
  const requestedLanguage = url.searchParams.get('lang');
  useEffect(() => {
    if (!isLanguageCode(requestedLanguage) || requestedLanguage === currentLanguage()) return;
    void changeLanguage(requestedLanguage);
    if (!isKiosk()) rememberLanguage(requestedLanguage);
  }, [requestedLanguage]);

  // Orientation and search say themselves when their answer is on screen; the other screens once the places are in.
  const waitsForItsAnswer = route.name === 'orientation' || route.name === 'search';
  useEffect(() => (!waitsForItsAnswer && places.status !== 'loading' ? afterPaint(answerShown) : undefined), [waitsForItsAnswer, places.status]);

  // On a small screen the navigation folds behind a "Menu" button, so the first screen shows content, not links.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [url.href]);

  return (
    <>
      <a class="skip-link" href="#main">{t('skipToContent')}</a>
      <UpdatePrompt />
      <header class="app-header">
        <a class="app-header__brand" href="/">
          <img src="/icons/icon.svg" alt="" width={40} height={40} />
          <span>{t('appName')}</span>
        </a>
        <div class="app-header__tools">
          <LanguagePicker />
          <button
            type="button"
            class="app-header__menu"
            aria-expanded={menuOpen}
            aria-controls="app-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('nav.menu')}
          </button>
        </div>
        {isKiosk() && <KioskBar />}
      </header>
      <nav id="app-nav" class={menuOpen ? 'app-nav app-nav--open' : 'app-nav'} aria-label={t('nav.label')}>
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
          <a href="/a-propos">{t('nav.about')}</a> · <a href="/credits">{t('nav.credits')}</a>
        </p>
      </footer>
      {isKiosk() && <IdleWarning />}
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
    case 'about':
      return <AboutScreen />;
    case 'mediator':
      return <MediatorScreen />;
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
    case 'place': {
      if (places.status !== 'ready') return <DataStatus state={places} />;
      const place = places.byId.get(route.id);
      const need = findNeed(url.searchParams.get('besoin'));
      return (
        <PlacePage
          place={place}
          top={place && <PlaceTop place={place} need={need} />}
          handoff={place && <PlaceHandoff place={place} need={need} where={where} />}
        >
          {place && <PlaceExtras place={place} need={need} where={where} />}
        </PlacePage>
      );
    }
    case 'leaflet':
      return <Leaflet params={route.params} />;
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
