import { describe, expect, it } from 'vitest';
import { partnerFieldName } from '../../schema/diff/partner-field-names';
import { PARTNER_FIELD_ORDER, PARTNER_FIELDS } from '../../schema/diff/partner-fields';

describe('partner field names', () => {
  it('name every field the diffs show, in the order they show them', () => {
    expect(PARTNER_FIELD_ORDER.slice(0, 3)).toEqual(['organisation', 'service', 'audience']);
    for (const key of PARTNER_FIELD_ORDER)
      expect(partnerFieldName(key)).toBe(PARTNER_FIELDS[key]!.name);
    expect(partnerFieldName('phones')?.nl).toBe('telefoonnummers');
  });

  it('know no name for a key that is not a partner field, even one every object has', () => {
    expect(partnerFieldName('toString')).toBeUndefined();
    expect(partnerFieldName('title')).toBeUndefined();
  });
});
