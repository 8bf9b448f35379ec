// Labelled form fields for the inspector, each with the problems that point
// into it shown (and announced) right below it. Text fields keep a draft and
// show their rule, like the directory's: an empty title or a width of "3" on
// the way to "300" never reaches the card.
import { useId } from 'react';
import type { Problem } from '../../schema/problems';
import type { FieldRule } from '../directory/field-rules';
import { RuleField } from '../directory/fields';
import { useLang } from '../i18n/i18n';

export function ProblemList({
  problems,
  id,
  title,
}: {
  problems: Problem[];
  id?: string;
  title?: string;
}) {
  const lang = useLang();
  if (problems.length === 0) return null;
  return (
    <div className="field-problems" id={id}>
      {title && <p className="field-problems-title">{title}</p>}
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${p.pointer}-${i}`} className={`problem-${p.severity}`}>
            {p.message[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps<T> {
  label: string;
  value: T;
  /** What the field accepts: the value reaches the card only when the rule does. */
  rule: FieldRule<T>;
  onCommit: (value: T) => void;
  /** The card's problems that point into this field (other than the rule's). */
  problems?: Problem[];
  multiline?: boolean;
  placeholder?: string;
  numeric?: boolean;
}

/**
 * A labelled field that keeps what is typed as a draft and commits only values
 * its rule accepts (the directory's RuleField), with the rule's reason and the
 * card's problems for this field below it.
 */
export function Field<T>({ problems = [], multiline, numeric, ...props }: FieldProps<T>) {
  const text = props.rule.format(props.value);
  return (
    <>
      <RuleField
        {...props}
        multiline={multiline}
        rows={multiline ? Math.min(8, Math.max(2, Math.ceil(text.length / 34))) : undefined}
        inputMode={numeric ? 'decimal' : undefined}
      />
      <ProblemList problems={problems} />
    </>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  label,
  value,
  choices,
  onChange,
  problems = [],
}: {
  label: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  problems?: Problem[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problems.length > 0 || undefined}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <ProblemList problems={problems} />
    </div>
  );
}
