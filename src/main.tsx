import { render } from 'preact';
import App from './app';
import { interceptLinkClicks } from './app/router';
import { startI18n } from './i18n';
import { isLanguageCode } from './i18n/languages';
import { startPlaces } from './places/store';
import { startVisit } from './visit';
import { configureKioskFromUrl, watchIdleKiosk } from './kiosk';

// Reading the places from IndexedDB starts first: it runs while the strings load and the page renders.
void startPlaces();
const requested = new URL(location.href).searchParams.get('lang');
// A shared link names its commune: the commune list loads meanwhile instead of after the first render.
if (new URL(location.href).searchParams.has('commune')) void import('./orientation/where/load').then(({ loadCommuneFinder }) => loadCommuneFinder());
await startI18n(isLanguageCode(requested) ? requested : undefined);
configureKioskFromUrl(new URL(location.href));
startVisit();
watchIdleKiosk();
interceptLinkClicks();
render(<App />, document.getElementById('app')!);
// The service worker is not needed for the first paint: register it once the page is up.
void import('./pwa/register').then(({ registerServiceWorker }) => registerServiceWorker());
