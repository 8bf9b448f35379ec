// Setting up reviews, releases and regional cards straight in the database,
// for tests that need many of them (the rights table), and through the API
// for tests that follow a user's steps.
import type { Account } from '../../../server/app-env';
import { acceptCard } from '../../../server/cards/accept';
import { createVersion } from '../../../server/cards/history';
import { createCard } from '../../../server/cards/store';
import type { Database } from '../../../server/db/database';
import { cardPath } from '../../../server/public/address';
import { publishCard } from '../../../server/releases/publish';
import { createReview, moveReview } from '../../../server/reviews/store';
import { deriveRegionalCard } from '../../../schema/merge/derive';
import type { Card } from '../../../schema/types';
import { ORIGIN, type TestClient } from './client';
import { unique } from './database';
import { minimalCard } from './world';

type Ws = { id: string; slug: string };

export const uniqueCard = (): Card => ({ ...minimalCard(), id: unique('kaart') });

export async function storedCard(db: Database, ws: Ws, by: Account, card = uniqueCard()) {
  return createCard(db, ws.id, await acceptCard(card), by);
}

/** An open review of the card's current revision, offered by `by`. */
export async function openReview(db: Database, ws: Ws, cardRowId: string, by: Account) {
  const version = await createVersion(
    db,
    cardRowId,
    { revision: 1, reason: 'named', message: 'Ter nalezing' },
    by,
  );
  const made = await createReview(
    db,
    { workspaceId: ws.id, cardRowId, versionId: version!.id, message: 'Graag nalezen' },
    by,
  );
  return made!.review.id;
}

export async function approvedReview(
  db: Database,
  ws: Ws,
  cardRowId: string,
  by: Account,
  approver: Account,
) {
  const id = await openReview(db, ws, cardRowId, by);
  await moveReview(db, cardRowId, id, { from: ['open'], to: 'approved' }, approver);
  return id;
}

export interface PublishedCard {
  ws: string;
  cardRowId: string;
  address: string;
  version: string;
  url: string;
}

/** A card offered, approved and published: its stable address. */
export async function publishedCard(
  db: Database,
  ws: Ws,
  by: Account,
  approver: Account,
  card = uniqueCard(),
): Promise<PublishedCard> {
  const cardRowId = await storedCard(db, ws, by, card);
  const review = await approvedReview(db, ws, cardRowId, by, approver);
  const published = await publishCard(
    db,
    ws,
    cardRowId,
    { source: { review }, acceptWarnings: true },
    by,
  );
  return {
    ws: ws.slug,
    cardRowId,
    address: published.address,
    version: published.version,
    url: ORIGIN + cardPath(ws.slug, published.address),
  };
}

/** A regional card in `ws` that follows a published base. */
export async function regionalCard(db: Database, ws: Ws, by: Account, base: Card, baseUrl: string) {
  const card = await deriveRegionalCard(base, {
    id: unique('regio'),
    region: { name: 'Noord-Limburg', municipalities: ['Bree', 'Peer'] },
    baseUrl,
  });
  return storedCard(db, ws, by, card);
}

/** Through the API, as the studio does: offer for review, approve, publish. Returns the release. */
export async function offerApprovePublish(
  clients: { redacteur: TestClient; lezer: TestClient; beheerder: TestClient },
  base: string,
  cardRowId: string,
  extra: Record<string, unknown> = {},
) {
  const card = `${base}/cards/${cardRowId}`;
  const offered = await clients.redacteur.post<{ id: string }>(`${card}/reviews`, {
    message: 'Klaar voor publicatie',
  });
  if (offered.status !== 201) throw new Error(`offer: ${offered.status}`);
  const approved = await clients.lezer.post(`${card}/reviews/${offered.body.id}/approve`, {});
  if (approved.status !== 200) throw new Error(`approve: ${approved.status}`);
  return clients.beheerder.post<ReleaseReply>(`${card}/releases`, {
    review: offered.body.id,
    acceptWarnings: true,
    ...extra,
  });
}

export interface ReleaseReply {
  id: string;
  version: string;
  hash: string;
  url: string;
  cardUrl: string;
  versionUrl: string;
  versionCardUrl: string;
  address: string;
  changes: string[];
  acceptedWarnings: string[];
  error?: { code: string; problems?: { code: string }[] };
}
