import { Component } from 'react';
import type { ReactNode } from 'react';

// React itself reports the caught error to the console (createRoot's onCaughtError).
import classes from './error-boundary.module.css';

interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What failed, for the message ("Issues and code"). */
  readonly what: string;
}

interface ErrorBoundaryState {
  readonly error: Error | null;
}

/**
 * Keeps a rendering bug in one part of the page from blanking the rest; the form values live in
 * react-hook-form, outside the boundary, so nothing typed is lost and Retry re-renders from them.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className={classes.box}>
        <strong>{this.props.what} failed to render.</strong> <span>{error.message}</span>{' '}
        <button type="button" className={classes.retry} onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
