// PGlite keeps its files in one folder and must have one process at a time:
// a second process (an admin command while the server runs) would corrupt
// them. A lock file with the owner's process id guards the folder; a lock
// left by a process that is gone is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; returns the function that releases it. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'kindreflex.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner))
        throw new Error(
          `De ingebouwde database in ${dir} is in gebruik door proces ${owner} (draait de server nog?). ` +
            'Stop dat proces eerst. (The embedded database is in use by another process.)',
          { cause: error },
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Kon ${file} niet vergrendelen.`);
}
