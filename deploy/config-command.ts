/*
 * `npm run deploy:nginx-config -- --listen 80 --upstream 10.0.0.11:3000 --upstream 10.0.0.12:3000 [--user www-data]`:
 * prints deploy/nginx.conf.template rendered for these instances (docs/deployment.md).
 */
import { parseArgs } from 'node:util';
import { renderNginxConfig } from './nginx';

const { values } = parseArgs({
  options: {
    listen: { type: 'string', default: '80' },
    upstream: { type: 'string', multiple: true },
    user: { type: 'string', default: 'www-data' },
  },
});
process.stdout.write(renderNginxConfig({ listen: values.listen, upstreams: values.upstream ?? [], user: values.user }));
