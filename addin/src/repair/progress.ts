// What the user has told us and done, kept between visits. Read defensively: the stored value may
// come from an older version or have been edited.
import type { DiagnoseAnswers } from "@contracts/diagnosis.js";
import type { KeyValueStore } from "../storage/keyValueStore.js";
import { REPAIR_TARGETS, STEPS, type RepairTarget } from "./steps.js";

export const PROGRESS_KEY = "mailbridge.progress.v1";

export interface Progress {
  email: string;
  answers: DiagnoseAnswers;
  target: RepairTarget | null;
  done: string[];
}

export const EMPTY_PROGRESS: Progress = { email: "", answers: {}, target: null, done: [] };

const ANSWER_KEYS = ["usedPop3", "hasPstFiles", "outlookOpens", "wantsThirdPartyClient"] as const;

export function loadProgress(store: KeyValueStore): Progress {
  const value = store.get(PROGRESS_KEY);
  if (!value || typeof value !== "object") return EMPTY_PROGRESS;
  const raw = value as Record<string, unknown>;
  const answersRaw = (raw.answers && typeof raw.answers === "object" ? raw.answers : {}) as Record<
    string,
    unknown
  >;
  const answers: DiagnoseAnswers = {};
  for (const key of ANSWER_KEYS)
    if (typeof answersRaw[key] === "boolean") answers[key] = answersRaw[key];
  const stepIds = new Set<string>(STEPS.map((step) => step.id));
  return {
    email: typeof raw.email === "string" ? raw.email.slice(0, 320) : "",
    answers,
    target: REPAIR_TARGETS.includes(raw.target as RepairTarget)
      ? (raw.target as RepairTarget)
      : null,
    done: Array.isArray(raw.done)
      ? raw.done.filter((id): id is string => typeof id === "string" && stepIds.has(id))
      : [],
  };
}

export const saveProgress = (store: KeyValueStore, progress: Progress): Promise<void> =>
  store.set(PROGRESS_KEY, progress);
