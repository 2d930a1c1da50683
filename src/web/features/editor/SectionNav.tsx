import { SECTIONS } from '@/core/registry/sections';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useSchema } from '@/web/shared/schema/schema';
import classes from './editor.module.css';

/** Jump links to every section card, kept in view while the form scrolls. */
export function SectionNav() {
  const { sectionTitle, t } = useLocale();
  const schema = useSchema();
  return (
    <nav className={classes.nav} aria-label={t('Sections')}>
      {SECTIONS.filter((section) => schema.section(section.id).length > 0).map((section) => (
        <a
          key={section.id}
          href={`#section-card-${section.id}`}
          className={classes.navLink}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(`section-card-${section.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}
        >
          {section.id === 'class' ? schema.configClass : sectionTitle(section.id, section.title)}
        </a>
      ))}
    </nav>
  );
}
