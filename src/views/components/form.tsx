import type { ComponentChildren } from 'preact';

import type { TViewContext } from '../view-context';

/** One field error: the field's id and its translated message. */
export type TFieldError = { field: string; message: string };

/** GOV.UK error summary: at the top of the page, each entry links to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: TViewContext; errors: TFieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t('form.error_summary_title')}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type TFieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'date' | 'number';
  value?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  width?: 'short' | 'full';
};

export function RadioGroup(p: {
  id: string;
  legend: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  // The first radio carries the group's id, so the error summary's link (#id) moves focus to it.
  return (
    <fieldset
      class={p.error ? 'field field--error' : 'field'}
      aria-describedby={p.error ? `${p.id}-error` : undefined}
    >
      <legend>{p.legend}</legend>
      {p.error ? (
        <p class="field-error" id={`${p.id}-error`}>
          {p.error}
        </p>
      ) : null}
      {p.options.map((o, i) => (
        <div class="radio" key={o.value}>
          <input
            type="radio"
            id={i === 0 ? p.id : `${p.id}-${o.value}`}
            name={p.id}
            value={o.value}
            checked={p.value === o.value}
          />
          <label for={i === 0 ? p.id : `${p.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A POST form carrying the CSRF token. */
export function Form({
  ctx,
  action,
  children,
}: {
  ctx: TViewContext;
  action: string;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={action} novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {children}
    </form>
  );
}

/** GOV.UK "check your answers": what will be sent, each row with a change link. */
export function CheckAnswers({
  ctx,
  rows,
}: {
  ctx: TViewContext;
  rows: { label: string; value: string; changeHref?: string }[];
}) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-row" key={r.label}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
          {r.changeHref ? (
            <dd>
              <a href={r.changeHref}>
                {ctx.t('form.change')}
                <span class="visually-hidden"> {r.label}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function Checkbox(p: { id: string; label: string; hint?: string; checked: boolean }) {
  return (
    <div class="field">
      <div class="radio">
        <input
          type="checkbox"
          id={p.id}
          name={p.id}
          checked={p.checked}
          aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        />
        <label for={p.id}>{p.label}</label>
      </div>
      {p.hint ? (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
    </div>
  );
}

type TShellProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
};

/** The ids a control's aria-describedby names: its hint and its error. */
function describedBy(p: TShellProps): string | undefined {
  return (
    [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/** GOV.UK field shell: one label, an optional hint, the error repeated beside the control. */
function FieldShell(p: TShellProps & { children: ComponentChildren }) {
  return (
    <div class={p.error ? 'field field--error' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <p class="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p class="field-error" id={`${p.id}-error`}>
          {p.error}
        </p>
      ) : null}
      {p.children}
    </div>
  );
}

/** A text input with one label, an optional hint and its error repeated beside it. */
export function TextField(p: TFieldProps) {
  return (
    <FieldShell {...p}>
      <input
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        value={p.type === 'password' ? undefined : p.value}
        autocomplete={p.autocomplete}
        required={p.required}
        aria-describedby={describedBy(p)}
        aria-invalid={p.error ? 'true' : undefined}
        class={p.width === 'short' ? 'input--short' : undefined}
      />
    </FieldShell>
  );
}

export function TextArea(p: TShellProps & { value?: string; rows?: number }) {
  return (
    <FieldShell {...p}>
      <textarea
        id={p.id}
        name={p.id}
        rows={p.rows ?? 4}
        aria-describedby={describedBy(p)}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

/** A select with one label, an optional hint and its error beside it. */
export function Select(
  p: TShellProps & {
    value: string | undefined;
    options: { value: string; label: string }[];
    blank?: string;
  },
) {
  return (
    <FieldShell {...p}>
      <select
        id={p.id}
        name={p.id}
        aria-describedby={describedBy(p)}
        aria-invalid={p.error ? 'true' : undefined}
      >
        {p.blank !== undefined ? <option value="">{p.blank}</option> : null}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
