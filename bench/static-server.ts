/*
 * The reference server of the HTTP benchmark: a minimal node:http server answering every
 * request with the same HTML bytes from memory. Run in its own process (so the load generator
 * does not share its event loop): `node --import tsx bench/static-server.ts <file> <port>`.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: static-server.ts <html file> <port>');
const body = readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length), 'cache-control': 's-maxage=31536000' };

http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`static server on ${port}`));
