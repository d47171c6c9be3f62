// msal-node's network client, pointed at another host: msal-node insists on an https authority
// (https://login.microsoftonline.com/<tenant>), so tests and demo reach the identity simulator by
// rewriting that origin on the wire. Production uses msal-node's own client.
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";

export function redirectingNetworkClient(fromOrigin: string, toBase: string): INetworkModule {
  const rewrite = (url: string) =>
    url.startsWith(fromOrigin)
      ? `${toBase.replace(/\/+$/, "")}${url.slice(fromOrigin.length)}`
      : url;
  const send = async <T>(
    method: "GET" | "POST",
    url: string,
    options?: NetworkRequestOptions
  ): Promise<NetworkResponse<T>> => {
    const response = await fetch(rewrite(url), {
      method,
      headers: options?.headers ?? {},
      ...(options?.body === undefined ? {} : { body: options.body }),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    return { status: response.status, headers, body: (await response.json()) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send("GET", url, options),
    sendPostRequestAsync: (url, options) => send("POST", url, options),
  };
}
