import { Modal, TextInput } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { MatchKind } from '@/core/registry/field-search';
import { searchableFields, searchFields } from '@/core/registry/field-search';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useSchema } from '@/web/shared/schema/schema';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './app.module.css';

const MATCH_TEXT: Record<MatchKind, UiKey> = { name: 'name', alias: 'related', text: 'in the help' };

/**
 * The Ctrl+K dialog: find a field by its name, words of its help (English, and Korean once
 * loaded) or a common alias, and jump to it; the editor opens its section's advanced fields if needed.
 */
export function FieldPaletteDialog({ opened, onClose }: { readonly opened: boolean; readonly onClose: () => void }) {
  const { t, fieldSummary, fieldHelp } = useLocale();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const { fields, lookup } = useSchema();

  const documents = useMemo(
    () =>
      // local_rank is set by the launcher, never by hand: the form does not show it, so the search does not offer it.
      searchableFields(
        fields.filter((f) => f.name !== 'local_rank'),
        (name) => [fieldSummary(name, ''), fieldHelp(name, '')],
      ),
    [fields, fieldSummary, fieldHelp],
  );
  const hits = useMemo(() => searchFields(query, documents, 12), [query, documents]);

  const close = () => {
    onClose();
    setQuery('');
    setActive(0);
  };
  const pick = (name: string) => {
    close();
    // After the dialog has given focus back, so the field keeps it.
    window.setTimeout(() => requestFieldFocus(name), 0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (hits.length === 0 ? 0 : (index + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        event.preventDefault();
        pick(hit.name);
      }
    }
  };
  const activeId = hits[active] ? `${listId}-${hits[active].name}` : undefined;

  return (
    <>
      <Modal opened={opened} onClose={close} title={t('Find a field')} size="lg" yOffset="10vh" closeButtonProps={{ 'aria-label': t('Close') }}>
        <TextInput
          data-autofocus
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={t('Name, words from the help, or a tool (tensorboard, memory…)')}
          aria-label={t('Find a field')}
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          leftSection={<Icon name="search" size={15} />}
        />
        {query.trim() !== '' && hits.length === 0 && <p className={classes.paletteEmpty}>{t('Nothing found')}</p>}
        <ul id={listId} role="listbox" aria-label={t('Fields')} className={classes.paletteList}>
          {hits.map((hit, index) => {
            const field = lookup(hit.name);
            return (
              <li
                key={hit.name}
                id={`${listId}-${hit.name}`}
                role="option"
                aria-selected={index === active}
                className={classes.paletteOption}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(hit.name)}
              >
                <span className={classes.paletteName}>{hit.name}</span>
                <span className={classes.paletteMatch}>{t(MATCH_TEXT[hit.match])}</span>
                {field && <span className={classes.paletteSummary}>{fieldSummary(field.name, field.summary).replaceAll('`', '')}</span>}
              </li>
            );
          })}
        </ul>
      </Modal>
    </>
  );
}
