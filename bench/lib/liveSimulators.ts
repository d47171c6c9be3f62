// Run as a child process by bench/load.ts: Microsoft's side of live mode (the identity and Graph
// simulators) in a process of its own, so it does not share a core with the load generator. Prints
// one JSON line — the environment pointing MailBridge at it, and an API token per user — then
// serves until stdin closes.
import { GRAPH_READ_SCOPES, GRAPH_WRITE_SCOPES } from "../../server/auth/graphTokenProvider.js";
import {
  GraphSimulator,
  type SimulatedAccount,
} from "../../server/simulators/graph/graphSimulator.js";
import { demoMailbox } from "../../server/simulators/graph/demoMailbox.js";
import {
  IdentitySimulator,
  CONSUMERS_TENANT,
} from "../../test/simulators/identity/identitySimulator.js";
import { CLIENT_ID, CLIENT_SECRET } from "../../test/helpers/liveStack.js";

const users = Number(process.argv[2] ?? 500);
const latencyMs = Number(process.argv[3] ?? 20);

const identity = new IdentitySimulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
await identity.listen();
const accounts = new Map<string, SimulatedAccount>();
const tokens: string[] = [];
for (let index = 0; index < users; index++) {
  const user = {
    oid: `00000000-0000-0000-0003-${String(index).padStart(12, "0")}`,
    tid: CONSUMERS_TENANT,
    upn: `user${index}@outlook.com`,
    name: `User ${index}`,
  };
  identity.consents.grant(user.oid, [...GRAPH_READ_SCOPES, ...GRAPH_WRITE_SCOPES]);
  accounts.set(user.oid, { seed: demoMailbox() });
  tokens.push(await identity.issueApiToken(user));
}
const graph = new GraphSimulator({
  accounts: (token) => {
    const issued = identity.resolveGraphToken(token);
    return issued ? accounts.get(issued.user.oid) : undefined;
  },
  latencyMs,
});
const graphBaseUrl = await graph.listen();
process.stdout.write(
  `${JSON.stringify({
    env: {
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: CLIENT_SECRET,
      GRAPH_BASE_URL: graphBaseUrl,
      IDENTITY_BASE_URL: identity.baseUrl,
    },
    tokens,
  })}\n`
);
process.stdin.resume();
process.stdin.on(
  "end",
  () => void Promise.all([graph.close(), identity.close()]).then(() => process.exit(0))
);
