import type { ComponentChildren } from 'preact';

/**
 * A table that scrolls sideways when it is wider than the screen, for tables whose rows are
 * read across (the audit log, staff lists); the stylesheet gives it a minimum width and edge
 * shadows that show while there is more to scroll. It takes keyboard focus, so it can be
 * scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable), and is a region
 * named like its table, so a screen reader says what the focused box is. Tables read one row
 * at a time (the coverage tables) stack instead: see `.table-stack` in site.css.
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
