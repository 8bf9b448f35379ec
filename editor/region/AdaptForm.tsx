// The form of "Aanpassen voor mijn regio": in which workspace (where the
// coordinator may edit), the region's name and municipalities, and the new
// card's title. The server makes the card; a refusal is shown in the form.
import { useId, useState } from 'react';
import { useObservable, useStudio } from '../app/studio-context';
import { useT } from '../i18n/i18n';
import { errorText } from '../sync/error-text';
import type { CatalogueCard } from '../sync/publishing-api';
import { adaptForRegion } from './catalogue-actions';
import { catalogueTexts as texts, followTexts } from './follow-texts';
import { RegionFields, emptyDraft, regionInput, type RegionDraft } from './RegionFields';
import { useServerSync } from '../sync/shared-workspace';

interface AdaptFormProps {
  entry: CatalogueCard;
  formId: string;
  onBusy: (busy: boolean) => void;
  onMade: (text: string) => void;
}

export function AdaptForm({ entry, formId, onBusy, onMade }: AdaptFormProps) {
  const studio = useStudio();
  const t = useT();
  const me = useObservable(useServerSync().account);
  const targets = me?.workspaces.filter((w) => w.role !== 'lezer') ?? [];
  const [slug, setSlug] = useState(targets[0]?.slug ?? '');
  const [draft, setDraft] = useState<RegionDraft>(emptyDraft(entry.title));
  const [tried, setTried] = useState(false);
  const [failed, setFailed] = useState('');
  const selectId = useId();
  if (targets.length === 0) return <p role="alert">{t(texts.noWorkspace)}</p>;
  const workspace = targets.find((w) => w.slug === slug) ?? targets[0]!;

  const make = async () => {
    setTried(true);
    const input = regionInput(draft);
    if (input.region === '') return;
    onBusy(true);
    setFailed('');
    try {
      await adaptForRegion(studio, entry, workspace, input);
      onMade(
        t(texts.made, {
          region: input.region,
          workspace: workspace.name,
          title: entry.title,
          version: entry.version,
        }),
      );
    } catch (error) {
      setFailed(t(followTexts.failed, { reason: errorText(error) }));
    } finally {
      onBusy(false);
    }
  };

  return (
    <form
      id={formId}
      className="regional-form"
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      {targets.length > 1 && (
        <div className="field">
          <label htmlFor={selectId}>{t(texts.workspace)}</label>
          <select id={selectId} value={workspace.slug} onChange={(e) => setSlug(e.target.value)}>
            {targets.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <RegionFields base={entry} draft={draft} onChange={setDraft} tried={tried} />
      {failed && <p role="alert">{failed}</p>}
      <button type="submit" hidden />
    </form>
  );
}
