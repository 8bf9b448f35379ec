// The roles the flow names ("het VK", "het CLB"): which steps name each, and
// which partners fill it in each region of the card. Add, rename, describe
// and delete; a role that steps still name is only deleted together with
// those mentions, after the user agreed, as one undo step.
import { useId, useMemo, useState } from 'react';
import { nodePlaces, type NodePlace } from '../../schema/describe-node';
import { uniqueIdFromName } from '../../schema/ids';
import { partnersForRole, regionsFilled, rolesUsedInFlow } from '../../schema/roles';
import type { Card, FlowNode, Role } from '../../schema/types';
import { Dialog } from '../app/Dialog';
import { notify } from '../app/notices';
import { useStudio } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { revealTarget } from '../problems/ProblemsPanel';
import { addRole, deleteRole, updateRole } from '../state/commands/role-commands';
import { AddByName } from './controls';
import { undoIfLast, useDirectoryUi } from './directory-ui';
import { longText, requiredText } from './field-rules';
import { Badge, RuleField } from './fields';
import { focusSoon } from './reorder';
import { roleTexts } from './role-texts';

export const roleSelector = (id: string) => `[data-role-id="${CSS.escape(id)}"]`;

export function RolesPanel({ card }: { card: Card }) {
  const studio = useStudio();
  const t = useT();
  const id = useId();
  // Per flow and per directory, not per card: an edit of the directory (an import
  // of 5,000 partners) need not walk a 1,000-step flow again, once per role.
  const { flow, directory, regions } = card;
  const used = useMemo(() => rolesUsedInFlow({ flow }), [flow]);
  const places = useMemo(() => nodePlaces({ flow }), [flow]);
  const filled = useMemo(() => regionsFilled({ directory, regions }), [directory, regions]);
  const add = (name: string) => {
    const roleId = uniqueIdFromName(name, new Set(card.roles.map((r) => r.id)), 'rol');
    studio.store.execute(addRole, { role: { id: roleId, name } });
  };
  return (
    <section className="roles-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(roleTexts.heading)}</h2>
      <p className="muted">{t(roleTexts.intro)}</p>
      <ul className="role-list">
        {card.roles.map((role) => (
          <RoleItem
            key={role.id}
            card={card}
            role={role}
            steps={used.get(role.id) ?? []}
            places={places}
            filledIn={filled.get(role.id)}
          />
        ))}
      </ul>
      <AddByName label={t(roleTexts.newRole)} button={t(roleTexts.addRole)} onAdd={add} />
    </section>
  );
}

interface RoleItemProps {
  card: Card;
  role: Role;
  steps: readonly FlowNode[];
  places: ReadonlyMap<string, NodePlace>;
  /** The regions where a partner fills the role. */
  filledIn: ReadonlySet<string> | undefined;
}

function RoleItem({ card, role, steps, places, filledIn }: RoleItemProps) {
  const studio = useStudio();
  const ui = useDirectoryUi();
  const t = useT();
  const lang = useLang();
  const [confirming, setConfirming] = useState(false);
  const key = `role:${role.id}`;
  const open = ui.expanded.has(key);
  const stepNames = steps.map((n) => places.get(n.id)?.label[lang] ?? n.id);
  const one = steps.length === 1;
  const unfilled = card.regions.filter((r) => !filledIn?.has(r.id));

  const remove = () => {
    setConfirming(false);
    studio.store.execute(deleteRole, { id: role.id, name: role.name });
    notify(t(roleTexts.deleted, { name: role.name }), {
      label: t(roleTexts.undo),
      run: () => undoIfLast(studio, deleteRole.id),
    });
    focusSoon('.roles-panel h2');
  };

  return (
    <li className={`role-item${open ? ' is-open' : ''}`} data-role-id={role.id}>
      <button
        type="button"
        className="role-toggle"
        aria-expanded={open}
        onClick={() => ui.setExpanded(key, !open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {role.name}
      </button>
      <span className="role-summary">
        {t(one ? roleTexts.namedInOne : roleTexts.namedIn, { n: steps.length })}
        {steps.length > 0 &&
          unfilled.map((r) => (
            <Badge key={r.id} kind="warning">
              {t(roleTexts.unfilled, { region: r.name })}
            </Badge>
          ))}
      </span>
      {open && (
        <div className="role-form">
          <RuleField
            label={t(roleTexts.name)}
            name="role-name"
            value={role.name}
            rule={requiredText}
            onCommit={(value) =>
              studio.store.execute(updateRole, { id: role.id, changes: { name: value } })
            }
          />
          <RuleField
            label={t(roleTexts.description)}
            name="role-description"
            multiline
            value={role.description}
            rule={longText}
            onCommit={(description) =>
              studio.store.execute(updateRole, { id: role.id, changes: { description } })
            }
          />
          <h4>{t(roleTexts.steps)}</h4>
          {steps.length === 0 ? (
            <p className="muted">{t(roleTexts.noSteps)}</p>
          ) : (
            <ul className="role-steps">
              {steps.map((node, i) => (
                <li key={node.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => revealTarget(studio, { kind: 'node', id: node.id })}
                  >
                    {stepNames[i]}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h4>{t(roleTexts.fillers)}</h4>
          <RoleFillers card={card} role={role} />
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t(roleTexts.delete, { name: role.name })}
          </button>
        </div>
      )}
      <Dialog
        open={confirming}
        title={t(roleTexts.delete, { name: role.name })}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(roleTexts.cancel)}
            </button>
            <button type="button" className="danger" onClick={remove}>
              {steps.length > 0
                ? t(one ? roleTexts.deleteFromStep : roleTexts.deleteFromSteps, { n: steps.length })
                : t(roleTexts.delete, { name: role.name })}
            </button>
          </>
        }
      >
        {steps.length > 0 ? (
          <>
            <p>
              {t(one ? roleTexts.stillNamedOne : roleTexts.stillNamed, {
                name: role.name,
                n: steps.length,
              })}
            </p>
            <ul>
              {stepNames.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <p>{t(roleTexts.removeFromSteps)}</p>
          </>
        ) : (
          <p>{t(roleTexts.confirmDelete, { name: role.name })}</p>
        )}
      </Dialog>
    </li>
  );
}

function RoleFillers({ card, role }: { card: Card; role: Role }) {
  const studio = useStudio();
  const t = useT();
  return (
    <dl className="role-fillers">
      {card.regions.map((region) => {
        const partners = partnersForRole(card, role.id, region.id);
        return (
          <div key={region.id}>
            <dt>{region.name}</dt>
            {partners.length === 0 ? (
              <dd>
                <Badge kind="warning">{t(roleTexts.nobody)}</Badge>
              </dd>
            ) : (
              partners.map((p) => (
                <dd key={p.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => revealTarget(studio, { kind: 'partner', id: p.id })}
                  >
                    {p.organisation}
                  </button>
                </dd>
              ))
            )}
          </div>
        );
      })}
    </dl>
  );
}
