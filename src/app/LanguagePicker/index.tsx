import { changeLanguage, currentLanguage, useT } from '../../i18n';
import { rememberLanguage } from '../../i18n/choice';
import { LANGUAGES, isLanguageCode } from '../../i18n/languages';
import { isKiosk } from '../../kiosk/device';
import { setLanguageInAddress } from '../../router';
import './style.css';

/**
 * Each language is shown in its own name and script, and the control carries a
 * globe pictogram, so that a person who cannot read French still finds it.
 */
export default function LanguagePicker({ onChange }: { onChange?: (code: string) => void }) {
  const t = useT();
  return (
    <label class="language-picker">
      <img src="/icons/language.svg" alt="" width={28} height={28} />
      <span class="visually-hidden">{t('language.choose')} (Language, اللغة, Мова, زبان)</span>
      <select
        value={currentLanguage()}
        onChange={(event) => {
          const code = event.currentTarget.value;
          if (!isLanguageCode(code)) return;
          void changeLanguage(code);
          // A personal device keeps the choice (a kiosk returns to its own language for the next visitor).
          if (!isKiosk()) rememberLanguage(code);
          setLanguageInAddress(code);
          onChange?.(code);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.tag} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
