// The studio's first step, inlined into its index.html as a classic script
// (vite-early-read.ts): it starts reading the card last worked on while the
// browser still fetches and compiles the studio's modules, 60-100 ms before
// they run, so that the card is there when the studio starts (boot.ts takes it
// with takeEarlyRead). Only reads; see last-opened-read.ts.
import { EARLY_READ, readLastOpened, type EarlyReadGlobal } from './last-opened-read';

(globalThis as EarlyReadGlobal)[EARLY_READ] = readLastOpened();
