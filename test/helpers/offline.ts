// Configuration that keeps a test's MailBridge off the internet: DNS questions and Autodiscover go
// to a closed loopback port (an immediate, explicit failure) unless the test points them at its own
// servers.
export const OFFLINE_ENV: Record<string, string> = {
  DNS_SERVERS: "127.0.0.1:9",
  AUTODISCOVER_BASE_URL: "http://127.0.0.1:9",
};
