// Worker thread entry for rule compilation (piscina calls the default export). Bundled on its own by
// esbuild next to main.js (package.json's build:server), loaded by compilePool.ts.
import { compileWork } from "./compileWork.js";

export default compileWork;
