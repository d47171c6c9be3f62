import assert from "node:assert/strict";
import { liveMailboxAccess, type MailboxAccess } from "../../../server/graph/mailboxAccess.js";
import { memoryLimiters, type KeyedLimiters } from "../../../server/graph/limiter.js";
import { GraphRequestError } from "../../../server/graph/graphClient.js";
import { AuthError, createTokenValidator } from "../../../server/auth/tokenValidator.js";
import {
  GRAPH_READ_SCOPES,
  GRAPH_WRITE_SCOPES,
  OboError,
  createOboTokenProvider,
} from "../../../server/auth/graphTokenProvider.js";
import { AUTHORITY_HOST } from "../../../server/auth/microsoftIdentity.js";
import { redirectingNetworkClient } from "../../../server/auth/redirectingNetworkClient.js";
import { memoryTokenCache } from "../../../server/auth/memoryTokenCache.js";
import { GraphSimulator } from "../../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../../server/simulators/graph/demoMailbox.js";
import { IdentitySimulator } from "../../simulators/identity/identitySimulator.js";
import { CLIENT_ID, CLIENT_SECRET, MARIE } from "../../helpers/liveStack.js";

const MARIE_KEY = `${MARIE.tid}:${MARIE.oid}`;

/** Limiters by key that remember which keys were asked for and how many tasks each ran. */
function countedLimiters(): KeyedLimiters & { runs: Map<string, number> } {
  const limiters = memoryLimiters(4);
  const runs = new Map<string, number>();
  const keyed: KeyedLimiters = (key) => {
    runs.set(key, runs.get(key) ?? 0);
    const limiter = limiters(key);
    return {
      run: (task) => {
        runs.set(key, (runs.get(key) ?? 0) + 1);
        return limiter.run(task);
      },
    };
  };
  return Object.assign(keyed, { runs });
}

describe("reaching a user's mailbox in live mode (server/graph/mailboxAccess)", function () {
  this.timeout(30000);

  let identity: IdentitySimulator;
  let graph: GraphSimulator;
  /** The scopes of each Graph token that reached Graph, as the identity platform issued them. */
  let scopesAtGraph: string[][];
  let slots: ReturnType<typeof countedLimiters>;
  let exclusive: ReturnType<typeof countedLimiters>;
  let observed: { status: number; seconds: number }[];
  let access: MailboxAccess;

  beforeEach(async () => {
    identity = new IdentitySimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    identity.consents.grant(MARIE.oid, [...GRAPH_READ_SCOPES, ...GRAPH_WRITE_SCOPES]);
    await identity.listen();
    scopesAtGraph = [];
    const account = { seed: demoMailbox(new Date("2026-11-20T08:00:00Z")) };
    graph = new GraphSimulator({
      accounts: (token) => {
        const issued = identity.resolveGraphToken(token);
        if (!issued) return undefined;
        scopesAtGraph.push(issued.scopes);
        return issued.user.oid === MARIE.oid ? account : undefined;
      },
    });
    const graphBaseUrl = await graph.listen();
    slots = countedLimiters();
    exclusive = countedLimiters();
    observed = [];
    access = liveMailboxAccess({
      graphBaseUrl,
      validate: createTokenValidator({
        clientId: CLIENT_ID,
        authorityHost: AUTHORITY_HOST,
        jwksUrl: identity.jwksUrl,
        requiredScope: "access_as_user",
      }),
      graphToken: createOboTokenProvider({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        authorityHost: AUTHORITY_HOST,
        networkClient: redirectingNetworkClient(AUTHORITY_HOST, identity.baseUrl),
        cache: memoryTokenCache(),
        exclusive: memoryLimiters(1),
      }),
      turns: { slots, exclusive },
      tuning: { maxRetries: 0, observe: (exchange) => observed.push(exchange) },
    });
  });

  afterEach(async () => {
    await graph.close();
    await identity.close();
  });

  const oboRequests = () =>
    identity.tokenRequests.filter(
      (request) => request.grantType === "urn:ietf:params:oauth:grant-type:jwt-bearer"
    );

  const openAsMarie = async () =>
    access.open({
      authorization: `Bearer ${await identity.issueApiToken(MARIE)}`,
      visitor: undefined,
    });

  it("opens a session for a valid token as the user tid:oid, without exchanging it yet", async () => {
    const session = await openAsMarie();
    assert.equal(session.userKey, MARIE_KEY);
    assert.deepEqual(identity.tokenRequests, []);
  });

  it("refuses a request without a bearer token, or with a forged one, before any exchange", async () => {
    await assert.rejects(
      access.open({ authorization: undefined, visitor: undefined }),
      (error: unknown) => error instanceof AuthError && error.reason === "missing_token"
    );
    await assert.rejects(
      access.open({ authorization: "Bearer not.a.token", visitor: "a-demo-visitor" }),
      (error: unknown) => error instanceof AuthError && error.reason === "invalid_token"
    );
    assert.deepEqual(identity.tokenRequests, []);
  });

  it("gives a read client a Graph token for the read scopes only, and it reaches the user's mailbox", async () => {
    const client = await (await openAsMarie()).client("read");
    const me = await client.get<{ displayName: string }>("/me");
    assert.equal(me.displayName, "Marie Dupont (démo)");
    assert.equal(oboRequests().length, 1);
    assert.deepEqual(scopesAtGraph, [GRAPH_READ_SCOPES]);
  });

  it("gives a write client a Graph token for the write scopes (folders and inbox rules)", async () => {
    const client = await (await openAsMarie()).client("write");
    const created = await client.post<{ displayName: string }>("/me/mailFolders", {
      displayName: "Gmail",
    });
    assert.equal(created.displayName, "Gmail");
    assert.deepEqual(scopesAtGraph, [GRAPH_WRITE_SCOPES]);
  });

  it("takes turns per mailbox: Graph requests in the user's slots, writers in the user's write turn", async () => {
    const session = await openAsMarie();
    const client = await session.client("read");
    await client.get("/me");
    await client.get("/me/mailboxSettings");
    assert.deepEqual([...slots.runs], [[MARIE_KEY, 2]]);
    await session.writes.run(async () => undefined);
    assert.deepEqual([...exclusive.runs], [[`writes:${MARIE_KEY}`, 1]]);
  });

  it("passes its tuning to every client: each exchange is observed, and retries are as configured", async () => {
    const client = await (await openAsMarie()).client("read");
    await client.get("/me");
    assert.deepEqual(
      observed.map((exchange) => exchange.status),
      [200]
    );
    graph.setFaults({ script: ["unavailable"] });
    await assert.rejects(
      client.get("/me"),
      (error: unknown) => error instanceof GraphRequestError && error.status === 503
    );
    assert.equal(observed.length, 2, "no retry: maxRetries 0");
  });

  it("asks for the write scopes only for a write client: consent to read alone reads, and a write is refused", async () => {
    identity.consents.clear();
    identity.consents.grant(MARIE.oid, GRAPH_READ_SCOPES);
    const session = await openAsMarie();
    assert.equal(
      (await (await session.client("read")).get<{ id: string }>("/me")).id,
      "demo-user-0001"
    );
    await assert.rejects(
      session.client("write"),
      (error: unknown) => error instanceof OboError && error.failure === "consent_required"
    );
  });
});
