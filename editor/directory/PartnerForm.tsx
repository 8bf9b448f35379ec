// Every field of a partner, as the schema has them. Each change is one named
// command (typing in one field is one undo step); values reach the card only
// when their rule accepts them.
import { useId } from 'react';
import { AUDIENCE_LABELS, WAY_IN_LABELS } from '../../schema/directory-text';
import type { Card, Partner } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import {
  markChecked,
  updatePartner,
  type PartnerFields,
} from '../state/commands/directory-commands';
import { ageRangeInWords } from './age-text';
import { fieldTexts } from './directory-texts';
import {
  email,
  kbo,
  localToday,
  longText,
  months,
  nameList,
  requiredText,
  shortText,
  webLink,
} from './field-rules';
import { ChoiceField, CheckList, RuleField } from './fields';
import { PhonesEditor } from './PhonesEditor';

export function PartnerForm({ card, partner }: { card: Card; partner: Partner }) {
  const studio = useStudio();
  const t = useT();
  const edit = (changes: PartnerFields) =>
    studio.store.execute(updatePartner, { id: partner.id, changes });
  const age = partner.ageRange;
  const setAge = (changes: Partial<NonNullable<Partner['ageRange']>>) => {
    const next = { ...age, ...changes };
    for (const key of Object.keys(next) as (keyof typeof next)[])
      if (next[key] === undefined) delete next[key];
    edit({ ageRange: Object.keys(next).length > 0 ? next : undefined });
  };
  const ageWords = ageRangeInWords(age);
  const ageInverted =
    age?.fromMonths !== undefined && age.toMonths !== undefined && age.fromMonths > age.toMonths;

  return (
    <div className="partner-form">
      <RuleField
        label={t(fieldTexts.organisation)}
        name="organisation"
        value={partner.organisation}
        rule={requiredText}
        onCommit={(organisation) => edit({ organisation })}
      />
      <RuleField
        label={t(fieldTexts.service)}
        name="service"
        multiline
        value={partner.service}
        rule={longText}
        onCommit={(service) => edit({ service })}
      />
      <ChoiceField
        label={t(fieldTexts.audience)}
        name="audience"
        value={partner.audience}
        options={AUDIENCE_LABELS}
        empty={t(fieldTexts.notGiven)}
        onChange={(audience) => edit({ audience })}
      />
      <ChoiceField
        label={t(fieldTexts.wayIn)}
        name="wayIn"
        value={partner.wayIn}
        options={WAY_IN_LABELS}
        empty={t(fieldTexts.notGiven)}
        onChange={(wayIn) => edit({ wayIn })}
      />
      <PhonesEditor phones={partner.phones ?? []} onChange={(phones) => edit({ phones })} />
      <RuleField
        label={t(fieldTexts.email)}
        name="email"
        type="email"
        value={partner.email}
        rule={email}
        onCommit={(value) => edit({ email: value })}
      />
      <RuleField
        label={t(fieldTexts.website)}
        name="website"
        type="url"
        value={partner.website}
        rule={webLink}
        onCommit={(website) => edit({ website })}
      />
      <fieldset className="age" data-field="age">
        <legend>{t(fieldTexts.age)}</legend>
        <RuleField
          label={t(fieldTexts.ageFrom)}
          name="age-from"
          value={age?.fromMonths}
          rule={months}
          onCommit={(fromMonths) => setAge({ fromMonths })}
          extraError={ageInverted ? fieldTexts.ageInverted : null}
        />
        <RuleField
          label={t(fieldTexts.ageTo)}
          name="age-to"
          value={age?.toMonths}
          rule={months}
          onCommit={(toMonths) => setAge({ toMonths })}
        />
        <RuleField
          label={t(fieldTexts.ageNote)}
          name="age-note"
          value={age?.note}
          rule={shortText}
          onCommit={(note) => setAge({ note })}
        />
        <p className="field-hint">{t(fieldTexts.ageHint)}</p>
        {ageWords && (
          <p className="age-words" data-testid="age-words">
            {t(fieldTexts.ageShown, { words: t(ageWords) })}
          </p>
        )}
      </fieldset>
      <RuleField
        label={t(fieldTexts.municipalities)}
        name="municipalities"
        value={partner.municipalities}
        rule={nameList}
        hint={t(fieldTexts.municipalitiesHint)}
        onCommit={(municipalities) => edit({ municipalities })}
      />
      <CheckList
        legend={t(fieldTexts.roles)}
        name="roles"
        items={card.roles}
        checked={partner.roles ?? []}
        empty={t(fieldTexts.noRoles)}
        onChange={(roles) => edit({ roles })}
      />
      {card.regions.length > 1 && (
        <CheckList
          legend={t(fieldTexts.regions)}
          name="regions"
          items={card.regions}
          checked={partner.regions ?? []}
          hint={t(fieldTexts.regionsHint)}
          onChange={(regions) => edit({ regions })}
        />
      )}
      <LastChecked
        date={partner.lastChecked}
        onChange={(lastChecked) => edit({ lastChecked })}
        onCheckedNow={() =>
          studio.store.execute(markChecked, { id: partner.id, date: localToday() })
        }
      />
      <RuleField
        label={t(fieldTexts.socialeKaart)}
        name="socialeKaart"
        type="url"
        value={partner.socialeKaart}
        rule={webLink}
        onCommit={(socialeKaart) => edit({ socialeKaart })}
      />
      <RuleField
        label={t(fieldTexts.kbo)}
        name="kbo"
        value={partner.kbo}
        rule={kbo}
        hint={t(fieldTexts.kboHint)}
        onCommit={(value) => edit({ kbo: value })}
      />
      <RuleField
        label={t(fieldTexts.note)}
        name="note"
        multiline
        value={partner.note}
        rule={longText}
        onCommit={(note) => edit({ note })}
      />
    </div>
  );
}

interface LastCheckedProps {
  date: string | undefined;
  onChange: (date: string | undefined) => void;
  onCheckedNow: () => void;
}

function LastChecked({ date, onChange, onCheckedNow }: LastCheckedProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field last-checked">
      <label htmlFor={id}>{t(fieldTexts.lastChecked)}</label>
      <div className="inline">
        <input
          id={id}
          type="date"
          data-field="lastChecked"
          value={date ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
        <button type="button" onClick={onCheckedNow}>
          {t(fieldTexts.checkedNow)}
        </button>
      </div>
    </div>
  );
}
