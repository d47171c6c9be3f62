// A real DNS server for tests: Debian's dnsmasq, started on a free loopback port in a temporary
// folder, answering for the test zone only (*.test) from the records given. Two names behave like
// broken authoritative servers: queries under timeout.test are forwarded to a port that never
// answers, those under servfail.test to one that answers SERVFAIL. Stopped and removed after.
import { spawn, type ChildProcess } from "node:child_process";
import dgram from "node:dgram";
import { promises as dns } from "node:dns";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestZone {
  /** domain → [mail server, priority][] */
  mx?: Record<string, [string, number][]>;
  /** name → target */
  cname?: Record<string, string>;
  /** name → [target, port, priority, weight][] */
  srv?: Record<string, [string, number, number, number][]>;
  /** name → IPv4 address (a domain that exists without MX) */
  a?: Record<string, string>;
}

export interface TestDnsServer {
  /** "127.0.0.1:<port>", for DNS_SERVERS. */
  address: string;
  /** Queries dnsmasq received, as "MX boulangerie.test". */
  queries(): string[];
  stop(): Promise<void>;
}

/** A UDP port free right now on loopback. */
async function freeUdpPort(): Promise<number> {
  const probe = dgram.createSocket("udp4");
  await new Promise<void>((resolve) => probe.bind(0, "127.0.0.1", resolve));
  const { port } = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** An upstream for a broken zone: silent, or answering every query with SERVFAIL. */
async function brokenUpstream(answer: "never" | "servfail"): Promise<dgram.Socket> {
  const socket = dgram.createSocket("udp4");
  socket.on("message", (query, from) => {
    if (answer === "never") return;
    const reply = Buffer.from(query);
    reply[2] = reply[2]! | 0x80; // QR: a response
    reply[3] = (reply[3]! & 0xf0) | 2; // RCODE 2: SERVFAIL
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return socket;
}

function configuration(zone: TestZone, port: number, silent: number, failing: number): string {
  return [
    "no-resolv",
    "no-hosts",
    "no-poll",
    "bind-interfaces",
    "listen-address=127.0.0.1",
    `port=${port}`,
    "cache-size=0",
    "local-ttl=300",
    "log-queries",
    // Answers for *.test come from here only: an unknown name is NXDOMAIN, never asked upstream.
    "local=/test/",
    `server=/timeout.test/127.0.0.1#${silent}`,
    `server=/servfail.test/127.0.0.1#${failing}`,
    ...Object.entries(zone.mx ?? {}).flatMap(([domain, hosts]) =>
      hosts.map(([host, priority]) => `mx-host=${domain},${host},${priority}`)
    ),
    ...Object.entries(zone.srv ?? {}).flatMap(([name, targets]) =>
      targets.map(
        ([target, port, priority, weight]) =>
          `srv-host=${name},${target},${port},${priority},${weight}`
      )
    ),
    // dnsmasq answers a CNAME only towards a name it knows: give every target an address.
    ...Object.entries(zone.cname ?? {}).flatMap(([name, target]) => [
      `host-record=${target},192.0.2.10`,
      `cname=${name},${target}`,
    ]),
    ...Object.entries(zone.a ?? {}).map(([name, ip]) => `host-record=${name},${ip}`),
    "",
  ].join("\n");
}

export async function startDnsServer(zone: TestZone): Promise<TestDnsServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "mailbridge-dns-"));
  const [port, silent, failing] = await Promise.all([
    freeUdpPort(),
    brokenUpstream("never"),
    brokenUpstream("servfail"),
  ]);
  const conf = path.join(folder, "dnsmasq.conf");
  writeFileSync(conf, configuration(zone, port, silent.address().port, failing.address().port));
  const log: string[] = [];
  const child: ChildProcess = spawn(
    "dnsmasq",
    ["--keep-in-foreground", `--conf-file=${conf}`, "--pid-file=", "--log-facility=-"],
    { stdio: ["ignore", "pipe", "pipe"] }
  );
  const collect = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const address = `127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(address, exited, log);
  } catch (error) {
    child.kill("SIGKILL");
    silent.close();
    failing.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    address,
    queries: () =>
      log.flatMap((line) => {
        const match = /query\[(\w+)\] (\S+) from/.exec(line);
        return match ? [`${match[1]} ${match[2]}`] : [];
      }),
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      silent.close();
      failing.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function waitUntilAnswering(
  address: string,
  exited: Promise<number | null>,
  log: string[]
): Promise<void> {
  const resolver = new dns.Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([address]);
  const deadline = Date.now() + 5000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      await resolver.resolveMx("ready.test");
      return;
    } catch (error) {
      // NXDOMAIN from dnsmasq means it is up and answering.
      if ((error as { code?: string }).code === "ENOTFOUND") return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`dnsmasq did not start:\n${log.join("\n")}`);
}
