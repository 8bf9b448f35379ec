// The studio's worker: runs the schema's long tasks (schema-tasks.ts) off the
// main thread, so a large card or CSV never freezes the page.
import { runTask, type TaskName } from './schema-tasks';

export interface TaskRequest {
  id: number;
  name: TaskName;
  input: never;
}
export type TaskReply =
  | { id: number; type: 'progress'; stage: string }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; message: string };

const post = (reply: TaskReply) => postMessage(reply);

addEventListener('message', async (event: MessageEvent<TaskRequest>) => {
  const { id, name, input } = event.data;
  try {
    const result = await runTask(name, input, (stage) => post({ id, type: 'progress', stage }));
    post({ id, type: 'done', result });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
