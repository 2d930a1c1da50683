import type { IconName } from './icon-paths';
import { ICON_PATHS } from './icon-paths';

interface IconProps {
  readonly name: IconName;
  readonly size?: number;
  readonly stroke?: number;
}

/** A decorative stroke icon; meaning is always also given in text or an aria-label beside it. */
export function Icon({ name, size = 16, stroke = 1.8 }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={stroke}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flex: 'none' }}
    >
      {ICON_PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
