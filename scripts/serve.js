// A small static file server for dist/: used by `npm start` where Excel cannot be launched, by the
// end-to-end tests and by the benchmark. Node built-ins only.
"use strict";
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on host:port (port 0 picks a free one). Pass `tls` ({ key, cert }) for https.
 * Resolves with { server, url } once listening.
 * @param {string} root
 * @param {{ host?: string, port?: number, tls?: import("https").ServerOptions }} [options]
 * @returns {Promise<{ server: import("http").Server, url: string }>}
 */
function serveDirectory(root, { host = "127.0.0.1", port = 0, tls } = {}) {
  const base = path.resolve(root);
  /** @type {import("http").RequestListener} */
  const handler = (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.resolve(
      base,
      "." + (urlPath.endsWith("/") ? urlPath + "taskpane.html" : urlPath)
    );
    if (!file.startsWith(base + path.sep)) {
      response.writeHead(403).end("forbidden");
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Access-Control-Allow-Origin": "*",
        // Excel caches functions.json hard; during development nothing should be cached.
        "Cache-Control": "no-store",
      });
      response.end(body);
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      // Listening on a TCP host always gives an AddressInfo (a string only for a pipe or socket path).
      const boundPort = typeof address === "object" && address ? address.port : port;
      const shownHost = host === "127.0.0.1" || host === "0.0.0.0" ? "localhost" : host;
      resolve({ server, url: `${tls ? "https" : "http"}://${shownHost}:${boundPort}/` });
    });
  });
}

module.exports = { serveDirectory };
