import { memo } from 'react';
import classes from './rich-text.module.css';

interface RichTextProps {
  readonly text: string;
}

/**
 * Plain text where `backticked` spans (Python names and values in help and messages) show as code. Memoised:
 * the text around an input (its summary) stays while the input re-renders for each keystroke.
 */
export const RichText = memo(function RichText({ text }: RichTextProps) {
  const parts = text.split(/`([^`\n]+)`/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className={classes.code}>
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
});
