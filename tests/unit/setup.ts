// Every unit test may run commands: the studio loads Immer beside the first
// card (editor/state/immer-runtime.ts), the tests before they start.
import { immerReady } from '../../editor/state/immer-runtime';

await immerReady;
