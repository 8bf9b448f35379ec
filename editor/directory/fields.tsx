// Form fields of the directory editor. A field keeps what the user types and
// passes a value to the card only when its rule accepts it; otherwise the
// reason stands next to the field and the card keeps its last good value.
// On leaving the field the value is tidied (a phone number gets its grouping).
import { useId, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../schema/problems';
import { useT } from '../i18n/i18n';
import { useStudio } from '../app/studio-context';
import type { FieldRule } from './text-rules';

/** What every text field shows: a label, the text, a hint and the reason it is not accepted. */
interface FieldLook {
  label: string;
  /** Names the field for the reveal and tests: data-field. */
  name?: string;
  /** The label for screen readers only (the toolbar's card title). */
  hideLabel?: boolean;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  type?: 'text' | 'email' | 'url' | 'tel';
  inputMode?: 'decimal';
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  /** Shown but not editable (a lezer's card). */
  readOnly?: boolean;
  /** Enter in a one-line field. */
  onEnter?: () => void;
}

interface PlainFieldProps extends FieldLook {
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  error?: LocalizedText | null;
}

/** A labelled text field whose hint and error are tied to it (aria-describedby, aria-invalid). */
export function PlainField(props: PlainFieldProps) {
  const { label, name, multiline, hint, error = null, type = 'text' } = props;
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: props.value,
    autoFocus: props.autoFocus,
    readOnly: props.readOnly,
    placeholder: props.placeholder,
    'data-field': name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: props.onBlur,
  };
  return (
    <div className={`field${props.className ? ' ' + props.className : ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={props.rows ?? 2}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={props.inputMode}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && props.onEnter?.()}
        />
      )}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface RuleFieldProps<T> extends FieldLook {
  value: T;
  rule: FieldRule<T>;
  onCommit: (value: T) => void;
  /** A problem of the field as a whole (age "from" after "to"), shown like a typing error. */
  extraError?: LocalizedText | null;
}

export function RuleField<T>({ value, rule, onCommit, extraError, ...look }: RuleFieldProps<T>) {
  const studio = useStudio();
  const formatted = rule.format(value);
  const [draft, setDraft] = useState(formatted);
  const [seen, setSeen] = useState(formatted);
  // The card changed under the field (undo, an import): show the card's value,
  // unless the draft already says the same thing in other words ("092167330").
  // Adjusted while rendering, as React advises for state derived from props.
  if (seen !== formatted) {
    setSeen(formatted);
    const current = rule.parse(draft);
    if (!current.ok || rule.format(current.value) !== formatted) setDraft(formatted);
  }
  const parsed = rule.parse(draft);

  const change = (text: string) => {
    setDraft(text);
    const next = rule.parse(text);
    if (next.ok && rule.format(next.value) !== formatted) onCommit(next.value);
  };
  const leave = () => {
    if (!parsed.ok) return;
    const tidy = rule.tidy ? rule.tidy(parsed.value) : parsed.value;
    if (rule.format(tidy) !== formatted) studio.store.continueStep(() => onCommit(tidy));
    setDraft(rule.format(tidy));
  };
  return (
    <PlainField
      {...look}
      value={draft}
      error={parsed.ok ? (extraError ?? null) : parsed.error}
      onChange={change}
      onBlur={leave}
      onEnter={() => {
        leave();
        look.onEnter?.();
      }}
    />
  );
}

/** The reason a field's text is not accepted, next to the field (aria-describedby). */
function FieldError({ id, error }: { id: string; error: LocalizedText | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <span id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {t(error)}
    </span>
  );
}

interface ChoiceFieldProps<K extends string> {
  label: string;
  value: K | undefined;
  options: Record<K, LocalizedText>;
  /** The text of the empty choice, which removes the value. */
  empty: string;
  onChange: (value: K | undefined) => void;
  name?: string;
}

export function ChoiceField<K extends string>(props: ChoiceFieldProps<K>) {
  const t = useT();
  const id = useId();
  const keys = Object.keys(props.options) as K[];
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        data-field={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : (e.target.value as K))}
      >
        <option value="">{props.empty}</option>
        {keys.map((k) => (
          <option key={k} value={k}>
            {t(props.options[k])}
          </option>
        ))}
      </select>
    </div>
  );
}

interface CheckListProps {
  legend: string;
  items: readonly { id: string; name: string }[];
  checked: readonly string[];
  onChange: (ids: string[] | undefined) => void;
  hint?: string;
  empty?: string;
  name?: string;
}

/** Ticks from a list (roles, regions); the result keeps the list's order, none is undefined. */
export function CheckList({ legend, items, checked, onChange, hint, empty, name }: CheckListProps) {
  const toggle = (id: string, on: boolean) => {
    const next = items.map((i) => i.id).filter((i) => (i === id ? on : checked.includes(i)));
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="check-list" data-field={name}>
      <legend>{legend}</legend>
      {items.length === 0 && empty && <p className="muted">{empty}</p>}
      {items.map((item) => (
        <label key={item.id} className="check">
          <input
            type="checkbox"
            checked={checked.includes(item.id)}
            onChange={(e) => toggle(item.id, e.target.checked)}
          />
          {item.name}
        </label>
      ))}
      {hint && <p className="field-hint">{hint}</p>}
    </fieldset>
  );
}

/** A small label beside a name: text always, a symbol and colour only as extras. */
export function Badge({ kind, children }: { kind: 'warning' | 'info'; children: ReactNode }) {
  return (
    <span className={`badge badge-${kind}`}>
      {kind === 'warning' && <span aria-hidden="true">⚠ </span>}
      {children}
    </span>
  );
}
