import { memo, Suspense } from 'react';
import type { Control } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { RunContext } from '@/core/schedule/run-context';
import type { FormHistoryControls } from '@/web/shared/history/use-form-history';
import type { FormValues } from '@/web/shared/form/form-values';
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { LazyDerivedPanels } from './LazyDerivedPanels';
import { SideSkeleton } from './SideSkeleton';

interface SideColumnProps {
  readonly control: Control<FormValues>;
  readonly hardware: HardwareProfile;
  readonly history: FormHistoryControls;
  readonly run: RunContext;
  readonly onRunChange: (run: RunContext) => void;
}

/**
 * Memoised with stable props: until its chunk arrives, the prerendered column is still dehydrated, and a
 * re-render reaching it (the app re-renders at start-up) would make React drop that HTML for the skeleton.
 */
export const SideColumn = memo(function SideColumn(props: SideColumnProps) {
  return (
    <ErrorBoundary what="Issues, preview and code">
      <Suspense fallback={<SideSkeleton />}>
        <LazyDerivedPanels {...props} />
      </Suspense>
    </ErrorBoundary>
  );
});
