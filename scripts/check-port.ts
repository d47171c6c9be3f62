// Run by `npm start` before the build: a bad configuration or a port already in use is said in a
// sentence at once, instead of after a minute of building.
import { ConfigError, loadConfig } from "../server/config.js";
import { listenProblem, tryListen } from "../server/listenProblem.js";

try {
  const { port, host } = loadConfig(process.env);
  const error = port === 0 ? null : await tryListen(port, host);
  if (error) {
    process.stderr.write(`${(await listenProblem(error, port, host)) ?? error.message}\n`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
