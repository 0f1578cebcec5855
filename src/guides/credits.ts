/**
 * Where every pictogram in `public/pictograms/` comes from, for the credits
 * page and for CC BY-SA 4.0 attribution (the licence asks for the author, the
 * licence and whether the work was changed: `origin` says which OpenMoji
 * code points a file is, or was assembled from, or that it was drawn for
 * Boussole). The same list is written out in `public/pictograms/CREDITS.md`;
 * a test checks that every file is credited here and exists.
 */

export interface PictogramFile {
  /** File name in `public/pictograms/`. */
  file: string;
  /** « OpenMoji <code point> », « OpenMoji <code points>, assemblés pour Boussole » or « dessiné pour Boussole ». */
  origin: string;
}

export interface PictogramSet {
  name: string;
  author: string;
  licence: string;
  licenceUrl: string;
  /** Where the set is published, when it is published elsewhere. */
  url?: string;
  files: PictogramFile[];
}

export const PICTOGRAM_SETS: readonly PictogramSet[] = [
  {
    name: 'OpenMoji 17.0.0',
    author: 'OpenMoji — the open-source emoji and icon project (HfG Schwäbisch Gmünd)',
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    url: 'https://openmoji.org/',
    files: [
      { file: 'antenna-bars.svg', origin: 'OpenMoji 1F4F6' },
      { file: 'app-store.svg', origin: 'OpenMoji 1F4F1 + 1F6CD, assemblés pour Boussole' },
      { file: 'arrows-refresh.svg', origin: 'OpenMoji 1F504' },
      { file: 'bank.svg', origin: 'OpenMoji 1F3E6' },
      { file: 'calendar.svg', origin: 'OpenMoji 1F4C5' },
      { file: 'camera.svg', origin: 'OpenMoji 1F4F7' },
      { file: 'chats.svg', origin: 'OpenMoji E248' },
      { file: 'check-mark.svg', origin: 'OpenMoji 2705' },
      { file: 'clipboard.svg', origin: 'OpenMoji 1F4CB' },
      { file: 'clock.svg', origin: 'OpenMoji 1F552' },
      { file: 'compass.svg', origin: 'OpenMoji 1F9ED' },
      { file: 'credit-card.svg', origin: 'OpenMoji 1F4B3' },
      { file: 'cross-mark.svg', origin: 'OpenMoji 274C' },
      { file: 'desktop-computer.svg', origin: 'OpenMoji 1F5A5' },
      { file: 'e-mail.svg', origin: 'OpenMoji 1F4E7' },
      { file: 'envelope-flying.svg', origin: 'OpenMoji 1F4E8' },
      { file: 'envelope.svg', origin: 'OpenMoji 2709' },
      { file: 'eye.svg', origin: 'OpenMoji 1F441' },
      { file: 'family.svg', origin: 'OpenMoji 1F46A' },
      { file: 'file-folder.svg', origin: 'OpenMoji 1F4C1' },
      { file: 'floppy-disk.svg', origin: 'OpenMoji 1F4BE' },
      { file: 'globe.svg', origin: 'OpenMoji 1F310' },
      { file: 'id-card.svg', origin: 'OpenMoji 1FAAA' },
      { file: 'inbox-tray.svg', origin: 'OpenMoji 1F4E5' },
      { file: 'information.svg', origin: 'OpenMoji 2139' },
      { file: 'key.svg', origin: 'OpenMoji 1F511' },
      { file: 'keyboard.svg', origin: 'OpenMoji 2328' },
      { file: 'keys-several.svg', origin: 'OpenMoji 1F511, assemblés pour Boussole (recoloriées)' },
      { file: 'label.svg', origin: 'OpenMoji 1F3F7' },
      { file: 'ledger.svg', origin: 'OpenMoji 1F4D2' },
      { file: 'magnifying-glass.svg', origin: 'OpenMoji 1F50D' },
      { file: 'memo.svg', origin: 'OpenMoji 1F4DD' },
      { file: 'mobile-message.svg', origin: 'OpenMoji E096' },
      { file: 'mobile-phone-arrow.svg', origin: 'OpenMoji 1F4F2' },
      { file: 'mobile-phone.svg', origin: 'OpenMoji 1F4F1' },
      { file: 'need-acces-internet-materiel.svg', origin: 'OpenMoji 1F310' },
      { file: 'need-ameli.svg', origin: 'OpenMoji 1FA7A' },
      { file: 'need-ants.svg', origin: 'OpenMoji 1FAAA' },
      { file: 'need-caf.svg', origin: 'OpenMoji 1F46A' },
      { file: 'need-comprendre-numerique.svg', origin: 'OpenMoji 1F4A1' },
      { file: 'need-demarches.svg', origin: 'OpenMoji 1F3DB' },
      { file: 'need-email.svg', origin: 'OpenMoji 1F4E7' },
      { file: 'need-fabriquer-reparer.svg', origin: 'OpenMoji 1F6E0' },
      { file: 'need-france-travail.svg', origin: 'OpenMoji 1F4BC' },
      { file: 'need-impots.svg', origin: 'OpenMoji 1F4B6' },
      { file: 'need-imprimer-scanner.svg', origin: 'OpenMoji 1F5A8' },
      { file: 'need-insertion-pro.svg', origin: 'OpenMoji 1F9D1-200D-1F4BC' },
      { file: 'need-loisirs-creation.svg', origin: 'OpenMoji 1F3A8' },
      { file: 'need-materiel-solidaire.svg', origin: 'OpenMoji 267B' },
      { file: 'need-ordinateur-libre.svg', origin: 'OpenMoji 1F5A5' },
      { file: 'need-ordinateur-pas-cher.svg', origin: 'OpenMoji 1F4BB + 1F3F7, assemblés pour Boussole' },
      { file: 'need-outils-quotidien.svg', origin: 'OpenMoji 1F4BB' },
      { file: 'need-parentalite.svg', origin: 'OpenMoji 1F9D1-200D-1F9D2' },
      { file: 'need-securite.svg', origin: 'OpenMoji 1F6E1' },
      { file: 'need-smartphone.svg', origin: 'OpenMoji 1F4F1' },
      { file: 'need-wifi-gratuit.svg', origin: 'OpenMoji E254' },
      { file: 'no-birthday.svg', origin: 'OpenMoji 1F382 + 1F6AB, assemblés pour Boussole' },
      { file: 'no-link.svg', origin: 'OpenMoji 1F517 + 1F6AB, assemblés pour Boussole' },
      { file: 'no-payment.svg', origin: 'OpenMoji 1F4B6 + 1F6AB, assemblés pour Boussole' },
      { file: 'outbox-tray.svg', origin: 'OpenMoji 1F4E4' },
      { file: 'padlock-open.svg', origin: 'OpenMoji 1F513' },
      { file: 'padlock.svg', origin: 'OpenMoji 1F512' },
      { file: 'page.svg', origin: 'OpenMoji 1F4C4' },
      { file: 'paperclip.svg', origin: 'OpenMoji 1F4CE' },
      { file: 'pen.svg', origin: 'OpenMoji 1F58A' },
      { file: 'people.svg', origin: 'OpenMoji 1F465' },
      { file: 'printer.svg', origin: 'OpenMoji 1F5A8' },
      { file: 'pushpin.svg', origin: 'OpenMoji 1F4CD' },
      { file: 'remember-me-no.svg', origin: 'OpenMoji 2611 + 1F6AB, assemblés pour Boussole' },
      { file: 'selfie.svg', origin: 'OpenMoji 1F933' },
      { file: 'shield.svg', origin: 'OpenMoji 1F6E1' },
      { file: 'telephone-receiver.svg', origin: 'OpenMoji 1F4DE' },
      { file: 'video-call.svg', origin: 'OpenMoji 1F4F1 + 1F642, assemblés pour Boussole (badge caméra dessiné pour Boussole)' },
      { file: 'video-camera.svg', origin: 'OpenMoji 1F4F9' },
      { file: 'warning.svg', origin: 'OpenMoji 26A0' },
      { file: 'wifi.svg', origin: 'OpenMoji E254' },
      { file: 'zipper-mouth.svg', origin: 'OpenMoji 1F910' },
    ],
  },
  {
    name: 'Pictogrammes Boussole',
    author: "Équipe Boussole, dans le style d'OpenMoji",
    licence: 'CC BY-SA 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    files: [
      { file: 'document-corners.svg', origin: 'dessiné pour Boussole' },
      { file: 'hang-up.svg', origin: 'dessiné pour Boussole' },
      { file: 'log-out.svg', origin: 'dessiné pour Boussole' },
      { file: 'login-button.svg', origin: 'dessiné pour Boussole' },
      { file: 'need-cv-emploi.svg', origin: 'dessiné pour Boussole' },
      { file: 'usb-key.svg', origin: 'dessiné pour Boussole' },
    ],
  },
];

/** Every credited file name. */
export function creditedFiles(): string[] {
  return PICTOGRAM_SETS.flatMap((set) => set.files.map((entry) => entry.file));
}
