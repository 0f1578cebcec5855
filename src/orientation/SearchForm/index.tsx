import { useT } from '../../i18n';
import { navigate } from '../../router';

/** A plain GET form: it works as a link (/recherche?q=…) and by keyboard. */
export default function SearchForm({ initial = '' }: { initial?: string }) {
  const t = useT('orientation');
  return (
    <form
      class="search-form"
      role="search"
      action="/recherche"
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        const query = new FormData(event.currentTarget).get('q')?.toString() ?? '';
        navigate(`/recherche?q=${encodeURIComponent(query.trim())}`);
      }}
    >
      <label for="search-query">{t('search.label')}</label>
      <div class="search-form__row">
        <input id="search-query" name="q" type="search" defaultValue={initial} autocomplete="off" />
        <button type="submit" class="button--primary">{t('search.submit')}</button>
      </div>
    </form>
  );
}
