import { render } from 'preact';
import App from './app';
import { interceptLinkClicks } from './router';
import { startI18n } from './i18n';
import { isLanguageCode } from './i18n/languages';
import { measured } from './places/measured';
import { startPlaces } from './places/store';
import { startVisit } from './visit';
import { configureKioskFromUrl, startFromKioskCommune, watchIdleKiosk } from './kiosk';
import { isKiosk, kioskLanguage } from './kiosk/device';
import { applyKioskScreen } from './kiosk/screen';

// The places are being read since boot (src/boot.ts): they show as soon as both they and the strings are in.
void startPlaces();
// The kiosk's settings come first: a kiosk starts in its own language (?borne=1&langue=…).
configureKioskFromUrl(new URL(location.href));
const requested = new URL(location.href).searchParams.get('lang');
await measured('boussole:strings', () => startI18n(isLanguageCode(requested) ? requested : isKiosk() ? kioskLanguage() : undefined));
startVisit({ remember: !isKiosk() });
void startFromKioskCommune();
applyKioskScreen(isKiosk());
watchIdleKiosk();
interceptLinkClicks();
render(<App />, document.getElementById('app')!);
// The service worker is not needed for the first paint: register it once the page is up.
void import('./pwa/register').then(({ registerServiceWorker }) => registerServiceWorker());
