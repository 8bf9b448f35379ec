// Checks of the directory and links: references resolve, roles named in the
// flow are filled in every region, phone numbers are Belgian, links are safe,
// and contacts are not stale.
import { isSafeLink } from '../links';
import { isValidBelgianPhone } from '../phone';
import { pointer } from '../pointer';
import { problem, type Problem } from '../problems';
import { partnersForRole, rolesUsedInFlow } from '../roles';
import type { Card } from '../types';

const STALE_AFTER_DAYS = 365;

export interface CheckOptions {
  /** "Today", for the stale-contact check; defaults to the current date. */
  now?: Date;
}

function linkProblem(url: string | undefined, ...at: (string | number)[]): Problem[] {
  return url !== undefined && !isSafeLink(url)
    ? [problem('link-unsafe', 'error', pointer(...at), { url })]
    : [];
}

export function isStale(lastChecked: string | undefined, now: Date): boolean {
  if (!lastChecked) return false;
  const checked = Date.parse(lastChecked + 'T00:00:00Z');
  return Number.isFinite(checked) && now.getTime() - checked > STALE_AFTER_DAYS * 86_400_000;
}

export function directoryProblems(card: Card, options: CheckOptions = {}): Problem[] {
  const now = options.now ?? new Date();
  const problems: Problem[] = [];
  const roleIds = new Set(card.roles.map((r) => r.id));
  const regionIds = new Set(card.regions.map((r) => r.id));
  const partnerIds = new Set(card.directory.partners.map((p) => p.id));

  card.directory.partners.forEach((partner, i) => {
    const at = (...rest: (string | number)[]) => pointer('directory', 'partners', i, ...rest);
    (partner.roles ?? []).forEach((id, j) => {
      if (!roleIds.has(id)) problems.push(problem('unknown-role', 'error', at('roles', j), { id }));
    });
    (partner.regions ?? []).forEach((id, j) => {
      if (!regionIds.has(id))
        problems.push(problem('unknown-region', 'error', at('regions', j), { id }));
    });
    (partner.phones ?? []).forEach((phone, j) => {
      if (!isValidBelgianPhone(phone.number))
        problems.push(
          problem('phone-invalid', 'error', at('phones', j, 'number'), { number: phone.number }),
        );
    });
    problems.push(...linkProblem(partner.website, 'directory', 'partners', i, 'website'));
    problems.push(...linkProblem(partner.socialeKaart, 'directory', 'partners', i, 'socialeKaart'));
    const age = partner.ageRange;
    if (
      age?.fromMonths !== undefined &&
      age.toMonths !== undefined &&
      age.fromMonths > age.toMonths
    )
      problems.push(problem('age-range-inverted', 'error', at('ageRange')));
    if (isStale(partner.lastChecked, now))
      problems.push(
        problem('stale-contact', 'warning', at('lastChecked'), {
          name: partner.organisation,
          date: partner.lastChecked ?? '',
        }),
      );
  });

  card.directory.sections.forEach((section, i) => {
    section.entries.forEach((entry, j) => {
      if (!partnerIds.has(entry.partner))
        problems.push(
          problem(
            'unknown-partner',
            'error',
            pointer('directory', 'sections', i, 'entries', j, 'partner'),
            { id: entry.partner },
          ),
        );
    });
  });

  (card.resources ?? []).forEach((resource, i) => {
    problems.push(...linkProblem(resource.url, 'resources', i, 'url'));
    (resource.links ?? []).forEach((link, j) =>
      problems.push(...linkProblem(link.url, 'resources', i, 'links', j, 'url')),
    );
  });
  problems.push(...linkProblem(card.source?.url, 'source', 'url'));

  const used = rolesUsedInFlow(card);
  card.roles.forEach((role, k) => {
    if (!used.has(role.id)) return;
    for (const region of card.regions) {
      if (partnersForRole(card, role.id, region.id).length === 0)
        problems.push(
          problem('role-unfilled', 'warning', pointer('roles', k), {
            name: role.name,
            region: region.name,
          }),
        );
    }
  });
  return problems;
}
