// What goes wrong with shared state is the service's problem, not the request's: the store cannot be
// reached (Redis restarting), or a turn for a mailbox did not come in time (it is busy elsewhere).
// The HTTP edge answers both with a 503 and a time to retry; nothing was done for the request.
export class SharedStateUnavailableError extends Error {
  constructor(
    readonly reason: "unreachable" | "busy",
    options?: ErrorOptions
  ) {
    super(
      reason === "unreachable" ? "the shared state store is unreachable" : "no turn in time",
      options
    );
  }
}
