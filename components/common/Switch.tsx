import type { ComponentChildren } from 'preact';

interface SwitchProps {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ComponentChildren;
  /** Extra line under the label, linked as the switch's description. */
  hint?: ComponentChildren;
  id: string;
  disabled?: boolean;
  testId?: string;
}

/** A labelled on/off switch (a native checkbox with role="switch"). */
export function Switch({ checked, onChange, children, hint, id, disabled, testId }: SwitchProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label class="switch" for={id}>
        <span>{children}</span>
        <input
          id={id}
          type="checkbox"
          // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its checked state; ARIA in HTML forbids aria-checked on it
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hintId}
          data-testid={testId}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
      </label>
      {hint && (
        <div id={hintId} class="muted" style={{ fontSize: '12px' }}>
          {hint}
        </div>
      )}
    </div>
  );
}
