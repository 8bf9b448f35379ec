// Asks the studio's worker to run a schema task and answers with its result.
// One worker, started with the studio (or on first use) and kept; tasks are answered in turn. Where
// no worker can run (Node in the unit tests), the task runs here instead,
// asynchronously all the same.
import type { TaskReply, TaskRequest } from './schema.worker';
import type { Progress, SchemaTasks, TaskName, TaskStage } from './schema-tasks';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  progress: Progress;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./schema.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<TaskReply>) => {
      const reply = event.data;
      const task = pending.get(reply.id);
      if (!task) return;
      if (reply.type === 'progress') return task.progress(reply.stage as TaskStage);
      pending.delete(reply.id);
      if (reply.type === 'done') task.resolve(reply.result);
      else task.reject(new Error(reply.message));
    });
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the worker before its first task: the opened card's problems and the card list's
 * checks run there, and the worker's start (fetching and compiling the validator) then
 * overlaps with opening the database and the card.
 */
export function warmSchemaWorker(): void {
  if (typeof Worker !== 'undefined') startWorker();
}

type Result<K extends TaskName> = Awaited<ReturnType<SchemaTasks[K]>>;

/** The tasks' code (CSV reading and planning among it) is the worker's; here only where no worker runs. */
async function runHere<K extends TaskName>(
  name: K,
  input: Parameters<SchemaTasks[K]>[0],
  progress: Progress,
): Promise<Result<K>> {
  const { runTask } = await import('./schema-tasks');
  return (await runTask(name, input, progress)) as Result<K>;
}

export function inWorker<K extends TaskName>(
  name: K,
  input: Parameters<SchemaTasks[K]>[0],
  { progress = () => {}, transfer = [] }: { progress?: Progress; transfer?: Transferable[] } = {},
): Promise<Result<K>> {
  const target = typeof Worker === 'undefined' ? null : startWorker();
  if (!target) return runHere(name, input, progress);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
    const request: TaskRequest = { id, name, input: input as never };
    target.postMessage(request, transfer);
  });
}
