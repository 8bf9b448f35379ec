// The roles a step names ("het VK"), picked from the card's roles or created
// here, and for each: which partner fills it in the card's region(s), with
// their numbers, or a clear warning that nobody does.
import { memo, useId, useState } from 'react';
import { parseBelgianPhone } from '../../schema/phone';
import { partnersForRole, searchKey } from '../../schema/roles';
import type { Card, FlowNode, Partner } from '../../schema/types';
import { useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { addRoleToNode, restructureNode } from '../state/commands/canvas-commands';
import { newId } from '../state/ids';
import { inspectorTexts } from './inspector-texts';

function PartnerLine({ partner }: { partner: Partner }) {
  const t = useT();
  const name = [partner.organisation, partner.service].filter(Boolean).join(' – ');
  return (
    <li>
      <span className="partner-name">{name}</span>
      {(partner.phones ?? []).map((phone, i) => {
        const parsed = parseBelgianPhone(phone.number);
        const shown = parsed?.display ?? phone.number;
        return (
          <span key={i} className="partner-phone">
            {phone.label && <span className="muted">{phone.label}: </span>}
            {parsed ? (
              <a
                href={`tel:${parsed.tel}`}
                aria-label={t(inspectorTexts.call, { name, number: shown })}
              >
                {shown}
              </a>
            ) : (
              shown
            )}
          </span>
        );
      })}
    </li>
  );
}

/**
 * Memoised on the directory and the regions, which an edit of the flow leaves as they are:
 * on a large directory, finding who fills a role is the inspector's costliest part.
 */
const RoleFillers = memo(function RoleFillers({
  directory,
  regions,
  roleId,
}: Pick<Card, 'directory' | 'regions'> & { roleId: string }) {
  const t = useT();
  const card = { directory, regions };
  return (
    <div className="role-fillers">
      {card.regions.map((region) => {
        const partners = partnersForRole(card, roleId, region.id);
        return (
          <div key={region.id}>
            {card.regions.length > 1 && (
              <p className="muted">{t(inspectorTexts.inRegion, { region: region.name })}</p>
            )}
            {partners.length === 0 ? (
              <p className="role-unfilled" role="note">
                ⚠ {t(inspectorTexts.unfilled, { region: region.name })}
              </p>
            ) : (
              <ul className="partner-list">
                {partners.map((p) => (
                  <PartnerLine key={p.id} partner={p} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
});

export function RolesEditor({ card, node }: { card: Card; node: FlowNode }) {
  const studio = useStudio();
  const t = useT();
  const inputId = useId();
  const [name, setName] = useState('');
  const named = node.roles ?? [];
  const known = new Set(card.roles.map((r) => r.id));
  const toggle = (roleId: string, on: boolean) => {
    const next = on ? [...named, roleId] : named.filter((id) => id !== roleId);
    studio.store.execute(restructureNode, {
      id: node.id,
      changes: { roles: next.length > 0 ? next : undefined },
      label: inspectorTexts.rolesChanged,
    });
  };
  const create = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const base = searchKey(trimmed).replace(/ /g, '-').slice(0, 60) || 'rol';
    const existing = card.roles.find((r) => searchKey(r.name) === searchKey(trimmed));
    const id = existing?.id ?? (known.has(base) ? newId(base, known) : base);
    studio.store.execute(addRoleToNode, {
      nodeId: node.id,
      role: existing ?? { id, name: trimmed },
    });
    setName('');
  };
  return (
    <fieldset className="roles-editor">
      <legend>{t(inspectorTexts.roles)}</legend>
      {card.roles.length === 0 && <p className="muted">{t(inspectorTexts.noRoles)}</p>}
      <ul className="role-list">
        {card.roles.map((role) => {
          const on = named.includes(role.id);
          return (
            <li key={role.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => toggle(role.id, e.target.checked)}
                />
                {role.name}
              </label>
              {on && (
                <div aria-label={`${t(inspectorTexts.whoFills)}: ${role.name}`} role="group">
                  <RoleFillers directory={card.directory} regions={card.regions} roleId={role.id} />
                </div>
              )}
            </li>
          );
        })}
        {named
          .filter((id) => !known.has(id))
          .map((id) => (
            <li key={id}>
              <label className="checkbox">
                <input type="checkbox" checked onChange={() => toggle(id, false)} />
                {t(inspectorTexts.unknownRole, { id })}
              </label>
            </li>
          ))}
      </ul>
      <div className="new-role">
        <label htmlFor={inputId}>{t(inspectorTexts.newRoleName)}</label>
        <div className="inline">
          <input
            id={inputId}
            value={name}
            placeholder={t(inspectorTexts.newRole)}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                create();
              }
            }}
          />
          <button type="button" onClick={create} disabled={!name.trim()}>
            {t(inspectorTexts.addRole)}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
