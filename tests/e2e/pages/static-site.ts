// A tiny static web server for published site folders, under a sub-path, on
// 127.0.0.1 and a free port: the folder must work wherever it is uploaded.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

export async function serveFolder(folder: string, subPath: string): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(subPath.length) || 'index.html').replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(folder, relative.endsWith('/') ? relative + 'index.html' : relative);
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
