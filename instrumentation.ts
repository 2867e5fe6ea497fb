/**
 * Runs once when a server process starts: the production server answers GET and HEAD only
 * (lib/security/method-guard.ts). Not in development, where Next's own tools use other methods.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production') {
    const { installMethodGuard } = await import('./lib/security/method-guard');
    installMethodGuard();
  }
}
