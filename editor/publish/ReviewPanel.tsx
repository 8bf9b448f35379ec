// Review in the Versies tab of a server card: the version waiting for review
// (or just sent back, with the reviewer's comment), what each member may do
// with it, and earlier reviews. A colleague reads the changes in the compare
// view beside it; whoever offered or wrote the version does not approve it.
import { useState } from 'react';
import { notify } from '../app/notices';
import { useObservable } from '../app/studio-context';
import { useLang, useT } from '../i18n/i18n';
import { pendingReview, type OpenPublishing } from '../sync/card-publishing';
import { errorText } from '../sync/error-text';
import type { Review } from '../sync/publishing-api';
import { formatDateTime } from '../versions/version-texts';
import { DecisionDialog, OfferDialog } from './ReviewDialogs';
import { reviewTexts as texts } from './review-texts';
import './publish.css';
import { useServerSync } from '../sync/shared-workspace';

const STATUS = {
  open: texts.statusOpen,
  approved: texts.statusApproved,
  returned: texts.statusReturned,
  withdrawn: texts.statusWithdrawn,
  superseded: texts.statusSuperseded,
  published: texts.statusPublished,
};

/** Who decided: the approver (also of a published one), who sent it back or withdrew it. */
const DECIDED = {
  approved: texts.approvedBy,
  published: texts.approvedBy,
  returned: texts.returnedBy,
  withdrawn: texts.withdrawnBy,
  open: null,
  superseded: null,
};

function ReviewItem({ review }: { review: Review }) {
  const t = useT();
  const lang = useLang();
  const date = (iso: string) => formatDateTime(Date.parse(iso), lang);
  const status = t(STATUS[review.status]);
  const decided = DECIDED[review.status];
  return (
    <div className={`review review-${review.status}`}>
      <p>
        <span className="badge">{status}</span>{' '}
        <span className="muted">
          {t(texts.offeredBy, { name: review.requestedByName, date: date(review.requestedAt) })}
        </span>
      </p>
      {review.message && <blockquote className="review-message">{review.message}</blockquote>}
      {decided && review.decidedBy && review.decidedAt && (
        <p className="muted">
          {t(decided, { name: review.decidedBy.name, date: date(review.decidedAt) })}
        </p>
      )}
      {review.comment && <blockquote className="review-comment">{review.comment}</blockquote>}
    </div>
  );
}

type Open = { kind: 'offer' } | { kind: 'approve' | 'return'; review: string } | null;

interface ReviewPanelProps {
  state: OpenPublishing;
  onRead: (review: Review) => void;
  onPublish: () => void;
}

export function ReviewPanel({ state, onRead, onPublish }: ReviewPanelProps) {
  const sync = useServerSync();
  const t = useT();
  const me = useObservable(sync.account);
  const link = useObservable(sync.openLink);
  const [dialog, setDialog] = useState<Open>(null);
  const role = sync.roleOf(link);
  const name = me?.workspaces.find((w) => w.id === link?.workspaceId)?.name ?? '';
  const myId = me?.account.id;
  const pending = pendingReview(state.reviews);
  const newest = state.reviews[0];
  const shown = pending ?? (newest?.status === 'returned' ? newest : undefined);
  const earlier = state.reviews.filter((r) => r !== shown);
  const mine = shown && (shown.requestedBy?.id === myId || shown.versionAuthorId === myId);
  const beheerder = role === 'beheerder';
  const editor = beheerder || role === 'redacteur';
  const fail = (error: unknown) => notify(t(texts.failed, { reason: errorText(error) }));
  // The box shows the choice at once; the server's answer confirms it (or it springs back).
  const [switching, setSwitching] = useState<boolean | null>(null);
  const switchReview = (required: boolean) => {
    setSwitching(required);
    sync.publishing
      .setReviewRequired(required)
      .catch(fail)
      .finally(() => setSwitching(null));
  };

  return (
    <section className="review-panel" aria-labelledby="review-heading" data-testid="review-panel">
      <h3 id="review-heading">{t(texts.heading)}</h3>
      {!state.reviewRequired && <p className="muted">{t(texts.reviewOff, { name })}</p>}
      {shown ? (
        <ReviewItem review={shown} />
      ) : (
        state.reviewRequired && <p className="muted">{t(texts.none)}</p>
      )}
      <div className="review-actions">
        {shown && shown.status !== 'returned' && (
          <button type="button" onClick={() => onRead(shown)}>
            {t(texts.read)}
          </button>
        )}
        {shown?.status === 'open' && !mine && (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => setDialog({ kind: 'approve', review: shown.id })}
            >
              {t(texts.approve)}
            </button>
            <button type="button" onClick={() => setDialog({ kind: 'return', review: shown.id })}>
              {t(texts.sendBack)}
            </button>
          </>
        )}
        {shown?.status === 'approved' && beheerder && (
          <button type="button" className="primary" onClick={onPublish}>
            {t(texts.publish)}
          </button>
        )}
        {pending && (pending.requestedBy?.id === myId || beheerder) && (
          <button
            type="button"
            onClick={() =>
              void sync.publishing
                .decide(pending.id, 'withdraw')
                .then(() => notify(t(texts.withdrawn)), fail)
            }
          >
            {t(texts.withdraw)}
          </button>
        )}
        {editor && state.reviewRequired && (
          <button type="button" onClick={() => setDialog({ kind: 'offer' })}>
            {t(texts.offer)}
          </button>
        )}
      </div>
      {shown?.status === 'open' && mine && <p className="muted">{t(texts.ownOffer)}</p>}
      {!beheerder && <p className="muted">{t(texts.onlyBeheerder, { name })}</p>}
      {beheerder && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={switching ?? state.reviewRequired}
            disabled={switching !== null}
            onChange={(e) => switchReview(e.target.checked)}
          />
          {t(texts.reviewRequired)}
        </label>
      )}
      {earlier.length > 0 && (
        <details className="review-earlier">
          <summary>{t(texts.earlier, { n: earlier.length })}</summary>
          <ul>
            {earlier.map((r) => (
              <li key={r.id}>
                <ReviewItem review={r} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {dialog?.kind === 'offer' && <OfferDialog onClose={() => setDialog(null)} />}
      {(dialog?.kind === 'approve' || dialog?.kind === 'return') && (
        <DecisionDialog
          review={dialog.review}
          decision={dialog.kind}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
