/** Runs once when a server process starts (next start, next dev): see lib/security/method-guard.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installMethodGuard } = await import('./lib/security/method-guard');
    installMethodGuard();
  }
}
