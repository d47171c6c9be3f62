// The slow-down on its own, in front of routes that answer 400, 503 and 200: what counts as a
// refusal, and which paths are left out. (fairUse.test.ts shows it in the whole service.)
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import express from "express";
import { memoryStores } from "../../../server/http/rateLimit.js";
import { refusalSlowDown } from "../../../server/http/refusalSlowDown.js";
import { createLogger } from "../../../server/logger.js";

async function withApp(run: (url: string) => Promise<void>): Promise<void> {
  const app = express();
  const limits = {
    windowSeconds: 60,
    anonymousPerWindow: 1000,
    mailboxPerWindow: 1000,
    refusalsBeforeSlowDown: 3,
  };
  app.use(
    refusalSlowDown(limits, memoryStores, createLogger("silent"), { notCounted: ["/relay"] })
  );
  app.get("/bad", (_req, res) => void res.status(400).end());
  app.get("/busy", (_req, res) => void res.status(503).end());
  app.get(
    ["/ok", "/relay/missing", "/relayed"],
    (req, res) => void res.status(req.path === "/ok" ? 200 : 404).end()
  );
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Sends `count` requests at once, then one to /ok: how long that one waited. */
async function waitAfter(url: string, path: string, count: number): Promise<number> {
  const answers = await Promise.all(Array.from({ length: count }, () => fetch(url + path)));
  assert.ok(answers.every((answer) => answer.status >= 400));
  const started = performance.now();
  assert.equal((await fetch(`${url}/ok`)).status, 200);
  return performance.now() - started;
}

describe("slow-down of addresses whose requests keep being refused (server/http/refusalSlowDown)", function () {
  this.timeout(20000);

  it("counts 4xx answers: past the limit, each request waits 100 ms per refusal, at most 2 s", () =>
    withApp(async (url) => {
      // 60 refusals: the next request is the 61st counted, 58 past the limit (5.8 s), capped at 2 s.
      const waited = await waitAfter(url, "/bad", 60);
      assert.ok(waited >= 1990 && waited < 4000, `waited ${Math.round(waited)} ms`);
    }));

  it("does not count 5xx answers (the service's trouble, not the client's)", () =>
    withApp(async (url) => assert.ok((await waitAfter(url, "/busy", 25)) < 1000)));

  it("neither counts nor slows the paths it is told to leave out, and only those", () =>
    withApp(async (url) => {
      assert.ok((await waitAfter(url, "/relay/missing", 25)) < 1000);
      // "/relayed" only starts with the same letters: it is counted.
      assert.ok((await waitAfter(url, "/relayed", 25)) >= 1990);
    }));
});
