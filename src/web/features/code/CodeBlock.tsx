import { useMemo } from 'react';
import type { CodeLanguage } from './highlight-code';
import { highlightCode } from './highlight-code';
import classes from './code.module.css';

interface CodeBlockProps {
  readonly code: string;
  readonly language: CodeLanguage;
  /** Accessible name of the block ("Python code", "YAML"). */
  readonly label: string;
}

/** Generated code in a <pre>, coloured; its text is exactly the code, so copying by hand works too. */
export function CodeBlock({ code, language, label }: CodeBlockProps) {
  const tokens = useMemo(() => highlightCode(code, language), [code, language]);
  return (
    <pre className={classes.pre} aria-label={label} tabIndex={0}>
      <code>
        {tokens.map((token, i) =>
          token.kind === 'plain' ? (
            token.text
          ) : (
            <span key={i} className={classes[token.kind]}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
