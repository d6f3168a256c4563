import { useCallback, useState } from 'react';

/**
 * State that the caller may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * Used by Radios, Checkboxes and DateInput so conditional reveals and "None" work without JavaScript enhancements.
 */
export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [inner, setInner] = useState<T>(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : inner, set];
}
