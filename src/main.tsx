import { render } from 'preact';
import App from './app';
import { carryLanguageInLinks, interceptLinkClicks } from './router';
import { startI18n } from './i18n';
import { initialLanguage, rememberLanguage } from './i18n/choice';
import { measured } from './places/measured';
import { startPlaces } from './places/store';
import { startVisit } from './visit';
import { configureKioskFromUrl, startFromKioskCommune, watchIdleKiosk } from './kiosk';
import { isKiosk, kioskLanguage } from './kiosk/device';
import { applyKioskScreen } from './kiosk/screen';
import { afterAnswerShown } from './scheduling';
import { communeByCode } from './orientation/where/by-code';

// The bench (bench/lib/browser.ts) reads this mark: the moment the app's own code starts, once every module it
// imports statically has been fetched and evaluated (imports run first, so this is the body's first moment).
performance.mark('boussole:main');

// The places are being read since boot (src/boot.ts): they show as soon as both they and the strings are in.
void startPlaces();
// A shared link names its commune: its département's chunk loads while the places are read, not after the first render
// (an idle moment spent waiting for it would let the places store load Dexie ahead of the first results).
const startUrl = new URL(location.href);
const linkedCommune = startUrl.searchParams.get('commune');
if (linkedCommune) void communeByCode(linkedCommune).catch(() => undefined);
// The kiosk's settings come first: a kiosk never starts in a remembered visitor's language, but in its own (?langue=).
configureKioskFromUrl(startUrl);
const remembers = !isKiosk();
// The language is known before the first paint: the link's, else the one this device remembers, else the kiosk's.
const language = initialLanguage(startUrl, remembers) ?? (remembers ? undefined : kioskLanguage());
if (language && remembers) rememberLanguage(language);
await measured('boussole:strings', () => startI18n(language));
carryLanguageInLinks(remembers);
startVisit({ remember: !isKiosk() });
void startFromKioskCommune();
applyKioskScreen(isKiosk());
watchIdleKiosk();
interceptLinkClicks();
render(<App />, document.getElementById('app')!);
// The service worker is not needed for the first results: it is registered once they are on screen.
void afterAnswerShown(2000)
  .then(() => import('./pwa/register'))
  .then(({ registerServiceWorker }) => registerServiceWorker());
