/**
 * Runs once when a server process starts. In the production server, every request and response
 * goes through the request guard (lib/security/request-guard.ts), unknown stories and entities go
 * to the 404 page before Next renders anything (lib/server/unknown-pages.ts), pages rendered after the
 * build get their hashed policy (lib/security/rendered-page-policy.ts), and negotiated 404s their
 * Vary (lib/i18n/negotiated-not-found.ts): hooks on the HTTP server (lib/server/request-hooks.ts).
 * Not in development, where Next's own tools use other methods and its client router's requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const [
      { installServerHooks },
      { answerClientError, answerConnect, guardRequest },
      { unknownPagesToNotFound },
      { renderedPagePolicy },
      { varyNegotiatedNotFound },
    ] = await Promise.all([
      import('./lib/server/request-hooks'),
      import('./lib/security/request-guard'),
      import('./lib/server/unknown-pages'),
      import('./lib/security/rendered-page-policy'),
      import('./lib/i18n/negotiated-not-found'),
    ]);
    // In this order: the guard answers or amends first; the page policy holds a head back before the guard completes it.
    installServerHooks({
      request: [guardRequest, unknownPagesToNotFound, renderedPagePolicy, varyNegotiatedNotFound],
      clientError: answerClientError,
      connect: answerConnect,
    });
  }
}
