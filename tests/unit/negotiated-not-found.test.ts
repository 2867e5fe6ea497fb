import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { varyNegotiatedNotFound, withVary } from '@/lib/i18n/negotiated-not-found';

describe('withVary', () => {
  it('adds each name once, keeping what was there, whatever the case', () => {
    expect(withVary(undefined, ['Accept-Language', 'Cookie'])).toBe('Accept-Language, Cookie');
    expect(withVary('rsc, accept-language', ['Accept-Language', 'Cookie'])).toBe('rsc, accept-language, Cookie');
    expect(withVary(['rsc', 'Accept-Encoding'], ['Cookie'])).toBe('rsc, Accept-Encoding, Cookie');
  });
});

describe('varyNegotiatedNotFound', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    // As Next's renderer does: its own Vary, set last, then the status.
    server = createServer((req, res) => {
      varyNegotiatedNotFound(req, res);
      res.setHeader('Vary', 'rsc, next-router-state-tree');
      res.statusCode = req.url?.endsWith('/found') ? 200 : 404;
      res.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const vary = async (path: string) => (await fetch(`${base}${path}`)).headers.get('vary');

  it('makes a 404 outside every language vary on the cookie and Accept-Language', async () => {
    expect(await vary('/index.php')).toBe('rsc, next-router-state-tree, Accept-Language, Cookie');
    expect(await vary('/de/articles/x')).toBe('rsc, next-router-state-tree, Accept-Language, Cookie');
    expect(await vary('/french')).toBe('rsc, next-router-state-tree, Accept-Language, Cookie');
  });

  it('leaves 404s inside a language and other answers as they are', async () => {
    expect(await vary('/fr/nope')).toBe('rsc, next-router-state-tree');
    expect(await vary('/en?x=1')).toBe('rsc, next-router-state-tree');
    expect(await vary('/x/found')).toBe('rsc, next-router-state-tree');
  });
});
