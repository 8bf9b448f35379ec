// What the publish dialog publishes, and where: the local publisher puts a
// release in this browser's database (the working card); the server's
// publishes the approved version on the shared server, at stable addresses.
// The dialog itself (checks, version number, notes, warnings, the result) is
// the same for both.
import type { Card } from '../../schema/types';
import type { ReleaseLink } from '../sync/publishing-api';

export interface PublishForm {
  version: string;
  notes: string;
  acceptWarnings: boolean;
  /** Other origins the published viewer may load ?card= from (a site folder's own choice). */
  cardOrigins?: string[];
}

export interface PublishedRelease {
  version: string;
  /** The released card, with its release block. */
  card: Card;
  /** Where the server publishes it; absent for a release in this browser. */
  links?: ReleaseLink;
  /** Other origins its viewer may load ?card= from (a release in this browser). */
  cardOrigins?: string[];
}

export type PublishAttempt =
  { ok: true; release: PublishedRelease } | { ok: false; message: string };

export interface Publisher {
  /** What would be published; null while it is fetched. */
  content: Card | null;
  latest: { version: string; card: Card } | undefined;
  usedVersions: string[];
  suggest(): Promise<string>;
  /** undefined: nothing happened (no card open). */
  publish(form: PublishForm): Promise<PublishAttempt | undefined>;
  /** Said above the form: which version is published. */
  note?: string;
}
