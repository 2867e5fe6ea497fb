/**
 * Runs once when a server process starts. In the production server, every request and response
 * goes through the request guard (lib/security/request-guard.ts) and the Vary of negotiated 404s
 * (lib/i18n/negotiated-not-found.ts), installed on the HTTP server (lib/server/request-hooks.ts).
 * Not in development, where Next's own tools use other methods and its client router's requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const [{ installServerHooks }, { answerClientError, answerConnect, guardRequest }, { varyNegotiatedNotFound }] = await Promise.all([
      import('./lib/server/request-hooks'),
      import('./lib/security/request-guard'),
      import('./lib/i18n/negotiated-not-found'),
    ]);
    installServerHooks({ request: [guardRequest, varyNegotiatedNotFound], clientError: answerClientError, connect: answerConnect });
  }
}
