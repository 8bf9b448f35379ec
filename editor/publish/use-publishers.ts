// The two publishers of the publish dialog. Local: the working card becomes a
// release in this browser. Server: the approved version (or, with review off,
// the card as it is now) becomes a release on the shared server; its content
// and the latest release are fetched while the dialog is open.
import { useCallback, useEffect, useState } from 'react';
import { nextReleaseVersion } from '../../schema/release';
import type { Card } from '../../schema/types';
import { useCard, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import type { OpenPublishing } from '../sync/card-publishing';
import { errorText } from '../sync/error-text';
import { serverCard } from '../sync/sync-engine';
import type { ReleaseRow } from '../versions/version-rows';
import type { Publisher } from './publisher';
import { reviewTexts } from './review-texts';
import type { ServerSync } from '../sync/server-sync';

export function useLocalPublisher(releases: ReleaseRow[]): Publisher {
  const { versions } = useStudio();
  const t = useT();
  const card = useCard();
  const rowId = versions.rowId;
  const suggest = useCallback(
    () => (rowId ? versions.releases.suggestVersion(rowId) : Promise.resolve('')),
    [versions, rowId],
  );
  return {
    content: card,
    latest: releases[0],
    usedVersions: releases.map((r) => r.version),
    suggest,
    publish: async (form) => {
      const outcome = await versions.publish(form);
      if (!outcome) return undefined;
      if (outcome.ok) return { ok: true, release: outcome.release };
      return 'message' in outcome ? { ok: false, message: t(outcome.message) } : undefined;
    },
  };
}

/** The review a beheerder publishes: the newest approved one. */
const approvedOf = (state: OpenPublishing | null) =>
  state?.reviews.find((r) => r.status === 'approved');

/** `sync`: the shared workspace's client, there whenever `state` is (a server card). */
export function useServerPublisher(
  sync: ServerSync | null,
  state: OpenPublishing | null,
  active: boolean,
): Publisher {
  const t = useT();
  const working = useCard();
  const review = state?.reviewRequired ? approvedOf(state) : undefined;
  const [offered, setOffered] = useState<{ id: string; card: Card } | null>(null);
  const [latest, setLatest] = useState<{ version: string; card: Card } | undefined>();
  const slug = state?.slug ?? '';
  const serverId = state?.serverId ?? '';
  const versionId = review?.versionId;
  const latestVersion = state?.releases[0]?.version;

  useEffect(() => {
    if (!active || !versionId || !sync) return;
    let live = true;
    void sync.api
      .version(slug, serverId, versionId)
      .then((v) => live && setOffered({ id: versionId, card: serverCard(v.card) }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, sync, slug, serverId, versionId]);

  useEffect(() => {
    if (!active || !latestVersion || !sync) return;
    let live = true;
    void sync.publishing
      .releaseCard(latestVersion)
      .then((card) => live && setLatest({ version: latestVersion, card }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [active, sync, latestVersion]);

  const used = (state?.releases ?? []).map((r) => r.version);
  const usedKey = used.join('\n');
  const suggest = useCallback(
    () => Promise.resolve(nextReleaseVersion(usedKey ? usedKey.split('\n') : [])),
    [usedKey],
  );
  const content = !state?.reviewRequired
    ? working
    : offered && offered.id === versionId
      ? offered.card
      : null;
  return {
    content,
    latest: latest?.version === latestVersion ? latest : undefined,
    usedVersions: used,
    suggest,
    note: review
      ? t(reviewTexts.publishesApproved, {
          offerer: review.requestedByName,
          approver: review.decidedBy?.name ?? '',
          message: review.message,
        })
      : t(reviewTexts.publishesCurrent),
    publish: async (form) => {
      if (!sync) return undefined;
      try {
        const release = await sync.publishing.publish({
          ...(review ? { review: review.id } : {}),
          releaseVersion: form.version,
          notes: form.notes,
          acceptWarnings: form.acceptWarnings,
        });
        const card = await sync.publishing.releaseCard(release.version);
        return { ok: true, release: { version: release.version, card, links: release } };
      } catch (error) {
        return { ok: false, message: t(reviewTexts.failed, { reason: errorText(error) }) };
      }
    },
  };
}
