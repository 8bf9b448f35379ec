// Labelled form fields for the inspector, each with the problems that point
// into it shown (and announced) right below it.
import { useId, type ReactNode } from 'react';
import type { Problem } from '../../schema/problems';
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

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: Problem[];
  multiline?: boolean;
  placeholder?: string;
  type?: 'text' | 'number';
  hint?: ReactNode;
}

export function Field({
  label,
  value,
  onChange,
  problems = [],
  multiline,
  placeholder,
  type,
  hint,
}: FieldProps) {
  const id = useId();
  const problemId = `${id}-problems`;
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? problemId : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={Math.min(8, Math.max(2, Math.ceil(value.length / 34)))}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...common} type={type ?? 'text'} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint}
      <ProblemList problems={problems} id={problemId} />
    </div>
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
