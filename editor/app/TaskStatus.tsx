// A file being read, checked and opened: which file, the stage it is at and how
// far along, shown while the work runs in the worker so the page stays usable
// and the user sees that something is happening.
import type { LocalizedText } from '../../schema/problems';
import { msg, useT } from '../i18n/i18n';
import type { TaskStage } from '../workers/schema-tasks';

/** The stages of reading a file: the worker's (parse, check, plan), and those around them. */
export type FileStage = 'read' | TaskStage | 'store' | 'open';

const STAGES: Record<FileStage, LocalizedText> = {
  read: { nl: 'bestand lezen…', en: 'reading the file…' },
  parse: { nl: 'rijen lezen…', en: 'reading the rows…' },
  check: { nl: 'controleren…', en: 'checking…' },
  plan: { nl: 'wijzigingen bepalen…', en: 'working out the changes…' },
  store: { nl: 'bewaren…', en: 'saving…' },
  open: { nl: 'openen…', en: 'opening…' },
};

const texts = msg({
  reading: { nl: "'{file}' inlezen: {stage}", en: "Importing '{file}': {stage}" },
});

export interface FileProgress {
  file: string;
  stage: FileStage;
  /** The stages this task goes through, in order: the bar shows how far it is. */
  stages: readonly FileStage[];
}

export function TaskStatus({ progress }: { progress: FileProgress | null }) {
  const t = useT();
  if (!progress) return null;
  const { file, stage, stages } = progress;
  const label = t(texts.reading, { file, stage: t(STAGES[stage]) });
  return (
    <div className="task-status" role="status" data-testid="task-status" data-stage={stage}>
      <span>{label}</span>
      <progress max={stages.length} value={stages.indexOf(stage) + 0.5} aria-label={label} />
    </div>
  );
}
