// Worker thread entry for rule compilation (piscina calls the default export). Bundled on its own by
// esbuild next to main.js (package.json's build:server), loaded by compilePool.ts.
import os from "node:os";
import { move } from "piscina";
import { compileWork, type CompileTask, type WorkerAnswer } from "./compileWork.js";
import { encodeAnswer } from "./answerEncoding.js";

// Compilation yields the CPU to the thread answering requests: on Linux a thread has its own nice
// value, and "process 0" is the calling thread. Elsewhere it would be the whole process: left alone.
const BACKGROUND_NICE = 10;
if (process.platform === "linux") {
  try {
    os.setPriority(0, BACKGROUND_NICE);
  } catch {
    // Not allowed here (a locked-down container): compile at normal priority.
  }
}

/**
 * The answer is compressed here when the client takes it so, and its bytes are moved to the main
 * thread, not copied: it has nothing left to do but send.
 */
export default function compile(task: CompileTask): WorkerAnswer {
  const outcome = compileWork(task);
  if (!outcome.ok) return outcome;
  const bytes = encodeAnswer(new TextEncoder().encode(outcome.json), task.encoding ?? "identity");
  return move(bytes) as Uint8Array;
}
