// A Graph error answer: the status, and the body shape every Graph endpoint uses
// ({"error": {"code", "message", "innerError": {date, request-id, client-request-id}}}).
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }

  body(requestId: string): { error: Record<string, unknown> } {
    return {
      error: {
        code: this.code,
        message: this.message,
        innerError: {
          date: new Date().toISOString(),
          "request-id": requestId,
          "client-request-id": requestId,
        },
      },
    };
  }
}

/** Graph's OData reader refusing a body: an unknown property, or a value of the wrong type. */
export const requestBodyRead = (message: string): GraphError =>
  new GraphError(400, "RequestBodyRead", message);

export const itemNotFound = (): GraphError =>
  new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
