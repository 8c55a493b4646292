import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'bar';

export interface TouchButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: Variant;
  readonly icon?: IconName;
  readonly size?: 'normal' | 'large';
  readonly children?: ReactNode;
}

/**
 * The one button of the kiosk: at least 64 px tall, a visible pressed state, never hover-only.
 * `variant`: primary (the screen's one main action), secondary, ghost, danger, bar (help bar).
 */
export function TouchButton({ variant = 'secondary', icon, size = 'normal', children, className, type, ...rest }: TouchButtonProps) {
  return (
    <button
      type={type ?? 'button'}
      className={`touch-button touch-button--${variant} touch-button--${size}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      {icon ? <Icon name={icon} size={size === 'large' ? 44 : 32} /> : null}
      {/* 0 is a label too (a baud rate); only nothing at all is no label. */}
      {children !== undefined && children !== null && children !== false && children !== '' ? (
        <span className="touch-button__label">{children}</span>
      ) : null}
    </button>
  );
}
