import { useMemo } from 'react';
import { highlightPython } from './highlight-python';
import classes from './code.module.css';

interface PythonCodeProps {
  readonly code: string;
}

/** Generated code in a <pre>, coloured; its text is exactly the code, so copying by hand works too. */
export function PythonCode({ code }: PythonCodeProps) {
  const tokens = useMemo(() => highlightPython(code), [code]);
  return (
    <pre className={classes.pre} aria-label="Python code" tabIndex={0}>
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
