import type { EmitNote } from '@/core/emit/config-file';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './code.module.css';

interface SideFileNotesProps {
  readonly notes: readonly EmitNote[];
  readonly fileName: string | undefined;
}

/** What a generated DeepSpeed or accelerate file leaves to the user: the stage, where to save it, what to check. */
export function SideFileNotes({ notes, fileName }: SideFileNotesProps) {
  const { t, message } = useLocale();
  if (notes.length === 0) return null;
  return (
    <section className={classes.skipped} aria-labelledby="side-file-notes-title">
      <div id="side-file-notes-title" className={classes.skippedTitle}>
        <Icon name="warning" size={14} />
        {t('What to decide')} ({notes.length}){fileName === undefined ? '' : ` · ${fileName}`}
      </div>
      <ul className={classes.skippedList}>
        {notes.map((note, i) => (
          <li key={i}>
            <span className={classes.skippedReason}>{message(note)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
