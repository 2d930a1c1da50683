import { Badge, Loader } from '@mantine/core';
import { ownerLabel } from '@/core/import/owner-label';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import type { ImportPlanState } from './use-import-plan';
import classes from './import.module.css';

interface ImportPreviewProps {
  readonly state: ImportPlanState;
}

/** What the import will set, what it dropped and why, and what it could not read (with positions). */
export function ImportPreview({ state }: ImportPreviewProps) {
  const { t, message } = useLocale();
  if (state.status === 'empty') {
    return (
      <div className={classes.placeholder}>
        <Icon name="fileImport" size={22} />
        <span>{t('Paste or drop a config to see what will be set')}</span>
      </div>
    );
  }
  if (state.status === 'loading') {
    return (
      <div className={classes.placeholder}>
        <Loader size="sm" />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className={classes.errors} role="alert">
        {t('Could not read the text')}: {state.message}
      </div>
    );
  }
  const { set, dropped, errors, otherArgs = [], notes = [] } = state.plan;
  const unknown = set.filter((v) => v.unknown).length;
  const tokens = state.tokens.map((token) => `${token.masked} (${t('Line')} ${token.line})`).join(', ');
  return (
    <div className={classes.preview}>
      {state.tokens.length > 0 && (
        <section aria-label={t('Warning')} className={classes.errors} role="alert">
          <h3 className={classes.sectionTitle}>
            <Icon name="warning" size={14} /> {t('Warning')}
          </h3>
          <p className={classes.note}>
            {fillTemplate(
              t(
                'This text holds what looks like a Hugging Face token: {tokens}. A hub_token is never imported (set HF_TOKEN where the script runs), and one in any other field is flagged under Issues. Rotate this token now: one pasted into a web page may have leaked.',
              ),
              { tokens },
            )}
          </p>
        </section>
      )}
      {errors.length > 0 && (
        <section aria-label={t('Errors')} className={classes.errors}>
          <h3 className={classes.sectionTitle}>
            <Icon name="error" size={14} /> {t('Errors')} ({errors.length})
          </h3>
          <ul className={classes.list}>
            {errors.map((error, i) => (
              <li key={i}>
                {error.line !== undefined && (
                  <span className={classes.position}>
                    {t('Line')} {error.line}
                    {error.column !== undefined && `, ${t('Column')} ${error.column}`}
                  </span>
                )}
                {error.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={t('Will be set')}>
        <h3 className={classes.sectionTitle}>
          {t('Will be set')} ({set.length})
        </h3>
        {set.length === 0 ? (
          <p className={classes.note}>{t('Nothing: every field goes back to its default')}</p>
        ) : (
          <table className={classes.table}>
            <tbody>
              {set.map((value) => (
                <tr key={value.key} data-unknown={value.unknown || undefined}>
                  <td className={classes.key}>
                    {value.key}
                    {value.unknown && (
                      <Badge size="xs" variant="light" color="red" ml={6}>
                        {t('not a v5 argument')}
                      </Badge>
                    )}
                  </td>
                  <td className={classes.value}>{value.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {unknown > 0 && <p className={classes.note}>{t('Unknown names are kept so the Issues list can name them and offer a fix.')}</p>}
      </section>
      {otherArgs.length > 0 && (
        <section aria-label={t('Not TrainingArguments')}>
          <h3 className={classes.sectionTitle}>
            {t('Not TrainingArguments')} ({otherArgs.length})
          </h3>
          <p className={classes.note}>{t('Read by other programs (the script, a recipe tool, the launcher): kept here for reference, not errors.')}</p>
          <table className={classes.table}>
            <tbody>
              {otherArgs.map((arg) => (
                <tr key={arg.name}>
                  <td className={classes.key}>{arg.name}</td>
                  <td className={classes.value}>{arg.text}</td>
                  <td className={classes.owner}>{message(ownerLabel(arg.owner))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {dropped.length > 0 && (
        <section aria-label={t('Not imported')}>
          <h3 className={classes.sectionTitle}>
            {t('Not imported')} ({dropped.length})
          </h3>
          <ul className={classes.list}>
            {dropped.map((d) => (
              <li key={d.key}>
                <span className={classes.key}>{d.key}</span> — {d.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {notes.length > 0 && (
        <section aria-label={t('Notes')}>
          <h3 className={classes.sectionTitle}>
            {t('Notes')} ({notes.length})
          </h3>
          <ul className={classes.list}>
            {notes.map((note, i) => (
              <li key={`${note.key}-${i}`}>
                <span className={classes.key}>{note.key}</span> — {message(note.text)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
