import { type GovukComponentClass, isSupported } from 'govuk-frontend';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * Initialises a GOV.UK Frontend JavaScript component on the element the returned ref is attached to, once.
 *
 * GOV.UK Frontend marks its root `data-<module>-init` and throws if initialised twice; React StrictMode runs effects
 * twice on the same DOM node, so the hook skips an element that is already marked. It does nothing when the page has
 * not declared support (`govuk-frontend-supported` on `<body>`, set by `src/body-class.ts`).
 * The component's DOM changes are not undone; remount (change `key`) to re-initialise with new content.
 */
export function useGovukModule<T extends HTMLElement>(
  Module: GovukComponentClass,
  config?: object,
): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const configRef = useRef(config);
  useEffect(() => {
    const root = ref.current;
    if (root === null || !isSupported() || root.hasAttribute(`data-${Module.moduleName}-init`)) return;
    try {
      new Module(root, configRef.current);
    } catch (error) {
      // A component that cannot start leaves the server-side markup working; report it rather than breaking the page.
      console.error(`GOV.UK Frontend ${Module.moduleName} could not initialise`, error);
    }
  }, [Module]);
  return ref;
}
