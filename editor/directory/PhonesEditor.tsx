// A partner's phone numbers, each with the location or service it is for
// ("Oudenaarde"). Numbers are checked as they are typed and get the usual
// Belgian grouping when the field is left; a new number joins the list only
// once it is a valid Belgian number.
import { useRef, useState } from 'react';
import type { Phone } from '../../schema/types';
import { useT } from '../i18n/i18n';
import { fieldTexts } from './directory-texts';
import { phoneNumber, shortText, type FieldRule } from './field-rules';
import { PlainField, RuleField } from './fields';

/** A location label: one line, without the brackets and semicolons the CSV cell uses. */
const phoneLabel: FieldRule<string | undefined> = {
  ...shortText,
  parse: (text) =>
    /[;()]/.test(text) ? { ok: false, error: fieldTexts.labelBrackets } : shortText.parse(text),
};

interface PhonesEditorProps {
  phones: readonly Phone[];
  onChange: (phones: Phone[] | undefined) => void;
}

export function PhonesEditor({ phones, onChange }: PhonesEditorProps) {
  const t = useT();
  const set = (index: number, phone: Phone) =>
    onChange(phones.map((p, i) => (i === index ? phone : p)));
  const remove = (index: number) => {
    const rest = phones.filter((_, i) => i !== index);
    onChange(rest.length > 0 ? rest : undefined);
  };
  return (
    <fieldset className="phones" data-field="phones">
      <legend>{t(fieldTexts.phones)}</legend>
      {phones.map((phone, i) => (
        <div key={i} className="phone-row">
          <RuleField
            label={t(fieldTexts.numberN, { n: i + 1 })}
            name="phone-number"
            type="tel"
            value={phone.number}
            rule={phoneNumber}
            onCommit={(number) => set(i, { ...phone, number })}
          />
          <RuleField
            label={t(fieldTexts.phoneLabelN, { n: i + 1 })}
            name="phone-label"
            value={phone.label}
            rule={phoneLabel}
            onCommit={(label) =>
              set(i, label === undefined ? { number: phone.number } : { ...phone, label })
            }
          />
          <button type="button" className="remove-phone" onClick={() => remove(i)}>
            {t(fieldTexts.removePhone, { n: i + 1 })}
          </button>
        </div>
      ))}
      <NewPhone onAdd={(phone) => onChange([...phones, phone])} />
    </fieldset>
  );
}

function NewPhone({ onAdd }: { onAdd: (phone: Phone) => void }) {
  const t = useT();
  const [number, setNumber] = useState('');
  const [label, setLabel] = useState('');
  const [tried, setTried] = useState(false);
  const numberField = useRef<HTMLDivElement>(null);
  const parsedNumber = phoneNumber.parse(number);
  const parsedLabel = phoneLabel.parse(label);
  const numberError =
    (number.trim() !== '' || tried) && !parsedNumber.ok ? parsedNumber.error : null;
  const add = () => {
    setTried(true);
    if (!parsedNumber.ok || !parsedLabel.ok) {
      numberField.current?.querySelector('input')?.focus();
      return;
    }
    const tidy = phoneNumber.tidy!(parsedNumber.value);
    onAdd(parsedLabel.value ? { number: tidy, label: parsedLabel.value.trim() } : { number: tidy });
    setNumber('');
    setLabel('');
    setTried(false);
  };
  return (
    <div className="phone-row phone-new">
      <div ref={numberField}>
        <PlainField
          label={t(fieldTexts.newNumber)}
          name="new-phone-number"
          type="tel"
          value={number}
          hint={t(fieldTexts.phoneHint)}
          error={numberError}
          onChange={setNumber}
          onEnter={add}
        />
      </div>
      <PlainField
        label={t(fieldTexts.newPhoneLabel)}
        name="new-phone-label"
        value={label}
        error={parsedLabel.ok ? null : parsedLabel.error}
        onChange={setLabel}
        onEnter={add}
      />
      <button type="button" onClick={add}>
        {t(fieldTexts.addPhone)}
      </button>
    </div>
  );
}
