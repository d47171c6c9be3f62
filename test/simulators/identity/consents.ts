// Which delegated permissions each user has consented to, as the identity platform remembers them.
// A sign-in prompt grants what it asked for (scopes and extra scopes to consent); On-Behalf-Of
// exchanges are refused (AADSTS65001) for permissions nobody consented to, as Entra does.

export class Consents {
  private readonly granted = new Map<string, Set<string>>();

  grant(oid: string, scopes: readonly string[]): void {
    const current = this.granted.get(oid) ?? new Set<string>();
    for (const scope of scopes) current.add(scope.toLowerCase());
    this.granted.set(oid, current);
  }

  covers(oid: string, scopes: readonly string[]): boolean {
    const current = this.granted.get(oid);
    return scopes.every((scope) => current?.has(scope.toLowerCase()) ?? false);
  }

  clear(): void {
    this.granted.clear();
  }
}
