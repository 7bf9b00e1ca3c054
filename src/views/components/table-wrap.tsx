import type { ComponentChildren } from 'preact';

/**
 * A table that scrolls sideways when it is wider than the screen. It takes keyboard focus, so
 * it can be scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable), and is a
 * region named like its table, so a screen reader says what the focused box is.
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
